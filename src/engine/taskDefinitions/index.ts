/**
 * Task definitions: the semantic rules of RegisterTaskDefinition, the stored shape, and the helpers other engine
 * modules use (resolving a reference, what a task reserves on an instance, Fargate sizes, the output shape).
 */
export { resolveTaskDefinition, parseTaskDefinitionRef, latestActive } from './resolve';
export type { TaskDefinitionRef } from './resolve';
export { taskReservation } from './reservation';
export { FARGATE_SIZES, fargateMemoryOptions, fargateCpuOptions } from './fargateSizes';
export type { FargateSize } from './fargateSizes';
export { taskDefinitionOutput } from './output';
export type { TaskDefinitionOutput } from './output';
export { taskDefinitionProblems } from './problems';
export type { TaskDefinitionProblem } from './problem';
export { buildTaskDefinition } from './build';
export type { ContainerDefinitionInput, RegisterTaskDefinitionInput } from './input';
export { parseTaskCpu, parseTaskMemory } from './units';
