import { launchContainerInstances } from '../../src/course/fixtures';
import type { QuizItem } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';

const clusterOf = (sim: Simulation) =>
  Object.values(sim.state.ecs.containerInstances).map((ci) =>
    ci.clusterArn.slice(ci.clusterArn.lastIndexOf('/') + 1),
  );

/** One t3.medium in cluster `c`, registered; returns the simulation. */
function oneInstanceCluster(newSim: (seed: number) => Simulation, c: string): Simulation {
  const sim = newSim(1);
  sim.callByName('ecs', 'CreateCluster', { clusterName: c });
  launchContainerInstances(sim, { instanceType: 't3.medium', cluster: c, name: c });
  sim.advance(120);
  return sim;
}

export default [
  {
    id: 'no-ecs-cluster',
    kind: 'single',
    prompt:
      'An ECS-optimized instance with a valid instance profile boots with user data that sets only ' +
      'ECS_ENABLE_CONTAINER_METADATA=true. What happens to it?',
    options: [
      {
        id: 'default',
        text: 'Its agent registers it in the cluster named default, creating that cluster if it does not exist.',
        explanation: 'Right: with no ECS_CLUSTER the agent falls back to default.',
      },
      {
        id: 'none',
        text: 'It boots but never registers, because no cluster was named.',
        explanation: 'The agent does not wait for a name; it has a fallback cluster and uses it.',
      },
      {
        id: 'only',
        text: 'It joins the only cluster in the Region.',
        explanation:
          'The agent never guesses from the clusters that exist; only ECS_CLUSTER or the default name counts.',
      },
      {
        id: 'prompt',
        text: 'ECS marks it REGISTRATION_FAILED until you assign it with UpdateContainerInstancesState.',
        explanation:
          'REGISTRATION_FAILED is about trunk ENI setup, and UpdateContainerInstancesState only switches between ACTIVE and DRAINING.',
      },
    ],
    correct: ['default'],
    tags: { concepts: ['ECS_CLUSTER', 'container instance'], exams: ['SAA-C03', 'SOA-C03'], facts: ['F10'] },
    engineCheck(newSim) {
      const sim = newSim(1);
      sim.callByName('ecs', 'CreateCluster', { clusterName: 'shop' });
      launchContainerInstances(sim, {
        instanceType: 't3.medium',
        extraConfig: { ECS_ENABLE_CONTAINER_METADATA: 'true' },
        name: 'x',
      });
      sim.advance(120);
      return clusterOf(sim).join() === 'default';
    },
  },
  {
    id: 'no-profile',
    kind: 'single',
    prompt:
      'An instance launched from the ECS-optimized AMI has ECS_CLUSTER=shop in its user data but no IAM instance ' +
      'profile. Ten minutes later, what do you see?',
    options: [
      {
        id: 'absent',
        text: 'No container instance in shop: the agent cannot call ECS, so it keeps retrying and never registers.',
        explanation:
          'Right: registration is an ECS API call, and without the instance role the agent has no credentials for it.',
      },
      {
        id: 'no-pull',
        text: 'The instance is ACTIVE in shop, but tasks on it cannot pull images.',
        explanation: 'It never gets that far: registering already needs the instance role.',
      },
      {
        id: 'task-role',
        text: 'It registers; the instance role only matters when a task definition has no task role.',
        explanation:
          "The instance role is the agent's own identity; a task role is for the application in a container.",
      },
    ],
    correct: ['absent'],
    tags: { concepts: ['instance role', 'ECS agent'], exams: ['SAA-C03', 'SOA-C03'], facts: ['F19'] },
    engineCheck(newSim) {
      const sim = newSim(1);
      sim.callByName('ecs', 'CreateCluster', { clusterName: 'shop' });
      launchContainerInstances(sim, {
        instanceType: 't3.medium',
        cluster: 'shop',
        instanceProfile: null,
        name: 'x',
      });
      sim.advance(600);
      return clusterOf(sim).length === 0 && sim.events.some((e) => e.type === 'AgentWaiting');
    },
  },
  {
    id: 'join-needs',
    kind: 'multiple',
    prompt: 'Which three does an EC2 instance need to join the cluster shop? (Choose three.)',
    options: [
      {
        id: 'agent',
        text: 'The ECS agent, for example by launching from the ECS-optimized AMI.',
        explanation: 'Right: the agent is what registers the instance and runs its tasks.',
      },
      {
        id: 'config',
        text: 'ECS_CLUSTER=shop in /etc/ecs/ecs.config, usually written by user data.',
        explanation: 'Right: without it the agent picks default.',
      },
      {
        id: 'role',
        text: "An instance profile whose role EC2 can assume and that allows the agent's ECS calls.",
        explanation: 'Right: registration and polling are ECS API calls made with the instance role.',
      },
      {
        id: 'inbound',
        text: 'An inbound security group rule so ECS can reach the agent.',
        explanation:
          'The agent connects out to ECS; nothing connects in. It needs an outbound route, not an inbound rule.',
      },
      {
        id: 'az',
        text: 'A subnet in the same Availability Zone as the cluster.',
        explanation:
          'A cluster is Regional, not tied to one AZ; its instances can sit in any AZ of the Region.',
      },
    ],
    correct: ['agent', 'config', 'role'],
    tags: {
      concepts: ['container instance', 'ECS agent'],
      exams: ['SAA-C03', 'SOA-C03'],
      facts: ['F9', 'F10', 'F19'],
    },
  },
  {
    id: 'idle-but-full',
    kind: 'single',
    prompt:
      'A t3.medium in shop shows low CPU and most of its memory unused, yet RunTask for one more cart task ' +
      'returns the failure RESOURCE:MEMORY. What explains it?',
    options: [
      {
        id: 'reserved',
        text: 'The tasks already there reserve nearly all the memory the instance registered; actual use does not count.',
        explanation: 'Right: the scheduler works from reservations, so an idle instance can be full.',
      },
      {
        id: 'metrics',
        text: 'The memory metric lags by five minutes; retry once it catches up.',
        explanation: 'No metric is involved. Retrying changes nothing while the reservations stay.',
      },
      {
        id: 'cpu',
        text: 'CPU is the real limit; the reason code is misleading.',
        explanation: 'Reason codes name the check that failed. CPU would show RESOURCE:CPU.',
      },
      {
        id: 'swap',
        text: 'The instance has no swap space configured.',
        explanation: 'Swap plays no part in placement; it only affects containers once they run.',
      },
    ],
    correct: ['reserved'],
    tags: {
      concepts: ['memoryReservation', 'RESOURCE:MEMORY'],
      exams: ['SAA-C03', 'SOA-C03'],
      misconceptions: ['M8'],
      facts: ['F5'],
    },
    engineCheck(newSim) {
      const sim = oneInstanceCluster(newSim, 'shop');
      sim.callByName('ecs', 'RegisterTaskDefinition', {
        family: 'cart',
        containerDefinitions: [{ name: 'cart', image: 'nginx:latest', cpu: 128, memoryReservation: 2560 }],
      });
      const first = sim.callByName('ecs', 'RunTask', { cluster: 'shop', taskDefinition: 'cart' }) as {
        tasks: unknown[];
      };
      const second = sim.callByName('ecs', 'RunTask', { cluster: 'shop', taskDefinition: 'cart' }) as {
        tasks: unknown[];
        failures: { reason: string }[];
      };
      return (
        first.tasks.length === 1 &&
        second.tasks.length === 0 &&
        second.failures.some((f) => f.reason === 'RESOURCE:MEMORY')
      );
    },
  },
  {
    id: 'soft-counts',
    kind: 'single',
    prompt:
      'A container sets memory 2048 (hard limit) and memoryReservation 512 (soft). How much memory does placement ' +
      'take off the instance for one task?',
    options: [
      {
        id: '512',
        text: '512 MiB: the soft reservation is what the scheduler books.',
        explanation:
          'Right: when memoryReservation is set, it is the amount reserved; the hard limit only caps the container.',
      },
      {
        id: '2048',
        text: '2048 MiB: the scheduler must plan for the worst case.',
        explanation:
          'Only a container with just `memory` set books its hard limit. Here the reservation wins.',
      },
      {
        id: '2560',
        text: '2560 MiB: the two figures add up.',
        explanation:
          'They are two views of one container (a floor for placement, a ceiling at run time), never a sum.',
      },
    ],
    correct: ['512'],
    tags: { concepts: ['memoryReservation', 'memory'], exams: ['SAA-C03', 'DVA-C02'], facts: ['F5'] },
    engineCheck(newSim) {
      const sim = oneInstanceCluster(newSim, 'shop');
      sim.callByName('ecs', 'RegisterTaskDefinition', {
        family: 'api',
        containerDefinitions: [{ name: 'api', image: 'nginx:latest', memory: 2048, memoryReservation: 512 }],
      });
      const ci = Object.values(sim.state.ecs.containerInstances)[0]!;
      const before = ci.remainingResources.memory;
      sim.callByName('ecs', 'RunTask', { cluster: 'shop', taskDefinition: 'api' });
      return (
        before - sim.state.ecs.containerInstances[ci.containerInstanceArn]!.remainingResources.memory === 512
      );
    },
  },
  {
    id: 'missing-profile-json',
    kind: 'spot-the-bug',
    prompt:
      'This RunInstances request should add two instances to shop. Its UserData decodes to ' +
      '`echo ECS_CLUSTER=shop >> /etc/ecs/ecs.config`. Why do no container instances appear?',
    json: JSON.stringify(
      {
        ImageId: 'resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id',
        InstanceType: 't3.medium',
        MinCount: 2,
        MaxCount: 2,
        UserData: 'ZWNobyBFQ1NfQ0xVU1RFUj1zaG9wID4+IC9ldGMvZWNzL2Vjcy5jb25maWc=',
      },
      null,
      2,
    ),
    options: [
      {
        id: 'profile',
        text: 'There is no IamInstanceProfile, so the agent has no credentials to register.',
        explanation: 'Right: add IamInstanceProfile {"Name": "ecsInstanceRole"}.',
      },
      {
        id: 'ami',
        text: 'ImageId must be an ami-… id, not an SSM parameter reference.',
        explanation:
          'EC2 resolves resolve:ssm: references at launch; this one names the current ECS-optimized AMI.',
      },
      {
        id: 'base64',
        text: 'UserData must be plain text, not base64.',
        explanation: 'The API takes base64; it is the CLI that encodes a plain script for you.',
      },
      {
        id: 'count',
        text: 'MinCount and MaxCount must both be 1 for ECS instances.',
        explanation: 'Any count works; each instance registers on its own.',
      },
    ],
    correct: ['profile'],
    tags: { concepts: ['instance role', 'user data'], exams: ['SOA-C03', 'SAA-C03'], facts: ['F19'] },
    engineCheck(newSim) {
      const sim = newSim(1);
      sim.callByName('ecs', 'CreateCluster', { clusterName: 'shop' });
      sim.callByName('ec2', 'RunInstances', {
        ImageId: 'resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id',
        InstanceType: 't3.medium',
        MinCount: 2,
        MaxCount: 2,
        UserData: 'ZWNobyBFQ1NfQ0xVU1RFUj1zaG9wID4+IC9ldGMvZWNzL2Vjcy5jb25maWc=',
      });
      sim.advance(300);
      return clusterOf(sim).length === 0;
    },
  },
  {
    id: 'join-order',
    kind: 'ordering',
    prompt: 'Put the steps from launch to a placed task in order.',
    options: [
      {
        id: 'launch',
        text: 'EC2 launches the instance with the ECS AMI, an instance profile and user data.',
        explanation: 'First: everything else runs on the instance.',
      },
      {
        id: 'config',
        text: 'User data writes ECS_CLUSTER into /etc/ecs/ecs.config and the agent starts.',
        explanation: 'Second: the agent reads the file when it starts.',
      },
      {
        id: 'register',
        text: 'The agent registers with the cluster, reporting its CPU, memory and ports.',
        explanation: 'Third: this call uses the instance role.',
      },
      {
        id: 'active',
        text: 'The container instance is ACTIVE with its agent connected.',
        explanation: 'Fourth: only now can the scheduler use it.',
      },
      {
        id: 'place',
        text: "RunTask subtracts the task's reservation from the instance's remaining resources.",
        explanation: 'Last: placement books the reservation on an ACTIVE instance.',
      },
    ],
    correct: ['launch', 'config', 'register', 'active', 'place'],
    tags: {
      concepts: ['container instance', 'placement'],
      exams: ['SOA-C03', 'SAA-C03'],
      facts: ['F9', 'F10'],
    },
  },
  {
    id: 'make-room',
    kind: 'multiple',
    prompt:
      "Only 2 of 4 cart tasks fit on shop's two instances because of memory reservations, while CPU sits near 10 %. " +
      'Which two changes let all 4 run? (Choose two.)',
    options: [
      {
        id: 'lower',
        text: 'Register a new cart revision with a memoryReservation closer to what the app uses, and run that.',
        explanation: 'Right: smaller reservations let more tasks fit in the same registered memory.',
      },
      {
        id: 'more',
        text: 'Add instances (or larger ones) that join shop.',
        explanation: 'Right: more registered memory, more room.',
      },
      {
        id: 'asg-cpu',
        text: 'Scale the instances on a CPU target of 60 %.',
        explanation:
          'CPU never reaches the target, so nothing launches. Cluster scaling has to follow reservations.',
      },
      {
        id: 'hard',
        text: "Raise the container's hard memory limit.",
        explanation: 'A higher hard limit books at least as much; it never frees room.',
      },
      {
        id: 'wait',
        text: 'Wait: the tasks are retried once the app warms up and its memory use drops.',
        explanation: 'RunTask does not queue failed tasks, and usage never entered the decision.',
      },
    ],
    correct: ['lower', 'more'],
    tags: {
      concepts: ['memoryReservation', 'cluster capacity'],
      exams: ['SAA-C03', 'DOP-C02'],
      misconceptions: ['M8'],
      facts: ['F5', 'F9'],
    },
  },
] satisfies QuizItem[];
