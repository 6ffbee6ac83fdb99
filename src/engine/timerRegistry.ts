/**
 * Imports every module that handles timers, so their `onTimer` registrations run before the first `advance`.
 * A new lifecycle module adds its registration function here.
 */
export function registerEngineTimers(): void {
  // filled in as lifecycles land (agent registration, task lifecycle)
}
