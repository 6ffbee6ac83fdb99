import { under, type SchemaDocs } from './schemaDocs';
import {
  dependencyDocs,
  healthCheckDocs,
  linuxParametersDocs,
  logConfigurationDocs,
  portMappingDocs,
  secretDocs,
} from './containerDefinitionParts';

/** Hover text for one entry of a task definition’s `containerDefinitions` (schema/containerDefinition.ts). */

export const containerDefinitionDocs: SchemaDocs = {
  '': 'One container of the task: its image, resources, ports, environment, logging and health check.',
  name: 'The container’s name, unique within the task definition: 1–255 letters, digits, _ and -. Other containers refer to it in links, dependsOn and volumesFrom; a load balancer refers to it too.',
  image:
    'The image to run: repository[:tag] or repository@sha256:digest. Images in Amazon ECR (<account>.dkr.ecr.<region>.amazonaws.com/…) need an execution role on Fargate.',
  repositoryCredentials:
    'Credentials for a private registry outside ECR. The execution role must be able to read the secret.',
  'repositoryCredentials.credentialsParameter':
    'ARN of the Secrets Manager secret holding the registry user name and password.',
  cpu: 'CPU units reserved for this container (1024 = one vCPU). Optional; 0 when left out. On Linux it becomes Docker cpu-shares (a relative weight, not a cap). The containers’ sum may not exceed the task-level cpu.',
  memory:
    'Hard memory limit in MiB: the container is killed if it goes over. Without task-level memory, each container needs memory or memoryReservation. Must not exceed the task-level memory, and must be at least memoryReservation.',
  memoryReservation:
    'Soft memory limit in MiB: what the scheduler reserves on the instance for this container. The container may use more, up to memory (if set) or whatever the instance has free.',
  links:
    'Other containers this one can reach by name, as "name" or "name:alias". bridge network mode only; not on Windows.',
  portMappings:
    'Ports the container exposes. With bridge they map to static or dynamic host ports; with host and awsvpc the containerPort is used directly.',
  ...under('portMappings[]', portMappingDocs),
  essential:
    'If an essential container stops, the whole task stops. Default true. A task definition needs at least one essential container.',
  restartPolicy: 'Restarts a container that exits without replacing the task.',
  'restartPolicy.enabled': 'Restart the container in place when it exits, instead of stopping the task.',
  'restartPolicy.ignoredExitCodes': 'Exit codes that do not trigger a restart (at most 50).',
  'restartPolicy.restartAttemptPeriod':
    'Seconds (60–1800) the container must have run before a restart is attempted. Default 300.',
  entryPoint: 'Overrides the image’s ENTRYPOINT.',
  command: 'Overrides the image’s CMD: the program and its arguments, one list item each.',
  environment: 'Plain environment variables. Do not put secrets here: use secrets instead.',
  'environment[]': 'Plain environment variables. Do not put secrets here: use secrets instead.',
  'environment[].name': 'The environment variable’s name.',
  'environment[].value': 'The environment variable’s value, as plain text.',
  environmentFiles:
    'Files of environment variables loaded from S3 (at most 10); values in environment win. The execution role must be able to read them.',
  'environmentFiles[]': 'A file of environment variables in S3.',
  'environmentFiles[].value': 'ARN of an S3 object whose name ends in .env, holding VARIABLE=VALUE lines.',
  'environmentFiles[].type': 'Where the file lives; s3 is the only type.',
  mountPoints: 'Task volumes mounted into this container.',
  'mountPoints[]': 'One volume mounted into the container.',
  'mountPoints[].sourceVolume': 'Name of a volume declared in the task definition’s volumes.',
  'mountPoints[].containerPath': 'Where the volume appears inside the container.',
  'mountPoints[].readOnly': 'Mount read-only. Default false.',
  volumesFrom: 'Containers whose volumes this container mounts too.',
  'volumesFrom[]': 'Mount every volume of another container.',
  'volumesFrom[].sourceContainer': 'Another container of this task whose volumes are mounted here.',
  'volumesFrom[].readOnly': 'Mount read-only. Default false.',
  ...under('linuxParameters', linuxParametersDocs),
  secrets: 'Secrets from SSM Parameter Store or Secrets Manager, exposed as environment variables.',
  ...under('secrets[]', secretDocs),
  dependsOn: 'Containers this one waits for before it starts.',
  ...under('dependsOn[]', dependencyDocs),
  startTimeout:
    'Seconds to wait for dependsOn conditions before giving up on starting this container. Unlike stopTimeout, it has no 120-second Fargate cap.',
  stopTimeout:
    'Seconds between the stop signal (SIGTERM) and SIGKILL. Default 30; Fargate allows at most 120; on EC2 the agent’s ECS_CONTAINER_STOP_TIMEOUT is the default.',
  versionConsistency:
    'enabled (default): a tag is resolved to an image digest at deployment so every task runs the same image.',
  hostname: 'The container’s hostname. Not allowed with awsvpc network mode.',
  user: 'The user to run as: user, user:group, uid, uid:gid, user:gid or uid:group. Linux only.',
  workingDirectory: 'The working directory for the command.',
  disableNetworking: 'Turn networking off inside the container.',
  privileged: 'Give the container root-equivalent access to the host. Not on Fargate or Windows.',
  readonlyRootFilesystem: 'Make the container’s root file system read-only.',
  dnsServers: 'DNS servers for the container. Not with awsvpc network mode.',
  dnsSearchDomains: 'DNS search domains for the container. Not with awsvpc network mode.',
  extraHosts: 'Entries added to the container’s /etc/hosts. Not with awsvpc network mode.',
  'extraHosts[]': 'One /etc/hosts entry.',
  'extraHosts[].hostname': 'The name to add to /etc/hosts.',
  'extraHosts[].ipAddress': 'The IP address the hostname resolves to inside the container.',
  dockerSecurityOptions: 'Docker security options (SELinux/AppArmor labels, credentialspec). Not on Fargate.',
  interactive: 'Keep stdin open (docker run -i).',
  pseudoTerminal: 'Allocate a TTY (docker run -t).',
  dockerLabels: 'Docker labels set on the container.',
  ulimits: 'Resource limits (ulimit) for the container. On Fargate the default nofile limit is 65535.',
  'ulimits[]': 'One resource limit.',
  'ulimits[].name': 'Which resource limit to set (nofile = open files, nproc = processes, …).',
  'ulimits[].softLimit': 'The soft limit: what the process gets by default; it may raise it up to hardLimit.',
  'ulimits[].hardLimit': 'The hard limit: the ceiling the soft limit cannot be raised above.',
  ...under('logConfiguration', logConfigurationDocs),
  ...under('healthCheck', healthCheckDocs),
  systemControls: 'Namespaced kernel parameters (sysctls) set in the container.',
  'systemControls[]': 'One namespaced kernel parameter.',
  'systemControls[].namespace': 'The kernel parameter (for example net.core.somaxconn).',
  'systemControls[].value': 'The value the kernel parameter is set to inside the container.',
  resourceRequirements: 'GPUs or accelerators reserved for the container (GPUs: EC2 only).',
  'resourceRequirements[]': 'A special resource the container needs.',
  'resourceRequirements[].type':
    'The kind of resource: GPU (a count of GPUs), InferenceAccelerator or NeuronDevice.',
  'resourceRequirements[].value': 'How many GPUs, or the accelerator’s device name.',
  firelensConfiguration: 'Makes this container the FireLens log router for the task.',
  'firelensConfiguration.type': 'Which log router image this container runs: Fluentd or Fluent Bit.',
  'firelensConfiguration.options':
    'Router options, such as enable-ecs-log-metadata or config-file-type/config-file-value for a custom configuration.',
  credentialSpecs: 'One ARN of a credential spec for Active Directory authentication (gMSA).',
};
