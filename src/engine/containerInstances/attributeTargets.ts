import { AwsError, invalidParameter } from '../errors';
import type { Cluster, ContainerInstance } from '../model/ecs';
import type { SimState } from '../state';
import { isManagedAttribute } from './attributes';
import { findContainerInstance } from './lookup';

/** An attribute as PutAttributes / DeleteAttributes take it. */
export interface AttributeInput {
  readonly name: string;
  readonly value?: string;
  readonly targetType?: 'container-instance';
  readonly targetId?: string;
}

/**
 * Groups attribute requests by the container instance they target, checking each first: a `targetId` is
 * required and must name a registered (not INACTIVE) instance of the cluster (TargetNotFoundException), and
 * `ecs.*` names belong to ECS. Throws on the first problem, naming `attributes[i]`.
 */
export function attributesByTarget(
  state: SimState,
  cluster: Cluster,
  attributes: ReadonlyArray<AttributeInput>,
): Map<ContainerInstance, AttributeInput[]> {
  const byTarget = new Map<string, { ci: ContainerInstance; items: AttributeInput[] }>();
  attributes.forEach((attribute, i) => {
    if (attribute.targetId === undefined) {
      throw invalidParameter(
        `attributes[${i}].targetId: say which container instance the attribute is on (its id or ARN).`,
        `attributes[${i}].targetId`,
      );
    }
    if (isManagedAttribute(attribute.name)) {
      throw invalidParameter(
        `attributes[${i}].name: '${attribute.name}' is set by ECS; custom attribute names cannot start with 'ecs.' or 'com.amazonaws.ecs.'.`,
        `attributes[${i}].name`,
      );
    }
    const ci = findContainerInstance(state, cluster, attribute.targetId);
    if (!ci || ci.status === 'INACTIVE') {
      throw new AwsError(
        'TargetNotFoundException',
        `attributes[${i}].targetId: no registered container instance '${attribute.targetId}' in cluster '${cluster.clusterName}'.`,
        `attributes[${i}].targetId`,
      );
    }
    const entry = byTarget.get(ci.containerInstanceArn) ?? { ci, items: [] };
    entry.items.push(attribute);
    byTarget.set(ci.containerInstanceArn, entry);
  });
  return new Map([...byTarget.values()].map(({ ci, items }) => [ci, items]));
}
