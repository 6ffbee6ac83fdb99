/** Registers the task lifecycle's timers (state steps, container exits, health checks). */
export function registerTaskTimers(): void {
  // STUB: filled in with the task lifecycle
}
