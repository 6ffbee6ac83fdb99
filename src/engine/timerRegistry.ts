import { registerAgentTimers } from './agent/timers';
import { registerEcrTimers } from './ecr/schedule';
import { registerElbTimers } from './elbv2/timers';
import { registerTaskTimers } from './lifecycle/timers';
import { registerServiceTimers } from './services/timers';
import { registerMinuteTimer } from './scaling/minute';

/**
 * Imports every module that handles timers, so their `onTimer` registrations run before the first `advance`.
 * A new lifecycle module adds its registration function here; one that only the later operations use registers
 * from `registerLaterEngine` (api/laterOperations.ts) instead.
 */
export function registerEngineTimers(): void {
  registerAgentTimers();
  registerTaskTimers();
  registerServiceTimers();
  registerElbTimers();
  registerMinuteTimer();
  registerEcrTimers();
}
