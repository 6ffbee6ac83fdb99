import {
  dependency,
  healthCheck,
  linuxParameters,
  logConfiguration,
  portMapping,
  secret,
  ulimitNames,
} from './containerDefinitionParts';
import {
  bool,
  int,
  int32,
  list,
  nameValueList,
  obj,
  oneOf,
  str,
  stringMap,
  strings,
} from './taskDefinitionBuilders';

/** The JSON Schema of one entry of `containerDefinitions` (ecs-reference §1.2–§1.4). */

const NAME = '^[A-Za-z0-9_-]{1,255}$';

const members = {
  name: str({ maxLength: 255, pattern: NAME }),
  // the characters and the presence of an image are checked by the container rules, with ECS's
  // ClientException wording (taskDefinitions/containerRules.ts), not by a schema pattern
  image: str({
    maxLength: 330,
    examples: ['public.ecr.aws/nginx/nginx:latest', 'nginx:1.27'],
  }),
  repositoryCredentials: obj({ credentialsParameter: str() }, ['credentialsParameter']),
  cpu: int(0, 196608),
  memory: int(1, 4194304),
  memoryReservation: int(1, 4194304),
  links: strings(10, 512),
  portMappings: list(portMapping, 100),
  essential: bool({ default: true }),
  restartPolicy: obj(
    {
      enabled: bool(),
      ignoredExitCodes: list(int32(), 50),
      restartAttemptPeriod: int(60, 1800),
    },
    ['enabled'],
  ),
  entryPoint: strings(100, 4096),
  command: strings(100, 4096),
  environment: nameValueList(500),
  environmentFiles: list(
    obj(
      {
        value: str(),
        type: oneOf(['s3']),
      },
      ['value', 'type'],
    ),
    10,
  ),
  mountPoints: list(
    obj({
      sourceVolume: str({ maxLength: 255 }),
      containerPath: str(),
      readOnly: bool(),
    }),
    100,
  ),
  volumesFrom: list(
    obj({
      sourceContainer: str({ maxLength: 255 }),
      readOnly: bool(),
    }),
    10,
  ),
  linuxParameters,
  secrets: list(secret, 500),
  dependsOn: list(dependency, 10),
  // no 600 s (or Fargate 120 s) ceiling: that cap belongs to stopTimeout (ecs-reference §1.2)
  startTimeout: int(2, 2147483647),
  stopTimeout: int(1, 600),
  versionConsistency: oneOf(['enabled', 'disabled']),
  hostname: str({ maxLength: 255 }),
  user: str({ maxLength: 255 }),
  workingDirectory: str(),
  disableNetworking: bool(),
  privileged: bool(),
  readonlyRootFilesystem: bool(),
  dnsServers: strings(10, 64),
  dnsSearchDomains: list(str({ maxLength: 253, pattern: '^[a-zA-Z0-9-.]{0,253}[a-zA-Z0-9]$' }), 6),
  extraHosts: list(
    obj(
      {
        hostname: str({ maxLength: 255 }),
        ipAddress: str({ maxLength: 64 }),
      },
      ['hostname', 'ipAddress'],
    ),
    100,
  ),
  dockerSecurityOptions: strings(20, 1024),
  interactive: bool(),
  pseudoTerminal: bool(),
  dockerLabels: stringMap(),
  ulimits: list(
    obj(
      {
        name: oneOf(ulimitNames),
        softLimit: int(0, 2147483647),
        hardLimit: int(0, 2147483647),
      },
      ['name', 'softLimit', 'hardLimit'],
    ),
    20,
  ),
  logConfiguration,
  healthCheck,
  systemControls: list(
    obj({
      namespace: str({ maxLength: 255 }),
      value: str({ maxLength: 255 }),
    }),
    50,
  ),
  resourceRequirements: list(
    obj(
      {
        type: oneOf(['GPU', 'InferenceAccelerator', 'NeuronDevice']),
        value: str({ maxLength: 255 }),
      },
      ['type', 'value'],
    ),
    10,
  ),
  firelensConfiguration: obj(
    {
      type: oneOf(['fluentd', 'fluentbit']),
      options: stringMap(20),
    },
    ['type'],
  ),
  credentialSpecs: strings(1),
};

// ECS's API model requires neither member; a missing image is refused by ECS itself as a ClientException
export const containerDefinitionSchema = obj(members, ['name']);
