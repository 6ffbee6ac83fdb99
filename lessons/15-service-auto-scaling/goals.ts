import { goal, met, notYet } from '../../src/course/goals';
import type { GoalResult } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';
import { arnName } from '../../src/lib/arn';
import {
  breachedMinutes,
  clock,
  desiredRange,
  MAX_BREACH_MINUTES,
  MAX_TASKS,
  MIN_TASKS,
  RESOURCE_ID,
  SALE_END,
  SALE_START,
  SCALE_IN_WITHIN,
  SERVICE,
  webPoints,
} from './sale';

/** The predefined metrics of target tracking for an ECS service (ecs-reference §9.2). */
const PREDEFINED = new Set([
  'ECSServiceAverageCPUUtilization',
  'ECSServiceAverageMemoryUtilization',
  'ALBRequestCountPerTarget',
]);

/** The learner's UpdateService calls that set web's desired count, at `from` or later. */
const desiredSetByHand = (sim: Simulation, from = 0) =>
  sim.history.filter((c) => {
    if (c.service !== 'ecs' || c.operation !== 'UpdateService' || c.at < from) return false;
    const input = c.input as { service?: string; desiredCount?: number };
    return arnName(input.service ?? '') === SERVICE && input.desiredCount !== undefined;
  });

function bounds(sim: Simulation): GoalResult {
  const target = sim.state.applicationAutoScaling.targets[RESOURCE_ID];
  if (!target) {
    return notYet(
      `${RESOURCE_ID} is not a scalable target: nothing but you changes web's desired count. Register it with ` +
        'Application Auto Scaling.',
    );
  }
  if (target.MinCapacity < MIN_TASKS || target.MaxCapacity > MAX_TASKS) {
    return notYet(
      `The scalable target allows ${target.MinCapacity} to ${target.MaxCapacity} tasks; web must stay within ` +
        `${MIN_TASKS} and ${MAX_TASKS}.`,
    );
  }
  const byHand = desiredSetByHand(sim).find((c) => {
    const n = (c.input as { desiredCount: number }).desiredCount;
    return n < MIN_TASKS || n > MAX_TASKS;
  });
  if (byHand) {
    return notYet(
      `At ${clock(byHand.at)} web's desired count was set to ${(byHand.input as { desiredCount: number }).desiredCount} ` +
        `by hand, outside ${MIN_TASKS}–${MAX_TASKS}.`,
    );
  }
  const range = desiredRange(sim);
  if (range && (range.low < MIN_TASKS || range.high > MAX_TASKS)) {
    return notYet(
      `web's desired count went from ${range.low} to ${range.high} during the lesson; it must stay within ` +
        `${MIN_TASKS} and ${MAX_TASKS}.`,
    );
  }
  return met;
}

function saleSlo(sim: Simulation): GoalResult {
  if (sim.now < SALE_START) {
    return notYet(
      `The sale starts at ${clock(SALE_START)} (now ${clock(sim.now)}). Run time through it: at most ` +
        `${MAX_BREACH_MINUTES} of its minutes may break the SLO (errors, or latency over 500 ms).`,
    );
  }
  const breaches = breachedMinutes(sim);
  const shown = breaches
    .slice(0, 3)
    .map((b) => `${clock(b.t)} ${b.what}`)
    .join(', ');
  if (breaches.length > MAX_BREACH_MINUTES) {
    return notYet(
      `web broke its SLO in ${breaches.length} minutes of the sale (${shown}${breaches.length > 3 ? ', …' : ''}). ` +
        (sim.now >= SALE_END ? 'Reset the lesson to try the sale again.' : 'The sale is still on.'),
    );
  }
  if (sim.now < SALE_END + 60) {
    return notYet(
      `The sale runs until ${clock(SALE_END)}; so far ${breaches.length} minute${breaches.length === 1 ? '' : 's'} ` +
        'broke the SLO.',
    );
  }
  return met;
}

function scaleIn(sim: Simulation): GoalResult {
  if (sim.now < SALE_END) {
    return notYet(
      `The sale ends at ${clock(SALE_END)}; by ${clock(SALE_END + SCALE_IN_WITHIN)} web should be giving back ` +
        'the tasks it added for it.',
    );
  }
  const peak = desiredRange(sim, SALE_START, SALE_END)?.high ?? 0;
  if (peak <= MIN_TASKS) {
    return notYet(`web never wanted more than ${peak} tasks during the sale: there was nothing to scale in.`);
  }
  const byHand = desiredSetByHand(sim, SALE_START)[0];
  if (byHand) {
    return notYet(
      `web's desired count was set by hand at ${clock(byHand.at)}. Let Application Auto Scaling change it: ` +
        'reset the lesson and leave the count to the policies.',
    );
  }
  const deadline = SALE_END + SCALE_IN_WITHIN;
  const enough = Math.floor(peak / 2);
  // a minute's sample is taken at its end, so the point filed at t says what web wanted at t + 60
  const after = webPoints(sim, 'ECS/ContainerInsights', 'DesiredTaskCount', SALE_END - 60, deadline - 59);
  if (after.some((p) => p.min <= enough)) return met;
  const now = after.at(-1)?.max ?? peak;
  if (sim.now < deadline) {
    return notYet(
      `web wants ${now} tasks at ${clock(sim.now)} (${peak} at the sale's peak); by ${clock(deadline)} it should ` +
        `be down to ${enough} or fewer.`,
    );
  }
  return notYet(
    `At ${clock(deadline)}, ${SCALE_IN_WITHIN / 60} minutes after the sale, web still wanted ${now} tasks ` +
      `(${peak} at the peak; ${enough} or fewer was the aim). Something holds it up: a MinCapacity still raised ` +
      'for the sale, or a policy with scale-in disabled.',
  );
}

function predefinedMetric(sim: Simulation): GoalResult {
  const policies = Object.values(sim.state.applicationAutoScaling.policies).filter(
    (p) => p.ResourceId === RESOURCE_ID,
  );
  if (policies.length === 0) return notYet('web has no scaling policy.');
  const tracking = policies.find(
    (p) =>
      p.PolicyType === 'TargetTrackingScaling' &&
      PREDEFINED.has(
        p.TargetTrackingScalingPolicyConfiguration?.PredefinedMetricSpecification?.PredefinedMetricType ?? '',
      ),
  );
  if (tracking) return met;
  return notYet(
    `web's policies (${policies.map((p) => `${p.PolicyName}: ${p.PolicyType}`).join(', ')}) track no ` +
      'predefined metric. Add target tracking on ECSServiceAverageCPUUtilization, ' +
      'ECSServiceAverageMemoryUtilization or ALBRequestCountPerTarget.',
  );
}

export default [
  goal({
    id: 'bounds',
    description: 'Application Auto Scaling owns web’s desired count, and it never leaves 2 to 20 tasks',
    holdFor: 60,
    check: bounds,
    hints: {
      nudge:
        'Which service scales an ECS service’s task count? Look at the `application-autoscaling` commands.',
      pointer:
        'RegisterScalableTarget makes `ecs:service:DesiredCount` of `service/shop/web` scalable; MinCapacity and ' +
        'MaxCapacity are the bounds every policy and scheduled action stays within.',
      bottomOut:
        '`aws application-autoscaling register-scalable-target --service-namespace ecs --resource-id service/shop/web --scalable-dimension ecs:service:DesiredCount --min-capacity 2 --max-capacity 20`',
    },
  }),
  goal({
    id: 'sale-slo',
    description:
      'During the 01:00–01:30 sale, web breaks its SLO (errors, or latency over 500 ms) in at most 1 minute',
    check: saleSlo,
    hints: {
      nudge:
        'Run a copy of the sale with only a target tracking policy and read Sandbox/Load ErrorsPerSecond: when do ' +
        'the new tasks start taking traffic?',
      pointer:
        'Reactive scaling starts after the jump and new tasks need minutes to be healthy. The sale’s time is ' +
        'known: a scheduled action can raise MinCapacity before it, so the tasks are warm at 01:00. 2,500 ' +
        'requests/s need about 12 tasks of 0.5 vCPU.',
      bottomOut:
        '`aws application-autoscaling put-scheduled-action --service-namespace ecs --resource-id service/shop/web --scalable-dimension ecs:service:DesiredCount --scheduled-action-name sale-warm-up --schedule "at(2026-01-01T00:50:00)" --scalable-target-action MinCapacity=14,MaxCapacity=20`',
    },
  }),
  goal({
    id: 'scale-in-after',
    description:
      'Within 15 minutes after the sale ends, Application Auto Scaling gives back at least half of web’s tasks at the sale’s peak',
    check: scaleIn,
    hints: {
      nudge: 'After 01:30, what keeps web’s desired count up? Look at the scalable target’s MinCapacity.',
      pointer:
        'A MinCapacity raised for the sale holds the count up until something lowers it; then target tracking ' +
        'scales in once the metric has stayed low for a while (unless DisableScaleIn is set).',
      bottomOut:
        '`aws application-autoscaling put-scheduled-action --service-namespace ecs --resource-id service/shop/web --scalable-dimension ecs:service:DesiredCount --scheduled-action-name sale-over --schedule "at(2026-01-01T01:30:00)" --scalable-target-action MinCapacity=2,MaxCapacity=20`',
    },
  }),
  goal({
    id: 'predefined-metric',
    description:
      'web has a target tracking policy on a predefined metric (ECS service CPU or memory, or ALBRequestCountPerTarget)',
    holdFor: 60,
    check: predefinedMetric,
    hints: {
      nudge: 'Which metric rises when more users arrive? Compare the metrics web publishes.',
      pointer:
        'Target tracking needs a metric and a target value. ALBRequestCountPerTarget counts requests per task per ' +
        'minute and needs ResourceLabel `app/web-alb/<id>/targetgroup/web-tg/<id>`; the service CPU metric works too.',
      bottomOut:
        '`aws application-autoscaling put-scaling-policy --service-namespace ecs --resource-id service/shop/web --scalable-dimension ecs:service:DesiredCount --policy-name cpu-60 --policy-type TargetTrackingScaling --target-tracking-scaling-policy-configuration "TargetValue=60,PredefinedMetricSpecification={PredefinedMetricType=ECSServiceAverageCPUUtilization}"`',
    },
  }),
];
