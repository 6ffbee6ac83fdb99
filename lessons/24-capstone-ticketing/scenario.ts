import { runSteps } from '../../src/course/steps';
import type { LessonScenario, Prediction } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';
import {
  ALB,
  API,
  APP_ROLE,
  EXECUTION_POLICY,
  EXECUTION_ROLE,
  IMAGE,
  MEDIA_PATH,
  MEDIA_TOKEN,
  PASSWORD,
  policy,
  PRICING,
  PRICING_URL_VARIABLE,
  roleArn,
  SECRET_NAME,
  serviceNamed,
  subnetIn,
  tasksOf,
  TASKS_TRUST,
} from './tickets';
import { SOLUTION } from './moves';

/** The draft's shared settings of a Fargate task definition: 0.25 vCPU, 0.5 GB, the draft's two roles. */
const draftBase = (family: string) => ({
  family,
  requiresCompatibilities: ['FARGATE' as const],
  networkMode: 'awsvpc' as const,
  cpu: '256',
  memory: '512',
  executionRoleArn: roleArn(EXECUTION_ROLE),
  taskRoleArn: roleArn(APP_ROLE),
});

/**
 * api:1 as the team drafted it: the database password in plain `environment`, pricing at an address nobody
 * keeps, the media folder on the task's own storage, and port 22 for the SSH daemon someone added to the image.
 */
export const API_DRAFT = {
  ...draftBase(API),
  containerDefinitions: [
    {
      name: API,
      image: `${IMAGE}:v1`,
      essential: true,
      portMappings: [
        { containerPort: 8080, protocol: 'tcp' as const },
        { containerPort: 22, protocol: 'tcp' as const },
      ],
      environment: [
        { name: 'DB_PASSWORD', value: PASSWORD },
        { name: PRICING_URL_VARIABLE, value: 'http://10.0.7.31:8080' },
      ],
      mountPoints: [{ sourceVolume: 'media', containerPath: MEDIA_PATH }],
    },
  ],
  volumes: [{ name: 'media' }],
};

/** pricing:1 as drafted: one container on 8080, the shared all-powerful role. */
export const PRICING_DRAFT = {
  ...draftBase(PRICING),
  containerDefinitions: [
    {
      name: PRICING,
      image: `${IMAGE}:v1`,
      essential: true,
      portMappings: [{ containerPort: 8080, protocol: 'tcp' as const }],
    },
  ],
};

/**
 * The building blocks of the ticketing platform, and no cluster yet: the internet-facing ALB tickets-alb over the
 * three default subnets; the EFS file system tickets-media with one mount target (us-east-1a); the secret
 * tickets/db holding the database password; the execution role tickets-execution (AWS managed execution policy
 * only) and the draft's one task role tickets-app (every action allowed); the drafts api:1 and pricing:1.
 */
export default {
  seed: 24,
  build(sim) {
    sim.call('elbv2', 'CreateLoadBalancer', {
      Name: ALB,
      Subnets: Object.values(sim.state.ec2.subnets).map((s) => s.SubnetId),
    });
    const fs = sim.call('efs', 'CreateFileSystem', {
      CreationToken: MEDIA_TOKEN,
      Encrypted: true,
      Tags: [{ Key: 'Name', Value: MEDIA_TOKEN }],
    });
    sim.call('efs', 'CreateMountTarget', {
      FileSystemId: fs.FileSystemId,
      SubnetId: subnetIn(sim, 'us-east-1a'),
    });
    sim.call('secretsmanager', 'CreateSecret', {
      Name: SECRET_NAME,
      SecretString: JSON.stringify({ username: 'tickets', password: PASSWORD }),
    });
    sim.call('iam', 'CreateRole', { RoleName: EXECUTION_ROLE, AssumeRolePolicyDocument: TASKS_TRUST });
    sim.call('iam', 'AttachRolePolicy', { RoleName: EXECUTION_ROLE, PolicyArn: EXECUTION_POLICY });
    sim.call('iam', 'CreateRole', { RoleName: APP_ROLE, AssumeRolePolicyDocument: TASKS_TRUST });
    sim.call('iam', 'PutRolePolicy', {
      RoleName: APP_ROLE,
      PolicyName: 'everything',
      PolicyDocument: policy({ Effect: 'Allow', Action: '*', Resource: '*' }),
    });
    sim.call('ecs', 'RegisterTaskDefinition', API_DRAFT);
    sim.call('ecs', 'RegisterTaskDefinition', PRICING_DRAFT);
    sim.advance(60);
  },
  controls: ['services', 'editor', 'identity', 'console', 'map', 'explain', 'events', 'time'],
} satisfies LessonScenario;

/** The api tasks that started in the 5 minutes after the canary's first alarm rollback, or undefined if none. */
export function startsAfterRollback(sim: Simulation): number | undefined {
  const rollback = sim.events.find(
    (e) =>
      e.type === 'TrafficShifted' &&
      e.rollbackReason !== undefined &&
      e.serviceArn === serviceNamed(sim, API)?.serviceArn,
  );
  if (!rollback) return undefined;
  return tasksOf(sim, API).filter((t) => t.createdAt > rollback.at && t.createdAt <= rollback.at + 300)
    .length;
}

export const prediction: Prediction = {
  prompt:
    'Your api service runs 4 tasks of the good build and ships v2.1 as a 10 % canary watched by a 5xx alarm. ' +
    'The alarm fires during the canary. How many new api tasks does ECS start to roll back?',
  options: [
    { id: '0', text: 'None: blue’s 4 tasks never stopped, so ECS only sends the traffic back to them.' },
    { id: '1', text: 'One: it replaces the single canary task with a task of the good build.' },
    {
      id: '4',
      text: 'Four: a rollback is a new deployment of the last good revision, as the circuit breaker does.',
    },
  ],
  outcome(sim) {
    let starts = startsAfterRollback(sim);
    if (starts === undefined) {
      const probe = sim.fork();
      runSteps(probe, SOLUTION);
      starts = startsAfterRollback(probe);
    }
    return starts === undefined ? '4' : starts === 0 ? '0' : starts <= 1 ? '1' : '4';
  },
  explanation:
    'A canary starts green at full size beside blue and moves only listener weights. When the alarm fires, ECS sets ' +
    'the production weights back to blue and stops green: no task starts, and the 90 % of customers on blue never ' +
    'noticed. The circuit breaker is a different mechanism: it belongs to rolling updates, counts tasks that fail to ' +
    'start, and rolls back by deploying the old revision again.',
};
