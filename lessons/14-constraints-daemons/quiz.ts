import { launchContainerInstances } from '../../src/course/fixtures';
import { call, wait } from '../../src/course/steps';
import type { QuizItem, RunIt } from '../../src/course/types';
import type { PlacementConstraint, PlacementStrategy } from '../../src/engine/index';
import { isAwsError, type Simulation, type Task } from '../../src/engine/index';

/** Cluster `q` with two c5.large (one tagged pool=ml via ECS_INSTANCE_ATTRIBUTES) and one m5.large. */
/** The EC2 instance id of the analytics instance running the most cache tasks (the one to lose). */
function busiestCacheHost(sim: Simulation): string {
  const perInstance = new Map<string, number>();
  for (const t of Object.values(sim.state.ecs.tasks)) {
    if (t.group !== 'service:cache' || t.lastStatus !== 'RUNNING' || !t.containerInstanceArn) continue;
    perInstance.set(t.containerInstanceArn, (perInstance.get(t.containerInstanceArn) ?? 0) + 1);
  }
  const busiest = [...perInstance].sort((a, b) => b[1] - a[1])[0]![0];
  return sim.state.ecs.containerInstances[busiest as keyof typeof sim.state.ecs.containerInstances]!
    .ec2InstanceId;
}

/**
 * "Run it" for one-per-host: the cache service (3 tasks) on the lesson's cluster under `placement`, then the
 * instance holding the most cache tasks fails.
 */
const cacheWith = (placement: {
  placementConstraints?: PlacementConstraint[];
  placementStrategy?: PlacementStrategy[];
}): RunIt => ({
  steps: [
    call('ecs', 'CreateService', {
      cluster: 'analytics',
      serviceName: 'cache',
      taskDefinition: 'cache',
      desiredCount: 3,
      ...placement,
    }),
    wait(120),
    call(
      'sim',
      'FailInstance',
      (sim) => ({ instanceId: busiestCacheHost(sim) }),
      'The busiest cache host fails',
    ),
  ],
  advance: 300,
  look: 'the map: how many cache copies the failure took out, and where the service put them afterwards',
});

function cluster(newSim: (seed: number) => Simulation): Simulation {
  const sim = newSim(3);
  sim.call('ecs', 'CreateCluster', { clusterName: 'q' });
  const launch = (instanceType: string, availabilityZone: string, extraConfig: Record<string, string> = {}) =>
    launchContainerInstances(sim, { cluster: 'q', instanceType, availabilityZone, extraConfig });
  launch('c5.large', 'us-east-1a', { ECS_INSTANCE_ATTRIBUTES: '{"pool":"ml"}' });
  launch('c5.large', 'us-east-1b');
  launch('m5.large', 'us-east-1c');
  sim.advance(120);
  sim.call('ecs', 'RegisterTaskDefinition', {
    family: 'cache',
    containerDefinitions: [{ name: 'cache', image: 'nginx:latest', cpu: 128, memoryReservation: 256 }],
  });
  return sim;
}

/** How many instances of `q` a filter selects, or the error name when the expression is rejected. */
function select(sim: Simulation, filter: string): number | string {
  try {
    return sim.call('ecs', 'ListContainerInstances', { cluster: 'q', filter }).containerInstanceArns.length;
  } catch (e) {
    return isAwsError(e) ? e.name : 'error';
  }
}

/** Cluster `d` with a t3.medium in each of `azs`, registered, and the small `agent` and `app` definitions. */
function daemonCluster(newSim: (seed: number) => Simulation, seed: number, azs: ReadonlyArray<string>) {
  const sim = newSim(seed);
  sim.call('ecs', 'CreateCluster', { clusterName: 'd' });
  for (const availabilityZone of azs)
    launchContainerInstances(sim, { cluster: 'd', instanceType: 't3.medium', availabilityZone });
  sim.advance(120);
  for (const family of ['agent', 'app']) {
    sim.call('ecs', 'RegisterTaskDefinition', {
      family,
      containerDefinitions: [
        { name: family, image: 'public.ecr.aws/ecs-sandbox/web:v1', cpu: 64, memoryReservation: 128 },
      ],
    });
  }
  return sim;
}

/** Creates the DAEMON service `agent` in `d`. */
const createDaemon = (sim: Simulation) =>
  sim.call('ecs', 'CreateService', {
    cluster: 'd',
    serviceName: 'agent',
    taskDefinition: 'agent',
    schedulingStrategy: 'DAEMON',
  });

/** Tasks of service `name` in `d` (stopped ones too). */
const tasksOf = (sim: Simulation, name: string): Task[] =>
  (Object.values(sim.state.ecs.tasks) as Task[]).filter((t) => t.group === `service:${name}`);

/** How many RUNNING tasks of service `name` each registered instance of `d` holds. */
const runningPerInstance = (sim: Simulation, name: string): number[] =>
  Object.values(sim.state.ecs.containerInstances).map(
    (ci) =>
      tasksOf(sim, name).filter(
        (t) => t.containerInstanceArn === ci.containerInstanceArn && t.lastStatus === 'RUNNING',
      ).length,
  );

/** The error name a call throws, or 'accepted'. */
function outcome(call: () => unknown): string {
  try {
    call();
    return 'accepted';
  } catch (e) {
    return isAwsError(e) ? e.name : 'error';
  }
}

export default [
  {
    id: 'regex-operator',
    kind: 'single',
    prompt: 'Which expression selects instances of every c5 size (c5.large, c5.xlarge, …)?',
    options: [
      {
        id: 'match',
        text: 'attribute:ecs.instance-type =~ c5.*',
        explanation: 'Right: =~ matches a regular expression.',
      },
      {
        id: 'equals',
        text: 'attribute:ecs.instance-type == c5.*',
        explanation: '== compares the text literally, and no instance type is literally "c5.*".',
      },
      {
        id: 'no-prefix',
        text: 'ecs.instance-type =~ c5.*',
        explanation:
          'Attributes need the attribute: prefix; without it the subject is unknown and the expression is rejected.',
      },
      {
        id: 'in',
        text: 'attribute:ecs.instance-type in c5',
        explanation: 'in takes a bracketed list of exact values, such as [c5.large, c5.xlarge].',
      },
    ],
    correct: ['match'],
    tags: {
      concepts: ['cluster query language', 'memberOf'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-2.2', 'DOP-5.3'],
      facts: ['F44'],
    },
    engineCheck(newSim) {
      const sim = cluster(newSim);
      return (
        select(sim, 'attribute:ecs.instance-type =~ c5.*') === 2 &&
        select(sim, 'attribute:ecs.instance-type == c5.*') === 0 &&
        select(sim, 'ecs.instance-type =~ c5.*') === 'InvalidParameterException'
      );
    },
  },
  {
    id: 'daemon-new-instance',
    kind: 'single',
    prompt:
      'A monitoring agent must run as exactly one task on every EC2 container instance of a cluster, including ' +
      'instances that Auto Scaling adds later. Which solution meets this with the LEAST operational overhead?',
    options: [
      {
        id: 'daemon',
        text: 'An ECS service that uses the DAEMON scheduling strategy.',
        explanation:
          'Right. ECS keeps one task on every ACTIVE instance and starts one on each instance that joins; there is ' +
          'no desired count to maintain.',
      },
      {
        id: 'replica-distinct',
        text: 'A REPLICA service with distinctInstance and a desired count equal to the number of instances.',
        explanation:
          'Right for today only: when an instance joins, the count stays where it was and the new instance gets ' +
          'no agent until someone raises it.',
      },
      {
        id: 'user-data',
        text: "A docker run command for the agent in each instance's user data.",
        explanation:
          'It starts the agent, but outside ECS: no replacement when it dies, no deployments, nothing to see in ECS.',
      },
      {
        id: 'event-rule',
        text: 'An EventBridge rule that calls StartTask on each instance that registers.',
        explanation:
          'It rebuilds by hand what a DAEMON service already does, and misses agents that stop later.',
      },
    ],
    correct: ['daemon'],
    tags: {
      concepts: ['DAEMON service'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-3.2', 'DOP-3.2'],
      facts: ['F6'],
    },
    engineCheck(newSim) {
      const sim = daemonCluster(newSim, 21, ['us-east-1a', 'us-east-1b']);
      createDaemon(sim);
      sim.call('ecs', 'CreateService', {
        cluster: 'd',
        serviceName: 'counted',
        taskDefinition: 'agent',
        desiredCount: 2,
        placementConstraints: [{ type: 'distinctInstance' }],
      });
      sim.advance(120);
      launchContainerInstances(sim, {
        cluster: 'd',
        instanceType: 't3.medium',
        availabilityZone: 'us-east-1c',
      });
      sim.advance(240);
      const daemon = runningPerInstance(sim, 'agent');
      const counted = runningPerInstance(sim, 'counted');
      return (
        daemon.length === 3 &&
        daemon.every((n) => n === 1) &&
        counted.filter((n) => n === 1).length === 2 &&
        counted.includes(0)
      );
    },
  },
  {
    id: 'one-per-host',
    kind: 'single',
    prompt:
      'A cache tier runs 3 tasks on EC2. For the highest availability, losing one instance must never take out ' +
      'more than one copy, and a copy should rather stay unplaced than share an instance. Which placement setting ' +
      'meets this?',
    options: [
      {
        id: 'distinct',
        text: 'The distinctInstance placement constraint.',
        explanation:
          'Right. A constraint is a rule: no instance ever gets a second copy; a copy that finds no free instance is not placed.',
        runIt: cacheWith({ placementConstraints: [{ type: 'distinctInstance' }] }),
      },
      {
        id: 'spread',
        text: 'A spread strategy on instanceId.',
        explanation:
          'Spread balances as well as it can, but with fewer instances than copies it doubles up: strategies are preferences.',
        runIt: cacheWith({ placementStrategy: [{ type: 'spread', field: 'instanceId' }] }),
      },
      {
        id: 'daemon',
        text: 'The DAEMON scheduling strategy.',
        explanation:
          'DAEMON runs one copy on every instance, so the number of copies follows the fleet instead of staying at 3.',
      },
      {
        id: 'binpack',
        text: 'A binpack strategy on memory.',
        explanation: 'binpack does the opposite: it puts copies together on the fullest instance.',
        runIt: cacheWith({ placementStrategy: [{ type: 'binpack', field: 'memory' }] }),
      },
    ],
    correct: ['distinct'],
    tags: {
      concepts: ['distinctInstance', 'spread', 'high availability'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-2.2', 'DOP-3.1'],
      misconceptions: ['M5'],
      facts: ['F6', 'F43'],
    },
  },
  {
    id: 'daemon-fargate',
    kind: 'single',
    prompt:
      'A company runs all its ECS services on AWS Fargate. Every task must ship its logs through a log-router ' +
      'agent. Which approach is MOST appropriate?',
    options: [
      {
        id: 'sidecar',
        text: 'Add the log router as a sidecar container to each task definition.',
        explanation:
          'Right. On Fargate there is no instance to put an agent on, so it travels inside each task (FireLens is ' +
          'built on this pattern).',
      },
      {
        id: 'daemon',
        text: 'Create a DAEMON service for the log router with launch type FARGATE.',
        explanation:
          'CreateService rejects it: a daemon runs one task per container instance, and Fargate has none.',
      },
      {
        id: 'host',
        text: 'Install the agent on the Fargate hosts with user data.',
        explanation: 'Fargate gives you no access to its hosts, and no user data.',
      },
      {
        id: 'distinct',
        text: 'A REPLICA service with distinctInstance and a desired count equal to the number of tasks.',
        explanation:
          "Placement constraints are not supported on Fargate, and a separate task could not read the other tasks' logs anyway.",
      },
    ],
    correct: ['sidecar'],
    tags: {
      concepts: ['DAEMON service', 'Fargate', 'sidecar'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-2.2', 'DOP-3.2'],
      facts: ['F6', 'F12'],
    },
    engineCheck(newSim) {
      const sim = daemonCluster(newSim, 22, ['us-east-1a']);
      return (
        outcome(() =>
          sim.call('ecs', 'CreateService', {
            cluster: 'd',
            serviceName: 'router',
            taskDefinition: 'agent',
            schedulingStrategy: 'DAEMON',
            launchType: 'FARGATE',
          }),
        ) === 'InvalidParameterException'
      );
    },
  },
  {
    id: 'not-equals-missing',
    kind: 'single',
    prompt:
      'Only one of three instances has a custom attribute, pool=ml; the other two have no pool attribute. How many ' +
      'does `attribute:pool != ml` select?',
    options: [
      {
        id: 'zero',
        text: 'None: != only matches instances that have the attribute with a different value.',
        explanation: 'Right: an instance without the attribute matches neither == nor !=.',
      },
      {
        id: 'two',
        text: 'Two: every instance whose pool is not ml, including those without one.',
        explanation: 'To include instances without the attribute, write not(attribute:pool == ml).',
      },
      {
        id: 'three',
        text: 'All three: comparisons with a missing attribute are ignored.',
        explanation: 'A missing attribute makes the condition false, not ignored.',
      },
    ],
    correct: ['zero'],
    tags: {
      concepts: ['cluster query language', 'custom attributes'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-2.2', 'DOP-5.3'],
      facts: ['F44'],
    },
    engineCheck(newSim) {
      const sim = cluster(newSim);
      return select(sim, 'attribute:pool != ml') === 0 && select(sim, 'not(attribute:pool == ml)') === 2;
    },
  },
  {
    id: 'gpu-placement',
    kind: 'single',
    prompt:
      'An ECS cluster on EC2 mixes g5 (GPU) and m6i instances. An inference task must run on a GPU instance and ' +
      'its container must be able to use one GPU. What meets this with the LEAST operational overhead?',
    options: [
      {
        id: 'resource',
        text: 'Add resourceRequirements [{"type": "GPU", "value": "1"}] to the container definition.',
        explanation:
          'Right. The task then needs a free GPU, so placement only picks instances that have one, and the ' +
          'agent assigns that GPU to the container.',
      },
      {
        id: 'memberof',
        text: 'Add a memberOf constraint attribute:ecs.instance-type =~ g5.* and nothing else.',
        explanation:
          'The task lands on a g5, but nothing reserves a GPU for it: the container gets none, and two such ' +
          'tasks could both count on the same card.',
      },
      {
        id: 'cluster',
        text: 'Create a second ECS cluster that holds only the g5 instances.',
        explanation:
          'It keeps the task on GPU hosts but adds a cluster to run, and still gives the container no GPU.',
      },
      {
        id: 'fargate',
        text: 'Run the task on AWS Fargate with a large task size.',
        explanation: 'Fargate offers no GPUs.',
      },
    ],
    correct: ['resource'],
    tags: {
      concepts: ['GPU', 'resourceRequirements', 'memberOf'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-2.2', 'DOP-5.3'],
      facts: ['F12', 'F18'],
    },
  },
  {
    id: 'daemon-drain',
    kind: 'single',
    prompt:
      'An instance runs a task of a REPLICA service and the task of a log-agent DAEMON service. Before patching, ' +
      'an operator sets the instance to DRAINING. Which sequence is MOST accurate?',
    options: [
      {
        id: 'daemon-last',
        text: 'The REPLICA task is replaced elsewhere and stops; the agent task stops after it has gone.',
        explanation:
          'Right. Daemon tasks start first and stop last on an instance, so the agent keeps serving the other ' +
          'tasks until they have left.',
      },
      {
        id: 'daemon-first',
        text: 'The agent task stops first, then the REPLICA task is replaced.',
        explanation: 'The other way round: the daemon leaves last, so no task is left without its agent.',
      },
      {
        id: 'stay',
        text: 'Both keep running: draining only blocks new placements.',
        explanation: 'Draining also moves service tasks away; only standalone tasks are left alone.',
      },
      {
        id: 'move',
        text: 'The agent task moves to another instance with the REPLICA task.',
        explanation: 'A daemon task belongs to its instance; the other instances already run their own.',
      },
    ],
    correct: ['daemon-last'],
    tags: {
      concepts: ['DAEMON service', 'draining'],
      exams: ['DOP-C02', 'SAA-C03'],
      tasks: ['DOP-5.3', 'SAA-2.2'],
      facts: ['F6'],
    },
    engineCheck(newSim) {
      const sim = daemonCluster(newSim, 23, ['us-east-1a', 'us-east-1b']);
      createDaemon(sim);
      sim.call('ecs', 'CreateService', {
        cluster: 'd',
        serviceName: 'web',
        taskDefinition: 'app',
        desiredCount: 2,
      });
      sim.advance(120);
      const drained = Object.values(sim.state.ecs.containerInstances)[0]!.containerInstanceArn;
      sim.call('ecs', 'UpdateContainerInstancesState', {
        cluster: 'd',
        containerInstances: [drained],
        status: 'DRAINING',
      });
      sim.advance(300);
      const on = (name: string) => tasksOf(sim, name).find((t) => t.containerInstanceArn === drained)!;
      const [web, agent] = [on('web'), on('agent')];
      return (
        web.lastStatus === 'STOPPED' &&
        agent.lastStatus === 'STOPPED' &&
        agent.stoppingAt! >= web.stoppedAt! &&
        tasksOf(sim, 'web').filter((t) => t.lastStatus === 'RUNNING').length === 2
      );
    },
  },
  {
    id: 'daemon-update',
    kind: 'single',
    prompt:
      'A DAEMON service runs a log agent on 3 EC2 instances; its deployment configuration was left at the API ' +
      'defaults. You update it to a new task definition revision. Which statement is MOST accurate?',
    options: [
      {
        id: 'gap',
        text: 'ECS may stop the old agent tasks before starting new ones, so instances can briefly run no agent.',
        explanation:
          'Right. A daemon defaults to minimumHealthyPercent 0 and maximumPercent 100 (the maximum must stay 100): ' +
          'no room for a second copy per instance, and nothing has to stay up. Raise minimumHealthyPercent to ' +
          'replace them in batches.',
      },
      {
        id: 'surge',
        text: 'On each instance the new task starts first, and the old one stops once the new one is healthy.',
        explanation: 'That would need maximumPercent above 100, which a daemon does not accept.',
      },
      {
        id: 'new-only',
        text: 'Running tasks keep the old revision; only instances that join later get the new one.',
        explanation: 'An update with a new revision starts a deployment that replaces every task.',
      },
      {
        id: 'one-by-one',
        text: "ECS always replaces one instance's agent at a time.",
        explanation: 'Only a minimumHealthyPercent high enough forces that; the default allows all at once.',
      },
    ],
    correct: ['gap'],
    tags: {
      concepts: ['DAEMON service', 'rolling update', 'minimumHealthyPercent'],
      exams: ['DOP-C02', 'SAA-C03'],
      tasks: ['DOP-1.4', 'SAA-2.2'],
      facts: ['F6', 'F54'],
    },
    engineCheck(newSim) {
      const sim = daemonCluster(newSim, 24, ['us-east-1a', 'us-east-1b', 'us-east-1c']);
      createDaemon(sim);
      sim.advance(120);
      const config = sim.call('ecs', 'DescribeServices', { cluster: 'd', services: ['agent'] }).services[0]!
        .deploymentConfiguration;
      sim.call('ecs', 'RegisterTaskDefinition', {
        family: 'agent',
        containerDefinitions: [
          { name: 'agent', image: 'public.ecr.aws/ecs-sandbox/web:v2', cpu: 64, memoryReservation: 128 },
        ],
      });
      sim.call('ecs', 'UpdateService', { cluster: 'd', service: 'agent', taskDefinition: 'agent:2' });
      let fewest = Infinity;
      let most = 0;
      for (let t = 0; t < 180; t++) {
        sim.advance(1);
        const live = Object.values(sim.state.ecs.containerInstances).map(
          (ci) =>
            tasksOf(sim, 'agent').filter(
              (task) =>
                task.containerInstanceArn === ci.containerInstanceArn && task.lastStatus !== 'STOPPED',
            ).length,
        );
        fewest = Math.min(
          fewest,
          runningPerInstance(sim, 'agent').reduce((a, b) => a + b, 0),
        );
        most = Math.max(most, ...live);
      }
      const done = tasksOf(sim, 'agent').filter((t) => t.lastStatus === 'RUNNING');
      return (
        config?.minimumHealthyPercent === 0 &&
        config.maximumPercent === 100 &&
        fewest === 0 &&
        most === 1 &&
        done.length === 3 &&
        done.every((t) => t.taskDefinitionArn.endsWith('/agent:2'))
      );
    },
  },
  {
    id: 'daemon-facts',
    kind: 'multiple',
    prompt:
      'A platform team wants one log agent task on every container instance of an EC2 cluster. Which TWO ' +
      'statements about a DAEMON service are true?',
    options: [
      {
        id: 'computed',
        text: 'You give it no desired count; ECS works it out from the instances it runs on.',
        explanation: 'True. CreateService even rejects a desired count for a daemon.',
      },
      {
        id: 'no-strategy',
        text: 'It accepts placement constraints but no placement strategy.',
        explanation:
          'True. Constraints choose which instances get a task; with one task per instance there is nothing to rank.',
      },
      {
        id: 'first-stop',
        text: 'When its instance drains, its task is the first to stop.',
        explanation: "False: daemon tasks stop last, after the other services' tasks have left.",
      },
      {
        id: 'fargate',
        text: 'It runs on Fargate when the task definition is Fargate-compatible.',
        explanation: 'False: Fargate has no container instances, so there is nothing to run one per.',
      },
    ],
    correct: ['computed', 'no-strategy'],
    tags: {
      concepts: ['DAEMON service', 'placement strategy'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-2.2', 'DOP-3.1'],
      facts: ['F6'],
    },
    engineCheck(newSim) {
      const sim = daemonCluster(newSim, 25, ['us-east-1a', 'us-east-1b']);
      const withStrategy = outcome(() =>
        sim.call('ecs', 'CreateService', {
          cluster: 'd',
          serviceName: 'ranked',
          taskDefinition: 'agent',
          schedulingStrategy: 'DAEMON',
          placementStrategy: [{ type: 'spread', field: 'instanceId' }],
        }),
      );
      const withConstraint = outcome(() =>
        sim.call('ecs', 'CreateService', {
          cluster: 'd',
          serviceName: 'agent',
          taskDefinition: 'agent',
          schedulingStrategy: 'DAEMON',
          placementConstraints: [
            { type: 'memberOf', expression: 'attribute:ecs.instance-type == t3.medium' },
          ],
        }),
      );
      sim.advance(120);
      const service = sim.call('ecs', 'DescribeServices', { cluster: 'd', services: ['agent'] }).services[0];
      return (
        withStrategy === 'InvalidParameterException' &&
        withConstraint === 'accepted' &&
        service?.desiredCount === 2 &&
        service.runningCount === 2
      );
    },
  },
  {
    id: 'daemon-desired-count',
    kind: 'spot-the-bug',
    prompt: 'This CreateService request is rejected. Which part is wrong?',
    json: JSON.stringify(
      {
        cluster: 'analytics',
        serviceName: 'node-agent',
        taskDefinition: 'agent:1',
        launchType: 'EC2',
        schedulingStrategy: 'DAEMON',
        desiredCount: 4,
      },
      null,
      2,
    ),
    options: [
      {
        id: 'desired',
        text: 'A DAEMON service takes no desiredCount; ECS sets it from the instances.',
        explanation: 'Right: remove desiredCount and the same request is accepted.',
      },
      {
        id: 'launch-type',
        text: 'launchType EC2 cannot be combined with DAEMON.',
        explanation: 'EC2 is exactly where daemons run; it is Fargate they do not support.',
      },
      {
        id: 'name',
        text: 'serviceName may not contain a hyphen.',
        explanation: 'Letters, digits, hyphens and underscores are all allowed, up to 255 characters.',
      },
      {
        id: 'revision',
        text: 'taskDefinition must be a full ARN for a service.',
        explanation: 'family, family:revision and the full ARN are all accepted.',
      },
    ],
    correct: ['desired'],
    tags: {
      concepts: ['DAEMON service', 'CreateService'],
      exams: ['DVA-C02', 'SAA-C03'],
      tasks: ['DVA-3.1', 'SAA-2.2'],
      facts: ['F6'],
    },
    engineCheck(newSim) {
      const sim = daemonCluster(newSim, 26, ['us-east-1a']);
      const request = {
        cluster: 'd',
        serviceName: 'node-agent',
        taskDefinition: 'agent:1',
        launchType: 'EC2',
        schedulingStrategy: 'DAEMON',
      } as const;
      return (
        outcome(() => sim.call('ecs', 'CreateService', { ...request, desiredCount: 4 })) ===
          'InvalidParameterException' &&
        outcome(() => sim.call('ecs', 'CreateService', request)) === 'accepted'
      );
    },
  },
  {
    id: 'attribute-later',
    kind: 'single',
    prompt:
      'An instance registered yesterday without custom attributes. A service’s memberOf `attribute:pool == ' +
      'ml` must select it today, without replacing the instance. Which action meets this with the LEAST ' +
      'operational overhead?',
    options: [
      {
        id: 'put',
        text: 'Call PutAttributes with name pool, value ml, targeting its container instance.',
        explanation: 'Right: the attribute applies at once, no restart needed.',
      },
      {
        id: 'config',
        text: 'Add ECS_INSTANCE_ATTRIBUTES={"pool":"ml"} to ecs.config and wait for the next poll.',
        explanation: 'The agent reads ECS_INSTANCE_ATTRIBUTES only when the instance first registers.',
      },
      {
        id: 'tag',
        text: 'Add an EC2 tag pool=ml to the instance.',
        explanation: 'EC2 tags are not container instance attributes; the query language does not see them.',
      },
    ],
    correct: ['put'],
    tags: {
      concepts: ['custom attributes', 'PutAttributes'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-2.2', 'DOP-5.3'],
      facts: ['F44'],
    },
    engineCheck(newSim) {
      const sim = cluster(newSim);
      const [untagged] = sim.call('ecs', 'ListContainerInstances', {
        cluster: 'q',
        filter: 'attribute:ecs.instance-type =~ c5.* and attribute:pool !exists',
      }).containerInstanceArns;
      const before = select(sim, 'attribute:pool == ml');
      sim.call('ecs', 'PutAttributes', {
        cluster: 'q',
        attributes: [{ name: 'pool', value: 'ml', targetType: 'container-instance', targetId: untagged }],
      });
      return before === 1 && select(sim, 'attribute:pool == ml') === 2;
    },
  },
  {
    id: 'in-list',
    kind: 'single',
    prompt: 'Which filter lists the instances in us-east-1a or us-east-1b?',
    options: [
      {
        id: 'in',
        text: 'attribute:ecs.availability-zone in [us-east-1a, us-east-1b]',
        explanation: 'Right: in takes a list in square brackets.',
      },
      {
        id: 'or-bare',
        text: 'attribute:ecs.availability-zone == us-east-1a or us-east-1b',
        explanation:
          'Each side of or must be a whole condition; "us-east-1b" alone is not one, so it is rejected.',
      },
      {
        id: 'parens',
        text: 'attribute:ecs.availability-zone in (us-east-1a, us-east-1b)',
        explanation: 'Parentheses group conditions; a list of values needs square brackets.',
      },
    ],
    correct: ['in'],
    tags: {
      concepts: ['cluster query language'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-2.2', 'DOP-5.3'],
      facts: ['F44'],
    },
    engineCheck(newSim) {
      const sim = cluster(newSim);
      return (
        select(sim, 'attribute:ecs.availability-zone in [us-east-1a, us-east-1b]') === 2 &&
        select(sim, 'attribute:ecs.availability-zone == us-east-1a or us-east-1b') ===
          'InvalidParameterException' &&
        select(sim, 'attribute:ecs.availability-zone in (us-east-1a, us-east-1b)') ===
          'InvalidParameterException'
      );
    },
  },
  {
    id: 'anti-affinity',
    kind: 'single',
    prompt:
      'A report job must never share an instance with tasks of the group database. Which memberOf expression does it?',
    options: [
      {
        id: 'not-group',
        text: 'not(task:group == database)',
        explanation:
          'Right: task:group looks at the tasks already on each instance; not(...) keeps the others.',
      },
      {
        id: 'attribute',
        text: 'attribute:group != database',
        explanation:
          'Task groups are not instance attributes; this looks for a custom attribute called group.',
      },
      {
        id: 'distinct',
        text: 'distinctInstance with expression database',
        explanation:
          'distinctInstance takes no expression, and it separates a task from its own group, not another one.',
      },
    ],
    correct: ['not-group'],
    tags: {
      concepts: ['task group', 'memberOf'],
      exams: ['DOP-C02', 'SAA-C03'],
      tasks: ['DOP-5.3', 'SAA-2.2'],
      facts: ['F44'],
    },
    engineCheck(newSim) {
      const sim = cluster(newSim);
      const db = sim.call('ecs', 'RunTask', {
        cluster: 'q',
        taskDefinition: 'cache',
        group: 'database',
      });
      const out = sim.call('ecs', 'RunTask', {
        cluster: 'q',
        taskDefinition: 'cache',
        count: 6,
        placementConstraints: [{ type: 'memberOf', expression: 'not(task:group == database)' }],
      });
      const dbHost = db.tasks[0]!.containerInstanceArn;
      return out.tasks.length === 6 && out.tasks.every((t) => t.containerInstanceArn !== dbHost);
    },
  },
  {
    id: 'distinct-expression',
    kind: 'spot-the-bug',
    prompt: 'This RunTask request is rejected. Which part is wrong?',
    json: JSON.stringify(
      {
        cluster: 'analytics',
        taskDefinition: 'ml',
        count: 2,
        placementConstraints: [{ type: 'distinctInstance', expression: 'attribute:pool == ml' }],
      },
      null,
      2,
    ),
    options: [
      {
        id: 'expression',
        text: 'distinctInstance takes no expression; filtering by attribute needs a separate memberOf constraint.',
        explanation: 'Right: use two constraints, one distinctInstance and one memberOf with the expression.',
      },
      {
        id: 'quotes',
        text: 'ml must be in single quotes.',
        explanation: 'Plain values without spaces or special characters need no quotes.',
      },
      {
        id: 'count',
        text: 'count must be 1 when a constraint is given.',
        explanation: 'Constraints apply to each task of a request; any count from 1 to 10 is fine.',
      },
    ],
    correct: ['expression'],
    tags: {
      concepts: ['distinctInstance', 'memberOf'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-2.2', 'DOP-5.3'],
      facts: ['F44'],
    },
    engineCheck(newSim) {
      const sim = cluster(newSim);
      try {
        sim.call('ecs', 'RunTask', {
          cluster: 'q',
          taskDefinition: 'cache',
          count: 2,
          placementConstraints: [{ type: 'distinctInstance', expression: 'attribute:pool == ml' }],
        });
        return false;
      } catch (e) {
        return isAwsError(e) && e.name === 'InvalidParameterException';
      }
    },
  },
  {
    id: 'where-constraints',
    kind: 'multiple',
    prompt: 'Which of these are accepted? (Choose three.)',
    options: [
      {
        id: 'td-memberof',
        text: 'A memberOf constraint in a task definition.',
        explanation: 'Right: every task of that definition then obeys it.',
      },
      {
        id: 'run-distinct',
        text: 'A distinctInstance constraint in a RunTask request.',
        explanation: 'Right.',
      },
      {
        id: 'run-memberof',
        text: "A memberOf constraint in a RunTask request, on top of the task definition's.",
        explanation: 'Right: both sets apply together, up to 10 constraints.',
      },
      {
        id: 'td-distinct',
        text: 'A distinctInstance constraint in a task definition.',
        explanation: 'distinctInstance belongs to a request or a service, never to a task definition.',
      },
    ],
    correct: ['td-memberof', 'run-distinct', 'run-memberof'],
    tags: {
      concepts: ['placement constraint'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-2.2', 'DOP-3.1'],
      facts: ['F44'],
    },
    engineCheck(newSim) {
      const sim = cluster(newSim);
      const container = [{ name: 'x', image: 'nginx:latest', memoryReservation: 128 }];
      sim.call('ecs', 'RegisterTaskDefinition', {
        family: 'x',
        containerDefinitions: container,
        placementConstraints: [{ type: 'memberOf', expression: 'attribute:pool == ml' }],
      });
      try {
        sim.call('ecs', 'RegisterTaskDefinition', {
          family: 'y',
          containerDefinitions: container,
          placementConstraints: [{ type: 'distinctInstance' }],
        });
        return false;
      } catch (e) {
        return isAwsError(e);
      }
    },
  },
  {
    id: 'distinct-five-on-three',
    // repeats the lesson's prediction: kept out of the lesson's quiz, still in exam prep
    twinOfPrediction: true,
    kind: 'single',
    prompt:
      'A cluster has 3 instances with plenty of room. RunTask asks for 5 tasks with the distinctInstance ' +
      'constraint. What comes back?',
    options: [
      {
        id: 'three-two',
        text: '3 tasks, and 2 failures saying the DistinctInstance constraint is unsatisfied.',
        explanation:
          'Right: the constraint binds, and on the EC2 launch type without a capacity provider RunTask reports what it ' +
          'could not place instead of waiting.',
      },
      {
        id: 'five',
        text: '5 tasks: constraints are best effort, so two instances take a second copy.',
        explanation: 'That is how a spread strategy behaves. Constraints never bend.',
      },
      {
        id: 'pending',
        text: '5 tasks, 2 of them PENDING until more instances register.',
        explanation:
          'On the EC2 launch type without a capacity provider, as here, RunTask reports what it cannot place as ' +
          'failures instead of holding it; only a capacity provider with managed scaling keeps tasks waiting (in ' +
          'PROVISIONING) for new instances.',
      },
      {
        id: 'error',
        text: 'An InvalidParameterException: count may not exceed the number of instances.',
        explanation: 'The request is valid; it just cannot be met in full.',
      },
    ],
    correct: ['three-two'],
    tags: {
      concepts: ['distinctInstance'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-2.2', 'DOP-5.3'],
      misconceptions: ['M5'],
      facts: ['F43', 'F44'],
    },
    engineCheck(newSim) {
      const sim = cluster(newSim);
      const out = sim.call('ecs', 'RunTask', {
        cluster: 'q',
        taskDefinition: 'cache',
        count: 5,
        placementConstraints: [{ type: 'distinctInstance' }],
      });
      return (
        out.tasks.length === 3 &&
        new Set(out.tasks.map((t) => t.containerInstanceArn)).size === 3 &&
        out.failures.some((f) => f.reason === 'DistinctInstance placement constraint unsatisfied.')
      );
    },
  },
] satisfies QuizItem[];
