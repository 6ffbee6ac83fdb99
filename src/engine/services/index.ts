/**
 * The service scheduler: service records, their deployments and the reconcile loop (ecs-reference §5). The
 * operations in api/ecs use it through this file; the lifecycle's hook (`notify.ts`) and the timer
 * registration (`timers.ts`) are imported directly, so the lifecycle does not load the scheduler's operations.
 */
export { serviceArnIn, serviceArnOf } from './arn';
export { newDeployment } from './deployments';
export { setDesiredCount } from './desiredCount';
export { serviceOutput } from './output';
export type { ServiceOutput } from './output';
export { saveService, scheduleClusterServices, scheduleReconcile } from './record';
