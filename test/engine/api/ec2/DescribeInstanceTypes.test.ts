import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../../src/engine';
import { expectRejected } from '../../../builders/account';

describe('ec2 DescribeInstanceTypes', () => {
  it('offers at least the t2, t3, m5, c5 and r5 sizes the lessons use', () => {
    const sim = createSimulation();
    const names = sim.call('ec2', 'DescribeInstanceTypes', {}).InstanceTypes.map((t) => t.InstanceType);
    for (const name of [
      't2.micro',
      't2.small',
      't2.medium',
      't3.micro',
      't3.small',
      't3.medium',
      't3.large',
      't3.xlarge',
      'm5.large',
      'm5.xlarge',
      'm5.2xlarge',
      'm5.4xlarge',
      'c5.large',
      'c5.xlarge',
      'c5.2xlarge',
      'r5.large',
      'r5.xlarge',
    ]) {
      expect(names).toContain(name);
    }
  });

  it.each([
    ['t2.micro', 1, 1024, 2],
    ['t3.micro', 2, 1024, 2],
    ['t3.xlarge', 4, 16384, 4],
    ['m5.large', 2, 8192, 3],
    ['m5.4xlarge', 16, 65536, 8],
    ['c5.large', 2, 4096, 3],
    ['r5.xlarge', 4, 32768, 4],
  ])('describes %s: %i vCPUs, %i MiB, %i network interfaces', (name, vcpus, mib, enis) => {
    const sim = createSimulation();
    const [t] = sim.call('ec2', 'DescribeInstanceTypes', { InstanceTypes: [name] }).InstanceTypes;
    expect(t).toMatchObject({
      InstanceType: name,
      VCpuInfo: { DefaultVCpus: vcpus },
      MemoryInfo: { SizeInMiB: mib },
      NetworkInfo: { MaximumNetworkInterfaces: enis },
    });
  });

  it('filters with wildcards', () => {
    const sim = createSimulation();
    const out = sim.call('ec2', 'DescribeInstanceTypes', {
      Filters: [{ Name: 'instance-type', Values: ['c5.*'] }],
    });
    expect(out.InstanceTypes.map((t) => t.InstanceType)).toEqual(['c5.large', 'c5.xlarge', 'c5.2xlarge']);
    const two = sim.call('ec2', 'DescribeInstanceTypes', {
      Filters: [{ Name: 'vcpu-info.default-vcpus', Values: ['16'] }],
    });
    expect(two.InstanceTypes.map((t) => t.InstanceType)).toEqual(['m5.4xlarge']);
  });

  it('rejects a type the simulator does not offer, naming it', () => {
    const sim = createSimulation();
    expectRejected(
      sim,
      () => sim.call('ec2', 'DescribeInstanceTypes', { InstanceTypes: ['m5.large', 'x9.huge'] }),
      'InvalidParameterValue',
      /\[x9\.huge\]/,
    );
  });
});
