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

/** Moves the service api onto `taskDefinition` (a family name means its latest ACTIVE revision). */
const updateApi = (taskDefinition: string) =>
  call('ecs', 'UpdateService', { cluster: 'shop', service: 'api', taskDefinition });

export default [
  call('ecs', 'RegisterTaskDefinition', { family: 'api', containerDefinitions: [FIXED] }),
  call('ecs', 'RunTask', { cluster: 'shop', taskDefinition: 'api:2' }),
  updateApi('api:2'),
  wait(120),
  call('ecs', 'DeregisterTaskDefinition', { taskDefinition: 'api:1' }),
  wait(10),
] satisfies Step[];

/**
 * A first attempt that forgets the port (api:2), then the fixed api:3 started and deployed by family name, and
 * both older revisions retired. Or api:1 retired first (the service on it carries on), then a fixed revision with
 * a newer image and an extra variable, run by hand and then deployed.
 */
export const alternatives: Step[][] = [
  [
    call('ecs', 'RegisterTaskDefinition', {
      family: 'api',
      containerDefinitions: [{ ...FIXED, portMappings: [{ containerPort: 80 }] }],
    }),
    call('ecs', 'RegisterTaskDefinition', { family: 'api', containerDefinitions: [FIXED] }),
    call('ecs', 'RunTask', { cluster: 'shop', taskDefinition: 'api' }),
    updateApi('api'),
    wait(120),
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
    updateApi('api:2'),
    wait(120),
  ],
];
