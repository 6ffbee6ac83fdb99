import { under, type SchemaDocs } from './schemaDocs';

/** Hover text for the nested shapes of a container definition (schema/containerDefinitionParts.ts). */

export const portMappingDocs: SchemaDocs = {
  '': 'One port the container exposes. How it reaches the outside depends on the task’s networkMode.',
  containerPort:
    'The port the application listens on inside the container (1–65535). With awsvpc and host networking this is also the port on the task ENI or the instance.',
  hostPort:
    'The port on the host that forwards to containerPort. bridge: leave it out or 0 for a dynamic port from the instance’s ephemeral range, or set a static port (only one task per instance can then hold it). host and awsvpc: leave it out or make it equal to containerPort.',
  protocol: 'Transport protocol of the mapping. Default tcp.',
  name: 'A name for the mapping, used by Service Connect. Lowercase letters, digits, _ and -, not starting with -; at most 64 characters.',
  appProtocol:
    'The application protocol spoken on this port, so Service Connect can add protocol-aware metrics. Only meaningful with a mapping name.',
  containerPortRange:
    'A range of container ports, "first-last" (for example "8000-8099"), bound to dynamically chosen host ports. bridge and awsvpc only; leave containerPort and hostPort out when you use it.',
};

export const healthCheckDocs: SchemaDocs = {
  '': 'A container health check run by the agent. Task health is combined from the essential containers only. Needed by dependsOn condition HEALTHY.',
  command:
    'The check to run inside the container. Start with "CMD" followed by the program and its arguments, or "CMD-SHELL" followed by one shell command line. Exit code 0 means healthy.',
  interval: 'Seconds between checks (5–300). Default 30.',
  timeout: 'Seconds a check may run before it counts as a failure (2–60). Default 5.',
  retries: 'Consecutive failures before the container is UNHEALTHY (1–10). Default 3.',
  startPeriod:
    'Grace period in seconds (0–300) after the container starts during which failures do not count; a success during it marks the container healthy. Default 0 (off).',
};

export const secretDocs: SchemaDocs = {
  '': 'A secret injected into the container. The execution role must be allowed to read it.',
  name: 'The environment variable (or log option) name the secret value is put into.',
  valueFrom:
    'Where the value comes from: an SSM Parameter Store parameter (its name in the same Region, or its ARN) or a Secrets Manager secret ARN, optionally ending in :json-key:version-stage:version-id. Read once, when the container starts.',
};

export const logConfigurationDocs: SchemaDocs = {
  '': 'Where the container’s stdout/stderr go. awslogs sends them to CloudWatch Logs; on Fargate that needs an execution role.',
  logDriver:
    'The Docker log driver. Fargate supports awslogs, splunk and awsfirelens only. On EC2 the agent must list the driver in ECS_AVAILABLE_LOGGING_DRIVERS or the task cannot be placed there.',
  options:
    'Driver options. awslogs needs awslogs-group and awslogs-region (and awslogs-stream-prefix on Fargate); awslogs-create-group "true" creates the group; mode "non-blocking" (default) or "blocking".',
  secretOptions: 'Log driver options whose values are secrets.',
  ...under('secretOptions[]', secretDocs),
};

export const dependencyDocs: SchemaDocs = {
  '': 'A start-up ordering rule: this container starts only when the named container reaches the condition. Shutdown runs in reverse order.',
  containerName: 'The container this one waits for. Must be another container of this task definition.',
  condition:
    'START: the other container has started. COMPLETE: it has exited (any code). SUCCESS: it has exited with code 0. HEALTHY: its health check passed (it needs a healthCheck). COMPLETE and SUCCESS cannot point at an essential container.',
};

export const linuxParametersDocs: SchemaDocs = {
  '': 'Linux-specific settings (kernel capabilities, devices, init process, shared memory, tmpfs, swap). Not for Windows containers.',
  capabilities: 'Kernel capabilities added to or dropped from the container.',
  'capabilities.add':
    'Linux capabilities to add to Docker’s default set (for example NET_ADMIN). Fargate allows only SYS_PTRACE.',
  'capabilities.drop': 'Linux capabilities to remove from Docker’s default set.',
  devices: 'Host devices exposed to the container. Not on Fargate.',
  'devices[]': 'One host device exposed to the container (EC2 only).',
  'devices[].hostPath': 'Path of the device on the instance.',
  'devices[].containerPath': 'Path the device appears at inside the container.',
  'devices[].permissions': 'What the container may do with the device.',
  'devices[].permissions[]': 'A device permission.',
  initProcessEnabled: 'Run an init process as PID 1 that forwards signals and reaps zombie processes.',
  sharedMemorySize: 'Size of /dev/shm in MiB. Not on Fargate.',
  tmpfs: 'In-memory file systems mounted into the container. Not on Fargate.',
  'tmpfs[]': 'One in-memory file system.',
  'tmpfs[].containerPath': 'Where the tmpfs is mounted in the container.',
  'tmpfs[].size': 'Size of the tmpfs in MiB; it counts against the container’s memory.',
  'tmpfs[].mountOptions': 'tmpfs mount options (for example "noexec", "size=…").',
  maxSwap: 'Swap the container may use, in MiB (0 disables swap). EC2 only.',
  swappiness: 'How eagerly the kernel swaps this container’s pages out (0–100). Default 60. EC2 only.',
};
