import { goal, met, notYet } from '../../src/course/goals';
import type { GoalResult } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';
import {
  findInstanceGpus,
  lastEvent,
  NIGHTLY,
  running,
  STOREFRONT,
  STOREFRONT_TASKS,
  tasksInGroup,
  VISION,
  whereRuns,
} from './compute';

function visionOnGpu(sim: Simulation): GoalResult {
  const tasks = running(tasksInGroup(sim, `service:${VISION}`));
  if (!tasks.length) {
    const event = lastEvent(sim, VISION);
    return notYet(
      `No vision task runs.${event ? ` The service’s newest event: ${event}` : ' There is no vision service yet.'}`,
    );
  }
  for (const task of tasks) {
    const gpus = [...(task.reserved.gpuIds ?? []), ...task.containers.flatMap((c) => c.gpuIds ?? [])];
    if (!gpus.length) return notYet(`A vision task runs on ${whereRuns(sim, task)} without a GPU assigned.`);
    if (!findInstanceGpus(sim, task))
      return notYet(`A vision task runs on ${whereRuns(sim, task)}, which has no GPU.`);
  }
  return met;
}

function storefrontOnFargate(sim: Simulation): GoalResult {
  const tasks = running(tasksInGroup(sim, `service:${STOREFRONT}`));
  if (tasks.length < STOREFRONT_TASKS)
    return notYet(
      `${tasks.length} of ${STOREFRONT_TASKS} storefront tasks run (a storefront service with 2 tasks is needed).`,
    );
  const off = tasks.find((t) => whereRuns(sim, t) !== 'FARGATE');
  if (off)
    return notYet(
      `A storefront task runs on ${whereRuns(sim, off)}: ` +
        (whereRuns(sim, off) === 'FARGATE_SPOT'
          ? 'Spot capacity can be taken back at two minutes’ notice, which a customer-facing API must not suffer.'
          : 'an instance is a server someone must patch, scale and replace; nobody here does that.'),
    );
  return met;
}

function nightlyOnSpot(sim: Simulation): GoalResult {
  const runs = tasksInGroup(sim, `family:${NIGHTLY}`);
  const done = runs.find(
    (t) =>
      t.lastStatus === 'STOPPED' &&
      whereRuns(sim, t) === 'FARGATE_SPOT' &&
      t.containers.every((c) => c.exitCode === 0),
  );
  if (done) return met;
  const now = runs.find((t) => t.lastStatus !== 'STOPPED');
  if (now)
    return notYet(
      `A nightly task is ${now.lastStatus} on ${whereRuns(sim, now)}` +
        (whereRuns(sim, now) === 'FARGATE_SPOT'
          ? '; the report takes 10 minutes.'
          : ': the job is not on Spot.'),
    );
  const other = runs.find((t) => t.lastStatus === 'STOPPED');
  return notYet(
    other
      ? `The last nightly run was on ${whereRuns(sim, other)} and ended: ${other.stoppedReason ?? 'stopped'}.`
      : 'No nightly task has run. Run it as a task (it is a job, not a service).',
  );
}

export default [
  goal({
    id: 'vision-on-gpu',
    description: 'vision runs its task on an EC2 instance with a GPU, the GPU assigned to it',
    holdFor: 60,
    check: visionOnGpu,
    hints: {
      nudge: 'Create the vision service and read its events. Which instance types in the catalog have GPUs?',
      pointer:
        'Fargate has no GPUs. A GPU task needs an EC2 instance of a GPU type (g4dn, g5, p3…) started from the ECS ' +
        'GPU-optimized AMI, whose agent registers the GPUs; then placement can reserve one.',
      bottomOut:
        'Launch a g4dn.xlarge with ImageId resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2/gpu/recommended/image_id ' +
        'and ECS_CLUSTER=acme in its user data (the Instances tab), then ' +
        '`aws ecs create-service --cluster acme --service-name vision --task-definition vision --desired-count 1 --launch-type EC2`.',
    },
  }),
  goal({
    id: 'storefront-on-fargate',
    description: 'storefront runs 2 tasks on Fargate (on-demand)',
    holdFor: 60,
    check: storefrontOnFargate,
    hints: {
      nudge:
        'Nobody at acme patches or scales servers, and the API’s traffic comes in bursts. Which option has no servers to run?',
      pointer:
        'Fargate runs each task on capacity AWS manages: no instances to patch or scale, you pay per task size and ' +
        'second. Spot is cheaper but can be reclaimed; a customer-facing API stays on on-demand FARGATE.',
      bottomOut:
        '`aws ecs create-service --cluster acme --service-name storefront --task-definition storefront --desired-count 2 ' +
        '--launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[<a subnet id>],assignPublicIp=ENABLED}"`.',
    },
  }),
  goal({
    id: 'nightly-on-spot',
    description: 'the nightly report ran to completion as a task on Fargate Spot',
    holdFor: 60,
    check: nightlyOnSpot,
    hints: {
      nudge:
        'The report can simply be run again if it is interrupted. What is the cheapest capacity for such work?',
      pointer:
        'Fargate Spot runs tasks on spare capacity at a discount; AWS may take it back with a two-minute warning. A ' +
        'job that can be retried is the textbook fit. Run it with a capacity provider strategy of FARGATE_SPOT.',
      bottomOut:
        '`aws ecs run-task --cluster acme --task-definition nightly --capacity-provider-strategy ' +
        'capacityProvider=FARGATE_SPOT,weight=1 --network-configuration ' +
        '"awsvpcConfiguration={subnets=[<a subnet id>],assignPublicIp=ENABLED}"`, then let 10 minutes pass.',
    },
  }),
];
