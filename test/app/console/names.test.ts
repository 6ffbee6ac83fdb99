import { describe, expect, it } from 'vitest';
import { fromKebab, kebab } from '../../../src/app/console/names';

describe('kebab', () => {
  it.each([
    ['RunTask', 'run-task'],
    ['DescribeContainerInstances', 'describe-container-instances'],
    ['ListTaskDefinitionFamilies', 'list-task-definition-families'],
    ['RunInstances', 'run-instances'],
    ['taskDefinition', 'task-definition'],
    ['enableECSManagedTags', 'enable-ecs-managed-tags'],
    ['InstanceType', 'instance-type'],
    ['IamInstanceProfile', 'iam-instance-profile'],
    ['MinCount', 'min-count'],
    ['UserData', 'user-data'],
    ['DryRun', 'dry-run'],
    ['taskARNs', 'task-arns'],
    ['cluster', 'cluster'],
  ])('spells %s as %s', (name, cli) => {
    expect(kebab(name)).toBe(cli);
  });

  it('finds the API name of a CLI spelling, and nothing for a misspelling', () => {
    const ops = ['RunTask', 'ListTasks', 'DescribeContainerInstances'];
    expect(fromKebab('describe-container-instances', ops)).toBe('DescribeContainerInstances');
    expect(fromKebab('run-tasks', ops)).toBeUndefined();
  });
});
