import { createSimulation } from '../src/engine';
import type {
  ClusterArn,
  ContainerInstance,
  ContainerInstanceArn,
  InstanceId,
  SimState,
  TaskDefinition,
  TaskDefinitionArn,
} from '../src/engine';

const AZS = ['us-east-1a', 'us-east-1b', 'us-east-1c'];
const INSTANCES = 1000;
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1000);
const COUNT = 10;

/** A 1,000-instance cluster across 3 AZs, staged straight into the state (registration is not what we time). */
function stagedCluster() {
  const sim = createSimulation({ seed: 1 });
  const state = sim.state as unknown as SimState;
  const clusterArn = 'arn:aws:ecs:us-east-1:123456789012:cluster/bench' as ClusterArn;
  state.ecs.clusters[clusterArn] = {
    clusterArn,
    clusterName: 'bench',
    status: 'ACTIVE',
    createdAt: 0,
    settings: [],
    tags: [],
    capacityProviders: [],
    defaultCapacityProviderStrategy: [],
  };
  for (let i = 0; i < INSTANCES; i++) {
    const arn = `arn:aws:ecs:us-east-1:123456789012:container-instance/bench/ci${i}` as ContainerInstanceArn;
    const resources = {
      cpu: 8192,
      memory: 16384 + 256 * (i % 7),
      ports: [22, 2375, 2376, 51678, 51679],
      portsUdp: [],
    };
    const ci: ContainerInstance = {
      containerInstanceArn: arn,
      clusterArn,
      ec2InstanceId: `i-${i.toString(16).padStart(17, '0')}` as InstanceId,
      status: 'ACTIVE',
      agentConnected: true,
      agentVersion: '1.90.0',
      registeredAt: 0,
      attributes: [
        { name: 'ecs.availability-zone', value: AZS[i % 3]! },
        { name: 'ecs.instance-type', value: i % 10 === 0 ? 't3.small' : 'm5.xlarge' },
        { name: 'stack', value: i % 10 === 0 ? 'dev' : 'prod' },
      ],
      registeredResources: resources,
      remainingResources: resources,
      eniSlots: 3,
      enisInUse: 0,
      dynamicPortRange: [32768, 60999],
      lastDynamicPort: 32767,
      version: 1,
    };
    state.ecs.containerInstances[arn] = ci;
  }
  const td: TaskDefinition = {
    taskDefinitionArn: 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:1' as TaskDefinitionArn,
    family: 'web',
    revision: 1,
    status: 'ACTIVE',
    containerDefinitions: [{ name: 'web', image: 'public.ecr.aws/nginx/nginx:latest', cpu: 64, memory: 256 }],
    networkMode: 'bridge',
    compatibilities: ['EC2'],
    requiresAttributes: [],
    placementConstraints: [],
    volumes: [],
    registeredAt: 0,
  };
  state.ecs.taskDefinitions[td.taskDefinitionArn] = td;
  state.ecs.families.web = 1;
  return sim;
}

/**
 * Placement throughput: 1,000 RunTask calls of 10 tasks each on a 1,000-instance, 3-AZ cluster with
 * spread(AZ) + binpack(memory) and a memberOf constraint. Traces are stored (compact at this size) and the last
 * one is expanded at the end to prove the full trace is still available.
 */
export function benchPlacement(): { placementsPerSecond: number } {
  const sim = stagedCluster();
  const request = {
    cluster: 'bench',
    taskDefinition: 'web',
    count: COUNT,
    placementConstraints: [{ type: 'memberOf' as const, expression: 'attribute:stack == prod' }],
    placementStrategy: [
      { type: 'spread' as const, field: 'attribute:ecs.availability-zone' },
      { type: 'binpack' as const, field: 'memory' },
    ],
  };
  const start = performance.now();
  let placed = 0;
  let lastTask = '';
  for (let r = 0; r < REQUESTS; r++) {
    const out = sim.call('ecs', 'RunTask', request);
    placed += out.tasks.length;
    lastTask = out.tasks.at(-1)?.taskArn ?? lastTask;
  }
  const seconds = (performance.now() - start) / 1000;
  // the stored trace is compact; sim.trace must expand it to every instance's checks and every strategy step
  const trace = sim.trace(lastTask);
  const placedOn = sim.state.ecs.tasks[lastTask]?.containerInstanceArn;
  if (
    !trace ||
    trace.candidates.length !== INSTANCES ||
    trace.steps.length < request.placementStrategy.length ||
    trace.chosen !== placedOn
  )
    throw new Error('benchPlacement: the full trace is not available');
  return { placementsPerSecond: Math.round(placed / seconds) };
}
