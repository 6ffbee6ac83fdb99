import { describe, expect, it } from 'vitest';
import { select } from './fleet';

// ecs-reference §4.4: every documented example, with what it selects from the fleet in fleet.ts
const examples: ReadonlyArray<[expression: string, selected: string[]]> = [
  ['attribute:ecs.instance-type == t2.small', ['a']],
  ['attribute:ecs.availability-zone in [us-east-1a, us-east-1b]', ['a', 'b']],
  ['attribute:ecs.instance-type =~ g2.* and attribute:ecs.availability-zone != us-east-1d', ['d']],
  ['attribute:ecs.instance-type =~ t2.* and attribute:ecs.availability-zone == us-east-1a', ['a']],
  ['attribute:ecs.instance-type in [t2.small, t2.medium]', ['a', 'b']],
  ['attribute:stack == prod', ['a', 'd']],
  ['attribute:stack != prod', ['b']],
  ['task:group == service:production', ['a']],
  ['not(task:group == database)', ['a', 'b']],
  ['runningTasksCount == 1', ['a', 'd']],
  ['agentVersion < 1.14.5', ['a', 'd']],
  ['registeredAt < 2018-02-13', ['a', 'd']],
  ["ec2InstanceId in ['i-abcd1234', 'i-wxyx7890']", ['a', 'd']],
  ['attribute:ecs.os-family == WINDOWS_SERVER_2019_FULL', ['d']],
];

describe('cluster query language: documented examples', () => {
  it.each(examples)('%s selects %j', (expression, selected) => {
    expect(select(expression)).toEqual(selected);
  });
});
