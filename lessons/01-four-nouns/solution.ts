import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import { createSimulation, type Simulation } from '../../src/engine/index';
import { SERVICE } from './goals';
import scenario from './scenario';

/** The task the scenario leaves running. Its id comes from the seed, so building the scenario once finds it. */
function startingTaskArn(): string {
  const sim = createSimulation({ seed: scenario.seed });
  scenario.build(sim);
  return Object.keys(sim.state.ecs.tasks)[0]!;
}

/** A RUNNING task of web-svc: it exists only once the service has started its tasks, so it is read then. */
export const serviceTaskArn = (sim: Simulation): string =>
  Object.values(sim.state.ecs.tasks).find(
    (t) => t.group === `service:${SERVICE}` && t.lastStatus === 'RUNNING',
  )!.taskArn;

/** CreateService web-svc: web:1, desired count 3. */
export const createWebSvc = call('ecs', 'CreateService', {
  cluster: 'demo',
  serviceName: SERVICE,
  taskDefinition: 'web:1',
  desiredCount: 3,
});

/** Stop one of web-svc's tasks, then only watch: the scheduler starts a replacement. */
export const stopServiceTask = call('ecs', 'StopTask', (sim) => ({
  cluster: 'demo',
  task: serviceTaskArn(sim),
  reason: 'Lesson 1: does the service notice?',
}));

export default [
  call('ecs', 'StopTask', { cluster: 'demo', task: startingTaskArn(), reason: 'Lesson 1: stopping by hand' }),
  wait(60),
  call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web:1', count: 2 }),
  wait(60),
  createWebSvc,
  wait(120),
  stopServiceTask,
  wait(90),
] satisfies Step[];

/**
 * The service first, its task made to crash instead of stopped (sim ExitContainer); then the two standalone tasks,
 * and the teammate's task stopped last. The family name means web:1.
 */
export const alternatives: Step[][] = [
  [
    createWebSvc,
    wait(120),
    call('sim', 'ExitContainer', (sim) => ({
      cluster: 'demo',
      task: serviceTaskArn(sim),
      containerName: 'web',
    })),
    wait(90),
    call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 2 }),
    wait(45),
    call('ecs', 'StopTask', { cluster: 'demo', task: startingTaskArn() }),
    wait(45),
  ],
];
