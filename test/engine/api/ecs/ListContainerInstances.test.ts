import { describe, expect, it } from 'vitest';
import type { Simulation } from '../../../../src/engine';
import { anAccount, containerInstancesOf, expectRejected } from '../../../builders/account';
import { placeTask } from '../../containerInstances/fixtures';

function fleet() {
  const sim = anAccount(21)
    .withCluster('web')
    .withInstances(3, 't3.medium', { cluster: 'web' })
    .withInstances(2, 'm5.large', { cluster: 'web', azs: ['us-east-1a'], attributes: { stack: 'prod' } })
    .build();
  return sim;
}

const typeOf = (sim: Simulation, arn: string) =>
  sim.state.ecs.containerInstances[arn]!.attributes.find((a) => a.name === 'ecs.instance-type')!.value;

describe('ecs ListContainerInstances', () => {
  it('lists a cluster’s registered instances in registration order', () => {
    const sim = fleet();
    const arns = containerInstancesOf(sim, 'web');
    expect(arns).toHaveLength(5);
    const at = arns.map((a) => sim.state.ecs.containerInstances[a]!.registeredAt);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
  });

  it.each([
    ['attribute:ecs.instance-type == t3.medium', 3],
    ['attribute:ecs.instance-type =~ m5.*', 2],
    ['attribute:ecs.availability-zone in [us-east-1b, us-east-1c]', 2],
    ['attribute:stack == prod and attribute:ecs.availability-zone == us-east-1a', 2],
    ['attribute:stack != prod', 0],
    ['attribute:stack exists', 2],
    ['runningTasksCount == 0', 5],
    ['agentConnected == true', 5],
    ['not(attribute:ecs.instance-type == t3.medium)', 2],
  ])('filters with %s', (filter, count) => {
    const sim = fleet();
    expect(
      sim.call('ecs', 'ListContainerInstances', { cluster: 'web', filter }).containerInstanceArns,
    ).toHaveLength(count);
  });

  it('filters on the tasks an instance runs (runningTasksCount, task:group)', () => {
    const sim = fleet();
    const [a, b] = containerInstancesOf(sim, 'web');
    placeTask(sim, a!, 't1', 'service:api');
    placeTask(sim, b!, 't2', 'family:batch');
    placeTask(sim, b!, 't3', 'family:batch');
    const list = (filter: string) =>
      sim.call('ecs', 'ListContainerInstances', { cluster: 'web', filter }).containerInstanceArns;
    expect(list('runningTasksCount > 1')).toEqual([b]);
    expect(list('task:group == service:api')).toEqual([a]);
    expect(list('not(task:group == family:batch)')).toHaveLength(4);
  });

  it('filters by status, showing INACTIVE instances only when asked', () => {
    const sim = fleet();
    const [a, b] = containerInstancesOf(sim, 'web');
    sim.call('ecs', 'UpdateContainerInstancesState', {
      cluster: 'web',
      containerInstances: [a!],
      status: 'DRAINING',
    });
    sim.call('ecs', 'DeregisterContainerInstance', { cluster: 'web', containerInstance: b! });
    const list = (status?: 'ACTIVE' | 'DRAINING' | 'INACTIVE') =>
      sim.call('ecs', 'ListContainerInstances', { cluster: 'web', ...(status ? { status } : {}) })
        .containerInstanceArns;
    expect(list()).toHaveLength(4);
    expect(list('DRAINING')).toEqual([a]);
    expect(list('ACTIVE')).toHaveLength(3);
    expect(list('INACTIVE')).toEqual([b]);
  });

  it('pages through the results', () => {
    const sim = fleet();
    const first = sim.call('ecs', 'ListContainerInstances', { cluster: 'web', maxResults: 3 });
    const rest = sim.call('ecs', 'ListContainerInstances', {
      cluster: 'web',
      maxResults: 3,
      nextToken: first.nextToken!,
    });
    expect([...first.containerInstanceArns, ...rest.containerInstanceArns]).toEqual(
      containerInstancesOf(sim, 'web'),
    );
    expect(rest.nextToken).toBeUndefined();
  });

  it('only lists instances of the named cluster', () => {
    const sim = fleet();
    expect(containerInstancesOf(sim, 'web').every((arn) => typeOf(sim, arn))).toBe(true);
    sim.call('ecs', 'CreateCluster', { clusterName: 'empty' });
    expect(containerInstancesOf(sim, 'empty')).toEqual([]);
  });

  it.each([
    [
      'a filter with a syntax error, naming where',
      { cluster: 'web', filter: 'attribute:ecs.instance-type == ' },
      'InvalidParameterException',
      /filter: .*column 31/,
    ],
    [
      'an unbalanced parenthesis',
      { cluster: 'web', filter: '(runningTasksCount > 1' },
      'InvalidParameterException',
      /filter: .*column 1/,
    ],
    ['an unknown cluster', { cluster: 'nope' }, 'ClusterNotFoundException', /nope/],
    ['an unknown status', { cluster: 'web', status: 'GONE' }, 'InvalidParameterException', /status/],
  ])('rejects %s', (_name, input, error, message) => {
    const sim = fleet();
    expectRejected(sim, () => sim.callByName('ecs', 'ListContainerInstances', input), error, message);
  });
});
