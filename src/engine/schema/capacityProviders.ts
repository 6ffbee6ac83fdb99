import { clusterMember } from './clusters';
import { capacityProviderStrategyItem } from './runTask';
import { int, list, notSimulated, obj, oneOf, str, type Schema } from './taskDefinitionBuilders';
import type { JsonSchema } from './jsonSchema';

/**
 * Requests of the capacity provider operations (ecs-reference §8), members as the ECS API model names them.
 * Managed Instances providers (`managedInstancesProvider`) are accepted and not simulated.
 */

const status = oneOf(['ENABLED', 'DISABLED']);

/** `ManagedScaling` with the model's limits (ecs-reference §8.3). */
const managedScaling = obj({
  status,
  targetCapacity: int(1, 100),
  minimumScalingStepSize: int(1, 10000),
  maximumScalingStepSize: int(1, 10000),
  instanceWarmupPeriod: int(0, 10000),
});

const tags = list(
  obj({ key: str({ minLength: 1, maxLength: 128 }), value: str({ maxLength: 256 }) }, ['key']),
  50,
);

/** Managed Instances providers: their configuration is a large object the sandbox keeps without checking. */
const managedInstancesProvider = notSimulated({ type: 'object', maxProperties: 50 } as JsonSchema as Schema<
  Readonly<Record<string, unknown>>
>);

export const createCapacityProviderSchema = obj(
  {
    name: str({ minLength: 1, maxLength: 255 }),
    cluster: notSimulated(clusterMember),
    autoScalingGroupProvider: obj(
      {
        autoScalingGroupArn: str({ minLength: 1, maxLength: 1600 }),
        managedScaling,
        managedTerminationProtection: status,
        managedDraining: status,
      },
      ['autoScalingGroupArn'],
    ),
    managedInstancesProvider,
    tags,
  },
  ['name'],
);

export const updateCapacityProviderSchema = obj(
  {
    name: str({ minLength: 1, maxLength: 255 }),
    cluster: notSimulated(clusterMember),
    autoScalingGroupProvider: obj({
      managedScaling,
      managedTerminationProtection: status,
      managedDraining: status,
    }),
    managedInstancesProvider,
  },
  ['name'],
);

export const deleteCapacityProviderSchema = obj(
  { capacityProvider: str({ minLength: 1, maxLength: 1600 }), cluster: notSimulated(clusterMember) },
  ['capacityProvider'],
);

export const describeCapacityProvidersSchema = obj({
  capacityProviders: list(str({ maxLength: 1600 }), 100),
  cluster: notSimulated(clusterMember),
  include: list(oneOf(['TAGS']), 1),
  maxResults: int(1, 10),
  nextToken: str({ maxLength: 1024 }),
});

export const putClusterCapacityProvidersSchema = obj(
  {
    cluster: clusterMember,
    capacityProviders: list(str({ minLength: 1, maxLength: 255 }), 20),
    defaultCapacityProviderStrategy: list(capacityProviderStrategyItem, 20),
  },
  ['cluster', 'capacityProviders', 'defaultCapacityProviderStrategy'],
);
