import type { JsonSchema } from './jsonSchema';
import { clusterMember } from './clusters';
import {
  capacityProviderStrategyItem,
  networkConfigurationSchema,
  placementConstraintSchema,
  placementStrategySchema,
} from './runTask';
import {
  bool,
  int,
  int32,
  list,
  notSimulated,
  obj,
  oneOf,
  str,
  strings,
  type Schema,
} from './taskDefinitionBuilders';
import { paginationMembers } from './clusters';
import { serviceConnectConfigurationSchema } from './serviceConnect';

/**
 * Request schemas of the service operations (ecs-reference §5; members, enums and limits from the ECS API
 * model). Rules a schema cannot say (DAEMON and desiredCount, load balancer containers…) are checked by the
 * handlers. Members the sandbox keeps but does not act on are marked `notSimulated`.
 */

/**
 * A member whose parts the sandbox never reads (Service Connect, monitoring, lifecycle hooks): any JSON object
 * of at most 50 members is accepted and kept as given. Their inner shapes are large and none of them is
 * simulated, so they are not spelled out member by member.
 */
const opaqueObject = (): Schema<Readonly<Record<string, unknown>>> =>
  notSimulated({ type: 'object', maxProperties: 50 } as JsonSchema as Schema<
    Readonly<Record<string, unknown>>
  >);

const nonNegative = () => int(0, 2147483647);

const thresholdConfigurationSchema = obj(
  { type: oneOf(['COUNT', 'BOUNDED_PERCENT', 'UNBOUNDED_PERCENT']), value: int32() },
  ['type', 'value'],
);

const deploymentConfigurationSchema = obj({
  deploymentCircuitBreaker: obj(
    {
      enable: bool(),
      rollback: bool(),
      resetOnHealthyTask: bool(),
      thresholdConfiguration: thresholdConfigurationSchema,
    },
    ['enable', 'rollback'],
  ),
  maximumPercent: nonNegative(),
  minimumHealthyPercent: nonNegative(),
  // alarms roll back BLUE_GREEN, LINEAR and CANARY deployments (services/blueGreen.ts); ROLLING keeps them as given
  alarms: obj({ alarmNames: strings(1000, 255), rollback: bool(), enable: bool() }, [
    'alarmNames',
    'rollback',
    'enable',
  ]),
  strategy: oneOf(['ROLLING', 'BLUE_GREEN', 'LINEAR', 'CANARY']),
  bakeTimeInMinutes: int32(),
  lifecycleHooks: notSimulated(list(opaqueObject(), 100)),
  linearConfiguration: obj({
    stepPercent: { type: 'number' } as JsonSchema as Schema<number>,
    stepBakeTimeInMinutes: int32(),
  }),
  canaryConfiguration: obj({
    canaryPercent: { type: 'number' } as JsonSchema as Schema<number>,
    canaryBakeTimeInMinutes: int32(),
  }),
});

/** `loadBalancers[]`: the target group (ALB/NLB) or classic load balancer, and the container and port to register. */
const loadBalancerSchema = obj({
  targetGroupArn: str(),
  // Classic Load Balancers are not simulated: the name is kept and shown back
  loadBalancerName: notSimulated(str()),
  containerName: str({ maxLength: 255 }),
  containerPort: int(0, 65535),
  // blue/green family: green's target group and the listeners ECS reweights (services/shiftConfig.ts)
  advancedConfiguration: obj({
    alternateTargetGroupArn: str(),
    productionListenerRule: str(),
    testListenerRule: str(),
    roleArn: str(),
  }),
});

const serviceRegistrySchema = obj({
  registryArn: str(),
  port: int(0, 65535),
  containerName: str({ maxLength: 255 }),
  containerPort: int(0, 65535),
});

const tagsSchema = list(
  obj({ key: str({ minLength: 1, maxLength: 128 }), value: str({ maxLength: 256 }) }, ['key']),
  50,
);

const volumeConfigurationsSchema = notSimulated(
  list(obj({ name: str({ maxLength: 255 }), managedEBSVolume: opaqueObject() }, ['name']), 10),
);

const vpcLatticeSchema = notSimulated(
  list(
    obj({ roleArn: str(), targetGroupArn: str(), portName: str() }, [
      'roleArn',
      'targetGroupArn',
      'portName',
    ]),
    100,
  ),
);

const launchTypeSchema = oneOf(['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES']);

/** Members CreateService and UpdateService share. */
const serviceMembers = {
  cluster: clusterMember,
  taskDefinition: str({ minLength: 1, maxLength: 2048 }),
  desiredCount: nonNegative(),
  capacityProviderStrategy: list(capacityProviderStrategyItem, 20),
  deploymentConfiguration: deploymentConfigurationSchema,
  availabilityZoneRebalancing: notSimulated(oneOf(['ENABLED', 'DISABLED'])),
  networkConfiguration: networkConfigurationSchema,
  placementConstraints: list(placementConstraintSchema, 10),
  placementStrategy: list(placementStrategySchema, 5),
  platformVersion: str({ maxLength: 32 }),
  healthCheckGracePeriodSeconds: nonNegative(),
  deploymentController: obj({ type: oneOf(['ECS', 'CODE_DEPLOY', 'EXTERNAL']) }, ['type']),
  enableExecuteCommand: notSimulated(bool()),
  enableECSManagedTags: bool(),
  // registering tasks with load balancers is not simulated yet; containerName and containerPort are checked
  loadBalancers: list(loadBalancerSchema, 5),
  propagateTags: oneOf(['TASK_DEFINITION', 'SERVICE', 'NONE']),
  serviceRegistries: notSimulated(list(serviceRegistrySchema, 1)),
  // Service Connect (schema/serviceConnect.ts; simulated by serviceConnect/*)
  serviceConnectConfiguration: serviceConnectConfigurationSchema,
  volumeConfigurations: volumeConfigurationsSchema,
  vpcLatticeConfigurations: vpcLatticeSchema,
  monitoring: opaqueObject(),
};

/** 1–255 letters, digits, hyphens and underscores (ecs-reference §5.1). */
const serviceNameSchema = str({ minLength: 1, maxLength: 255, pattern: '^[A-Za-z0-9_-]+$' });

export const createServiceSchema = obj(
  {
    ...serviceMembers,
    serviceName: serviceNameSchema,
    launchType: launchTypeSchema,
    clientToken: notSimulated(str({ maxLength: 64 })),
    role: notSimulated(str()),
    schedulingStrategy: oneOf(['REPLICA', 'DAEMON']),
    tags: tagsSchema,
  },
  ['serviceName'],
);

/** A service reference: its name or full ARN. */
const serviceRef = str({ minLength: 1, maxLength: 1600 });

export const updateServiceSchema = obj(
  {
    ...serviceMembers,
    service: serviceRef,
    forceNewDeployment: bool(),
  },
  ['service'],
);

export const deleteServiceSchema = obj({ cluster: clusterMember, service: serviceRef, force: bool() }, [
  'service',
]);

export const describeServicesSchema = obj(
  {
    cluster: clusterMember,
    services: list(serviceRef, 10, { minItems: 1 }),
    include: list(oneOf(['TAGS']), 1),
  },
  ['services'],
);

export const listServicesSchema = obj({
  cluster: clusterMember,
  ...paginationMembers,
  launchType: launchTypeSchema,
  schedulingStrategy: oneOf(['REPLICA', 'DAEMON']),
  resourceManagementType: notSimulated(oneOf(['CUSTOMER', 'ECS'])),
});
