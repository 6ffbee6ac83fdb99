import { launchContainerInstances } from '../../src/course/fixtures';
import { call, wait } from '../../src/course/steps';
import type { QuizItem, RunIt, Step } from '../../src/course/types';
import { isAwsError, type Simulation, type Task } from '../../src/engine/index';

/** A cluster `q` with a container instance in each of `azs` and `web:1` registered from `image`. */
/** Stops one RUNNING web task of `group` in the lesson's cluster `demo`: a copy that fails. */
const failOne = (group: string): Step =>
  call(
    'ecs',
    'StopTask',
    (sim) => ({
      cluster: 'demo',
      task: Object.values(sim.state.ecs.tasks).find(
        (t) => t.group === group && t.lastStatus === 'RUNNING' && t.desiredStatus === 'RUNNING',
      )!.taskArn,
      reason: 'A copy fails',
    }),
    'One copy fails',
  );

/** "Run it" for l1-always-three: start three copies `start`'s way, then one of them fails. */
const threeCopies = (start: Step, group: string): RunIt => ({
  steps: [start, wait(120), failOne(group)],
  advance: 180,
  look: 'how many copies run after one fails: the service panel and the task list',
});

function clusterWithWeb(
  sim: Simulation,
  image = 'public.ecr.aws/ecs-sandbox/web:v1',
  azs: ReadonlyArray<string> = ['us-east-1a'],
): void {
  sim.call('ecs', 'CreateCluster', { clusterName: 'q' });
  for (const availabilityZone of azs)
    launchContainerInstances(sim, { cluster: 'q', instanceType: 't3.medium', availabilityZone });
  sim.advance(120);
  registerWeb(sim, image);
}

/** Creates the service `api` in `q` running web:1 at `desiredCount` and lets it settle. */
function serviceOf(sim: Simulation, desiredCount: number): void {
  sim.call('ecs', 'CreateService', {
    cluster: 'q',
    serviceName: 'api',
    taskDefinition: 'web:1',
    desiredCount,
  });
  sim.advance(120);
}

/** The tasks of the service `api` (stopped ones too) and how many of them are RUNNING. */
function apiTasks(sim: Simulation): { tasks: Task[]; running: number } {
  const tasks = (Object.values(sim.state.ecs.tasks) as Task[]).filter((t) => t.group === 'service:api');
  return { tasks, running: tasks.filter((t) => t.lastStatus === 'RUNNING').length };
}

const describeApi = (sim: Simulation) =>
  sim.call('ecs', 'DescribeServices', { cluster: 'q', services: ['api'] }).services[0]!;

function registerWeb(sim: Simulation, image: string): void {
  sim.call('ecs', 'RegisterTaskDefinition', {
    family: 'web',
    containerDefinitions: [{ name: 'web', image, memory: 256, portMappings: [{ containerPort: 8080 }] }],
  });
}

/** Starts one task of `taskDefinition` in cluster `q` and returns its ARN. */
function runOne(sim: Simulation, taskDefinition: string): string {
  return sim.call('ecs', 'RunTask', { cluster: 'q', taskDefinition }).tasks[0]!.taskArn;
}

export default [
  {
    id: 'l1-blueprint',
    kind: 'single',
    prompt:
      'Which ECS object records the image, the CPU and memory, and the port mappings that tasks will use?',
    options: [
      {
        id: 'cluster',
        text: 'The cluster',
        explanation:
          'A cluster groups capacity and the things running on it; it says nothing about any one app.',
      },
      {
        id: 'definition',
        text: 'The task definition',
        explanation:
          'Right. A task definition is the versioned blueprint (family:revision) from which every task is started.',
      },
      {
        id: 'task',
        text: 'The task',
        explanation: 'A task is one running copy made from a task definition; it inherits these settings.',
      },
      {
        id: 'instance',
        text: 'The container instance',
        explanation: 'A container instance is an EC2 host that offers CPU, memory and ports; it runs tasks.',
      },
    ],
    correct: ['definition'],
    tags: {
      concepts: ['task definition', 'cluster', 'task'],
      exams: ['SAA-C03', 'DVA-C02'],
      tasks: ['SAA-2.1', 'DVA-3.1'],
      facts: ['F1'],
    },
  },
  {
    id: 'l1-service-task-stopped',
    kind: 'single',
    prompt:
      'An ECS service keeps an API at desired count 3. An operator stops one of its tasks by mistake and does ' +
      'nothing else. Which statement describes MOST accurately what happens next?',
    options: [
      {
        id: 'replaced',
        text: 'The service scheduler starts a new task, so 3 run again; the desired count stays 3.',
        explanation:
          'Right. The stopped task stays STOPPED. The scheduler sees fewer tasks running than desired and starts ' +
          'a replacement on its own ("has started 1 tasks" in the service events).',
      },
      {
        id: 'restarted',
        text: 'ECS restarts the stopped task, which keeps its task ID.',
        explanation: 'A STOPPED task never runs again; the replacement is a new task with a new ID.',
      },
      {
        id: 'desired-drops',
        text: 'The desired count drops to 2, because a user stopped the task on purpose.',
        explanation:
          'StopTask never changes a desired count; only UpdateService (or auto scaling acting for you) does.',
      },
      {
        id: 'nothing',
        text: 'Nothing, until someone calls RunTask or UpdateService.',
        explanation: 'That is what happens to a standalone task. A service watches its own tasks.',
      },
    ],
    correct: ['replaced'],
    tags: {
      concepts: ['service', 'desired count'],
      exams: ['SAA-C03', 'DVA-C02'],
      tasks: ['SAA-2.1', 'DVA-3.1'],
      facts: ['F2'],
    },
    engineCheck(newSim) {
      const sim = newSim(5);
      clusterWithWeb(sim);
      serviceOf(sim, 3);
      const victim = apiTasks(sim).tasks.find((t) => t.lastStatus === 'RUNNING')!;
      sim.call('ecs', 'StopTask', { cluster: 'q', task: victim.taskArn });
      sim.advance(60);
      const { tasks, running } = apiTasks(sim);
      const after = tasks.find((t) => t.taskArn === victim.taskArn);
      return (
        after?.lastStatus === 'STOPPED' &&
        running === 3 &&
        tasks.length === 4 &&
        describeApi(sim).desiredCount === 3 &&
        describeApi(sim).events.some((e) => e.message.startsWith('service api has started 1 tasks'))
      );
    },
  },
  {
    id: 'l1-always-three',
    kind: 'single',
    prompt:
      'An API runs in containers on ECS. Three copies must always be running, and a copy that fails must be ' +
      'replaced without anyone acting. Which solution has the LEAST operational overhead?',
    options: [
      {
        id: 'service',
        text: 'An ECS service with desired count 3.',
        explanation:
          'Right. A service keeps its running count at the desired count and replaces tasks that stop, as web-svc ' +
          'did when you stopped one of its tasks.',
        runIt: threeCopies(
          call('ecs', 'CreateService', {
            cluster: 'demo',
            serviceName: 'api',
            taskDefinition: 'web:1',
            desiredCount: 3,
          }),
          'service:api',
        ),
      },
      {
        id: 'lambda',
        text: 'A Lambda function, run every minute, that counts the tasks and calls RunTask for any that are missing.',
        explanation: 'It could work, but you would build and run the supervision that a service gives you.',
      },
      {
        id: 'run-three',
        text: 'One RunTask call with count 3.',
        explanation: 'That starts three tasks once; when one fails, nothing starts another.',
        runIt: threeCopies(
          call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web:1', count: 3 }),
          'family:web',
        ),
      },
      {
        id: 'asg',
        text: 'An EC2 Auto Scaling group of 3 instances, each starting the container from its user data.',
        explanation:
          'The group replaces failed instances, not failed containers, and the hosts are yours to run.',
      },
    ],
    correct: ['service'],
    tags: {
      concepts: ['service', 'desired count'],
      exams: ['SAA-C03'],
      tasks: ['SAA-2.2'],
      facts: ['F2', 'F6'],
    },
  },
  {
    id: 'l1-crash-standalone',
    kind: 'single',
    prompt:
      'The only container of a standalone task exits with an error a few seconds after starting. What does ECS do?',
    options: [
      {
        id: 'stopped',
        text: 'The task ends STOPPED (EssentialContainerExited) and nothing replaces it.',
        explanation:
          'Right. An essential container exiting stops its task, and RunTask starts tasks only once. Use a service ' +
          'when copies must be replaced.',
      },
      {
        id: 'retry',
        text: 'RunTask keeps retrying the task until it succeeds.',
        explanation:
          'RunTask never follows up on a task once it has started it: a task that stops stays stopped.',
      },
      {
        id: 'restart',
        text: 'The agent restarts the container inside the same task.',
        explanation:
          'Only if the container definition opts in with a restartPolicy; without one, the task simply stops.',
      },
      {
        id: 'pending',
        text: 'The task goes back to PENDING and waits to be placed again.',
        explanation: 'Task states only move forward; a stopped task never runs again.',
      },
    ],
    correct: ['stopped'],
    tags: {
      concepts: ['standalone task', 'essential container'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-2.1', 'DOP-5.3'],
      facts: ['F2', 'F4'],
    },
    engineCheck(newSim) {
      const sim = newSim(2);
      clusterWithWeb(sim, 'public.ecr.aws/ecs-sandbox/web:crash');
      const arn = runOne(sim, 'web:1');
      sim.advance(180);
      const tasks = Object.values(sim.state.ecs.tasks);
      const task = sim.state.ecs.tasks[arn as keyof typeof sim.state.ecs.tasks];
      return (
        tasks.length === 1 && task?.lastStatus === 'STOPPED' && task.stopCode === 'EssentialContainerExited'
      );
    },
  },
  {
    id: 'l1-nightly-job',
    kind: 'single',
    prompt:
      'A containerized report job runs for about 10 minutes at 02:00 every night and then exits. Which solution is ' +
      'the MOST cost-effective and needs the LEAST operational overhead?',
    options: [
      {
        id: 'scheduled',
        text: 'An Amazon EventBridge Scheduler schedule that calls ECS RunTask on Fargate at 02:00.',
        explanation:
          'Right. The job is a task that runs to completion; the schedule starts it, and nothing runs or bills in between.',
      },
      {
        id: 'service',
        text: 'An ECS service with desired count 1 whose container sleeps until 02:00.',
        explanation:
          'A service keeps its task running all day and replaces it whenever it exits, so you pay around the clock and a finished job restarts.',
      },
      {
        id: 'cron-ec2',
        text: 'An EC2 instance that runs the container from a cron entry.',
        explanation: 'It works, but the instance runs (and needs patching) all day for 10 minutes of work.',
      },
      {
        id: 'daemon',
        text: 'A DAEMON service, so a copy is always ready on every instance.',
        explanation:
          'DAEMON places one long-running copy per container instance; it has nothing to do with timing.',
      },
    ],
    correct: ['scheduled'],
    tags: {
      concepts: ['scheduled task', 'standalone task', 'service'],
      exams: ['SAA-C03', 'DVA-C02'],
      tasks: ['SAA-4.2', 'DVA-3.1'],
      facts: ['F7'],
    },
  },
  {
    id: 'l1-scale-out',
    kind: 'single',
    prompt:
      'A service runs 3 tasks of web:4. Traffic has grown: the team needs 5 copies, kept running and replaced ' +
      'when they fail. Which action meets this with the LEAST operational overhead?',
    options: [
      {
        id: 'update',
        text: 'Call UpdateService with desiredCount 5.',
        explanation:
          'Right. The scheduler starts 2 more tasks from web:4 and keeps 5 from then on. The task definition ' +
          'did not change, so no new deployment starts.',
      },
      {
        id: 'runtask',
        text: 'Call RunTask with count 2 and the same task definition.',
        explanation:
          'Those 2 tasks are standalone: the service does not count them, and nothing replaces them when they stop.',
      },
      {
        id: 'second',
        text: 'Create a second service with desired count 2.',
        explanation: 'It works, but now two services must be deployed and scaled in step.',
      },
      {
        id: 'revision',
        text: 'Register web:5 with twice the CPU.',
        explanation:
          'A bigger task is not more copies, and a new revision does nothing until a service is updated to use it.',
      },
    ],
    correct: ['update'],
    tags: {
      concepts: ['service', 'desired count'],
      exams: ['SAA-C03', 'DVA-C02'],
      tasks: ['SAA-2.1', 'DVA-3.1'],
      facts: ['F2', 'F1'],
    },
    engineCheck(newSim) {
      const sim = newSim(6);
      clusterWithWeb(sim);
      serviceOf(sim, 3);
      sim.call('ecs', 'UpdateService', { cluster: 'q', service: 'api', desiredCount: 5 });
      sim.advance(120);
      const service = describeApi(sim);
      return apiTasks(sim).running === 5 && service.deployments.length === 1 && service.runningCount === 5;
    },
  },
  {
    id: 'l1-runtask-beside-service',
    kind: 'single',
    prompt:
      'A service in a cluster has desired count 3 and runs 3 tasks of web:1. A developer also calls RunTask ' +
      'with web:1 in the same cluster. Which statement is MOST accurate afterwards?',
    options: [
      {
        id: 'four',
        text: 'Four tasks run; the service still counts only its own 3 and leaves the extra task alone.',
        explanation:
          'Right. A service counts the tasks it started (their group is service:NAME and startedBy names its ' +
          'deployment). The RunTask task is standalone, whatever definition it uses.',
      },
      {
        id: 'stops-extra',
        text: 'The service stops one task to get back to 3.',
        explanation: 'The service never touches tasks it did not start.',
      },
      {
        id: 'adopts',
        text: 'The service adopts the new task and raises its desired count to 4.',
        explanation: 'Only UpdateService or auto scaling changes a desired count; services adopt nothing.',
      },
      {
        id: 'rejected',
        text: 'RunTask is rejected, because a service already runs web:1.',
        explanation: 'Any number of services and standalone tasks can share one task definition.',
      },
    ],
    correct: ['four'],
    tags: {
      concepts: ['service', 'standalone task'],
      exams: ['SAA-C03', 'DVA-C02'],
      tasks: ['SAA-2.1', 'DVA-3.1'],
      facts: ['F2'],
    },
    engineCheck(newSim) {
      const sim = newSim(7);
      clusterWithWeb(sim);
      serviceOf(sim, 3);
      const extra = runOne(sim, 'web:1');
      sim.advance(120);
      const all = Object.values(sim.state.ecs.tasks).filter((t) => t.lastStatus === 'RUNNING');
      const service = describeApi(sim);
      return (
        all.length === 4 &&
        all.some((t) => t.taskArn === extra) &&
        service.runningCount === 3 &&
        service.desiredCount === 3
      );
    },
  },
  {
    id: 'l1-instance-fails',
    kind: 'single',
    prompt:
      'A service with desired count 4 runs 2 tasks on each of two EC2 instances, and either instance has room ' +
      'for all 4. One instance fails and its tasks stop. With no one acting, which outcome is MOST likely?',
    options: [
      {
        id: 'moved',
        text: 'The service starts 2 new tasks on the remaining instance, so 4 run again.',
        explanation:
          'Right. The scheduler replaces stopped tasks wherever they fit; it needs capacity, not the old instance.',
      },
      {
        id: 'wait',
        text: 'The 2 tasks wait until the failed instance is back, then resume.',
        explanation: 'Stopped tasks never resume; the scheduler starts new ones on any instance that fits.',
      },
      {
        id: 'lowered',
        text: 'The service lowers its desired count to 2 until the instance is replaced.',
        explanation: 'The desired count is yours; a failure changes what runs, not what is wanted.',
      },
      {
        id: 'asg-only',
        text: 'Nothing, unless an Auto Scaling group replaces the instance.',
        explanation:
          'An Auto Scaling group replaces instances; the service replaces tasks. Here there is room, so the ' +
          'service does not need a new instance.',
      },
    ],
    correct: ['moved'],
    tags: {
      concepts: ['service', 'self-healing'],
      exams: ['SAA-C03', 'SOA-C03'],
      tasks: ['SAA-2.2', 'SOA-3.1'],
      facts: ['F2'],
    },
    engineCheck(newSim) {
      const sim = newSim(8);
      clusterWithWeb(sim, undefined, ['us-east-1a', 'us-east-1b']);
      serviceOf(sim, 4);
      const hosts = new Set(apiTasks(sim).tasks.map((t) => t.containerInstanceArn));
      const failed = Object.values(sim.state.ecs.containerInstances)[0]!;
      sim.call('sim', 'FailInstance', { instanceId: failed.ec2InstanceId });
      sim.advance(120);
      const live = apiTasks(sim).tasks.filter((t) => t.lastStatus === 'RUNNING');
      return (
        hosts.size === 2 &&
        live.length === 4 &&
        live.every((t) => t.containerInstanceArn !== failed.containerInstanceArn) &&
        describeApi(sim).desiredCount === 4
      );
    },
  },
  {
    id: 'l1-new-revision-running-task',
    kind: 'single',
    prompt:
      'A standalone task is running from web:1. You register web:2 with a new image tag. What happens to the ' +
      'task that is already running?',
    options: [
      {
        id: 'keeps',
        text: 'It keeps running web:1, unchanged; only tasks started from web:2 get the new image.',
        explanation:
          'Right. Registering a revision only adds a blueprint. Tasks never switch definitions; new tasks must be ' +
          'started from web:2 (a service does this for you when you update it).',
      },
      {
        id: 'restarts',
        text: 'ECS restarts it on web:2 within a minute.',
        explanation:
          'Nothing watches a standalone task for new revisions; it is never moved to another definition.',
      },
      {
        id: 'stops',
        text: 'ECS stops it because web:1 is no longer the newest revision.',
        explanation:
          'Older revisions stay ACTIVE and their tasks keep running; even deregistering does not stop them.',
      },
      {
        id: 'patched',
        text: 'Its container pulls the new tag in place, without a restart.',
        explanation: 'A running container never changes its image. A new image means a new task.',
      },
    ],
    correct: ['keeps'],
    tags: {
      concepts: ['task definition', 'revision', 'task'],
      exams: ['DVA-C02', 'SAA-C03'],
      tasks: ['DVA-3.1', 'SAA-2.1'],
      misconceptions: ['M19'],
      facts: ['F1'],
    },
    engineCheck(newSim) {
      const sim = newSim(1);
      clusterWithWeb(sim);
      const arn = runOne(sim, 'web:1');
      sim.advance(60);
      registerWeb(sim, 'public.ecr.aws/ecs-sandbox/web:v2');
      sim.advance(120);
      const tasks = Object.values(sim.state.ecs.tasks);
      const task = sim.state.ecs.tasks[arn as keyof typeof sim.state.ecs.tasks];
      return (
        tasks.length === 1 && task?.lastStatus === 'RUNNING' && task.taskDefinitionArn.endsWith('/web:1')
      );
    },
  },
  {
    id: 'l1-stop-code',
    kind: 'single',
    prompt: 'You stop a task with StopTask. Which stop code does DescribeTasks show for it afterwards?',
    options: [
      {
        id: 'user',
        text: 'UserInitiated',
        explanation:
          'Right. A StopTask call, from the console, CLI or SDK, is recorded as a user-initiated stop.',
      },
      {
        id: 'essential',
        text: 'EssentialContainerExited',
        explanation:
          'That code means a container marked essential stopped on its own, for example after a crash.',
      },
      {
        id: 'scheduler',
        text: 'ServiceSchedulerInitiated',
        explanation:
          'That code is used when a service stops its own task, for example while scaling in or deploying.',
      },
      {
        id: 'failed',
        text: 'TaskFailedToStart',
        explanation:
          'That code means the task never got going, for example because its image could not be pulled.',
      },
    ],
    correct: ['user'],
    tags: { concepts: ['task', 'stop code'], exams: ['SOA-C03', 'DOP-C02'], tasks: ['SOA-1.2', 'DOP-5.3'] },
    engineCheck(newSim) {
      const sim = newSim(3);
      clusterWithWeb(sim);
      const arn = runOne(sim, 'web:1');
      sim.advance(60);
      sim.call('ecs', 'StopTask', { cluster: 'q', task: arn });
      sim.advance(60);
      const out = sim.call('ecs', 'DescribeTasks', { cluster: 'q', tasks: [arn] });
      return out.tasks[0]?.lastStatus === 'STOPPED' && out.tasks[0].stopCode === 'UserInitiated';
    },
  },
  {
    id: 'l1-cluster-facts',
    kind: 'multiple',
    prompt:
      'A team is planning its first Amazon ECS environment and asks what a cluster is for. Which TWO ' +
      'statements about an ECS cluster are true?',
    options: [
      {
        id: 'grouping',
        text: 'It is a named grouping, within one Region, of capacity and the tasks and services that run on it.',
        explanation: 'True. Clusters are Regional and can span every Availability Zone of the Region.',
      },
      {
        id: 'one-cluster',
        text: 'An EC2 container instance belongs to one cluster at a time.',
        explanation: 'True. The agent registers the host into the single cluster named by ECS_CLUSTER.',
      },
      {
        id: 'fee',
        text: 'Each cluster adds an hourly control-plane charge.',
        explanation:
          'False. ECS has no control-plane fee; you pay for the EC2 or Fargate capacity. EKS charges per cluster-hour.',
      },
      {
        id: 'single-az',
        text: 'A cluster lives in a single Availability Zone.',
        explanation: 'False. One cluster can hold instances and tasks in every AZ of its Region.',
      },
      {
        id: 'one-launch-type',
        text: 'A cluster runs either only EC2 tasks or only Fargate tasks.',
        explanation: 'False. The launch type is chosen per task or service; one cluster can run both.',
      },
    ],
    correct: ['grouping', 'one-cluster'],
    tags: { concepts: ['cluster'], exams: ['SAA-C03'], tasks: ['SAA-2.1'], facts: ['F8', 'F9'] },
  },
  {
    id: 'l1-lifecycle-order',
    kind: 'ordering',
    prompt: 'Put these lastStatus values in the order a task passes through them (two steps are left out).',
    options: [
      {
        id: 'provisioning',
        text: 'PROVISIONING',
        explanation: 'First: work before launch, such as attaching an ENI.',
      },
      {
        id: 'pending',
        text: 'PENDING',
        explanation: 'Second: the agent pulls the image and creates the containers.',
      },
      {
        id: 'activating',
        text: 'ACTIVATING',
        explanation: 'Third: set-up after launch, such as load balancer or Cloud Map registration.',
      },
      { id: 'running', text: 'RUNNING', explanation: 'Fourth: the containers are up.' },
      {
        id: 'stopping',
        text: 'STOPPING',
        explanation:
          'Fifth (after DEACTIVATING): the containers get SIGTERM, then SIGKILL if they outlive stopTimeout.',
      },
      {
        id: 'stopped',
        text: 'STOPPED',
        explanation: 'Last (after DEPROVISIONING cleans up): final; a stopped task never runs again.',
      },
    ],
    correct: ['provisioning', 'pending', 'activating', 'running', 'stopping', 'stopped'],
    tags: { concepts: ['task lifecycle'], exams: ['DVA-C02'], tasks: ['DVA-3.1'] },
  },
  {
    id: 'l1-count-limit',
    kind: 'spot-the-bug',
    prompt: 'This RunTask request is rejected. Why?',
    json: JSON.stringify({ cluster: 'demo', taskDefinition: 'web:1', launchType: 'EC2', count: 12 }, null, 2),
    options: [
      {
        id: 'count',
        text: 'count is 12; one RunTask call starts at most 10 tasks.',
        explanation: 'Right. Make two calls, or use a service when you want many long-lived copies.',
      },
      {
        id: 'arn',
        text: 'taskDefinition must be a full ARN.',
        explanation: 'A family, family:revision or the full ARN are all accepted.',
      },
      {
        id: 'launch-type',
        text: 'launchType EC2 may not be given explicitly.',
        explanation:
          'Naming it is allowed. Left out, ECS uses the cluster’s default capacity provider strategy, or the EC2 launch type when the cluster has none.',
      },
      {
        id: 'cluster',
        text: 'cluster must be an ARN, not a name.',
        explanation: 'The cluster name or its ARN both work.',
      },
    ],
    correct: ['count'],
    tags: { concepts: ['RunTask'], exams: ['DVA-C02'], tasks: ['DVA-3.1'] },
    engineCheck(newSim) {
      const sim = newSim(4);
      clusterWithWeb(sim);
      const input = { cluster: 'q', taskDefinition: 'web:1', launchType: 'EC2' } as const;
      try {
        sim.call('ecs', 'RunTask', { ...input, count: 12 });
        return false;
      } catch (e) {
        if (!isAwsError(e) || e.name !== 'InvalidParameterException') return false;
      }
      const ok = sim.call('ecs', 'RunTask', { ...input, count: 2 });
      return ok.tasks.length === 2;
    },
  },
] satisfies QuizItem[];
