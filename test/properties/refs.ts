import type { SimAction, Simulation } from '../../src/engine';
import { arnName } from '../../src/lib/arn';

/**
 * A placeholder for a resource the generator cannot know in advance (its ARN or id is made at run time). The
 * runner swaps it for a real name picked from the state just before the call: `pick` indexes the candidates
 * (modulo their number), `form` chooses how the resource is written (name or ARN, id or ARN, …).
 */
export interface Ref {
  readonly $ref: RefKind;
  readonly pick: number;
  readonly form: number;
}

export type RefKind =
  | 'cluster'
  | 'taskDefinition'
  | 'containerInstance'
  /** the cluster of the container instance with the same pick, so cluster and instance agree */
  | 'containerInstanceCluster'
  | 'task'
  /** the cluster of the task with the same pick */
  | 'taskCluster'
  | 'instance'
  | 'subnet'
  /** a task definition whose compatibilities include FARGATE */
  | 'fargateTaskDefinition'
  /**
   * the networkConfiguration the task definition with the same pick needs: awsvpc subnets (all of them, or the
   * first only) for an awsvpc definition, none otherwise
   */
  | 'networkFor';

/** An action as generated: a call whose input may hold Refs, or an advance of virtual time. */
export type PlannedAction =
  | { readonly kind: 'call'; readonly service: string; readonly operation: string; readonly input: unknown }
  | { readonly kind: 'advance'; readonly seconds: number };

export const ref = (kind: RefKind, pick: number, form = 0): Ref => ({ $ref: kind, pick, form });

const isRef = (value: unknown): value is Ref =>
  typeof value === 'object' && value !== null && '$ref' in value && 'pick' in value;

/** What a Ref resolves to when the state has no candidate: a name no resource has, so the call is rejected. */
const NOTHING = 'does-not-exist';

const choose = <T>(items: ReadonlyArray<T>, pick: number): T | undefined =>
  items.length ? items[pick % items.length] : undefined;

/**
 * The written forms of every candidate of a kind, in the state's (deterministic) insertion order. A form that is
 * undefined leaves the member out of the request.
 */
function candidates(sim: Simulation, kind: RefKind): ReadonlyArray<ReadonlyArray<unknown>> {
  const { ecs, ec2 } = sim.state;
  const clusterNameOf = (arn: string) => ecs.clusters[arn]?.clusterName ?? arnName(arn);
  const subnets = Object.keys(ec2.subnets);
  switch (kind) {
    case 'cluster':
      return Object.values(ecs.clusters).map((c) => [c.clusterName, c.clusterArn]);
    case 'taskDefinition':
      return Object.values(ecs.taskDefinitions).map((td) => [
        `${td.family}:${td.revision}`,
        td.taskDefinitionArn,
        td.family,
      ]);
    case 'containerInstance':
      return Object.values(ecs.containerInstances).map((ci) => [
        ci.containerInstanceArn,
        arnName(ci.containerInstanceArn),
      ]);
    case 'containerInstanceCluster':
      return Object.values(ecs.containerInstances).map((ci) => [clusterNameOf(ci.clusterArn), ci.clusterArn]);
    case 'task':
      return Object.values(ecs.tasks).map((t) => [t.taskArn, arnName(t.taskArn)]);
    case 'taskCluster':
      return Object.values(ecs.tasks).map((t) => [clusterNameOf(t.clusterArn), t.clusterArn]);
    case 'instance':
      return Object.values(ec2.instances).map((i) => [i.InstanceId]);
    case 'subnet':
      return subnets.map((id) => [id]);
    case 'fargateTaskDefinition':
      return Object.values(ecs.taskDefinitions)
        .filter((td) => td.compatibilities.includes('FARGATE'))
        .map((td) => [`${td.family}:${td.revision}`, td.taskDefinitionArn]);
    case 'networkFor':
      return Object.values(ecs.taskDefinitions).map((td) =>
        td.networkMode === 'awsvpc'
          ? [subnets, subnets.slice(0, 1)].map((ids) => ({ awsvpcConfiguration: { subnets: ids } }))
          : [undefined],
      );
  }
}

function resolveRef(sim: Simulation, r: Ref): unknown {
  const forms = choose(candidates(sim, r.$ref), r.pick);
  if (!forms) return r.$ref === 'networkFor' ? undefined : NOTHING;
  return forms[r.form % forms.length];
}

function resolveValue(sim: Simulation, value: unknown): unknown {
  if (isRef(value)) return resolveRef(sim, value);
  if (Array.isArray(value)) return value.map((v) => resolveValue(sim, v));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .map(([k, v]) => [k, resolveValue(sim, v)])
        .filter(([, v]) => v !== undefined),
    );
  }
  return value;
}

/** Does `value` hold a Ref anywhere? Inputs without one (junk, deep nesting) are passed through untouched. */
function holdsRef(value: unknown, depth = 0): boolean {
  if (depth > 12 || typeof value !== 'object' || value === null) return false;
  if (isRef(value)) return true;
  return Object.values(value).some((v) => holdsRef(v, depth + 1));
}

/**
 * Turns a planned action into the concrete one to run now, resolving every Ref against the simulation's current
 * state. Deterministic: the same state and plan give the same action.
 */
export function resolveAction(sim: Simulation, planned: PlannedAction): SimAction {
  if (planned.kind === 'advance') return planned;
  const input = holdsRef(planned.input) ? resolveValue(sim, planned.input) : planned.input;
  return { kind: 'call', service: planned.service, operation: planned.operation, input };
}
