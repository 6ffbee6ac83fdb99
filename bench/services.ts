/**
 * Services through the public contract (issue 10): everything goes through `sim.call`, as a learner's script
 * would. 50 m5.large instances launched with `ec2 RunInstances` (user data `ECS_CLUSTER=bench`) over three AZs
 * and registered by their agents; three REPLICA services of 50 tasks of web:v1 on dynamic host ports, brought to
 * steady state; then web:v2 is registered and all three services are updated to it. What is timed is the rollout:
 * advancing one second at a time (as playback does, a second a frame), reading DescribeServices after each, until
 * every deployment is COMPLETED and no v1 task is left. The wall time of the first and the last tenth of the
 * rollout's simulated time shows how the cost grows.
 */
import { launchContainerInstances } from '../src/course/fixtures';
import { createSimulation, loadLaterEngine, loadRegexSupport, type Simulation } from '../src/engine/index';

const AZS = ['us-east-1a', 'us-east-1b', 'us-east-1c'];
const INSTANCES = 50;
const SERVICES = ['web-a', 'web-b', 'web-c'];
const TASKS_PER_SERVICE = 50;
/** simulated seconds per step: fine enough that a tenth of a rollout of a minute or so is several steps */
const STEP = 1;
/** a rollout that has not finished in this many simulated seconds is a failure, not a figure */
const GIVE_UP = 3600;
const IMAGE = 'public.ecr.aws/ecs-sandbox/web';

export interface ServicesBench {
  readonly instances: number;
  readonly tasks: number;
  /** wall seconds from the UpdateService calls until the rollout was seen complete */
  readonly wallSeconds: number;
  /** process CPU seconds over the same span (steadier than wall time on a shared machine) */
  readonly cpuSeconds: number;
  /** simulated seconds the rollout took (a multiple of STEP) */
  readonly simulatedSeconds: number;
  /** simulated seconds per wall second over the rollout */
  readonly speedup: number;
  /** engine events logged per wall second over the rollout */
  readonly eventsPerSecond: number;
  /** wall milliseconds of the rollout spent reading it back (DescribeServices; ListTasks + DescribeTasks at the end) */
  readonly readMs: number;
  /** wall milliseconds spent in the first and the last tenth of the rollout's simulated time */
  readonly firstTenthMs: number;
  readonly lastTenthMs: number;
}

/** 50 m5.large instances, a third per AZ, launched by RunInstances with user data and registered by their agents. */
function servicesCluster(): Simulation {
  const sim = createSimulation({ seed: 1 });
  sim.call('ecs', 'CreateCluster', { clusterName: 'bench' });
  AZS.forEach((availabilityZone, i) => {
    const count = Math.floor(INSTANCES / AZS.length) + (i < INSTANCES % AZS.length ? 1 : 0);
    launchContainerInstances(sim, { cluster: 'bench', instanceType: 'm5.large', availabilityZone, count });
  });
  let registered = 0;
  for (let waited = 0; waited < 600 && registered < INSTANCES; waited += 30) {
    sim.advance(30);
    registered = sim.call('ecs', 'ListContainerInstances', { cluster: 'bench', maxResults: 100 })
      .containerInstanceArns.length;
  }
  if (registered !== INSTANCES)
    throw new Error(`benchServices: only ${registered} of ${INSTANCES} agents registered`);
  return sim;
}

/** Registers a revision of family `web` running web:`tag` on a dynamic host port; returns its ARN. */
function registerWeb(sim: Simulation, tag: string): string {
  return sim.call('ecs', 'RegisterTaskDefinition', {
    family: 'web',
    networkMode: 'bridge',
    containerDefinitions: [
      {
        name: 'web',
        image: `${IMAGE}:${tag}`,
        cpu: 128,
        memory: 256,
        essential: true,
        portMappings: [{ containerPort: 8080, hostPort: 0, protocol: 'tcp' }],
      },
    ],
  }).taskDefinition!.taskDefinitionArn!;
}

/** True when every service runs one COMPLETED deployment of `taskDefinition` with all its tasks running. */
function servicesSteady(sim: Simulation, taskDefinition: string): boolean {
  const { services } = sim.call('ecs', 'DescribeServices', { cluster: 'bench', services: SERVICES });
  return (
    services.length === SERVICES.length &&
    services.every(
      (s) =>
        s.runningCount === TASKS_PER_SERVICE &&
        s.deployments?.length === 1 &&
        s.deployments[0]!.taskDefinition === taskDefinition &&
        s.deployments[0]!.rolloutState === 'COMPLETED',
    )
  );
}

/** How many tasks of `taskDefinition` in the cluster have not yet stopped (ListTasks + DescribeTasks). */
function unstoppedTasksOf(sim: Simulation, taskDefinition: string): number {
  let left = 0;
  for (const desiredStatus of ['RUNNING', 'STOPPED'] as const) {
    let nextToken: string | undefined;
    do {
      const page = sim.call('ecs', 'ListTasks', {
        cluster: 'bench',
        desiredStatus,
        maxResults: 100,
        ...(nextToken ? { nextToken } : {}),
      });
      if (page.taskArns.length > 0) {
        const { tasks } = sim.call('ecs', 'DescribeTasks', { cluster: 'bench', tasks: page.taskArns });
        left += tasks.filter(
          (t) => t.taskDefinitionArn === taskDefinition && t.lastStatus !== 'STOPPED',
        ).length;
      }
      nextToken = page.nextToken;
    } while (nextToken);
  }
  return left;
}

interface Step {
  /** wall milliseconds of the whole step: the advance and the reads after it */
  readonly ms: number;
  /** of which reading the services and tasks back */
  readonly readMs: number;
}

/** Advances in STEP-second steps until `done` (the reads); returns what each step cost. */
function advanceUntil(sim: Simulation, what: string, done: () => boolean): Step[] {
  const steps: Step[] = [];
  for (let t = 0; t < GIVE_UP; t += STEP) {
    const start = performance.now();
    sim.advance(STEP);
    const read = performance.now();
    const finished = done();
    const end = performance.now();
    steps.push({ ms: end - start, readMs: end - read });
    if (finished) return steps;
  }
  throw new Error(`benchServices: ${what} not done after ${GIVE_UP} simulated seconds`);
}

/** The cluster with three services of web:v1 at steady state, before the rollout. */
export function steadyServices(): { sim: Simulation; v1: string } {
  const sim = servicesCluster();
  const v1 = registerWeb(sim, 'v1');
  for (const serviceName of SERVICES) {
    sim.call('ecs', 'CreateService', {
      cluster: 'bench',
      serviceName,
      taskDefinition: v1,
      desiredCount: TASKS_PER_SERVICE,
      schedulingStrategy: 'REPLICA',
    });
  }
  advanceUntil(sim, 'the v1 services', () => servicesSteady(sim, v1));
  return { sim, v1 };
}

export function benchServices({ sim, v1 } = steadyServices()): ServicesBench {
  const v2 = registerWeb(sim, 'v2');
  const logged = () => sim.events.length + sim.state.retention.droppedEvents;
  const eventsBefore = logged();
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  for (const service of SERVICES)
    sim.call('ecs', 'UpdateService', { cluster: 'bench', service, taskDefinition: v2 });
  const updateMs = performance.now() - start;
  const steps = advanceUntil(
    sim,
    'the rollout to v2',
    () => servicesSteady(sim, v2) && unstoppedTasksOf(sim, v1) === 0,
  );
  const wallSeconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuBefore);

  // the steps are of equal simulated length, so a tenth of the rollout is a tenth of its steps (at least one)
  const tenth = Math.max(1, Math.round(steps.length / 10));
  const sum = (part: ReadonlyArray<Step>) => part.reduce((total, step) => total + step.ms, 0);
  const simulatedSeconds = steps.length * STEP;
  return {
    instances: INSTANCES,
    tasks: SERVICES.length * TASKS_PER_SERVICE,
    wallSeconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    simulatedSeconds,
    speedup: simulatedSeconds / wallSeconds,
    eventsPerSecond: (logged() - eventsBefore) / wallSeconds,
    readMs: steps.reduce((total, step) => total + step.readMs, 0),
    firstTenthMs: updateMs + sum(steps.slice(0, tenth)),
    lastTenthMs: sum(steps.slice(-tenth)),
  };
}

// `node --expose-gc --import tsx bench/services.ts` runs it alone
if (process.argv[1]?.endsWith('services.ts')) {
  await loadRegexSupport();
  await loadLaterEngine();
  const r = benchServices();
  console.log(
    `rollout of ${r.tasks} tasks on ${r.instances} instances: ${(r.wallSeconds * 1000).toFixed(0)} ms wall ` +
      `(CPU ${(r.cpuSeconds * 1000).toFixed(0)} ms, reads ${r.readMs.toFixed(0)} ms), ` +
      `${r.simulatedSeconds} s simulated, ${r.speedup.toFixed(0)}× real time, ` +
      `${r.eventsPerSecond.toFixed(0)} events/s; first / last tenth ${r.firstTenthMs.toFixed(1)} / ` +
      `${r.lastTenthMs.toFixed(1)} ms`,
  );
}
