import { describe, expect, it } from 'vitest';
import {
  ECS_INSTANCE_ROLE,
  ECS_OPTIMIZED_AMI,
  containerInstancesInput,
  ecsConfigUserData,
  launchContainerInstances,
} from '../../src/course/fixtures';
import { decodeUserData, readEcsConfig } from '../../src/engine/agent/userData';
import { createSimulation, type Simulation } from '../../src/engine/index';
import { arnName } from '../../src/lib/arn';

/** The script inside base64 user data. */
function script(userData: string | undefined): string {
  const decoded = decodeUserData(userData ?? '');
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.value;
}

/** What the simulated agent reads from the user data, as a plain object. */
const settingsOf = (userData: string | undefined) => Object.fromEntries(readEcsConfig(script(userData)));

/** Cluster name → how many ACTIVE container instances it holds. */
const clusterSizes = (sim: Simulation) => {
  const sizes: Record<string, number> = {};
  for (const ci of Object.values(sim.state.ecs.containerInstances)) {
    const name = arnName(ci.clusterArn);
    if (ci.status === 'ACTIVE') sizes[name] = (sizes[name] ?? 0) + 1;
  }
  return sizes;
};

describe('ecsConfigUserData', () => {
  it('writes one bare echo line per setting after a bash shebang, in the given order', () => {
    expect(script(ecsConfigUserData({ ECS_CLUSTER: 'web', ECS_RESERVED_MEMORY: '256' }))).toBe(
      '#!/bin/bash\n' +
        'echo ECS_CLUSTER=web >> /etc/ecs/ecs.config\n' +
        'echo ECS_RESERVED_MEMORY=256 >> /etc/ecs/ecs.config',
    );
  });

  it('single-quotes a setting whose value the shell would otherwise rewrite', () => {
    expect(script(ecsConfigUserData({ ECS_INSTANCE_ATTRIBUTES: '{"pool":"ml"}' }))).toBe(
      `#!/bin/bash\necho 'ECS_INSTANCE_ATTRIBUTES={"pool":"ml"}' >> /etc/ecs/ecs.config`,
    );
  });

  it.each<[string, Record<string, string>]>([
    ['plain names', { ECS_CLUSTER: 'prod-east_2', ECS_ENABLE_CONTAINER_METADATA: 'true' }],
    ['JSON values', { ECS_INSTANCE_ATTRIBUTES: '{"stack":"prod","tier":"web"}' }],
    ['a list with quotes', { ECS_AVAILABLE_LOGGING_DRIVERS: '["json-file","awslogs"]' }],
    ['spaces and a single quote', { ECS_INSTANCE_ATTRIBUTES: `{"owner":"O'Neil team"}` }],
    ['text outside Latin-1', { ECS_INSTANCE_ATTRIBUTES: '{"team":"données ✓"}' }],
    ['no settings at all', {}],
  ])('reads back exactly as written for %s', (_, settings) => {
    expect(settingsOf(ecsConfigUserData(settings))).toEqual(settings);
  });
});

describe('containerInstancesInput', () => {
  it('asks for one ECS-optimized instance with the instance role and no placement or tags by default', () => {
    const input = containerInstancesInput({ instanceType: 't3.medium', cluster: 'demo' });
    expect(input).toEqual({
      ImageId: ECS_OPTIMIZED_AMI,
      InstanceType: 't3.medium',
      MinCount: 1,
      MaxCount: 1,
      IamInstanceProfile: { Name: ECS_INSTANCE_ROLE },
      UserData: ecsConfigUserData({ ECS_CLUSTER: 'demo' }),
    });
  });

  it('sets the count, the AZ, the Name tag and another instance profile when given', () => {
    const input = containerInstancesInput({
      instanceType: 'm5.large',
      cluster: 'prod',
      availabilityZone: 'us-east-1c',
      count: 3,
      instanceProfile: 'batchInstanceRole',
      name: 'prod-c',
    });
    expect(input).toMatchObject({
      MinCount: 3,
      MaxCount: 3,
      Placement: { AvailabilityZone: 'us-east-1c' },
      IamInstanceProfile: { Name: 'batchInstanceRole' },
      TagSpecifications: [{ ResourceType: 'instance', Tags: [{ Key: 'Name', Value: 'prod-c' }] }],
    });
  });

  it('leaves the instance profile out when it is null', () => {
    const input = containerInstancesInput({ instanceType: 't3.medium', instanceProfile: null });
    expect(input).not.toHaveProperty('IamInstanceProfile');
  });

  it.each<[string, Parameters<typeof containerInstancesInput>[0], Record<string, string>]>([
    ['only the cluster', { instanceType: 't3.small', cluster: 'a' }, { ECS_CLUSTER: 'a' }],
    [
      'the cluster first, then the extra settings',
      { instanceType: 't3.small', cluster: 'a', extraConfig: { ECS_RESERVED_MEMORY: '128' } },
      { ECS_CLUSTER: 'a', ECS_RESERVED_MEMORY: '128' },
    ],
    [
      'no ECS_CLUSTER when no cluster is named',
      { instanceType: 't3.small', extraConfig: { ECS_ENABLE_CONTAINER_METADATA: 'true' } },
      { ECS_ENABLE_CONTAINER_METADATA: 'true' },
    ],
  ])('writes %s to ecs.config', (_, launch, settings) => {
    const userData = containerInstancesInput(launch).UserData;
    expect(Object.entries(settingsOf(userData))).toEqual(Object.entries(settings));
  });
});

describe('launchContainerInstances', () => {
  const newSim = (...clusters: string[]) => {
    const sim = createSimulation({ seed: 5 });
    for (const clusterName of clusters) sim.call('ecs', 'CreateCluster', { clusterName });
    return sim;
  };

  it('launches instances whose agents register in the named cluster within 120 s', () => {
    const sim = newSim('web');
    const out = launchContainerInstances(sim, {
      cluster: 'web',
      instanceType: 'c5.large',
      availabilityZone: 'us-east-1b',
      count: 2,
    });
    expect(out.Instances.map((i) => i.Placement.AvailabilityZone)).toEqual(['us-east-1b', 'us-east-1b']);
    sim.advance(120);
    expect(clusterSizes(sim)).toEqual({ web: 2 });
  });

  it('gives the container instance the custom attributes written in extraConfig', () => {
    const sim = newSim('ml');
    launchContainerInstances(sim, {
      cluster: 'ml',
      instanceType: 'c5.xlarge',
      extraConfig: { ECS_INSTANCE_ATTRIBUTES: '{"pool":"gpu-less"}' },
    });
    sim.advance(120);
    const [ci] = Object.values(sim.state.ecs.containerInstances);
    expect(ci?.attributes).toContainEqual(expect.objectContaining({ name: 'pool', value: 'gpu-less' }));
  });

  it('joins the cluster named default when no cluster is given', () => {
    const sim = newSim('shop');
    launchContainerInstances(sim, { instanceType: 't3.medium' });
    sim.advance(120);
    expect(clusterSizes(sim)).toEqual({ default: 1 });
  });

  it('registers nothing when launched without an instance profile', () => {
    const sim = newSim('shop');
    launchContainerInstances(sim, { cluster: 'shop', instanceType: 't3.medium', instanceProfile: null });
    sim.advance(600);
    expect(clusterSizes(sim)).toEqual({});
    expect(Object.values(sim.state.ec2.instances)).toHaveLength(1);
  });

  it('throws the EC2 error and launches nothing when the request is invalid', () => {
    const sim = newSim('shop');
    expect(() => launchContainerInstances(sim, { cluster: 'shop', instanceType: 'x9.huge' })).toThrow(
      expect.objectContaining({ name: 'InvalidParameterValue' }),
    );
    expect(sim.state.ec2.instances).toEqual({});
  });
});
