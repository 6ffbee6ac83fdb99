import { describe, expect, it } from 'vitest';
import { createSimulation, type Simulation } from '../../../../src/engine';
import { arnName } from '../../../../src/lib/arn';
import { IMAGE_CATALOG } from '../../../../src/engine/catalog/images';
import { anAccount } from '../../../builders/account';
import { makeWorld, nginx } from '../../lifecycle/world';

const NGINX_DIGEST = `sha256:${IMAGE_CATALOG.find((i) => i.shortName === 'nginx' && i.tags.includes('latest'))!.digest}`;

/** A Fargate `render` definition in cluster `q`, with `extra` members on the definition. */
function fargate(extra: Record<string, unknown> = {}, seed = 5): Simulation {
  const sim = createSimulation({ seed });
  sim.call('ecs', 'CreateCluster', { clusterName: 'q' });
  sim.callByName('ecs', 'RegisterTaskDefinition', {
    family: 'render',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '512',
    memory: '1024',
    containerDefinitions: [
      { name: 'web', image: 'nginx:latest' },
      { name: 'side', image: 'busybox:latest', essential: false, command: ['sleep', '3600'] },
    ],
    ...extra,
  });
  return sim;
}

const subnets = (sim: Simulation) => Object.keys(sim.state.ec2.subnets);

function runOnFargate(sim: Simulation, extra: Record<string, unknown> = {}) {
  return sim.callByName('ecs', 'RunTask', {
    cluster: 'q',
    taskDefinition: 'render',
    launchType: 'FARGATE',
    networkConfiguration: { awsvpcConfiguration: { subnets: subnets(sim) } },
    ...extra,
  }) as { tasks: ReadonlyArray<{ taskArn: string } & Record<string, unknown>> };
}

const describeOne = (sim: Simulation, cluster: string, taskArn: string) =>
  sim.call('ecs', 'DescribeTasks', { cluster, tasks: [taskArn] }).tasks[0]!;

describe('a Fargate task reports its ephemeral storage', () => {
  it('is 20 GiB when the definition leaves it out, in both members ECS returns', () => {
    const sim = fargate();
    const [task] = runOnFargate(sim).tasks;
    expect(task).toMatchObject({
      ephemeralStorage: { sizeInGiB: 20 },
      fargateEphemeralStorage: { sizeInGiB: 20 },
    });
  });

  it("follows the definition's ephemeralStorage, in RunTask and DescribeTasks", () => {
    const sim = fargate({ ephemeralStorage: { sizeInGiB: 60 } });
    const [task] = runOnFargate(sim).tasks;
    expect(task!.ephemeralStorage).toEqual({ sizeInGiB: 60 });
    sim.advance(60);
    expect(describeOne(sim, 'q', task!.taskArn)).toMatchObject({
      ephemeralStorage: { sizeInGiB: 60 },
      fargateEphemeralStorage: { sizeInGiB: 60 },
    });
    const td = sim.call('ecs', 'DescribeTaskDefinition', { taskDefinition: 'render' }).taskDefinition;
    expect(td.ephemeralStorage).toEqual({ sizeInGiB: 60 });
  });

  it('follows a RunTask overrides.ephemeralStorage over the definition, and echoes the override', () => {
    const sim = fargate({ ephemeralStorage: { sizeInGiB: 60 } });
    const [task] = runOnFargate(sim, { overrides: { ephemeralStorage: { sizeInGiB: 120 } } }).tasks;
    expect(describeOne(sim, 'q', task!.taskArn)).toMatchObject({
      ephemeralStorage: { sizeInGiB: 120 },
      fargateEphemeralStorage: { sizeInGiB: 120 },
      overrides: { ephemeralStorage: { sizeInGiB: 120 } },
    });
  });

  it('is not reported for a task on EC2', () => {
    const w = makeWorld();
    const arn = w.launch(w.define('web', [nginx()]));
    const described = describeOne(w.sim, 'demo', arn);
    expect(described).not.toHaveProperty('ephemeralStorage');
    expect(described).not.toHaveProperty('fargateEphemeralStorage');
  });
});

describe("a task's ecs.cpu-architecture attribute", () => {
  it.each([
    ['left out', {}, 'x86_64'],
    ['X86_64', { runtimePlatform: { cpuArchitecture: 'X86_64', operatingSystemFamily: 'LINUX' } }, 'x86_64'],
    ['ARM64', { runtimePlatform: { cpuArchitecture: 'ARM64', operatingSystemFamily: 'LINUX' } }, 'arm64'],
  ])('on Fargate follows runtimePlatform (%s)', (_what, extra, expected) => {
    const sim = fargate(extra);
    const [task] = runOnFargate(sim).tasks;
    expect(task!.attributes).toEqual([{ name: 'ecs.cpu-architecture', value: expected }]);
  });

  it("on EC2 is the container instance's architecture", () => {
    const w = makeWorld();
    const ci = w.state.ecs.containerInstances[w.instance]!;
    w.state.ecs.containerInstances[w.instance] = {
      ...ci,
      attributes: [...ci.attributes, { name: 'ecs.cpu-architecture', value: 'arm64' }],
    };
    const arn = w.launch(w.define('web', [nginx()]));
    expect(describeOne(w.sim, 'demo', arn).attributes).toEqual([
      { name: 'ecs.cpu-architecture', value: 'arm64' },
    ]);
  });

  it('on an instance the agent registered is x86_64, as the m5 family is', () => {
    const sim = anAccount(3).withCluster('default').withInstances(1, 'm5.large').build();
    sim.callByName('ecs', 'RegisterTaskDefinition', {
      family: 'web',
      containerDefinitions: [{ name: 'web', image: 'nginx:latest', memory: 256 }],
    });
    const { tasks } = sim.call('ecs', 'RunTask', { taskDefinition: 'web' });
    expect(tasks[0]!.attributes).toEqual([{ name: 'ecs.cpu-architecture', value: 'x86_64' }]);
  });
});

describe("containers' runtimeId and imageDigest", () => {
  it('are absent while the task is being provisioned and pulled, then present once containers start', () => {
    const sim = fargate();
    const [task] = runOnFargate(sim).tasks;
    const fresh = describeOne(sim, 'q', task!.taskArn);
    for (const c of fresh.containers) {
      expect(c).not.toHaveProperty('runtimeId');
      expect(c).not.toHaveProperty('imageDigest');
    }
    sim.advance(120);
    const running = describeOne(sim, 'q', task!.taskArn);
    expect(running.lastStatus).toBe('RUNNING');
    const [web, side] = running.containers;
    expect(web!.imageDigest).toBe(NGINX_DIGEST);
    expect(side!.imageDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(side!.imageDigest).not.toBe(NGINX_DIGEST);
    // Fargate names a container by the task id and a number
    const taskId = arnName(task!.taskArn);
    expect(web!.runtimeId).toMatch(new RegExp(`^${taskId}-\\d{1,10}$`));
    expect(side!.runtimeId).toMatch(new RegExp(`^${taskId}-\\d{1,10}$`));
    expect(web!.runtimeId).not.toBe(side!.runtimeId);
  });

  it('on EC2 the runtimeId is a 64-hex Docker container id, kept after the task stops', () => {
    const w = makeWorld();
    const arn = w.launch(w.define('web', [nginx()]));
    w.sim.advance(60);
    const runtimeId = describeOne(w.sim, 'demo', arn).containers[0]!.runtimeId;
    expect(runtimeId).toMatch(/^[0-9a-f]{64}$/);
    w.sim.call('ecs', 'StopTask', { cluster: 'demo', task: arn });
    w.sim.advance(60);
    const stopped = describeOne(w.sim, 'demo', arn);
    expect(stopped.lastStatus).toBe('STOPPED');
    expect(stopped.containers[0]).toMatchObject({ runtimeId, imageDigest: NGINX_DIGEST });
  });

  it('has no digest for an image the simulated registry does not have', () => {
    const w = makeWorld();
    const arn = w.launch(w.define('web', [nginx({ image: 'nginx:no-such-tag' })]));
    w.sim.advance(60);
    const [c] = describeOne(w.sim, 'demo', arn).containers;
    expect(c!.lastStatus).toBe('STOPPED');
    expect(c).not.toHaveProperty('imageDigest');
    expect(c).not.toHaveProperty('runtimeId');
  });

  it('are the same for the same seed and differ for another seed', () => {
    const ids = (seed: number) => {
      const sim = fargate({}, seed);
      const [task] = runOnFargate(sim).tasks;
      sim.advance(120);
      return describeOne(sim, 'q', task!.taskArn).containers.map((c) => c.runtimeId);
    };
    expect(ids(11)).toEqual(ids(11));
    expect(ids(11)).not.toEqual(ids(12));
  });
});
