import type { PlacementConstraint, PlacementStrategy } from './taskDefinition';
import type { ClusterArn, ContainerInstanceArn, SimTime, TaskArn, TaskDefinitionArn } from './ids';
import type { ContainerInstance } from './ecs';

/** The checks ECS runs on each instance, in the order it runs them. */
export type PlacementCheckName =
  | 'status'
  | 'agent'
  | 'cpu'
  | 'memory'
  | 'gpu'
  | 'ports'
  | 'portsUdp'
  | 'eni'
  | 'attributes'
  | 'location'
  | 'distinctInstance'
  | 'memberOf';

export interface PlacementCheck {
  readonly check: PlacementCheckName;
  /** what the task needs, in words a learner reads ("512 CPU units", "port 80/tcp") */
  readonly required: string;
  /** what the instance offers ("1536 CPU units free", "port 80 held by task a1b2…") */
  readonly available: string;
  readonly passed: boolean;
  /** the real ECS failure reason when this check rejects (e.g. 'RESOURCE:MEMORY') */
  readonly reason?: string;
  /** for memberOf: the expression evaluated */
  readonly expression?: string;
}

export interface PlacementCandidate {
  readonly containerInstanceArn: ContainerInstanceArn;
  readonly ec2InstanceId: string;
  readonly availabilityZone: string;
  readonly instanceType: string;
  /** checks in order; evaluation stops at the first failure, as ECS filters do */
  readonly checks: ReadonlyArray<PlacementCheck>;
  readonly passed: boolean;
}

export interface StrategyStep {
  readonly strategy: PlacementStrategy;
  /** each candidate's score under this strategy, as text the explainer shows ("3 tasks in us-east-1a") */
  readonly scores: Readonly<Record<string, string>>;
  /** the candidates still tied for best after this step, best group first (instance ARNs) */
  readonly groups: ReadonlyArray<ReadonlyArray<ContainerInstanceArn>>;
  /** true for the last step when the strategies left a tie and the seeded generator picked one of the tied */
  readonly tieBreak?: boolean;
}

/** What the pipeline needs to know about the task it places, in plain data (see placement/requirement.ts). */
export interface PlacementRequirement {
  readonly cpu: number;
  readonly memory: number;
  readonly ports: ReadonlyArray<number>;
  readonly portsUdp: ReadonlyArray<number>;
  readonly eni: boolean;
  /** requiresAttributes (plus ecs.capability.task-eni for awsvpc), as `name` or `name=value` */
  readonly attributes: ReadonlyArray<string>;
  /** awsvpc only: the AZs of the request's subnets */
  readonly subnetAzs?: ReadonlyArray<string>;
}

/**
 * Enough of the inputs to re-run the explanation of any task of a large request later (sim.trace expands it).
 * One object is shared by the traces of all the request's tasks: the instance records are references to the
 * immutable records at the request's start, and `placements` are the changes its tasks made, in order; task
 * `index` of the request saw the first `index` of them.
 */
export interface PlacementReplay {
  readonly records: ReadonlyArray<ContainerInstance>;
  readonly groupTasks: ReadonlyArray<number>;
  /** per memberOf expression, per instance: the verdict (null where evaluation never got that far) */
  readonly memberOf: ReadonlyArray<ReadonlyArray<boolean | null>>;
  readonly placements: ReadonlyArray<{
    readonly index: number;
    readonly record: ContainerInstance;
    /** the instance's verdicts after the placement, when placing a task can change them (`task:group`) */
    readonly memberOf?: ReadonlyArray<boolean | null>;
  }>;
}

/**
 * How a Fargate task's AZ was chosen (the sandbox's model of AWS's best-effort AZ spread, see
 * placement/fargate.ts): the request's subnets with the live Fargate task counts in their AZ at decision time.
 */
export interface FargateChoice {
  /** the request's subnets, in request order */
  readonly subnets: ReadonlyArray<{
    readonly subnetId: string;
    readonly availabilityZone: string;
    /** live Fargate tasks of the task's group in this cluster and AZ, before this task: what the choice counts */
    readonly groupTasks: number;
    /** live Fargate tasks of any group in this cluster and AZ, before this task (context only) */
    readonly clusterTasks: number;
  }>;
  readonly chosenSubnetId: string;
  readonly chosenAvailabilityZone: string;
  /** the AZs holding the fewest tasks of the group; more than one means the seeded generator broke the tie */
  readonly tiedAvailabilityZones: ReadonlyArray<string>;
  /** a sentence in our words */
  readonly why: string;
}

/** Everything the placement pipeline decided for one task of one request, placed or not. */
export interface PlacementTrace {
  readonly id: string;
  readonly at: SimTime;
  readonly clusterArn: ClusterArn;
  readonly taskDefinitionArn: TaskDefinitionArn;
  readonly group: string;
  /** index of the task within its request (0-based) and the request's count */
  readonly index: number;
  readonly count: number;
  readonly launchType: 'EC2' | 'FARGATE';
  readonly requirement: PlacementRequirement;
  readonly constraints: ReadonlyArray<PlacementConstraint>;
  readonly strategies: ReadonlyArray<PlacementStrategy>;
  /** how many container instances were considered */
  readonly candidateCount: number;
  /** how many instances each failure reason rejected */
  readonly rejected: Readonly<Record<string, number>>;
  /**
   * Every instance with its checks. Each instance's checks stop at its first failing check, as ECS's filters
   * do, so a rejected instance shows exactly one failed check, the last. In a stored compact trace (`replay`
   * set) this holds only the chosen instance; `sim.trace` returns the expanded, complete trace.
   */
  readonly candidates: ReadonlyArray<PlacementCandidate>;
  /** strategy steps in order; in a compact trace only the best group's scores are kept */
  readonly steps: ReadonlyArray<StrategyStep>;
  readonly chosen?: ContainerInstanceArn;
  readonly taskArn?: TaskArn;
  /** when nothing was chosen: the real reason and a sentence in our words */
  readonly failure?: { readonly reason: string; readonly message: string };
  /** Fargate: the AZ choice (no instances, no strategies) */
  readonly fargate?: FargateChoice;
  /** present on compact traces only: what expanding needs */
  readonly replay?: PlacementReplay;
}
