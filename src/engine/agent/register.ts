import { ok } from '../../lib/result';
import { withCapacityProvider } from '../capacityProviders/groups';
import { laterHooks } from '../laterHooks';
import { clusterArn, containerInstanceArn } from '../arns';
import { putCluster } from '../api/ecs/CreateCluster';
import { amiById } from '../catalog/amis';
import { agentMemoryMiB, findInstanceType } from '../catalog/instanceTypes';
import type { EngineContext } from '../context';
import { registeredCountOf } from '../indexes';
import type { ContainerInstance } from '../model/ecs';
import type { AgentConfig, AgentPhase, Ec2Instance } from '../model/ec2';
import type { Attribute } from '../model/taskDefinition';
import { scheduleClusterServices } from '../services';
import { capabilityAttributes } from './capabilities';
import { parseAgentConfig } from './config';
import { CREATE_CLUSTER_ACTION, REGISTRATION_ACTIONS, checkInstanceRole } from './credentials';
import { decodeUserData, readUserData } from './userData';

/** The agent version the simulated agent reports. */
export const AGENT_VERSION = '1.90.0';
/** How long the agent waits before trying to register again. */
export const AGENT_RETRY_SECONDS = 30;
/** ECS quota: container instances per cluster. */
export const MAX_INSTANCES_PER_CLUSTER = 5000;

/** Boot time before the agent first tries to register: 30–90 s, seeded. */
export const bootDelay = (ctx: EngineContext): number => 30 + ctx.randomInt(61);

const RETRYING = new Set<AgentPhase['phase']>(['booting', 'no-credentials', 'waiting-for-cluster']);

function setAgent(
  ctx: EngineContext,
  instanceId: string,
  agent: AgentPhase,
  extra: Partial<Ec2Instance> = {},
): void {
  const current = ctx.state.ec2.instances[instanceId]!;
  ctx.tx.set(ctx.state.ec2.instances, instanceId, { ...current, ...extra, agent });
}

/** Records why the agent cannot register; the learner sees it once per new reason, not on every retry. */
function blocked(
  ctx: EngineContext,
  instance: Ec2Instance,
  phase: 'no-credentials' | 'waiting-for-cluster' | 'config-error',
  detail: string,
): void {
  const before = instance.agent;
  if (before.phase !== phase || !('detail' in before) || before.detail !== detail) {
    setAgent(ctx, instance.InstanceId, { phase, detail });
    ctx.emit({ type: 'AgentWaiting', at: ctx.now, instanceId: instance.InstanceId, detail });
  }
  // a configuration error stops the agent for good; the others are retried, as ecs-init restarts the agent
  if (phase !== 'config-error')
    ctx.schedule(AGENT_RETRY_SECONDS, { kind: 'agent.register', instanceId: instance.InstanceId });
}

function builtInAttributes(instance: Ec2Instance, architecture: string): Attribute[] {
  return [
    { name: 'ecs.ami-id', value: instance.ImageId },
    { name: 'ecs.availability-zone', value: instance.AvailabilityZone },
    { name: 'ecs.instance-type', value: instance.InstanceType },
    { name: 'ecs.os-type', value: 'linux' },
    { name: 'ecs.os-family', value: 'LINUX' },
    { name: 'ecs.cpu-architecture', value: architecture },
    { name: 'ecs.vpc-id', value: instance.VpcId },
    { name: 'ecs.subnet-id', value: instance.SubnetId },
  ];
}

/** The NVIDIA driver version the GPU-optimized AMI ships in this sandbox (a sandbox value, not a promise). */
export const NVIDIA_DRIVER_VERSION = '535.183.01';

/**
 * GPU ids as nvidia-smi reports them (`GPU-` and a UUID), seeded. The agent registers them only when the
 * instance type has GPUs and the AMI has the NVIDIA drivers (the ECS GPU-optimized AMI).
 */
function gpuIds(ctx: EngineContext, instance: Ec2Instance, count: number): string[] {
  if (!count || !amiById(instance.ImageId)?.gpuSupport) return [];
  return Array.from({ length: count }, () => {
    const h = ctx.randomHex(32);
    return `GPU-${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  });
}

function registerInstance(
  ctx: EngineContext,
  instance: Ec2Instance,
  config: AgentConfig,
  memory: number,
  userDataNote: string | undefined,
): void {
  const type = findInstanceType(instance.InstanceType)!;
  const cluster = ctx.state.ecs.clusters[clusterArn(ctx.state, config.cluster)]!;
  const arn = containerInstanceArn(ctx.state, cluster.clusterName, ctx.randomHex(32));
  const gpus = gpuIds(ctx, instance, type.Gpus);
  // ENI trunking (awsvpcTrunking on, a supported type) raises the awsvpc task limit; decided at registration
  const trunk = laterHooks.trunkInterface(ctx, instance);
  const resources = {
    cpu: type.VCpus * 1024,
    memory,
    ports: [...config.reservedPorts],
    portsUdp: [...config.reservedPortsUdp],
    ...(gpus.length ? { gpus } : {}),
  };
  const record: ContainerInstance = {
    containerInstanceArn: arn,
    clusterArn: cluster.clusterArn,
    ec2InstanceId: instance.InstanceId,
    status: 'ACTIVE',
    agentConnected: true,
    agentVersion: AGENT_VERSION,
    registeredAt: ctx.now,
    attributes: [
      ...builtInAttributes(instance, type.Architecture),
      ...capabilityAttributes(config),
      ...(gpus.length ? [{ name: `ecs.capability.nvidia-driver-version.${NVIDIA_DRIVER_VERSION}` }] : []),
      ...Object.entries(config.attributes).map(([name, value]) => ({ name, value })),
      ...(trunk?.attributes ?? []),
    ],
    registeredResources: resources,
    remainingResources: resources,
    eniSlots: trunk?.eniSlots ?? type.MaxEnis - 1,
    enisInUse: 0,
    dynamicPortRange: config.dynamicPortRange,
    lastDynamicPort: config.dynamicPortRange[0] - 1,
    ...withCapacityProvider(ctx.state, cluster, instance.Tags),
    version: 1,
  };
  ctx.tx.set(ctx.state.ecs.containerInstances, arn, record);
  setAgent(
    ctx,
    instance.InstanceId,
    { phase: 'registered', containerInstanceArn: arn },
    {
      agentConfig: config,
      clusterArn: cluster.clusterArn,
      ...(userDataNote ? { userDataNote } : {}),
    },
  );
  ctx.emit({
    type: 'ContainerInstanceRegistered',
    at: ctx.now,
    clusterArn: cluster.clusterArn,
    containerInstanceArn: arn,
    instanceId: instance.InstanceId,
  });
  // a DAEMON service starts its task on the new instance now, and a service waiting for room may place one
  scheduleClusterServices(ctx, cluster.clusterArn);
  // tasks waiting in PROVISIONING for their capacity provider may fit now
  laterHooks.placeWaitingTasks(ctx, cluster.clusterArn);
}

/**
 * One attempt of the ECS agent on `instanceId` to register (the `agent.register` timer). In order: the
 * configuration from user data must be valid, the instance role must allow the agent's calls, and the
 * cluster must exist — except that with no ECS_CLUSTER the agent creates `default`. Each failure is recorded
 * in the instance's agent phase with a sentence, and all but a bad configuration are retried every 30 s.
 * Does nothing for an instance that is gone, has no agent, or whose agent already registered or stopped.
 */
export function attemptRegistration(ctx: EngineContext, instanceId: string): void {
  const instance = ctx.state.ec2.instances[instanceId];
  if (!instance || (instance.State !== 'pending' && instance.State !== 'running')) return;
  if (!RETRYING.has(instance.agent.phase) || !amiById(instance.ImageId)?.runsEcsAgent) return;

  const script = instance.UserData === undefined ? ok('') : decodeUserData(instance.UserData);
  const userData = readUserData(script.ok ? script.value : '');
  const parsed = parseAgentConfig(userData.settings);
  if (!parsed.ok) return blocked(ctx, instance, 'config-error', parsed.error);
  const { config, clusterGiven } = parsed.value;

  const memory = agentMemoryMiB(findInstanceType(instance.InstanceType)!) - config.reservedMemory;
  if (memory <= 0) {
    return blocked(
      ctx,
      instance,
      'config-error',
      `ECS_RESERVED_MEMORY=${config.reservedMemory} leaves no memory for tasks on a ${instance.InstanceType}.`,
    );
  }

  const existing = ctx.state.ecs.clusters[clusterArn(ctx.state, config.cluster)];
  const clusterActive = existing?.status === 'ACTIVE';
  const createsDefault = !clusterActive && !clusterGiven;
  const creds = checkInstanceRole(
    ctx.state,
    instance,
    createsDefault ? [...REGISTRATION_ACTIONS, CREATE_CLUSTER_ACTION] : REGISTRATION_ACTIONS,
    clusterArn(ctx.state, config.cluster),
  );
  if (!creds.ok) return blocked(ctx, instance, 'no-credentials', creds.error);

  if (!clusterActive) {
    if (clusterGiven) {
      return blocked(
        ctx,
        instance,
        'waiting-for-cluster',
        `ECS_CLUSTER=${config.cluster} but that cluster does not exist (ClusterNotFoundException). The agent retries every ${AGENT_RETRY_SECONDS} s; create the cluster and it registers.`,
      );
    }
    putCluster(ctx, 'default', {});
  }

  const arn = clusterArn(ctx.state, config.cluster);
  const members = registeredCountOf(ctx.state, arn);
  if (members >= MAX_INSTANCES_PER_CLUSTER) {
    return blocked(
      ctx,
      instance,
      'waiting-for-cluster',
      `cluster '${config.cluster}' already has ${MAX_INSTANCES_PER_CLUSTER} container instances, the most ECS allows.`,
    );
  }
  registerInstance(ctx, instance, config, memory, userData.note);
}
