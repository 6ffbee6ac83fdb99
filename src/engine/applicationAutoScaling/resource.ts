import { clusterArn } from '../arns';
import type { EngineContext } from '../context';
import { AwsError } from '../errors';
import type { ScalableTarget } from '../model/applicationAutoScaling';
import type { Service } from '../model/service';
import { serviceArnOf } from '../services/arn';
import type { SimState } from '../state';
import { seededUuid } from '../tasks/eni';

/**
 * Names and look-ups of Application Auto Scaling for ECS services: the resource id `service/<cluster>/<service>`,
 * the ARNs the service hands out, and the checks every operation makes first (namespace, dimension, target).
 */

export const ECS_DIMENSION = 'ecs:service:DesiredCount';
const ECS_ROLE =
  'aws-service-role/ecs.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_ECSService';

export const validation = (message: string, field?: string) =>
  new AwsError('ValidationException', message, field);

/** The one namespace the sandbox simulates; any other is refused, naming what to use instead. */
export function checkNamespace(namespace: string): 'ecs' {
  if (namespace !== 'ecs') {
    throw validation(
      `ServiceNamespace '${namespace}' is not simulated: the sandbox scales ECS services only. Use ServiceNamespace ecs with ResourceId service/<cluster-name>/<service-name> and ScalableDimension ${ECS_DIMENSION}.`,
      'ServiceNamespace',
    );
  }
  return 'ecs';
}

export function checkDimension(dimension: string): typeof ECS_DIMENSION {
  if (dimension !== ECS_DIMENSION) {
    throw validation(
      `ScalableDimension '${dimension}' does not belong to an ECS service: an ECS service scales on ${ECS_DIMENSION}.`,
      'ScalableDimension',
    );
  }
  return ECS_DIMENSION;
}

/** The cluster and service names of `service/<cluster>/<service>`. */
export function parseResourceId(resourceId: string): { cluster: string; service: string } {
  const m = /^service\/([^/]+)\/([^/]+)$/.exec(resourceId);
  if (!m) {
    throw validation(
      `ResourceId '${resourceId}' is not an ECS service's: write service/<cluster-name>/<service-name>, for example service/default/web.`,
      'ResourceId',
    );
  }
  return { cluster: m[1]!, service: m[2]! };
}

/** The ACTIVE service a resource id names, or undefined (deleted, or never created). */
export function serviceOfResource(state: SimState, resourceId: string): Service | undefined {
  const m = /^service\/([^/]+)\/([^/]+)$/.exec(resourceId);
  if (!m) return undefined;
  const service = state.ecs.services[serviceArnOf(state, m[1]!, m[2]!)];
  return service && service.status === 'ACTIVE' && service.clusterArn === clusterArn(state, m[1]!)
    ? service
    : undefined;
}

/** The service a new scalable target names; it must exist and be a REPLICA service. */
export function requireScalableService(state: SimState, resourceId: string): Service {
  const { cluster, service: name } = parseResourceId(resourceId);
  const service = serviceOfResource(state, resourceId);
  if (!service) {
    throw validation(
      `ECS service doesn't exist: ${resourceId}. Cluster '${cluster}' has no ACTIVE service '${name}'; create the service first (ecs CreateService), then register it.`,
      'ResourceId',
    );
  }
  if (service.schedulingStrategy === 'DAEMON') {
    throw validation(
      `${resourceId} is a DAEMON service: it runs one task per instance and has no desired count to scale. Only REPLICA services can be scalable targets.`,
      'ResourceId',
    );
  }
  return service;
}

/** The scalable target of a resource, or ObjectNotFoundException as AWS words it. */
export function requireTarget(state: SimState, resourceId: string): ScalableTarget {
  const target = state.applicationAutoScaling.targets[resourceId];
  if (!target) {
    throw new AwsError(
      'ObjectNotFoundException',
      `No scalable target registered for service namespace: ecs, resource ID: ${resourceId}, scalable dimension: ${ECS_DIMENSION}. Register it first with RegisterScalableTarget.`,
      'ResourceId',
    );
  }
  return target;
}

/** The service-linked role Application Auto Scaling uses for ECS (ecs-reference §9.1). */
export const ecsRoleArn = (state: SimState) => `arn:aws:iam::${state.accountId}:role/${ECS_ROLE}`;

export const scalableTargetArn = (ctx: EngineContext) =>
  `arn:aws:application-autoscaling:${ctx.state.region}:${ctx.state.accountId}:scalable-target/${ctx.randomHex(36)}`;

/** `arn:aws:autoscaling:REGION:ACCOUNT:scalingPolicy:UUID:resource/ecs/service/C/S:policyName/NAME` */
export const scalingPolicyArn = (ctx: EngineContext, resourceId: string, policyName: string) =>
  `arn:aws:autoscaling:${ctx.state.region}:${ctx.state.accountId}:scalingPolicy:${seededUuid(ctx)}:resource/ecs/${resourceId}:policyName/${policyName}`;

/** `arn:aws:autoscaling:REGION:ACCOUNT:scheduledAction:UUID:resource/ecs/service/C/S:scheduledActionName/NAME` */
export const scheduledActionArn = (ctx: EngineContext, resourceId: string, name: string) =>
  `arn:aws:autoscaling:${ctx.state.region}:${ctx.state.accountId}:scheduledAction:${seededUuid(ctx)}:resource/ecs/${resourceId}:scheduledActionName/${name}`;
