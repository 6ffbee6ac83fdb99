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

type HealthState = 'OK' | 'IMPAIRED' | 'INSUFFICIENT_DATA' | 'INITIALIZING';

/** `healthStatus`, returned when DescribeContainerInstances is asked to `include` CONTAINER_INSTANCE_HEALTH. */
export interface ContainerInstanceHealthOutput {
  readonly overallStatus: HealthState;
  readonly details: ReadonlyArray<{
    readonly type: 'CONTAINER_RUNTIME';
    readonly status: HealthState;
    readonly lastUpdated?: string;
    readonly lastStatusChange?: string;
  }>;
}

/**
 * The instance's health as the sandbox models it: one check, the container runtime, which the agent reports.
 * With the agent connected the runtime is OK since registration; with it cut off ECS hears nothing, so the
 * check has INSUFFICIENT_DATA (and no time of last update). The overall status is the one check's status.
 */
export function containerInstanceHealth(
  state: SimState,
  ci: ContainerInstance,
): ContainerInstanceHealthOutput {
  const check = ci.agentConnected
    ? {
        type: 'CONTAINER_RUNTIME' as const,
        status: 'OK' as const,
        lastUpdated: isoTime(state, state.clock.now),
        lastStatusChange: isoTime(state, ci.registeredAt),
      }
    : { type: 'CONTAINER_RUNTIME' as const, status: 'INSUFFICIENT_DATA' as const };
  return { overallStatus: check.status, details: [check] };
}

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
  readonly healthStatus?: ContainerInstanceHealthOutput;
}

/**
 * The AWS `ContainerInstance` shape of a stored record; `counts` from `taskCountsByInstance`, `withHealth` when
 * the request included CONTAINER_INSTANCE_HEALTH.
 */
export function containerInstanceOutput(
  state: SimState,
  ci: ContainerInstance,
  counts: TaskCounts | undefined,
  withHealth = false,
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
    ...(withHealth ? { healthStatus: containerInstanceHealth(state, ci) } : {}),
  };
}
