import { launchContainerInstances } from '../../src/course/fixtures';
import { call } from '../../src/course/steps';
import type { LessonScenario, QuizItem, RunIt } from '../../src/course/types';
import { isAwsError, type PlacementStrategy, type Simulation } from '../../src/engine/index';

/** A fresh cluster `lab` with `perAz` identical t3.medium instances in each listed AZ, registered. */
function lab(newSim: (seed: number) => Simulation, azs: ReadonlyArray<string>, perAz: number): Simulation {
  const sim = newSim(7);
  sim.call('ecs', 'CreateCluster', { clusterName: 'lab' });
  for (const availabilityZone of azs) {
    launchContainerInstances(sim, {
      cluster: 'lab',
      instanceType: 't3.medium',
      availabilityZone,
      count: perAz,
    });
  }
  sim.advance(120);
  sim.call('ecs', 'RegisterTaskDefinition', {
    family: 'job',
    containerDefinitions: [{ name: 'job', image: 'nginx:latest', cpu: 128, memoryReservation: 256 }],
  });
  return sim;
}

const run = (sim: Simulation, count: number, placementStrategy: ReadonlyArray<PlacementStrategy>) =>
  sim.call('ecs', 'RunTask', {
    cluster: 'lab',
    taskDefinition: 'job',
    count,
    placementStrategy,
  });

/**
 * "Run it" for chain-order and fewest-instances: `count` web tasks on the lesson's cluster `prod` (6 instances
 * in 3 AZs) under `strategy`.
 */
const webTasks = (placementStrategy: PlacementStrategy[], count = 6): RunIt => ({
  steps: [call('ecs', 'RunTask', { cluster: 'prod', taskDefinition: 'web', count, placementStrategy })],
  advance: 60,
  look: 'the map: how many instances and Availability Zones the web tasks landed on',
});

const subnetIds = (sim: Simulation) => Object.values(sim.state.ec2.subnets);

/** fargate-az-ha's world: the Fargate service `site` runs 3 tasks in its one subnet, in us-east-1a. */
const ONE_SUBNET_FARGATE: LessonScenario = {
  seed: 131,
  build(sim) {
    sim.call('ecs', 'CreateCluster', { clusterName: 'f' });
    sim.call('ecs', 'RegisterTaskDefinition', {
      family: 'site',
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      cpu: '256',
      memory: '512',
      containerDefinitions: [{ name: 'site', image: 'public.ecr.aws/ecs-sandbox/web:v1' }],
    });
    const inA = subnetIds(sim).find((s) => s.AvailabilityZone === 'us-east-1a')!.SubnetId;
    sim.call('ecs', 'CreateService', {
      cluster: 'f',
      serviceName: 'site',
      taskDefinition: 'site',
      desiredCount: 3,
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: [inA] } },
    });
    sim.advance(120);
  },
  controls: ['services', 'console', 'map', 'events', 'time'],
};

const distinct = (values: ReadonlyArray<string | undefined>) => new Set(values).size;

export default [
  {
    id: 'runtask-default',
    kind: 'single',
    prompt: 'You call RunTask on an EC2 cluster without placementStrategy. How are instances chosen?',
    options: [
      {
        id: 'random',
        text: 'At random among the instances that pass the resource and constraint checks.',
        explanation: "Right: RunTask's default is random.",
      },
      {
        id: 'az',
        text: 'Spread across AZs.',
        explanation: 'That is the default for services, not for RunTask.',
      },
      {
        id: 'binpack',
        text: 'binpack on memory, to save money.',
        explanation: 'ECS never packs unless you ask for binpack.',
      },
      {
        id: 'first',
        text: 'The oldest registered instance first.',
        explanation: 'Registration order plays no part in placement.',
      },
    ],
    correct: ['random'],
    tags: {
      concepts: ['random', 'RunTask'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-2.2', 'DOP-3.1'],
      facts: ['F41', 'F42'],
    },
  },
  {
    id: 'chain-order',
    kind: 'single',
    prompt:
      'Six EC2 tasks run on three AZs with two roomy instances in each. The team needs the highest availability ' +
      '(lose at most a third of the tasks with any one AZ) on the LEAST number of instances. Which ' +
      'placementStrategy list fits?',
    options: [
      {
        id: 'spread-then-binpack',
        text: 'spread on attribute:ecs.availability-zone, then binpack on memory',
        explanation: 'Right: two tasks per AZ, and within each AZ both share one instance.',
        runIt: webTasks([
          { type: 'spread', field: 'attribute:ecs.availability-zone' },
          { type: 'binpack', field: 'memory' },
        ]),
      },
      {
        id: 'binpack-then-spread',
        text: 'binpack on memory, then spread on attribute:ecs.availability-zone',
        explanation: 'binpack decides first and rarely leaves ties, so the AZ spread hardly ever gets a say.',
        runIt: webTasks([
          { type: 'binpack', field: 'memory' },
          { type: 'spread', field: 'attribute:ecs.availability-zone' },
        ]),
      },
      {
        id: 'spread-instance',
        text: 'spread on attribute:ecs.availability-zone, then spread on instanceId',
        explanation: 'Balanced across AZs, but it uses all six instances.',
        runIt: webTasks([
          { type: 'spread', field: 'attribute:ecs.availability-zone' },
          { type: 'spread', field: 'instanceId' },
        ]),
      },
      {
        id: 'random',
        text: 'random',
        explanation: 'Random gives no guarantee about AZs or instance count.',
      },
    ],
    correct: ['spread-then-binpack'],
    tags: {
      concepts: ['strategy chaining', 'spread', 'binpack'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-2.2', 'DOP-3.1'],
      facts: ['F40', 'F42'],
    },
    engineCheck(newSim) {
      const azs = ['us-east-1a', 'us-east-1b', 'us-east-1c'];
      const sim = lab(newSim, azs, 2);
      const out = run(sim, 6, [
        { type: 'spread', field: 'attribute:ecs.availability-zone' },
        { type: 'binpack', field: 'memory' },
      ]);
      const perAz = azs.map((az) => out.tasks.filter((t) => t.availabilityZone === az));
      return perAz.every((ts) => ts.length === 2 && distinct(ts.map((t) => t.containerInstanceArn)) === 1);
    },
  },
  {
    id: 'fargate-az-ha',
    kind: 'single',
    prompt:
      'A web service runs on AWS Fargate with one subnet, in us-east-1a. It must keep serving if that ' +
      'Availability Zone fails, with the LEAST operational overhead. What do you change?',
    options: [
      {
        id: 'subnets',
        text: "Give the service's network configuration subnets in two or three AZs.",
        explanation:
          'Right. Fargate spreads a service’s tasks over the AZs of its subnets; there is nothing else to set.',
        runIt: {
          scenario: ONE_SUBNET_FARGATE,
          steps: [
            call('ecs', 'UpdateService', (sim) => ({
              cluster: 'f',
              service: 'site',
              networkConfiguration: {
                awsvpcConfiguration: { subnets: subnetIds(sim).map((s) => s.SubnetId) },
              },
            })),
          ],
          advance: 600,
          look: 'the map: after the new deployment the three tasks sit in three Availability Zones',
        },
      },
      {
        id: 'spread',
        text: 'Add a spread placement strategy on attribute:ecs.availability-zone.',
        explanation:
          'Fargate takes no placement strategies: the request is rejected with InvalidParameterException.',
        runIt: {
          scenario: ONE_SUBNET_FARGATE,
          steps: [
            call('ecs', 'UpdateService', {
              cluster: 'f',
              service: 'site',
              placementStrategy: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }],
            }),
          ],
          look: 'the error: Fargate takes no placement strategies, and the tasks stay in us-east-1a',
        },
      },
      {
        id: 'region',
        text: 'Run a copy of the service in a second Region behind Route 53 failover.',
        explanation:
          'It survives more than an AZ failure, at far more cost and work than the requirement asks for.',
      },
      {
        id: 'ec2',
        text: 'Move the service to EC2 instances in three AZs with the default AZ spread.',
        explanation:
          'It works, but you take on instances to patch and scale, the opposite of least overhead.',
      },
    ],
    correct: ['subnets'],
    tags: {
      concepts: ['Fargate', 'Availability Zone', 'high availability'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-2.2', 'DOP-3.1'],
      misconceptions: ['M6'],
      facts: ['F12', 'F45'],
    },
    engineCheck(newSim) {
      const sim = newSim(1);
      sim.call('ecs', 'CreateCluster', { clusterName: 'f' });
      sim.call('ecs', 'RegisterTaskDefinition', {
        family: 'f',
        requiresCompatibilities: ['FARGATE'],
        networkMode: 'awsvpc',
        cpu: '256',
        memory: '512',
        containerDefinitions: [{ name: 'f', image: 'nginx:latest' }],
      });
      const subnets = Object.keys(sim.state.ec2.subnets);
      const spread = sim.call('ecs', 'RunTask', {
        cluster: 'f',
        taskDefinition: 'f',
        launchType: 'FARGATE',
        count: 3,
        networkConfiguration: { awsvpcConfiguration: { subnets } },
      });
      if (new Set(spread.tasks.map((t) => t.availabilityZone)).size !== 3) return false;
      try {
        sim.call('ecs', 'RunTask', {
          cluster: 'f',
          taskDefinition: 'f',
          launchType: 'FARGATE',
          networkConfiguration: { awsvpcConfiguration: { subnets } },
          placementStrategy: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }],
        });
        return false;
      } catch (e) {
        return isAwsError(e) && e.name === 'InvalidParameterException';
      }
    },
  },
  {
    id: 'best-effort',
    kind: 'single',
    prompt: 'You spread 4 tasks on instanceId across 3 instances. What happens to the fourth task?',
    options: [
      {
        id: 'doubles',
        text: 'It runs on an instance that already has one: spread balances as well as it can.',
        explanation: 'Right: strategies are preferences, so the fourth task doubles up.',
      },
      {
        id: 'fails',
        text: 'It fails to place, because spread allows one task per instance.',
        explanation: 'Only a constraint such as distinctInstance can refuse a placement.',
      },
      {
        id: 'pending',
        text: 'It waits in PENDING until a fourth instance registers.',
        explanation:
          'Nothing needs to wait: there is room, and spread never refuses an instance that fits; it only ranks them.',
      },
    ],
    correct: ['doubles'],
    tags: {
      concepts: ['spread'],
      exams: ['SAA-C03'],
      tasks: ['SAA-2.2'],
      misconceptions: ['M5'],
      facts: ['F40', 'F43'],
    },
    engineCheck(newSim) {
      const sim = lab(newSim, ['us-east-1a', 'us-east-1b', 'us-east-1c'], 1);
      const out = run(sim, 4, [{ type: 'spread', field: 'instanceId' }]);
      return out.tasks.length === 4 && distinct(out.tasks.map((t) => t.containerInstanceArn)) === 3;
    },
  },
  {
    id: 'service-default',
    kind: 'single',
    prompt: 'A replica service on EC2 is created with no placement strategy. How does ECS spread its tasks?',
    options: [
      {
        id: 'az',
        text: 'Across Availability Zones, then across instances within them.',
        explanation: 'Right: services balance their own tasks across AZs by default.',
      },
      {
        id: 'random',
        text: 'Randomly, like RunTask.',
        explanation: "Random is RunTask's default; services care about availability by default.",
      },
      {
        id: 'binpack',
        text: 'binpack on CPU.',
        explanation: 'You have to ask for binpack explicitly.',
      },
    ],
    correct: ['az'],
    tags: { concepts: ['spread', 'service'], exams: ['SAA-C03'], tasks: ['SAA-2.2'], facts: ['F42'] },
  },
  {
    id: 'pipeline-order',
    kind: 'ordering',
    prompt: 'Put the steps ECS takes to place one EC2 task in order.',
    options: [
      {
        id: 'filter',
        text: 'Drop instances without enough CPU, memory or free ports, or that are not ACTIVE and connected.',
        explanation: 'First: resources and status.',
      },
      {
        id: 'constrain',
        text: 'Drop instances that fail a placement constraint (memberOf, distinctInstance).',
        explanation: 'Second: constraints are binding filters.',
      },
      {
        id: 'rank',
        text: "Rank the survivors with each strategy in list order, each breaking the previous one's ties.",
        explanation: 'Third: strategies only order what is left.',
      },
      {
        id: 'pick',
        text: 'Place the task on the best instance and update its remaining resources for the next task.',
        explanation: 'Last: the next task of the request sees the new numbers.',
      },
    ],
    correct: ['filter', 'constrain', 'rank', 'pick'],
    tags: {
      concepts: ['placement'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-2.2', 'DOP-3.1'],
      facts: ['F38'],
    },
  },
  {
    id: 'swapped-fields',
    kind: 'spot-the-bug',
    prompt: 'This RunTask request is rejected. What is wrong with its placementStrategy?',
    json: JSON.stringify(
      {
        cluster: 'prod',
        taskDefinition: 'web',
        count: 6,
        placementStrategy: [
          { type: 'binpack', field: 'attribute:ecs.availability-zone' },
          { type: 'spread', field: 'memory' },
        ],
      },
      null,
      2,
    ),
    options: [
      {
        id: 'fields',
        text: 'The fields are swapped: binpack takes cpu or memory, spread takes instanceId or an attribute.',
        explanation: 'Right: each type accepts only its own kind of field.',
      },
      {
        id: 'two',
        text: 'A request may list only one strategy.',
        explanation: 'Up to five strategies can be chained.',
      },
      {
        id: 'count',
        text: 'count must be a multiple of the number of AZs when spread is used.',
        explanation: 'Spread balances as well as it can; any count works.',
      },
    ],
    correct: ['fields'],
    tags: {
      concepts: ['binpack', 'spread'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-2.2', 'DOP-3.1'],
      facts: ['F39', 'F40'],
    },
    engineCheck(newSim) {
      const sim = lab(newSim, ['us-east-1a'], 1);
      try {
        run(sim, 1, [
          { type: 'binpack', field: 'attribute:ecs.availability-zone' },
          { type: 'spread', field: 'memory' },
        ]);
        return false;
      } catch (e) {
        return isAwsError(e) && e.name === 'InvalidParameterException';
      }
    },
  },
  {
    id: 'binpack-concentrates',
    // repeats the lesson's prediction: kept out of the lesson's quiz, still in exam prep
    twinOfPrediction: true,
    kind: 'single',
    prompt:
      'Three identical, empty instances; each has room for ten copies of a task. You run 6 copies with binpack on ' +
      'memory. Where do they go?',
    options: [
      {
        id: 'one',
        text: 'All 6 on one instance.',
        explanation:
          'Right: after the first task, that instance has the least free memory, so binpack keeps choosing it while the task fits.',
      },
      {
        id: 'even',
        text: 'Two on each instance.',
        explanation: 'That is what spread on instanceId does. binpack concentrates.',
      },
      {
        id: 'fail',
        text: 'Only 3 start: binpack allows one task per instance.',
        explanation: 'One task per instance is the distinctInstance constraint, not a strategy.',
      },
    ],
    correct: ['one'],
    tags: {
      concepts: ['binpack'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-2.2', 'DOP-3.1'],
      misconceptions: ['M4'],
      facts: ['F39'],
    },
    engineCheck(newSim) {
      const sim = lab(newSim, ['us-east-1a', 'us-east-1b', 'us-east-1c'], 1);
      const out = run(sim, 6, [{ type: 'binpack', field: 'memory' }]);
      return out.tasks.length === 6 && distinct(out.tasks.map((t) => t.containerInstanceArn)) === 1;
    },
  },
  {
    id: 'fewest-instances',
    kind: 'single',
    prompt:
      'A nightly batch runs 8 tasks of web (512 MiB each) on the EC2 cluster prod, whose six instances are ' +
      'partly filled by other work. The jobs retry on failure, so availability does not matter, and the team ' +
      'wants idle instances to be free for scale-in. Which placement is the MOST cost-effective?',
    options: [
      {
        id: 'binpack',
        text: 'binpack on memory',
        explanation:
          'Right: each task goes to the instance with the least memory left that still fits it, so the 8 tasks ' +
          'crowd onto the fullest instances and leave the others empty.',
        runIt: webTasks([{ type: 'binpack', field: 'memory' }], 8),
      },
      {
        id: 'spread-az',
        text: 'spread on attribute:ecs.availability-zone',
        explanation:
          'It balances the tasks across the three AZs and so touches more instances: good for availability, ' +
          'which this batch does not need.',
        runIt: webTasks([{ type: 'spread', field: 'attribute:ecs.availability-zone' }], 8),
      },
      {
        id: 'spread-instance',
        text: 'spread on instanceId',
        explanation: 'It puts a task on every instance before doubling up: no instance is left idle.',
        runIt: webTasks([{ type: 'spread', field: 'instanceId' }], 8),
      },
      {
        id: 'fargate-binpack',
        text: 'Move the batch to AWS Fargate and keep binpack on memory.',
        explanation:
          'Fargate takes no placement strategy (the request is rejected), and on Fargate you pay per task ' +
          'size, so packing would not change the bill anyway.',
      },
    ],
    correct: ['binpack'],
    tags: {
      concepts: ['binpack', 'placement strategy'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-4.2', 'DOP-3.1'],
      misconceptions: ['M4', 'M6'],
      facts: ['F39', 'F40'],
    },
    engineCheck(newSim) {
      const azs = ['us-east-1a', 'us-east-1b', 'us-east-1c'];
      const used = (strategy: PlacementStrategy[]) =>
        distinct(run(lab(newSim, azs, 2), 8, strategy).tasks.map((t) => t.containerInstanceArn));
      const packed = used([{ type: 'binpack', field: 'memory' }]);
      return (
        packed === 1 &&
        used([{ type: 'spread', field: 'attribute:ecs.availability-zone' }]) >= 3 &&
        used([{ type: 'spread', field: 'instanceId' }]) === 6
      );
    },
  },
] satisfies QuizItem[];
