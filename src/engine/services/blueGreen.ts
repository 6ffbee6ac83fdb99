import { arnName } from '../../lib/arn';
import type { EngineContext } from '../context';
import { actionsOf, findRule, setActions } from '../elbv2/listenerRules';
import type { ListenerAction } from '../model/elbv2';
import type { Task } from '../model/ecs';
import type {
  DeploymentShift,
  LifecycleStage,
  Service,
  ServiceDeployment,
  ShiftConfiguration,
} from '../model/service';
import type { SimState } from '../state';
import { isHealthy, isServing } from './health';
import { freeStops, healthOf, mayStart, type Plan } from './plan';
import { withEvent } from './record';
import { groupOf } from './targets';
import { isShifting } from './shiftHooks';
import { scalingActivity } from './messages';

/**
 * The ECS controller's BLUE_GREEN, LINEAR and CANARY strategies (AWS: "Amazon ECS blue/green deployments",
 * "linear deployments", "canary deployments"). A new deployment (green) starts at the full desired count beside
 * the one serving (blue), its tasks join the alternate target group, and production traffic moves by reweighting
 * the production listener's forward action: all at once, canary then the rest, or in equal steps. Blue keeps
 * running through the bake time, so a rollback is only a weight change; then blue is scaled down.
 *
 * The sandbox's model where AWS leaves things open: lifecycle hooks are not run (their stages pass at once); the
 * production and test rules may be a listener's default rule; alarms are looked at once a minute and only an alarm that
 * went into ALARM after the deployment started rolls it back; without a bake time LINEAR and CANARY do not bake.
 */

/** How often a shifting deployment looks at its alarms (they are evaluated once a minute). */
export const ALARM_POLL_SECONDS = 60;

const STAGE_ORDER: ReadonlyArray<LifecycleStage> = [
  'RECONCILE_SERVICE',
  'PRE_SCALE_UP',
  'SCALE_UP',
  'POST_SCALE_UP',
  'TEST_TRAFFIC_SHIFT',
  'POST_TEST_TRAFFIC_SHIFT',
  'PRODUCTION_TRAFFIC_SHIFT',
  'POST_PRODUCTION_TRAFFIC_SHIFT',
  'BAKE_TIME',
  'CLEAN_UP',
];

/** The stages in which alarms are watched (green exists and may take traffic). */
const WATCHED = new Set<LifecycleStage>(STAGE_ORDER.slice(2, 9));

/** The identity mapping a first blue/green deployment gets (its tasks join the primary target groups). */
export function homeTargetGroups(service: Pick<Service, 'loadBalancers'>): Record<string, string> {
  return Object.fromEntries(
    service.loadBalancers.flatMap((lb) =>
      lb.targetGroupArn ? [[lb.targetGroupArn, lb.targetGroupArn]] : [],
    ),
  );
}

/** Green's target groups: for each load balancer, the one of the pair blue does not use. */
function otherTargetGroups(service: Service, blue: ServiceDeployment): Record<string, string> {
  return Object.fromEntries(
    service.loadBalancers.flatMap((lb) => {
      const primary = lb.targetGroupArn;
      const alternate = lb.advancedConfiguration?.alternateTargetGroupArn;
      if (!primary) return [];
      if (!alternate) return [[primary, primary]];
      return [[primary, groupOf(blue, primary) === primary ? alternate : primary]];
    }),
  );
}

/**
 * The deployment a blue/green-family UpdateService starts: green's target groups and its shift, waiting in
 * PRE_SCALE_UP. `blue` is the deployment that holds production traffic now.
 */
export function greenDeployment(
  service: Service,
  green: ServiceDeployment,
  blue: ServiceDeployment,
  config: ShiftConfiguration,
): ServiceDeployment {
  return {
    ...green,
    targetGroups: otherTargetGroups(service, blue),
    shift: {
      strategy: config.strategy,
      lifecycleStage: 'PRE_SCALE_UP',
      productionPercent: 0,
      testOnGreen: false,
      blueId: blue.id,
      peakPercent: 0,
    },
  };
}

/** The deployment that serves production now: blue while a shifting primary has less than 100 %, else the primary. */
export function servingDeployment(service: Service): ServiceDeployment | undefined {
  const primary = service.deployments[0];
  if (!isShifting(primary) || primary.shift.productionPercent >= 100) return primary;
  return service.deployments.find((d) => d.id === primary.shift.blueId) ?? primary;
}

/** Listener weights: whole percents when possible, else tenths (a weight is at most 999). */
function weights(greenPercent: number): [number, number] {
  if (Number.isInteger(greenPercent)) return [100 - greenPercent, greenPercent];
  const green = Math.round(greenPercent * 10);
  return [1000 - green, green];
}

/** Points the listener rule's forward action at blue and green with green getting `greenPercent`. */
function reweight(
  ctx: EngineContext,
  ruleArn: string | undefined,
  blueTg: string,
  greenTg: string,
  greenPercent: number,
) {
  const rule = ruleArn ? findRule(ctx.state, ruleArn) : undefined;
  if (!rule || blueTg === greenTg) return;
  const [b, g] = weights(greenPercent);
  const forward: ListenerAction = {
    Type: 'forward',
    ForwardConfig: {
      TargetGroups: [
        { TargetGroupArn: blueTg, Weight: b },
        { TargetGroupArn: greenTg, Weight: g },
      ],
    },
  };
  const actions = actionsOf(rule);
  const others = actions.filter((a) => a.Type !== 'forward');
  const order = actions.find((a) => a.Type === 'forward')?.Order;
  setActions(ctx, rule, [...others, order !== undefined ? { ...forward, Order: order } : forward]);
}

/** Sets the production (and test) listener rules of every load balancer of the service. */
function setTraffic(
  ctx: EngineContext,
  service: Service,
  blue: ServiceDeployment | undefined,
  green: ServiceDeployment,
  productionPercent: number,
  testOnGreen: boolean,
): void {
  for (const lb of service.loadBalancers) {
    const adv = lb.advancedConfiguration;
    if (!lb.targetGroupArn || !adv) continue;
    const blueTg = groupOf(blue, lb.targetGroupArn);
    const greenTg = groupOf(green, lb.targetGroupArn);
    reweight(ctx, adv.productionListenerRule, blueTg, greenTg, productionPercent);
    if (adv.testListenerRule && adv.testListenerRule !== adv.productionListenerRule)
      reweight(ctx, adv.testListenerRule, blueTg, greenTg, testOnGreen ? 100 : 0);
  }
}

/** The alarm of `deploymentConfiguration.alarms` that went into ALARM since `since`, if rollback is on. */
function firingAlarm(
  state: SimState,
  config: ShiftConfiguration | undefined,
  since: number,
): string | undefined {
  if (!config || !config.alarms.enable || !config.alarms.rollback) return undefined;
  return config.alarms.alarmNames.find((name) => {
    const alarm = state.cloudwatch.alarms[name];
    return alarm?.StateValue === 'ALARM' && alarm.StateUpdatedAt >= since;
  });
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The production share after the current one: the first shift, then the next step (undefined: none). */
function nextPercent(config: ShiftConfiguration, from: number): { percent: number; waitMinutes: number } {
  if (config.strategy === 'BLUE_GREEN') return { percent: 100, waitMinutes: 0 };
  if (config.strategy === 'CANARY') {
    return from === 0
      ? { percent: config.canaryPercent!, waitMinutes: config.canaryBakeTimeInMinutes! }
      : { percent: 100, waitMinutes: 0 };
  }
  const percent = Math.min(100, round1(from + config.stepPercent!));
  return { percent, waitMinutes: percent < 100 ? config.stepBakeTimeInMinutes! : 0 };
}

const stageEvent = (service: string, id: string, stage: LifecycleStage, detail = '') =>
  `(service ${service}) deployment ${id} is in lifecycle stage ${stage}${detail ? `: ${detail}` : ''}.`;

/** Sends all traffic back to blue and makes blue the primary deployment again; green's tasks stop next. */
function rollBack(ctx: EngineContext, service: Service, reason: string): Service {
  const [green, ...older] = service.deployments as [ServiceDeployment, ...ServiceDeployment[]];
  const blue = older.find((d) => d.id === green.shift!.blueId);
  setTraffic(ctx, service, blue, green, 0, false);
  const failed: ServiceDeployment = {
    ...green,
    rolloutState: 'FAILED',
    rolloutStateReason: `ECS deployment ${green.id} rolled back: ${reason}`,
    updatedAt: ctx.now,
    shift: {
      ...green.shift!,
      productionPercent: 0,
      testOnGreen: false,
      rollbackReason: reason,
      waitUntil: undefined,
    },
  };
  ctx.emit({
    type: 'TrafficShifted',
    at: ctx.now,
    serviceArn: service.serviceArn,
    deploymentId: green.id,
    taskDefinition: green.taskDefinition,
    productionPercent: 0,
    lifecycleStage: failed.shift!.lifecycleStage,
    rollbackReason: reason,
  });
  const deployments = blue ? [blue, failed, ...older.filter((d) => d !== blue)] : [failed, ...older];
  const next = { ...service, deployments };
  return withEvent(
    ctx,
    next,
    `(service ${service.serviceName}) rolled back deployment ${green.id}: ${reason}. All production traffic is back on ` +
      `${blue ? arnName(blue.taskDefinition) : 'the previous revision'}.`,
  );
}

/**
 * Moves the primary deployment through its lifecycle stages as far as it can go now (stages without anything to
 * wait for pass at once), shifting traffic and rolling back on an alarm. Returns the service unchanged when
 * the primary deployment is not shifting.
 */
export function advanceShift(ctx: EngineContext, service: Service, tasks: ReadonlyArray<Task>): Service {
  let next = service;
  for (let guard = 0; guard < STAGE_ORDER.length + 2; guard += 1) {
    const green = next.deployments[0];
    if (!isShifting(green)) return next;
    const config = next.deploymentConfiguration.shift;
    const shift = green.shift;
    const blue = next.deployments.find((d) => d.id === shift.blueId);
    if (WATCHED.has(shift.lifecycleStage)) {
      const alarm = firingAlarm(ctx.state, config, green.createdAt);
      if (alarm)
        return rollBack(
          ctx,
          next,
          `CloudWatch alarm ${alarm} went into ALARM during ${shift.lifecycleStage}`,
        );
    }
    const moved = step(ctx, next, green, blue, config, tasks);
    if (!moved) return next;
    next = moved;
  }
  return next;
}

/** One stage transition, or undefined when the stage waits (for green's tasks or a bake time). */
function step(
  ctx: EngineContext,
  service: Service,
  green: ServiceDeployment & { shift: DeploymentShift },
  blue: ServiceDeployment | undefined,
  config: ShiftConfiguration | undefined,
  tasks: ReadonlyArray<Task>,
): Service | undefined {
  const shift = green.shift;
  const set = (patch: Partial<DeploymentShift>, detail?: string): Service => {
    const updated: ServiceDeployment = { ...green, updatedAt: ctx.now, shift: { ...shift, ...patch } };
    const next = { ...service, deployments: [updated, ...service.deployments.slice(1)] };
    const stage = updated.shift!.lifecycleStage;
    return stage === shift.lifecycleStage && !detail
      ? next
      : withEvent(ctx, next, stageEvent(service.serviceName, green.id, stage, detail));
  };
  const shiftTo = (percent: number, waitMinutes: number): Service => {
    setTraffic(ctx, service, blue, green, percent, true);
    ctx.emit({
      type: 'TrafficShifted',
      at: ctx.now,
      serviceArn: service.serviceArn,
      deploymentId: green.id,
      taskDefinition: green.taskDefinition,
      productionPercent: percent,
      lifecycleStage: 'PRODUCTION_TRAFFIC_SHIFT',
    });
    return set(
      {
        lifecycleStage: 'PRODUCTION_TRAFFIC_SHIFT',
        productionPercent: percent,
        peakPercent: Math.max(shift.peakPercent, percent),
        waitUntil: waitMinutes > 0 ? ctx.now + waitMinutes * 60 : undefined,
      },
      `${percent}% of production traffic is on ${arnName(green.taskDefinition)}`,
    );
  };
  const waiting = shift.waitUntil !== undefined && ctx.now < shift.waitUntil - 1e-6;
  const strategy: ShiftConfiguration = config ?? {
    strategy: 'BLUE_GREEN',
    bakeTimeInMinutes: 0,
    alarms: { alarmNames: [], enable: false, rollback: false },
  };
  switch (shift.lifecycleStage) {
    case 'RECONCILE_SERVICE':
    case 'PRE_SCALE_UP':
      // green's target group joins the production listener at weight 0, so the load balancer checks its targets
      setTraffic(ctx, service, blue, green, 0, false);
      return set({ lifecycleStage: 'SCALE_UP' });
    case 'SCALE_UP': {
      const healthy = tasks.filter(
        (t) => t.startedBy === green.id && isServing(service, t) && isHealthy(ctx.state, t, ctx.now, service),
      ).length;
      return healthy >= service.desiredCount ? set({ lifecycleStage: 'POST_SCALE_UP' }) : undefined;
    }
    case 'POST_SCALE_UP':
      setTraffic(ctx, service, blue, green, 0, true);
      return set({ lifecycleStage: 'TEST_TRAFFIC_SHIFT', testOnGreen: true });
    case 'TEST_TRAFFIC_SHIFT':
      return set({ lifecycleStage: 'POST_TEST_TRAFFIC_SHIFT' });
    case 'POST_TEST_TRAFFIC_SHIFT': {
      const first = nextPercent(strategy, 0);
      return shiftTo(first.percent, first.waitMinutes);
    }
    case 'PRODUCTION_TRAFFIC_SHIFT': {
      if (waiting) return undefined;
      if (shift.productionPercent >= 100)
        return set({ lifecycleStage: 'POST_PRODUCTION_TRAFFIC_SHIFT', waitUntil: undefined });
      const following = nextPercent(strategy, shift.productionPercent);
      return shiftTo(following.percent, following.waitMinutes);
    }
    case 'POST_PRODUCTION_TRAFFIC_SHIFT': {
      const bake = strategy.bakeTimeInMinutes;
      return set(
        { lifecycleStage: 'BAKE_TIME', waitUntil: ctx.now + bake * 60 },
        `blue keeps running for the bake time (${bake} min)`,
      );
    }
    case 'BAKE_TIME':
      return waiting ? undefined : set({ lifecycleStage: 'CLEAN_UP', waitUntil: undefined });
    case 'CLEAN_UP':
      return undefined;
  }
}

/**
 * The scheduler's step while the primary deployment shifts: green is started up to the desired count at once
 * (maximumPercent does not apply), blue is kept until CLEAN_UP, and tasks of any other deployment stop.
 */
export function planShift(state: SimState, service: Service, tasks: ReadonlyArray<Task>, now: number): Plan {
  const green = service.deployments[0]!;
  const stage = green.shift!.lifecycleStage;
  const healthy = healthOf(state, service, now);
  const serving = tasks.filter((t) => isServing(service, t));
  const { stops, remaining } = freeStops(state, service, serving, now, () => false, healthy);
  const mine = remaining.filter((t) => t.startedBy === green.id);
  for (const task of remaining) {
    if (task.startedBy === green.id) continue;
    if (task.startedBy !== green.shift!.blueId || stage === 'CLEAN_UP')
      stops.push({ task, reason: scalingActivity(task.startedBy ?? green.id) });
  }
  const start = mayStart(service, now) ? Math.max(0, service.desiredCount - mine.length) : 0;
  return { stops, start, startOn: [], stuck: false, stuckOnceStopped: false };
}

/** When a shifting deployment must look again: the end of its wait, or the next alarm check. */
export function shiftWake(service: Service, now: number): number | undefined {
  const primary = service.deployments[0];
  if (!isShifting(primary)) return undefined;
  const { waitUntil, lifecycleStage } = primary.shift;
  const times: number[] = [];
  if (waitUntil !== undefined && waitUntil > now) times.push(waitUntil);
  if (WATCHED.has(lifecycleStage) && service.deploymentConfiguration.shift?.alarms.enable)
    times.push(now + ALARM_POLL_SECONDS);
  return times.length ? Math.min(...times) : undefined;
}
