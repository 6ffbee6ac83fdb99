import { registerAgentTimers } from './agent/timers';
import { registerElbTimers } from './elbv2/timers';
import { registerTaskTimers } from './lifecycle/timers';
import { registerServiceTimers } from './services/timers';
import { registerMinuteTimer } from './scaling/minute';
import { registerAlarmEvaluation } from './cloudwatch/alarms';

/**
 * Imports every module that handles timers, so their `onTimer` registrations run before the first `advance`.
 * A new lifecycle module adds its registration function here.
 */
export function registerEngineTimers(): void {
  registerAgentTimers();
  registerTaskTimers();
  registerServiceTimers();
  registerElbTimers();
  registerMinuteTimer();
  registerAlarmEvaluation();
}
