import type { OutputOf } from '../engine/index';
import type { RunTaskForm, StrategyRow } from './runTaskForm';
import type { CallOutcome } from './session.svelte';

/**
 * What the learner has typed into the Run task form. It lives with the session, not in the form component, so
 * switching tabs (which unmounts the form) keeps every field.
 */
export class RunTaskDraft {
  cluster = $state('');
  taskDefinition = $state('');
  /** set once the learner chooses a task definition; until then the form follows the newest revision */
  taskDefinitionPicked = $state(false);
  count = $state(3);
  launchType = $state<RunTaskForm['launchType']>('EC2');
  strategies = $state.raw<ReadonlyArray<StrategyRow>>([
    { type: 'spread', field: 'attribute:ecs.availability-zone' },
  ]);
  distinctInstance = $state(false);
  memberOf = $state('');
  useSubnets = $state(false);
  showCli = $state(false);
  /** what the last Run task answered, and how many tasks it asked for */
  outcome = $state.raw<CallOutcome<OutputOf<'ecs', 'RunTask'>> | undefined>(undefined);
  requested = $state(0);
}
