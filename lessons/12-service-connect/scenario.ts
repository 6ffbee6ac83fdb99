import type { LessonScenario, Prediction } from '../../src/course/types';
import type { Simulation, Task } from '../../src/engine/index';

export const CLUSTER = 'shop';
export const NAMESPACE = 'shop';
export const INVENTORY = 'inventory';
export const ORDERS = 'orders';
export const URL_VARIABLE = 'INVENTORY_URL';
export const BY_NAME = 'http://inventory:8080';
const IMAGE = 'public.ecr.aws/ecs-sandbox/web:v1';

/** The default subnets of two AZs, for the tasks' ENIs. */
export const subnets = (sim: Simulation) =>
  Object.values(sim.state.ec2.subnets)
    .filter((s) => s.AvailabilityZone === 'us-east-1a' || s.AvailabilityZone === 'us-east-1b')
    .map((s) => s.SubnetId);

/** A Fargate task definition of one container; `portName` names its 8080 mapping (Service Connect needs it). */
export const fargateDefinition = (
  family: string,
  options: { portName?: string; environment?: ReadonlyArray<{ name: string; value: string }> } = {},
) => ({
  family,
  requiresCompatibilities: ['FARGATE' as const],
  networkMode: 'awsvpc' as const,
  cpu: '256',
  memory: '512',
  containerDefinitions: [
    {
      name: family,
      image: IMAGE,
      essential: true,
      portMappings: [
        {
          containerPort: 8080,
          protocol: 'tcp' as const,
          ...(options.portName ? { name: options.portName, appProtocol: 'http' as const } : {}),
        },
      ],
      ...(options.environment ? { environment: [...options.environment] } : {}),
    },
  ],
});

/** The ACTIVE service `name` of shop. */
export const serviceNamed = (sim: Simulation, name: string) =>
  Object.values(sim.state.ecs.services).find(
    (s) => s.serviceName === name && s.clusterArn.endsWith(`:cluster/${CLUSTER}`) && s.status === 'ACTIVE',
  );

/** The tasks of a service of shop that serve: RUNNING and not being stopped, oldest first. */
export const servingTasks = (sim: Simulation, name: string): Task[] =>
  Object.values(sim.state.ecs.tasks)
    .filter(
      (t) =>
        t.group === `service:${name}` &&
        t.clusterArn.endsWith(`:cluster/${CLUSTER}`) &&
        t.lastStatus === 'RUNNING' &&
        t.desiredStatus === 'RUNNING',
    )
    .sort((a, b) => a.createdAt - b.createdAt);

/** Stops the oldest serving inventory task, as a crash or a scale-in would (the learner's "kill under traffic"). */
export const killInventoryTask = (sim: Simulation) => {
  const task = servingTasks(sim, INVENTORY)[0];
  if (!task) throw new Error('no inventory task is running');
  return { cluster: CLUSTER, task: task.taskArn, reason: 'Killed under traffic (lesson 12)' };
};

/**
 * Cluster `shop` on Fargate. Service `inventory` (2 tasks of inventory:1, port 8080 not named) and service
 * `orders` (2 tasks of orders:1). orders' application calls the URL in INVENTORY_URL, 10 requests a second
 * (sim SetTraffic); orders:1 hard-codes the address of an inventory task that was replaced during the build, so
 * every call times out. No Cloud Map namespace exists yet.
 */
export default {
  seed: 12,
  build(sim) {
    sim.call('ecs', 'CreateCluster', { clusterName: CLUSTER });
    sim.call('ecs', 'RegisterTaskDefinition', fargateDefinition(INVENTORY));
    const network = { awsvpcConfiguration: { subnets: subnets(sim) } };
    sim.call('ecs', 'CreateService', {
      cluster: CLUSTER,
      serviceName: INVENTORY,
      taskDefinition: 'inventory:1',
      desiredCount: 2,
      launchType: 'FARGATE',
      networkConfiguration: network,
    });
    sim.advance(120);
    // someone copied this address into orders' configuration; then the task was replaced
    const copied = servingTasks(sim, INVENTORY)[0]!;
    const staleIp = copied.eni!.privateIPv4Address;
    sim.call('ecs', 'StopTask', {
      cluster: CLUSTER,
      task: copied.taskArn,
      reason: 'Replaced during patching',
    });
    sim.call(
      'ecs',
      'RegisterTaskDefinition',
      fargateDefinition(ORDERS, { environment: [{ name: URL_VARIABLE, value: `http://${staleIp}:8080` }] }),
    );
    sim.call('ecs', 'CreateService', {
      cluster: CLUSTER,
      serviceName: ORDERS,
      taskDefinition: 'orders:1',
      desiredCount: 2,
      launchType: 'FARGATE',
      networkConfiguration: network,
    });
    sim.call('sim', 'SetTraffic', {
      cluster: CLUSTER,
      service: ORDERS,
      urlVariable: URL_VARIABLE,
      requestsPerSecond: 10,
    });
    sim.advance(120);
  },
  controls: ['services', 'editor', 'console', 'map', 'events', 'time'],
} satisfies LessonScenario;

/**
 * Service Connect set up the lesson's way on a copy of the simulation; then one inventory task is stopped under
 * traffic. The share of by-name calls that succeeded in the 3 minutes around the stop.
 */
export function replacementProbe(sim: Simulation, setUp: (probe: Simulation) => void): number | undefined {
  const probe = sim.fork();
  setUp(probe);
  const from = probe.now;
  probe.call('ecs', 'StopTask', killInventoryTask(probe));
  probe.advance(180);
  let ok = 0;
  let failed = 0;
  for (const b of probe.state.serviceDiscovery.calls[serviceNamed(probe, ORDERS)!.serviceArn]?.buckets ??
    []) {
    if (b.at <= from || !b.viaServiceConnect) continue;
    ok += b.ok;
    failed += b.failed;
  }
  return ok + failed === 0 ? undefined : ok / (ok + failed);
}

/** The lesson's setup: namespace shop, inventory client-server on api → inventory:8080, orders client-only. */
export function setUpServiceConnect(sim: Simulation): void {
  sim.call('servicediscovery', 'CreateHttpNamespace', { Name: NAMESPACE });
  sim.call('ecs', 'RegisterTaskDefinition', fargateDefinition(INVENTORY, { portName: 'api' }));
  sim.call('ecs', 'UpdateService', {
    cluster: CLUSTER,
    service: INVENTORY,
    taskDefinition: 'inventory:2',
    serviceConnectConfiguration: {
      enabled: true,
      namespace: NAMESPACE,
      services: [{ portName: 'api', clientAliases: [{ port: 8080, dnsName: INVENTORY }] }],
    },
  });
  sim.call(
    'ecs',
    'RegisterTaskDefinition',
    fargateDefinition(ORDERS, { environment: [{ name: URL_VARIABLE, value: BY_NAME }] }),
  );
  sim.call('ecs', 'UpdateService', {
    cluster: CLUSTER,
    service: ORDERS,
    taskDefinition: 'orders:2',
    serviceConnectConfiguration: { enabled: true, namespace: NAMESPACE },
  });
  sim.advance(300);
}

export const prediction: Prediction = {
  prompt:
    'orders now calls http://inventory:8080 through Service Connect; inventory runs 2 tasks. You stop one ' +
    'inventory task while orders sends 10 requests a second, and ECS starts a replacement. In the sandbox, what ' +
    'share of orders’ calls succeeds over the next 3 minutes?',
  options: [
    { id: 'all', text: 'All of them: the stopping task leaves the pool at once and the other one answers.' },
    { id: 'half', text: 'About half, until the replacement is RUNNING: the proxy keeps sending to both.' },
    { id: 'none', text: 'None until the DNS record’s TTL runs out and orders looks the name up again.' },
  ],
  outcome(sim) {
    // on the lesson's start the probe sets Service Connect up; on a sandbox already set up it only kills
    const ratio = replacementProbe(sim, (probe) => {
      const has = Object.values(probe.state.serviceDiscovery.namespaces).some((n) => n.Name === NAMESPACE);
      if (!has) setUpServiceConnect(probe);
    });
    if (ratio === undefined) return 'none';
    return ratio >= 0.99 ? 'all' : ratio >= 0.3 ? 'half' : 'none';
  },
  explanation:
    'The proxy in each orders task keeps the list of inventory endpoints itself: ECS takes a task out the moment ' +
    'it starts stopping it and adds the replacement once it runs (and passes its health check). No DNS cache, no ' +
    'TTL, no load balancer in between. In AWS, requests already on their way to a crashing task can still fail; ' +
    'the proxy retries and ejects bad endpoints (outlier detection), which the sandbox folds into "the task ' +
    'leaves the pool at once".',
};
