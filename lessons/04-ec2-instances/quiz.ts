import { launchContainerInstances } from '../../src/course/fixtures';
import { call, wait } from '../../src/course/steps';
import type { LessonScenario, QuizItem, RunIt } from '../../src/course/types';
import type { InputOf, Simulation } from '../../src/engine/index';
import { arnName } from '../../src/lib/arn';
import { CART_V1 } from './scenario';

const clusterOf = (sim: Simulation) =>
  Object.values(sim.state.ecs.containerInstances).map((ci) => arnName(ci.clusterArn));

/** One t3.medium in cluster `c`, registered; returns the simulation. */
function oneInstanceCluster(newSim: (seed: number) => Simulation, c: string): Simulation {
  const sim = newSim(1);
  sim.call('ecs', 'CreateCluster', { clusterName: c });
  launchContainerInstances(sim, { instanceType: 't3.medium', cluster: c, name: c });
  sim.advance(120);
  return sim;
}

/**
 * The spot-the-bug launch of `missing-profile-json`: a correct #!/bin/bash script writing ECS_CLUSTER=shop, the
 * ECS-optimized AMI, two instances, and no instance profile (its one bug).
 */
export const SHOP_LAUNCH_WITHOUT_PROFILE = {
  ImageId: 'resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id',
  InstanceType: 't3.medium',
  MinCount: 2,
  MaxCount: 2,
  UserData: btoa('#!/bin/bash\necho ECS_CLUSTER=shop >> /etc/ecs/ecs.config'),
};

/** make-room-cheapest's world: two t3.medium instances in shop, the service cart (desired 4) placing 2. */
const CART_SHORT_OF_ROOM: LessonScenario = {
  seed: 44,
  build(sim) {
    sim.call('ecs', 'CreateCluster', { clusterName: 'shop' });
    launchContainerInstances(sim, { instanceType: 't3.medium', cluster: 'shop', count: 2, name: 'shop' });
    sim.advance(120);
    sim.call('ecs', 'RegisterTaskDefinition', CART_V1);
    sim.call('ecs', 'CreateService', {
      cluster: 'shop',
      serviceName: 'cart',
      taskDefinition: 'cart',
      desiredCount: 4,
    });
    sim.advance(120);
  },
  controls: ['console', 'services', 'editor', 'map', 'events', 'time'],
};

/** "Run it" for make-room-cheapest: cart's next revision with the container changed by `container`. */
const cartWith = (container: { memoryReservation: number; memory?: number }): RunIt => ({
  scenario: CART_SHORT_OF_ROOM,
  steps: [
    call('ecs', 'RegisterTaskDefinition', {
      family: 'cart',
      containerDefinitions: [{ ...CART_V1.containerDefinitions[0]!, ...container }],
    }),
    call('ecs', 'UpdateService', { cluster: 'shop', service: 'cart', taskDefinition: 'cart:2' }),
    wait(300),
  ],
  advance: 120,
  look: 'how many cart tasks run, and on how many instances (the instances are what you pay for)',
});

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
    tags: {
      concepts: ['ECS_CLUSTER', 'container instance'],
      exams: ['SAA-C03', 'SOA-C03'],
      tasks: ['SAA-3.2', 'SOA-3.1'],
      facts: ['F10'],
    },
    engineCheck(newSim) {
      const sim = newSim(1);
      sim.call('ecs', 'CreateCluster', { clusterName: 'shop' });
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
    id: 'make-room-cheapest',
    kind: 'single',
    prompt:
      "Only 2 of 4 cart tasks fit on shop's two EC2 instances: RunTask reports RESOURCE:MEMORY, yet memory use " +
      'and CPU both sit near 10 %. cart reserves 2560 MiB and really uses about 300 MiB. Which change gets all 4 ' +
      'running in the MOST cost-effective way?',
    options: [
      {
        id: 'lower',
        text: 'Register a cart revision whose memoryReservation is close to what the app uses, and run that.',
        explanation:
          'Right: smaller reservations let more tasks fit in the memory already registered, at no extra cost.',
        runIt: cartWith({ memoryReservation: 512 }),
      },
      {
        id: 'more',
        text: 'Add two more instances that join shop.',
        explanation:
          'It works, but it pays for capacity the tasks never use; the reservation is the real problem.',
        runIt: {
          scenario: CART_SHORT_OF_ROOM,
          steps: [
            call('ec2', 'RunInstances', {
              ...SHOP_LAUNCH_WITHOUT_PROFILE,
              IamInstanceProfile: { Name: 'ecsInstanceRole' },
            }),
            wait(300),
          ],
          advance: 120,
          look: 'how many cart tasks run, and on how many instances (the instances are what you pay for)',
        },
      },
      {
        id: 'asg-cpu',
        text: 'Put the instances in an EC2 Auto Scaling group with a target tracking policy on 60 % CPU.',
        explanation:
          'CPU never reaches the target, so nothing launches. Cluster scaling has to follow reservations.',
      },
      {
        id: 'hard',
        text: "Raise the container's hard memory limit.",
        explanation: 'A higher hard limit books at least as much; it never frees room.',
        runIt: cartWith({ memoryReservation: 2560, memory: 3072 }),
      },
      {
        id: 'wait',
        text: 'Wait: ECS retries the two tasks once the app warms up and its memory use drops.',
        explanation:
          'On the EC2 launch type without a capacity provider, RunTask does not keep tasks it could not place, and ' +
          'usage never entered the decision.',
      },
    ],
    correct: ['lower'],
    tags: {
      concepts: ['memoryReservation', 'cluster capacity', 'cost'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-4.2', 'DOP-3.2'],
      misconceptions: ['M8'],
      facts: ['F5', 'F9'],
    },
  },
  {
    id: 'scale-on-reservations',
    kind: 'single',
    prompt:
      'A company runs an ECS service on EC2 instances in an Auto Scaling group that scales on average CPU. During ' +
      'busy hours new tasks cannot be placed while average CPU stays near 30 %. Which solution adds instances when ' +
      'tasks need them, with the LEAST operational overhead?',
    options: [
      {
        id: 'managed',
        text: 'Create an ECS capacity provider for the Auto Scaling group with managed scaling, and run the service through it.',
        explanation:
          'Right: managed scaling tracks what the tasks need (the CapacityProviderReservation metric), not CPU, and ' +
          'tasks wait in PROVISIONING while instances are added.',
      },
      {
        id: 'cpu-lower',
        text: 'Lower the CPU target of the Auto Scaling policy from 60 % to 25 %.',
        explanation:
          'It launches instances at random moments and keeps them even when no task is waiting; CPU is not what blocks placement.',
      },
      {
        id: 'lambda',
        text: 'Write a Lambda function that reads failed placements from EventBridge and raises the group’s desired capacity.',
        explanation: 'It could work, but you build and run the scaling logic that managed scaling gives you.',
      },
      {
        id: 'scheduled',
        text: 'Add scheduled scaling actions for the busy hours.',
        explanation: 'It guesses the load by the clock and fails as soon as the busy hours move.',
      },
    ],
    correct: ['managed'],
    tags: {
      concepts: ['Auto Scaling group capacity provider', 'managed scaling', 'cluster capacity'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-3.2', 'DOP-3.2'],
      misconceptions: ['M8'],
      facts: ['F9'],
    },
  },
  {
    id: 'idle-but-full',
    kind: 'single',
    prompt:
      'A t3.medium in the cluster shop shows low CPU and most of its memory unused, yet RunTask for one ' +
      'more cart task returns the failure RESOURCE:MEMORY. What is the MOST likely explanation?',
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
      tasks: ['SAA-3.2', 'SOA-1.2'],
      misconceptions: ['M8'],
      facts: ['F5'],
    },
    engineCheck(newSim) {
      const sim = oneInstanceCluster(newSim, 'shop');
      sim.call('ecs', 'RegisterTaskDefinition', {
        family: 'cart',
        containerDefinitions: [{ name: 'cart', image: 'nginx:latest', cpu: 128, memoryReservation: 2560 }],
      });
      const first = sim.call('ecs', 'RunTask', { cluster: 'shop', taskDefinition: 'cart' });
      const second = sim.call('ecs', 'RunTask', { cluster: 'shop', taskDefinition: 'cart' });
      return (
        first.tasks.length === 1 &&
        second.tasks.length === 0 &&
        second.failures.some((f) => f.reason === 'RESOURCE:MEMORY')
      );
    },
  },
  {
    id: 'join-needs',
    kind: 'multiple',
    prompt:
      'An Auto Scaling group launches EC2 instances that must run tasks of the ECS cluster shop. Which ' +
      'THREE does each instance need to join the cluster?',
    options: [
      {
        id: 'agent',
        text: 'The ECS agent, for example by launching from the ECS-optimized AMI.',
        explanation: 'Right: the agent is what registers the instance and runs its tasks.',
      },
      {
        id: 'config',
        text: 'ECS_CLUSTER=shop in /etc/ecs/ecs.config, usually written by a user data script that starts with #!.',
        explanation:
          'Right: without it the agent picks default. cloud-init only runs user data that starts with #! (or is #cloud-config), so a bare echo line is never run.',
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
      exams: ['SAA-C03'],
      tasks: ['SAA-3.2'],
      facts: ['F9', 'F10', 'F19'],
    },
  },
  {
    id: 'no-profile',
    kind: 'single',
    prompt:
      'An instance launched from the ECS-optimized AMI has ECS_CLUSTER=shop in its user data but no IAM ' +
      'instance profile. Ten minutes later, what is the MOST likely result?',
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
    tags: {
      concepts: ['instance role', 'ECS agent'],
      exams: ['SAA-C03', 'SOA-C03'],
      tasks: ['SAA-1.2', 'SOA-4.2'],
      facts: ['F19'],
    },
    engineCheck(newSim) {
      const sim = newSim(1);
      sim.call('ecs', 'CreateCluster', { clusterName: 'shop' });
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
    id: 'booked-two-containers',
    kind: 'single',
    prompt:
      'A task definition has no task-level memory. Its app container sets memory 1024 and memoryReservation 256; ' +
      'its log-router sidecar sets only memory 128. How much memory does placement take off the instance for one task?',
    options: [
      {
        id: '384',
        text: '384 MiB: the app books its reservation (256), the sidecar its hard limit (128).',
        explanation:
          'Right: per container, placement books memoryReservation when it is set and memory otherwise, and adds them up.',
      },
      {
        id: '1152',
        text: '1152 MiB: the two hard limits.',
        explanation:
          'A hard limit is booked only for a container without a memoryReservation, here the sidecar.',
      },
      {
        id: '256',
        text: '256 MiB: only the essential app container counts.',
        explanation: 'Every container of the task books memory, essential or not.',
      },
      {
        id: '1408',
        text: '1408 MiB: every figure in the definition, added up.',
        explanation:
          'memory and memoryReservation are two limits of one container (ceiling and booking), never a sum.',
      },
    ],
    correct: ['384'],
    tags: {
      concepts: ['memoryReservation', 'memory', 'placement'],
      exams: ['SAA-C03', 'DVA-C02'],
      tasks: ['SAA-3.2', 'DVA-3.1'],
      facts: ['F5'],
    },
    engineCheck(newSim) {
      const sim = oneInstanceCluster(newSim, 'shop');
      sim.call('ecs', 'RegisterTaskDefinition', {
        family: 'api',
        containerDefinitions: [
          { name: 'app', image: 'nginx:latest', memory: 1024, memoryReservation: 256 },
          {
            name: 'log-router',
            image: 'busybox:latest',
            memory: 128,
            essential: false,
            command: ['sleep', '3600'],
          },
        ],
      });
      const ci = Object.values(sim.state.ecs.containerInstances)[0]!;
      const before = ci.remainingResources.memory;
      sim.call('ecs', 'RunTask', { cluster: 'shop', taskDefinition: 'api' });
      return (
        before - sim.state.ecs.containerInstances[ci.containerInstanceArn]!.remainingResources.memory === 384
      );
    },
  },
  {
    id: 'missing-profile-json',
    kind: 'spot-the-bug',
    prompt:
      'This RunInstances request should add two instances to shop. Its UserData decodes to a two-line ' +
      'script: `#!/bin/bash`, then `echo ECS_CLUSTER=shop >> /etc/ecs/ecs.config`. What is the MOST likely ' +
      'reason no container instances appear?',
    json: JSON.stringify(SHOP_LAUNCH_WITHOUT_PROFILE, null, 2),
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
    tags: {
      concepts: ['instance role', 'user data'],
      exams: ['SOA-C03', 'SAA-C03'],
      tasks: ['SOA-4.2', 'SAA-1.2'],
      facts: ['F19'],
    },
    engineCheck(newSim) {
      // exactly one bug: as written nothing registers; with the profile added, both instances join shop
      const launch = (input: InputOf<'ec2', 'RunInstances'>) => {
        const sim = newSim(1);
        sim.call('ecs', 'CreateCluster', { clusterName: 'shop' });
        sim.call('ec2', 'RunInstances', input);
        sim.advance(300);
        return clusterOf(sim);
      };
      const fixed = { ...SHOP_LAUNCH_WITHOUT_PROFILE, IamInstanceProfile: { Name: 'ecsInstanceRole' } };
      return launch(SHOP_LAUNCH_WITHOUT_PROFILE).length === 0 && launch(fixed).join() === 'shop,shop';
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
        text: 'cloud-init runs the #! user data script, which writes ECS_CLUSTER into /etc/ecs/ecs.config; the agent starts.',
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
      exams: ['SAA-C03'],
      tasks: ['SAA-3.2'],
      facts: ['F9', 'F10'],
    },
  },
] satisfies QuizItem[];
