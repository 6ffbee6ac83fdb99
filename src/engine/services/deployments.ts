import type { EngineContext } from '../context';
import type { DeploymentSpec, ServiceDeployment } from '../model/service';
import { inProgress } from './messages';
import { newDeploymentId } from './record';

/** A new PRIMARY deployment of `spec`, IN_PROGRESS from now. */
export function newDeployment(ctx: EngineContext, spec: DeploymentSpec, reason?: string): ServiceDeployment {
  const id = newDeploymentId(ctx);
  return {
    id,
    taskDefinition: spec.taskDefinition,
    launchType: spec.launchType,
    ...(spec.capacityProviderStrategy ? { capacityProviderStrategy: spec.capacityProviderStrategy } : {}),
    ...(spec.platformVersion !== undefined ? { platformVersion: spec.platformVersion } : {}),
    ...(spec.networkConfiguration ? { networkConfiguration: spec.networkConfiguration } : {}),
    createdAt: ctx.now,
    updatedAt: ctx.now,
    rolloutState: 'IN_PROGRESS',
    rolloutStateReason: reason ?? inProgress(id),
    failedTasks: 0,
    healthySeen: false,
  };
}
