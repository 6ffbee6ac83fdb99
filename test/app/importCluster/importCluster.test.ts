import { describe, expect, it } from 'vitest';
import { importCluster, openImported, type Imported } from '../../../src/app/importCluster/index';
import { findScenario } from '../../../src/app/scenarios';
import { Session } from '../../../src/app/session.svelte';
import { replay } from '../../../src/app/timeline';
import { describeFixture, fixturePastes } from './fixtures';

const fleet = findScenario('mixed-fleet')!;

async function imported(pastes = fixturePastes()): Promise<Imported> {
  const result = await importCluster(pastes);
  if (!result.ok) throw new Error(result.error.join('\n'));
  return result.value;
}

/** A learner's sandbox with one action of theirs, then the import opened in it. */
async function openedSession(): Promise<{ session: Session; result: Imported }> {
  const session = new Session(fleet);
  session.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web' });
  const result = await imported();
  openImported(session, result);
  return { session, result };
}

const count = <T>(items: ReadonlyArray<T>, key: (t: T) => string) =>
  items.reduce<Record<string, number>>((acc, t) => ({ ...acc, [key(t)]: (acc[key(t)] ?? 0) + 1 }), {});

describe('importing describe-* outputs', () => {
  it('recreates the cluster: its instances per AZ, types, registered resources, attributes and states', async () => {
    const { session } = await openedSession();
    const { state } = session.sim;
    expect(Object.keys(state.ecs.clusters).map((arn) => arn.slice(arn.lastIndexOf('/') + 1))).toEqual([
      'shop-prod',
    ]);
    const instances = Object.values(state.ecs.containerInstances);
    const ec2 = (id: string) => state.ec2.instances[id]!;
    expect(count(instances, (i) => ec2(i.ec2InstanceId).AvailabilityZone)).toEqual({
      'us-east-1a': 2,
      'us-east-1b': 2,
      'us-east-1c': 2,
    });
    // c6i.xlarge is not in the sandbox's catalog: the same vCPUs and memory class stand in
    expect(count(instances, (i) => ec2(i.ec2InstanceId).InstanceType)).toEqual({
      'm5.large': 4,
      'c5.xlarge': 2,
    });
    const pasted = JSON.parse(describeFixture('container-instances')).containerInstances as Array<{
      ec2InstanceId: string;
      status: string;
      registeredResources: Array<{ name: string; integerValue: number }>;
    }>;
    for (const real of pasted) {
      const twin = instances.find((i) =>
        ec2(i.ec2InstanceId).Tags?.some((t) => t.Value === real.ec2InstanceId),
      );
      expect(twin, real.ec2InstanceId).toBeDefined();
      const registered = (name: string) =>
        real.registeredResources.find((r) => r.name === name)!.integerValue;
      expect(twin!.registeredResources.cpu).toBe(registered('CPU'));
      expect(twin!.registeredResources.memory).toBe(registered('MEMORY'));
      expect(twin!.status).toBe(real.status);
    }
    expect(
      instances.filter((i) => i.attributes.some((a) => a.name === 'stack' && a.value === 'blue')),
    ).toHaveLength(2);
  });

  it('registers each pasted task definition once and creates the services with their settings', async () => {
    const { session } = await openedSession();
    const { state } = session.sim;
    expect(
      Object.keys(state.ecs.taskDefinitions)
        .map((arn) => arn.slice(arn.lastIndexOf('/') + 1))
        .sort(),
    ).toEqual(['api:1', 'log-agent:1', 'report:1', 'web:1', 'worker:1']);
    const services = Object.fromEntries(Object.values(state.ecs.services).map((s) => [s.serviceName, s]));
    expect(Object.keys(services).sort()).toEqual(['api', 'log-agent', 'web', 'worker']);
    expect(services['web']).toMatchObject({
      desiredCount: 4,
      placementStrategy: [
        { type: 'spread', field: 'attribute:ecs.availability-zone' },
        { type: 'binpack', field: 'memory' },
      ],
    });
    expect(services['web']!.loadBalancers ?? []).toEqual([]);
    expect(services['api']).toMatchObject({
      desiredCount: 2,
      placementConstraints: [{ type: 'memberOf', expression: 'attribute:stack == blue' }],
    });
    expect(services['worker']).toMatchObject({ desiredCount: 2 });
    expect(services['log-agent']).toMatchObject({ schedulingStrategy: 'DAEMON' });
  });

  it('runs as many tasks as the account: each service its count, the standalone task on its instance', async () => {
    const { session } = await openedSession();
    const { state } = session.sim;
    const running = Object.values(state.ecs.tasks).filter((t) => t.lastStatus === 'RUNNING');
    expect(count(running, (t) => t.group ?? '')).toEqual({
      'service:web': 4,
      'service:api': 2,
      'service:worker': 2,
      // one of the six instances is draining: the daemon runs on the other five, as in the account
      'service:log-agent': 5,
      'family:report': 1,
    });
    const report = running.find((t) => t.group === 'family:report')!;
    expect(report.startedBy).toBe('nightly-cron');
    const host = state.ecs.containerInstances[report.containerInstanceArn!]!;
    expect(state.ec2.instances[host.ec2InstanceId]!.Tags).toContainEqual({
      Key: 'Name',
      Value: 'i-0151f24533a84cdb5',
    });
  });

  it('opens like a share link: replay gives the same state, the learner’s sandbox is kept as previous', async () => {
    const { session, result } = await openedSession();
    expect(session.previous?.snapshot.calls).toHaveLength(1);
    expect(session.scenario.id).toBe('empty');
    const again = replay(session.scenario, result.saved.calls, result.saved.time);
    expect(JSON.stringify(again.state)).toBe(JSON.stringify(session.sim.state));
    session.restorePrevious();
    expect(session.scenario.id).toBe('mixed-fleet');
  });

  it('reports what it kept, mapped and left out, with the reason', async () => {
    const { report } = await imported();
    const line = (outcome: string, subject: string) =>
      report.find((l) => l.outcome === outcome && l.subject === subject);
    expect(line('mapped', 'instance type c6i.xlarge')?.detail).toContain('c5.xlarge');
    expect(line('mapped', 'Availability Zone eu-west-1b')?.detail).toContain('us-east-1b');
    expect(line('left out', 'service web')?.detail).toContain('loadBalancers');
    expect(line('left out', 'task definition api:5, container api')?.detail).toContain('secrets');
    expect(line('mapped', 'task definition web:12')?.detail).toContain('web:1');
    expect(line('kept', 'service log-agent')).toBeDefined();
    expect(line('kept', '4 tasks of service:web')).toBeDefined();
  });

  it('reads outputs by their key whatever box holds them: all five in one, task definitions concatenated', async () => {
    const definitions = (JSON.parse(describeFixture('task-definitions')) as unknown[])
      .map((d) => JSON.stringify(d, null, 2))
      .join('\n');
    const all = ['services', 'clusters', 'tasks', 'container-instances'].map(describeFixture).join('\n\n');
    const one = await imported([{ label: 'the paste', text: `${all}\n${definitions}` }]);
    const five = await imported();
    expect(one.saved).toEqual(five.saved);
  });

  it('runs a standalone Fargate task again with RunTask, in its subnet’s match', async () => {
    const tasks = JSON.parse(describeFixture('tasks')) as {
      tasks: Array<{ group: string; startedBy: string; launchType: string; availabilityZone: string }>;
    };
    const fargate = tasks.tasks.find(
      (t) => t.launchType === 'FARGATE' && t.availabilityZone === 'eu-west-1b',
    )!;
    fargate.group = 'family:worker';
    fargate.startedBy = 'backfill';
    const pastes = fixturePastes();
    pastes[4] = { label: 'the tasks paste', text: JSON.stringify(tasks) };
    const result = await imported(pastes);
    const run = result.saved.calls.find((c) => c.operation === 'RunTask');
    expect(run?.input).toMatchObject({
      launchType: 'FARGATE',
      group: 'family:worker',
      startedBy: 'backfill',
    });
    const sim = replay(findScenario('empty')!, result.saved.calls, result.saved.time);
    const standalone = Object.values(sim.state.ecs.tasks).filter((t) => t.group === 'family:worker');
    expect(standalone.map((t) => [t.lastStatus, t.availabilityZone])).toEqual([['RUNNING', 'us-east-1b']]);
  });

  it('leaves out a service whose task definition was not pasted, and says which to paste', async () => {
    const pastes = fixturePastes().filter((p) => !p.label.includes('task-definitions'));
    const result = await imported(pastes);
    const web = result.report.find((l) => l.subject === 'service web' && l.outcome === 'left out');
    expect(web?.detail).toContain('aws ecs describe-task-definition --task-definition web:12');
    expect(result.saved.calls.some((c) => c.operation === 'CreateService')).toBe(false);
  });
});
