import { launchContainerInstances } from '../../src/course/fixtures';
import type { LessonScenario, Prediction } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';
import {
  AZ,
  CLUSTER,
  eniSlots,
  INSTANCE_TYPE,
  LEDGER,
  LEDGER_TASKS,
  runningPayments,
  SERVICE,
  SMALL_CIDR,
  smallSubnet,
  TASKS,
} from './network';

/** payments:1 — an awsvpc task for EC2: 256 CPU units and 256 MiB, so a t3.small has room for seven by CPU and memory. */
export const PAYMENTS_V1 = {
  family: SERVICE,
  requiresCompatibilities: ['EC2' as const],
  networkMode: 'awsvpc' as const,
  cpu: '256',
  memory: '256',
  containerDefinitions: [
    {
      name: 'api',
      image: 'public.ecr.aws/ecs-sandbox/web:v1',
      essential: true,
      portMappings: [{ containerPort: 8443 }],
    },
  ],
};

/** ledger:1 — a small Fargate task that lives in the payments subnet too. */
const LEDGER_V1 = {
  family: LEDGER,
  requiresCompatibilities: ['FARGATE' as const],
  networkMode: 'awsvpc' as const,
  cpu: '256',
  memory: '512',
  containerDefinitions: [{ name: 'ledger', image: 'public.ecr.aws/ecs-sandbox/web:v1', essential: true }],
};

/**
 * Cluster `shop`: one t3.small container instance (`pay-1`, us-east-1a). The /28 subnet 172.31.48.0/28 in
 * us-east-1a holds the Fargate service `ledger` (8 tasks, so 3 of its 11 usable addresses are left). The EC2
 * service `payments` (awsvpc, desired 4) uses that subnet with no security group of its own.
 */
const scenario = {
  seed: 10,
  build(sim) {
    sim.call('ecs', 'CreateCluster', { clusterName: CLUSTER });
    launchContainerInstances(sim, {
      cluster: CLUSTER,
      instanceType: INSTANCE_TYPE,
      availabilityZone: AZ,
      name: 'pay-1',
    });
    const vpc = Object.values(sim.state.ec2.vpcs).find((v) => v.IsDefault)!.VpcId;
    sim.call('ec2', 'CreateSubnet', { VpcId: vpc, CidrBlock: SMALL_CIDR, AvailabilityZone: AZ });
    sim.advance(120);
    sim.call('ecs', 'RegisterTaskDefinition', LEDGER_V1);
    sim.call('ecs', 'CreateService', {
      cluster: CLUSTER,
      serviceName: LEDGER,
      taskDefinition: LEDGER,
      desiredCount: LEDGER_TASKS,
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: [smallSubnet(sim)] } },
    });
    sim.call('ecs', 'RegisterTaskDefinition', PAYMENTS_V1);
    sim.call('ecs', 'CreateService', {
      cluster: CLUSTER,
      serviceName: SERVICE,
      taskDefinition: SERVICE,
      desiredCount: TASKS,
      launchType: 'EC2',
      networkConfiguration: { awsvpcConfiguration: { subnets: [smallSubnet(sim)] } },
    });
    sim.advance(120);
  },
  controls: ['editor', 'services', 'instances', 'console', 'map', 'explain', 'events', 'time'],
} satisfies LessonScenario;
export default scenario;

export const prediction: Prediction = {
  prompt:
    'payments asks for 4 awsvpc tasks of 256 CPU units and 256 MiB on one t3.small (2 vCPUs, 2 GiB). By CPU ' +
    'and memory seven would fit. How many run, and what stops the rest?',
  options: [
    { id: 'all', text: 'All 4: CPU and memory are what placement checks.' },
    {
      id: 'eni',
      text: '2: each task needs its own network interface, and a t3.small takes only 3, one of them its own.',
    },
    { id: 'ports', text: '1: the tasks all listen on port 8443, so only one fits per instance.' },
    { id: 'ips', text: '3: the /28 subnet has only 3 free addresses.' },
  ],
  outcome(sim: Simulation) {
    const running = runningPayments(sim).length;
    if (running >= TASKS) return 'all';
    if (running <= 1) return 'ports';
    const { used, total } = eniSlots(sim);
    return used >= total ? 'eni' : 'ips';
  },
  explanation:
    'An awsvpc task on EC2 gets its own elastic network interface, attached to the instance. A t3.small can hold 3 ' +
    'interfaces and its primary one is one of them, so 2 tasks fit whatever CPU and memory are left: the ' +
    'placement failure is RESOURCE:ENI. Ports do not clash, because each task has its own address. The subnet would ' +
    'have run dry next: it has 3 free addresses for 4 tasks.',
};
