import { countBy } from '../../src/course/goals';
import { call } from '../../src/course/steps';
import type { LessonScenario, QuizItem, RunIt } from '../../src/course/types';
import {
  isAwsError,
  type ContainerDefinitionInput,
  type InputOf,
  type LogConfiguration,
  type Simulation,
} from '../../src/engine/index';

const container = { name: 'render', image: 'public.ecr.aws/ecs-sandbox/web:v1' };

/** Registers a Fargate render definition with `extra` merged in; returns its revision. */
const registerFargate = (
  sim: Simulation,
  extra: Partial<InputOf<'ecs', 'RegisterTaskDefinition'>> = {},
  containerExtra: Partial<ContainerDefinitionInput> = {},
) =>
  sim.call('ecs', 'RegisterTaskDefinition', {
    family: 'render',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '512',
    memory: '3072',
    containerDefinitions: [{ ...container, ...containerExtra }],
    ...extra,
  }).taskDefinition.revision;

/** True when `request` is rejected with exception `name` whose message mentions `words`. */
function rejects(request: () => unknown, name: string, words: string): boolean {
  try {
    request();
    return false;
  } catch (e) {
    return isAwsError(e) && e.name === name && e.message.includes(words);
  }
}

const subnetIds = (sim: Simulation) => Object.values(sim.state.ec2.subnets).map((s) => s.SubnetId);

/** Runs `count` render tasks on Fargate in cluster `q` over every default subnet. */
function runFargate(sim: Simulation, count: number, extra: Partial<InputOf<'ecs', 'RunTask'>> = {}) {
  return sim.call('ecs', 'RunTask', {
    cluster: 'q',
    taskDefinition: 'render',
    launchType: 'FARGATE',
    count,
    networkConfiguration: { awsvpcConfiguration: { subnets: subnetIds(sim) } },
    ...extra,
  });
}

/** l3-cheapest-size's world: an empty cluster `q` for Fargate tasks. */
const EMPTY_FARGATE_CLUSTER: LessonScenario = {
  seed: 33,
  build(sim) {
    sim.call('ecs', 'CreateCluster', { clusterName: 'q' });
  },
  controls: ['editor', 'runTask', 'console', 'events'],
};

/** "Run it" for a Fargate size: register render at `cpu`/`memory` and run one task of it. */
const renderAt = (cpu: string, memory: string): RunIt => ({
  scenario: EMPTY_FARGATE_CLUSTER,
  steps: [
    call('ecs', 'RegisterTaskDefinition', {
      family: 'render',
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      cpu,
      memory,
      containerDefinitions: [container],
    }),
    call('ecs', 'RunTask', (sim) => ({
      cluster: 'q',
      taskDefinition: 'render',
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: subnetIds(sim) } },
    })),
  ],
  advance: 60,
  look: 'whether the size is accepted, and the task’s cpu and memory (what Fargate bills for)',
});

function fargateCluster(sim: Simulation): void {
  sim.call('ecs', 'CreateCluster', { clusterName: 'q' });
  registerFargate(sim);
}

export default [
  {
    id: 'l3-cheapest-size',
    kind: 'single',
    prompt:
      'A report renderer on AWS Fargate needs 3 GB of memory and very little CPU. Which task size is the ' +
      'MOST cost-effective one that ECS accepts?',
    options: [
      {
        id: '256-3072',
        text: '0.25 vCPU with 3 GB (cpu 256, memory 3072)',
        explanation: 'Rejected at registration: 0.25 vCPU only pairs with 0.5, 1 or 2 GB.',
        runIt: renderAt('256', '3072'),
      },
      {
        id: '512-3072',
        text: '0.5 vCPU with 3 GB (cpu 512, memory 3072)',
        explanation:
          'Right. 0.5 vCPU pairs with 1 to 4 GB, so this is the smallest valid size that holds 3 GB.',
        runIt: renderAt('512', '3072'),
      },
      {
        id: '1024-3072',
        text: '1 vCPU with 3 GB (cpu 1024, memory 3072)',
        explanation: 'Valid, but you pay for twice the vCPU the job needs.',
        runIt: renderAt('1024', '3072'),
      },
      {
        id: '512-4096',
        text: '0.5 vCPU with 4 GB (cpu 512, memory 4096)',
        explanation: 'Valid, but it bills a gigabyte the job never uses.',
        runIt: renderAt('512', '4096'),
      },
    ],
    correct: ['512-3072'],
    tags: {
      concepts: ['Fargate', 'task size'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-4.2', 'DOP-3.2'],
      facts: ['F11', 'F17'],
    },
    engineCheck(newSim) {
      const sim = newSim(1);
      return (
        rejects(() => registerFargate(sim, { cpu: '256' }), 'ClientException', 'cpu') &&
        registerFargate(sim) === 1
      );
    },
  },
  {
    id: 'l3-private-pull',
    kind: 'single',
    prompt:
      'A Fargate service runs in private subnets that have no NAT gateway. Its tasks stop with ' +
      'CannotPullContainerError while pulling an image from Amazon ECR. Which solution is the MOST secure way to let the ' +
      'tasks pull the image, keeping their traffic off the internet?',
    options: [
      {
        id: 'endpoints',
        text: 'Add interface VPC endpoints for the ECR API and ECR Docker, and an S3 gateway endpoint (plus one for CloudWatch Logs if they use awslogs).',
        explanation:
          'Right. ECR serves image manifests through its two endpoints and the layers from S3, so all three are ' +
          'needed; the pull then stays on private addresses.',
      },
      {
        id: 'public-ip',
        text: 'Set assignPublicIp to ENABLED in the service’s network configuration.',
        explanation:
          'A public IP only helps in a public subnet, whose route table leads to an internet gateway; these ' +
          'subnets have no such route.',
      },
      {
        id: 'public-subnets',
        text: 'Move the tasks to public subnets with public IPs.',
        explanation:
          'The pull would work, but the tasks would reach ECR over the internet, which the requirement rules out.',
      },
      {
        id: 'task-role',
        text: 'Attach an ECR read-only policy to the task role.',
        explanation:
          'The pull is done for the task with the execution role, and the error here is about the network path, not permissions.',
      },
    ],
    correct: ['endpoints'],
    tags: {
      concepts: ['Fargate', 'VPC endpoints', 'CannotPullContainerError'],
      exams: ['SAA-C03', 'SOA-C03'],
      tasks: ['SAA-1.2', 'SOA-5.3'],
      facts: ['F31', 'F77'],
    },
  },
  {
    id: 'l3-least-ops',
    kind: 'single',
    prompt:
      'A team runs a small stateless web API as ECS tasks on two EC2 container instances and spends hours every ' +
      'month patching and resizing them. They want to keep the container image as it is. Which option has the ' +
      'LEAST operational overhead?',
    options: [
      {
        id: 'fargate',
        text: 'Run the same tasks on AWS Fargate with a Fargate-compatible task definition.',
        explanation:
          'Right. AWS runs and patches the hosts; the team only picks a task size and the subnets.',
      },
      {
        id: 'eks',
        text: 'Move the API to Amazon EKS with a managed node group.',
        explanation:
          'A managed node group still leaves nodes, a Kubernetes control plane bill and manifests to look after.',
      },
      {
        id: 'bigger',
        text: 'Replace the two instances with one larger EC2 instance.',
        explanation:
          'Fewer hosts to patch, but still a host to patch, and one instance is one point of failure.',
      },
      {
        id: 'lambda',
        text: 'Rewrite the API as AWS Lambda functions.',
        explanation: 'Serverless too, but it means rewriting the app, which the team wants to avoid.',
      },
    ],
    correct: ['fargate'],
    tags: {
      concepts: ['Fargate', 'choosing compute'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-3.2', 'DOP-3.2'],
      facts: ['F8', 'F18'],
    },
  },
  {
    id: 'l3-binpack-fargate',
    kind: 'single',
    prompt:
      'To lower the Fargate bill, a colleague adds a binpack strategy on memory to a RunTask call with launch type ' +
      'FARGATE. What happens?',
    options: [
      {
        id: 'rejected',
        text: 'The call is rejected: Fargate takes no placement strategies. Size, task count and Spot decide the cost.',
        explanation:
          'Right. There are no hosts of yours to pack. You pay per task for its vCPU and memory, so right-size ' +
          'tasks or use Fargate Spot instead.',
      },
      {
        id: 'packs',
        text: 'The tasks share fewer hosts, so the bill goes down.',
        explanation:
          'Fargate bills each task for its own size; how AWS packs its hosts never reaches your bill.',
      },
      {
        id: 'ignored',
        text: 'The strategy is accepted and silently ignored.',
        explanation: 'ECS rejects it with InvalidParameterException rather than ignoring it.',
      },
      {
        id: 'one-az',
        text: 'The tasks are packed into a single Availability Zone.',
        explanation: 'Fargate balances tasks across the AZs of the given subnets; no strategy changes that.',
      },
    ],
    correct: ['rejected'],
    tags: {
      concepts: ['Fargate', 'placement strategy', 'cost'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-4.2', 'DOP-3.1'],
      misconceptions: ['M6'],
      facts: ['F12', 'F45'],
    },
    engineCheck(newSim) {
      const sim = newSim(3);
      fargateCluster(sim);
      return rejects(
        () => runFargate(sim, 1, { placementStrategy: [{ type: 'binpack', field: 'memory' }] }),
        'InvalidParameterException',
        'strateg',
      );
    },
  },
  {
    id: 'l3-network-mode',
    kind: 'single',
    prompt: 'Which networkMode must a task definition use to run on Fargate?',
    options: [
      {
        id: 'awsvpc',
        text: 'awsvpc',
        explanation:
          'Right. Each Fargate task gets its own elastic network interface, private IP and security groups.',
      },
      {
        id: 'bridge',
        text: 'bridge',
        explanation:
          'Bridge mode needs a Docker bridge on a host you manage (an EC2 or external instance); Fargate gives you none.',
      },
      {
        id: 'host',
        text: 'host',
        explanation: 'Host mode binds to the host network, and Fargate gives you no host.',
      },
      {
        id: 'none',
        text: 'none',
        explanation: 'none leaves the task without networking; Fargate rejects it too.',
      },
    ],
    correct: ['awsvpc'],
    tags: {
      concepts: ['Fargate', 'awsvpc', 'network mode'],
      exams: ['SAA-C03'],
      tasks: ['SAA-3.2'],
      facts: ['F12', 'F25'],
    },
    engineCheck(newSim) {
      const sim = newSim(2);
      return rejects(() => registerFargate(sim, { networkMode: 'bridge' }), 'ClientException', 'awsvpc');
    },
  },
  {
    id: 'l3-ephemeral',
    kind: 'single',
    prompt:
      'A Fargate task on platform version 1.4.0 needs about 60 GiB of scratch disk for temporary files that' +
      ' may vanish with the task. Which solution meets this need with the LEAST operational overhead?',
    options: [
      {
        id: 'size',
        text: 'Set ephemeralStorage.sizeInGiB to 60 in the task definition.',
        explanation:
          'Right. Tasks get 20 GiB by default, and you can ask for 21 to 200 GiB; it disappears with the task.',
      },
      {
        id: 'default',
        text: 'Nothing: every Fargate task already has 200 GiB.',
        explanation: '200 GiB is the ceiling, not the default; the default is 20 GiB.',
      },
      {
        id: 'host-path',
        text: 'Mount a directory of the Fargate host with host.sourcePath.',
        explanation: 'Fargate gives you no host; a volume with a host sourcePath is rejected.',
      },
      {
        id: 'bigger-size',
        text: 'Choose a larger cpu and memory size; disk grows with it.',
        explanation: 'Ephemeral storage is set on its own, independent of the cpu/memory pair.',
      },
    ],
    correct: ['size'],
    tags: {
      concepts: ['Fargate', 'ephemeral storage'],
      exams: ['SAA-C03'],
      tasks: ['SAA-3.1'],
      facts: ['F13'],
    },
    engineCheck(newSim) {
      const sim = newSim(5);
      fargateCluster(sim);
      const { tasks } = runFargate(sim, 1);
      const described = sim.call('ecs', 'DescribeTasks', {
        cluster: 'q',
        tasks: [tasks[0]!.taskArn],
      });
      return (
        described.tasks[0]?.ephemeralStorage?.sizeInGiB === 20 &&
        registerFargate(sim, { ephemeralStorage: { sizeInGiB: 60 } }) === 2 &&
        // a task of the new revision reports the 60 GiB it got
        runFargate(sim, 1).tasks[0]?.ephemeralStorage?.sizeInGiB === 60 &&
        rejects(
          () => registerFargate(sim, { ephemeralStorage: { sizeInGiB: 300 } }),
          'InvalidParameterException',
          'sizeInGiB',
        )
      );
    },
  },
  {
    id: 'l3-cannot',
    kind: 'multiple',
    prompt:
      'A team plans to move every workload of an EC2-backed ECS cluster to AWS Fargate. Which THREE of ' +
      'these needs can a Fargate task NOT meet?',
    options: [
      {
        id: 'privileged',
        text: 'Run a privileged container.',
        explanation: 'Correct, it cannot: Fargate never grants host-level privileges.',
      },
      {
        id: 'daemon',
        text: 'Be one copy of a DAEMON service.',
        explanation:
          'Correct, it cannot: DAEMON places one task per container instance, and Fargate has none. Run the agent as a sidecar.',
      },
      {
        id: 'gpu',
        text: 'Use a GPU.',
        explanation: 'Correct, it cannot: GPU work needs EC2 (or Managed Instances) capacity.',
      },
      {
        id: 'awslogs',
        text: 'Send its logs to CloudWatch with awslogs.',
        explanation: 'It can: awslogs works on Fargate, with an execution role that may write logs.',
      },
      {
        id: 'security-groups',
        text: 'Have security groups of its own.',
        explanation: 'It can: every Fargate task has its own ENI, and the security groups attach to it.',
      },
    ],
    correct: ['privileged', 'daemon', 'gpu'],
    tags: {
      concepts: ['Fargate', 'Fargate limits'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-3.2', 'DOP-3.2'],
      facts: ['F12', 'F18'],
    },
    engineCheck(newSim) {
      const sim = newSim(6);
      const awslogs: LogConfiguration = {
        logDriver: 'awslogs',
        options: {
          'awslogs-group': '/ecs/render',
          'awslogs-region': 'us-east-1',
          'awslogs-stream-prefix': 'render',
        },
      };
      return (
        rejects(() => registerFargate(sim, {}, { privileged: true }), 'ClientException', 'privileged') &&
        registerFargate(sim, { executionRoleArn: 'ecsTaskExecutionRole' }, { logConfiguration: awslogs }) ===
          1
      );
    },
  },
  {
    id: 'l3-eni',
    kind: 'single',
    prompt:
      'Six Fargate tasks of one definition are running. How many network interfaces do they use between them?',
    options: [
      {
        id: 'six',
        text: 'Six: each task has its own ENI and private IP address.',
        explanation: 'Right. That is what awsvpc means, and each task uses one IP address of its subnet.',
      },
      {
        id: 'one',
        text: 'One, shared by all tasks of the definition.',
        explanation: 'Tasks never share an ENI on Fargate; each is its own isolated unit.',
      },
      {
        id: 'three',
        text: 'Three, one per subnet.',
        explanation: 'ENIs are per task, not per subnet; a subnet holds as many as it has free addresses.',
      },
      {
        id: 'none',
        text: 'None: they use the network of the Fargate host.',
        explanation: 'That would be host mode, which Fargate does not offer.',
      },
    ],
    correct: ['six'],
    tags: {
      concepts: ['Fargate', 'awsvpc', 'ENI'],
      exams: ['SAA-C03'],
      tasks: ['SAA-3.2'],
      facts: ['F25', 'F34'],
    },
    engineCheck(newSim) {
      const sim = newSim(7);
      fargateCluster(sim);
      const { tasks } = runFargate(sim, 6);
      sim.advance(60);
      const enis = tasks.map(
        (t) => sim.state.ecs.tasks[t.taskArn as keyof typeof sim.state.ecs.tasks]?.eni?.networkInterfaceId,
      );
      return enis.every((id) => id !== undefined) && new Set(enis).size === 6;
    },
  },
  {
    id: 'l3-size-bug',
    kind: 'spot-the-bug',
    prompt: 'Registering this task definition fails. Why?',
    json: JSON.stringify(
      {
        family: 'render',
        requiresCompatibilities: ['FARGATE'],
        networkMode: 'awsvpc',
        cpu: '1024',
        memory: '1024',
        containerDefinitions: [
          {
            name: 'render',
            image: 'public.ecr.aws/ecs-sandbox/web:v1',
            portMappings: [{ containerPort: 8080, hostPort: 8080 }],
          },
        ],
      },
      null,
      2,
    ),
    options: [
      {
        id: 'size',
        text: '1 vCPU needs 2 to 8 GB of memory; 1024 MiB is not a valid pair.',
        explanation: 'Right. Use cpu 512 for 1 GB, or raise memory to at least 2048 for 1 vCPU.',
      },
      {
        id: 'host-port',
        text: 'hostPort must be left out in awsvpc mode.',
        explanation: 'In awsvpc mode hostPort may be left out or set equal to containerPort, as here.',
      },
      {
        id: 'strings',
        text: 'cpu and memory must be numbers, not strings.',
        explanation: 'At the task level the API takes them as strings (also "1 vCPU" or "2 GB").',
      },
      {
        id: 'execution-role',
        text: 'Every Fargate task definition needs an executionRoleArn.',
        explanation:
          'Only for work the agent does for you: private ECR pulls, awslogs, secrets. This image is public.',
      },
    ],
    correct: ['size'],
    tags: {
      concepts: ['Fargate', 'task size'],
      exams: ['SAA-C03', 'DVA-C02'],
      tasks: ['SAA-3.2', 'DVA-3.1'],
      facts: ['F11'],
    },
    engineCheck(newSim) {
      const sim = newSim(8);
      const port = { portMappings: [{ containerPort: 8080, hostPort: 8080 }] };
      return (
        rejects(
          () => registerFargate(sim, { cpu: '1024', memory: '1024' }, port),
          'ClientException',
          'memory',
        ) && registerFargate(sim, { cpu: '1024', memory: '2048' }, port) === 1
      );
    },
  },
  {
    id: 'l3-az-spread',
    // repeats the lesson's prediction: kept out of the lesson's quiz, still in exam prep
    twinOfPrediction: true,
    kind: 'single',
    prompt:
      'One RunTask call starts 6 Fargate tasks with subnets in us-east-1a, us-east-1b and us-east-1c and no ' +
      'strategy. Where do they run?',
    options: [
      {
        id: 'even',
        text: 'Two in each of the three AZs.',
        explanation:
          'Right. Fargate spreads a group of tasks across the AZs of the subnets it is given, on a best-effort basis.',
      },
      {
        id: 'first',
        text: 'All six in us-east-1a, the first subnet listed.',
        explanation: 'The order of the subnets does not decide the AZ; the balance of the group does.',
      },
      {
        id: 'random',
        text: 'Anywhere; an AZ may end up with none.',
        explanation:
          'AWS spreads the group over the AZs of the subnets as evenly as it can (best effort); the sandbox models that as two per AZ here.',
      },
      {
        id: 'needs-spread',
        text: 'They only spread if the call adds a spread strategy on the AZ attribute.',
        explanation:
          'That holds for EC2 tasks. On Fargate the strategy is rejected; the subnets set the AZs.',
      },
    ],
    correct: ['even'],
    tags: {
      concepts: ['Fargate', 'Availability Zone', 'high availability'],
      exams: ['SAA-C03'],
      tasks: ['SAA-2.2'],
      misconceptions: ['M6'],
      facts: ['F45'],
    },
    engineCheck(newSim) {
      const sim = newSim(4);
      fargateCluster(sim);
      const { tasks } = runFargate(sim, 6);
      sim.advance(60);
      const azs = tasks.map(
        (t) => sim.state.ecs.tasks[t.taskArn as keyof typeof sim.state.ecs.tasks]!.availabilityZone,
      );
      const perAz = Object.values(countBy(azs, (az) => az));
      return perAz.length === 3 && perAz.every((n) => n === 2);
    },
  },
] satisfies QuizItem[];
