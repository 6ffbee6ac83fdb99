import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/engine';
import { base64 } from '../../builders/account';

const GPU_AMI = 'resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2/gpu/recommended/image_id';
const STANDARD_AMI = 'resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id';

type Sim = ReturnType<typeof createSimulation>;

function clusterWith(launches: ReadonlyArray<{ type: string; image: string }>): Sim {
  const sim = createSimulation({ seed: 7 });
  sim.call('ecs', 'CreateCluster', { clusterName: 'ml' });
  for (const { type, image } of launches) {
    sim.call('ec2', 'RunInstances', {
      ImageId: image,
      InstanceType: type,
      MinCount: 1,
      MaxCount: 1,
      IamInstanceProfile: { Name: 'ecsInstanceRole' },
      UserData: base64('#!/bin/bash\necho ECS_CLUSTER=ml >> /etc/ecs/ecs.config'),
    });
  }
  sim.advance(120);
  return sim;
}

function registerGpuTask(sim: Sim, gpus: string): void {
  sim.callByName('ecs', 'RegisterTaskDefinition', {
    family: 'train',
    containerDefinitions: [
      {
        name: 'cuda',
        image: 'nginx:latest',
        memory: 256,
        resourceRequirements: [{ type: 'GPU', value: gpus }],
      },
    ],
  });
}

const run = (sim: Sim, count = 1) =>
  sim.callByName('ecs', 'RunTask', { cluster: 'ml', taskDefinition: 'train', count }) as {
    tasks: Array<{ taskArn: string }>;
    failures: Array<{ reason: string }>;
  };

const instances = (sim: Sim) => Object.values(sim.state.ecs.containerInstances);

describe('GPUs', () => {
  it('registers a GPU instance’s GPUs (ids as a STRINGSET) and the NVIDIA driver attribute on the GPU AMI', () => {
    const sim = clusterWith([{ type: 'p3.8xlarge', image: GPU_AMI }]);
    const [ci] = instances(sim);
    expect(ci!.registeredResources.gpus).toHaveLength(4);
    expect(ci!.registeredResources.gpus![0]).toMatch(/^GPU-[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(ci!.attributes.map((a) => a.name)).toContainEqual(
      expect.stringMatching(/^ecs\.capability\.nvidia-driver-version\./),
    );
    const described = sim.callByName('ecs', 'DescribeContainerInstances', {
      cluster: 'ml',
      containerInstances: [ci!.containerInstanceArn],
    }) as { containerInstances: Array<{ registeredResources: Array<{ name: string; type: string }> }> };
    expect(described.containerInstances[0]!.registeredResources).toContainEqual(
      expect.objectContaining({
        name: 'GPU',
        type: 'STRINGSET',
        stringSetValue: ci!.registeredResources.gpus,
      }),
    );
  });

  it('registers no GPUs from the standard AMI (no NVIDIA drivers) or on a type without GPUs', () => {
    const sim = clusterWith([
      { type: 'g4dn.xlarge', image: STANDARD_AMI },
      { type: 'm5.large', image: GPU_AMI },
    ]);
    for (const ci of instances(sim)) expect(ci.registeredResources.gpus).toBeUndefined();
    registerGpuTask(sim, '1');
    const out = run(sim);
    expect(out.tasks).toHaveLength(0);
    expect(out.failures.map((f) => f.reason)).toEqual(['RESOURCE:GPU', 'RESOURCE:GPU']);
  });

  it('places GPU tasks only while GPUs are free, holds them while running, and gives them back on stop', () => {
    const sim = clusterWith([{ type: 'g4dn.12xlarge', image: GPU_AMI }]);
    const [ci] = instances(sim);
    const all = ci!.registeredResources.gpus!;
    registerGpuTask(sim, '2');
    const first = run(sim, 2);
    expect(first.tasks).toHaveLength(2);
    const held = first.tasks.map((t) => sim.state.ecs.tasks[t.taskArn]!.reserved.gpuIds);
    expect(held).toEqual([all.slice(0, 2), all.slice(2, 4)]);
    expect(sim.state.ecs.containerInstances[ci!.containerInstanceArn]!.remainingResources.gpus).toEqual([]);

    const third = run(sim);
    expect(third.tasks).toHaveLength(0);
    expect(third.failures.map((f) => f.reason)).toEqual(['RESOURCE:GPU']);
    const traceId = Object.keys(sim.state.traces).at(-1)!;
    expect(sim.trace(traceId)?.candidates[0]?.checks.at(-1)).toMatchObject({
      check: 'gpu',
      passed: false,
      reason: 'RESOURCE:GPU',
    });

    sim.callByName('ecs', 'StopTask', { cluster: 'ml', task: first.tasks[0]!.taskArn });
    sim.advance(60);
    expect(sim.state.ecs.containerInstances[ci!.containerInstanceArn]!.remainingResources.gpus).toEqual(
      all.slice(0, 2),
    );
    expect(run(sim).tasks).toHaveLength(1);
  });

  it("reports each container's own GPUs in DescribeTasks, in container order", () => {
    const sim = clusterWith([{ type: 'g4dn.12xlarge', image: GPU_AMI }]);
    const [ci] = instances(sim);
    sim.callByName('ecs', 'RegisterTaskDefinition', {
      family: 'pair',
      containerDefinitions: [
        {
          name: 'trainer',
          image: 'nginx:latest',
          memory: 256,
          resourceRequirements: [{ type: 'GPU', value: '3' }],
        },
        { name: 'sidecar', image: 'nginx:latest', memory: 128, essential: false },
        {
          name: 'scorer',
          image: 'nginx:latest',
          memory: 256,
          resourceRequirements: [{ type: 'GPU', value: '1' }],
        },
      ],
    });
    const out = sim.callByName('ecs', 'RunTask', { cluster: 'ml', taskDefinition: 'pair' }) as {
      tasks: Array<{ containers: Array<{ name: string; gpuIds?: string[] }> }>;
    };
    const all = ci!.registeredResources.gpus!;
    const byName = Object.fromEntries(out.tasks[0]!.containers.map((c) => [c.name, c.gpuIds]));
    expect(byName).toEqual({ trainer: all.slice(0, 3), sidecar: undefined, scorer: all.slice(3, 4) });
  });

  it('refuses GPU values it does not model, and GPUs on Fargate', () => {
    const sim = createSimulation();
    expect(() => registerGpuTask(sim, '0.5')).toThrow(
      expect.objectContaining({
        name: 'ClientException',
        message: expect.stringMatching(/whole number of GPUs/),
      }),
    );
    expect(() =>
      sim.callByName('ecs', 'RegisterTaskDefinition', {
        family: 'f',
        requiresCompatibilities: ['FARGATE'],
        networkMode: 'awsvpc',
        cpu: '1024',
        memory: '2048',
        containerDefinitions: [
          { name: 'c', image: 'busybox:latest', resourceRequirements: [{ type: 'GPU', value: '1' }] },
        ],
      }),
    ).toThrow(expect.objectContaining({ message: expect.stringMatching(/Fargate does not support GPU/) }));
  });
});
