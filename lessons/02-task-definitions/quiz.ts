import { launchContainerInstances } from '../../src/course/fixtures';
import { call, wait } from '../../src/course/steps';
import type { QuizItem, RunIt } from '../../src/course/types';
import { isAwsError, type ContainerDefinitionInput, type Simulation } from '../../src/engine/index';
import { arnName } from '../../src/lib/arn';
import scenario, { API_V1_CONTAINER } from './scenario';

/** A cluster `q` with one container instance in us-east-1a, agent registered. */
/** "Run it" for l2-change-port: `steps` played on the lesson's service api (2 tasks of api:1, port 80). */
const onApi = (steps: RunIt['steps']): RunIt => ({
  steps: [...steps, wait(300)],
  advance: 120,
  look: 'the revision the service’s tasks run, and the container port in their network bindings',
});

function oneInstanceCluster(sim: Simulation): void {
  sim.call('ecs', 'CreateCluster', { clusterName: 'q' });
  launchContainerInstances(sim, { cluster: 'q', instanceType: 't3.medium', availabilityZone: 'us-east-1a' });
  sim.advance(120);
}

const register = (
  sim: Simulation,
  family: string,
  containerDefinitions: ReadonlyArray<ContainerDefinitionInput>,
) => sim.call('ecs', 'RegisterTaskDefinition', { family, containerDefinitions }).taskDefinition.revision;

const api = { name: 'api', image: 'public.ecr.aws/ecs-sandbox/web:v1', memory: 512 };

/** True when `request` is rejected with a ClientException whose message mentions `words`. */
function rejects(request: () => unknown, words: string): boolean {
  try {
    request();
    return false;
  } catch (e) {
    return isAwsError(e) && e.name === 'ClientException' && e.message.includes(words);
  }
}

function runOne(sim: Simulation, taskDefinition: string): string {
  return sim.call('ecs', 'RunTask', { cluster: 'q', taskDefinition }).tasks[0]!.taskArn;
}

const statusOf = (sim: Simulation, arn: string) =>
  sim.state.ecs.tasks[arn as keyof typeof sim.state.ecs.tasks]?.lastStatus;

/** The lesson's world: the service api keeps 2 tasks of api:1 in shop. */
function lessonWorld(newSim: (seed: number) => Simulation): Simulation {
  const sim = newSim(scenario.seed);
  scenario.build(sim);
  return sim;
}

/** The revisions (`api:N`) and container ports of the service api's wanted tasks. */
function serviceTasks(sim: Simulation) {
  const tasks = Object.values(sim.state.ecs.tasks).filter(
    (t) => t.group === 'service:api' && t.desiredStatus === 'RUNNING',
  );
  const revisions = new Set(tasks.map((t) => arnName(t.taskDefinitionArn)));
  const ports = new Set(
    tasks.flatMap((t) => t.containers.flatMap((c) => c.networkBindings.map((b) => b.containerPort))),
  );
  return { count: tasks.length, revisions: [...revisions].join(), ports: [...ports].join() };
}

export default [
  {
    id: 'l2-revision-number',
    kind: 'single',
    prompt:
      'The family api has revisions 1, 2 and 3. You deregister api:3, then register api again. Which revision number does the new registration get?',
    options: [
      {
        id: '4',
        text: '4',
        explanation: 'Right. Each registration takes the next number; numbers are never handed out twice.',
      },
      {
        id: '3',
        text: '3',
        explanation: 'Deregistering does not free a number: api:3 still exists as INACTIVE and keeps it.',
      },
      { id: '2', text: '2', explanation: 'Numbers only go up; nothing rolls the family back.' },
      { id: '1', text: '1', explanation: 'Only the first registration of a family gets revision 1.' },
    ],
    correct: ['4'],
    tags: { concepts: ['revision'], exams: ['DVA-C02'], tasks: ['DVA-3.1'], facts: ['F1'] },
    engineCheck(newSim) {
      const sim = newSim(1);
      for (let i = 0; i < 3; i++) register(sim, 'api', [api]);
      sim.call('ecs', 'DeregisterTaskDefinition', { taskDefinition: 'api:3' });
      return register(sim, 'api', [api]) === 4;
    },
  },
  {
    id: 'l2-change-port',
    kind: 'single',
    prompt:
      'An ECS service runs 4 tasks of api:1, whose container listens on port 80. The app must move to port 8080. ' +
      'Which approach has the LEAST operational overhead?',
    options: [
      {
        id: 'new-revision',
        text: 'Register api:2 with containerPort 8080 and update the service to api:2; it replaces its tasks.',
        explanation:
          'Right. A change is always a new revision, and the service deployment swaps the tasks for you.',
        runIt: onApi([
          call('ecs', 'RegisterTaskDefinition', {
            family: 'api',
            containerDefinitions: [{ ...API_V1_CONTAINER, portMappings: [{ containerPort: 8080 }] }],
          }),
          call('ecs', 'UpdateService', { cluster: 'shop', service: 'api', taskDefinition: 'api:2' }),
        ]),
      },
      {
        id: 'edit',
        text: 'Edit api:1 in place; the running tasks pick up the change.',
        explanation: 'Revisions are immutable, and running tasks never reread their definition.',
      },
      {
        id: 'session',
        text: 'Connect to each container instance with Session Manager and restart the containers with the new port.',
        explanation:
          'Hand changes on hosts are lost as soon as ECS replaces a task, and they do not scale; the definition still says 80.',
      },
      {
        id: 'restart',
        text: 'Force a new deployment of the service on api:1 so that the tasks reread their settings.',
        explanation: 'The new tasks are started from api:1 as well, so they get port 80 again.',
        runIt: onApi([
          call('ecs', 'UpdateService', { cluster: 'shop', service: 'api', forceNewDeployment: true }),
        ]),
      },
    ],
    correct: ['new-revision'],
    tags: {
      concepts: ['revision', 'port mapping', 'service update'],
      exams: ['DVA-C02', 'SAA-C03'],
      tasks: ['DVA-3.1', 'SAA-2.1'],
      misconceptions: ['M19'],
      facts: ['F1'],
    },
    engineCheck(newSim) {
      const on8080 = { ...API_V1_CONTAINER, portMappings: [{ containerPort: 8080 }] };
      const forced = lessonWorld(newSim);
      forced.call('ecs', 'UpdateService', { cluster: 'shop', service: 'api', forceNewDeployment: true });
      forced.advance(300);
      const updated = lessonWorld(newSim);
      register(updated, 'api', [on8080]);
      updated.call('ecs', 'UpdateService', { cluster: 'shop', service: 'api', taskDefinition: 'api:2' });
      updated.advance(300);
      const f = serviceTasks(forced);
      const u = serviceTasks(updated);
      return (
        f.revisions === 'api:1' &&
        f.ports === '80' &&
        u.count === 2 &&
        u.revisions === 'api:2' &&
        u.ports === '8080'
      );
    },
  },
  {
    id: 'l2-size-limits',
    kind: 'single',
    prompt:
      'On EC2, an API container normally uses about 250 MiB but peaks at 700 MiB for a few seconds. The team ' +
      'wants as many tasks per instance as possible (MOST cost-effective) without the container being killed at ' +
      'its peak. Which memory settings fit?',
    options: [
      {
        id: 'soft-and-hard',
        text: 'memoryReservation 256 and memory 768.',
        explanation:
          'Right. Placement books only the 256 MiB reservation, so more tasks fit, and the 768 MiB hard limit ' +
          'leaves room for the peak.',
      },
      {
        id: 'hard-low',
        text: 'memory 256 alone.',
        explanation: 'The hard limit would kill the container (exit 137) at every peak above 256 MiB.',
      },
      {
        id: 'hard-high',
        text: 'memory 768 alone.',
        explanation: 'Safe at the peak, but placement books the full 768 MiB per task, so fewer tasks fit.',
      },
      {
        id: 'fargate',
        text: 'Run it on Fargate with 0.25 vCPU and 512 MiB.',
        explanation:
          'A 512 MiB task cannot absorb a 700 MiB peak, and Fargate bills the task size, not a reservation.',
      },
    ],
    correct: ['soft-and-hard'],
    tags: {
      concepts: ['memoryReservation', 'memory', 'placement', 'cost'],
      exams: ['DVA-C02', 'SAA-C03'],
      tasks: ['DVA-4.3', 'SAA-4.2'],
      facts: ['F5'],
    },
    engineCheck(newSim) {
      const sim = newSim(2);
      oneInstanceCluster(sim);
      // the soft-and-hard pair books 256 MiB per task, the hard limit alone 768 MiB
      register(sim, 'soft', [{ ...api, memory: 768, memoryReservation: 256 }]);
      register(sim, 'hard', [{ ...api, memory: 768 }]);
      const [ci] = Object.values(sim.state.ecs.containerInstances);
      const remaining = () =>
        sim.state.ecs.containerInstances[ci!.containerInstanceArn]!.remainingResources.memory;
      const before = remaining();
      runOne(sim, 'soft');
      const afterSoft = remaining();
      runOne(sim, 'hard');
      return before - afterSoft === 256 && afterSoft - remaining() === 768;
    },
  },
  {
    id: 'l2-essential-sidecar',
    kind: 'single',
    prompt:
      'A task has two containers: web (essential) and setup, a busybox container with essential false whose command ' +
      'is sleep 5. What is the state a minute after the task starts?',
    options: [
      {
        id: 'keeps',
        text: 'setup has exited with code 0; the task and its web container are still RUNNING.',
        explanation:
          'Right. A non-essential container may finish alone; only an essential one takes the task down.',
      },
      {
        id: 'stops',
        text: 'The whole task is STOPPED because one of its containers exited.',
        explanation:
          'That happens when the exiting container is essential (the default when essential is left out).',
      },
      {
        id: 'restarts',
        text: 'ECS restarts setup every time it exits.',
        explanation:
          'Containers restart only with an explicit restartPolicy; without it, setup just stays stopped.',
      },
      {
        id: 'rejected',
        text: 'The definition is rejected: every container must be essential.',
        explanation: 'At least one container must be essential; the others may be marked non-essential.',
      },
    ],
    correct: ['keeps'],
    tags: {
      concepts: ['essential container', 'sidecar'],
      exams: ['DVA-C02', 'SAA-C03'],
      tasks: ['DVA-3.1', 'SAA-2.1'],
      facts: ['F3', 'F4'],
    },
    engineCheck(newSim) {
      const sim = newSim(3);
      oneInstanceCluster(sim);
      const setup = {
        name: 'setup',
        image: 'busybox:latest',
        memory: 32,
        essential: false,
        command: ['sleep', '5'],
      };
      register(sim, 'app', [{ ...api, name: 'web' }, setup]);
      register(sim, 'strict', [
        { ...api, name: 'web' },
        { ...setup, essential: true },
      ]);
      const relaxed = runOne(sim, 'app');
      const strict = runOne(sim, 'strict');
      sim.advance(90);
      const task = sim.state.ecs.tasks[relaxed as keyof typeof sim.state.ecs.tasks];
      const setupContainer = task?.containers.find((c) => c.name === 'setup');
      return (
        statusOf(sim, relaxed) === 'RUNNING' &&
        setupContainer?.lastStatus === 'STOPPED' &&
        setupContainer.exitCode === 0 &&
        statusOf(sim, strict) === 'STOPPED'
      );
    },
  },
  {
    id: 'l2-hard-limit',
    kind: 'single',
    prompt:
      'A container has memory 512 (hard) and memoryReservation 256 (soft). Under a peak it tries to use 600 MiB. ' +
      'What happens?',
    options: [
      {
        id: 'killed',
        text: 'It is killed for going over 512 MiB (OutOfMemoryError, exit code 137); being essential, its task stops.',
        explanation:
          'Right. The hard limit is enforced by the kernel. Between 256 and 512 it may use free host memory.',
      },
      {
        id: 'grows',
        text: 'It keeps growing, because memoryReservation makes the limit soft.',
        explanation:
          'The soft value only matters for placement and under host memory pressure; 512 stays a hard cap.',
      },
      {
        id: 'throttled',
        text: 'It is slowed down but keeps running.',
        explanation:
          'Memory cannot be throttled the way CPU shares can; going over the hard limit ends the process.',
      },
      {
        id: 'moved',
        text: 'ECS moves the task to an instance with more free memory.',
        explanation:
          'ECS never moves a running task; a stopped task is gone, and only a service would start another.',
      },
    ],
    correct: ['killed'],
    tags: {
      concepts: ['memory', 'memoryReservation', 'exit code 137'],
      exams: ['DVA-C02', 'SOA-C03'],
      tasks: ['DVA-4.1', 'SOA-1.2'],
      facts: ['F5', 'F77'],
    },
  },
  {
    id: 'l2-soft-above-hard',
    kind: 'spot-the-bug',
    prompt: 'Registering this task definition fails. Which line is the bug?',
    json: JSON.stringify(
      {
        family: 'api',
        containerDefinitions: [
          {
            name: 'api',
            image: 'public.ecr.aws/ecs-sandbox/web:v1',
            memory: 256,
            memoryReservation: 512,
            portMappings: [{ containerPort: 8080 }],
          },
        ],
      },
      null,
      2,
    ),
    options: [
      {
        id: 'reservation',
        text: 'memoryReservation (512) is larger than the hard limit memory (256).',
        explanation: 'Right. The soft limit must not exceed the hard limit; swap the values or raise memory.',
      },
      {
        id: 'cpu',
        text: 'The container has no cpu value.',
        explanation: 'Container cpu is optional on EC2; without it the container shares the CPU freely.',
      },
      {
        id: 'host-port',
        text: 'containerPort 8080 needs a hostPort.',
        explanation:
          'In the default bridge mode, a missing hostPort means a dynamic host port; that is valid.',
      },
      {
        id: 'essential',
        text: 'essential must be set to true.',
        explanation:
          'essential defaults to true when it is left out, so this container is already essential.',
      },
    ],
    correct: ['reservation'],
    tags: {
      concepts: ['memoryReservation', 'memory'],
      exams: ['DVA-C02'],
      tasks: ['DVA-3.1'],
      facts: ['F5'],
    },
    engineCheck(newSim) {
      const sim = newSim(4);
      const bad = { ...api, memory: 256, memoryReservation: 512, portMappings: [{ containerPort: 8080 }] };
      return (
        rejects(() => register(sim, 'api', [bad]), 'memoryReservation') &&
        register(sim, 'api', [{ ...bad, memory: 512, memoryReservation: 256 }]) === 1
      );
    },
  },
  {
    id: 'l2-awslogs-options',
    kind: 'spot-the-bug',
    prompt: 'Registering this task definition fails. What is missing?',
    json: JSON.stringify(
      {
        family: 'api',
        containerDefinitions: [
          {
            name: 'api',
            image: 'public.ecr.aws/ecs-sandbox/web:v1',
            memory: 512,
            logConfiguration: {
              logDriver: 'awslogs',
              options: { 'awslogs-group': '/ecs/api', 'awslogs-stream-prefix': 'api' },
            },
          },
        ],
      },
      null,
      2,
    ),
    options: [
      {
        id: 'region',
        text: 'The awslogs-region option.',
        explanation:
          'Right. awslogs needs both the log group and the Region to send the container output to.',
      },
      {
        id: 'prefix',
        text: 'awslogs-stream-prefix is not an awslogs option.',
        explanation:
          "It is one: it names each task's log stream (prefix/container/task id). Fargate even requires it.",
      },
      {
        id: 'driver',
        text: 'The log driver is called cloudwatch, not awslogs.',
        explanation: 'awslogs is the driver that writes to CloudWatch Logs.',
      },
      {
        id: 'group-name',
        text: 'A log group name cannot start with a slash.',
        explanation: 'Names such as /ecs/api are the usual convention.',
      },
    ],
    correct: ['region'],
    tags: {
      concepts: ['awslogs', 'logConfiguration'],
      exams: ['DVA-C02', 'SOA-C03'],
      tasks: ['DVA-4.2', 'SOA-1.1'],
      facts: ['F72'],
    },
    engineCheck(newSim) {
      const sim = newSim(5);
      const options = { 'awslogs-group': '/ecs/api', 'awslogs-stream-prefix': 'api' };
      const container = (extra: Record<string, string>): ContainerDefinitionInput => ({
        ...api,
        logConfiguration: { logDriver: 'awslogs', options: { ...options, ...extra } },
      });
      return (
        rejects(() => register(sim, 'api', [container({})]), 'awslogs-region') &&
        register(sim, 'api', [container({ 'awslogs-region': 'us-east-1' })]) === 1
      );
    },
  },
  {
    id: 'l2-revision-facts',
    kind: 'multiple',
    prompt:
      'A team ships every release of its API as a new revision of the task definition family api. Which ' +
      'THREE statements about task definition revisions are true?',
    options: [
      {
        id: 'immutable',
        text: 'A registered revision can never be edited.',
        explanation: 'True. Every change produces a new revision; old ones stay exactly as registered.',
      },
      {
        id: 'family-latest',
        text: 'Naming only the family (api) means its latest ACTIVE revision.',
        explanation: 'True. Pin family:revision when you need one exact revision.',
      },
      {
        id: 'inactive',
        text: 'RunTask and new services cannot use a deregistered (INACTIVE) revision, but its running tasks keep running.',
        explanation:
          'True. Deregistration closes the door to RunTask and new services; a service already using the revision keeps running and can still scale.',
      },
      {
        id: 'deregister-stops',
        text: 'Deregistering a revision stops the tasks running from it.',
        explanation:
          'False. Running tasks are untouched; stop them yourself (or let a service replace them).',
      },
      {
        id: 'number-reuse',
        text: 'Once the newest revision is deleted, its number goes to the next registration.',
        explanation: 'False. Revision numbers are never reused, even after deletion.',
      },
    ],
    correct: ['immutable', 'family-latest', 'inactive'],
    tags: {
      concepts: ['revision', 'DeregisterTaskDefinition'],
      exams: ['DVA-C02', 'SAA-C03'],
      tasks: ['DVA-3.1', 'SAA-2.1'],
      misconceptions: ['M19'],
      facts: ['F1'],
    },
    engineCheck(newSim) {
      const sim = newSim(6);
      oneInstanceCluster(sim);
      register(sim, 'api', [api]);
      register(sim, 'api', [{ ...api, memory: 256 }]);
      const onTwo = runOne(sim, 'api');
      sim.advance(60);
      sim.call('ecs', 'DeregisterTaskDefinition', { taskDefinition: 'api:2' });
      sim.advance(60);
      const byFamily = runOne(sim, 'api');
      const familyMeansOne =
        sim.state.ecs.tasks[byFamily as keyof typeof sim.state.ecs.tasks]?.taskDefinitionArn.endsWith(
          '/api:1',
        );
      return (
        statusOf(sim, onTwo) === 'RUNNING' &&
        familyMeansOne === true &&
        rejects(() => runOne(sim, 'api:2'), 'inactive')
      );
    },
  },
  {
    id: 'l2-registered-not-deployed',
    kind: 'single',
    prompt:
      'A developer registered app:4, which adds an environment variable, an hour ago. The service app still runs ' +
      'tasks without it. What is the MOST likely reason?',
    options: [
      {
        id: 'not-updated',
        text: 'The service still uses app:3: a new revision reaches a service only through UpdateService.',
        explanation:
          'Right. Registering adds a revision and touches nothing that runs; updating the service to app:4 starts ' +
          'a deployment that replaces its tasks.',
      },
      {
        id: 'restart',
        text: 'The containers must be restarted to reread their task definition.',
        explanation: 'A task never rereads its definition; even a restarted task of app:3 is still app:3.',
      },
      {
        id: 'deregister',
        text: 'app:3 must be deregistered first; then the service moves to app:4 on its own.',
        explanation: 'Deregistering never moves a service: it keeps running app:3 and can still scale.',
      },
      {
        id: 'delay',
        text: 'ECS rolls new revisions out to services on a schedule; it takes up to a day.',
        explanation: 'There is no such schedule: a service changes revision only when it is updated.',
      },
    ],
    correct: ['not-updated'],
    tags: {
      concepts: ['revision', 'service update'],
      exams: ['DVA-C02', 'SAA-C03'],
      tasks: ['DVA-3.4', 'SAA-2.1'],
      misconceptions: ['M19'],
      facts: ['F1'],
    },
    engineCheck(newSim) {
      const sim = lessonWorld(newSim);
      register(sim, 'api', [{ ...API_V1_CONTAINER, environment: [{ name: 'MODE', value: 'prod' }] }]);
      sim.call('ecs', 'DeregisterTaskDefinition', { taskDefinition: 'api:1' });
      sim.advance(3600);
      const untouched = serviceTasks(sim);
      sim.call('ecs', 'UpdateService', { cluster: 'shop', service: 'api', taskDefinition: 'api:2' });
      sim.advance(300);
      return (
        untouched.revisions === 'api:1' && untouched.count === 2 && serviceTasks(sim).revisions === 'api:2'
      );
    },
  },
] satisfies QuizItem[];
