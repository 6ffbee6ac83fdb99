import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import { GROUP, NORMAL_TASKS, PROVIDER } from './capacity';

export const deleteCpuPolicy = call('autoscaling', 'DeletePolicy', {
  AutoScalingGroupName: GROUP,
  PolicyName: 'cpu-60',
});

export const protectNewInstances = call('autoscaling', 'UpdateAutoScalingGroup', {
  AutoScalingGroupName: GROUP,
  NewInstancesProtectedFromScaleIn: true,
});

export const managedScaling = (
  targetCapacity: number,
  terminationProtection: 'ENABLED' | 'DISABLED',
  instanceWarmupPeriod?: number,
) =>
  call('ecs', 'UpdateCapacityProvider', {
    name: PROVIDER,
    autoScalingGroupProvider: {
      managedScaling: {
        status: 'ENABLED',
        targetCapacity,
        ...(instanceWarmupPeriod === undefined ? {} : { instanceWarmupPeriod }),
      },
      managedTerminationProtection: terminationProtection,
    },
  });

export const batchOver = call('ecs', 'UpdateService', {
  cluster: 'shop',
  service: 'reports',
  desiredCount: NORMAL_TASKS,
});

/**
 * The CPU policy removed and new instances protected; managed scaling (targetCapacity 100) with managed
 * termination protection on shop-cp, so the 4 missing tasks wait in PROVISIONING and the group grows for them;
 * then 10 % headroom. Once the 8 tasks have run, the batch ends and the spare instances go.
 */
export default [
  deleteCpuPolicy,
  protectNewInstances,
  managedScaling(100, 'ENABLED'),
  wait(300),
  managedScaling(90, 'ENABLED'),
  wait(300),
  batchOver,
  wait(1500),
] satisfies Step[];

export const alternatives: Step[][] = [
  // headroom from the start: 80 %, with a short instance warm-up so the headroom's scale-out does not hold the
  // next one back for 300 s
  [protectNewInstances, managedScaling(80, 'ENABLED', 60), deleteCpuPolicy, wait(600), batchOver, wait(1500)],
  // managed scaling (default target 100) and termination protection in separate calls; headroom once the batch
  // runs; the batch ended later
  [
    protectNewInstances,
    deleteCpuPolicy,
    call('ecs', 'UpdateCapacityProvider', {
      name: PROVIDER,
      autoScalingGroupProvider: { managedScaling: { status: 'ENABLED' } },
    }),
    call('ecs', 'UpdateCapacityProvider', {
      name: PROVIDER,
      autoScalingGroupProvider: { managedTerminationProtection: 'ENABLED' },
    }),
    wait(600),
    managedScaling(95, 'ENABLED'),
    wait(600),
    batchOver,
    wait(1500),
  ],
];
