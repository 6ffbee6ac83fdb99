import { describe, expect, it } from 'vitest';
import { call, stepName, wait } from '../../src/course/steps';

const web = { family: 'web', containerDefinitions: [{ name: 'web', image: 'nginx:latest', memory: 256 }] };

describe('stepName', () => {
  it.each([
    ['a wait', wait(60), 'Let 60 simulated seconds pass'],
    [
      'a label',
      call('ecs', 'RegisterTaskDefinition', web, 'Register the task definition'),
      'Register the task definition',
    ],
    ['the family', call('ecs', 'RegisterTaskDefinition', web), 'Register task definition web'],
    [
      'a count',
      call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web:1', count: 2 }),
      'Run task web:1 ×2',
    ],
    [
      'a single task',
      call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 1 }),
      'Run task web',
    ],
    [
      'a task ARN, shortened',
      call('ecs', 'StopTask', {
        cluster: 'demo',
        task: 'arn:aws:ecs:us-east-1:123456789012:task/demo/0123456789abcdef0123456789abcdef',
      }),
      'Stop task 01234567…',
    ],
    [
      'EC2 instances',
      call('ec2', 'RunInstances', { ImageId: 'ami-1', InstanceType: 't3.medium', MaxCount: 3, MinCount: 3 }),
      'Run instances ×3',
    ],
    ['an input known only at run time', call('ecs', 'StopTask', () => ({ task: 'x' })), 'Stop task'],
    ['a cluster', call('ecs', 'CreateCluster', { clusterName: 'shop' }), 'Create cluster shop'],
  ])('names %s', (_name, step, expected) => {
    expect(stepName(step)).toBe(expected);
  });
});
