import type { DesiredStatus, TargetHealthState, TaskStatus } from '../../engine/index';

/** How instances are grouped into bands: by AZ, by instance type, or by the value of any attribute. */
export type GroupBy = 'availabilityZone' | 'instanceType' | `attribute:${string}`;

/** The three task states a learner tells apart on the map (ECS's eight statuses folded by what they mean). */
export type TaskPhase = 'pending' | 'running' | 'stopping';

/** What an instance can do right now, with its agent's story folded in. */
export type InstanceCondition =
  | 'active'
  | 'draining'
  | 'disconnected'
  | 'registering'
  | 'booting'
  | 'waiting'
  | 'agent-error'
  | 'no-agent'
  | 'stopped';

/** Part of a resource held by tasks, out of what the instance registered. */
export interface Usage {
  readonly used: number;
  readonly total: number;
}

export interface TaskView {
  /** the task ARN (the join key) */
  readonly key: string;
  /** family:revision, as the console shows it */
  readonly label: string;
  /** the colour category: the task group (`service:web` or `family:web`) */
  readonly category: string;
  /** the category's palette index and the letter drawn on the block */
  readonly categoryIndex: number;
  readonly letter: string;
  readonly lastStatus: TaskStatus;
  readonly desiredStatus: DesiredStatus;
  readonly phase: TaskPhase;
  /** where the task is, in words ("on i-0abc12… in us-east-1b", "on Fargate in us-east-1c") */
  readonly where: string;
  /** CPU units and MiB the task holds */
  readonly reserved: { readonly cpu: number; readonly memory: number };
  readonly ariaLabel: string;
  readonly tooltip: ReadonlyArray<string>;
  readonly selected: boolean;
  /** a service task while its service has more than one deployment: of the PRIMARY one (new) or an older one */
  readonly deployment?: 'old' | 'new';
  /** the health of the load balancer target a service registered for the task (the worst of its targets) */
  readonly target?: TargetHealthState;
  /** the capacity provider the task was launched through: FARGATE, FARGATE_SPOT or an Auto Scaling group's */
  readonly capacityProvider?: string;
  /** set when the task runs on Spot capacity: launched through FARGATE_SPOT, or placed on a Spot Instance */
  readonly spot?: 'fargate' | 'instance';
}

export interface InstanceView {
  /** the EC2 instance id: stable from launch, before and after the agent registers */
  readonly key: string;
  readonly containerInstanceArn?: string;
  readonly title: string;
  /** the EC2 Name tag, when set */
  readonly name?: string;
  readonly instanceType: string;
  readonly availabilityZone: string;
  readonly condition: InstanceCondition;
  readonly statusText: string;
  /** absent until the agent registers resources */
  readonly cpu?: Usage;
  readonly memory?: Usage;
  readonly eni?: Usage;
  /** static host ports held by tasks (agent-reserved ports left out) */
  readonly ports: ReadonlyArray<string>;
  readonly highlighted: boolean;
  /** the capacity provider its container instance belongs to (an Auto Scaling group provider), when any */
  readonly capacityProvider?: string;
  /** a Spot Instance (EC2 `InstanceLifecycle: spot`); absent means On-Demand */
  readonly spot?: boolean;
  readonly tasks: ReadonlyArray<TaskView>;
  readonly tooltip: ReadonlyArray<string>;
}

/** A row of tasks that sit on no instance of the map: Fargate tasks of one AZ, or tasks waiting for capacity. */
export interface LaneView {
  readonly key: string;
  readonly kind: 'fargate' | 'unplaced';
  readonly label: string;
  readonly tasks: ReadonlyArray<TaskView>;
}

export interface GroupView {
  readonly key: string;
  readonly label: string;
  readonly instances: ReadonlyArray<InstanceView>;
  readonly lanes: ReadonlyArray<LaneView>;
}

/** How many of each capacity mark the map shows, so the legend explains only the marks on it and the summary counts Spot. */
export interface CapacityCounts {
  /** tasks launched through FARGATE_SPOT (drawn with the "S" corner) */
  readonly fargateSpotTasks: number;
  /** tasks placed on Spot Instances */
  readonly tasksOnSpotInstances: number;
  /** instances with the "Spot" badge */
  readonly spotInstances: number;
  /** instances with a "CP <name>" badge */
  readonly providerInstances: number;
}

/** One colour category in the legend: a task group, its palette index and the letter drawn on its tasks. */
export interface CategoryView {
  readonly key: string;
  readonly label: string;
  readonly index: number;
  readonly letter: string;
}

export interface ClusterMapModel {
  readonly groupBy: GroupBy;
  /** what the groups are, in words ("availability zone") */
  readonly groupNoun: string;
  readonly groups: ReadonlyArray<GroupView>;
  /** categories of the tasks on the map, in palette order */
  readonly categories: ReadonlyArray<CategoryView>;
  readonly capacity: CapacityCounts;
  /** one or two sentences for the chart's accessible name */
  readonly summary: string;
}
