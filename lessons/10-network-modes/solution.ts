import { containerInstancesInput } from '../../src/course/fixtures';
import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';
import { PAYMENTS_V1 } from './scenario';
import { AZ, CLUSTER, defaultSubnet, PAYMENTS_SG, SERVICE, smallSubnet } from './network';

/** One more container instance of `instanceType` for shop in us-east-1a. */
export const launchInstance = (instanceType: string, name: string, count = 1): Step =>
  call(
    'ec2',
    'RunInstances',
    containerInstancesInput({ cluster: CLUSTER, instanceType, availabilityZone: AZ, name, count }),
  );

/** payments moves to `subnets` (from the simulation) with `securityGroups`. */
export const networkPayments = (
  subnets: (sim: Simulation) => ReadonlyArray<string>,
  securityGroups?: ReadonlyArray<string>,
  minimumHealthyPercent?: number,
): Step =>
  call('ecs', 'UpdateService', ((sim: Simulation) => ({
    cluster: CLUSTER,
    service: SERVICE,
    networkConfiguration: {
      awsvpcConfiguration: { subnets: subnets(sim), ...(securityGroups ? { securityGroups } : {}) },
    },
    ...(minimumHealthyPercent !== undefined
      ? { deploymentConfiguration: { minimumHealthyPercent, maximumPercent: 200 } }
      : {}),
  })) as never);

/** A new subnet `cidr` in us-east-1a of the default VPC. */
export const createSubnet = (cidr: string): Step =>
  call('ec2', 'CreateSubnet', ((sim: Simulation) => ({
    VpcId: Object.values(sim.state.ec2.vpcs).find((v) => v.IsDefault)!.VpcId,
    CidrBlock: cidr,
    AvailabilityZone: AZ,
  })) as never);

export const subnetWithCidr = (sim: Simulation, cidr: string): string =>
  Object.values(sim.state.ec2.subnets).find((s) => s.CidrBlock === cidr)!.SubnetId;

/** payments as a bridge-mode task (a wrong idea for this lesson: no ENI, so no security group of its own). */
export const PAYMENTS_BRIDGE = {
  ...PAYMENTS_V1,
  networkMode: 'bridge' as const,
  containerDefinitions: [
    { ...PAYMENTS_V1.containerDefinitions[0]!, portMappings: [{ containerPort: 8443, hostPort: 0 }] },
  ],
};

/**
 * payments on the /28 and the default us-east-1a subnet (a /20) in its own security group, with
 * minimumHealthyPercent 50 so the deployment may stop old tasks to free their ENI slots; then a second t3.small
 * (2 more ENI slots).
 */
export default [
  networkPayments((sim) => [smallSubnet(sim), defaultSubnet(sim)], [PAYMENTS_SG], 50),
  wait(30),
  launchInstance('t3.small', 'pay-2'),
  wait(750),
] satisfies Step[];

/**
 * The same fixes with minimumHealthyPercent left at 100: the new deployment starts 2 tasks, every ENI slot is then
 * taken, and it may not stop an old task (4 must stay running), so it waits for capacity that never comes.
 */
export const stuckDeployment: Step[] = [
  networkPayments((sim) => [smallSubnet(sim), defaultSubnet(sim)], [PAYMENTS_SG]),
  wait(30),
  launchInstance('t3.small', 'pay-2'),
  wait(750),
];

export const alternatives: Step[][] = [
  // a larger type (c5.xlarge: 4 ENIs, 3 task slots) and a new /24 subnet instead of the /28
  [
    createSubnet('172.31.64.0/24'),
    networkPayments((sim) => [subnetWithCidr(sim, '172.31.64.0/24')], [PAYMENTS_SG]),
    launchInstance('c5.xlarge', 'pay-big'),
    wait(750),
  ],
  // ENI trunking: opt in, then a c5.large registers with 10 task ENI slots (a t3.small does not support trunking)
  [
    call('ecs', 'PutAccountSetting', { name: 'awsvpcTrunking', value: 'enabled' }),
    networkPayments((sim) => [defaultSubnet(sim)], [PAYMENTS_SG]),
    launchInstance('c5.large', 'pay-trunk'),
    wait(750),
  ],
  // the network first, then two more t3.small instances
  [
    networkPayments((sim) => [defaultSubnet(sim), smallSubnet(sim)], [PAYMENTS_SG, 'sg-0a9b8c7d6e5f40312']),
    wait(60),
    launchInstance('t3.small', 'pay-more', 2),
    wait(750),
  ],
];

/**
 * payments replaced by a bridge-mode service of the same name (UpdateService refuses: the service has a network
 * configuration, which bridge tasks may not have). All 4 start, and none has an ENI or a group of its own.
 */
export const toBridge: Step[] = [
  call('ecs', 'RegisterTaskDefinition', PAYMENTS_BRIDGE as never),
  call('ecs', 'DeleteService', { cluster: CLUSTER, service: SERVICE, force: true }),
  wait(120),
  call('ecs', 'CreateService', {
    cluster: CLUSTER,
    serviceName: SERVICE,
    taskDefinition: SERVICE,
    desiredCount: 4,
    launchType: 'EC2',
  }),
];
