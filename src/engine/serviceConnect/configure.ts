import { AwsError, invalidParameter } from '../errors';
import type { Service } from '../model/service';
import type { ServiceConnectSettings } from '../model/serviceConnect';
import type { TaskDefinition } from '../model/taskDefinition';
import type { SimState } from '../state';
import { findNamespace } from './namespaces';
import { namedPort } from './tasks';

/** `serviceConnectConfiguration` as CreateService and UpdateService take it (schema/serviceConnect.ts). */
export interface ServiceConnectRequest {
  readonly enabled: boolean;
  readonly namespace?: string;
  readonly services?: ReadonlyArray<{
    readonly portName: string;
    readonly discoveryName?: string;
    readonly clientAliases?: ReadonlyArray<{ readonly port: number; readonly dnsName?: string }>;
    readonly ingressPortOverride?: number;
    readonly [unsimulated: string]: unknown;
  }>;
  readonly [unsimulated: string]: unknown;
}

const FIELD = 'serviceConnectConfiguration';

/** The discovery names and aliases other ACTIVE services hold in a namespace (each must be unique there). */
function takenIn(state: SimState, namespaceArn: string, self: string | undefined) {
  const names = new Map<string, string>();
  const aliases = new Map<string, string>();
  for (const s of Object.values(state.ecs.services)) {
    if (s.status !== 'ACTIVE' || s.serviceArn === self) continue;
    const sc = s.deployments[0]?.serviceConnect;
    if (!sc?.enabled || sc.namespace !== namespaceArn) continue;
    for (const e of sc.services) {
      names.set(e.discoveryName, s.serviceName);
      for (const a of e.clientAliases) aliases.set(`${a.dnsName.toLowerCase()}:${a.port}`, s.serviceName);
    }
  }
  return { names, aliases };
}

const aliasSet = (s: ServiceConnectSettings | undefined) =>
  JSON.stringify(
    s?.enabled
      ? [s.namespace, s.services.flatMap((e) => e.clientAliases.map((a) => `${a.dnsName}:${a.port}`)).sort()]
      : null,
  );

/**
 * Checks a Service Connect configuration against the task definition and the namespace and resolves it: the
 * namespace by name or ARN to its ARN, `discoveryName` defaulting to the `portName`, each alias's `dnsName` to
 * `<discoveryName>.<namespace>`. A client-server entry without client aliases is announced as
 * `<discoveryName>.<namespace>` on the container port (the sandbox's model of the default). `current` is the
 * service being updated (its own names do not clash with themselves; unchanged aliases keep their age).
 */
export function resolveServiceConnect(
  state: SimState,
  request: ServiceConnectRequest,
  definition: TaskDefinition,
  current: Service | undefined,
  now: number,
): ServiceConnectSettings {
  const { enabled, namespace: ref, services, ...rest } = request;
  const unsimulated = Object.keys(rest).length ? { unsimulated: rest } : {};
  if (!enabled) return { enabled: false, services: [], ...unsimulated };
  if (ref === undefined) {
    throw invalidParameter(
      `${FIELD}.namespace: Service Connect needs a Cloud Map namespace. Give its name or ARN (create one with ` +
        "servicediscovery CreateHttpNamespace). The sandbox does not apply a cluster's serviceConnectDefaults.",
      `${FIELD}.namespace`,
    );
  }
  const ns = findNamespace(state, ref);
  if (!ns) {
    throw new AwsError(
      'NamespaceNotFoundException',
      `The specified namespace wasn't found: '${ref}'. Create it with servicediscovery CreateHttpNamespace (or ` +
        'CreatePrivateDnsNamespace) first, then refer to it by name or ARN.',
      `${FIELD}.namespace`,
    );
  }
  const mode = definition.networkMode;
  if (mode === 'host' || mode === 'none') {
    throw invalidParameter(
      `${FIELD}: Service Connect puts a proxy in each task, which needs the awsvpc or bridge network mode; ` +
        `${definition.family}:${definition.revision} uses ${mode}. Register a revision with awsvpc (or bridge on EC2).`,
      `${FIELD}`,
    );
  }
  const taken = takenIn(state, ns.Arn, current?.serviceArn);
  const seenNames = new Set<string>();
  const seenAliases = new Set<string>();
  const resolved = (services ?? []).map((entry, i) => {
    const at = `${FIELD}.services[${i}]`;
    const named = namedPort(definition, entry.portName);
    if (!named || named.mapping.containerPort === undefined) {
      const names = definition.containerDefinitions.flatMap((c) =>
        (c.portMappings ?? []).flatMap((m) => (m.name ? [`'${m.name}'`] : [])),
      );
      throw invalidParameter(
        `${at}.portName: no port mapping of ${definition.family}:${definition.revision} is named ` +
          `'${entry.portName}'. Service Connect finds the port by its name: ` +
          (names.length
            ? `the named ports are ${names.join(', ')}.`
            : 'this revision names none; add "name" to the port mapping and register a new revision.'),
        `${at}.portName`,
      );
    }
    const discoveryName = entry.discoveryName ?? entry.portName;
    if (seenNames.has(discoveryName) || taken.names.has(discoveryName)) {
      throw invalidParameter(
        `${at}.discoveryName: '${discoveryName}' is already used in namespace ${ns.Name}` +
          (taken.names.has(discoveryName) ? ` by service ${taken.names.get(discoveryName)}` : '') +
          '. Each discovery name must be unique in its namespace.',
        `${at}.discoveryName`,
      );
    }
    seenNames.add(discoveryName);
    const given = entry.clientAliases ?? [];
    const clientAliases = (given.length ? given : [{ port: named.mapping.containerPort }]).map((a, j) => {
      const dnsName = 'dnsName' in a && a.dnsName !== undefined ? a.dnsName : `${discoveryName}.${ns.Name}`;
      const key = `${dnsName.toLowerCase()}:${a.port}`;
      if (seenAliases.has(key) || taken.aliases.has(key)) {
        throw invalidParameter(
          `${at}.clientAliases[${j}]: ${dnsName}:${a.port} is already a client alias in namespace ${ns.Name}` +
            (taken.aliases.has(key) ? ` (service ${taken.aliases.get(key)})` : '') +
            '. Each name and port must be unique in the namespace.',
          `${at}.clientAliases[${j}]`,
        );
      }
      seenAliases.add(key);
      return { port: a.port, dnsName };
    });
    return {
      portName: entry.portName,
      discoveryName,
      clientAliases,
      ...(entry.ingressPortOverride !== undefined ? { ingressPortOverride: entry.ingressPortOverride } : {}),
    };
  });
  const settings: ServiceConnectSettings = {
    enabled: true,
    namespace: ns.Arn,
    services: resolved,
    ...unsimulated,
  };
  const previous = current?.deployments[0]?.serviceConnect;
  const since = aliasSet(previous) === aliasSet(settings) ? (previous?.since ?? now) : now;
  return { ...settings, since };
}

/** Whether two settings differ in what the tasks run with (a change starts a new deployment, as in ECS). */
export const serviceConnectChanged = (
  a: ServiceConnectSettings | undefined,
  b: ServiceConnectSettings | undefined,
) => {
  const strip = (s: ServiceConnectSettings | undefined) =>
    s ? JSON.stringify({ ...s, since: undefined }) : 'null';
  return strip(a) !== strip(b);
};

/**
 * The settings an update without `serviceConnectConfiguration` keeps: the primary deployment's, checked again
 * against the task definition the update deploys (its named port may be gone).
 */
export function keptServiceConnect(
  state: SimState,
  previous: ServiceConnectSettings | undefined,
  definition: TaskDefinition,
  current: Service,
  now: number,
): ServiceConnectSettings | undefined {
  if (!previous?.enabled) return previous;
  if (previous.services.every((e) => namedPort(definition, e.portName))) return previous;
  const ns = previous.namespace ? findNamespace(state, previous.namespace) : undefined;
  return resolveServiceConnect(
    state,
    {
      enabled: true,
      ...(ns ? { namespace: ns.Arn } : {}),
      services: previous.services.map((e) => ({
        portName: e.portName,
        discoveryName: e.discoveryName,
        clientAliases: e.clientAliases,
      })),
    },
    definition,
    current,
    now,
  );
}
