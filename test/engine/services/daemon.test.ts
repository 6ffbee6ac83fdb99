import { describe, expect, it } from 'vitest';
import { launchContainerInstances } from '../../../src/course/fixtures';
import { anAccount } from '../../builders/account';
import { describe1, liveTasks, registerWeb, serviceWorld } from './world';

const createDaemon = (sim: ReturnType<typeof serviceWorld>['sim']) =>
  sim.callByName('ecs', 'CreateService', {
    serviceName: 'agent',
    taskDefinition: 'web',
    schedulingStrategy: 'DAEMON',
  });

describe('DAEMON services', () => {
  it('run one task per ACTIVE instance and leave a DRAINING one', () => {
    const { sim } = serviceWorld(1);
    createDaemon(sim);
    sim.advance(60);
    expect(liveTasks(sim, 'agent')).toHaveLength(3);
    expect(describe1(sim, 'agent').desiredCount).toBe(3);
    const ci = liveTasks(sim, 'agent')[0]!.containerInstanceArn!;
    sim.callByName('ecs', 'UpdateContainerInstancesState', { containerInstances: [ci], status: 'DRAINING' });
    sim.advance(60);
    const live = liveTasks(sim, 'agent');
    expect(live).toHaveLength(2);
    expect(live.some((t) => t.containerInstanceArn === ci)).toBe(false);
    expect(describe1(sim, 'agent').desiredCount).toBe(2);
    sim.callByName('ecs', 'UpdateContainerInstancesState', { containerInstances: [ci], status: 'ACTIVE' });
    sim.advance(60);
    expect(liveTasks(sim, 'agent')).toHaveLength(3);
  });

  it('start their task on a new instance the moment its agent registers', () => {
    const sim = anAccount(5).withInstances(1, 't3.medium').build();
    registerWeb(sim, 'v1');
    createDaemon(sim);
    sim.advance(60);
    expect(liveTasks(sim, 'agent')).toHaveLength(1);
    launchContainerInstances(sim, {
      cluster: 'default',
      instanceType: 't3.medium',
      availabilityZone: 'us-east-1b',
    });
    sim.advance(120);
    const registered = sim.events.filter((e) => e.type === 'ContainerInstanceRegistered').at(-1)!;
    const placed = sim.events.filter(
      (e) =>
        e.type === 'TaskPlaced' &&
        'containerInstanceArn' in e &&
        e.containerInstanceArn === registered.containerInstanceArn,
    );
    expect(placed).toHaveLength(1);
    // the same instant, not the next minute's check
    expect(placed[0]!.at).toBe(registered.at);
    expect(liveTasks(sim, 'agent')).toHaveLength(2);
  });

  it('replace their tasks instance by instance on a new revision (maximum 100 %)', () => {
    const { sim } = serviceWorld(1);
    createDaemon(sim);
    sim.advance(120);
    const v2 = registerWeb(sim, 'v2');
    sim.callByName('ecs', 'UpdateService', { service: 'agent', taskDefinition: 'web' });
    for (let s = 0; s < 300; s++) {
      sim.advance(1);
      const perInstance = new Map<string, number>();
      for (const t of liveTasks(sim, 'agent')) {
        perInstance.set(t.containerInstanceArn!, (perInstance.get(t.containerInstanceArn!) ?? 0) + 1);
      }
      expect(Math.max(0, ...perInstance.values())).toBeLessThanOrEqual(1);
    }
    const live = liveTasks(sim, 'agent');
    expect(live).toHaveLength(3);
    expect(live.every((t) => t.taskDefinitionArn === v2)).toBe(true);
    expect(describe1(sim, 'agent').deployments[0]!.rolloutState).toBe('COMPLETED');
  });
});

describe('DAEMON services on a DRAINING instance', () => {
  it('keep their task there until the tasks of other services have left it', () => {
    const { sim } = serviceWorld(1);
    createDaemon(sim);
    sim.callByName('ecs', 'CreateService', { serviceName: 'web', taskDefinition: 'web', desiredCount: 3 });
    sim.advance(120);
    const ci = liveTasks(sim, 'web')[0]!.containerInstanceArn!;
    sim.callByName('ecs', 'UpdateContainerInstancesState', { containerInstances: [ci], status: 'DRAINING' });
    sim.advance(1);
    expect(liveTasks(sim, 'agent').some((t) => t.containerInstanceArn === ci)).toBe(true);
    sim.advance(300);
    expect(liveTasks(sim, 'web').some((t) => t.containerInstanceArn === ci)).toBe(false);
    expect(liveTasks(sim, 'agent').some((t) => t.containerInstanceArn === ci)).toBe(false);
  });

  it('run only on instances that meet their memberOf constraints, and leave one that stops matching', () => {
    const { sim } = serviceWorld(1);
    const instances = Object.values(sim.state.ecs.containerInstances);
    const tag = (arn: string, value: string) =>
      sim.callByName('ecs', 'PutAttributes', {
        attributes: [{ name: 'role', value, targetType: 'container-instance', targetId: arn }],
      });
    tag(instances[0]!.containerInstanceArn, 'edge');
    tag(instances[1]!.containerInstanceArn, 'edge');
    sim.callByName('ecs', 'CreateService', {
      serviceName: 'agent',
      taskDefinition: 'web',
      schedulingStrategy: 'DAEMON',
      placementConstraints: [{ type: 'memberOf', expression: 'attribute:role == edge' }],
    });
    sim.advance(120);
    const hosts = () =>
      liveTasks(sim, 'agent')
        .map((t) => t.containerInstanceArn)
        .sort();
    expect(hosts()).toEqual([instances[0]!.containerInstanceArn, instances[1]!.containerInstanceArn].sort());
    const described = describe1(sim, 'agent');
    expect(described.desiredCount).toBe(2);
    expect(described.runningCount).toBe(2);
    expect(described.events[0]!.message).toBe('service agent has reached a steady state.');
    expect(described.events.some((e) => /unable to place/.test(e.message))).toBe(false);

    tag(instances[1]!.containerInstanceArn, 'core');
    sim.advance(120);
    expect(hosts()).toEqual([instances[0]!.containerInstanceArn]);
    expect(describe1(sim, 'agent').desiredCount).toBe(1);
  });
});
