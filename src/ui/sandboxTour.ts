/** One callout of a tour: the element it points at (`data-tour` value) and what it says. */
export interface TourStep {
  readonly target: string;
  readonly title: string;
  readonly text: string;
}

/** The 60-second tour of the sandbox: one callout per area, in the order a learner would use them. */
export const SANDBOX_TOUR: ReadonlyArray<TourStep> = [
  {
    target: 'scenario',
    title: 'Pick a starting point',
    text: 'Each scenario is a ready-made account: a cluster, some EC2 instances, a task definition. Switching asks first and can be undone.',
  },
  {
    target: 'build',
    title: 'Build and run',
    text: 'Edit task definitions, fill in the Run task form, or type real aws CLI commands in the console.',
  },
  {
    target: 'map',
    title: 'The cluster map',
    text: 'Instances grouped by Availability Zone, with the CPU and memory tasks hold. Each block is a task: click one.',
  },
  {
    target: 'explain',
    title: 'Why there?',
    text: 'For the task you picked: every instance, every placement check, and how each strategy ranked the survivors.',
  },
  {
    target: 'time',
    title: 'Time is yours',
    text: 'The clock starts paused so nothing moves while you read. Press Play (or Next event) and pending tasks start; scrub back, undo, redo.',
  },
];
