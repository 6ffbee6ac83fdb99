import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/engine/index';
import { arnName, shortId } from '../../src/lib/arn';

const ECS = 'arn:aws:ecs:us-east-1:123456789012';

describe('arnName', () => {
  it.each([
    ['a cluster ARN: its name', `${ECS}:cluster/shop`, 'shop'],
    [
      'a task ARN (cluster in between): the task id',
      `${ECS}:task/shop/0123456789abcdef0123456789abcdef`,
      '0123456789abcdef0123456789abcdef',
    ],
    ['an old-format task ARN without the cluster: the id', `${ECS}:task/0123abcd`, '0123abcd'],
    [
      'a container instance ARN: the instance id, not the cluster',
      `${ECS}:container-instance/shop/fedcba9876543210fedcba9876543210`,
      'fedcba9876543210fedcba9876543210',
    ],
    ['a task definition ARN: family:revision', `${ECS}:task-definition/web:12`, 'web:12'],
    [
      'an instance profile ARN under a path: the profile name',
      'arn:aws:iam::123456789012:instance-profile/teams/ecs/ecsInstanceRole',
      'ecsInstanceRole',
    ],
    ['a plain name', 'shop', 'shop'],
    ['family:revision already', 'web:3', 'web:3'],
    ['an empty string', '', ''],
  ])('%s', (_case, arn, expected) => {
    expect(arnName(arn)).toBe(expected);
  });

  it('reads back the names and ids the engine put into the ARNs it minted', () => {
    const sim = createSimulation({ seed: 5 });
    sim.call('ecs', 'CreateCluster', { clusterName: 'shop' });
    const td = sim.call('ecs', 'RegisterTaskDefinition', {
      family: 'web',
      containerDefinitions: [{ name: 'web', image: 'nginx:latest', memory: 256 }],
    }).taskDefinition;
    const cluster = Object.values(sim.state.ecs.clusters).find((c) => c.clusterName === 'shop')!;
    expect(arnName(cluster.clusterArn)).toBe('shop');
    expect(arnName(td.taskDefinitionArn)).toBe(`${td.family}:${td.revision}`);
  });
});

describe('shortId', () => {
  it('keeps the first characters of a long id and marks the cut', () => {
    expect(shortId('0123456789abcdef0123456789abcdef')).toBe('01234567…');
    expect(shortId('i-0123456789abcdef0', 10)).toBe('i-01234567…');
  });

  it('leaves an id that is at most two characters over the limit whole: a cut would save nothing', () => {
    expect(shortId('0123456789')).toBe('0123456789');
    expect(shortId('01234567890')).toBe('01234567…');
    expect(shortId('web')).toBe('web');
  });
});
