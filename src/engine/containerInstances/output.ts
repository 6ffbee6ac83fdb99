import { isoTime } from '../context';
import type { ContainerInstance, InstanceResources } from '../model/ecs';
import type { SimState } from '../state';
import type { TaskCounts } from './occupancy';

/** One entry of an AWS `Resource[]` list. */
export interface ResourceOutput {
  readonly name: string;
  readonly type: 'INTEGER' | 'STRINGSET';
  readonly doubleValue: number;
  readonly longValue: number;
  readonly integerValue: number;
  readonly stringSetValue?: string[];
}

const integer = (name: string, value: number): ResourceOutput => ({
  name,
  type: 'INTEGER',
  doubleValue: 0,
  longValue: 0,
  integerValue: value,
});

const stringSet = (name: string, values: ReadonlyArray<number | string>): ResourceOutput => ({
  name,
  type: 'STRINGSET',
  doubleValue: 0,
  longValue: 0,
  integerValue: 0,
  stringSetValue: values.map(String),
});

/** Resources in the order and shape DescribeContainerInstances returns them (GPU only where registered). */
export const resourcesOutput = (r: InstanceResources): ResourceOutput[] => [
  integer('CPU', r.cpu),
  integer('MEMORY', r.memory),
  stringSet('PORTS', r.ports),
  stringSet('PORTS_UDP', r.portsUdp),
  ...(r.gpus ? [stringSet('GPU', r.gpus)] : []),
];

export interface ContainerInstanceOutput {
  readonly containerInstanceArn: string;
  readonly ec2InstanceId: string;
  readonly version: number;
  readonly versionInfo: {
    readonly agentVersion: string;
    readonly agentHash: string;
    readonly dockerVersion: string;
  };
  readonly remainingResources: ResourceOutput[];
  readonly registeredResources: ResourceOutput[];
  readonly status: string;
  readonly statusReason?: string;
  readonly agentConnected: boolean;
  readonly runningTasksCount: number;
  readonly pendingTasksCount: number;
  readonly attributes: Array<{ name: string; value?: string }>;
  readonly registeredAt: string;
  readonly attachments: never[];
  readonly tags: never[];
  readonly capacityProviderName?: string;
}

/** The AWS `ContainerInstance` shape of a stored record; `counts` from `taskCountsByInstance`. */
export function containerInstanceOutput(
  state: SimState,
  ci: ContainerInstance,
  counts: TaskCounts | undefined,
): ContainerInstanceOutput {
  return {
    containerInstanceArn: ci.containerInstanceArn,
    ec2InstanceId: ci.ec2InstanceId,
    version: ci.version,
    versionInfo: {
      agentVersion: ci.agentVersion,
      agentHash: 'a1b2c3d4',
      dockerVersion: 'DockerVersion: 25.0.8',
    },
    remainingResources: resourcesOutput(ci.remainingResources),
    registeredResources: resourcesOutput(ci.registeredResources),
    status: ci.status,
    ...(ci.statusReason ? { statusReason: ci.statusReason } : {}),
    agentConnected: ci.agentConnected,
    runningTasksCount: counts?.running ?? 0,
    pendingTasksCount: counts?.pending ?? 0,
    attributes: ci.attributes.map((a) =>
      a.value === undefined ? { name: a.name } : { name: a.name, value: a.value },
    ),
    registeredAt: isoTime(state, ci.registeredAt),
    attachments: [],
    tags: [],
    ...(ci.capacityProviderName ? { capacityProviderName: ci.capacityProviderName } : {}),
  };
}
