import { INSTANCE_TYPES, findInstanceType, type InstanceTypeEntry } from '../../catalog/instanceTypes';
import { AwsError } from '../../errors';
import { INSTANCE_TYPE_FILTERS, describeInstanceTypesSchema } from '../../schema/ec2';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { applyFilters } from './filters';

export type DescribeInstanceTypesInput = Infer<typeof describeInstanceTypesSchema>;

export interface InstanceTypeOutput {
  readonly InstanceType: string;
  readonly CurrentGeneration: boolean;
  readonly BurstablePerformanceSupported: boolean;
  readonly Hypervisor: 'xen' | 'nitro';
  readonly ProcessorInfo: { SupportedArchitectures: string[] };
  readonly VCpuInfo: { DefaultVCpus: number };
  readonly MemoryInfo: { SizeInMiB: number };
  readonly NetworkInfo: {
    NetworkPerformance: string;
    MaximumNetworkInterfaces: number;
    Ipv4AddressesPerInterface: number;
  };
}

export interface DescribeInstanceTypesOutput {
  readonly InstanceTypes: InstanceTypeOutput[];
}

function fieldsOf(t: InstanceTypeEntry, name: string): ReadonlyArray<string> {
  if (name === 'vcpu-info.default-vcpus') return [String(t.VCpus)];
  if (name === 'memory-info.size-in-mib') return [String(t.MemoryMiB)];
  return [t.InstanceType];
}

const output = (t: InstanceTypeEntry): InstanceTypeOutput => ({
  InstanceType: t.InstanceType,
  CurrentGeneration: true,
  BurstablePerformanceSupported: t.Burstable,
  Hypervisor: t.InstanceType.startsWith('t2.') ? 'xen' : 'nitro',
  ProcessorInfo: { SupportedArchitectures: [t.Architecture] },
  VCpuInfo: { DefaultVCpus: t.VCpus },
  MemoryInfo: { SizeInMiB: t.MemoryMiB },
  NetworkInfo: {
    NetworkPerformance: t.NetworkPerformance,
    MaximumNetworkInterfaces: t.MaxEnis,
    Ipv4AddressesPerInterface: t.IPv4PerEni,
  },
});

/** Describes the instance types the simulator offers: vCPUs, nominal memory, network interface limits. */
export const DescribeInstanceTypes = defineOperation<DescribeInstanceTypesInput, DescribeInstanceTypesOutput>(
  {
    schema: describeInstanceTypesSchema,
    schemaError: 'InvalidParameterValue',
    handle(_ctx, input) {
      const names = input.InstanceTypes ?? [];
      const unknown = names.filter((n) => !findInstanceType(n));
      if (unknown.length > 0) {
        throw new AwsError(
          'InvalidParameterValue',
          `The following supplied instance types do not exist: [${unknown.join(', ')}]. The simulator offers: ${INSTANCE_TYPES.map((t) => t.InstanceType).join(', ')}.`,
          'InstanceTypes',
        );
      }
      const base = names.length > 0 ? names.map((n) => findInstanceType(n)!) : INSTANCE_TYPES;
      return {
        InstanceTypes: applyFilters(base, input.Filters, INSTANCE_TYPE_FILTERS, fieldsOf).map(output),
      };
    },
  },
);
