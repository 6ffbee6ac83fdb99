import { bool, int, list, obj, oneOf, str, stringMap, strings } from './taskDefinitionBuilders';

/** The nested shapes of a container definition (ports, health check, logging, secrets, ordering, Linux settings). */

export const portMapping = obj({
  containerPort: int(1, 65535),
  hostPort: int(0, 65535),
  protocol: oneOf(['tcp', 'udp']),
  name: str({ maxLength: 64, pattern: '^[a-z0-9_][a-z0-9_-]*$' }),
  appProtocol: oneOf(['http', 'http2', 'grpc']),
  containerPortRange: str({ maxLength: 11, pattern: '^[0-9]{1,5}-[0-9]{1,5}$' }),
});

export const healthCheck = obj(
  {
    command: list(str({ maxLength: 4096 }), 100, {
      minItems: 1,
      examples: [['CMD-SHELL', 'curl -f http://localhost/ || exit 1']],
    }),
    interval: int(5, 300, { default: 30 }),
    timeout: int(2, 60, { default: 5 }),
    retries: int(1, 10, { default: 3 }),
    startPeriod: int(0, 300),
  },
  ['command'],
);

export const secret = obj(
  {
    name: str({ maxLength: 255 }),
    valueFrom: str(),
  },
  ['name', 'valueFrom'],
);

export const logConfiguration = obj(
  {
    logDriver: oneOf([
      'json-file',
      'syslog',
      'journald',
      'gelf',
      'fluentd',
      'awslogs',
      'splunk',
      'awsfirelens',
    ]),
    options: stringMap(50),
    secretOptions: list(secret, 50),
  },
  ['logDriver'],
);

export const dependency = obj(
  {
    containerName: str({ maxLength: 255 }),
    condition: oneOf(['START', 'COMPLETE', 'SUCCESS', 'HEALTHY']),
  },
  ['containerName', 'condition'],
);

export const linuxParameters = obj({
  capabilities: obj({
    add: strings(50, 64),
    drop: strings(50, 64),
  }),
  devices: list(
    obj(
      {
        hostPath: str(),
        containerPath: str(),
        permissions: list(oneOf(['read', 'write', 'mknod']), 3),
      },
      ['hostPath'],
    ),
    50,
  ),
  initProcessEnabled: bool(),
  sharedMemorySize: int(0, 1048576),
  tmpfs: list(
    obj(
      {
        containerPath: str(),
        size: int(1, 1048576),
        mountOptions: strings(30, 64),
      },
      ['containerPath', 'size'],
    ),
    50,
  ),
  maxSwap: int(0, 1048576),
  swappiness: int(0, 100),
});

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
