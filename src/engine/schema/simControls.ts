import { clusterMember } from './clusters';
import { int, obj, str } from './taskDefinitionBuilders';

/**
 * Requests of the simulator's teaching controls (the `sim` service): things AWS does to you rather than
 * operations you call, such as a failing host or a crashing process. Member names follow the sim service's
 * camelCase; ids and names are the ones DescribeInstances and DescribeTasks show.
 */

export const failInstanceSchema = obj({ instanceId: str({ minLength: 1, maxLength: 64 }) }, ['instanceId']);

export const exitContainerSchema = obj(
  {
    cluster: clusterMember,
    /** the task's id or full ARN, as StopTask takes it */
    task: str({ minLength: 1, maxLength: 1600 }),
    containerName: str({ minLength: 1, maxLength: 255 }),
    /** a process exit status: 0–255 */
    exitCode: int(0, 255),
    reason: str({ maxLength: 255 }),
  },
  ['task', 'containerName'],
);

/** An Availability Zone of the Region, by name (`us-east-1a`), as DescribeSubnets shows it. */
const availabilityZoneMember = str({ minLength: 1, maxLength: 64 });

export const failAvailabilityZoneSchema = obj({ availabilityZone: availabilityZoneMember }, [
  'availabilityZone',
]);

export const restoreAvailabilityZoneSchema = obj({ availabilityZone: availabilityZoneMember }, [
  'availabilityZone',
]);

/** One Fargate Spot task (`cluster` + `task`), every one of a cluster (`cluster`), or a Spot Instance. */
export const interruptSpotSchema = obj({
  cluster: clusterMember,
  /** the task's id or full ARN, as StopTask takes it */
  task: str({ minLength: 1, maxLength: 1600 }),
  instanceId: str({ minLength: 1, maxLength: 64 }),
});
