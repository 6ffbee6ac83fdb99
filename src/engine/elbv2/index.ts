/**
 * Elastic Load Balancing v2 inside the engine: Application Load Balancers, target groups, listeners and the
 * health of registered targets over simulated time. The operations live in api/elbv2/; what other engine
 * modules (the service scheduler) call is exported here:
 *
 * - `registerServiceTarget(ctx, targetGroupArn, target)`: registers a task's target, health checks start.
 * - `deregisterServiceTarget(ctx, targetGroupArn, target)`: the target drains for the deregistration delay.
 * - `targetHealth(state, targetGroupArn, target)`: its `{ State, Reason, Description }` now.
 * - `serviceTargetFor(state, task, containerName, containerPort)`: the `{ Id, Port }` a task registers as.
 * - `targetTypeProblem` / `requireTargetGroupFor`: awsvpc tasks need target type `ip`, bridge and host
 *   tasks `instance`, with ECS's wording.
 */
export {
  deregisterServiceTarget,
  registerServiceTarget,
  requireTargetGroupFor,
  serviceTargetFor,
  targetHealth,
  targetTypeFor,
  targetTypeProblem,
  type ServiceTarget,
} from './service';
export type { TargetHealth, TargetHealthReason, TargetHealthState } from '../model/elbv2';
