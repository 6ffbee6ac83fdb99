import { describe, expect, it } from 'vitest';
import { createSimulation, type Simulation } from '../../../src/engine';
import { ECS_AMI } from '../../builders/account';
import { AWSLOGS, defaultSubnets, messages, runFargate } from './world';

const DEMO = 'public.ecr.aws/ecs-sandbox/web';
const health = {
  command: ['CMD-SHELL', 'curl -f http://localhost:8080/health || exit 1'],
  interval: 10,
  retries: 3,
};

describe('awslogs delivery', () => {
  it('names the stream <prefix>/<container>/<task id> and writes start-up and listening lines at the start', () => {
    const { sim, taskId } = runFargate([
      { name: 'app', image: `${DEMO}:v2`, portMappings: [{ containerPort: 8080 }] },
    ]);
    sim.advance(60);
    const stream = `web/app/${taskId}`;
    expect(Object.keys(sim.state.logs.groups['/ecs/web']!.streams)).toEqual([stream]);
    expect(messages(sim, '/ecs/web', stream)).toEqual([
      'INFO web v2 starting (pid 1)',
      'INFO listening on 0.0.0.0:8080',
    ]);
    const first = sim.state.logs.groups['/ecs/web']!.streams[stream]!.events[0]!;
    // the line is stamped when the container started, in epoch milliseconds
    const started = Object.values(sim.state.ecs.tasks)[0]!.containers[0]!.startedAt!;
    expect(first.timestamp).toBe(Math.round((sim.state.startEpoch + started) * 1000));
  });

  it('writes a crash and its exit code when the image exits on its own', () => {
    const { sim, taskId } = runFargate([{ name: 'web', image: `${DEMO}:crash` }]);
    sim.advance(60);
    const lines = messages(sim, '/ecs/web', `web/web/${taskId}`);
    expect(lines.at(-1)).toBe('FATAL exiting with code 1');
    expect(lines.some((l) => l.startsWith('ERROR unhandled exception'))).toBe(true);
  });

  it('logs each failing health-check request once, however often the task is written', () => {
    const { sim, taskId, taskArn } = runFargate([
      { name: 'web', image: `${DEMO}:unhealthy`, healthCheck: health },
    ]);
    sim.advance(40);
    const stream = `web/web/${taskId}`;
    const started = sim.state.ecs.tasks[taskArn]!.containers[0]!.startedAt!;
    // three failures in a row make it UNHEALTHY (a task write): the checks at +10, +20, +30
    const failures = () => messages(sim, '/ecs/web', stream).filter((l) => l.includes('GET /health 503'));
    expect(sim.state.ecs.tasks[taskArn]!.healthStatus).toBe('UNHEALTHY');
    expect(failures()).toHaveLength(3);
    const stamps = sim.state.logs.groups['/ecs/web']!.streams[stream]!.events.filter((e) =>
      e.message.includes('GET /health'),
    ).map((e) => e.timestamp);
    expect(stamps).toEqual([10, 20, 30].map((s) => Math.round((sim.state.startEpoch + started + s) * 1000)));
    // the checks go on failing; with no minute clock running, the next write of the task (the stop) delivers
    // them, stamped when they ran, then the shutdown: each line once
    sim.advance(60);
    sim.call('ecs', 'StopTask', { cluster: 'default', task: taskArn });
    sim.advance(60);
    const lines = messages(sim, '/ecs/web', stream);
    const all = sim.state.logs.groups['/ecs/web']!.streams[stream]!.events.filter((e) =>
      e.message.includes('GET /health'),
    ).map((e) => e.timestamp);
    expect(failures()).toHaveLength(9); // +10 … +90 s
    expect(new Set(all).size).toBe(all.length);
    expect(lines.filter((l) => l === 'INFO SIGTERM received: draining connections')).toHaveLength(1);
    expect(lines.at(-1)).toBe('INFO shutdown complete, exiting with code 0');
  });

  it('says when the slow image becomes ready, and the failed checks before', () => {
    const { sim, taskId } = runFargate([
      { name: 'web', image: `${DEMO}:slow`, healthCheck: { ...health, startPeriod: 120 } },
    ]);
    sim.advance(150);
    const lines = messages(sim, '/ecs/web', `web/web/${taskId}`);
    expect(lines).toContain('INFO caches warm: ready to serve');
    expect(lines.filter((l) => l === 'WARN GET /health 503: still warming up')).toHaveLength(8); // 10…80 s
  });

  it('prints what a shell command echoes, at the time it runs', () => {
    const { sim, taskId, taskArn } = runFargate([
      { name: 'job', image: 'busybox', command: ['sh', '-c', 'echo hello; sleep 5; echo done; nosuch'] },
    ]);
    sim.advance(60);
    const events = sim.state.logs.groups['/ecs/web']!.streams[`web/job/${taskId}`]!.events;
    expect(events.map((e) => e.message)).toEqual(['hello', 'done', 'sh: nosuch: not found']);
    const started = sim.state.ecs.tasks[taskArn]!.containers[0]!.startedAt!;
    expect(events[1]!.timestamp - events[0]!.timestamp).toBe(5000);
    expect(events[0]!.timestamp).toBe(Math.round((sim.state.startEpoch + started) * 1000));
  });

  it('writes nothing for a container without awslogs, and nothing to a group deleted meanwhile', () => {
    const { sim, taskId } = runFargate([
      { name: 'web', image: `${DEMO}:v1` },
      { name: 'side', image: 'nginx', essential: false, logConfiguration: AWSLOGS('/ecs/api', 'side') },
    ]);
    sim.advance(60);
    expect(Object.keys(sim.state.logs.groups['/ecs/api']!.streams)).toEqual([`side/side/${taskId}`]);
    expect(messages(sim, '/ecs/api', `side/side/${taskId}`)[0]).toMatch(/docker-entrypoint/);
    sim.call('logs', 'DeleteLogGroup', { logGroupName: '/ecs/web' });
    sim.call('ecs', 'StopTask', { cluster: 'default', task: taskId });
    sim.advance(60);
    expect(sim.state.logs.groups['/ecs/web']).toBeUndefined();
  });

  it('writes a request summary each minute from the load model', () => {
    const sim = createSimulation({ seed: 3 });
    sim.call('ecs', 'CreateCluster', { clusterName: 'default' });
    sim.callByName('ecs', 'RegisterTaskDefinition', {
      family: 'web',
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      cpu: '256',
      memory: '512',
      executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
      containerDefinitions: [
        {
          name: 'web',
          image: `${DEMO}:v1`,
          portMappings: [{ containerPort: 8080 }],
          logConfiguration: AWSLOGS('/ecs/web', 'web'),
        },
      ],
    });
    sim.callByName('ecs', 'CreateService', {
      serviceName: 'web',
      taskDefinition: 'web',
      desiredCount: 2,
      launchType: 'FARGATE',
      networkConfiguration: { awsvpcConfiguration: { subnets: Object.values(defaultSubnets(sim)) } },
    });
    sim.advance(120);
    expect(Object.values(sim.state.ecs.tasks).map((t) => t.stoppedReason ?? t.lastStatus)).toEqual([
      'RUNNING',
      'RUNNING',
    ]);
    sim.call('sim', 'SetLoad', { service: 'web', requestsPerSecond: 50 });
    sim.advance(180);
    const streams = Object.values(sim.state.logs.groups['/ecs/web']!.streams);
    expect(streams).toHaveLength(2);
    for (const s of streams) {
      const summaries = s.events.filter((e) => e.message.startsWith('INFO requests last 60s'));
      expect(summaries.length).toBeGreaterThanOrEqual(2);
      // 50 requests/s over two equal tasks: 1,500 each a minute
      expect(summaries.at(-1)!.message).toMatch(
        /^INFO requests last 60s: 1500 served \(25\.0\/s\), 0 failed/,
      );
      expect(summaries.every((e) => e.timestamp % 60_000 === 0)).toBe(true);
    }
    // overload: 400/s is more than two 0.25 vCPU tasks answer
    sim.call('sim', 'SetLoad', { service: 'web', requestsPerSecond: 400 });
    sim.advance(60);
    expect(streams.length).toBe(2);
    const after = Object.values(sim.state.logs.groups['/ecs/web']!.streams)[0]!.events.map((e) => e.message);
    expect(after.some((m) => m.startsWith('WARN overloaded'))).toBe(true);
  });

  it('is deterministic: the same seed gives the same log', () => {
    const run = () => {
      const { sim } = runFargate([{ name: 'web', image: `${DEMO}:unhealthy`, healthCheck: health }], 11);
      sim.advance(300);
      return JSON.stringify(sim.state.logs);
    };
    expect(run()).toBe(run());
  });
});

describe('awslogs stream names on EC2', () => {
  function ec2Task(prefix: string | undefined): { sim: Simulation; taskArn: string } {
    const sim = createSimulation({ seed: 5 });
    sim.call('ecs', 'CreateCluster', { clusterName: 'default' });
    sim.call('ec2', 'RunInstances', {
      ImageId: ECS_AMI,
      InstanceType: 'm5.large',
      MinCount: 1,
      MaxCount: 1,
      IamInstanceProfile: { Name: 'ecsInstanceRole' },
    });
    sim.advance(120);
    sim.callByName('ecs', 'RegisterTaskDefinition', {
      family: 'api',
      containerDefinitions: [
        { name: 'api', image: 'nginx', memory: 256, logConfiguration: AWSLOGS('/ecs/api', prefix) },
      ],
    });
    const out = sim.callByName('ecs', 'RunTask', { cluster: 'default', taskDefinition: 'api' }) as {
      tasks: Array<{ taskArn: string }>;
    };
    sim.advance(60);
    return { sim, taskArn: out.tasks[0]!.taskArn };
  }

  it('uses the prefix form when a prefix is given', () => {
    const { sim, taskArn } = ec2Task('api');
    expect(Object.keys(sim.state.logs.groups['/ecs/api']!.streams)).toEqual([
      `api/api/${taskArn.slice(taskArn.lastIndexOf('/') + 1)}`,
    ]);
  });

  it('names the stream after the Docker container id without a prefix', () => {
    const { sim, taskArn } = ec2Task(undefined);
    const container = sim.call('ecs', 'DescribeTasks', { cluster: 'default', tasks: [taskArn] }).tasks[0]!
      .containers[0]!;
    expect(container.runtimeId).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(sim.state.logs.groups['/ecs/api']!.streams)).toEqual([container.runtimeId]);
  });
});
