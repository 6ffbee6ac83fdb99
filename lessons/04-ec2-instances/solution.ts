import { containerInstancesInput } from '../../src/course/fixtures';
import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';
import { CART_V1 } from './scenario';

/** Two correctly launched instances of `instanceType`: with the instance profile, joining shop. */
const launchShop = (instanceType: string) =>
  call(
    'ec2',
    'RunInstances',
    containerInstancesInput({ instanceType, count: 2, cluster: 'shop', name: 'shop' }),
  );

/** The scenario's two instances (tagged shop-1 and shop-2) that never joined shop. */
const terminateBroken = call('ec2', 'TerminateInstances', (sim: Simulation) => ({
  InstanceIds: Object.values(sim.state.ec2.instances)
    .filter((i) => i.Tags.some((t) => t.Key === 'Name' && (t.Value === 'shop-1' || t.Value === 'shop-2')))
    .map((i) => i.InstanceId),
}));

/** Two instances with a profile and ECS_CLUSTER=shop; a cart revision that reserves what the app needs. */
export default [
  terminateBroken,
  launchShop('t3.medium'),
  wait(120),
  call('ecs', 'RegisterTaskDefinition', {
    ...CART_V1,
    containerDefinitions: [{ ...CART_V1.containerDefinitions[0]!, memoryReservation: 1024 }],
  }),
  call('ecs', 'RunTask', { cluster: 'shop', taskDefinition: 'cart:2', count: 4 }),
  wait(60),
] satisfies Step[];

/** Keep cart:1 and register more memory instead: two m5.large instances hold three cart:1 tasks each. */
export const alternatives: Step[][] = [
  [
    launchShop('m5.large'),
    wait(120),
    call('ecs', 'RunTask', { cluster: 'shop', taskDefinition: 'cart:1', count: 4 }),
    wait(60),
  ],
];
