import type { InstanceTypeInfo } from '../model/ec2';

/** What DescribeInstanceTypes shows beyond the numbers the simulator computes with. */
export interface InstanceTypeEntry extends InstanceTypeInfo {
  /** burstable (T family): CPU credits rather than a full core all the time */
  readonly Burstable: boolean;
  readonly NetworkPerformance: string;
  /** NVIDIA GPUs on the instance (0 for most types); the GPU-optimized AMI's agent registers them */
  readonly Gpus: number;
}

const entry = (
  InstanceType: string,
  VCpus: number,
  MemoryMiB: number,
  MaxEnis: number,
  IPv4PerEni: number,
  NetworkPerformance: string,
  Gpus = 0,
): InstanceTypeEntry => ({
  InstanceType,
  VCpus,
  MemoryMiB,
  MaxEnis,
  IPv4PerEni,
  Architecture: 'x86_64',
  Burstable: InstanceType.startsWith('t'),
  NetworkPerformance,
  Gpus,
});

/**
 * The instance types a learner can launch, with the figures EC2 publishes for them (vCPUs, memory in MiB,
 * maximum network interfaces, private IPv4 addresses per interface).
 */
export const INSTANCE_TYPES: ReadonlyArray<InstanceTypeEntry> = [
  entry('t2.micro', 1, 1024, 2, 2, 'Low to Moderate'),
  entry('t2.small', 1, 2048, 3, 4, 'Low to Moderate'),
  entry('t2.medium', 2, 4096, 3, 6, 'Low to Moderate'),
  entry('t3.micro', 2, 1024, 2, 2, 'Up to 5 Gigabit'),
  entry('t3.small', 2, 2048, 3, 4, 'Up to 5 Gigabit'),
  entry('t3.medium', 2, 4096, 3, 6, 'Up to 5 Gigabit'),
  entry('t3.large', 2, 8192, 3, 12, 'Up to 5 Gigabit'),
  entry('t3.xlarge', 4, 16384, 4, 15, 'Up to 5 Gigabit'),
  entry('m5.large', 2, 8192, 3, 10, 'Up to 10 Gigabit'),
  entry('m5.xlarge', 4, 16384, 4, 15, 'Up to 10 Gigabit'),
  entry('m5.2xlarge', 8, 32768, 4, 15, 'Up to 10 Gigabit'),
  entry('m5.4xlarge', 16, 65536, 8, 30, 'Up to 10 Gigabit'),
  entry('c5.large', 2, 4096, 3, 10, 'Up to 10 Gigabit'),
  entry('c5.xlarge', 4, 8192, 4, 15, 'Up to 10 Gigabit'),
  entry('c5.2xlarge', 8, 16384, 4, 15, 'Up to 10 Gigabit'),
  entry('r5.large', 2, 16384, 3, 10, 'Up to 10 Gigabit'),
  entry('r5.xlarge', 4, 32768, 4, 15, 'Up to 10 Gigabit'),
  // GPU types: EC2's published vCPU, memory, ENI and GPU counts
  entry('g4dn.xlarge', 4, 16384, 3, 10, 'Up to 25 Gigabit', 1),
  entry('g4dn.12xlarge', 48, 196608, 8, 30, '50 Gigabit', 4),
  entry('g5.xlarge', 4, 16384, 4, 15, 'Up to 10 Gigabit', 1),
  entry('p3.2xlarge', 8, 62464, 4, 15, 'Up to 10 Gigabit', 1),
  entry('p3.8xlarge', 32, 249856, 8, 30, '10 Gigabit', 4),
  entry('p4d.24xlarge', 96, 1179648, 60, 50, '4x 100 Gigabit', 8),
];

const byName = new Map(INSTANCE_TYPES.map((t) => [t.InstanceType, t]));

/** The catalog entry for an instance type name, or undefined when the simulator does not offer it. */
export const findInstanceType = (name: string): InstanceTypeEntry | undefined => byName.get(name);

/**
 * The MEMORY figure the ECS agent registers, in MiB, before ECS_RESERVED_MEMORY is taken off.
 *
 * The agent reports the kernel's MemTotal, which is smaller than the nominal size because firmware and the
 * kernel keep some memory for themselves. AWS's published examples: an m4.large (8192 MiB nominal) registers
 * 7985 MiB (97.5 %) and a c4.large (3840 MiB) registers 3768 MiB (98.1 %). We model the loss as 2.5 % of the
 * nominal size, rounded down: m5.large → 7987, t3.medium → 3993, t2.micro → 998. Close enough that a task
 * sized at the nominal memory never fits, which is the lesson the real figure teaches.
 */
export const agentMemoryMiB = (type: InstanceTypeInfo): number => Math.floor(type.MemoryMiB * 0.975);
