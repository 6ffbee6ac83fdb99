/**
 * What the Logs tab shows, kept per session while the tab is closed, and the "View logs" request that opens it
 * on a task (TaskDetails asks, the workbench switches tabs, the panel picks the task's stream). First-page code:
 * keep it this small; the view model itself (logsView.ts) loads with the panel.
 */
export class LogsFocus {
  /** the selected log group ('' until one is chosen) */
  group = $state('');
  /** the selected stream; '' shows every stream of the group, interleaved by time */
  stream = $state('');
  /** a FilterLogEvents pattern ('' shows every event) */
  filter = $state('');
  /** stick to the newest line as time runs */
  follow = $state(true);
  /** the task whose logs were asked for ("View logs"), until the learner picks another group or stream */
  taskArn = $state<string | undefined>(undefined);
  /** bumps on each "View logs", so the workbench opens the tab even when the task is the same */
  requests = $state(0);
  /** how many workbenches show a Logs tab now: "View logs" is offered only where it can open one */
  tabs = $state(0);
  /** the last request the Logs panel acted on (a panel opened again later does not act on it twice) */
  handled = 0;

  /** Opens the Logs tab on `taskArn`'s streams (the panel resolves which, and explains when there are none). */
  showTask(taskArn: string): void {
    this.taskArn = taskArn;
    this.group = '';
    this.stream = '';
    this.requests++;
  }
}

const bySession = new WeakMap<object, LogsFocus>();

/** The Logs tab's selection for `session` (one per session, made on first use). */
export function logsFocus(session: object): LogsFocus {
  let focus = bySession.get(session);
  if (!focus) {
    focus = new LogsFocus();
    bySession.set(session, focus);
  }
  return focus;
}
