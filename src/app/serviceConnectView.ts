import { isoTime, type CallFailure, type Simulation } from '../engine/index';
import { serviceConnectFacts } from '../engine/views';
import { arnName } from '../lib/arn';

/** How many of the newest call batches the panel lists. */
export const RECENT_BATCHES = 6;
/** The window of the success figure, in simulated seconds. */
export const SUCCESS_WINDOW = 300;

const FAILURE_TEXT: Record<CallFailure, string> = {
  NAME_NOT_RESOLVED: 'name not resolved',
  NO_HEALTHY_UPSTREAM: '503 no healthy upstream',
  CONNECT_TIMEOUT: 'connect timeout',
  CONNECTION_REFUSED: 'connection refused',
};

const STATE_TEXT = { IN_POOL: 'in the pool', DRAINING: 'draining (stopping)', STARTING: 'starting' } as const;

export interface ServiceConnectView {
  /** "client-server", "client" or "off" */
  readonly role: string;
  readonly namespace?: string;
  readonly entries: ReadonlyArray<{
    readonly portName: string;
    readonly discoveryName: string;
    readonly aliases: string;
    readonly endpoints: ReadonlyArray<{
      readonly task: string;
      readonly taskArn: string;
      readonly address: string;
      readonly state: string;
      readonly inPool: boolean;
    }>;
  }>;
  /** newest first */
  readonly recent: ReadonlyArray<{
    readonly key: string;
    readonly at: string;
    readonly url: string;
    readonly ok: number;
    readonly failed: number;
    readonly why: string;
    readonly via: string;
  }>;
  /** success over the last SUCCESS_WINDOW seconds, e.g. "99.5 % of 3000 calls", or undefined without calls */
  readonly success?: string;
  readonly traffic?: string;
  readonly callers: ReadonlyArray<{ readonly arn: string; readonly id: string }>;
}

/** The Service Connect section of a service: configuration, endpoints, recent call outcomes. */
export function serviceConnectView(sim: Simulation, serviceArn: string): ServiceConnectView | undefined {
  const facts = serviceConnectFacts(sim.state, serviceArn);
  if (!facts) return undefined;
  const role = !facts.enabled ? 'off' : facts.entries.length ? 'client-server' : 'client';
  let ok = 0;
  let failed = 0;
  for (const b of facts.calls) {
    if (b.at <= sim.now - SUCCESS_WINDOW) continue;
    ok += b.ok;
    failed += b.failed;
  }
  const total = ok + failed;
  return {
    role,
    ...(facts.namespace !== undefined ? { namespace: facts.namespace } : {}),
    entries: facts.entries.map((e) => ({
      portName: e.portName,
      discoveryName: e.discoveryName,
      aliases: e.aliases.join(', '),
      endpoints: e.endpoints.map((p) => ({
        task: arnName(p.taskArn).slice(0, 8),
        taskArn: p.taskArn,
        address: `${p.ip}:${p.port}`,
        state: STATE_TEXT[p.state],
        inPool: p.state === 'IN_POOL',
      })),
    })),
    recent: facts.calls
      .slice(-RECENT_BATCHES)
      .reverse()
      .map((b, i) => ({
        key: `${b.at}-${i}`,
        at: isoTime(sim.state, b.at).slice(11, 19),
        url: b.url,
        ok: b.ok,
        failed: b.failed,
        why: (Object.entries(b.failures) as Array<[CallFailure, number]>)
          .map(([k, n]) => `${n} ${FAILURE_TEXT[k]}`)
          .join(', '),
        via: b.viaServiceConnect ? 'via proxy' : 'direct',
      })),
    ...(total > 0
      ? { success: `${Math.floor((ok / total) * 1000) / 10} % of ${total} calls in the last 5 minutes` }
      : {}),
    ...(facts.traffic
      ? {
          traffic: `${facts.traffic.requestsPerSecond} requests a second to the URL in ${facts.traffic.urlVariable}`,
        }
      : {}),
    callers: facts.callers.map((arn) => ({ arn, id: arnName(arn) })),
  };
}
