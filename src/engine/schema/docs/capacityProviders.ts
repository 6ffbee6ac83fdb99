import type { SchemaDocs } from './schemaDocs';

/** Hover text for the capacity provider requests (schema/capacityProviders.ts). */

const managedScalingDocs: SchemaDocs = {
  managedScaling:
    'ECS scales the group to fit the tasks: it publishes CapacityProviderReservation each minute and owns a target-tracking policy on it.',
  'managedScaling.status':
    '`ENABLED` or `DISABLED`. In the sandbox: on when `managedScaling` is given, off when it is not.',
  'managedScaling.targetCapacity':
    'How full the instances should be, 1–100 %. 100: every instance runs a task; lower keeps spare instances. Default 100.',
  'managedScaling.minimumScalingStepSize': 'The fewest instances one scale-out adds, 1–10000. Default 1.',
  'managedScaling.maximumScalingStepSize': 'The most instances one scale-out adds, 1–10000. Default 10000.',
  'managedScaling.instanceWarmupPeriod':
    'Seconds after a scale-out before ECS scales out again, 0–10000. Default 300.',
  managedTerminationProtection:
    '`ENABLED`: ECS protects instances that run tasks from scale-in. Needs managed scaling and the group’s NewInstancesProtectedFromScaleIn.',
  managedDraining:
    '`ENABLED` (default): an instance the group terminates is set DRAINING first, and its service tasks move before it goes.',
};

const prefixed = (prefix: string, docs: SchemaDocs): SchemaDocs =>
  Object.fromEntries(Object.entries(docs).map(([k, v]) => [`${prefix}.${k}`, v]));

export const createCapacityProviderDocs: SchemaDocs = {
  name: 'Up to 255 letters, digits, `_` and `-`; cannot start with `aws`, `ecs` or `fargate`.',
  cluster: 'For Managed Instances providers (not simulated).',
  autoScalingGroupProvider: 'The Auto Scaling group whose instances the provider offers.',
  'autoScalingGroupProvider.autoScalingGroupArn':
    'The group, by name or ARN. It must exist and back no other provider.',
  ...prefixed('autoScalingGroupProvider', managedScalingDocs),
  managedInstancesProvider: 'Amazon ECS Managed Instances (not simulated).',
  tags: 'Up to 50 tags, as `{ "key": …, "value": … }`.',
  'tags[].key': 'Tag key, 1–128 characters.',
  'tags[].value': 'Tag value, up to 256 characters.',
};

export const updateCapacityProviderDocs: SchemaDocs = {
  name: 'The provider to change, by name.',
  cluster: 'For Managed Instances providers (not simulated).',
  autoScalingGroupProvider: 'The settings to change; the group itself cannot change.',
  ...prefixed('autoScalingGroupProvider', managedScalingDocs),
  managedInstancesProvider: 'Amazon ECS Managed Instances (not simulated).',
};

export const deleteCapacityProviderDocs: SchemaDocs = {
  capacityProvider: 'The provider to delete, by name or ARN. It must not be associated with any cluster.',
  cluster: 'For Managed Instances providers (not simulated).',
};

export const describeCapacityProvidersDocs: SchemaDocs = {
  capacityProviders: 'Names or ARNs. Omitted: every provider, FARGATE and FARGATE_SPOT first.',
  cluster: 'For Managed Instances providers (not simulated).',
  include: '`TAGS` to include the tags.',
  maxResults: 'How many per page when listing all, 1–10.',
  nextToken: 'The `nextToken` a previous call returned.',
};

export const putClusterCapacityProvidersDocs: SchemaDocs = {
  cluster: 'The cluster, by name or ARN.',
  capacityProviders:
    'Every provider the cluster should have (this list replaces the old one): FARGATE, FARGATE_SPOT, Auto Scaling group providers.',
  defaultCapacityProviderStrategy:
    'The strategy for RunTask and CreateService calls that name neither a launch type nor a strategy. May be empty.',
  'defaultCapacityProviderStrategy[].capacityProvider': 'One of `capacityProviders`.',
  'defaultCapacityProviderStrategy[].base':
    'Tasks that go to this provider first, 0–100000. Only one provider may set a base.',
  'defaultCapacityProviderStrategy[].weight':
    'This provider’s share of the tasks beyond the base, 0–1000. At least one weight must be above 0.',
};

/** `capacityProviderStrategy` as RunTask, CreateService and UpdateService take it. */
export const capacityProviderStrategyDocs: SchemaDocs = {
  capacityProviderStrategy:
    'Launch through capacity providers instead of a launch type: the base goes to one provider first, the rest is split by weight. Omitted (and no launchType): the cluster’s default strategy.',
  'capacityProviderStrategy[].capacityProvider':
    'FARGATE, FARGATE_SPOT or an Auto Scaling group provider associated with the cluster. Fargate and group providers cannot be mixed.',
  'capacityProviderStrategy[].base':
    'Tasks that go to this provider first, 0–100000. Only one provider may set a base.',
  'capacityProviderStrategy[].weight':
    'This provider’s share of the tasks beyond the base, 0–1000. At least one weight must be above 0.',
};
