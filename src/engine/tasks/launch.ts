import { requireCluster } from '../arns';
import { AwsError } from '../errors';
import { laterHooks } from '../laterHooks';
import type { EngineContext } from '../context';
import type { Subnet } from '../model/ec2';
import type { Cluster, ContainerInstance, Task } from '../model/ecs';
import type { PlacementConstraint, PlacementStrategy, TaskDefinition } from '../model/taskDefinition';
import type { TaskReservation } from '../resources';
import type { SimState } from '../state';
import { resolveTaskDefinition, taskReservation } from '../taskDefinitions';
import { storeNewTask, type TaskSpec } from './createTask';
import { NONE } from './empty';
import { applyOverrides, checkOverrides, type TaskOverride } from './overrides';

type Tag = { readonly key: string; readonly value: string };

/** The members RunTask and StartTask share. */
export interface LaunchInput {
  readonly cluster?: string;
  readonly taskDefinition: string;
  readonly group?: string;
  readonly startedBy?: string;
  readonly networkConfiguration?: {
    readonly awsvpcConfiguration?: {
      readonly subnets: ReadonlyArray<string>;
      readonly securityGroups?: ReadonlyArray<string>;
      readonly assignPublicIp?: 'ENABLED' | 'DISABLED';
    };
  };
  readonly overrides?: TaskOverride;
  readonly tags?: ReadonlyArray<{ readonly key: string; readonly value?: string }>;
  readonly enableECSManagedTags?: boolean;
  readonly propagateTags?: 'TASK_DEFINITION' | 'SERVICE' | 'NONE';
  readonly referenceId?: string;
  readonly enableExecuteCommand?: boolean;
}

/** A request checked against the account: what to run, where its ENIs may go, and the task's fixed facts. */
export interface Launch {
  readonly cluster: Cluster;
  /** the stored definition */
  readonly definition: TaskDefinition;
  /** the definition with the request's overrides applied */
  readonly effective: TaskDefinition;
  readonly reservation: TaskReservation;
  readonly group: string;
  /** awsvpc: the request's subnets, in order */
  readonly subnets?: ReadonlyArray<Subnet>;
  readonly spec: Omit<
    TaskSpec,
    'launchType' | 'placementConstraints' | 'placementStrategy' | 'platformVersion'
  >;
}

const clientError = (message: string, field?: string) => new AwsError('ClientException', message, field);
const invalid = (message: string, field?: string) =>
  new AwsError('InvalidParameterException', message, field);

function definitionFor(state: SimState, ref: string, launchType: 'EC2' | 'FARGATE'): TaskDefinition {
  const td = resolveTaskDefinition(state, ref);
  if (!td) {
    throw clientError(
      `Unable to describe task definition. Nothing is registered as '${ref}'; ` +
        `ListTaskDefinitions shows what is (use family, family:revision or the ARN).`,
      'taskDefinition',
    );
  }
  if (td.status !== 'ACTIVE') {
    throw clientError(
      `TaskDefinition is inactive: ${td.family}:${td.revision} was deregistered, so no new task can use it. ` +
        `Run an ACTIVE revision instead.`,
      'taskDefinition',
    );
  }
  if (!td.compatibilities.includes(launchType)) {
    throw clientError(
      `Task definition does not support launch_type ${launchType}. ${td.family}:${td.revision} is compatible ` +
        `with ${td.compatibilities.join(', ') || 'nothing'}; register it with requiresCompatibilities ` +
        `["${launchType}"] or choose another launch type.`,
      'launchType',
    );
  }
  return td;
}

function subnetsFor(
  state: SimState,
  td: TaskDefinition,
  input: LaunchInput,
): ReadonlyArray<Subnet> | undefined {
  const config = input.networkConfiguration?.awsvpcConfiguration;
  if (td.networkMode === 'awsvpc' && !input.networkConfiguration) {
    throw invalid(
      `Network Configuration must be provided when networkMode 'awsvpc' is specified. ` +
        `Add networkConfiguration.awsvpcConfiguration with at least one subnet.`,
      'networkConfiguration',
    );
  }
  if (td.networkMode !== 'awsvpc' && input.networkConfiguration) {
    throw invalid(
      `Network Configuration is not valid for the given networkMode of this task definition. ` +
        `${td.family}:${td.revision} uses networkMode '${td.networkMode}'; remove networkConfiguration.`,
      'networkConfiguration',
    );
  }
  if (!config) return undefined;
  const subnets = config.subnets.map((id, i) => {
    const subnet = state.ec2.subnets[id];
    if (!subnet) {
      throw invalid(
        `The subnet '${id}' in networkConfiguration.awsvpcConfiguration.subnets[${i}] does not exist. ` +
          `DescribeSubnets lists the subnets of this account.`,
        `networkConfiguration.awsvpcConfiguration.subnets[${i}]`,
      );
    }
    return subnet;
  });
  if (new Set(subnets.map((s) => s.VpcId)).size > 1) {
    throw invalid(
      'The subnets of networkConfiguration.awsvpcConfiguration must all be in the same VPC.',
      'networkConfiguration.awsvpcConfiguration.subnets',
    );
  }
  return subnets;
}

function tagsFor(cluster: Cluster, td: TaskDefinition, input: LaunchInput): ReadonlyArray<Tag> {
  const tags: Tag[] = (input.tags ?? []).map((t) => ({ key: t.key, value: t.value ?? '' }));
  if (input.propagateTags === 'TASK_DEFINITION') {
    for (const t of td.tags ?? []) if (!tags.some((own) => own.key === t.key)) tags.push(t);
  }
  if (input.enableECSManagedTags) tags.push({ key: 'aws:ecs:clusterName', value: cluster.clusterName });
  return tags.length ? tags : NONE;
}

/** The overrides of a task launched without any, as DescribeTasks shows them; one frozen object for all. */
const NO_OVERRIDES = Object.freeze({ containerOverrides: NONE, inferenceAcceleratorOverrides: NONE });

/**
 * Checks what RunTask and StartTask have in common against the account and returns what placement and task
 * creation need. Throws the real ECS errors (cluster not found, definition missing/inactive/incompatible,
 * network configuration missing or not allowed, unknown subnet, override of an unknown container).
 */
export function prepareLaunch(state: SimState, input: LaunchInput, launchType: 'EC2' | 'FARGATE'): Launch {
  const cluster = requireCluster(state, input.cluster);
  const definition = definitionFor(state, input.taskDefinition, launchType);
  const subnets = subnetsFor(state, definition, input);
  checkOverrides(definition, input.overrides);
  const effective = applyOverrides(definition, input.overrides);
  const reservation = taskReservation(effective);
  const group = input.group ?? `family:${definition.family}`;
  return {
    cluster,
    definition,
    effective,
    reservation,
    group,
    ...(subnets ? { subnets } : {}),
    spec: {
      cluster,
      taskDefinition: effective,
      group,
      ...(input.startedBy !== undefined ? { startedBy: input.startedBy } : {}),
      overrides: input.overrides
        ? { containerOverrides: [], inferenceAcceleratorOverrides: [], ...input.overrides }
        : NO_OVERRIDES,
      tags: tagsFor(cluster, definition, input),
      reservation,
      ...(input.networkConfiguration?.awsvpcConfiguration?.securityGroups?.length
        ? { securityGroups: input.networkConfiguration.awsvpcConfiguration.securityGroups }
        : {}),
      ...(input.networkConfiguration?.awsvpcConfiguration?.assignPublicIp === 'ENABLED'
        ? { assignPublicIp: 'ENABLED' as const }
        : {}),
    },
  };
}

/**
 * Creates the task of an EC2 launch on the instance placement chose (resources already reserved). An awsvpc
 * task's ENI goes in the first request subnet in the instance's AZ that has a free address (tasks/eni.ts).
 */
export function createTaskOn(
  ctx: EngineContext,
  launch: Launch,
  instance: ContainerInstance,
  traceId: string,
  placement: {
    readonly constraints: ReadonlyArray<PlacementConstraint>;
    readonly strategies: ReadonlyArray<PlacementStrategy>;
  },
  held: TaskReservation,
  capacityProviderName?: string,
  /** a task that waited in PROVISIONING and is placed now: it keeps its ARN and creation time */
  waited?: Task,
): Task {
  const az = instance.attributes.find((a) => a.name === 'ecs.availability-zone')?.value;
  const subnet = laterHooks.pickEniSubnet(
    ctx,
    (launch.subnets ?? []).filter((s) => s.AvailabilityZone === az),
  );
  return storeNewTask(
    ctx,
    launch.spec,
    {
      launchType: 'EC2',
      placementConstraints: placement.constraints,
      placementStrategy: placement.strategies,
      ...(capacityProviderName !== undefined ? { capacityProviderName } : {}),
    },
    { kind: 'instance', instance, held, ...(subnet ? { subnet } : {}) },
    traceId,
    waited,
  );
}
