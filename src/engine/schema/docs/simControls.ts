import { clusterDoc } from './clusters';
import type { SchemaDocs } from './schemaDocs';

/** Hover text for the sim service's teaching controls (schema/simControls.ts). */

export const failInstanceDocs: SchemaDocs = {
  '':
    'Simulator control: the hardware under an EC2 instance fails. EC2 stops the instance, its ECS agent ' +
    'disconnects (the container instance stays registered, so placement skips it with AGENT), and every task ' +
    'on it stops with stopCode TerminationNotice and the reason "Host EC2 (instance …) stopped.". Services ' +
    'then start replacements elsewhere. Sandbox model: AWS stops a failed instance after a status check ' +
    'failure or a retirement notice; here it happens at once, and the stop code is our choice (AWS documents ' +
    'none for a stopped host).',
  instanceId: 'The EC2 instance id (i-…) of a pending or running instance.',
};

export const exitContainerDocs: SchemaDocs = {
  '': 'Simulator control: one container of a RUNNING task exits now, as if its process had crashed. An essential container\'s exit stops the task (stopCode EssentialContainerExited, "Essential container in task exited"); any other container\'s exit leaves the task running.',
  cluster: clusterDoc,
  task: 'The RUNNING task: its id or full ARN.',
  containerName: "The name of one of the task's containers that is still running.",
  exitCode: 'The exit code the container reports (0–255). Default 1.',
  reason: 'The container-level reason DescribeTasks shows. Default: a note that the sandbox made it exit.',
};

export const failAvailabilityZoneDocs: SchemaDocs = {
  '':
    'Simulator control: an Availability Zone goes down. Every pending or running EC2 instance in it fails as ' +
    'with FailInstance (stopped, agent disconnected, tasks stopped with TerminationNotice), every Fargate task ' +
    'in it stops (TerminationNotice), and until RestoreAvailabilityZone nothing new starts there: Fargate ' +
    'places tasks in the other AZs of their subnets and RunInstances into the zone fails with ' +
    'InsufficientInstanceCapacity. Services replace their lost tasks in the other AZs. Sandbox model: AWS ' +
    'does not document what an AZ outage does step by step; here it all happens at once.',
  availabilityZone: 'The zone to fail, e.g. us-east-1a (one of the zones DescribeSubnets lists).',
};

export const restoreAvailabilityZoneDocs: SchemaDocs = {
  '':
    'Simulator control: ends an outage started with FailAvailabilityZone. New instances and Fargate tasks can ' +
    'start in the zone again; what failed stays stopped.',
  availabilityZone: 'The failed zone to bring back, e.g. us-east-1a.',
};

export const interruptSpotDocs: SchemaDocs = {
  '':
    "Simulator control: AWS takes Spot capacity back, with two minutes' warning. For a Fargate Spot task " +
    '(cluster and task, or cluster alone for all of them) ECS sends the warning as a task state change event ' +
    'and SIGTERM now; the containers get their stopTimeout (at most 120 s) and the task stops with stopCode ' +
    'TerminationNotice and "Your Spot Task was interrupted."; a service replaces it. For a Spot Instance ' +
    '(instanceId) EC2 gives the interruption notice and terminates it 120 s later; with ' +
    'ECS_ENABLE_SPOT_INSTANCE_DRAINING=true in ecs.config the agent sets the container instance to DRAINING at ' +
    'the notice, so services move their tasks first.',
  cluster: `${clusterDoc} With no task and no instanceId: interrupt every Fargate Spot task of this cluster.`,
  task: 'A Fargate Spot task (launched with capacity provider FARGATE_SPOT) that is still running: its id or full ARN.',
  instanceId:
    'A pending or running Spot Instance (launched with InstanceMarketOptions MarketType spot): its id (i-…).',
};
