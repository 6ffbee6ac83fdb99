import { arnName } from '../lib/arn';
import type { DeepReadonly, ServiceDeployment, SimState } from '../engine/index';
import { findRule, forwardShares } from '../engine/views';

/**
 * What the service's details show of a blue/green, linear or canary deployment: its stage, the production and
 * test weights of blue and green, the tasks of each colour, the wait left, and why ECS rolled back. Pure, read
 * off the engine's state at `now` (so it follows the time scrubber and undo).
 */
export interface TrafficShiftView {
  readonly strategy: string;
  readonly stage: string;
  readonly deploymentId: string;
  readonly rolloutState: string;
  readonly blue: {
    readonly revision: string;
    readonly tasks: number;
    readonly production: number;
    readonly test: number;
  };
  readonly green: {
    readonly revision: string;
    readonly tasks: number;
    readonly production: number;
    readonly test: number;
  };
  /** seconds left in the current canary or step bake, or the bake time (undefined: not waiting) */
  readonly waitLeft?: number;
  readonly waitLabel?: string;
  readonly rollbackReason?: string;
}

/** The share a listener rule's forward action gives `targetGroupArn`, in percent (one decimal). */
function share(state: DeepReadonly<SimState>, ruleArn: string | undefined, targetGroupArn: string): number {
  const mine = forwardShares(ruleArn ? findRule(state, ruleArn) : undefined).find(
    ([tg]) => tg === targetGroupArn,
  );
  return mine ? Math.round(mine[1] * 1000) / 10 : 0;
}

/** The newest blue/green-family deployment of the service and its view; undefined for a ROLLING service. */
export function trafficShiftView(
  state: DeepReadonly<SimState>,
  serviceArn: string,
  now: number,
): TrafficShiftView | undefined {
  const service = state.ecs.services[serviceArn];
  if (!service) return undefined;
  const green = service.deployments.find((d) => d.shift !== undefined) as
    DeepReadonly<ServiceDeployment> | undefined;
  if (!green?.shift) return undefined;
  const blue = service.deployments.find((d) => d.id === green.shift!.blueId);
  const lb = service.loadBalancers.find((l) => l.advancedConfiguration && l.targetGroupArn);
  const primaryTg = lb?.targetGroupArn ?? '';
  const tgOf = (d: DeepReadonly<ServiceDeployment> | undefined) => d?.targetGroups?.[primaryTg] ?? primaryTg;
  const live = Object.values(state.ecs.tasks).filter(
    (t) =>
      t.group === `service:${service.serviceName}` &&
      t.lastStatus === 'RUNNING' &&
      t.desiredStatus === 'RUNNING',
  );
  const count = (id: string | undefined) => live.filter((t) => t.startedBy === id).length;
  const prod = lb?.advancedConfiguration?.productionListenerRule;
  const test = lb?.advancedConfiguration?.testListenerRule;
  const { waitUntil, lifecycleStage } = green.shift;
  const waiting = waitUntil !== undefined && waitUntil > now && green.rolloutState === 'IN_PROGRESS';
  return {
    strategy: green.shift.strategy,
    stage: lifecycleStage,
    deploymentId: green.id,
    rolloutState: green.rolloutState,
    blue: {
      revision: blue ? arnName(blue.taskDefinition) : 'gone',
      tasks: count(blue?.id),
      production: share(state, prod, tgOf(blue)),
      test: share(state, test, tgOf(blue)),
    },
    green: {
      revision: arnName(green.taskDefinition),
      tasks: count(green.id),
      production: share(state, prod, tgOf(green)),
      test: share(state, test, tgOf(green)),
    },
    ...(waiting
      ? {
          waitLeft: Math.round(waitUntil! - now),
          waitLabel: lifecycleStage === 'BAKE_TIME' ? 'bake time left' : 'until the next shift',
        }
      : {}),
    ...(green.shift.rollbackReason ? { rollbackReason: green.shift.rollbackReason } : {}),
  };
}
