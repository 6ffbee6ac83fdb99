import { describe, expect, it } from 'vitest';
import { serviceDetails, serviceRows } from '../../src/app/serviceView';
import { anAccount } from '../builders/account';
import { behindALoadBalancer } from '../engine/elbv2/fixtures';
import { registerWeb } from '../engine/services/world';

function balanced() {
  const sim = anAccount(4).withCluster('default').withInstances(2, 'm5.large').build();
  registerWeb(sim, 'v1');
  const tg = behindALoadBalancer(sim);
  const out = sim.call('ecs', 'CreateService', {
    serviceName: 'web',
    taskDefinition: 'web',
    desiredCount: 2,
    loadBalancers: [{ targetGroupArn: tg, containerName: 'web', containerPort: 8080 }],
  });
  return { sim, arn: out.service.serviceArn };
}

describe('the Services panel’s view of a service', () => {
  it('counts like DescribeServices and lists deployments, targets, tasks and events', () => {
    const { sim, arn } = balanced();
    sim.advance(900);
    const described = sim.call('ecs', 'DescribeServices', { services: ['web'] }).services[0]!;
    const [row] = serviceRows(sim);
    expect(row).toMatchObject({
      name: 'web',
      cluster: 'default',
      desired: described.desiredCount,
      running: described.runningCount,
      pending: described.pendingCount,
      taskDefinition: 'web:1',
      rollout: 'COMPLETED',
    });
    const details = serviceDetails(sim, arn)!;
    expect(details.deployments.map((d) => [d.status, d.running, d.rolloutState])).toEqual(
      described.deployments.map((d) => [d.status, d.runningCount, d.rolloutState]),
    );
    expect(details.events.map((e) => e.message)).toEqual(described.events.map((e) => e.message));
    expect(details.targets).toHaveLength(2);
    expect(details.targets.every((t) => t.state === 'healthy' && t.task !== undefined)).toBe(true);
    // dynamic host ports: each task holds one from the ephemeral range, and its target uses it
    for (const task of details.tasks) {
      expect(task.hostPorts).toHaveLength(1);
      expect(task.hostPorts[0]).toBeGreaterThanOrEqual(32768);
      expect(details.targets.some((t) => t.taskArn === task.arn && t.port === task.hostPorts[0])).toBe(true);
    }
  });

  it('shows both deployments during a rolling update, old tasks labelled old', () => {
    const { sim, arn } = balanced();
    sim.advance(900);
    registerWeb(sim, 'v2');
    sim.call('ecs', 'UpdateService', { service: 'web', taskDefinition: 'web:2' });
    sim.advance(20);
    const details = serviceDetails(sim, arn)!;
    expect(details.deployments.map((d) => [d.status, d.taskDefinition])).toEqual([
      ['PRIMARY', 'web:2'],
      ['ACTIVE', 'web:1'],
    ]);
    expect(new Set(details.tasks.map((t) => t.deployment))).toEqual(new Set(['old', 'new']));
  });

  it('answers undefined for a service that is gone', () => {
    const { sim } = balanced();
    expect(serviceDetails(sim, 'arn:aws:ecs:us-east-1:123456789012:service/default/nope')).toBeUndefined();
  });
});
