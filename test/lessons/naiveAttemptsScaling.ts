import { call, wait } from '../../src/course/steps';
import {
  register,
  scheduled,
  TARGET,
  throughTheSale,
  trackCpu,
  trackRequests,
} from '../../lessons/15-service-auto-scaling/solution';
import {
  batchOver,
  deleteCpuPolicy,
  managedScaling,
  protectNewInstances,
} from '../../lessons/16-cluster-capacity/solution';
import type { NaiveAttempt } from './naiveAttempts';

/**
 * Plausible wrong attempts for the scaling lessons (15 and 16), in the shape of ./naiveAttempts.ts: what a
 * learner who has not got the idea yet would try, and the goals each must leave unmet.
 */

export const serviceAutoScaling15Attempts: ReadonlyArray<NaiveAttempt> = [
  {
    name: 'does nothing and watches the sale',
    steps: [throughTheSale],
    mustMiss: ['bounds', 'sale-slo', 'scale-in-after', 'predefined-metric'],
  },
  {
    name: 'sets 20 tasks by hand before the sale',
    steps: [
      call('ecs', 'UpdateService', { cluster: 'shop', service: 'web', desiredCount: 20 }),
      throughTheSale,
    ],
    mustMiss: ['bounds', 'scale-in-after', 'predefined-metric'],
  },
  {
    name: 'target tracking on CPU at 50 % only',
    steps: [register(2, 20), trackCpu(50), throughTheSale],
    mustMiss: ['sale-slo'],
  },
  {
    name: 'target tracking on requests per task only',
    steps: [register(2, 20), trackRequests, throughTheSale],
    mustMiss: ['sale-slo'],
  },
  {
    name: 'target tracking on CPU at 30 %, nothing scheduled',
    steps: [register(2, 20), trackCpu(30), throughTheSale],
    mustMiss: ['sale-slo'],
  },
  {
    name: 'bounds 1 to 50, target tracking and the warm-up',
    steps: [
      register(1, 50),
      trackCpu(60),
      scheduled('sale-warm-up', 'at(2026-01-01T00:50:00)', 14, 50),
      scheduled('sale-over', 'at(2026-01-01T01:30:00)', 1, 50),
      throughTheSale,
    ],
    mustMiss: ['bounds'],
  },
  {
    name: 'the warm-up, but MinCapacity never lowered after the sale',
    steps: [
      register(2, 20),
      trackCpu(60),
      scheduled('sale-warm-up', 'at(2026-01-01T00:50:00)', 14),
      throughTheSale,
    ],
    mustMiss: ['scale-in-after'],
  },
  {
    name: 'the warm-up and its end, with scale-in disabled on the policy',
    steps: [
      register(2, 20),
      call('application-autoscaling', 'PutScalingPolicy', {
        ...TARGET,
        PolicyName: 'cpu-60-no-scale-in',
        PolicyType: 'TargetTrackingScaling',
        TargetTrackingScalingPolicyConfiguration: {
          TargetValue: 60,
          DisableScaleIn: true,
          PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
        },
      }),
      scheduled('sale-warm-up', 'at(2026-01-01T00:50:00)', 14),
      scheduled('sale-over', 'at(2026-01-01T01:30:00)', 2),
      throughTheSale,
    ],
    mustMiss: ['scale-in-after'],
  },
  {
    name: 'scheduled actions only: 14 tasks for the sale, 2 after, no policy',
    steps: [
      register(2, 20),
      scheduled('sale-warm-up', 'at(2026-01-01T00:50:00)', 14, 14),
      scheduled('sale-over', 'at(2026-01-01T01:30:00)', 2, 2),
      throughTheSale,
    ],
    mustMiss: ['predefined-metric'],
  },
  {
    name: 'sets 14 tasks by hand at 00:50 and 2 at 01:30, with target tracking',
    steps: [
      register(2, 20),
      trackCpu(60),
      wait(2700),
      call('ecs', 'UpdateService', { cluster: 'shop', service: 'web', desiredCount: 14 }),
      wait(2400),
      call('ecs', 'UpdateService', { cluster: 'shop', service: 'web', desiredCount: 2 }),
      wait(1200),
    ],
    mustMiss: ['scale-in-after'],
  },
];

const GROUP = { AutoScalingGroupName: 'shop-asg' };
const ALL_16 = ['no-long-wait', 'idle-only-scale-in', 'spare-gone', 'headroom'];

export const clusterCapacity16Attempts: ReadonlyArray<NaiveAttempt> = [
  {
    name: 'does nothing, then ends the batch',
    steps: [wait(600), batchOver, wait(1500)],
    mustMiss: ALL_16,
  },
  {
    name: 'raises the group to 4 instances by hand, then ends the batch',
    steps: [
      call('autoscaling', 'SetDesiredCapacity', { ...GROUP, DesiredCapacity: 4 }),
      wait(600),
      batchOver,
      wait(1500),
    ],
    // the CPU policy shrinks the group back to 2 while the batch runs: the spare instances do go, busy ones too
    mustMiss: ['no-long-wait', 'idle-only-scale-in', 'headroom'],
  },
  {
    name: 'raises the group’s MinSize to 4, then ends the batch',
    steps: [
      call('autoscaling', 'UpdateAutoScalingGroup', { ...GROUP, MinSize: 4 }),
      wait(600),
      batchOver,
      wait(1500),
    ],
    mustMiss: ALL_16,
  },
  {
    name: 'lowers the CPU policy’s target to 5 %',
    steps: [
      call('autoscaling', 'PutScalingPolicy', {
        ...GROUP,
        PolicyName: 'cpu-60',
        PolicyType: 'TargetTrackingScaling',
        TargetTrackingConfiguration: {
          PredefinedMetricSpecification: { PredefinedMetricType: 'ASGAverageCPUUtilization' },
          TargetValue: 5,
        },
      }),
      wait(600),
      batchOver,
      wait(1500),
    ],
    mustMiss: ['no-long-wait', 'headroom'],
  },
  {
    name: 'managed scaling on, but the CPU policy kept and no termination protection',
    steps: [managedScaling(100, 'DISABLED'), wait(600), batchOver, wait(1500)],
    mustMiss: ['idle-only-scale-in', 'headroom'],
  },
  {
    name: 'managed scaling at 90 % and the CPU policy removed, no termination protection',
    steps: [deleteCpuPolicy, managedScaling(90, 'DISABLED'), wait(600), batchOver, wait(1500)],
    mustMiss: ['no-long-wait', 'idle-only-scale-in'],
  },
  {
    name: 'managed scaling with termination protection, but the batch never ends',
    steps: [deleteCpuPolicy, protectNewInstances, managedScaling(100, 'ENABLED'), wait(2100)],
    mustMiss: ['spare-gone', 'headroom'],
  },
  {
    name: 'managed scaling at 90 % straight away (its headroom scale-out holds the next one back)',
    steps: [
      deleteCpuPolicy,
      protectNewInstances,
      managedScaling(90, 'ENABLED'),
      wait(600),
      batchOver,
      wait(1500),
    ],
    mustMiss: ['no-long-wait'],
  },
];

export const scalingAttempts: Readonly<Record<string, ReadonlyArray<NaiveAttempt>>> = {
  '15-service-auto-scaling': serviceAutoScaling15Attempts,
  '16-cluster-capacity': clusterCapacity16Attempts,
};
