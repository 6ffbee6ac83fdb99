import { taskArn as makeTaskArn } from '../arns';
import type { EngineContext } from '../context';
import { beginTaskLifecycle, requestTaskStop } from '../lifecycle';
import type { Subnet } from '../model/ec2';
import type { Cluster, ContainerInstance, NetworkBinding, Task, TaskContainer } from '../model/ecs';
import type {
  ContainerDefinition,
  PlacementConstraint,
  PlacementStrategy,
  TaskDefinition,
} from '../model/taskDefinition';
import type { TaskReservation } from '../resources';
import { gpuCount } from '../taskDefinitions/reservation';
import { allocateDynamicPorts } from './dynamicPorts';
import { NONE } from './empty';
import { noFreeAddressReason, seededUuid, tryCreateTaskEni } from './eni';

/** Everything about a new task except where it runs. */
export interface TaskSpec {
  readonly cluster: Cluster;
  /** the definition with the request's overrides applied (see applyOverrides) */
  readonly taskDefinition: TaskDefinition;
  readonly launchType: 'EC2' | 'FARGATE';
  readonly group: string;
  readonly startedBy?: string;
  readonly overrides: Readonly<Record<string, unknown>>;
  readonly tags: ReadonlyArray<{ readonly key: string; readonly value: string }>;
  readonly placementConstraints: ReadonlyArray<PlacementConstraint>;
  readonly placementStrategy: ReadonlyArray<PlacementStrategy>;
  readonly reservation: TaskReservation;
  readonly platformVersion?: string;
  /** the capacity provider the task is launched through (FARGATE, FARGATE_SPOT or an Auto Scaling group's) */
  readonly capacityProviderName?: string;
  /** awsvpc: the security groups of the task's ENI (awsvpcConfiguration.securityGroups) */
  readonly securityGroups?: ReadonlyArray<string>;
  /** awsvpc: awsvpcConfiguration.assignPublicIp, kept on the ENI when ENABLED (startup reads it) */
  readonly assignPublicIp?: 'ENABLED' | 'DISABLED';
}

/**
 * Where a task runs: an EC2 container instance (its ENI subnet for awsvpc; `held`, when given, is what placement
 * reserved for it there, GPU ids included), or a Fargate subnet.
 */
export type TaskHost =
  | {
      readonly kind: 'instance';
      readonly instance: ContainerInstance;
      readonly subnet?: Subnet;
      readonly held?: TaskReservation;
    }
  | { readonly kind: 'fargate'; readonly subnet: Subnet };

interface PortNeed {
  readonly container: number;
  readonly containerPort: number;
  readonly hostPort: number | undefined;
  readonly protocol: 'tcp' | 'udp';
}

/** portNeeds per definition object (immutable; one request's tasks share one), so a placement reads, not parses */
const portNeedsByDefinition = new WeakMap<TaskDefinition, ReadonlyArray<PortNeed>>();

/** The port mappings of each container with the host port ECS binds: static, containerPort (host), or dynamic. */
function portNeeds(td: TaskDefinition): ReadonlyArray<PortNeed> {
  let needs = portNeedsByDefinition.get(td);
  if (!needs) portNeedsByDefinition.set(td, (needs = findPortNeeds(td)));
  return needs;
}

function findPortNeeds(td: TaskDefinition): PortNeed[] {
  if (td.networkMode !== 'bridge' && td.networkMode !== 'host') return [];
  return td.containerDefinitions.flatMap((c, container) =>
    (c.portMappings ?? []).flatMap((pm) => {
      if (pm.containerPort === undefined) return [];
      const hostPort = td.networkMode === 'host' ? pm.containerPort : pm.hostPort ? pm.hostPort : undefined;
      return [{ container, containerPort: pm.containerPort, hostPort, protocol: pm.protocol ?? 'tcp' }];
    }),
  );
}

/** Each container's network bindings, in port-mapping order (dynamic host ports allocated now). */
function bindings(
  ctx: EngineContext,
  td: TaskDefinition,
  instance: ContainerInstance | undefined,
): Array<ReadonlyArray<NetworkBinding>> {
  const needs = portNeeds(td);
  if (needs.length === 0) return td.containerDefinitions.map(() => NONE);
  const dynamic = instance
    ? allocateDynamicPorts(ctx, instance, needs.filter((p) => !p.hostPort).length)
    : [];
  const bound = needs.map((p) => ({
    container: p.container,
    binding: {
      bindIP: '0.0.0.0',
      containerPort: p.containerPort,
      hostPort: p.hostPort ?? dynamic.shift()!,
      protocol: p.protocol,
    } satisfies NetworkBinding,
  }));
  return td.containerDefinitions.map((_, i) => {
    const own = bound.filter((b) => b.container === i).map((b) => b.binding);
    return own.length ? own : NONE;
  });
}

/**
 * A container's ARN: the task's with `container` for `task` and the container's own id appended. Built with
 * join, which makes one flat string; a template literal would keep a rope of every piece alive with the record.
 */
const containerArnOf = (taskArn: string, id: string) =>
  [taskArn.replace(':task/', ':container/'), id].join('/');

function containerOf(
  ctx: EngineContext,
  taskArn: string,
  c: ContainerDefinition,
  networkBindings: ReadonlyArray<NetworkBinding>,
  gpuIds: ReadonlyArray<string>,
): TaskContainer {
  return {
    containerArn: containerArnOf(taskArn, seededUuid(ctx)),
    name: c.name,
    image: c.image,
    lastStatus: 'PENDING',
    healthStatus: 'UNKNOWN',
    essential: c.essential ?? true,
    networkBindings,
    ...(c.cpu !== undefined ? { cpu: String(c.cpu) } : {}),
    ...(c.memory !== undefined ? { memory: String(c.memory) } : {}),
    ...(c.memoryReservation !== undefined ? { memoryReservation: String(c.memoryReservation) } : {}),
    ...(gpuIds.length ? { gpuIds } : {}),
  };
}

/** Hands the task's GPU ids to its containers in order, each taking as many as its resourceRequirements ask. */
function gpusByContainer(td: TaskDefinition, held: ReadonlyArray<string>): ReadonlyArray<string>[] {
  let next = 0;
  return td.containerDefinitions.map((c) => {
    const mine = held.slice(next, next + gpuCount(c));
    next += mine.length;
    return mine;
  });
}

/**
 * Creates and stores a task that was just placed (its resources are already reserved): containers with network
 * bindings (dynamic host ports allocated now), an ENI for awsvpc (lastStatus PROVISIONING, else PENDING),
 * desiredStatus RUNNING, version 1. Then starts its lifecycle. Returns the stored record.
 */
export const createTask = (ctx: EngineContext, spec: TaskSpec, host: TaskHost, traceId?: string): Task =>
  storeNewTask(ctx, spec, spec, host, traceId);

/** What differs between the tasks of one launch by where they run (see createTaskOn). */
export type HostedSpec = Pick<
  TaskSpec,
  'launchType' | 'placementConstraints' | 'placementStrategy' | 'platformVersion' | 'capacityProviderName'
>;

/**
 * createTask with the spec in two parts: what every task of a request shares, and what depends on where it
 * runs. Placing many tasks of one request then needs no merged copy of the spec per task. `waited`, when given,
 * is the task that waited in PROVISIONING for this placement (capacityProviders/provisioning.ts): the placed
 * record keeps its ARN, container ARNs and creation time.
 */
export function storeNewTask(
  ctx: EngineContext,
  spec: Omit<TaskSpec, keyof HostedSpec>,
  hosted: HostedSpec,
  host: TaskHost,
  traceId?: string,
  waited?: Task,
): Task {
  const td = spec.taskDefinition;
  const arn = waited?.taskArn ?? makeTaskArn(ctx.state, spec.cluster.clusterName, ctx.randomHex(32));
  const instance = host.kind === 'instance' ? host.instance : undefined;
  const portsByContainer = bindings(ctx, td, instance);
  const created = host.subnet ? tryCreateTaskEni(ctx, host.subnet, spec.securityGroups) : undefined;
  const eni =
    created && spec.assignPublicIp === 'ENABLED'
      ? { ...created, assignPublicIp: 'ENABLED' as const }
      : created;
  // the subnet had no free address: the task shows PROVISIONING, then stops (see below)
  const noAddress = host.subnet !== undefined && eni === undefined ? host.subnet.SubnetId : undefined;
  const reserved = (host.kind === 'instance' ? host.held : undefined) ?? spec.reservation;
  const gpus = gpusByContainer(td, reserved.gpuIds ?? []);
  const availabilityZone =
    host.kind === 'fargate'
      ? host.subnet.AvailabilityZone
      : (host.instance.attributes.find((a) => a.name === 'ecs.availability-zone')?.value ?? '');
  const task: Task = {
    taskArn: arn,
    clusterArn: spec.cluster.clusterArn,
    taskDefinitionArn: td.taskDefinitionArn,
    ...(instance ? { containerInstanceArn: instance.containerInstanceArn } : {}),
    launchType: hosted.launchType,
    ...(hosted.capacityProviderName !== undefined
      ? { capacityProviderName: hosted.capacityProviderName }
      : {}),
    availabilityZone,
    lastStatus: eni || noAddress ? 'PROVISIONING' : 'PENDING',
    desiredStatus: 'RUNNING',
    group: spec.group,
    ...(spec.startedBy !== undefined ? { startedBy: spec.startedBy } : {}),
    ...(td.cpu !== undefined ? { cpu: td.cpu } : {}),
    ...(td.memory !== undefined ? { memory: td.memory } : {}),
    reserved,
    containers: td.containerDefinitions.map((c, i) => {
      const made = containerOf(ctx, arn, c, portsByContainer[i]!, gpus[i]!);
      const kept = waited?.containers[i]?.containerArn;
      return kept ? { ...made, containerArn: kept } : made;
    }),
    ...(eni ? { eni } : {}),
    ...(hosted.platformVersion !== undefined ? { platformVersion: hosted.platformVersion } : {}),
    healthStatus: 'UNKNOWN',
    createdAt: waited?.createdAt ?? ctx.now,
    overrides: spec.overrides,
    tags: spec.tags,
    placementConstraints: hosted.placementConstraints,
    placementStrategy: hosted.placementStrategy,
    ...(traceId !== undefined ? { traceId } : {}),
    version: waited ? waited.version + 1 : 1,
  };
  ctx.tx.set(ctx.state.ecs.tasks, arn, task);
  beginTaskLifecycle(ctx, arn);
  if (noAddress !== undefined)
    requestTaskStop(ctx, arn, { stopCode: 'TaskFailedToStart', reason: noFreeAddressReason(noAddress) });
  return task;
}
