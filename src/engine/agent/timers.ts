/** Registers the ECS agent's timers (boot → register, retry while the cluster is missing). */
export function registerAgentTimers(): void {
  // STUB: filled in with the agent lifecycle
}
