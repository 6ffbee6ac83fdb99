import type { LessonScenario, Prediction } from '../../src/course/types';
import { createSimulation } from '../../src/engine/index';
import {
  awslogs,
  CLUSTER,
  EXECUTION_ROLE_ARN,
  failedCheckout,
  LOG_GROUP,
  runningCheckout,
  SERVICE,
  TASKS,
  WEB,
  WORKER,
  WORKER_ERROR,
} from './logs';

/** The worker: a queue poller that reports a failed payment after a minute, then keeps polling. */
export const WORKER_COMMAND = [
  'sh',
  '-c',
  `echo worker: polling the orders queue; sleep 60; echo ${WORKER_ERROR}; tail -f /dev/null`,
];

/** checkout:1 — web logs to /ecs/checkout (which does not exist); the worker has no log configuration. */
export const CHECKOUT_V1 = {
  family: SERVICE,
  requiresCompatibilities: ['FARGATE' as const],
  networkMode: 'awsvpc' as const,
  cpu: '512',
  memory: '1024',
  executionRoleArn: EXECUTION_ROLE_ARN,
  containerDefinitions: [
    {
      name: WEB,
      image: 'public.ecr.aws/ecs-sandbox/web:v1',
      essential: true,
      portMappings: [{ containerPort: 8080 }],
      logConfiguration: awslogs(),
    },
    { name: WORKER, image: 'busybox:latest', essential: false, command: WORKER_COMMAND },
  ],
};

/**
 * Cluster `shop`; the Fargate service `checkout` (2 tasks of checkout:1, subnets in us-east-1a and us-east-1b)
 * has just been created. Its web container sends its output with awslogs to /ecs/checkout, which nobody created;
 * the worker sends its output nowhere. ecsTaskExecutionRole holds the AWS managed execution policy only.
 */
const scenario = {
  seed: 20,
  build(sim) {
    sim.call('ecs', 'CreateCluster', { clusterName: CLUSTER });
    sim.call('ecs', 'RegisterTaskDefinition', CHECKOUT_V1);
    const subnets = Object.values(sim.state.ec2.subnets)
      .filter((s) => s.AvailabilityZone === 'us-east-1a' || s.AvailabilityZone === 'us-east-1b')
      .map((s) => s.SubnetId);
    sim.call('ecs', 'CreateService', {
      cluster: CLUSTER,
      serviceName: SERVICE,
      taskDefinition: `${SERVICE}:1`,
      desiredCount: TASKS,
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets, assignPublicIp: 'ENABLED' } },
    });
  },
  controls: ['editor', 'services', 'logs', 'identity', 'console', 'events', 'time'],
} satisfies LessonScenario;
export default scenario;

/** On a fresh copy of the lesson, 3 minutes untouched: running tasks, failed starts and their reason, the group. */
export function untouchedProbe(): { running: number; failed: number; reason?: string; groupExists: boolean } {
  const probe = createSimulation({ seed: scenario.seed });
  scenario.build(probe);
  probe.advance(180);
  const failed = failedCheckout(probe);
  return {
    running: runningCheckout(probe).length,
    failed: failed.length,
    ...(failed[0]?.stoppedReason ? { reason: failed[0].stoppedReason } : {}),
    groupExists: probe.state.logs.groups[LOG_GROUP] !== undefined,
  };
}

export const prediction: Prediction = {
  prompt:
    'checkout:1 tells the awslogs driver to send web’s output to the log group /ecs/checkout, which does not ' +
    'exist. The service starts its 2 tasks. What do you see 3 minutes later?',
  options: [
    { id: 'created', text: 'Both tasks run; ECS created /ecs/checkout when the first line arrived.' },
    { id: 'dropped', text: 'Both tasks run; their output is lost until someone creates the group.' },
    {
      id: 'fail',
      text: 'No task runs: each one stops before its containers start, and the service keeps trying.',
    },
    { id: 'default', text: 'Both tasks run; the output goes to a default group of the cluster.' },
  ],
  outcome() {
    const probe = untouchedProbe();
    if (probe.running > 0) return probe.groupExists ? 'created' : 'dropped';
    return 'fail';
  },
  explanation:
    'Before a container starts, the awslogs driver creates the container’s stream in its group. The group is ' +
    'missing, and checkout:1 does not ask for it to be created (awslogs-create-group), so the task fails with a ' +
    'ResourceInitializationError before anything runs. The service launches replacements, which fail the same way.',
};
