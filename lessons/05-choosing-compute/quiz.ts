import { startOf } from '../../src/course/quizChecks';
import { runSteps } from '../../src/course/steps';
import type { QuizItem } from '../../src/course/types';
import { isAwsError } from '../../src/engine/index';
import {
  awsvpc,
  CLUSTER,
  findInstanceGpus,
  NIGHTLY,
  running,
  STOREFRONT,
  tasksInGroup,
  VISION,
  VISION_V1,
  whereRuns,
} from './compute';
import scenario from './scenario';
import { createStorefront, createVision, launchGpuInstance, runNightly } from './solution';

/** The lesson's start on a fresh simulation. */
const world = startOf(scenario);

/** The AwsError message `call` throws ('' when it does not throw one). */
function refusal(call: () => unknown): string {
  try {
    call();
    return '';
  } catch (e) {
    return isAwsError(e) ? e.message : '';
  }
}

/** vision as a Fargate task definition: the GPU requirement kept. */
const visionOnFargate = {
  ...VISION_V1,
  family: 'vision-fargate',
  requiresCompatibilities: ['FARGATE' as const],
  networkMode: 'awsvpc' as const,
  cpu: '4096',
  memory: '16384',
  containerDefinitions: [{ ...VISION_V1.containerDefinitions[0]!, portMappings: [{ containerPort: 8080 }] }],
};

export default [
  {
    id: 'gpu-choice',
    kind: 'single',
    prompt:
      'A team containerizes an image-recognition model that needs one NVIDIA GPU per copy and wants to run it on ' +
      'Amazon ECS. Which compute meets the requirement with the LEAST operational overhead the exams expect?',
    options: [
      {
        id: 'ec2-gpu',
        text: 'EC2 GPU instances (e.g. g4dn) from the ECS GPU-optimized AMI, with a GPU in the task’s resourceRequirements.',
        explanation:
          'Right: only GPU instances have GPUs, and the GPU-optimized AMI’s agent registers them so placement can ' +
          'reserve one. (ECS Managed Instances can also supply GPU instances now; the exams’ answer is EC2.)',
        runIt: {
          steps: [launchGpuInstance(), { advance: 120 }, createVision],
          advance: 180,
          look: 'the vision task on the g4dn.xlarge, its GPU assigned',
        },
      },
      {
        id: 'fargate-gpu',
        text: 'Fargate, with a GPU in the task’s resourceRequirements.',
        explanation: 'Fargate has no GPUs: a Fargate task definition with a GPU requirement is refused.',
        runIt: {
          steps: [{ call: ['ecs', 'RegisterTaskDefinition', visionOnFargate] }],
          look: 'the refusal of the task definition',
        },
      },
      {
        id: 'fargate-big',
        text: 'The largest Fargate task size, 16 vCPU and 120 GB.',
        explanation: 'More CPU is not a GPU; the model needs the NVIDIA device.',
      },
      {
        id: 'general-ec2',
        text: 'Any EC2 instance with enough memory; the container brings its own CUDA libraries.',
        explanation:
          'Libraries in the image do not add hardware: placement finds no free GPU on an m5 and the task is never placed.',
      },
    ],
    correct: ['ec2-gpu'],
    tags: {
      concepts: ['GPU', 'ECS-optimized AMI', 'resourceRequirements', 'EC2 launch type'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-2.1', 'DOP-3.2'],
      facts: ['F16', 'F18'],
    },
    engineCheck(newSim) {
      const sim = world(newSim);
      const fargateRefused = /Fargate does not support GPU/.test(
        refusal(() => sim.fork().call('ecs', 'RegisterTaskDefinition', visionOnFargate)),
      );
      const onGeneral = sim.fork();
      runSteps(onGeneral, [createVision, { advance: 180 }]);
      runSteps(sim, [launchGpuInstance(), { advance: 120 }, createVision, { advance: 180 }]);
      const task = running(tasksInGroup(sim, `service:${VISION}`))[0];
      return (
        fargateRefused &&
        running(tasksInGroup(onGeneral, `service:${VISION}`)).length === 0 &&
        task !== undefined &&
        findInstanceGpus(sim, task) &&
        (task.reserved.gpuIds?.length ?? 0) === 1
      );
    },
  },
  {
    id: 'spiky-api',
    kind: 'single',
    prompt:
      'A startup runs a customer-facing API whose traffic jumps tenfold at lunchtime. It has no operations staff ' +
      'to patch or scale servers. Which option runs its containers with the LEAST operational overhead?',
    options: [
      {
        id: 'fargate',
        text: 'Amazon ECS on Fargate, with service auto scaling.',
        explanation:
          'Right: no instances to patch, scale or right-size; each task is billed for its size and time.',
      },
      {
        id: 'ec2-asg',
        text: 'Amazon ECS on EC2 with an Auto Scaling group capacity provider.',
        explanation: 'It scales, but someone still owns the AMI, patching and instance choices.',
      },
      {
        id: 'spot',
        text: 'Amazon ECS on Fargate Spot only.',
        explanation:
          'Cheaper, but capacity can be taken back at two minutes’ notice: risky for the only copy of an API.',
      },
      {
        id: 'anywhere',
        text: 'ECS Anywhere on the office servers.',
        explanation: 'That keeps every server in the team’s hands, the opposite of the requirement.',
      },
    ],
    correct: ['fargate'],
    tags: {
      concepts: ['Fargate', 'operational overhead'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-2.1', 'DOP-3.2'],
      facts: ['F18'],
    },
    engineCheck(newSim) {
      // Fargate needs no instance in the cluster: a cluster with none runs the service
      const sim = newSim(3);
      sim.call('ecs', 'CreateCluster', { clusterName: CLUSTER });
      sim.call('ecs', 'RegisterTaskDefinition', {
        family: STOREFRONT,
        requiresCompatibilities: ['FARGATE'],
        networkMode: 'awsvpc',
        cpu: '512',
        memory: '1024',
        containerDefinitions: [{ name: STOREFRONT, image: 'nginx:latest', essential: true }],
      });
      runSteps(sim, [createStorefront(), { advance: 180 }]);
      const tasks = running(tasksInGroup(sim, `service:${STOREFRONT}`));
      return (
        Object.keys(sim.state.ecs.containerInstances).length === 0 &&
        tasks.length === 2 &&
        tasks.every((t) => whereRuns(sim, t) === 'FARGATE')
      );
    },
  },
  {
    id: 'batch-spot',
    kind: 'single',
    prompt:
      'A nightly job renders reports for 10 minutes in containers. If it is interrupted, the scheduler simply ' +
      'runs it again. Which way of running it is MOST cost-effective?',
    options: [
      {
        id: 'spot',
        text: 'RunTask with a capacity provider strategy of FARGATE_SPOT.',
        explanation:
          'Right: Spot’s discount is for work that tolerates a reclaim, and a rerun costs little here.',
        runIt: {
          steps: [runNightly('spot')],
          advance: 720,
          look: 'the nightly task on FARGATE_SPOT, finished',
        },
      },
      {
        id: 'fargate',
        text: 'RunTask on Fargate (on-demand).',
        explanation: 'It works, at the full on-demand price, for work that did not need the guarantee.',
        runIt: {
          steps: [runNightly('fargate')],
          advance: 720,
          look: 'the nightly task on FARGATE, finished',
        },
      },
      {
        id: 'reserved',
        text: 'A Reserved Instance running all day for the job.',
        explanation: 'A 10-minute nightly job would leave the instance idle 23 hours a day.',
      },
      {
        id: 'service',
        text: 'An ECS service with desired count 1 on Fargate.',
        explanation:
          'A service restarts the task whenever it exits: a job would run again and again, all day.',
      },
    ],
    correct: ['spot'],
    tags: {
      concepts: ['Fargate Spot', 'cost', 'capacity provider strategy'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-4.2', 'DOP-3.2'],
      facts: ['F17'],
    },
    engineCheck(newSim) {
      const sim = world(newSim);
      runSteps(sim, [runNightly('spot'), { advance: 720 }]);
      const task = tasksInGroup(sim, `family:${NIGHTLY}`)[0];
      return (
        task?.capacityProviderName === 'FARGATE_SPOT' &&
        task.lastStatus === 'STOPPED' &&
        task.containers.every((c) => c.exitCode === 0)
      );
    },
  },
  {
    id: 'savings-plans',
    kind: 'single',
    prompt: 'Which commitment lowers the price of steady Amazon ECS tasks that run on Fargate?',
    options: [
      {
        id: 'compute-sp',
        text: 'Compute Savings Plans.',
        explanation: 'Right: they apply to Fargate (and Lambda and EC2) usage, whatever the Region or size.',
      },
      {
        id: 'ec2-sp',
        text: 'EC2 Instance Savings Plans.',
        explanation: 'They apply to one EC2 instance family in one Region, not to Fargate.',
      },
      {
        id: 'ri',
        text: 'Reserved Instances for the tasks’ size.',
        explanation: 'Reserved Instances are for EC2 instances; Fargate tasks are not instances you reserve.',
      },
      {
        id: 'none',
        text: 'None: Fargate is on-demand or Spot only.',
        explanation: 'Compute Savings Plans cover Fargate.',
      },
    ],
    correct: ['compute-sp'],
    tags: {
      concepts: ['Savings Plans', 'cost'],
      exams: ['SAA-C03'],
      tasks: ['SAA-4.2'],
      facts: ['F17'],
    },
  },
  {
    id: 'on-premises',
    kind: 'single',
    prompt:
      'A manufacturer must keep machine data inside its factory, where it already owns servers. It wants to run ' +
      'containers there and manage them with the same ECS APIs it uses in AWS, with the LEAST new hardware.',
    options: [
      {
        id: 'anywhere',
        text: 'ECS Anywhere: register the servers (SSM agent and ECS agent) and run tasks with launch type EXTERNAL.',
        explanation: 'Right: the servers stay in the factory; ECS in the Region schedules tasks onto them.',
      },
      {
        id: 'outposts',
        text: 'Order an AWS Outposts rack and run ECS on it.',
        explanation:
          'Outposts also runs on site, but it is new AWS hardware, not the servers the factory owns.',
      },
      {
        id: 'fargate',
        text: 'Fargate in the nearest Region.',
        explanation: 'The data would leave the factory.',
      },
      {
        id: 'managed',
        text: 'ECS Managed Instances.',
        explanation:
          'Managed Instances are EC2 instances AWS runs in a Region, not servers in your building.',
      },
    ],
    correct: ['anywhere'],
    tags: {
      concepts: ['ECS Anywhere', 'choosing compute'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-2.1', 'DOP-3.2'],
      facts: ['F15'],
    },
  },
  {
    id: 'host-access',
    kind: 'single',
    prompt:
      'A security agent must run in a privileged container on every host, reading the host’s kernel events. ' +
      'Which choice meets the requirement with the LEAST operational overhead?',
    options: [
      {
        id: 'ec2-daemon',
        text: 'EC2 container instances, with the agent as a DAEMON service.',
        explanation:
          'Right: privileged containers and host access need hosts you control; DAEMON puts one per instance.',
      },
      {
        id: 'fargate-privileged',
        text: 'Fargate, with privileged set to true.',
        explanation: 'Fargate refuses privileged containers, and it gives no access to its hosts.',
      },
      {
        id: 'fargate-sidecar',
        text: 'Fargate, with the agent as a sidecar in every task.',
        explanation: 'A sidecar sees its own task, not a host kernel; and it still could not be privileged.',
      },
      {
        id: 'spot',
        text: 'Fargate Spot, to keep the cost of an extra container down.',
        explanation: 'Spot changes the price, not what a Fargate task may do.',
      },
    ],
    correct: ['ec2-daemon'],
    tags: {
      concepts: ['EC2 launch type', 'Fargate limits', 'DAEMON service'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-2.1', 'DOP-3.2'],
      facts: ['F18'],
    },
    engineCheck(newSim) {
      const sim = newSim(1);
      const message = refusal(() =>
        sim.call('ecs', 'RegisterTaskDefinition', {
          family: 'agent',
          requiresCompatibilities: ['FARGATE'],
          networkMode: 'awsvpc',
          cpu: '256',
          memory: '512',
          containerDefinitions: [{ name: 'agent', image: 'busybox:latest', privileged: true }],
        }),
      );
      const onEc2 = refusal(() =>
        sim.call('ecs', 'RegisterTaskDefinition', {
          family: 'agent',
          containerDefinitions: [{ name: 'agent', image: 'busybox:latest', memory: 128, privileged: true }],
        }),
      );
      return /privileged/.test(message) && onEc2 === '';
    },
  },
  {
    id: 'managed-instances',
    kind: 'single',
    prompt: 'Which statement about Amazon ECS Managed Instances (2025) is accurate?',
    options: [
      {
        id: 'capacity-provider',
        text: 'You state instance requirements (GPUs included) in a capacity provider; AWS launches, patches and replaces the EC2 instances.',
        explanation: 'Right: EC2’s range of hardware with much of the server work taken over by AWS.',
      },
      {
        id: 'fargate-gpu',
        text: 'It is Fargate with GPUs: there are no instances at all.',
        explanation: 'The tasks run on EC2 instances in your account; AWS manages them for you.',
      },
      {
        id: 'on-premises',
        text: 'It runs tasks on your own data-center servers.',
        explanation: 'That is ECS Anywhere.',
      },
      {
        id: 'launch-type',
        text: 'You select it with launchType MANAGED_INSTANCES on each RunTask.',
        explanation:
          'Tasks reach it through a capacity provider in the strategy, with the launch type left out.',
      },
    ],
    correct: ['capacity-provider'],
    tags: {
      concepts: ['ECS Managed Instances', 'choosing compute'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-2.1', 'DOP-3.2'],
      facts: ['F16'],
    },
    engineCheck(newSim) {
      const sim = world(newSim);
      const message = refusal(() =>
        sim.call('ecs', 'RunTask', {
          cluster: CLUSTER,
          taskDefinition: STOREFRONT,
          launchType: 'MANAGED_INSTANCES',
          networkConfiguration: awsvpc(sim),
        }),
      );
      return /through a capacity provider in capacityProviderStrategy/.test(message);
    },
  },
  {
    id: 'steady-fleet',
    kind: 'single',
    prompt:
      'A company runs 300 containers around the clock at steady, high utilization. Its platform team already ' +
      'runs EC2 fleets well. Which option is MOST cost-effective for this fleet?',
    options: [
      {
        id: 'ec2-binpack',
        text: 'ECS on EC2 with binpack placement, covered by Savings Plans.',
        explanation:
          'Right: at steady high utilization, packed instances under a commitment usually cost less than paying per task; the team can run them.',
      },
      {
        id: 'fargate',
        text: 'ECS on Fargate on-demand.',
        explanation:
          'Simplest, but per-task pricing for a large, steady, well-packed fleet usually costs more.',
      },
      {
        id: 'spot-only',
        text: 'Fargate Spot for all 300.',
        explanation:
          'Cheaper per hour, but steady production capacity cannot rest entirely on reclaimable capacity.',
      },
      {
        id: 'ondemand-spread',
        text: 'ECS on EC2 on-demand with the spread strategy across instances.',
        explanation: 'Spreading leaves room on every instance; with no commitment it pays list price for it.',
      },
    ],
    correct: ['ec2-binpack'],
    tags: {
      concepts: ['cost', 'EC2 launch type', 'binpack', 'Savings Plans'],
      exams: ['SAA-C03'],
      tasks: ['SAA-4.2'],
      facts: ['F17'],
    },
  },
] satisfies QuizItem[];
