import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import { createSimulation } from '../../src/engine/index';
import scenario from './scenario';

/** The task the scenario leaves running. Its id comes from the seed, so building the scenario once finds it. */
function startingTaskArn(): string {
  const sim = createSimulation({ seed: scenario.seed });
  scenario.build(sim);
  return Object.keys(sim.state.ecs.tasks)[0]!;
}

export default [
  call('ecs', 'StopTask', { cluster: 'demo', task: startingTaskArn(), reason: 'Lesson 1: stopping by hand' }),
  wait(60),
  call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web:1', count: 2 }),
  wait(60),
] satisfies Step[];

/** Start the two tasks first (three run for a while), then stop the first one; the family name means web:1. */
export const alternatives: Step[][] = [
  [
    call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 2 }),
    wait(45),
    call('ecs', 'StopTask', { cluster: 'demo', task: startingTaskArn() }),
    wait(45),
  ],
];
