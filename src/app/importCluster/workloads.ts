import type { InputOf, Simulation } from '../../engine/index';
import { arnName } from '../../lib/arn';
import type { DescribedService, DescribedTask, JsonObject } from './described';
import { detail, type Places } from './places';
import type { Report } from './report';
import { pick, requestMembers } from './requests';

/**
 * Services and standalone tasks, as CreateService, StartTask and RunTask requests on the sandbox's cluster, task
 * definitions and subnets. Tasks a service started are not recreated one by one: the service places its own.
 */

/** What the requests refer to, by the pasted names and ARNs. */
export interface Targets {
  /** pasted task definition ARN (or family:revision) → the sandbox's family:revision */
  readonly taskDefinition: ReadonlyMap<string, string>;
  /** pasted container instance ARN → the sandbox's */
  readonly containerInstance: ReadonlyMap<string, string>;
  /** capacity providers each sandbox cluster has */
  readonly providers: (cluster: string) => ReadonlySet<string>;
}

const lookUp = (targets: Targets, ref: string): string | undefined =>
  targets.taskDefinition.get(ref) ?? targets.taskDefinition.get(arnName(ref));

function awsvpc(places: Places, network: unknown): JsonObject | undefined {
  const config = (network as { awsvpcConfiguration?: JsonObject } | undefined)?.awsvpcConfiguration;
  if (!config) return undefined;
  const subnets = Array.isArray(config['subnets']) ? (config['subnets'] as string[]) : [];
  return { awsvpcConfiguration: { ...config, subnets: [...new Set(subnets.map(places.subnet))] } };
}

/** Members of a service that point at things the pastes do not describe, and why each is left out. */
const ELSEWHERE: ReadonlyArray<readonly [string, string]> = [
  [
    'loadBalancers',
    'its load balancer target groups are not in the pastes (describe-services names only their ARNs)',
  ],
  ['serviceRegistries', 'its Cloud Map registries are not in the pastes'],
  ['serviceConnectConfiguration', 'its Service Connect namespace is not in the pastes'],
  ['vpcLatticeConfigurations', 'its VPC Lattice target groups are not in the pastes'],
  ['volumeConfigurations', 'its EBS volume settings are not in the pastes'],
];

const isSet = (v: unknown) => v !== undefined && !(Array.isArray(v) && v.length === 0);

/** The CreateService request for a described service, or undefined (and a report line) when it cannot be made. */
export function createServiceRequest(
  service: DescribedService,
  cluster: string,
  places: Places,
  targets: Targets,
  report: Report,
): InputOf<'ecs', 'CreateService'> | undefined {
  const subject = `service ${service.serviceName}`;
  const taskDefinition = lookUp(targets, service.taskDefinition);
  if (taskDefinition === undefined) {
    report.leftOut(
      subject,
      `Its task definition ${arnName(service.taskDefinition)} is not among the pastes: paste ` +
        `aws ecs describe-task-definition --task-definition ${arnName(service.taskDefinition)} too.`,
    );
    return undefined;
  }
  const request = pick(service.record, requestMembers('ecs', 'CreateService'));
  request['cluster'] = cluster;
  request['taskDefinition'] = taskDefinition;
  delete request['role'];
  for (const [key, why] of ELSEWHERE) {
    if (!isSet(request[key])) continue;
    delete request[key];
    report.leftOut(subject, `Its ${key}: ${why}.`);
    if (key === 'loadBalancers') delete request['healthCheckGracePeriodSeconds'];
  }
  const deployment = request['deploymentConfiguration'] as JsonObject | undefined;
  if (deployment?.['alarms'] !== undefined) {
    const { alarms: _alarms, ...rest } = deployment;
    request['deploymentConfiguration'] = rest;
    report.leftOut(subject, 'Its deployment alarms: those CloudWatch alarms are not in the pastes.');
  }
  const controller = (request['deploymentController'] as JsonObject | undefined)?.['type'];
  if (controller !== undefined && controller !== 'ECS') {
    delete request['deploymentController'];
    report.mapped(subject, `Its ${String(controller)} deployments become ECS rolling updates.`);
  }
  const network = awsvpc(places, request['networkConfiguration']);
  if (network) request['networkConfiguration'] = network;
  const strategy = request['capacityProviderStrategy'];
  if (Array.isArray(strategy) && strategy.length > 0) {
    const providers = targets.providers(cluster);
    const missing = (strategy as JsonObject[]).filter((s) => !providers.has(String(s['capacityProvider'])));
    if (missing.length > 0) {
      delete request['capacityProviderStrategy'];
      request['launchType'] = 'EC2';
      report.mapped(
        subject,
        `Runs on EC2 instances: its capacity providers ${missing.map((s) => s['capacityProvider']).join(', ')} ` +
          '(Auto Scaling groups) are not in the pastes.',
      );
    }
  }
  if (request['schedulingStrategy'] === 'DAEMON') delete request['desiredCount'];
  return request as InputOf<'ecs', 'CreateService'>;
}

/** Whether a task was started by a service (the service recreates it). */
export const startedByService = (t: DescribedTask): boolean =>
  (t.group?.startsWith('service:') ?? false) || (t.startedBy?.startsWith('ecs-svc/') ?? false);

const GONE = new Set(['STOPPED', 'DEPROVISIONING', 'STOPPING', 'DELETED']);

/** Only tasks that still run are recreated. */
export const stillRuns = (t: DescribedTask): boolean => !GONE.has(t.lastStatus ?? 'RUNNING');

type StartRequest =
  | { readonly operation: 'StartTask'; readonly input: InputOf<'ecs', 'StartTask'> }
  | { readonly operation: 'RunTask'; readonly input: InputOf<'ecs', 'RunTask'> };

/**
 * The request that recreates a standalone task: StartTask on the sandbox twin of its container instance (so it
 * lands where it was), RunTask for Fargate; undefined (and a report line) when it cannot be made.
 */
export function startTaskRequest(
  sim: Simulation,
  task: DescribedTask,
  cluster: string,
  places: Places,
  targets: Targets,
  report: Report,
): StartRequest | undefined {
  const subject = `task ${arnName(task.taskArn)}`;
  const taskDefinition = lookUp(targets, task.taskDefinitionArn);
  if (taskDefinition === undefined) {
    report.leftOut(
      subject,
      `Its task definition ${arnName(task.taskDefinitionArn)} is not among the pastes: paste its ` +
        'describe-task-definition output too.',
    );
    return undefined;
  }
  const common = {
    cluster,
    taskDefinition,
    ...(task.group === undefined ? {} : { group: task.group }),
    ...(task.startedBy === undefined ? {} : { startedBy: task.startedBy }),
    ...(task.tags.length > 0 ? { tags: [...task.tags] } : {}),
  };
  const eni = task.attachments.find((a) => a.type === 'ElasticNetworkInterface' || a.type === 'eni');
  const realSubnet = eni && detail(eni, 'subnetId');
  if (task.containerInstanceArn !== undefined) {
    const instance = targets.containerInstance.get(task.containerInstanceArn);
    if (instance === undefined) {
      report.leftOut(
        subject,
        'Its container instance is not in the sandbox (not pasted, or not registered).',
      );
      return undefined;
    }
    const az =
      sim.state.ec2.instances[sim.state.ecs.containerInstances[instance]!.ec2InstanceId]?.AvailabilityZone;
    const network =
      eni && az !== undefined
        ? { networkConfiguration: { awsvpcConfiguration: { subnets: [places.subnetIn(az)] } } }
        : {};
    return { operation: 'StartTask', input: { ...common, ...network, containerInstances: [instance] } };
  }
  const spot = task.capacityProviderName === 'FARGATE_SPOT';
  return {
    operation: 'RunTask',
    input: {
      ...common,
      ...(spot
        ? { capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT' }] }
        : { launchType: 'FARGATE' }),
      ...(realSubnet === undefined
        ? {}
        : { networkConfiguration: { awsvpcConfiguration: { subnets: [places.subnet(realSubnet)] } } }),
    },
  };
}
