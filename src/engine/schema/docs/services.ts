import { under, type SchemaDocs } from './schemaDocs';
import { capacityProviderStrategyDocs } from './capacityProviders';
import { clusterDoc, paginationDocs } from './clusters';
import { serviceConnectConfigurationDocs } from './serviceConnect';

/** Hover text for the service operations (schema/services.ts), in our own words. */

const serviceRefDoc = 'The service name or its full ARN.';

const circuitBreakerDocs: SchemaDocs = {
  enable:
    'Watch the deployment: it fails once enough of its tasks have failed before any of them became healthy.',
  rollback: 'When the deployment fails, deploy again what the last completed deployment ran.',
  resetOnHealthyTask:
    'Start counting failures from zero when a task of the deployment becomes healthy (default true).',
  thresholdConfiguration:
    'How many failures fail the deployment. Default: half the desired count, at least 3, at most 200.',
  'thresholdConfiguration.type':
    'BOUNDED_PERCENT (a share of the desired count, kept between 3 and 200), UNBOUNDED_PERCENT (no limits) or COUNT (a number).',
  'thresholdConfiguration.value': 'The percentage, or the count for COUNT.',
};

const serviceNetworkDocs: SchemaDocs = {
  awsvpcConfiguration: "Where each task's ENI goes and which security groups guard it.",
  'awsvpcConfiguration.subnets':
    "Subnets of one VPC for the tasks' ENIs; the service spreads its tasks over their AZs.",
  'awsvpcConfiguration.securityGroups':
    'Up to 5 security groups for the task ENIs (default: the VPC default group).',
  'awsvpcConfiguration.assignPublicIp':
    'Give Fargate task ENIs in a public subnet a public IP. Default DISABLED.',
};

const placementConstraintDocs: SchemaDocs = {
  type: "memberOf: only instances its expression selects. distinctInstance: never two of the service's tasks on one instance.",
  expression: 'A cluster query language expression (memberOf only).',
};

const placementStrategyDocs: SchemaDocs = {
  type: 'binpack (fill the fullest instance first), spread (even out over a field) or random.',
  field: "binpack: 'cpu' or 'memory'. spread: 'instanceId' or 'attribute:<name>'. random: none.",
};

const shared: SchemaDocs = {
  cluster: clusterDoc,
  taskDefinition:
    'What the service runs: `family` (latest ACTIVE revision), `family:revision` or the full ARN. Changing it starts a new deployment.',
  desiredCount:
    'How many tasks the scheduler keeps running (REPLICA only; a DAEMON runs one per instance). Changing it does not start a deployment.',
  deploymentConfiguration:
    'How a rolling update moves: the bounds on healthy and in-flight tasks, and the circuit breaker.',
  'deploymentConfiguration.minimumHealthyPercent':
    'The fewest healthy tasks during a deployment, as a percentage of desiredCount, rounded up. Default 100 (DAEMON: 0).',
  'deploymentConfiguration.maximumPercent':
    'The most tasks PENDING or RUNNING during a deployment, as a percentage of desiredCount, rounded down. Default 200 (DAEMON: 100, and it must stay 100).',
  'deploymentConfiguration.deploymentCircuitBreaker':
    'Fails a deployment whose tasks keep failing before any is healthy; with `rollback`, goes back to the last completed deployment.',
  networkConfiguration:
    'Subnets (and security groups) for awsvpc task definitions; required for them, refused for others.',
  ...under('deploymentConfiguration.deploymentCircuitBreaker', circuitBreakerDocs),
  'deploymentConfiguration.strategy':
    'ROLLING (the default) replaces tasks. BLUE_GREEN, LINEAR and CANARY start the new revision at full size beside the old and move production traffic by listener weights.',
  'deploymentConfiguration.bakeTimeInMinutes':
    'Minutes (0–1440) the old revision keeps running after all production traffic has moved, so a rollback is a weight change. Required for BLUE_GREEN.',
  'deploymentConfiguration.alarms':
    'CloudWatch alarms watched during a BLUE_GREEN, LINEAR or CANARY deployment; with rollback, one going into ALARM sends traffic back to the old revision. ROLLING keeps them without acting.',
  'deploymentConfiguration.alarms.alarmNames': 'The names of the alarms to watch.',
  'deploymentConfiguration.alarms.enable': 'Whether the alarms are watched.',
  'deploymentConfiguration.alarms.rollback': 'Whether an alarm in ALARM rolls the deployment back.',
  'deploymentConfiguration.linearConfiguration': 'LINEAR only: equal traffic steps.',
  'deploymentConfiguration.linearConfiguration.stepPercent':
    'Share of production traffic moved per step: a multiple of 0.1 from 3 to 100. Default 10.',
  'deploymentConfiguration.linearConfiguration.stepBakeTimeInMinutes':
    'Minutes (0–1440) between steps (not after the last). Default 6.',
  'deploymentConfiguration.canaryConfiguration': 'CANARY only: a first share, then the rest.',
  'deploymentConfiguration.canaryConfiguration.canaryPercent':
    'The first share of production traffic: a multiple of 0.1 from 0.1 to 100. Default 5.',
  'deploymentConfiguration.canaryConfiguration.canaryBakeTimeInMinutes':
    'Minutes (0–1440) before the rest of the traffic moves. Default 10.',
  'loadBalancers[].advancedConfiguration':
    'BLUE_GREEN, LINEAR, CANARY: the second target group and the listeners ECS reweights.',
  'loadBalancers[].advancedConfiguration.alternateTargetGroupArn':
    'The target group the new revision registers in (the two alternate from one deployment to the next).',
  'loadBalancers[].advancedConfiguration.productionListenerRule':
    'Where production traffic is weighted. AWS wants a listener rule ARN for an ALB; the sandbox has no rules and takes the listener ARN.',
  'loadBalancers[].advancedConfiguration.testListenerRule':
    'Optional: a test listener (sandbox: listener ARN) that sends all its traffic to the new revision before production moves.',
  'loadBalancers[].advancedConfiguration.roleArn':
    'The infrastructure role ECS uses to change the listener. Required; the sandbox does not check its policy.',
  ...under('networkConfiguration', serviceNetworkDocs),
  ...under('placementConstraints[]', placementConstraintDocs),
  ...under('placementStrategy[]', placementStrategyDocs),
  deploymentController: 'Who runs deployments. The sandbox simulates ECS (rolling updates), the default.',
  'deploymentController.type': 'ECS.',
  placementConstraints:
    'Rules an instance must meet to take a task (memberOf, distinctInstance). Changing them starts no deployment.',
  placementStrategy:
    'How instances are ranked. Without one, tasks spread across AZs, then across instances. Not allowed for DAEMON services.',
  healthCheckGracePeriodSeconds:
    'For this long after a task starts, failing health checks do not get it replaced. Default 0.',
  loadBalancers:
    'Target groups to register tasks with, by container name and port (checked against the task definition).',
  'loadBalancers[].targetGroupArn':
    'An ALB target group with a listener. Target type `ip` for awsvpc tasks, `instance` for bridge and host.',
  'loadBalancers[].containerName': 'The container that receives the traffic.',
  'loadBalancers[].containerPort':
    "Its container port from portMappings; bridge tasks register the host port it is bound to, awsvpc tasks their ENI's address and this port.",
  propagateTags: 'Copy tags to the tasks from the task definition or the service (default NONE).',
  enableECSManagedTags: 'Tag tasks with the cluster name.',
  platformVersion: 'Fargate platform version (default LATEST).',
  ...serviceConnectConfigurationDocs,
};

export const createServiceDocs: SchemaDocs = {
  ...shared,
  ...capacityProviderStrategyDocs,
  serviceName:
    'Up to 255 letters, digits, hyphens and underscores; unique among the ACTIVE services of the cluster.',
  launchType: 'EC2 (default) or FARGATE.',
  schedulingStrategy:
    'REPLICA (keep desiredCount tasks, the default) or DAEMON (one task on every ACTIVE instance).',
  tags: 'Tags for the service.',
  'tags[].key': 'The tag key.',
  'tags[].value': 'The tag value.',
};

export const updateServiceDocs: SchemaDocs = {
  ...shared,
  ...capacityProviderStrategyDocs,
  service: serviceRefDoc,
  forceNewDeployment: 'Start a new deployment even if nothing it depends on changed (replaces every task).',
};

export const deleteServiceDocs: SchemaDocs = {
  cluster: clusterDoc,
  service: serviceRefDoc,
  force: 'Delete a REPLICA service that still has a desired count above 0; its tasks are stopped.',
};

export const describeServicesDocs: SchemaDocs = {
  cluster: clusterDoc,
  services: 'Up to 10 service names or ARNs. Unknown ones come back in `failures` as MISSING.',
  include: '`["TAGS"]` to include the tags of each service.',
};

export const listServicesDocs: SchemaDocs = {
  cluster: clusterDoc,
  launchType: 'Only services of this launch type.',
  schedulingStrategy: 'Only REPLICA or only DAEMON services.',
  ...paginationDocs,
};
