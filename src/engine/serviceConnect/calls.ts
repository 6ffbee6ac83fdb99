import type { Task } from '../model/ecs';
import type { CallBucket, CallFailure } from '../model/serviceConnect';
import type { SimState } from '../state';
import { aliasesIn, endpointsOf } from './endpoints';
import { findNamespace } from './namespaces';
import { settingsOfTask, taskAddresses, taskStart } from './tasks';

/**
 * What happens to an HTTP request an application in a task sends to a URL: the sandbox's model of name
 * resolution and connection, deterministic so lessons can prove it.
 *
 * - `http://<IPv4>:<port>`: a plain connection. A RUNNING task answering on that address answers, even one ECS
 *   is stopping (until it stops). An address no task answers on times out (CONNECT_TIMEOUT): that is what a
 *   hard-coded IP of a replaced task gets.
 * - `http://<name>:<port>`: only a task with a Service Connect proxy (its deployment enabled Service Connect)
 *   resolves names, and only the client aliases of its namespace that existed when it started. Otherwise the
 *   name does not resolve (NAME_NOT_RESOLVED). A known name on another port is refused (CONNECTION_REFUSED).
 *   The proxy spreads requests round-robin over the endpoints in the pool (endpoints.ts); with none in the pool
 *   the proxy answers 503 (NO_HEALTHY_UPSTREAM).
 */
export interface CallResult {
  readonly url: string;
  readonly ok: number;
  readonly failed: number;
  readonly failures: Partial<Record<CallFailure, number>>;
  readonly answeredBy: Record<string, number>;
  readonly viaServiceConnect: boolean;
  /** why the requests failed, in a sentence (undefined when none did) */
  readonly detail?: string;
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** `http://host[:port][/path]`: the host and port (80 by default), or why the URL cannot be called. */
export function parseUrl(url: string): { host: string; port: number } | { error: string } {
  const m = /^http:\/\/([A-Za-z0-9.-]+)(?::(\d{1,5}))?(\/.*)?$/.exec(url.trim());
  if (!m) {
    return {
      error: `'${url}' is not a URL the sandbox can call: write http://<name or IPv4 address>:<port>, e.g. http://inventory:8080.`,
    };
  }
  const port = m[2] === undefined ? 80 : Number(m[2]);
  if (port < 1 || port > 65535) return { error: `port ${port} is out of range: use 1–65535.` };
  return { host: m[1]!.toLowerCase(), port };
}

const failAll = (
  url: string,
  requests: number,
  kind: CallFailure,
  detail: string,
  viaServiceConnect: boolean,
): CallResult => ({
  url,
  ok: 0,
  failed: requests,
  failures: requests > 0 ? { [kind]: requests } : {},
  answeredBy: {},
  viaServiceConnect,
  detail,
});

function callAddress(state: SimState, url: string, ip: string, port: number, requests: number): CallResult {
  let known = false;
  for (const task of Object.values(state.ecs.tasks)) {
    if (task.lastStatus !== 'RUNNING') continue;
    const addresses = taskAddresses(state, task);
    if (addresses.some((a) => a.ip === ip && a.port === port)) {
      return {
        url,
        ok: requests,
        failed: 0,
        failures: {},
        answeredBy: { [task.taskArn]: requests },
        viaServiceConnect: false,
      };
    }
    if (addresses.some((a) => a.ip === ip) || task.eni?.privateIPv4Address === ip) known = true;
  }
  return known
    ? failAll(
        url,
        requests,
        'CONNECTION_REFUSED',
        `connection refused: ${ip} is up but nothing listens on port ${port}.`,
        false,
      )
    : failAll(
        url,
        requests,
        'CONNECT_TIMEOUT',
        `connect timed out: no running task answers at ${ip}:${port}. A task's address lives as long as the task; ` +
          'a replaced task takes its address with it.',
        false,
      );
}

/**
 * Sends `requests` requests from a task to `url`. `turn` rotates where the round-robin starts (the traffic tick
 * number), so successive batches do not all begin with the same endpoint.
 */
export function callFromTask(
  state: SimState,
  client: Task,
  url: string,
  requests: number,
  turn = 0,
): CallResult {
  const parsed = parseUrl(url);
  if ('error' in parsed) return failAll(url, requests, 'NAME_NOT_RESOLVED', parsed.error, false);
  const { host, port } = parsed;
  if (IPV4.test(host)) return callAddress(state, url, host, port, requests);
  const settings = settingsOfTask(state, client);
  const namespace = settings?.namespace ? findNamespace(state, settings.namespace) : undefined;
  if (!settings || !namespace) {
    return failAll(
      url,
      requests,
      'NAME_NOT_RESOLVED',
      `getaddrinfo ENOTFOUND ${host}: this task has no Service Connect proxy (its service's deployment did not ` +
        'enable Service Connect), so short names mean nothing to it. Enable Service Connect on the client service ' +
        '(a client-only configuration is enough) in the same namespace.',
      false,
    );
  }
  const all = aliasesIn(state, namespace.Arn).filter((a) => a.dnsName.toLowerCase() === host);
  const started = taskStart(client);
  const visible = all.filter((a) => a.since <= started);
  const exact = visible.filter((a) => a.port === port);
  if (exact.length === 0) {
    if (visible.length > 0) {
      return failAll(
        url,
        requests,
        'CONNECTION_REFUSED',
        `connection refused: ${host} is a client alias on port ${visible.map((a) => a.port).join(', ')}, not ${port}.`,
        true,
      );
    }
    const reason =
      all.length > 0
        ? `the alias ${host} appeared in namespace ${namespace.Name} after this task started; a task learns the ` +
          "namespace's names when it starts, so replace the client's tasks (a new deployment) to pick it up."
        : `no Service Connect service in namespace ${namespace.Name} has the client alias ${host}:${port}.`;
    return failAll(url, requests, 'NAME_NOT_RESOLVED', `getaddrinfo ENOTFOUND ${host}: ${reason}`, true);
  }
  const pool = exact
    .flatMap((a) => endpointsOf(state, a.service, a.portName))
    .filter((e) => e.state === 'IN_POOL');
  if (pool.length === 0) {
    return failAll(
      url,
      requests,
      'NO_HEALTHY_UPSTREAM',
      `503 no healthy upstream: ${exact[0]!.service.serviceName} has no task in the pool (RUNNING, not stopping, healthy).`,
      true,
    );
  }
  const answeredBy: Record<string, number> = {};
  for (let i = 0; i < requests; i++) {
    const e = pool[(turn + i) % pool.length]!;
    answeredBy[e.taskArn] = (answeredBy[e.taskArn] ?? 0) + 1;
  }
  return { url, ok: requests, failed: 0, failures: {}, answeredBy, viaServiceConnect: true };
}

/** A call result as a bucket of the call record. */
export const bucketOf = (at: number, r: CallResult): CallBucket => ({
  at,
  url: r.url,
  ok: r.ok,
  failed: r.failed,
  failures: r.failures,
  answeredBy: r.answeredBy,
  viaServiceConnect: r.viaServiceConnect,
});
