import { bool, int, list, obj, oneOf, str, stringMap, strings } from './taskDefinitionBuilders';

/** The nested shapes of a container definition (ports, health check, logging, secrets, ordering, Linux settings). */

export const portMapping = obj(
  {
    containerPort: int(
      'The port the application listens on inside the container (1–65535). With awsvpc and host networking this is also the port on the task ENI or the instance.',
      1,
      65535,
    ),
    hostPort: int(
      'The port on the host that forwards to containerPort. bridge: leave it out or 0 for a dynamic port from the instance’s ephemeral range, or set a static port (only one task per instance can then hold it). host and awsvpc: leave it out or make it equal to containerPort.',
      0,
      65535,
    ),
    protocol: oneOf(['tcp', 'udp'], 'Transport protocol of the mapping. Default tcp.'),
    name: str(
      'A name for the mapping, used by Service Connect. Lowercase letters, digits, _ and -, not starting with -; at most 64 characters.',
      { maxLength: 64, pattern: '^[a-z0-9_][a-z0-9_-]*$' },
    ),
    appProtocol: oneOf(
      ['http', 'http2', 'grpc'],
      'The application protocol spoken on this port, so Service Connect can add protocol-aware metrics. Only meaningful with a mapping name.',
    ),
    containerPortRange: str(
      'A range of container ports, "first-last" (for example "8000-8099"), bound to dynamically chosen host ports. bridge and awsvpc only; leave containerPort and hostPort out when you use it.',
      { maxLength: 11, pattern: '^[0-9]{1,5}-[0-9]{1,5}$' },
    ),
  },
  'One port the container exposes. How it reaches the outside depends on the task’s networkMode.',
);

export const healthCheck = obj(
  {
    command: list(
      { type: 'string', maxLength: 4096 },
      'The check to run inside the container. Start with "CMD" followed by the program and its arguments, or "CMD-SHELL" followed by one shell command line. Exit code 0 means healthy.',
      100,
      { minItems: 1, examples: [['CMD-SHELL', 'curl -f http://localhost/ || exit 1']] },
    ),
    interval: int('Seconds between checks (5–300). Default 30.', 5, 300, { default: 30 }),
    timeout: int('Seconds a check may run before it counts as a failure (2–60). Default 5.', 2, 60, {
      default: 5,
    }),
    retries: int('Consecutive failures before the container is UNHEALTHY (1–10). Default 3.', 1, 10, {
      default: 3,
    }),
    startPeriod: int(
      'Grace period in seconds (0–300) after the container starts during which failures do not count; a success during it marks the container healthy. Default 0 (off).',
      0,
      300,
    ),
  },
  'A container health check run by the agent. Task health is combined from the essential containers only. Needed by dependsOn condition HEALTHY.',
  ['command'],
);

export const secret = obj(
  {
    name: str('The environment variable (or log option) name the secret value is put into.', {
      maxLength: 255,
    }),
    valueFrom: str(
      'Where the value comes from: an SSM Parameter Store parameter (its name in the same Region, or its ARN) or a Secrets Manager secret ARN, optionally ending in :json-key:version-stage:version-id. Read once, when the container starts.',
    ),
  },
  'A secret injected into the container. The execution role must be allowed to read it.',
  ['name', 'valueFrom'],
);

export const logConfiguration = obj(
  {
    logDriver: oneOf(
      ['json-file', 'syslog', 'journald', 'gelf', 'fluentd', 'awslogs', 'splunk', 'awsfirelens'],
      'The Docker log driver. Fargate supports awslogs, splunk and awsfirelens only. On EC2 the agent must list the driver in ECS_AVAILABLE_LOGGING_DRIVERS or the task cannot be placed there.',
    ),
    options: stringMap(
      'Driver options. awslogs needs awslogs-group and awslogs-region (and awslogs-stream-prefix on Fargate); awslogs-create-group "true" creates the group; mode "non-blocking" (default) or "blocking".',
      50,
    ),
    secretOptions: list(secret, 'Log driver options whose values are secrets.', 50),
  },
  'Where the container’s stdout/stderr go. awslogs sends them to CloudWatch Logs; on Fargate that needs an execution role.',
  ['logDriver'],
);

export const dependency = obj(
  {
    containerName: str(
      'The container this one waits for. Must be another container of this task definition.',
      {
        maxLength: 255,
      },
    ),
    condition: oneOf(
      ['START', 'COMPLETE', 'SUCCESS', 'HEALTHY'],
      'START: the other container has started. COMPLETE: it has exited (any code). SUCCESS: it has exited with code 0. HEALTHY: its health check passed (it needs a healthCheck). COMPLETE and SUCCESS cannot point at an essential container.',
    ),
  },
  'A start-up ordering rule: this container starts only when the named container reaches the condition. Shutdown runs in reverse order.',
  ['containerName', 'condition'],
);

export const linuxParameters = obj(
  {
    capabilities: obj(
      {
        add: strings(
          'Linux capabilities to add to Docker’s default set (for example NET_ADMIN). Fargate allows only SYS_PTRACE.',
          50,
          64,
        ),
        drop: strings('Linux capabilities to remove from Docker’s default set.', 50, 64),
      },
      'Kernel capabilities added to or dropped from the container.',
    ),
    devices: list(
      obj(
        {
          hostPath: str('Path of the device on the instance.'),
          containerPath: str('Path the device appears at inside the container.'),
          permissions: list(
            oneOf(['read', 'write', 'mknod'], 'A device permission.'),
            'What the container may do with the device.',
            3,
          ),
        },
        'One host device exposed to the container (EC2 only).',
        ['hostPath'],
      ),
      'Host devices exposed to the container. Not on Fargate.',
      50,
    ),
    initProcessEnabled: bool(
      'Run an init process as PID 1 that forwards signals and reaps zombie processes.',
    ),
    sharedMemorySize: int('Size of /dev/shm in MiB. Not on Fargate.', 0, 1048576),
    tmpfs: list(
      obj(
        {
          containerPath: str('Where the tmpfs is mounted in the container.'),
          size: int('Size of the tmpfs in MiB; it counts against the container’s memory.', 1, 1048576),
          mountOptions: strings('tmpfs mount options (for example "noexec", "size=…").', 30, 64),
        },
        'One in-memory file system.',
        ['containerPath', 'size'],
      ),
      'In-memory file systems mounted into the container. Not on Fargate.',
      50,
    ),
    maxSwap: int('Swap the container may use, in MiB (0 disables swap). EC2 only.', 0, 1048576),
    swappiness: int(
      'How eagerly the kernel swaps this container’s pages out (0–100). Default 60. EC2 only.',
      0,
      100,
    ),
  },
  'Linux-specific settings (kernel capabilities, devices, init process, shared memory, tmpfs, swap). Not for Windows containers.',
);

export const ulimitNames = [
  'core',
  'cpu',
  'data',
  'fsize',
  'locks',
  'memlock',
  'msgqueue',
  'nice',
  'nofile',
  'nproc',
  'rss',
  'rtprio',
  'rttime',
  'sigpending',
  'stack',
];
