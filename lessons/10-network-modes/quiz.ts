import { startOf } from '../../src/course/quizChecks';
import { launchContainerInstances } from '../../src/course/fixtures';
import { call, runSteps, wait } from '../../src/course/steps';
import type { QuizItem } from '../../src/course/types';
import { isAwsError, subnetUse, type Simulation } from '../../src/engine/index';
import { AZ, defaultSubnet, eniSlots, PAYMENTS_SG, runningPayments, SERVICE, smallSubnet } from './network';
import scenario from './scenario';
import solution, { launchInstance, networkPayments, stuckDeployment, toBridge } from './solution';

/** The lesson's start on a fresh simulation. */
const world = startOf(scenario);

/** An empty EC2 cluster `lab` with one instance of `instanceType` in us-east-1a, registered. */
function lab(newSim: (seed: number) => Simulation, instanceType: string): Simulation {
  const sim = newSim(7);
  sim.call('ecs', 'CreateCluster', { clusterName: 'lab' });
  launchContainerInstances(sim, { cluster: 'lab', instanceType, availabilityZone: AZ });
  sim.advance(120);
  return sim;
}

const running = (sim: Simulation, family: string) =>
  Object.values(sim.state.ecs.tasks).filter(
    (t) => t.lastStatus === 'RUNNING' && t.taskDefinitionArn.includes(`/${family}:`),
  );

/** The stopped reasons of payments tasks that never started. */
const startFailures = (sim: Simulation): string[] =>
  Object.values(sim.state.ecs.tasks)
    .filter((t) => t.group === `service:${SERVICE}` && t.stopCode === 'TaskFailedToStart')
    .map((t) => t.stoppedReason ?? '');

export default [
  {
    id: 'own-sg-per-task',
    kind: 'single',
    prompt:
      'A payments API runs as an ECS service on EC2 container instances that also run other teams’ tasks. ' +
      'Compliance requires that only the card network’s security group can reach the payments containers, and ' +
      'no other task on the same instances may share that access. Which configuration is MOST secure?',
    options: [
      {
        id: 'awsvpc-sg',
        text: 'awsvpc network mode, with a payments security group in the service’s awsvpcConfiguration.',
        explanation:
          'Right: each task gets its own ENI, and the security group applies to that ENI only, so neighbours on the ' +
          'instance do not share it.',
      },
      {
        id: 'bridge-instance-sg',
        text: 'bridge network mode, with the payments rules added to the instances’ security group.',
        explanation:
          'Bridge tasks use the instance’s interface, so every task on those instances gets the same access.',
      },
      {
        id: 'host-nacl',
        text: 'host network mode, with a network ACL on the instances’ subnet.',
        explanation:
          'Host tasks share the instance’s address and groups; a network ACL works per subnet, not per task.',
      },
      {
        id: 'none-mode',
        text: 'none network mode, with a VPC endpoint for the card network.',
        explanation: 'none gives the container no outside network at all: nothing could reach it.',
      },
    ],
    correct: ['awsvpc-sg'],
    tags: {
      concepts: ['awsvpc', 'security group per task', 'bridge'],
      exams: ['SAA-C03', 'SOA-C03'],
      tasks: ['SAA-1.2', 'SOA-5.3'],
      facts: ['F25'],
    },
    engineCheck(newSim) {
      const sim = world(newSim);
      runSteps(sim, solution);
      const tasks = runningPayments(sim);
      return tasks.length === 4 && tasks.every((t) => t.eni?.securityGroups?.includes(PAYMENTS_SG));
    },
  },
  {
    id: 'eni-stall',
    kind: 'single',
    prompt:
      'An ECS service on EC2 uses the awsvpc network mode. Its cluster has two c5.large instances with plenty of ' +
      'free CPU and memory, yet the service runs only 4 of its 10 tasks, and its events say "encountered error ' +
      'RESOURCE:ENI". What increases the number of tasks per instance with the LEAST operational overhead?',
    options: [
      {
        id: 'trunking',
        text: 'Turn on the awsvpcTrunking account setting and replace the instances with new ones.',
        explanation:
          'Right: with ENI trunking a c5.large can hold 10 awsvpc tasks instead of 2. It only applies to instances ' +
          'launched after the opt-in, so the instances must be replaced.',
        runIt: {
          steps: [
            call('ecs', 'PutAccountSetting', { name: 'awsvpcTrunking', value: 'enabled' }),
            networkPayments((sim) => [defaultSubnet(sim)], [PAYMENTS_SG]),
            launchInstance('c5.large', 'pay-trunk'),
          ],
          advance: 750,
          look: 'the Instances tab: the new c5.large has 10 ENI slots, pay-1 still 2',
        },
      },
      {
        id: 'memory',
        text: 'Lower the tasks’ memory reservation so more fit on each instance.',
        explanation:
          'Memory is not what is short: each task needs an ENI, and each instance has only 2 free.',
      },
      {
        id: 'dynamic-ports',
        text: 'Set hostPort to 0 in the port mappings so the tasks get dynamic host ports.',
        explanation:
          'awsvpc tasks have their own addresses and no host ports; dynamic ports are a bridge-mode feature.',
      },
      {
        id: 'spread',
        text: 'Add a spread placement strategy on instanceId.',
        explanation:
          'Strategies only choose among instances that pass the filters; none has a free ENI slot.',
      },
    ],
    correct: ['trunking'],
    tags: {
      concepts: ['ENI slot', 'ENI trunking', 'awsvpc'],
      exams: ['SOA-C03', 'SAA-C03'],
      tasks: ['SOA-3.1', 'SAA-1.2'],
      misconceptions: ['M11'],
      facts: ['F30'],
    },
    engineCheck(newSim) {
      // without trunking a c5.large runs 2 awsvpc tasks, whatever CPU and memory are left; with it, a new one 10
      const sim = lab(newSim, 'c5.large');
      sim.call('ecs', 'RegisterTaskDefinition', {
        family: 'tiny',
        networkMode: 'awsvpc',
        containerDefinitions: [{ name: 'app', image: 'nginx:latest', cpu: 64, memory: 64 }],
      } as never);
      sim.call('ecs', 'CreateService', {
        cluster: 'lab',
        serviceName: 'tiny',
        taskDefinition: 'tiny',
        desiredCount: 5,
        networkConfiguration: { awsvpcConfiguration: { subnets: [defaultSubnet(sim)] } },
      } as never);
      sim.advance(120);
      const before = running(sim, 'tiny').length;
      // trunking: the opt-in, then a new c5.large (the old one keeps its 2 slots)
      sim.call('ecs', 'PutAccountSetting', { name: 'awsvpcTrunking', value: 'enabled' });
      launchContainerInstances(sim, { cluster: 'lab', instanceType: 'c5.large', availabilityZone: AZ });
      sim.advance(600);
      return before === 2 && running(sim, 'tiny').length === 5;
    },
  },
  {
    id: 'slots-per-type',
    kind: 'single',
    prompt: 'Without ENI trunking, how many awsvpc tasks can a t3.small (3 network interfaces) run, and why?',
    options: [
      {
        id: 'two',
        text: '2: the instance’s own primary interface takes one of the 3.',
        explanation: 'Right: the primary ENI counts toward the limit, so 3 − 1 = 2 task ENIs.',
      },
      {
        id: 'three',
        text: '3: one per network interface the type allows.',
        explanation: 'The instance already uses one interface for itself.',
      },
      {
        id: 'twelve',
        text: '12: 3 interfaces with 4 addresses each.',
        explanation: 'A task takes a whole ENI, not one of an ENI’s secondary addresses.',
      },
      {
        id: 'cpu',
        text: 'As many as CPU and memory allow.',
        explanation: 'Placement also checks ENI slots (RESOURCE:ENI) for awsvpc tasks.',
      },
    ],
    correct: ['two'],
    tags: {
      concepts: ['ENI slot', 'awsvpc'],
      exams: ['SOA-C03'],
      tasks: ['SOA-3.1'],
      facts: ['F30'],
    },
    twinOfPrediction: true,
    engineCheck(newSim) {
      const sim = world(newSim);
      return runningPayments(sim).length === 2 && eniSlots(sim).total === 2;
    },
  },
  {
    id: 'subnet-28',
    kind: 'single',
    prompt:
      'A team puts an ECS service’s awsvpc tasks in a new /28 subnet used by nothing else. How many tasks can ' +
      'get an address there at most?',
    options: [
      {
        id: 'eleven',
        text: '11',
        explanation: 'Right: 16 addresses, minus the 5 AWS reserves in every subnet.',
      },
      {
        id: 'sixteen',
        text: '16',
        explanation: 'AWS keeps the first four and the last address of each subnet.',
      },
      {
        id: 'fourteen',
        text: '14',
        explanation: 'That is the classic network-and-broadcast count; AWS reserves 5.',
      },
      { id: 'twelve', text: '12', explanation: 'AWS reserves 5 addresses, not 4.' },
    ],
    correct: ['eleven'],
    tags: {
      concepts: ['subnet sizing'],
      exams: ['SAA-C03', 'SOA-C03'],
      tasks: ['SAA-1.2', 'SOA-5.3'],
      facts: ['F34'],
    },
    engineCheck(newSim) {
      const sim = newSim(3);
      const vpc = Object.values(sim.state.ec2.vpcs).find((v) => v.IsDefault)!.VpcId;
      const { Subnet } = sim.call('ec2', 'CreateSubnet', {
        VpcId: vpc,
        CidrBlock: '172.31.96.0/28',
        AvailabilityZone: AZ,
      });
      return (
        Subnet.AvailableIpAddressCount === 11 &&
        subnetUse(sim.state, sim.state.ec2.subnets[Subnet.SubnetId]!).usable === 11
      );
    },
  },
  {
    id: 'insufficient-addresses',
    kind: 'multiple',
    prompt:
      'An ECS service’s awsvpc tasks reach PROVISIONING and then stop with "Unexpected EC2 error while ' +
      "attempting to Create Network Interface in subnet 'subnet-…': InsufficientFreeAddressesInSubnet\". The " +
      'container instances have free ENI slots. Which TWO changes let the tasks start?',
    options: [
      {
        id: 'add-subnet',
        text: 'Add another subnet in the same Availability Zones to the service’s awsvpcConfiguration.',
        explanation: 'Right: the tasks’ ENIs can then take addresses from the second subnet.',
        runIt: {
          steps: [
            launchInstance('t3.small', 'pay-2'),
            networkPayments((sim) => [smallSubnet(sim), defaultSubnet(sim)], undefined, 50),
          ],
          advance: 600,
          look: 'the payments tasks: 4 run, the new ones with addresses in the default subnet',
        },
      },
      {
        id: 'bigger-subnet',
        text: 'Move the service to a new, larger subnet (for example a /24).',
        explanation: 'Right: a /24 has 251 usable addresses.',
      },
      {
        id: 'larger-instance',
        text: 'Use a larger instance type.',
        explanation: 'That adds ENI slots, but the addresses come from the subnet, which stays full.',
        runIt: {
          steps: [launchInstance('c5.xlarge', 'pay-big')],
          advance: 600,
          look: 'the stopped payments tasks: InsufficientFreeAddressesInSubnet, with ENI slots to spare',
        },
      },
      {
        id: 'public-ip',
        text: 'Set assignPublicIp to ENABLED.',
        explanation:
          'A public address does not free a private one in the subnet (and EC2 task ENIs get none).',
      },
    ],
    correct: ['add-subnet', 'bigger-subnet'],
    tags: {
      concepts: ['subnet sizing', 'awsvpc'],
      exams: ['SOA-C03', 'SAA-C03'],
      tasks: ['SOA-5.3', 'SAA-1.2'],
      facts: ['F34'],
    },
    engineCheck(newSim) {
      const bigger = world(newSim);
      runSteps(bigger, [launchInstance('c5.xlarge', 'pay-big'), wait(600)]);
      const stillShort =
        runningPayments(bigger).length < 4 &&
        startFailures(bigger).some((r) => r.includes('InsufficientFreeAddressesInSubnet'));
      const fixed = world(newSim);
      runSteps(fixed, solution);
      return stillShort && runningPayments(fixed).length === 4;
    },
  },
  {
    id: 'dynamic-ports-mode',
    kind: 'single',
    prompt:
      'A company wants to run many copies of a web container on each EC2 container instance behind an ' +
      'Application Load Balancer, using as few instances as possible. The container listens on port 8080. ' +
      'Which task definition setting is MOST cost-effective?',
    options: [
      {
        id: 'bridge-zero',
        text: 'networkMode bridge with hostPort 0, and an instance target group.',
        explanation:
          'Right: each task gets a free host port from the ephemeral range, and the ALB registers instance:port, so ' +
          'many copies share an instance without ENI limits.',
      },
      {
        id: 'host',
        text: 'networkMode host with hostPort 8080.',
        explanation: 'Only one task per instance can bind port 8080 in host mode.',
      },
      {
        id: 'awsvpc-zero',
        text: 'networkMode awsvpc with hostPort 0.',
        explanation:
          'awsvpc has no dynamic host ports (hostPort must be empty or equal the container port), and each task ' +
          'takes an ENI slot, which limits copies per instance.',
      },
      {
        id: 'none',
        text: 'networkMode none with an ALB in front.',
        explanation: 'none gives the container no network the ALB could reach.',
      },
    ],
    correct: ['bridge-zero'],
    tags: {
      concepts: ['bridge', 'dynamic host port', 'awsvpc'],
      exams: ['SAA-C03', 'SOA-C03'],
      tasks: ['SAA-4.2', 'SOA-5.3'],
      misconceptions: ['M11'],
      facts: ['F25', 'F28'],
    },
    engineCheck(newSim) {
      const sim = newSim(5);
      try {
        sim.call('ecs', 'RegisterTaskDefinition', {
          family: 'awsvpc-dynamic',
          networkMode: 'awsvpc',
          containerDefinitions: [
            {
              name: 'web',
              image: 'nginx:latest',
              memory: 128,
              portMappings: [{ containerPort: 8080, hostPort: 0 }],
            },
          ],
        } as never);
        return false;
      } catch (e) {
        return isAwsError(e) && /host ports and container ports in port mappings must match/.test(e.message);
      }
    },
  },
  {
    id: 'bridge-loses-sg',
    kind: 'single',
    prompt:
      'To get past the ENI limit, an engineer moves a payments service from awsvpc to bridge mode, and all tasks ' +
      'start. What did the service lose?',
    options: [
      {
        id: 'own-sg',
        text: 'Each task’s own IP address and security group: the tasks now share the instance’s.',
        explanation: 'Right: a bridge task has no ENI of its own, so per-task security groups are gone.',
        runIt: {
          steps: toBridge,
          advance: 600,
          look: 'a payments task’s details: no network interface of its own, so no security group of its own',
        },
      },
      {
        id: 'nothing',
        text: 'Nothing: the security group moves with the service.',
        explanation:
          'awsvpcConfiguration is only valid for awsvpc tasks; bridge tasks use the instance’s groups.',
      },
      {
        id: 'alb',
        text: 'The ability to use a load balancer.',
        explanation: 'Bridge tasks work with an ALB through instance targets and host ports.',
      },
      {
        id: 'logs',
        text: 'Their CloudWatch Logs.',
        explanation: 'The log driver does not depend on the network mode.',
      },
    ],
    correct: ['own-sg'],
    tags: {
      concepts: ['bridge', 'security group per task'],
      exams: ['SOA-C03'],
      tasks: ['SOA-5.3'],
      facts: ['F25'],
    },
    engineCheck(newSim) {
      const sim = world(newSim);
      runSteps(sim, [...toBridge, wait(600)]);
      const tasks = runningPayments(sim);
      return tasks.length === 4 && tasks.every((t) => t.eni === undefined);
    },
  },
  {
    id: 'deployment-needs-room',
    kind: 'single',
    prompt:
      'An awsvpc service on EC2 runs 4 tasks that use every ENI slot of its instances. It is updated with ' +
      'minimumHealthyPercent 100 and maximumPercent 200, and one more instance (2 free ENI slots) joins. The new ' +
      'deployment starts 2 tasks, then stops making progress. Which change lets it finish with the LEAST cost?',
    options: [
      {
        id: 'min-50',
        text: 'Lower minimumHealthyPercent to 50 so ECS may stop old tasks before starting new ones.',
        explanation:
          'Right: with every slot taken, ECS must stop an old task to free a slot; at 100 % it may not.',
        runIt: {
          steps: [
            networkPayments((sim) => [smallSubnet(sim), defaultSubnet(sim)], [PAYMENTS_SG], 50),
            launchInstance('t3.small', 'pay-2'),
          ],
          advance: 750,
          look: 'the service’s deployments: the new one reaches 4 tasks and the old one drains',
        },
      },
      {
        id: 'max-300',
        text: 'Raise maximumPercent to 300.',
        explanation: 'That allows even more tasks at once, but no slot is free to start them.',
      },
      {
        id: 'wait',
        text: 'Nothing: the deployment will finish on its own after the circuit breaker’s threshold.',
        explanation:
          'No task fails, so nothing counts toward the breaker; the deployment just waits for capacity.',
        runIt: {
          steps: stuckDeployment,
          advance: 0,
          look: 'the service’s deployments: two remain, each with 2 tasks, and nothing moves',
        },
      },
      {
        id: 'desired',
        text: 'Raise desiredCount to 8.',
        explanation: 'More tasks need more slots, which are exactly what is missing.',
      },
    ],
    correct: ['min-50'],
    tags: {
      concepts: ['ENI slot', 'rolling deployment', 'minimumHealthyPercent'],
      exams: ['SOA-C03', 'DOP-C02'],
      tasks: ['SOA-3.1', 'DOP-1.4'],
      facts: ['F30'],
    },
    engineCheck(newSim) {
      const stuck = world(newSim);
      runSteps(stuck, stuckDeployment);
      const fixed = world(newSim);
      runSteps(fixed, solution);
      const newOnly = (sim: Simulation) =>
        runningPayments(sim).every((t) => t.eni?.securityGroups?.includes(PAYMENTS_SG));
      return !newOnly(stuck) && newOnly(fixed) && runningPayments(fixed).length === 4;
    },
  },
] satisfies QuizItem[];
