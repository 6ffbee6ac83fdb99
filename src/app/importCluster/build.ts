import { createSimulation, isAwsError, type Simulation } from '../../engine/index';
import { arnName } from '../../lib/arn';
import { AGENT_BOOT } from '../scenarios';
import type { SavedSandbox } from '../sessionStore';
import type { Scenario } from '../timeline';
import type { Described, DescribedCluster, JsonObject } from './described';
import { compareRegistration, launchFleet, planLaunches, registeredInstances } from './fleet';
import { placesFor } from './places';
import { Report, type ReportLine } from './report';
import { registerRequest } from './requests';
import {
  createServiceRequest,
  startedByService,
  startTaskRequest,
  stillRuns,
  type Targets,
} from './workloads';

/**
 * Builds the pasted account in a sandbox: on the empty account scenario, the calls a learner would make to get
 * the same cluster (CreateCluster, RunInstances for each container instance, RegisterTaskDefinition,
 * CreateService, StartTask/RunTask for standalone tasks), made through the engine's public API so each is
 * checked as any call is. What comes out is a sandbox record, the same as a share link carries: those calls and
 * the clock. A call the engine refuses is left out with its reason; the rest still happens.
 */

/** How long the sandbox runs after the services and tasks are created: their tasks pull, start and settle. */
export const SETTLE_SECONDS = 300;

export interface Imported {
  readonly saved: SavedSandbox;
  readonly report: ReadonlyArray<ReportLine>;
  /** the clusters created, by name */
  readonly clusters: ReadonlyArray<string>;
}

const refusal = (e: unknown): string =>
  isAwsError(e) ? `${e.name}: ${e.message}` : e instanceof Error ? e.message : String(e);

/** The cluster name an ECS ARN names (`…:cluster/NAME`, `…:container-instance/NAME/ID`), if it names one. */
export function clusterOfArn(arn: string | undefined): string | undefined {
  if (arn === undefined) return undefined;
  const resource = arn.split(':').slice(5).join(':');
  const parts = resource.split('/');
  if (parts[0] === 'cluster') return parts[1];
  return parts.length >= 3 ? parts[1] : undefined;
}

const regionOfArn = (arn: string | undefined) => arn?.split(':')[3];

/** The clusters to create: those describe-clusters printed, else those the other pastes' ARNs name. */
function clustersOf(described: Described): DescribedCluster[] {
  if (described.clusters.length > 0) return [...described.clusters];
  const named = [
    ...described.containerInstances.map((i) => clusterOfArn(i.containerInstanceArn)),
    ...described.services.map((s) => clusterOfArn(s.clusterArn)),
    ...described.tasks.map((t) => clusterOfArn(t.clusterArn)),
  ].filter((n): n is string => n !== undefined);
  return [...new Set(named.length > 0 ? named : ['default'])].map((clusterName) => ({
    clusterName,
    record: {},
  }));
}

/** The CreateCluster request: Fargate capacity providers kept, Auto Scaling group ones reported. */
function createCluster(sim: Simulation, cluster: DescribedCluster, report: Report): Set<string> {
  const subject = `cluster ${cluster.clusterName}`;
  const r = cluster.record;
  const fargate = (name: unknown) => name === 'FARGATE' || name === 'FARGATE_SPOT';
  const providers = Array.isArray(r['capacityProviders']) ? (r['capacityProviders'] as string[]) : [];
  const others = providers.filter((p) => !fargate(p));
  if (others.length > 0)
    report.leftOut(
      subject,
      `Capacity providers ${others.join(', ')}: their Auto Scaling groups are not in the pastes, so the ` +
        'instances are launched as they are, without a group.',
    );
  for (const key of ['configuration', 'serviceConnectDefaults'])
    if (r[key] !== undefined)
      report.leftOut(
        subject,
        `Its ${key}: it points at resources (KMS keys, namespaces) the pastes do not hold.`,
      );
  const strategy = Array.isArray(r['defaultCapacityProviderStrategy'])
    ? (r['defaultCapacityProviderStrategy'] as JsonObject[]).filter((s) => fargate(s['capacityProvider']))
    : [];
  const kept = providers.filter(fargate);
  const request = {
    clusterName: cluster.clusterName,
    ...(Array.isArray(r['tags']) && r['tags'].length > 0 ? { tags: r['tags'] } : {}),
    ...(Array.isArray(r['settings']) && r['settings'].length > 0 ? { settings: r['settings'] } : {}),
    ...(kept.length > 0 ? { capacityProviders: kept } : {}),
    ...(strategy.length > 0 ? { defaultCapacityProviderStrategy: strategy } : {}),
  };
  sim.callByName('ecs', 'CreateCluster', request);
  report.kept(subject, kept.length > 0 ? `With capacity providers ${kept.join(', ')}.` : 'Created.');
  return new Set(kept);
}

/** Builds the pasted account on `scenario` (the empty account); never throws for what the pastes hold. */
export function buildImport(described: Described, scenario: Scenario): Imported {
  const report = new Report();
  // timeline.ts's buildScenario does the same; importing it here would split that module off the first page's
  // session chunk into one of its own (0.2 KB gzip more on the first page)
  const sim = createSimulation({ seed: scenario.seed });
  scenario.build(sim);
  const before = sim.history.length;
  const clusters = clustersOf(described);
  const names = clusters.map((c) => c.clusterName);
  const clusterFor = (arn: string | undefined) => {
    const named = clusterOfArn(arn);
    return named !== undefined && names.includes(named) ? named : names[0]!;
  };

  const region = [
    ...clusters.map((c) => c.clusterArn),
    ...described.containerInstances.map((i) => i.containerInstanceArn),
  ]
    .map(regionOfArn)
    .find((r) => r !== undefined && r !== '');
  if (region !== undefined && region !== sim.state.region)
    report.mapped(
      `region ${region}`,
      `Everything is built in the sandbox's one region, ${sim.state.region}.`,
    );

  const providers = new Map<string, Set<string>>();
  for (const cluster of clusters) {
    try {
      providers.set(cluster.clusterName, createCluster(sim, cluster, report));
    } catch (e) {
      report.leftOut(`cluster ${cluster.clusterName}`, `CreateCluster was refused: ${refusal(e)}`);
    }
  }

  const places = placesFor(sim, described, report);
  const launches = planLaunches(
    sim,
    described.containerInstances
      .map((real) => ({ real, cluster: clusterFor(real.containerInstanceArn) }))
      .filter(({ cluster }) => providers.has(cluster)),
    places,
    report,
  );
  const launched = launchFleet(sim, launches, AGENT_BOOT, report, refusal);

  const taskDefinition = new Map<string, string>();
  const ordered = [...described.taskDefinitions].sort(
    (a, b) => a.family.localeCompare(b.family) || a.revision - b.revision,
  );
  for (const td of ordered) {
    const name = `${td.family}:${td.revision}`;
    if (taskDefinition.has(td.taskDefinitionArn)) continue;
    try {
      const out = sim.call('ecs', 'RegisterTaskDefinition', registerRequest(sim, td, report, refusal));
      const made = `${out.taskDefinition.family}:${out.taskDefinition.revision}`;
      taskDefinition.set(td.taskDefinitionArn, made);
      taskDefinition.set(name, made);
      if (made === name) report.kept(`task definition ${name}`, 'Registered.');
      else
        report.mapped(
          `task definition ${name}`,
          `Registered as ${made}: revisions count up from 1 in the sandbox.`,
        );
    } catch (e) {
      report.leftOut(`task definition ${name}`, `RegisterTaskDefinition was refused: ${refusal(e)}`);
    }
  }

  // the agents register about two minutes after launch
  sim.advance(AGENT_BOOT);
  const containerInstance = registeredInstances(sim, launched);
  for (const launch of launches) {
    const arn = containerInstance.get(launch.real.containerInstanceArn);
    compareRegistration(sim, launch, arn, report);
    if (arn === undefined) continue;
    const cluster = launch.cluster;
    try {
      if (launch.real.status === 'DRAINING')
        sim.call('ecs', 'UpdateContainerInstancesState', {
          cluster,
          containerInstances: [arn],
          status: 'DRAINING',
        });
      if (launch.real.agentConnected === false)
        sim.call('sim', 'SetAgentConnected', { cluster, containerInstance: arn, connected: false });
    } catch (e) {
      report.leftOut(`container instance ${launch.name}`, `Its state could not be set: ${refusal(e)}`);
    }
  }

  const targets: Targets = {
    taskDefinition,
    containerInstance,
    providers: (cluster) => providers.get(cluster) ?? new Set(),
  };
  for (const service of described.services) {
    const subject = `service ${service.serviceName}`;
    const cluster = clusterFor(service.clusterArn);
    if (service.record['status'] === 'INACTIVE' || service.record['status'] === 'DRAINING') {
      report.leftOut(subject, 'It is being deleted in the account.');
      continue;
    }
    try {
      const request = createServiceRequest(service, cluster, places, targets, report);
      if (!request) continue;
      sim.call('ecs', 'CreateService', request);
      const desired = service.record['desiredCount'];
      report.kept(
        subject,
        request.schedulingStrategy === 'DAEMON'
          ? 'A daemon: one task on each instance.'
          : `Desired count ${typeof desired === 'number' ? desired : '?'}; it places its own tasks.`,
      );
    } catch (e) {
      report.leftOut(subject, `CreateService was refused: ${refusal(e)}`);
    }
  }

  const byService = new Map<string, number>();
  for (const task of described.tasks) {
    if (!stillRuns(task)) {
      report.leftOut(
        `task ${arnName(task.taskArn)}`,
        `It is ${task.lastStatus}: there is nothing to recreate.`,
      );
      continue;
    }
    if (startedByService(task)) {
      const group = task.group ?? task.startedBy ?? '';
      byService.set(group, (byService.get(group) ?? 0) + 1);
      continue;
    }
    const subject = `task ${arnName(task.taskArn)}`;
    try {
      const request = startTaskRequest(sim, task, clusterFor(task.clusterArn), places, targets, report);
      if (!request) continue;
      const out =
        request.operation === 'StartTask'
          ? sim.call('ecs', 'StartTask', request.input)
          : sim.call('ecs', 'RunTask', request.input);
      const failure = out.failures[0];
      if (failure) report.leftOut(subject, `It could not be placed: ${failure.reason}.`);
      else
        report.kept(
          subject,
          request.operation === 'StartTask'
            ? 'Started on the same container instance.'
            : 'Run on Fargate in its subnet’s match.',
        );
    } catch (e) {
      report.leftOut(subject, `It could not be started: ${refusal(e)}`);
    }
  }
  for (const [group, count] of byService)
    report.kept(
      `${count} task${count === 1 ? '' : 's'} of ${group}`,
      'Not started one by one: the service places its own, so where they land may differ.',
    );

  sim.advance(SETTLE_SECONDS);
  const calls = sim.history.slice(before);
  return {
    saved: {
      version: 1,
      scenarioId: scenario.id,
      seed: scenario.seed,
      calls,
      applied: calls.length,
      time: sim.now,
      horizon: sim.now,
    },
    report: report.lines,
    clusters: [...providers.keys()],
  };
}
