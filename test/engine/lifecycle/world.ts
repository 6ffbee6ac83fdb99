import {
  clusterArn,
  containerInstanceArn,
  taskArn as makeTaskArn,
  taskDefinitionArn,
} from '../../../src/engine/arns';
import { EngineContext } from '../../../src/engine/context';
import { createSimulation, type Simulation } from '../../../src/engine';
import { beginTaskLifecycle } from '../../../src/engine/lifecycle';
import type { Cluster, ContainerInstance, Task, TaskEni } from '../../../src/engine/model/ecs';
import type { ContainerInstanceArn, InstanceId, TaskArn } from '../../../src/engine/model/ids';
import type {
  ContainerDefinition,
  NetworkMode,
  TaskDefinition,
} from '../../../src/engine/model/taskDefinition';
import type { TimerPayload } from '../../../src/engine/model/timers';
import { reserveOnInstance, type TaskReservation } from '../../../src/engine/resources';
import type { SimState } from '../../../src/engine/state';
import { makeTimer, pushTimer } from '../../../src/engine/timers';

/**
 * A test world built straight into the state (no RunTask needed): cluster `demo`, one m5.large-sized
 * container instance, and helpers to register a definition and launch a task on the instance or Fargate.
 */
export interface World {
  readonly sim: Simulation;
  readonly state: SimState;
  readonly instance: ContainerInstanceArn;
  define(family: string, containers: ContainerDefinition[], networkMode?: NetworkMode): TaskDefinition;
  launch(td: TaskDefinition, options?: LaunchOptions): TaskArn;
  task(arn: TaskArn): Task;
  /** runs `body` as the simulation runs a handler: in a context whose timers and events land on commit */
  run<T>(body: (ctx: EngineContext) => T): T;
}

export interface LaunchOptions {
  readonly launchType?: 'EC2' | 'FARGATE';
  readonly overrides?: Record<string, unknown>;
  readonly tags?: ReadonlyArray<{ key: string; value: string }>;
  readonly startedBy?: string;
  readonly group?: string;
}

export const REGISTERED = { cpu: 2048, memory: 7680, ports: [22, 2375, 2376, 51678, 51679], portsUdp: [] };

export function makeWorld(seed = 7): World {
  const sim = createSimulation({ seed });
  const state = sim.state as unknown as SimState;
  const cArn = clusterArn(state, 'demo');
  const cluster: Cluster = {
    clusterArn: cArn,
    clusterName: 'demo',
    status: 'ACTIVE',
    createdAt: 0,
    settings: [],
    tags: [],
    capacityProviders: [],
    defaultCapacityProviderStrategy: [],
  };
  state.ecs.clusters[cArn] = cluster;
  const ciArn = containerInstanceArn(state, 'demo', 'c0ffee00c0ffee00c0ffee00c0ffee00');
  const ci: ContainerInstance = {
    containerInstanceArn: ciArn,
    clusterArn: cArn,
    ec2InstanceId: 'i-0123456789abcdef0' as InstanceId,
    status: 'ACTIVE',
    agentConnected: true,
    agentVersion: '1.90.0',
    registeredAt: 0,
    attributes: [{ name: 'ecs.availability-zone', value: 'us-east-1a' }],
    registeredResources: REGISTERED,
    remainingResources: REGISTERED,
    eniSlots: 2,
    enisInUse: 0,
    dynamicPortRange: [32768, 60999],
    lastDynamicPort: 32767,
    version: 1,
  };
  state.ecs.containerInstances[ciArn] = ci;

  let seq = 0;
  const world: World = {
    sim,
    state,
    instance: ciArn,
    define(family, containers, networkMode = 'bridge') {
      const revision = (state.ecs.families[family] ?? 0) + 1;
      state.ecs.families[family] = revision;
      const td: TaskDefinition = {
        taskDefinitionArn: taskDefinitionArn(state, family, revision),
        family,
        revision,
        status: 'ACTIVE',
        containerDefinitions: containers,
        networkMode,
        compatibilities: ['EC2', 'FARGATE'],
        requiresAttributes: [],
        placementConstraints: [],
        volumes: [],
        registeredAt: 0,
        ...(networkMode === 'awsvpc' ? { cpu: '256', memory: '512' } : {}),
      };
      state.ecs.taskDefinitions[td.taskDefinitionArn] = td;
      return td;
    },
    launch(td, options = {}) {
      const launchType = options.launchType ?? 'EC2';
      const id = (++seq).toString(16).padStart(32, '0');
      const arn = makeTaskArn(state, 'demo', id);
      const awsvpc = td.networkMode === 'awsvpc';
      const reserved: TaskReservation = {
        cpu: 256,
        memory: 512,
        ports: td.networkMode === 'bridge' ? [80] : [],
        portsUdp: [],
        eni: awsvpc && launchType === 'EC2',
      };
      const eni: TaskEni | undefined = awsvpc
        ? {
            attachmentId: `att-${id}`,
            subnetId: 'subnet-1',
            privateIPv4Address: '172.31.0.20',
            macAddress: '0a:00:00:00:00:01',
            networkInterfaceId: `eni-${id.slice(0, 17)}`,
            status: 'PRECREATED',
          }
        : undefined;
      const task: Task = {
        taskArn: arn,
        clusterArn: cArn,
        taskDefinitionArn: td.taskDefinitionArn,
        ...(launchType === 'EC2' ? { containerInstanceArn: ciArn } : {}),
        launchType,
        availabilityZone: 'us-east-1a',
        lastStatus: eni ? 'PROVISIONING' : 'PENDING',
        desiredStatus: 'RUNNING',
        group: options.group ?? `family:${td.family}`,
        ...(options.startedBy ? { startedBy: options.startedBy } : {}),
        reserved:
          launchType === 'EC2' ? reserved : { cpu: 0, memory: 0, ports: [], portsUdp: [], eni: false },
        containers: td.containerDefinitions.map((c, i) => ({
          containerArn: `${arn}/container-${i}`,
          name: c.name,
          image: c.image,
          lastStatus: 'PENDING',
          healthStatus: 'UNKNOWN',
          essential: c.essential ?? true,
          networkBindings: [],
        })),
        ...(eni ? { eni } : {}),
        healthStatus: 'UNKNOWN',
        createdAt: sim.now,
        overrides: options.overrides ?? {},
        tags: options.tags ?? [],
        placementConstraints: [],
        placementStrategy: [],
        version: 1,
      };
      world.run((ctx) => {
        if (task.containerInstanceArn) reserveOnInstance(ctx, ciArn, task.reserved);
        ctx.tx.set(state.ecs.tasks, arn, task);
        beginTaskLifecycle(ctx, arn);
      });
      return arn;
    },
    task(arn) {
      const t = state.ecs.tasks[arn];
      if (!t) throw new Error(`no task ${arn}`);
      return t;
    },
    run(body) {
      const ctx = new EngineContext(state);
      const out = body(ctx);
      ctx.commit((at, payload: TimerPayload) =>
        pushTimer(state.timers, makeTimer(at, ++state.clock.seq, payload)),
      );
      return out;
    },
  };
  return world;
}

/** The lastStatus changes a task went through, in order. */
export const statusPath = (sim: Simulation, arn: TaskArn) =>
  sim.events.flatMap((e) => (e.type === 'TaskStateChanged' && e.taskArn === arn ? [e.to] : []));

/** Virtual time of the first state change of `arn` into `to`. */
export const reachedAt = (sim: Simulation, arn: TaskArn, to: string) =>
  sim.events.find((e) => e.type === 'TaskStateChanged' && e.taskArn === arn && e.to === to)?.at;

export const nginx = (extra: Partial<ContainerDefinition> = {}): ContainerDefinition => ({
  name: 'web',
  image: 'nginx',
  memory: 256,
  portMappings: [{ containerPort: 80, hostPort: 80 }],
  ...extra,
});
