import { describe, expect, it } from 'vitest';
import { engineCatalog, runCommand } from '../../src/app/console';
import { goalsMetAfterHolding, GoalTracker, instancesOf } from '../../src/course/goals';
import { loadCourse } from '../../src/course/loader';
import { runSteps } from '../../src/course/steps';
import type { Lesson, Step } from '../../src/course/types';
import { createSimulation, isAwsError, type Service, type Simulation, type Task } from '../../src/engine';
import { arnName } from '../../src/lib/arn';
import { naiveAttempts } from './naiveAttempts';

/**
 * Lesson 01's service part and lesson 14's DAEMON part: the commands, event texts and behaviour their prose and
 * hints claim are what the engine does.
 */
const course = await loadCourse();
const lesson = (slug: string): Lesson => course.lessons.find((l) => l.slug === slug)!;
const L1 = lesson('01-four-nouns');
const L14 = lesson('14-constraints-daemons');

function start(l: Lesson): Simulation {
  const sim = createSimulation({ seed: l.scenario.seed });
  l.scenario.build(sim);
  return sim;
}

function played(l: Lesson, steps: ReadonlyArray<Step>): Simulation {
  const sim = start(l);
  runSteps(sim, steps);
  return sim;
}

/** Runs a console line and fails the test, with the CLI's stderr, when it is rejected. */
function consoleRun(sim: Simulation, line: string): string {
  const result = runCommand(line, sim, engineCatalog());
  expect(result.stderr, line).toBe('');
  expect(result.ok, line).toBe(true);
  return result.stdout;
}

/** The `aws …` commands quoted in a text, in order (placeholders such as <id> left in). */
const commandsIn = (text: string) => [...text.matchAll(/`(aws [^`]+)`/g)].map((m) => m[1]!);

const goalOf = (l: Lesson, id: string) => l.goals.find((g) => g.id === id)!;

/** What a goal says about the simulation now: 'met' or its why. */
function verdict(l: Lesson, id: string, sim: Simulation): string {
  const result = goalOf(l, id).check(sim);
  return result.met ? 'met' : result.why;
}

const serviceTasks = (sim: Simulation, name: string): Task[] =>
  (Object.values(sim.state.ecs.tasks) as Task[]).filter((t) => t.group === `service:${name}`);

const serviceNamed = (sim: Simulation, name: string): Service =>
  (Object.values(sim.state.ecs.services) as Service[]).find((s) => s.serviceName === name)!;

const serviceMessages = (sim: Simulation, name: string): string[] =>
  sim.events.flatMap((e) => (e.type === 'ServiceEvent' && arnName(e.serviceArn) === name ? [e.message] : []));

describe('lesson 01: the service part', () => {
  it('shows the Services panel', () => {
    expect(L1.scenario.controls).toContain('services');
  });

  it('creates web-svc with the command the lesson quotes, and lists its tasks with the one it quotes', () => {
    const sim = start(L1);
    const [create] = commandsIn(L1.body).filter((c) => c.startsWith('aws ecs create-service'));
    consoleRun(sim, create!);
    sim.advance(120);
    const listed = JSON.parse(
      consoleRun(sim, 'aws ecs list-tasks --cluster demo --service-name web-svc'),
    ) as { taskArns: string[] };
    const running = serviceTasks(sim, 'web-svc').filter((t) => t.lastStatus === 'RUNNING');
    expect(running).toHaveLength(3);
    expect([...listed.taskArns].sort()).toEqual(running.map((t) => t.taskArn).sort());
    expect(serviceTasks(sim, 'web-svc').every((t) => t.startedBy?.startsWith('ecs-svc/'))).toBe(true);
  });

  it('writes the service events the lesson quotes, naming the replacement task', () => {
    const sim = played(L1, L1.solution);
    const quoted = [...L1.body.matchAll(/`(service web-svc [^`]+)`/g)].map((m) => m[1]!);
    expect(quoted).toEqual([
      'service web-svc has started 1 tasks: (task …).',
      'service web-svc has reached a steady state.',
    ]);
    const stopped = serviceTasks(sim, 'web-svc').find((t) => t.stopCode === 'UserInitiated')!;
    const replacement = serviceTasks(sim, 'web-svc').find((t) => t.createdAt >= stopped.stoppingAt!)!;
    const messages = serviceMessages(sim, 'web-svc');
    const started = quoted[0]!.replace('…', arnName(replacement.taskArn));
    expect(messages).toContain(started);
    // the steady state comes again after the replacement started
    expect(messages.slice(messages.indexOf(started))).toContain(quoted[1]);
  });

  it('replaces a stopped service task at once: the stopped one stays STOPPED, desired stays 3', () => {
    const sim = played(L1, L1.solution);
    const tasks = serviceTasks(sim, 'web-svc');
    const stopped = tasks.filter((t) => t.lastStatus === 'STOPPED');
    expect(stopped).toHaveLength(1);
    expect(stopped[0]!.stopCode).toBe('UserInitiated');
    const replacement = tasks.find((t) => t.createdAt >= stopped[0]!.stoppingAt!)!;
    expect(replacement.createdAt).toBe(stopped[0]!.stoppingAt);
    expect(tasks.filter((t) => t.lastStatus === 'RUNNING')).toHaveLength(3);
    expect(serviceNamed(sim, 'web-svc').desiredCount).toBe(3);
  });

  it('still predicts "stays" for the standalone task once a service runs beside it', () => {
    for (const steps of [L1.solution, ...L1.alternatives])
      expect(L1.prediction!.outcome(played(L1, steps))).toBe('stays');
  });

  it('meets the service goals when the bottom-out hints are typed into the console', () => {
    const sim = start(L1);
    const [create] = commandsIn(goalOf(L1, 'service-steady').hints.bottomOut);
    consoleRun(sim, create!);
    sim.advance(120);
    const [list, stop] = commandsIn(goalOf(L1, 'service-heals').hints.bottomOut);
    const { taskArns } = JSON.parse(consoleRun(sim, list!)) as { taskArns: string[] };
    consoleRun(sim, stop!.replace('<id>', arnName(taskArns[0]!)));
    sim.advance(60);
    const met = goalsMetAfterHolding(sim, L1.goals);
    expect([...met].sort()).toEqual(['service-heals', 'service-steady']);
  });

  it('says what it sees when the service goals are not met', () => {
    const sim = start(L1);
    expect(verdict(L1, 'service-steady', sim)).toBe(
      'No service named web-svc exists in demo. One standalone web task runs, but nothing would replace it.',
    );
    const toppedUp = naiveAttempts['01-four-nouns']!.find((a) => a.name.includes('tops the service up'))!;
    const after = played(L1, toppedUp.steps);
    expect(verdict(L1, 'service-heals', after)).toMatch(
      /you called UpdateService, so the service did not heal/,
    );
    const twoDesired = naiveAttempts['01-four-nouns']!.find((a) => a.name.includes('desired count 2'))!;
    expect(verdict(L1, 'service-steady', played(L1, twoDesired.steps))).toBe(
      "web-svc's desired count is 2; the goal wants 3.",
    );
  });

  it('counts a crashed service task as stopped too (the alternative path), with no call in between', () => {
    const sim = played(L1, L1.alternatives[0]!);
    const crashed = serviceTasks(sim, 'web-svc').find((t) => t.stopCode === 'EssentialContainerExited');
    expect(crashed?.lastStatus).toBe('STOPPED');
    expect(verdict(L1, 'service-heals', sim)).toBe('met');
  });
});

describe('lesson 14: the DAEMON part', () => {
  it('shows the Services panel and registers agent', () => {
    expect(L14.scenario.controls).toContain('services');
    expect(Object.values(start(L14).state.ecs.taskDefinitions).map((d) => d.family)).toContain('agent');
  });

  it('runs the daemon and grows the cluster with the commands the bottom-out hint gives', () => {
    const sim = start(L14);
    const [create, launch] = commandsIn(goalOf(L14, 'agent-everywhere').hints.bottomOut);
    consoleRun(sim, create!);
    sim.advance(60);
    expect(verdict(L14, 'agent-everywhere', sim)).toMatch(
      /^All 3 ACTIVE instances run one agent task\. Now add/,
    );
    consoleRun(sim, launch!);
    sim.advance(240);
    const instances = instancesOf(sim, 'analytics');
    expect(instances).toHaveLength(4);
    const running = serviceTasks(sim, 'agent').filter((t) => t.lastStatus === 'RUNNING');
    expect(new Set(running.map((t) => t.containerInstanceArn))).toEqual(
      new Set(instances.map((ci) => ci.containerInstanceArn)),
    );
    expect(running).toHaveLength(4);
    expect(goalsMetAfterHolding(sim, [goalOf(L14, 'agent-everywhere')]).has('agent-everywhere')).toBe(true);
  });

  it('shows the desired count ECS works out: 3, then 4 once the instance joins (as the lesson says)', () => {
    const sim = start(L14);
    const desired = () =>
      sim.call('ecs', 'DescribeServices', { cluster: 'analytics', services: ['agent'] }).services[0]!
        .desiredCount;
    runSteps(sim, [L14.solution.find((s) => 'call' in s && s.call[1] === 'CreateService')!]);
    sim.advance(60);
    expect(desired()).toBe(3);
    runSteps(sim, [L14.solution.find((s) => 'call' in s && s.call[1] === 'RunInstances')!]);
    sim.advance(240);
    expect(desired()).toBe(4);
  });

  it('leaves the new instance bare with a REPLICA service, distinctInstance and desired 3 (as the lesson says)', () => {
    const attempt = naiveAttempts['14-constraints-daemons']!.find((a) =>
      a.name.startsWith('agent as a REPLICA'),
    )!;
    const sim = played(L14, attempt.steps);
    const instances = instancesOf(sim, 'analytics');
    const hosts = new Set(
      serviceTasks(sim, 'agent')
        .filter((t) => t.lastStatus === 'RUNNING')
        .map((t) => t.containerInstanceArn),
    );
    expect(instances).toHaveLength(4);
    expect(hosts.size).toBe(3);
    expect(verdict(L14, 'agent-everywhere', sim)).toMatch(
      /^The service agent runs agent as a REPLICA service/,
    );
  });

  it('says no DAEMON service runs agent before the daemon part', () => {
    const beforeDaemon = L14.solution.slice(
      0,
      L14.solution.findIndex((s) => 'call' in s && s.call[1] === 'CreateService'),
    );
    const sim = played(L14, beforeDaemon);
    const status = new GoalTracker(L14.goals).update(sim);
    expect(status.find((s) => s.id === 'agent-everywhere')?.detail).toBe(
      'No DAEMON service runs agent in analytics yet.',
    );
  });

  it('refuses a daemon on Fargate and a daemon with a placement strategy (as the lesson says)', () => {
    const sim = start(L14);
    const daemon = {
      cluster: 'analytics',
      serviceName: 'agent',
      taskDefinition: 'agent',
      schedulingStrategy: 'DAEMON',
    } as const;
    const rejected = (extra: object) => {
      try {
        sim.callByName('ecs', 'CreateService', { ...daemon, ...extra });
        return 'accepted';
      } catch (e) {
        return isAwsError(e) ? e.name : String(e);
      }
    };
    expect(rejected({ launchType: 'FARGATE' })).toBe('InvalidParameterException');
    expect(rejected({ placementStrategy: [{ type: 'binpack', field: 'memory' }] })).toBe(
      'InvalidParameterException',
    );
    expect(rejected({ desiredCount: 3 })).toBe('InvalidParameterException');
    expect(Object.keys(sim.state.ecs.services)).toEqual([]);
  });

  it("stops a draining instance's agent task last, after the other service's task has left (as the lesson says)", () => {
    const sim = start(L14);
    runSteps(sim, [L14.solution.find((s) => 'call' in s && s.call[1] === 'CreateService')!]);
    sim.call('ecs', 'CreateService', {
      cluster: 'analytics',
      serviceName: 'cache',
      taskDefinition: 'cache',
      desiredCount: 3,
    });
    sim.advance(120);
    const drained = instancesOf(sim, 'analytics')[0]!.containerInstanceArn;
    sim.call('ecs', 'UpdateContainerInstancesState', {
      cluster: 'analytics',
      containerInstances: [drained],
      status: 'DRAINING',
    });
    const on = (name: string) => serviceTasks(sim, name).filter((t) => t.containerInstanceArn === drained);
    expect(on('cache').length).toBeGreaterThan(0);
    sim.advance(300);
    const lastCacheStop = Math.max(...on('cache').map((t) => t.stoppedAt!));
    const [agent] = on('agent');
    expect(on('cache').every((t) => t.lastStatus === 'STOPPED')).toBe(true);
    expect(agent?.lastStatus).toBe('STOPPED');
    expect(agent!.stoppingAt).toBeGreaterThanOrEqual(lastCacheStop);
    expect(serviceTasks(sim, 'cache').filter((t) => t.lastStatus === 'RUNNING')).toHaveLength(3);
  });
});
