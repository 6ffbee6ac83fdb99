import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/engine';
import { fargateWeb } from '../../../src/app/templates/fargateWeb';
import { defaultSubnets } from './world';

describe("the starting account's log groups", () => {
  it('let the built-in Fargate template run as before, its output in /ecs/web-fargate', () => {
    const sim = createSimulation({ seed: 4 });
    sim.call('ecs', 'CreateCluster', { clusterName: 'default' });
    sim.callByName('ecs', 'RegisterTaskDefinition', fargateWeb.request);
    const out = sim.callByName('ecs', 'RunTask', {
      taskDefinition: 'web-fargate',
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: Object.values(defaultSubnets(sim)) } },
    }) as { tasks: Array<{ taskArn: string }> };
    sim.advance(60);
    const taskArn = out.tasks[0]!.taskArn;
    expect(sim.state.ecs.tasks[taskArn]!.lastStatus).toBe('RUNNING');
    const stream = sim.call('logs', 'DescribeLogStreams', { logGroupName: '/ecs/web-fargate' })
      .logStreams[0]!;
    expect(stream.logStreamName).toBe(`web/web/${taskArn.slice(taskArn.lastIndexOf('/') + 1)}`);
    const events = sim.call('logs', 'GetLogEvents', {
      logGroupName: '/ecs/web-fargate',
      logStreamName: stream.logStreamName,
      startFromHead: true,
    }).events;
    expect(events.map((e) => e.message)).toContain('INFO listening on 0.0.0.0:8080');
  });

  it('a group that is not there fails the task at start, and creating it fixes that', () => {
    const sim = createSimulation({ seed: 4 });
    sim.call('ecs', 'CreateCluster', { clusterName: 'default' });
    const request = {
      ...fargateWeb.request,
      containerDefinitions: fargateWeb.request.containerDefinitions.map((c) => ({
        ...c,
        logConfiguration: {
          ...c.logConfiguration!,
          options: { ...c.logConfiguration!.options, 'awslogs-group': '/ecs/mine' },
        },
      })),
    };
    sim.callByName('ecs', 'RegisterTaskDefinition', request);
    const run = () =>
      (
        sim.callByName('ecs', 'RunTask', {
          taskDefinition: 'web-fargate',
          launchType: 'FARGATE',
          networkConfiguration: { awsvpcConfiguration: { subnets: Object.values(defaultSubnets(sim)) } },
        }) as { tasks: Array<{ taskArn: string }> }
      ).tasks[0]!.taskArn;
    const failed = run();
    sim.advance(60);
    expect(sim.state.ecs.tasks[failed]!.stoppedReason).toMatch(/ResourceInitializationError/);
    sim.call('logs', 'CreateLogGroup', { logGroupName: '/ecs/mine' });
    const ok = run();
    sim.advance(60);
    expect(sim.state.ecs.tasks[ok]!.lastStatus).toBe('RUNNING');
    expect(Object.keys(sim.state.logs.groups['/ecs/mine']!.streams)).toHaveLength(1);
  });
});
