import { describe, expect, it } from 'vitest';
import { DISTINCT_INSTANCE } from '../../../../src/engine/placement/filters/distinctInstance';
import { MEMBER_OF } from '../../../../src/engine/placement/filters/memberOf';
import { RESOURCE_MEMORY } from '../../../../src/engine/placement/filters/resources';
import { aContainerInstance } from '../../../builders/containerInstance';
import { defaultSubnets } from '../../../builders/harness';
import { aTask } from '../../../builders/task';
import { aTaskDefinition } from '../../../builders/taskDefinition';
import { errorOf, fleet, placedOn, runTask, staged } from './runTaskHelpers';

const SPREAD_AZ = { type: 'spread', field: 'attribute:ecs.availability-zone' };
const ci = aContainerInstance;

describe('ecs RunTask placement', () => {
  it('places a task, reserves its resources and returns it in the DescribeTasks shape', () => {
    const { sim } = staged([ci('a1').withCpu(1024).withMemory(2048).build()]);
    const out = runTask(sim, {});
    expect(out.failures).toEqual([]);
    const [task] = out.tasks;
    expect(task).toMatchObject({
      lastStatus: 'PENDING',
      desiredStatus: 'RUNNING',
      group: 'family:web',
      launchType: 'EC2',
    });
    expect(task!.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const instance = Object.values(sim.state.ecs.containerInstances)[0]!;
    expect(instance.remainingResources).toMatchObject({ cpu: 1024 - 256, memory: 2048 - 512 });
    expect(sim.state.ecs.tasks[task!.taskArn]?.traceId).toBeDefined();
    expect(sim.events.map((e) => e.type)).toContain('TaskPlaced');
  });

  it('spreads across AZs, then across instances within each AZ (spread AZ + spread instanceId)', () => {
    const { sim } = staged(fleet(2));
    const first = runTask(sim, {
      count: 3,
      placementStrategy: [SPREAD_AZ, { type: 'spread', field: 'instanceId' }],
    });
    expect(new Set(first.tasks.map((t) => t.availabilityZone)).size).toBe(3);
    const second = runTask(sim, {
      count: 3,
      placementStrategy: [SPREAD_AZ, { type: 'spread', field: 'instanceId' }],
    });
    expect(new Set([...placedOn(first), ...placedOn(second)]).size).toBe(6);
  });

  it('spreads across AZs, then packs by memory within each AZ (spread AZ + binpack memory)', () => {
    const { sim } = staged(fleet(2, (b, _az, n) => b.withMemory(n === 0 ? 4096 : 2048)));
    const strategy = [SPREAD_AZ, { type: 'binpack', field: 'memory' }];
    const out = runTask(sim, { count: 6, placementStrategy: strategy });
    expect(placedOn(out).sort()).toEqual(['a2', 'a2', 'b2', 'b2', 'c2', 'c2']);
  });

  it('binpacks onto the instance with the least remaining memory that still fits', () => {
    const { sim } = staged([
      ci('big').withMemory(8192).build(),
      ci('small').withMemory(600).build(),
      ci('mid').withMemory(1024).build(),
    ]);
    const strategy = [{ type: 'binpack', field: 'memory' }];
    expect(placedOn(runTask(sim, { placementStrategy: strategy }))).toEqual(['small']);
    expect(placedOn(runTask(sim, { placementStrategy: strategy }))).toEqual(['mid']);
  });

  it('keeps a group to one task per instance with distinctInstance and reports the rest', () => {
    const { sim } = staged([ci('a').build(), ci('b').build()]);
    const out = runTask(sim, { count: 3, placementConstraints: [{ type: 'distinctInstance' }] });
    expect(placedOn(out).sort()).toEqual(['a', 'b']);
    expect(out.failures.map((f) => f.reason)).toContain(DISTINCT_INSTANCE);
  });

  it('counts only live tasks of the group: once a task has stopped, distinctInstance admits its instance again', () => {
    const { sim } = staged([ci('a').build()]);
    const distinct = { placementConstraints: [{ type: 'distinctInstance' }] };
    const [first] = runTask(sim, distinct).tasks;
    expect(runTask(sim, distinct).failures.map((f) => f.reason)).toEqual([DISTINCT_INSTANCE]);
    sim.callByName('ecs', 'StopTask', { task: first!.taskArn });
    sim.advance(300);
    expect(sim.state.ecs.tasks[first!.taskArn]!.lastStatus).toBe('STOPPED');
    expect(placedOn(runTask(sim, distinct))).toEqual(['a']);
  });

  it('places every task asked for or reports why in failures', () => {
    const { sim } = staged([ci('a').withMemory(1100).build(), ci('b').withMemory(600).build()]);
    const out = runTask(sim, { count: 5 });
    expect(out.tasks).toHaveLength(3);
    expect(out.failures.map((f) => f.reason)).toContain(RESOURCE_MEMORY);
    expect(out.failures.map((f) => f.arn)).toContain(
      'arn:aws:ecs:us-east-1:123456789012:container-instance/default/a',
    );
    expect(sim.events.filter((e) => e.type === 'PlacementFailed')).toHaveLength(2);
  });

  it('never over-commits memory across the tasks of one request', () => {
    const { sim } = staged(fleet(1, (b) => b.withMemory(1500)));
    runTask(sim, { count: 10 });
    for (const instance of Object.values(sim.state.ecs.containerInstances)) {
      expect(instance.remainingResources.memory).toBeGreaterThanOrEqual(0);
    }
    expect(Object.keys(sim.state.ecs.tasks)).toHaveLength(6);
  });

  it('honours the task definition memberOf together with the request constraints', () => {
    const td = aTaskDefinition('web')
      .needing(128, 128)
      .withConstraint({ type: 'memberOf', expression: 'attribute:ecs.availability-zone != us-east-1c' })
      .build();
    const { sim } = staged(fleet(1), [td]);
    const out = runTask(sim, {
      count: 3,
      placementConstraints: [
        { type: 'memberOf', expression: 'attribute:ecs.availability-zone != us-east-1a' },
      ],
    });
    expect(placedOn(out)).toEqual(['b1', 'b1', 'b1']);
  });
});

describe('ecs RunTask memberOf with the documented examples', () => {
  const instances = [
    ci('t2small-a').ofType('t2.small').inAz('us-east-1a').build(),
    ci('t2medium-b').ofType('t2.medium').inAz('us-east-1b').build(),
    ci('g2-a').ofType('g2.2xlarge').inAz('us-east-1a').build(),
    ci('g2-d').ofType('g2.2xlarge').inAz('us-east-1d').build(),
    ci('m5-c').ofType('m5.large').inAz('us-east-1c').withAttribute('stack', 'prod').build(),
    ci('m5-c2').ofType('m5.large').inAz('us-east-1c').withAttribute('stack', 'dev').build(),
  ];
  it.each([
    { expression: 'attribute:ecs.instance-type == t2.small', allowed: ['t2small-a'] },
    {
      expression: 'attribute:ecs.availability-zone in [us-east-1a, us-east-1b]',
      allowed: ['t2small-a', 't2medium-b', 'g2-a'],
    },
    {
      expression: 'attribute:ecs.instance-type =~ g2.* and attribute:ecs.availability-zone != us-east-1d',
      allowed: ['g2-a'],
    },
    {
      expression: 'attribute:ecs.instance-type =~ t2.* and attribute:ecs.availability-zone == us-east-1a',
      allowed: ['t2small-a'],
    },
    {
      expression: 'attribute:ecs.instance-type in [t2.small, t2.medium]',
      allowed: ['t2small-a', 't2medium-b'],
    },
    { expression: 'attribute:stack == prod', allowed: ['m5-c'] },
    { expression: 'attribute:stack != prod', allowed: ['m5-c2'] },
  ])('$expression', ({ expression, allowed }) => {
    // each instance has room for one task, so every instance shows up in failures with its reason
    const { sim } = staged(instances, [aTaskDefinition('web').needing(256, 5000).build()]);
    const out = runTask(sim, { count: 6, placementConstraints: [{ type: 'memberOf', expression }] });
    expect(new Set(placedOn(out))).toEqual(new Set(allowed));
    const rejected = out.failures.filter((f) => f.reason === MEMBER_OF).map((f) => f.arn!.split('/').pop());
    expect(rejected.sort()).toEqual(
      instances
        .map((i) => i.containerInstanceArn.split('/').pop())
        .filter((id) => !allowed.includes(id!))
        .sort(),
    );
  });

  it('keeps a task off instances running a group with not(task:group == database)', () => {
    const db = aTaskDefinition('db').build();
    const instancesWithDb = [ci('x').build(), ci('y').build()];
    const { sim, put } = staged(instancesWithDb);
    put.tasks(aTask(db).onInstance(instancesWithDb[0]!).inGroup('database').build());
    const out = runTask(sim, {
      count: 2,
      placementConstraints: [{ type: 'memberOf', expression: 'not(task:group == database)' }],
    });
    expect(placedOn(out)).toEqual(['y', 'y']);
  });
});

describe('ecs RunTask host ports', () => {
  const bridge = (hostPort?: number) =>
    aTaskDefinition('web')
      .withContainer({
        name: 'web',
        cpu: 64,
        memory: 64,
        portMappings: [{ containerPort: 80, ...(hostPort !== undefined ? { hostPort } : {}) }],
      })
      .build();

  it('allocates dynamic host ports sequentially from the last one handed out, never twice', () => {
    const { sim } = staged([ci('a').withDynamicPorts(32768, 60999, 32767).build()], [bridge(0)]);
    const out = runTask(sim, { count: 4 });
    const ports = out.tasks.flatMap((t) =>
      (t.containers as Array<{ networkBindings: Array<{ hostPort: number }> }>).flatMap((c) =>
        c.networkBindings.map((b) => b.hostPort),
      ),
    );
    expect(ports).toEqual([32768, 32769, 32770, 32771]);
    expect(Object.values(sim.state.ecs.containerInstances)[0]!.lastDynamicPort).toBe(32771);
    expect(placedOn(runTask(sim, {}))).toEqual(['a']);
  });

  it('wraps around the dynamic range and skips ports already in use', () => {
    const instance = ci('a').withDynamicPorts(40000, 40002, 40001).build();
    const { sim, put } = staged([instance], [bridge()]);
    put.tasks(aTask(aTaskDefinition('other').build()).onInstance(instance).withBindings(40000).build());
    const out = runTask(sim, { count: 2 });
    const ports = out.tasks.map(
      (t) =>
        (t.containers as Array<{ networkBindings: Array<{ hostPort: number }> }>)[0]!.networkBindings[0]!
          .hostPort,
    );
    expect(ports).toEqual([40002, 40001]);
  });

  it('reserves a static host port, so a second task needs another instance', () => {
    const { sim } = staged([ci('a').build(), ci('b').build()], [bridge(8080)]);
    const out = runTask(sim, { count: 3 });
    expect(placedOn(out).sort()).toEqual(['a', 'b']);
    expect(out.failures.map((f) => f.reason)).toContain('RESOURCE:PORTS');
  });
});

describe('ecs RunTask awsvpc on EC2', () => {
  const awsvpc = aTaskDefinition('web').networkMode('awsvpc').needing(256, 512).build();

  it('gives the task an ENI in the subnet of its instance AZ and starts it in PROVISIONING', () => {
    const { sim } = staged([ci('b').inAz('us-east-1b').build()], [awsvpc]);
    const subnets = defaultSubnets(sim);
    const before = sim.state.ec2.subnets[subnets['us-east-1b']!]!.nextHost;
    const out = runTask(sim, {
      networkConfiguration: {
        awsvpcConfiguration: { subnets: [subnets['us-east-1a'], subnets['us-east-1b']] },
      },
    });
    const task = sim.state.ecs.tasks[out.tasks[0]!.taskArn]!;
    expect(task.lastStatus).toBe('PROVISIONING');
    expect(task.eni).toMatchObject({
      subnetId: subnets['us-east-1b'],
      privateIPv4Address: `172.31.16.${before}`,
    });
    expect(task.eni?.networkInterfaceId).toMatch(/^eni-[0-9a-f]{17}$/);
    expect(sim.state.ec2.subnets[subnets['us-east-1b']!]!.nextHost).toBe(before + 1);
    expect(Object.values(sim.state.ecs.containerInstances)[0]!.enisInUse).toBe(1);
  });

  it('rejects instances outside the subnets AZs with LOCATION and full ones with RESOURCE:ENI', () => {
    const { sim } = staged(
      [ci('a').inAz('us-east-1a').build(), ci('b').inAz('us-east-1b').withEnis(1, 1).build()],
      [awsvpc],
    );
    const subnets = defaultSubnets(sim);
    const out = runTask(sim, {
      networkConfiguration: { awsvpcConfiguration: { subnets: [subnets['us-east-1b']] } },
    });
    expect(out.tasks).toEqual([]);
    expect(out.failures.map((f) => f.reason).sort()).toEqual(['LOCATION', 'RESOURCE:ENI']);
  });
});

describe('ecs RunTask traces', () => {
  it('names the rejecting check for each instance and the chosen one', () => {
    const { sim } = staged([
      ci('off').disconnected().build(),
      ci('tiny').withMemory(100).build(),
      ci('drain').withStatus('DRAINING').build(),
      ci('ok').build(),
    ]);
    const out = runTask(sim, {});
    const trace = sim.trace(out.tasks[0]!.taskArn)!;
    const lastCheck = Object.fromEntries(
      trace.candidates.map((c) => [c.containerInstanceArn.split('/').pop(), c.checks.at(-1)!]),
    );
    expect(lastCheck.off).toMatchObject({ check: 'agent', passed: false, reason: 'AGENT' });
    expect(lastCheck.tiny).toMatchObject({ check: 'memory', passed: false, reason: 'RESOURCE:MEMORY' });
    expect(lastCheck.drain).toMatchObject({ check: 'status', passed: false, reason: 'DRAINING' });
    expect(lastCheck.ok!.passed).toBe(true);
    expect(trace.chosen).toMatch(/\/ok$/);
    expect(trace.rejected).toEqual({ AGENT: 1, 'RESOURCE:MEMORY': 1, DRAINING: 1 });
    expect(trace.steps[0]!.strategy).toEqual({ type: 'random' });
  });

  it('records a failed attempt with the closest instance reason and a sentence', () => {
    const { sim } = staged([ci('off').disconnected().build(), ci('tiny').withMemory(100).build()]);
    runTask(sim, {});
    const failed = sim.events.flatMap((e) => (e.type === 'PlacementFailed' ? [e] : []));
    expect(failed).toHaveLength(1);
    const trace = sim.trace(failed[0]!.traceId)!;
    expect(trace.failure?.reason).toBe('RESOURCE:MEMORY');
    expect(trace.failure?.message).toMatch(/None of the 2 container instances could take this task/);
  });

  it('shows each strategy step with its tie groups', () => {
    const { sim } = staged(fleet(2, (b, _az, n) => b.withMemory(n === 0 ? 4096 : 2048)));
    const out = runTask(sim, { placementStrategy: [SPREAD_AZ, { type: 'binpack', field: 'memory' }] });
    const trace = sim.trace(out.tasks[0]!.taskArn)!;
    expect(trace.steps[0]!.groups).toHaveLength(1);
    expect(trace.steps[0]!.groups[0]).toHaveLength(6);
    expect(trace.steps[1]!.groups[0]).toHaveLength(3);
    expect(trace.steps[2]).toMatchObject({ tieBreak: true });
  });

  it('returns a full trace for a large cluster too (stored compact, expanded on request)', () => {
    const { sim } = staged(fleet(50));
    const out = runTask(sim, {
      count: 2,
      placementStrategy: [SPREAD_AZ, { type: 'binpack', field: 'memory' }],
    });
    const stored = sim.state.traces[sim.state.ecs.tasks[out.tasks[1]!.taskArn]!.traceId!]!;
    expect(stored.candidates).toHaveLength(1);
    const trace = sim.trace(out.tasks[1]!.taskArn)!;
    expect(trace.candidates).toHaveLength(150);
    expect(trace.replay).toBeUndefined();
    expect(trace.chosen).toBe(out.tasks[1]!.containerInstanceArn);
    expect(trace.steps[0]!.groups[0]).toHaveLength(100);
  });
});

describe('ecs RunTask errors', () => {
  const awsvpc = aTaskDefinition('vpc')
    .networkMode('awsvpc')
    .compatibleWith('EC2', 'FARGATE')
    .withTaskSize(256, 512)
    .build();
  const cases: Array<{ name: string; input: Record<string, unknown>; error: string; message: RegExp }> = [
    {
      name: 'the cluster does not exist',
      input: { cluster: 'nope' },
      error: 'ClusterNotFoundException',
      message: /nope/,
    },
    {
      name: 'the task definition does not exist',
      input: { taskDefinition: 'ghost' },
      error: 'ClientException',
      message: /Unable to describe task definition/,
    },
    {
      name: 'the revision is INACTIVE',
      input: { taskDefinition: 'old:1' },
      error: 'ClientException',
      message: /inactive/,
    },
    {
      name: 'an awsvpc definition has no networkConfiguration',
      input: { taskDefinition: 'vpc' },
      error: 'InvalidParameterException',
      message: /Network Configuration must be provided when networkMode 'awsvpc' is specified/,
    },
    {
      name: 'a bridge definition gets a networkConfiguration',
      input: { networkConfiguration: { awsvpcConfiguration: { subnets: ['subnet-x'] } } },
      error: 'InvalidParameterException',
      message: /Network Configuration is not valid for the given networkMode/,
    },
    {
      name: 'a FARGATE task has constraints',
      input: {
        taskDefinition: 'vpc',
        launchType: 'FARGATE',
        placementConstraints: [{ type: 'distinctInstance' }],
      },
      error: 'InvalidParameterException',
      message: /Placement constraints are not supported with FARGATE launch type/,
    },
    {
      name: 'a FARGATE task has strategies',
      input: { taskDefinition: 'vpc', launchType: 'FARGATE', placementStrategy: [{ type: 'random' }] },
      error: 'InvalidParameterException',
      message: /Placement strategies are not supported with FARGATE launch type/,
    },
    {
      name: 'the definition is not FARGATE-compatible',
      input: { launchType: 'FARGATE' },
      error: 'ClientException',
      message: /does not support launch_type FARGATE/,
    },
    {
      name: 'there are more than 10 constraints',
      input: { placementConstraints: Array.from({ length: 11 }, () => ({ type: 'distinctInstance' })) },
      error: 'InvalidParameterException',
      message: /at most 10/,
    },
    {
      name: 'there are more than 5 strategies',
      input: { placementStrategy: Array.from({ length: 6 }, () => ({ type: 'random' })) },
      error: 'InvalidParameterException',
      message: /at most 5/,
    },
    {
      name: 'binpack has no field',
      input: { placementStrategy: [{ type: 'binpack' }] },
      error: 'InvalidParameterException',
      message: /placementStrategy\[0\].*'cpu' or 'memory'/,
    },
    {
      name: 'spread has no field',
      input: { placementStrategy: [{ type: 'spread' }] },
      error: 'InvalidParameterException',
      message: /spread needs a field/,
    },
    {
      name: 'random has a field',
      input: { placementStrategy: [{ type: 'random', field: 'cpu' }] },
      error: 'InvalidParameterException',
      message: /takes no field/,
    },
    {
      name: 'distinctInstance has an expression',
      input: { placementConstraints: [{ type: 'distinctInstance', expression: 'attribute:a == b' }] },
      error: 'InvalidParameterException',
      message: /distinctInstance constraint takes no expression/,
    },
    {
      name: 'a memberOf expression has a syntax error',
      input: {
        placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.instance-type === t2.small' }],
      },
      error: 'InvalidParameterException',
      message: /placementConstraints\[0\]\.expression has a syntax error at character \d+/,
    },
    { name: 'count is 11', input: { count: 11 }, error: 'InvalidParameterException', message: /count/ },
    {
      name: 'an override names no container',
      input: { overrides: { containerOverrides: [{ name: 'nope', memory: 64 }] } },
      error: 'InvalidParameterException',
      message: /Override for container named nope is not a container in the TaskDefinition/,
    },
  ];

  it.each(cases)(
    'rejects the request when $name and leaves the state unchanged',
    ({ input, error, message }) => {
      const { sim } = staged(
        [ci('a').build()],
        [aTaskDefinition('web').needing(256, 512).build(), aTaskDefinition('old').inactive().build(), awsvpc],
      );
      const before = JSON.stringify(sim.state);
      const e = errorOf(() => runTask(sim, input));
      expect(e.name).toBe(error);
      expect(e.message).toMatch(message);
      expect(JSON.stringify(sim.state)).toBe(before);
    },
  );

  it('says No Container Instances were found when the cluster has none registered', () => {
    const { sim } = staged([ci('gone').withStatus('INACTIVE').build()]);
    const e = errorOf(() => runTask(sim, {}));
    expect(e.name).toBe('InvalidParameterException');
    expect(e.message).toMatch(/^No Container Instances were found in your cluster\./);
  });
});

describe('ecs RunTask on Fargate', () => {
  const fargate = aTaskDefinition('api')
    .networkMode('awsvpc')
    .compatibleWith('FARGATE')
    .withTaskSize(512, 1024)
    .build();

  it('spreads tasks across the AZs of the subnets, one ENI and private IP each, platform 1.4.0', () => {
    const { sim } = staged([], [fargate]);
    const subnets = Object.values(defaultSubnets(sim));
    const out = runTask(sim, {
      taskDefinition: 'api',
      launchType: 'FARGATE',
      count: 6,
      networkConfiguration: { awsvpcConfiguration: { subnets, assignPublicIp: 'ENABLED' } },
    });
    const perAz: Record<string, number> = {};
    for (const t of out.tasks) perAz[t.availabilityZone] = (perAz[t.availabilityZone] ?? 0) + 1;
    expect(perAz).toEqual({ 'us-east-1a': 2, 'us-east-1b': 2, 'us-east-1c': 2 });
    const stored = out.tasks.map((t) => sim.state.ecs.tasks[t.taskArn]!);
    expect(new Set(stored.map((t) => t.eni!.privateIPv4Address)).size).toBe(6);
    expect(out.tasks[0]).toMatchObject({
      launchType: 'FARGATE',
      platformVersion: '1.4.0',
      cpu: '512',
      memory: '1024',
    });
    expect(out.tasks[0]!.containerInstanceArn).toBeUndefined();
    const trace = sim.trace(out.tasks[0]!.taskArn)!;
    expect(trace.fargate?.subnets).toHaveLength(3);
    expect(trace.fargate?.why).toMatch(/fewest tasks of group family:api/);
  });

  it('rejects an unknown platform version', () => {
    const { sim } = staged([], [fargate]);
    const subnets = Object.values(defaultSubnets(sim));
    const e = errorOf(() =>
      runTask(sim, {
        taskDefinition: 'api',
        launchType: 'FARGATE',
        platformVersion: '9.9.9',
        networkConfiguration: { awsvpcConfiguration: { subnets } },
      }),
    );
    expect(e.name).toBe('PlatformUnknownException');
  });
});

describe('ecs RunTask overrides and determinism', () => {
  it('reserves what the overrides ask for, not what the definition says', () => {
    const { sim } = staged([ci('a').withMemory(4096).build()]);
    runTask(sim, { overrides: { containerOverrides: [{ name: 'app', memory: 2048 }] } });
    expect(Object.values(sim.state.ecs.containerInstances)[0]!.remainingResources.memory).toBe(2048);
  });

  it('places the same way for the same seed and calls', () => {
    const run = () => {
      const { sim } = staged(fleet(3), undefined, 11);
      return placedOn(runTask(sim, { count: 10 }));
    };
    expect(run()).toEqual(run());
  });
});

describe('ecs RunTask launch types the sandbox has no capacity for', () => {
  it.each([
    ['EXTERNAL', /No Container Instances were found.*ECS Anywhere.*does not simulate/],
    ['MANAGED_INSTANCES', /capacityProviderStrategy, with launchType left out.*does not simulate/],
  ])('accepts launchType %s as a real value and refuses it with what to use instead', (launchType, said) => {
    const { sim } = staged([ci('a1').build()]);
    const before = JSON.stringify(sim.state);
    const e = errorOf(() => runTask(sim, { launchType }));
    expect(e.name).toBe('InvalidParameterException');
    expect(e.field).toBe('launchType');
    expect(e.message).toMatch(said);
    expect(e.message).toMatch(/use EC2 or FARGATE/);
    expect(JSON.stringify(sim.state)).toBe(before);
  });
});
