import { containerDefinitionSchema } from './containerDefinition';
import { describe, type JsonSchema } from './jsonSchema';
import { bool, int, list, nameValueList, obj, oneOf, str } from './taskDefinitionBuilders';
import { volumeSchema } from './taskDefinitionVolumes';

/**
 * The RegisterTaskDefinition request (ecs-reference §1.1–§1.5). One schema for two readers: ajv validates
 * `sim.call` input with it, and Monaco uses it for completion, hover and diagnostics in the editor. Rules a
 * schema cannot say (Fargate sizes, port rules, references between containers) live in
 * `taskDefinitions/problems.ts`.
 */

/** "1024", "1 vCPU", "0.5 vcpu": CPU units, or vCPUs with the unit (case-insensitive). */
export const TASK_CPU_PATTERN = '^\\s*(?:[0-9]+|(?:[0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)\\s*[vV][cC][pP][uU])\\s*$';
/** "2048", "2GB", "2 GB", "0.5 GB": MiB, or GB with the unit (case-insensitive). */
export const TASK_MEMORY_PATTERN = '^\\s*(?:[0-9]+|(?:[0-9]+(?:\\.[0-9]+)?|\\.[0-9]+)\\s*[gG][bB])\\s*$';

const LAUNCH_TYPES = ['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES'];

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
    type: {
      type: 'string',
      maxLength: 64,
      examples: ['memberOf'],
      ...describe(
        'memberOf is the only constraint a task definition can carry. (distinctInstance is given to RunTask or CreateService instead.)',
      ),
    },
    expression: str(
      'A cluster query the instance must match, for example attribute:ecs.instance-type =~ t3.* or attribute:ecs.availability-zone in [us-east-1a, us-east-1b].',
      { maxLength: 2000 },
    ),
  },
  'A rule every task of this definition obeys when placed on EC2 instances. Not supported on Fargate.',
  ['type'],
);

const tag = obj(
  {
    key: str('Tag key, 1–128 characters. Keys starting with aws: are reserved.', {
      minLength: 1,
      maxLength: 128,
      pattern: '^(?!aws:)',
    }),
    value: str('Tag value, up to 256 characters.', { maxLength: 256 }),
  },
  'A label for organising and cost allocation.',
  ['key'],
);

export const registerTaskDefinitionSchema: JsonSchema = obj(
  {
    family: str(
      'The task definition’s name. Each registration in a family gets the next revision number (family:1, family:2, …); numbers are never reused, even after a revision is deregistered or deleted. 1–255 letters, digits, _ and -.',
      { maxLength: 255, pattern: '^[A-Za-z0-9_-]{1,255}$' },
    ),
    taskRoleArn: str(
      'The IAM role the application inside the containers uses for its own AWS calls (S3, DynamoDB…). Short name or ARN. Trusted principal: ecs-tasks.amazonaws.com.',
    ),
    executionRoleArn: str(
      'The IAM role the ECS agent (or Fargate) uses on the task’s behalf: pull from private ECR, send awslogs logs, read secrets. Required on Fargate for ECR images and awslogs.',
      { examples: ['arn:aws:iam::123456789012:role/ecsTaskExecutionRole'] },
    ),
    networkMode: oneOf(
      ['bridge', 'host', 'awsvpc', 'none'],
      'How the containers get a network. bridge (default on EC2 Linux): Docker’s bridge, static or dynamic host ports. host: the instance’s own network, hostPort = containerPort. awsvpc: the task gets its own ENI and private IP (required on Fargate). none: no external networking.',
    ),
    containerDefinitions: list(
      containerDefinitionSchema,
      'The containers of the task: 1 to 10 of them, each with a unique name; at least one essential.',
      100,
    ),
    volumes: list(volumeSchema, 'Volumes the containers can mount by name.', 100),
    placementConstraints: list(
      placementConstraint,
      'Placement constraints applied to every task of this definition (memberOf only). At most 10 constraints per task, counting those given at run time.',
      10,
    ),
    requiresCompatibilities: list(
      oneOf(LAUNCH_TYPES, 'A launch type to validate the definition for.'),
      'Launch types this definition must work on. ECS checks the definition against each one at registration and rejects it if a rule fails. Listing FARGATE makes awsvpc and a Fargate cpu/memory size mandatory.',
      4,
      { uniqueItems: true },
    ),
    cpu: str(
      'Task-level CPU as a string: CPU units ("1024") or vCPUs ("1 vCPU"); stored as units. EC2: optional, 128–196608 units; the task then reserves exactly this much. Fargate: required, one of 256, 512, 1024, 2048, 4096, 8192, 16384, and it decides which memory values are allowed.',
      { maxLength: 20, pattern: TASK_CPU_PATTERN, examples: ['256', '512', '1024', '1 vCPU', '2048'] },
    ),
    memory: str(
      'Task-level memory as a string: MiB ("2048") or GB ("2 GB"); stored as MiB. EC2: optional; without it every container needs memory or memoryReservation. Fargate: required and must fit the chosen cpu (for 256: 512, 1024 or 2048).',
      { maxLength: 20, pattern: TASK_MEMORY_PATTERN, examples: ['512', '1024', '2048', '2 GB', '4096'] },
    ),
    pidMode: oneOf(
      ['host', 'task'],
      'Process namespace. host: the instance’s; task: one shared by the task’s containers. Default: each container its own. Fargate supports task only; not on Windows.',
    ),
    ipcMode: oneOf(
      ['host', 'task', 'none'],
      'IPC namespace: host, task (shared by the task’s containers) or none (private). Not supported on Fargate or Windows.',
    ),
    proxyConfiguration: obj(
      {
        type: oneOf(['APPMESH'], 'The proxy type; APPMESH is the only one.'),
        containerName: str('The container that runs the App Mesh proxy.', { maxLength: 255 }),
        properties: nameValueList(
          'Proxy settings (IgnoredUID, ProxyIngressPort, AppPorts, EgressIgnoredIPs…).',
          'The proxy setting’s name (IgnoredUID, IgnoredGID, AppPorts, ProxyIngressPort, ProxyEgressPort, EgressIgnoredPorts, EgressIgnoredIPs).',
          'The proxy setting’s value, as text (lists are comma-separated).',
          20,
        ),
      },
      'Settings for an App Mesh Envoy proxy container that intercepts the task’s traffic (awsvpc only).',
      ['containerName'],
    ),
    inferenceAccelerators: list(
      obj(
        {
          deviceName: str('Name referenced by a container’s resourceRequirements.', { maxLength: 255 }),
          deviceType: str('The Elastic Inference accelerator type.', { maxLength: 255 }),
        },
        'An Elastic Inference accelerator.',
        ['deviceName', 'deviceType'],
      ),
      'Elastic Inference accelerators. Deprecated: the service is no longer available.',
      10,
    ),
    ephemeralStorage: obj(
      { sizeInGiB: int('Ephemeral storage in GiB, 21–200. Default (when left out) 20 GiB.', 21, 200) },
      'Scratch disk for the task on Fargate, shared by its containers and their image layers.',
      ['sizeInGiB'],
    ),
    runtimePlatform: obj(
      {
        cpuArchitecture: oneOf(['X86_64', 'ARM64'], 'CPU architecture of the images. Default X86_64.'),
        operatingSystemFamily: oneOf(
          OS_FAMILIES,
          'Operating system of the images. Default LINUX. Windows on Fargate needs cpu of at least 1024.',
        ),
      },
      'The OS and CPU architecture the task runs on. Every task definition of one service must agree.',
    ),
    tags: list(tag, 'Tags on the task definition revision (at most 50).', 50),
    enableFaultInjection: bool('Allow fault-injection requests from the task’s containers. Default false.'),
  },
  'A request to register a new revision of a task definition family.',
  ['family', 'containerDefinitions'],
);
