import type { PlacementConstraint, PlacementStrategy } from './taskDefinition';
import type { ClusterArn, ContainerInstanceArn, SimTime, TaskArn, TaskDefinitionArn } from './ids';

/** The checks ECS runs on each instance, in the order it runs them. */
export type PlacementCheckName =
  | 'status'
  | 'agent'
  | 'cpu'
  | 'memory'
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
  readonly requirement: {
    readonly cpu: number;
    readonly memory: number;
    readonly ports: ReadonlyArray<number>;
    readonly portsUdp: ReadonlyArray<number>;
    readonly eni: boolean;
    readonly attributes: ReadonlyArray<string>;
  };
  readonly constraints: ReadonlyArray<PlacementConstraint>;
  readonly strategies: ReadonlyArray<PlacementStrategy>;
  readonly candidates: ReadonlyArray<PlacementCandidate>;
  readonly steps: ReadonlyArray<StrategyStep>;
  readonly chosen?: ContainerInstanceArn;
  readonly taskArn?: TaskArn;
  /** when nothing was chosen: the real reason and a sentence in our words */
  readonly failure?: { readonly reason: string; readonly message: string };
}
