import type { EngineContext } from '../context';
import type { NetworkBinding, Task, TaskContainer } from '../model/ecs';
import type { SimTime } from '../model/ids';
import { containerImageDigest, containerRuntimeId } from './containerRuntime';
import { taskCpuArchitecture, taskEphemeralStorageGiB } from './platform';

/** A container as DescribeTasks / RunTask return it. */
export interface ContainerOutput {
  readonly containerArn: string;
  readonly taskArn: string;
  readonly name: string;
  readonly image: string;
  /** the manifest digest the image resolved to (once pulled) */
  readonly imageDigest?: string;
  /** the container runtime's id for the container (once started) */
  readonly runtimeId?: string;
  readonly lastStatus: string;
  readonly exitCode?: number;
  readonly reason?: string;
  readonly networkBindings: ReadonlyArray<NetworkBinding>;
  readonly networkInterfaces: ReadonlyArray<{
    readonly attachmentId: string;
    readonly privateIpv4Address: string;
  }>;
  readonly healthStatus: string;
  readonly cpu?: string;
  readonly memory?: string;
  readonly memoryReservation?: string;
  readonly gpuIds?: ReadonlyArray<string>;
}

/** A task as DescribeTasks / RunTask / StartTask return it (timestamps as ISO 8601 strings). */
export interface TaskOutput {
  readonly taskArn: string;
  readonly clusterArn: string;
  readonly taskDefinitionArn: string;
  readonly containerInstanceArn?: string;
  readonly launchType: string;
  readonly capacityProviderName?: string;
  readonly availabilityZone: string;
  readonly lastStatus: string;
  readonly desiredStatus: string;
  readonly group: string;
  readonly startedBy?: string;
  readonly cpu?: string;
  readonly memory?: string;
  readonly containers: ReadonlyArray<ContainerOutput>;
  readonly attachments: ReadonlyArray<{
    readonly id: string;
    readonly type: 'ElasticNetworkInterface';
    readonly status: string;
    readonly details: ReadonlyArray<{ readonly name: string; readonly value: string }>;
  }>;
  readonly attributes: ReadonlyArray<{ readonly name: string; readonly value: string }>;
  readonly platformVersion?: string;
  readonly platformFamily?: string;
  readonly healthStatus: string;
  readonly connectivity?: 'CONNECTED' | 'DISCONNECTED';
  readonly connectivityAt?: string;
  readonly createdAt: string;
  readonly pullStartedAt?: string;
  readonly pullStoppedAt?: string;
  readonly startedAt?: string;
  readonly stoppingAt?: string;
  readonly executionStoppedAt?: string;
  readonly stoppedAt?: string;
  readonly stopCode?: string;
  readonly stoppedReason?: string;
  readonly enableExecuteCommand: boolean;
  readonly ephemeralStorage?: { readonly sizeInGiB: number };
  readonly fargateEphemeralStorage?: { readonly sizeInGiB: number };
  readonly overrides: Readonly<Record<string, unknown>>;
  readonly tags: ReadonlyArray<{ readonly key: string; readonly value: string }>;
  readonly version: number;
}

function containerOutput(task: Task, c: TaskContainer): ContainerOutput {
  const imageDigest = containerImageDigest(task, c);
  const runtimeId = containerRuntimeId(task, c);
  return {
    containerArn: c.containerArn,
    taskArn: task.taskArn,
    name: c.name,
    image: c.image,
    ...(imageDigest !== undefined ? { imageDigest } : {}),
    ...(runtimeId !== undefined ? { runtimeId } : {}),
    lastStatus: c.lastStatus,
    ...(c.exitCode !== undefined ? { exitCode: c.exitCode } : {}),
    ...(c.reason !== undefined ? { reason: c.reason } : {}),
    networkBindings: c.networkBindings,
    networkInterfaces: task.eni
      ? [{ attachmentId: task.eni.attachmentId, privateIpv4Address: task.eni.privateIPv4Address }]
      : [],
    healthStatus: c.healthStatus,
    ...(c.cpu !== undefined ? { cpu: c.cpu } : {}),
    ...(c.memory !== undefined ? { memory: c.memory } : {}),
    ...(c.memoryReservation !== undefined ? { memoryReservation: c.memoryReservation } : {}),
    ...(c.gpuIds ? { gpuIds: c.gpuIds } : {}),
  };
}

function attachmentsOf(task: Task): TaskOutput['attachments'] {
  const eni = task.eni;
  if (!eni) return [];
  return [
    {
      id: eni.attachmentId,
      type: 'ElasticNetworkInterface',
      status: eni.status,
      details: [
        { name: 'subnetId', value: eni.subnetId },
        { name: 'networkInterfaceId', value: eni.networkInterfaceId },
        { name: 'macAddress', value: eni.macAddress },
        { name: 'privateDnsName', value: `ip-${eni.privateIPv4Address.replaceAll('.', '-')}.ec2.internal` },
        { name: 'privateIPv4Address', value: eni.privateIPv4Address },
      ],
    },
  ];
}

/**
 * A stored task in the shape DescribeTasks returns (RunTask and StartTask return the same shape). Pure: reads
 * the record, converts virtual times to ISO strings, and leaves out members that have no value yet.
 */
export function taskOutput(ctx: EngineContext, task: Task): TaskOutput {
  const time = (key: string, t: SimTime | undefined) => (t === undefined ? {} : { [key]: ctx.iso(t) });
  const storage = taskEphemeralStorageGiB(ctx.state, task);
  return {
    taskArn: task.taskArn,
    clusterArn: task.clusterArn,
    taskDefinitionArn: task.taskDefinitionArn,
    ...(task.containerInstanceArn ? { containerInstanceArn: task.containerInstanceArn } : {}),
    launchType: task.launchType,
    ...(task.capacityProviderName !== undefined ? { capacityProviderName: task.capacityProviderName } : {}),
    availabilityZone: task.availabilityZone,
    lastStatus: task.lastStatus,
    desiredStatus: task.desiredStatus,
    group: task.group,
    ...(task.startedBy !== undefined ? { startedBy: task.startedBy } : {}),
    ...(task.cpu !== undefined ? { cpu: task.cpu } : {}),
    ...(task.memory !== undefined ? { memory: task.memory } : {}),
    containers: task.containers.map((c) => containerOutput(task, c)),
    attachments: attachmentsOf(task),
    attributes: [{ name: 'ecs.cpu-architecture', value: taskCpuArchitecture(ctx.state, task) }],
    ...(task.platformVersion !== undefined
      ? { platformVersion: task.platformVersion, platformFamily: 'Linux' }
      : {}),
    healthStatus: task.healthStatus,
    ...(task.connectivityAt !== undefined ? { connectivity: 'CONNECTED' as const } : {}),
    ...time('connectivityAt', task.connectivityAt),
    createdAt: ctx.iso(task.createdAt),
    ...time('pullStartedAt', task.pullStartedAt),
    ...time('pullStoppedAt', task.pullStoppedAt),
    ...time('startedAt', task.startedAt),
    ...time('stoppingAt', task.stoppingAt),
    ...time('executionStoppedAt', task.executionStoppedAt),
    ...time('stoppedAt', task.stoppedAt),
    ...(task.stopCode !== undefined ? { stopCode: task.stopCode } : {}),
    ...(task.stoppedReason !== undefined ? { stoppedReason: task.stoppedReason } : {}),
    enableExecuteCommand: false,
    // Fargate tasks report their storage twice, as ECS does: the older member and the Fargate one
    ...(storage !== undefined
      ? { ephemeralStorage: { sizeInGiB: storage }, fargateEphemeralStorage: { sizeInGiB: storage } }
      : {}),
    overrides: task.overrides,
    tags: task.tags,
    version: task.version,
  };
}
