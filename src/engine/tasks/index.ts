/** Creating task records and showing them as the ECS API does. */
export { createTask } from './createTask';
export type { TaskHost, TaskSpec } from './createTask';
export { taskOutput } from './output';
export { taskCpuArchitecture, taskEphemeralStorageGiB } from './platform';
export type { ContainerOutput, TaskOutput } from './output';
export { applyOverrides, checkOverrides } from './overrides';
export type { ContainerOverride, TaskOverride } from './overrides';
export { allocateDynamicPorts, portsInUse } from './dynamicPorts';
export { createTaskEni } from './eni';
export { createTaskOn, prepareLaunch } from './launch';
export { placeFargateLaunch, placeLaunch } from './placeLaunch';
export type { Launch, LaunchInput } from './launch';
