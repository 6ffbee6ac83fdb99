import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import type { LogConfiguration } from '../../src/engine/index';
import { API_V1_CONTAINER } from './scenario';

const AWSLOGS: LogConfiguration = {
  logDriver: 'awslogs',
  options: { 'awslogs-group': '/ecs/api', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'api' },
};

/** api:1's container with the brief's changes: port 8080, 512 MiB hard / 256 MiB soft, awslogs. */
const FIXED = {
  ...API_V1_CONTAINER,
  memory: 512,
  memoryReservation: 256,
  portMappings: [{ containerPort: 8080 }],
  logConfiguration: AWSLOGS,
};

export default [
  call('ecs', 'RegisterTaskDefinition', { family: 'api', containerDefinitions: [FIXED] }),
  call('ecs', 'RunTask', { cluster: 'shop', taskDefinition: 'api:2' }),
  wait(60),
  call('ecs', 'DeregisterTaskDefinition', { taskDefinition: 'api:1' }),
  wait(10),
] satisfies Step[];

/**
 * A first attempt that forgets the port (api:2), then the fixed api:3 started by family name, and both older
 * revisions retired. Or api:1 retired first, then a fixed revision with a newer image and an extra variable.
 */
export const alternatives: Step[][] = [
  [
    call('ecs', 'RegisterTaskDefinition', {
      family: 'api',
      containerDefinitions: [{ ...FIXED, portMappings: [{ containerPort: 80 }] }],
    }),
    call('ecs', 'RegisterTaskDefinition', { family: 'api', containerDefinitions: [FIXED] }),
    call('ecs', 'RunTask', { cluster: 'shop', taskDefinition: 'api' }),
    wait(60),
    call('ecs', 'DeregisterTaskDefinition', { taskDefinition: 'api:1' }),
    call('ecs', 'DeregisterTaskDefinition', { taskDefinition: 'api:2' }),
  ],
  [
    call('ecs', 'DeregisterTaskDefinition', { taskDefinition: 'api:1' }),
    call('ecs', 'RegisterTaskDefinition', {
      family: 'api',
      containerDefinitions: [
        {
          ...FIXED,
          image: 'public.ecr.aws/ecs-sandbox/web:v2',
          environment: [{ name: 'MODE', value: 'prod' }],
        },
      ],
    }),
    call('ecs', 'RunTask', { cluster: 'shop', taskDefinition: 'api', count: 2 }),
    wait(90),
  ],
];
