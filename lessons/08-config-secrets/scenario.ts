import { runSteps } from '../../src/course/steps';
import type { LessonScenario, Prediction } from '../../src/course/types';
import { createSimulation, type Simulation } from '../../src/engine/index';
import {
  CLUSTER,
  CONFIG_BUCKET,
  CONFIG_FILE,
  CONFIG_KEY,
  ORDERS_V1,
  PASSWORD_V1,
  PASSWORD_V2,
  runningOrders,
  SERVICE,
  TASKS,
  variable,
} from './config';
import { rotateSecret, toSecret } from './moves';

/**
 * Cluster `shop` runs the Fargate service `orders` (2 tasks of orders:1, no execution role): its database
 * password is a plain `environment` value, and LOG_LEVEL=info. The bucket orders-config holds the platform
 * team's orders.env (LOG_LEVEL=debug, CHECKOUT_V2=on), which nothing reads yet. ecsTaskExecutionRole exists with
 * the AWS managed execution policy only.
 */
const scenario = {
  seed: 8,
  build(sim) {
    sim.call('ecs', 'CreateCluster', { clusterName: CLUSTER });
    sim.call('s3api', 'CreateBucket', { Bucket: CONFIG_BUCKET });
    sim.call('s3api', 'PutObject', { Bucket: CONFIG_BUCKET, Key: CONFIG_KEY, Body: CONFIG_FILE });
    sim.call('ecs', 'RegisterTaskDefinition', ORDERS_V1);
    sim.call('ecs', 'CreateService', {
      cluster: CLUSTER,
      serviceName: SERVICE,
      taskDefinition: `${SERVICE}:1`,
      desiredCount: TASKS,
      launchType: 'FARGATE',
      networkConfiguration: {
        awsvpcConfiguration: {
          subnets: Object.values(sim.state.ec2.subnets).map((s) => s.SubnetId),
          assignPublicIp: 'ENABLED',
        },
      },
    });
    sim.advance(120);
  },
  controls: ['editor', 'services', 'identity', 'console', 'events', 'time'],
} satisfies LessonScenario;
export default scenario;

/**
 * On a fresh copy of the lesson: the password moved into a secret and orders deployed with it, then the password
 * rotated in the secret and 10 minutes run. Which task ids run, and the DB_PASSWORD each has, before and after.
 */
export function rotationProbe(): {
  before: ReadonlyArray<string>;
  after: ReadonlyArray<{ task: string; password?: string }>;
} {
  const probe: Simulation = createSimulation({ seed: scenario.seed });
  scenario.build(probe);
  runSteps(probe, toSecret);
  const before = runningOrders(probe).map((t) => t.taskArn);
  runSteps(probe, [rotateSecret, { advance: 600 }]);
  return {
    before,
    after: runningOrders(probe).map((t) => ({
      task: t.taskArn,
      password: variable(probe, t, 'DB_PASSWORD')?.value,
    })),
  };
}

export const prediction: Prediction = {
  prompt:
    'Say orders’ 2 tasks read DB_PASSWORD from a Secrets Manager secret. The DBA puts a new password into the ' +
    'secret. What DB_PASSWORD do the running tasks have 10 minutes later?',
  options: [
    { id: 'new', text: 'The new one: ECS passes the new value to the running containers within minutes.' },
    { id: 'old', text: 'The old one, until the tasks are replaced by new ones.' },
    { id: 'replaced', text: 'The new one: ECS sees the change and replaces the tasks itself.' },
    { id: 'stopped', text: 'None: the tasks stop, because their secret version no longer exists.' },
  ],
  outcome() {
    const { before, after } = rotationProbe();
    if (after.length === 0) return 'stopped';
    if (after.every((t) => t.password === PASSWORD_V1)) return 'old';
    const replaced = after.every((t) => !before.includes(t.task));
    return replaced && after.every((t) => t.password === PASSWORD_V2) ? 'replaced' : 'new';
  },
  explanation:
    'A secret is read once, when the container starts, and put into its environment; nothing refreshes it. ' +
    'Both tasks kept the old password, and ECS did not replace them: nothing about the service changed. A new ' +
    'deployment (update-service --force-new-deployment) starts tasks that read the secret again.',
};
