import type { DeepReadonly, SimState, Simulation, Task } from '../../engine/index';
import { arnName, shortId } from '../../lib/arn';

/**
 * The presenter's scene list: prepared moments of ECS deciding something, each built from a scenario with its fixed
 * seed, so a rehearsal and the class see the same run. At each moment the simulation is paused before the step, the
 * room predicts among the options, and the reveal makes the step happen and reads what happened from the state.
 */

export interface SceneOption {
  readonly id: string;
  readonly text: string;
}

/** A call a scene makes, then the simulated seconds to let pass after it. */
export interface SceneCall {
  readonly service: string;
  readonly operation: string;
  readonly input: unknown;
  readonly wait?: number;
}

/** What the reveal saw: the state before the step and after it, the step's response, and the sampled readings. */
export interface RevealRun {
  readonly before: Simulation;
  readonly after: Simulation;
  readonly output: unknown;
  /** `observe` read every SAMPLE_SECONDS while the step played, first reading right after the call */
  readonly samples: ReadonlyArray<number>;
}

export interface Scene {
  readonly id: string;
  readonly title: string;
  readonly kind: 'placement' | 'deployment' | 'scaling';
  readonly scenarioId: string;
  /** the calls that lead up to the moment, made before the question is asked */
  readonly setup: ReadonlyArray<SceneCall>;
  readonly question: string;
  /** read from the paused state: e.g. the instances a task could go to */
  readonly options: (sim: Simulation) => ReadonlyArray<SceneOption>;
  /** the step the room predicts: made by the reveal, which then lets `watch` simulated seconds pass */
  readonly action: SceneCall;
  readonly watch: number;
  readonly observe?: (sim: Simulation) => number;
  /** the option the simulation bore out */
  readonly outcome: (run: RevealRun) => string;
  /** why, in a sentence or two, with the numbers of this run */
  readonly explain: (run: RevealRun) => string;
}

export const SAMPLE_SECONDS = 5;

/** The instance's EC2 Name tag, as the map titles its card, or its short id. */
const instanceName = (state: DeepReadonly<SimState>, ec2InstanceId: string): string =>
  state.ec2.instances[ec2InstanceId]?.Tags.find((t) => t.Key === 'Name')?.Value ?? shortId(ec2InstanceId, 10);

/** The active container instances of a cluster, by name. */
function instancesOf(sim: Simulation, cluster: string) {
  return Object.values(sim.state.ecs.containerInstances)
    .filter((i) => arnName(i.clusterArn) === cluster && i.status === 'ACTIVE')
    .map((i) => ({ ...i, name: instanceName(sim.state, i.ec2InstanceId) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** The tasks a RunTask response placed, by ARN (none for other responses). */
export const placedTaskArns = (output: unknown): ReadonlyArray<string> =>
  ((output as { tasks?: ReadonlyArray<{ taskArn: string }> }).tasks ?? []).map((t) => t.taskArn);

/** The first task a RunTask response placed. */
const placedTask = (run: RevealRun): DeepReadonly<Task> | undefined => {
  const arn = placedTaskArns(run.output)[0];
  return arn === undefined ? undefined : run.after.state.ecs.tasks[arn];
};

/** How many AZs the tasks a RunTask response placed are in. */
const zonesUsed = (run: RevealRun): number =>
  new Set(placedTaskArns(run.output).map((arn) => run.after.state.ecs.tasks[arn]?.availabilityZone)).size;

const hostOf = (run: RevealRun): string | undefined => {
  const task = placedTask(run);
  const instance =
    task?.containerInstanceArn && run.after.state.ecs.containerInstances[task.containerInstanceArn];
  return instance ? instance.ec2InstanceId : undefined;
};

/** The scalable target of the service web in the cluster shop (the "Both scaling loops" scenario). */
const WEB_TARGET = {
  ServiceNamespace: 'ecs',
  ResourceId: 'service/shop/web',
  ScalableDimension: 'ecs:service:DesiredCount',
} as const;

const serviceNamed = (sim: Simulation, name: string) =>
  Object.values(sim.state.ecs.services).find((s) => s.serviceName === name && s.status === 'ACTIVE');

const countOptions = (counts: ReadonlyArray<number>, noun: string): ReadonlyArray<SceneOption> =>
  counts.map((n) => ({ id: String(n), text: `${n} ${noun}` }));

export const SCENES: ReadonlyArray<Scene> = [
  {
    id: 'binpack-memory',
    title: 'binpack: which instance?',
    kind: 'placement',
    scenarioId: 'mixed-fleet',
    setup: [
      {
        service: 'ecs',
        operation: 'RunTask',
        input: { cluster: 'demo', taskDefinition: 'web', count: 3 },
        wait: 60,
      },
    ],
    question: 'One more web task, placed with binpack on memory. Which instance does it land on?',
    options: (sim) => instancesOf(sim, 'demo').map((i) => ({ id: i.ec2InstanceId, text: i.name })),
    action: {
      service: 'ecs',
      operation: 'RunTask',
      input: {
        cluster: 'demo',
        taskDefinition: 'web',
        placementStrategy: [{ type: 'binpack', field: 'memory' }],
      },
    },
    watch: 30,
    outcome: (run) => hostOf(run) ?? 'none',
    explain(run) {
      const host = hostOf(run);
      if (!host) return 'No instance had room for the task, so it was not placed.';
      const left = instancesOf(run.before, 'demo').find((i) => i.ec2InstanceId === host)!;
      return (
        `binpack on memory keeps the task on the instance with the least memory left that still fits it, so other ` +
        `instances stay free for larger work: ${left.name} had ${left.remainingResources.memory} MiB left, the least ` +
        'of those that fit.'
      );
    },
  },
  {
    id: 'spread-zones',
    title: 'spread: how many AZs?',
    kind: 'placement',
    scenarioId: 'mixed-fleet',
    setup: [],
    question:
      'Three web tasks, placed with spread across Availability Zones. Over how many AZs do they land?',
    options: () => countOptions([1, 2, 3], 'AZ(s)'),
    action: {
      service: 'ecs',
      operation: 'RunTask',
      input: {
        cluster: 'demo',
        taskDefinition: 'web',
        count: 3,
        placementStrategy: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }],
      },
    },
    watch: 30,
    outcome: (run) => String(zonesUsed(run)),
    explain: (run) =>
      `spread on the AZ attribute places each task in the zone with the fewest of this group's tasks so far, so ` +
      `three tasks on a cluster with instances in three AZs use ${zonesUsed(run)} of them` +
      `${zonesUsed(run) === 3 ? ': one each' : ''}.`,
  },
  {
    id: 'rolling-update-wave',
    title: 'Rolling update: the first wave',
    kind: 'deployment',
    scenarioId: 'web-behind-alb',
    setup: [],
    question:
      'web-svc runs 4 tasks of web:1 behind a load balancer, with minimumHealthyPercent 50 and maximumPercent 150. ' +
      'It is updated to web:2. How many web:2 tasks does ECS start in its first wave?',
    options: () => countOptions([1, 2, 4], 'tasks'),
    action: {
      service: 'ecs',
      operation: 'UpdateService',
      input: { cluster: 'demo', service: 'web-svc', taskDefinition: 'web:2' },
    },
    watch: 10,
    observe: (sim) =>
      Object.values(sim.state.ecs.tasks).filter(
        (t) =>
          t.group === 'service:web-svc' && t.taskDefinitionArn.endsWith(':2') && t.lastStatus !== 'STOPPED',
      ).length,
    outcome: (run) => String(Math.max(...run.samples)),
    explain: (run) =>
      'minimumHealthyPercent 50 lets ECS take 2 of the 4 web:1 tasks out of service at once (their targets start ' +
      'draining), and tasks on their way out no longer count toward maximumPercent: 150 % of 4 allows 6, so with ' +
      `2 web:1 tasks still serving there is room for ${Math.max(...run.samples)} web:2 tasks in the first wave.`,
  },
  {
    id: 'target-tracking',
    title: 'Target tracking: which way?',
    kind: 'scaling',
    scenarioId: 'scaling-cluster',
    setup: [
      {
        service: 'application-autoscaling',
        operation: 'RegisterScalableTarget',
        input: { ...WEB_TARGET, MinCapacity: 2, MaxCapacity: 8 },
      },
      {
        service: 'application-autoscaling',
        operation: 'PutScalingPolicy',
        input: {
          ...WEB_TARGET,
          PolicyName: 'cpu-50',
          PolicyType: 'TargetTrackingScaling',
          TargetTrackingScalingPolicyConfiguration: {
            TargetValue: 50,
            PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
          },
        },
      },
      {
        service: 'sim',
        operation: 'SetLoad',
        input: { cluster: 'shop', service: 'web', shape: { kind: 'constant', requestsPerSecond: 20 } },
        wait: 600,
      },
    ],
    question:
      'web runs 2 tasks with target tracking that keeps average CPU near 50 %. Its load jumps from 20 to 400 ' +
      'requests a second and stays there. Ten minutes later, what has its desired count done?',
    options: () => [
      { id: 'down', text: 'Gone down' },
      { id: 'same', text: 'Stayed at 2' },
      { id: 'up', text: 'Gone up' },
    ],
    action: {
      service: 'sim',
      operation: 'SetLoad',
      input: { cluster: 'shop', service: 'web', shape: { kind: 'constant', requestsPerSecond: 400 } },
    },
    watch: 600,
    observe: (sim) => serviceNamed(sim, 'web')?.desiredCount ?? 0,
    outcome(run) {
      const first = run.samples[0] ?? 0;
      const last = run.samples.at(-1) ?? 0;
      return last > first ? 'up' : last < first ? 'down' : 'same';
    },
    explain: (run) =>
      `CPU rose well above the 50 % target and stayed above it, so the policy's scale-out alarm fired and Application Auto ` +
      `Scaling raised the desired count from ${run.samples[0]} to ${run.samples.at(-1)}. Target tracking only ` +
      'scales out while the metric is above the target and scales in, more slowly, when it is well below. (The ' +
      'sandbox models the alarm AWS creates for it: three 1-minute datapoints above the target.)',
  },
];
