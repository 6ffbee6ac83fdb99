import type { JsonSchema } from './jsonSchema';
import { clusterMember } from './clusters';
import { bool, int, list, notSimulated, num, obj, str, type Schema } from './taskDefinitionBuilders';

/**
 * Service Connect: the `serviceConnectConfiguration` member of CreateService and UpdateService (members and
 * limits from the ECS API model), and the sim controls that play the applications' calls
 * (serviceConnect/calls.ts, serviceConnect/traffic.ts).
 */

/** Any JSON object, kept as given and not acted on (log and access-log configuration, timeouts, TLS). */
const keptAsGiven = (): Schema<Readonly<Record<string, unknown>>> =>
  notSimulated({ type: 'object', maxProperties: 50 } as JsonSchema as Schema<
    Readonly<Record<string, unknown>>
  >);

/** A Cloud Map service name: ≤ 64 lowercase letters, digits, `_` and `-`, not starting with `-`. */
const discoveryNameSchema = str({ minLength: 1, maxLength: 64, pattern: '^[a-z0-9_][a-z0-9_-]*$' });

const clientAliasSchema = obj(
  {
    port: int(1, 65535),
    dnsName: str({ minLength: 1, maxLength: 255 }),
    testTrafficRules: keptAsGiven(),
  },
  ['port'],
);

const serviceConnectServiceSchema = obj(
  {
    portName: str({ minLength: 1, maxLength: 64 }),
    discoveryName: discoveryNameSchema,
    // at most one alias per entry (ECS API)
    clientAliases: list(clientAliasSchema, 1),
    ingressPortOverride: int(1, 65535),
    timeout: keptAsGiven(),
    tls: keptAsGiven(),
  },
  ['portName'],
);

export const serviceConnectConfigurationSchema = obj(
  {
    enabled: bool(),
    namespace: str({ minLength: 1, maxLength: 1600 }),
    services: list(serviceConnectServiceSchema, 100),
    logConfiguration: keptAsGiven(),
    accessLogConfiguration: keptAsGiven(),
  },
  ['enabled'],
);

/** `sim CallService`: an application sends requests to a URL, from one task or from a service's tasks. */
export const callServiceSchema = obj(
  {
    cluster: clusterMember,
    /** the calling task's id or full ARN */
    fromTask: str({ minLength: 1, maxLength: 1600 }),
    /** or a service: each of its running tasks sends a share */
    fromService: str({ minLength: 1, maxLength: 1600 }),
    url: str({ minLength: 8, maxLength: 2048, examples: ['http://inventory:8080'] }),
    requests: int(1, 1000),
  },
  ['url'],
);

/** `sim SetTraffic`: a service's application calls the URL in one environment variable, steadily. */
export const setTrafficSchema = obj(
  {
    cluster: clusterMember,
    service: str({ minLength: 1, maxLength: 1600 }),
    urlVariable: str({ minLength: 1, maxLength: 255, pattern: '^[A-Za-z_][A-Za-z0-9_]*$' }),
    /** 0 stops the calls */
    requestsPerSecond: num(0, 100),
  },
  ['service', 'urlVariable', 'requestsPerSecond'],
);
