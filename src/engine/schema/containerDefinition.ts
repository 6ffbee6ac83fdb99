import {
  dependency,
  healthCheck,
  linuxParameters,
  logConfiguration,
  portMapping,
  secret,
  ulimitNames,
} from './containerDefinitionParts';
import type { JsonSchema } from './jsonSchema';
import {
  bool,
  int,
  list,
  nameValueList,
  obj,
  oneOf,
  str,
  stringMap,
  strings,
} from './taskDefinitionBuilders';

/** The JSON Schema of one entry of `containerDefinitions` (ecs-reference §1.2–§1.4), with hover text. */

const NAME = '^[A-Za-z0-9_-]{1,255}$';
/** tag form `repo/image:tag` (letters, digits, - _ : . / #), optionally pinned with `@sha256:<64 hex>` */
const IMAGE = '^[A-Za-z0-9][A-Za-z0-9_:./#-]{0,254}(@sha256:[a-f0-9]{64})?$';

const members: Record<string, JsonSchema> = {
  name: str(
    'The container’s name, unique within the task definition: 1–255 letters, digits, _ and -. Other containers refer to it in links, dependsOn and volumesFrom; a load balancer refers to it too.',
    { maxLength: 255, pattern: NAME },
  ),
  image: str(
    'The image to run: repository[:tag] or repository@sha256:digest. Images in Amazon ECR (<account>.dkr.ecr.<region>.amazonaws.com/…) need an execution role on Fargate.',
    { maxLength: 330, pattern: IMAGE, examples: ['public.ecr.aws/nginx/nginx:latest', 'nginx:1.27'] },
  ),
  repositoryCredentials: obj(
    {
      credentialsParameter: str(
        'ARN of the Secrets Manager secret holding the registry user name and password.',
      ),
    },
    'Credentials for a private registry outside ECR. The execution role must be able to read the secret.',
    ['credentialsParameter'],
  ),
  cpu: int(
    'CPU units reserved for this container (1024 = one vCPU). Optional; 0 when left out. On Linux it becomes Docker cpu-shares (a relative weight, not a cap). The containers’ sum may not exceed the task-level cpu.',
    0,
    196608,
  ),
  memory: int(
    'Hard memory limit in MiB: the container is killed if it goes over. Without task-level memory, each container needs memory or memoryReservation. Must not exceed the task-level memory, and must be at least memoryReservation.',
    1,
    4194304,
  ),
  memoryReservation: int(
    'Soft memory limit in MiB: what the scheduler reserves on the instance for this container. The container may use more, up to memory (if set) or whatever the instance has free.',
    1,
    4194304,
  ),
  links: strings(
    'Other containers this one can reach by name, as "name" or "name:alias". bridge network mode only; not on Windows.',
    10,
    512,
  ),
  portMappings: list(
    portMapping,
    'Ports the container exposes. With bridge they map to static or dynamic host ports; with host and awsvpc the containerPort is used directly.',
    100,
  ),
  essential: bool(
    'If an essential container stops, the whole task stops. Default true. A task definition needs at least one essential container.',
    { default: true },
  ),
  restartPolicy: obj(
    {
      enabled: bool('Restart the container in place when it exits, instead of stopping the task.'),
      ignoredExitCodes: list(
        { type: 'integer' },
        'Exit codes that do not trigger a restart (at most 50).',
        50,
      ),
      restartAttemptPeriod: int(
        'Seconds (60–1800) the container must have run before a restart is attempted. Default 300.',
        60,
        1800,
      ),
    },
    'Restarts a container that exits without replacing the task.',
    ['enabled'],
  ),
  entryPoint: strings('Overrides the image’s ENTRYPOINT.', 100, 4096),
  command: strings(
    'Overrides the image’s CMD: the program and its arguments, one list item each.',
    100,
    4096,
  ),
  environment: nameValueList(
    'Plain environment variables. Do not put secrets here: use secrets instead.',
    'The environment variable’s name.',
    'The environment variable’s value, as plain text.',
    500,
  ),
  environmentFiles: list(
    obj(
      {
        value: str('ARN of an S3 object whose name ends in .env, holding VARIABLE=VALUE lines.'),
        type: oneOf(['s3'], 'Where the file lives; s3 is the only type.'),
      },
      'A file of environment variables in S3.',
      ['value', 'type'],
    ),
    'Files of environment variables loaded from S3 (at most 10); values in environment win. The execution role must be able to read them.',
    10,
  ),
  mountPoints: list(
    obj(
      {
        sourceVolume: str('Name of a volume declared in the task definition’s volumes.', { maxLength: 255 }),
        containerPath: str('Where the volume appears inside the container.'),
        readOnly: bool('Mount read-only. Default false.'),
      },
      'One volume mounted into the container.',
    ),
    'Task volumes mounted into this container.',
    100,
  ),
  volumesFrom: list(
    obj(
      {
        sourceContainer: str('Another container of this task whose volumes are mounted here.', {
          maxLength: 255,
        }),
        readOnly: bool('Mount read-only. Default false.'),
      },
      'Mount every volume of another container.',
    ),
    'Containers whose volumes this container mounts too.',
    10,
  ),
  linuxParameters,
  secrets: list(
    secret,
    'Secrets from SSM Parameter Store or Secrets Manager, exposed as environment variables.',
    500,
  ),
  dependsOn: list(dependency, 'Containers this one waits for before it starts.', 10),
  startTimeout: int(
    'Seconds to wait for dependsOn conditions before giving up on starting this container. Fargate: 2–120.',
    2,
    600,
  ),
  stopTimeout: int(
    'Seconds between the stop signal (SIGTERM) and SIGKILL. Default 30; Fargate allows at most 120; on EC2 the agent’s ECS_CONTAINER_STOP_TIMEOUT is the default.',
    1,
    600,
  ),
  versionConsistency: oneOf(
    ['enabled', 'disabled'],
    'enabled (default): a tag is resolved to an image digest at deployment so every task runs the same image.',
  ),
  hostname: str('The container’s hostname. Not allowed with awsvpc network mode.', { maxLength: 255 }),
  user: str('The user to run as: user, user:group, uid, uid:gid, user:gid or uid:group. Linux only.', {
    maxLength: 255,
  }),
  workingDirectory: str('The working directory for the command.'),
  disableNetworking: bool('Turn networking off inside the container.'),
  privileged: bool('Give the container root-equivalent access to the host. Not on Fargate or Windows.'),
  readonlyRootFilesystem: bool('Make the container’s root file system read-only.'),
  dnsServers: strings('DNS servers for the container. Not with awsvpc network mode.', 10, 64),
  dnsSearchDomains: list(
    { type: 'string', maxLength: 253, pattern: '^[a-zA-Z0-9-.]{0,253}[a-zA-Z0-9]$' },
    'DNS search domains for the container. Not with awsvpc network mode.',
    6,
  ),
  extraHosts: list(
    obj(
      {
        hostname: str('The name to add to /etc/hosts.', { maxLength: 255 }),
        ipAddress: str('The IP address the hostname resolves to inside the container.', { maxLength: 64 }),
      },
      'One /etc/hosts entry.',
      ['hostname', 'ipAddress'],
    ),
    'Entries added to the container’s /etc/hosts. Not with awsvpc network mode.',
    100,
  ),
  dockerSecurityOptions: strings(
    'Docker security options (SELinux/AppArmor labels, credentialspec). Not on Fargate.',
    20,
    1024,
  ),
  interactive: bool('Keep stdin open (docker run -i).'),
  pseudoTerminal: bool('Allocate a TTY (docker run -t).'),
  dockerLabels: stringMap('Docker labels set on the container.'),
  ulimits: list(
    obj(
      {
        name: oneOf(ulimitNames, 'Which resource limit to set (nofile = open files, nproc = processes, …).'),
        softLimit: int(
          'The soft limit: what the process gets by default; it may raise it up to hardLimit.',
          0,
          2147483647,
        ),
        hardLimit: int('The hard limit: the ceiling the soft limit cannot be raised above.', 0, 2147483647),
      },
      'One resource limit.',
      ['name', 'softLimit', 'hardLimit'],
    ),
    'Resource limits (ulimit) for the container. On Fargate the default nofile limit is 65535.',
    20,
  ),
  logConfiguration,
  healthCheck,
  systemControls: list(
    obj(
      {
        namespace: str('The kernel parameter (for example net.core.somaxconn).', { maxLength: 255 }),
        value: str('The value the kernel parameter is set to inside the container.', { maxLength: 255 }),
      },
      'One namespaced kernel parameter.',
    ),
    'Namespaced kernel parameters (sysctls) set in the container.',
    50,
  ),
  resourceRequirements: list(
    obj(
      {
        type: oneOf(
          ['GPU', 'InferenceAccelerator', 'NeuronDevice'],
          'The kind of resource: GPU (a count of GPUs), InferenceAccelerator or NeuronDevice.',
        ),
        value: str('How many GPUs, or the accelerator’s device name.', { maxLength: 255 }),
      },
      'A special resource the container needs.',
      ['type', 'value'],
    ),
    'GPUs or accelerators reserved for the container (GPUs: EC2 only).',
    10,
  ),
  firelensConfiguration: obj(
    {
      type: oneOf(
        ['fluentd', 'fluentbit'],
        'Which log router image this container runs: Fluentd or Fluent Bit.',
      ),
      options: stringMap(
        'Router options, such as enable-ecs-log-metadata or config-file-type/config-file-value for a custom configuration.',
        20,
      ),
    },
    'Makes this container the FireLens log router for the task.',
    ['type'],
  ),
  credentialSpecs: strings('One ARN of a credential spec for Active Directory authentication (gMSA).', 1),
};

export const containerDefinitionSchema: JsonSchema = obj(
  members,
  'One container of the task: its image, resources, ports, environment, logging and health check.',
  ['name', 'image'],
);
