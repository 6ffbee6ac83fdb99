import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import { resourceLabel } from './scenario';
import { RESOURCE_ID } from './sale';

export const TARGET = {
  ServiceNamespace: 'ecs',
  ResourceId: RESOURCE_ID,
  ScalableDimension: 'ecs:service:DesiredCount',
} as const;

export const register = (min: number, max: number) =>
  call('application-autoscaling', 'RegisterScalableTarget', {
    ...TARGET,
    MinCapacity: min,
    MaxCapacity: max,
  });

/** Target tracking on requests per task per minute: 10,800 is 180 requests/s, about 72 % of a task's CPU. */
export const trackRequests = call('application-autoscaling', 'PutScalingPolicy', (sim) => ({
  ...TARGET,
  PolicyName: 'requests-per-task',
  PolicyType: 'TargetTrackingScaling',
  TargetTrackingScalingPolicyConfiguration: {
    TargetValue: 10800,
    PredefinedMetricSpecification: {
      PredefinedMetricType: 'ALBRequestCountPerTarget',
      ResourceLabel: resourceLabel(sim),
    },
  },
}));

export const trackCpu = (target: number) =>
  call('application-autoscaling', 'PutScalingPolicy', {
    ...TARGET,
    PolicyName: `cpu-${target}`,
    PolicyType: 'TargetTrackingScaling',
    TargetTrackingScalingPolicyConfiguration: {
      TargetValue: target,
      PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
    },
  });

export const scheduled = (name: string, schedule: string, min: number, max = 20) =>
  call('application-autoscaling', 'PutScheduledAction', {
    ...TARGET,
    ScheduledActionName: name,
    Schedule: schedule,
    ScalableTargetAction: { MinCapacity: min, MaxCapacity: max },
  });

/** The build ends at 00:05; run to 01:50, past the scale-in window. */
export const throughTheSale = wait(6600 - 300);

/**
 * Bounds 2–20, target tracking on requests per task, and the sale's capacity scheduled: MinCapacity 14 from
 * 00:50, back to 2 at 01:30 so that target tracking can scale in.
 */
export default [
  register(2, 20),
  trackRequests,
  scheduled('sale-warm-up', 'at(2026-01-01T00:50:00)', 14),
  scheduled('sale-over', 'at(2026-01-01T01:30:00)', 2),
  throughTheSale,
] satisfies Step[];

export const alternatives: Step[][] = [
  // CPU instead of requests, and the warm-up later and smaller (13 tasks take 2,500 requests/s at about 77 % each)
  [
    register(2, 20),
    trackCpu(60),
    scheduled('sale-warm-up', 'at(2026-01-01T00:55:00)', 13),
    scheduled('sale-over', 'at(2026-01-01T01:30:00)', 2),
    throughTheSale,
  ],
  // the warm-up as a daily cron; the policy attached after the schedule
  [
    register(2, 20),
    scheduled('sale-warm-up', 'cron(45 0 * * ? *)', 15),
    scheduled('sale-over', 'cron(30 1 * * ? *)', 2),
    trackCpu(50),
    throughTheSale,
  ],
];
