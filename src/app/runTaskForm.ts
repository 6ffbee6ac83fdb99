import {
  isAwsError,
  listContainerInstanceArns,
  type InputOf,
  type PlacementConstraint,
  type PlacementStrategy,
  type Simulation,
} from '../engine/index';

export type StrategyType = 'binpack' | 'spread' | 'random';

export interface StrategyRow {
  readonly type: StrategyType;
  readonly field: string;
}

export interface RunTaskForm {
  readonly cluster: string;
  readonly taskDefinition: string;
  readonly count: number;
  /** CLUSTER_DEFAULT sends neither a launch type nor a strategy: the cluster's default capacity provider strategy applies */
  readonly launchType: 'EC2' | 'FARGATE' | 'CLUSTER_DEFAULT';
  readonly strategies: ReadonlyArray<StrategyRow>;
  readonly distinctInstance: boolean;
  readonly memberOf: string;
  readonly subnets: ReadonlyArray<string>;
}

/** Fields each strategy type takes, as ECS accepts them. */
export const STRATEGY_FIELDS: Readonly<Record<StrategyType, ReadonlyArray<string>>> = {
  binpack: ['memory', 'cpu'],
  spread: ['attribute:ecs.availability-zone', 'instanceId', 'attribute:ecs.instance-type'],
  random: [],
};

export const MAX_STRATEGIES = 5;

/** The RunTask request the form describes, spelled as `aws ecs run-task --cli-input-json` takes it. */
export function runTaskInput(form: RunTaskForm): InputOf<'ecs', 'RunTask'> {
  // placement applies on EC2 capacity, which a cluster default strategy may also be (an Auto Scaling group's)
  const ec2 = form.launchType !== 'FARGATE';
  const placementStrategy = form.strategies.map((s): PlacementStrategy =>
    s.type === 'random' ? { type: 'random' } : { type: s.type, field: s.field },
  );
  const placementConstraints: PlacementConstraint[] = [];
  if (form.distinctInstance) placementConstraints.push({ type: 'distinctInstance' });
  if (form.memberOf.trim()) placementConstraints.push({ type: 'memberOf', expression: form.memberOf.trim() });
  return {
    cluster: form.cluster,
    taskDefinition: form.taskDefinition,
    count: form.count,
    ...(form.launchType === 'CLUSTER_DEFAULT' ? {} : { launchType: form.launchType }),
    ...(ec2 && placementStrategy.length ? { placementStrategy } : {}),
    ...(ec2 && placementConstraints.length ? { placementConstraints } : {}),
    ...(form.subnets.length
      ? {
          networkConfiguration: {
            awsvpcConfiguration: { subnets: [...form.subnets], assignPublicIp: 'DISABLED' as const },
          },
        }
      : {}),
  };
}

/** Moves the strategy at `index` up (-1) or down (+1); out-of-range moves leave the list as it is. */
export function moveStrategy(
  rows: ReadonlyArray<StrategyRow>,
  index: number,
  by: -1 | 1,
): ReadonlyArray<StrategyRow> {
  const to = index + by;
  if (index < 0 || index >= rows.length || to < 0 || to >= rows.length) return rows;
  const next = [...rows];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

export type MemberOfMatch =
  | { readonly kind: 'empty' }
  | { readonly kind: 'matches'; readonly arns: ReadonlySet<string> }
  | { readonly kind: 'error'; readonly message: string };

/**
 * Which container instances a memberOf expression selects, by ListContainerInstances' own filtering read
 * straight off the current state: no call (the goal tracker reads the call history) and no fork (a copy of
 * the whole state on every keystroke and playback frame).
 */
export function matchMemberOf(sim: Simulation, cluster: string, expression: string): MemberOfMatch {
  if (!expression.trim()) return { kind: 'empty' };
  try {
    return { kind: 'matches', arns: new Set(listContainerInstanceArns(sim.state, cluster, expression)) };
  } catch (e) {
    // the engine's message names its own field ("filter: …"); the form's field is the memberOf expression
    return { kind: 'error', message: isAwsError(e) ? e.message.replace(/^filter: /, '') : String(e) };
  }
}

/** The outcome of a RunTask in one sentence; ECS lists a failure per instance that turned a task down. */
export function placedSummary(placed: number, requested: number, failureEntries: number): string {
  const unplaced = Math.max(0, requested - placed);
  const head = `${placed} of ${requested} task${requested === 1 ? '' : 's'} placed`;
  if (!unplaced) return `${head}.`;
  const entries = failureEntries
    ? ` ECS lists ${failureEntries} failure${failureEntries === 1 ? '' : 's'} below: one per instance and reason, not per task.`
    : '';
  return `${head}; ${unplaced} could not be placed.${entries}`;
}

/** The same request as an `aws` command line, so learners see what they would type against AWS. */
export function runTaskCommand(form: RunTaskForm): string {
  const parts = [
    'aws ecs run-task',
    `--cluster ${form.cluster}`,
    `--task-definition ${form.taskDefinition}`,
    `--count ${form.count}`,
    ...(form.launchType === 'CLUSTER_DEFAULT' ? [] : [`--launch-type ${form.launchType}`]),
  ];
  const input = runTaskInput(form);
  const strategies = input.placementStrategy;
  if (strategies) {
    parts.push(
      `--placement-strategy ${strategies.map((s) => (s.field ? `type=${s.type},field=${s.field}` : `type=${s.type}`)).join(' ')}`,
    );
  }
  const constraints = input.placementConstraints;
  if (constraints) {
    parts.push(
      `--placement-constraints ${constraints.map((c) => (c.expression ? `'type=${c.type},expression="${c.expression}"'` : `type=${c.type}`)).join(' ')}`,
    );
  }
  if (form.subnets.length) {
    parts.push(`--network-configuration "awsvpcConfiguration={subnets=[${form.subnets.join(',')}]}"`);
  }
  return parts.join(' \\\n  ');
}

/**
 * The task definition the form should show when the registered revisions change: the learner's own pick while
 * it still exists, else the newest revision (the last registered), so a freshly registered revision is followed
 * only until the learner chooses one themselves.
 */
export function followTaskDefinition(
  current: string,
  pickedByLearner: boolean,
  available: ReadonlyArray<string>,
): string {
  if (pickedByLearner && available.includes(current)) return current;
  return available.at(-1) ?? '';
}

/** The names of the ACTIVE clusters, for a form's Cluster field. */
export const activeClusterNames = (sim: Simulation): string[] =>
  Object.values(sim.state.ecs.clusters)
    .filter((c) => c.status === 'ACTIVE')
    .map((c) => c.clusterName);

/** `family:revision` of every ACTIVE task definition, in registration order, for a form's Task definition field. */
export const activeTaskDefinitions = (sim: Simulation): string[] =>
  Object.values(sim.state.ecs.taskDefinitions)
    .filter((td) => td.status === 'ACTIVE')
    .map((td) => `${td.family}:${td.revision}`);
