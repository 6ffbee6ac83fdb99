import { containerDefinitionSchema } from './containerDefinition';
import { bool, int, list, nameValueList, obj, oneOf, str } from './taskDefinitionBuilders';
import { volumeSchema } from './taskDefinitionVolumes';

/**
 * The RegisterTaskDefinition request (ecs-reference §1.1–§1.5). One schema for two readers: ajv validates
 * `sim.call` input with it, and Monaco uses it for completion, hover and diagnostics in the editor (with the
 * hover text from `docs/taskDefinition.ts`). Rules a schema cannot say (Fargate sizes, port rules, references between containers) live in
 * `taskDefinitions/problems.ts`.
 */

/** "1024", "1 vCPU", "0.5 vcpu": CPU units, or vCPUs with the unit (case-insensitive). */
export const TASK_CPU_PATTERN = '^\\s*(?:[0-9]+|(?:[0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)\\s*[vV][cC][pP][uU])\\s*$';
/** "2048", "2GB", "2 GB", "0.5 GB": MiB, or GB with the unit (case-insensitive). */
export const TASK_MEMORY_PATTERN = '^\\s*(?:[0-9]+|(?:[0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)\\s*[gG][bB])\\s*$';

const LAUNCH_TYPES = ['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES'] as const;

const OS_FAMILIES = [
  'LINUX',
  'WINDOWS_SERVER_2019_FULL',
  'WINDOWS_SERVER_2019_CORE',
  'WINDOWS_SERVER_2022_FULL',
  'WINDOWS_SERVER_2022_CORE',
  'WINDOWS_SERVER_2025_FULL',
  'WINDOWS_SERVER_2025_CORE',
  'WINDOWS_SERVER_2016_FULL',
  'WINDOWS_SERVER_2004_CORE',
  'WINDOWS_SERVER_20H2_CORE',
];

const placementConstraint = obj(
  {
    type: str({ maxLength: 64, examples: ['memberOf'] }),
    expression: str({ maxLength: 2000 }),
  },
  ['type'],
);

const tag = obj(
  {
    key: str({
      minLength: 1,
      maxLength: 128,
      pattern: '^(?!aws:)',
    }),
    value: str({ maxLength: 256 }),
  },
  ['key'],
);

export const registerTaskDefinitionSchema = obj(
  {
    family: str({ maxLength: 255, pattern: '^[A-Za-z0-9_-]{1,255}$' }),
    taskRoleArn: str(),
    executionRoleArn: str({ examples: ['arn:aws:iam::123456789012:role/ecsTaskExecutionRole'] }),
    networkMode: oneOf(['bridge', 'host', 'awsvpc', 'none']),
    containerDefinitions: list(containerDefinitionSchema, 100),
    volumes: list(volumeSchema, 100),
    placementConstraints: list(placementConstraint, 10),
    requiresCompatibilities: list(oneOf(LAUNCH_TYPES), 4, { uniqueItems: true }),
    cpu: str({
      maxLength: 20,
      pattern: TASK_CPU_PATTERN,
      examples: ['256', '512', '1024', '1 vCPU', '2048'],
    }),
    memory: str({
      maxLength: 20,
      pattern: TASK_MEMORY_PATTERN,
      examples: ['512', '1024', '2048', '2 GB', '4096'],
    }),
    pidMode: oneOf(['host', 'task']),
    ipcMode: oneOf(['host', 'task', 'none']),
    proxyConfiguration: obj(
      {
        type: oneOf(['APPMESH']),
        containerName: str({ maxLength: 255 }),
        properties: nameValueList(20),
      },
      ['containerName'],
    ),
    inferenceAccelerators: list(
      obj(
        {
          deviceName: str({ maxLength: 255 }),
          deviceType: str({ maxLength: 255 }),
        },
        ['deviceName', 'deviceType'],
      ),
      10,
    ),
    ephemeralStorage: obj({ sizeInGiB: int(21, 200) }, ['sizeInGiB']),
    runtimePlatform: obj({
      cpuArchitecture: oneOf(['X86_64', 'ARM64']),
      operatingSystemFamily: oneOf(OS_FAMILIES),
    }),
    tags: list(tag, 50),
    enableFaultInjection: bool(),
  },
  ['family', 'containerDefinitions'],
);
