import { describe, expect, it, vi } from 'vitest';
import { findScenario } from '../../src/app/scenarios';
import { compareStrategies } from '../../src/app/compare';
import {
  followTaskDefinition,
  placedSummary,
  matchMemberOf,
  moveStrategy,
  runTaskCommand,
  runTaskInput,
  type RunTaskForm,
} from '../../src/app/runTaskForm';
import { replay } from '../../src/app/timeline';

const form: RunTaskForm = {
  cluster: 'demo',
  taskDefinition: 'web:1',
  count: 3,
  launchType: 'EC2',
  strategies: [
    { type: 'spread', field: 'attribute:ecs.availability-zone' },
    { type: 'random', field: '' },
  ],
  distinctInstance: true,
  memberOf: ' attribute:ecs.instance-type =~ t3.* ',
  subnets: [],
};

describe('run-task form', () => {
  it('builds the RunTask request as the CLI input JSON spells it', () => {
    expect(runTaskInput(form)).toEqual({
      cluster: 'demo',
      taskDefinition: 'web:1',
      count: 3,
      launchType: 'EC2',
      placementStrategy: [{ type: 'spread', field: 'attribute:ecs.availability-zone' }, { type: 'random' }],
      placementConstraints: [
        { type: 'distinctInstance' },
        { type: 'memberOf', expression: 'attribute:ecs.instance-type =~ t3.*' },
      ],
    });
  });

  it('sends no strategy or constraint for Fargate, and a network configuration', () => {
    const input = runTaskInput({ ...form, launchType: 'FARGATE', subnets: ['subnet-1'] });
    expect(input).not.toHaveProperty('placementStrategy');
    expect(input).not.toHaveProperty('placementConstraints');
    expect(input.networkConfiguration).toEqual({
      awsvpcConfiguration: { subnets: ['subnet-1'], assignPublicIp: 'DISABLED' },
    });
  });

  it('moves strategies up and down and ignores moves past either end', () => {
    const rows = form.strategies;
    expect(moveStrategy(rows, 1, -1).map((r) => r.type)).toEqual(['random', 'spread']);
    expect(moveStrategy(rows, 0, -1)).toBe(rows);
    expect(moveStrategy(rows, 1, 1)).toBe(rows);
  });

  it('shows the same request as an aws command line', () => {
    const cli = runTaskCommand(form);
    expect(cli).toContain('aws ecs run-task');
    expect(cli).toContain(
      '--placement-strategy type=spread,field=attribute:ecs.availability-zone type=random',
    );
    expect(cli).toContain(`'type=memberOf,expression="attribute:ecs.instance-type =~ t3.*"'`);
  });

  it('asks the engine which instances a memberOf expression matches, without recording anything', () => {
    const sim = replay(findScenario('mixed-fleet')!, [], 0);
    const before = sim.history.length;
    const m = matchMemberOf(sim, 'demo', 'attribute:ecs.instance-type =~ t3.*');
    expect(m.kind === 'matches' && m.arns.size).toBe(2);
    const error = matchMemberOf(sim, 'demo', 'attribute:ecs.instance-type');
    expect(error).toMatchObject({ kind: 'error' });
    // the message speaks of the expression, not of ListContainerInstances' own field name
    expect(error.kind === 'error' && error.message).not.toMatch(/^filter:/);
    expect(matchMemberOf(sim, 'demo', '  ')).toEqual({ kind: 'empty' });
    expect(sim.history.length).toBe(before);
  });

  it('previews memberOf from the current state without forking, with the answer ListContainerInstances gives', () => {
    const sim = replay(findScenario('mixed-fleet')!, [], 0);
    const fork = vi.spyOn(sim, 'fork');
    for (const expression of [
      'attribute:ecs.instance-type =~ t3.*',
      'runningTasksCount == 0',
      'not(attribute:ecs.availability-zone == us-east-1a)',
    ]) {
      const preview = matchMemberOf(sim, 'demo', expression);
      const listed = replay(findScenario('mixed-fleet')!, [], 0).callByName('ecs', 'ListContainerInstances', {
        cluster: 'demo',
        filter: expression,
      }) as { containerInstanceArns: string[] };
      expect(preview).toEqual({ kind: 'matches', arns: new Set(listed.containerInstanceArns) });
    }
    expect(fork).not.toHaveBeenCalled();
  });
});

describe('compare strategies', () => {
  it('places one request three ways on copies and leaves the learner state untouched', () => {
    const sim = replay(findScenario('mixed-fleet')!, [], 0);
    const before = JSON.stringify(sim.state);
    const results = compareStrategies(sim, { cluster: 'demo', taskDefinition: 'web', count: 6 });
    expect(JSON.stringify(sim.state)).toBe(before);
    const [binpack, spread, random] = results;
    expect(results.map((r) => r.placed)).toEqual([6, 6, 6]);
    // binpack packs 6 small tasks onto one instance; AZ spread puts two in each AZ
    expect(binpack!.instancesUsed).toBe(1);
    expect(Object.values(spread!.perAz)).toEqual([2, 2, 2]);
    expect(random!.error).toBeUndefined();
  });
});

describe('placedSummary', () => {
  it('says how many of the requested tasks were placed, and what the failure list counts', () => {
    expect(placedSummary(3, 3, 0)).toBe('3 of 3 tasks placed.');
    expect(placedSummary(3, 5, 3)).toBe(
      '3 of 5 tasks placed; 2 could not be placed. ECS lists 3 failures below: one per instance and reason, not per task.',
    );
    expect(placedSummary(0, 1, 1)).toMatch(
      /^0 of 1 task placed; 1 could not be placed\. ECS lists 1 failure below/,
    );
  });
});

describe('followTaskDefinition', () => {
  it('follows the newest revision until the learner picks one', () => {
    expect(followTaskDefinition('web:1', false, ['web:1', 'web:2'])).toBe('web:2');
    expect(followTaskDefinition('', false, ['web:1'])).toBe('web:1');
  });

  it("keeps the learner's own pick when a new revision is registered", () => {
    expect(followTaskDefinition('web:1', true, ['web:1', 'web:2'])).toBe('web:1');
  });

  it('moves on from a pick that was deregistered, and is empty when nothing is registered', () => {
    expect(followTaskDefinition('web:1', true, ['web:2', 'api:1'])).toBe('api:1');
    expect(followTaskDefinition('web:1', true, [])).toBe('');
  });
});

describe('the cluster default launch choice', () => {
  it("sends neither a launch type nor a strategy, so the cluster's default capacity provider strategy applies", async () => {
    const { runTaskInput, runTaskCommand } = await import('../../src/app/runTaskForm');
    const form = {
      cluster: 'shop',
      taskDefinition: 'web:1',
      count: 2,
      launchType: 'CLUSTER_DEFAULT' as const,
      strategies: [],
      distinctInstance: false,
      memberOf: '',
      subnets: [],
    };
    const input = runTaskInput(form);
    expect(input).toEqual({ cluster: 'shop', taskDefinition: 'web:1', count: 2 });
    expect(runTaskCommand(form)).not.toContain('--launch-type');
    const { createSimulation } = await import('../../src/engine');
    const { findScenario } = await import('../../src/app/scenarios');
    const sim = createSimulation({ seed: 31 });
    findScenario('scaling-cluster')!.build(sim);
    const out = sim.call('ecs', 'RunTask', input);
    expect(out.tasks.map((t) => t.capacityProviderName)).toEqual(['shop-cp', 'shop-cp']);
  });
});
