/**
 * The engine's public face. Lessons, the UI, the console and acceptance tests drive the simulator only
 * through what this file exports.
 */
export { createSimulation } from './simulation';
export type { Simulation, SimulationOptions, SimAction, TimedCall, DeepReadonly } from './simulation';
export { AwsError, isAwsError } from './errors';
export type { AwsErrorName } from './errors';
export { operations, listOperations, findOperation } from './api/registry';
export { notSimulatedMembers } from './api/notSimulated';
export { notSimulatedIn } from './schema/notSimulated';
export type { ServiceName, OperationName, InputOf, OutputOf } from './api/registry';
export type { SimState } from './state';
export { ACCOUNT_ID, REGION } from './state';
export type * from './model/ids';
export type * from './model/ecs';
export type * from './model/ec2';
export type * from './model/taskDefinition';
export type * from './model/trace';
export type * from './model/elbv2';
export type * from './model/service';
export type * from './model/load';
export type * from './model/cloudwatch';
export { metricKey } from './cloudwatch/metrics';
export type * from './model/applicationAutoScaling';
export type * from './model/autoscaling';
export type * from './model/capacityProvider';
export { circuitBreakerThreshold, deploymentBounds } from './services/bounds';
export { isHealthCheckFailure } from './services/messages';
export type * from './model/events';
export type { JsonSchema } from './schema/jsonSchema';
export { validatorFor } from './schema/validate';
export { laterEngineLoaded, loadLaterEngine } from './later';
export { checkedLater } from './api/checkedLater';
export { taskDefinitionProblems } from './taskDefinitions';
export { FARGATE_SIZES } from './taskDefinitions';
export type { FargateSize } from './taskDefinitions';
export type { ContainerDefinitionInput } from './taskDefinitions';
export { listContainerInstanceArns } from './containerInstances/list';
export { loadRegexSupport, regexSupportLoaded } from './query/regex';
export { narrate } from './narrate';
export { describeLoadShape } from './load/describe';
export { isoTime } from './context';
export { EVENT_LOG_LIMIT, TRACE_LIMIT } from './retention';
export { taskCpuArchitecture, taskEphemeralStorageGiB } from './tasks/platform';
export { shownPublicIp } from './api/ec2/instanceNetwork';
export { taskMachine } from './lifecycle/task.machine';
export { IMAGE_CATALOG, DEMO_APP, parseImageReference } from './catalog/images';
export { IMAGE_DESCRIPTIONS } from './catalog/imageDescriptions';
export type { CatalogImage, ImageBehaviour, ImageReference } from './catalog/images';
export type * from './model/logs';
// IAM records (roles, instance profiles, the calls made on someone's behalf); the IAM functions are in docs.ts (lazy)
export type * from './model/iam';
// the Logs tab filters with the same matcher as FilterLogEvents (its own chunk imports them: off the first page)
export { parseFilterPattern, matchesFilter } from './logs/filterPattern';
export { awslogsStreamName, awslogsTargets, type AwslogsTarget } from './logs/awslogs';
// what a reader of a stream sees now (within the group's retention), for the Logs tab
export { readableEvents } from './logs/streams';
export { STARTING_LOG_GROUPS } from './logs/initial';
// the volumes view (TaskDetails): what each container mounts, who shares it and the files there (its own chunk imports them)
export { volumeMounts } from './volumes/view';
export type { ContainerVolumes, VolumeMountView, MountSharer } from './volumes/view';
export type { MountKind, Lifetime } from './volumes/paths';
export { filesUnder } from './volumes/files';
export type { StoredFile, EfsFileSystem, EfsMountTarget, EfsAccessPoint } from './model/storage';
export { containerConfigOf } from './startup/config';
// the network view (instances panel, lesson 10): addresses per subnet, ENI slots per instance
export { subnetUse, type SubnetUse } from './network/subnets';
export { defaultRoute, describePath, egress, routeTableOf, type Egress } from './network/egress';
// Service Connect and Cloud Map: the types here; what panels and lessons read about them is in views.ts
export type * from './model/serviceConnect';
