/**
 * The AWS side of the `copilot` commands: the calls Copilot's CloudFormation would make, made one by one through
 * the session (so each is recorded, undoable and replayable like an `aws` console call). Reads answer "does it
 * exist yet?" so that running a command twice changes nothing the second time, as a CloudFormation update with no
 * changes does.
 */
import { ACCOUNT_ID, REGION, isAwsError, type Simulation } from '../../engine/index';
import type { ManifestValue } from './validate';
import { DEFAULT_CPU, DEFAULT_MEMORY } from './validate';
import type { WorkloadType } from './manifestSchema';
import { SANDBOX_BUILD_IMAGE } from './templates';
import {
  appParameter,
  clusterName,
  copilotTags,
  ENVIRONMENT_AZS,
  envParameter,
  executionRoleName,
  familyName,
  loadBalancerName,
  logGroupName,
  LOG_RETENTION_DAYS,
  mapTags,
  repositoryName,
  serviceName,
  targetGroupName,
  taskRoleName,
  upperTags,
  workloadParameter,
} from './names';

export type Aws = Pick<Simulation, 'callByName'>;

/** One AWS call the command made: what a "Created …" line reports. */
export interface MadeCall {
  readonly service: string;
  readonly operation: string;
  readonly input: Record<string, unknown>;
}

export const TASK_EXECUTION_POLICY = 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy';
const TASKS_TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});

/** Calls through the session, keeping the changing ones in order. A rejected call throws the AwsError. */
export class Calls {
  readonly made: MadeCall[] = [];
  constructor(readonly aws: Aws) {}

  write<T = Record<string, unknown>>(service: string, operation: string, input: Record<string, unknown>): T {
    const out = this.aws.callByName(service, operation, input) as T;
    this.made.push({ service, operation, input });
    return out;
  }

  /** A read; undefined when AWS answers that the thing does not exist (any error counts as "not there"). */
  read<T>(service: string, operation: string, input: Record<string, unknown>): T | undefined {
    try {
      return this.aws.callByName(service, operation, input) as T;
    } catch (e) {
      if (isAwsError(e)) return undefined;
      throw e;
    }
  }
}

interface ParameterOut {
  Parameter: { Name: string; Value: string };
}
export interface AppRecord {
  readonly name: string;
}
export interface EnvRecord {
  readonly app: string;
  readonly name: string;
  readonly region: string;
}
export interface WorkloadRecord {
  readonly app: string;
  readonly name: string;
  readonly type: WorkloadType;
}

function readRecord<T>(calls: Calls, name: string): T | undefined {
  const out = calls.read<ParameterOut>('ssm', 'GetParameter', { Name: name });
  if (!out) return undefined;
  try {
    return JSON.parse(out.Parameter.Value) as T;
  } catch {
    return undefined;
  }
}

export const readApp = (calls: Calls, app: string) => readRecord<AppRecord>(calls, appParameter(app));
export const readEnv = (calls: Calls, app: string, env: string) =>
  readRecord<EnvRecord>(calls, envParameter(app, env));
export const readWorkload = (calls: Calls, app: string, name: string) =>
  readRecord<WorkloadRecord>(calls, workloadParameter(app, name));

interface ListenerRow {
  readonly ListenerArn: string;
  readonly Port: number;
  readonly DefaultActions: ReadonlyArray<{ readonly TargetGroupArn?: string }>;
}
interface RuleRow {
  readonly Priority: string;
  readonly IsDefault: boolean;
  readonly Actions: ReadonlyArray<{ readonly TargetGroupArn?: string }>;
}

/**
 * Sends the environment ALB's HTTP listener to a web service: the first service that serves `/` gets the
 * listener's default action; every other service gets a rule for its http.path (`/api` and `/api/*`), with the next
 * free priority, as Copilot routes several web services through one load balancer.
 */
function routeToService(
  calls: Calls,
  loadBalancerArn: string,
  targetGroupArn: string,
  path: string,
  env: string,
  created: string[],
): void {
  const listeners =
    calls.read<{ Listeners: ListenerRow[] }>('elbv2', 'DescribeListeners', {
      LoadBalancerArn: loadBalancerArn,
    })?.Listeners ?? [];
  const http80 = listeners.find((l) => l.Port === 80);
  if (!http80) {
    calls.write('elbv2', 'CreateListener', {
      LoadBalancerArn: loadBalancerArn,
      Protocol: 'HTTP',
      Port: 80,
      DefaultActions: [{ Type: 'forward', TargetGroupArn: targetGroupArn }],
    });
    created.push('HTTP listener on port 80');
    return;
  }
  const rules =
    calls.read<{ Rules: RuleRow[] }>('elbv2', 'DescribeRules', { ListenerArn: http80.ListenerArn })?.Rules ??
    [];
  if (rules.some((r) => r.Actions.some((a) => a.TargetGroupArn === targetGroupArn))) return;
  if (path === '/') {
    throw new CopilotRefusal(
      `The ${env} load balancer already sends / to another web service: give this service its own http.path ` +
        '(e.g. /api) in its manifest.',
    );
  }
  const priorities = rules.filter((r) => !r.IsDefault).map((r) => Number(r.Priority));
  calls.write('elbv2', 'CreateRule', {
    ListenerArn: http80.ListenerArn,
    Priority: Math.max(0, ...priorities) + 1,
    Conditions: [{ Field: 'path-pattern', Values: [path, `${path.replace(/\/$/, '')}/*`] }],
    Actions: [{ Type: 'forward', TargetGroupArn: targetGroupArn }],
  });
  created.push(`listener rule for ${path}`);
}

/** The records under one path of the application's SSM tree (environments or components). */
function listRecords<T>(calls: Calls, path: string): T[] {
  const out = calls.read<{ Parameters: Array<{ Name: string }> }>('ssm', 'DescribeParameters', {
    ParameterFilters: [{ Key: 'Path', Option: 'OneLevel', Values: [path] }],
    MaxResults: 50,
  });
  return (out?.Parameters ?? [])
    .map((p) => readRecord<T>(calls, p.Name))
    .filter((r): r is T => r !== undefined);
}
export const listEnvs = (calls: Calls, app: string) =>
  listRecords<EnvRecord>(calls, `${appParameter(app)}/environments`);
export const listWorkloads = (calls: Calls, app: string) =>
  listRecords<WorkloadRecord>(calls, `${appParameter(app)}/components`);

/** `copilot app init`: the application's record in SSM (Copilot keeps its metadata there). */
export function createApp(calls: Calls, app: string): boolean {
  if (readApp(calls, app)) return false;
  calls.write('ssm', 'PutParameter', {
    Name: appParameter(app),
    Type: 'String',
    Value: JSON.stringify({ name: app, account: ACCOUNT_ID, version: '1.0' }),
    Tags: upperTags(copilotTags(app)),
  });
  return true;
}

/** `copilot env init`: the environment's record. */
export function createEnv(calls: Calls, app: string, env: string): boolean {
  if (readEnv(calls, app, env)) return false;
  calls.write('ssm', 'PutParameter', {
    Name: envParameter(app, env),
    Type: 'String',
    Value: JSON.stringify({ app, name: env, region: REGION } satisfies EnvRecord),
    Tags: upperTags(copilotTags(app, env)),
  });
  return true;
}

/** `copilot svc init` / `job init`: the ECR repository and the workload's record. */
export function createWorkload(calls: Calls, app: string, name: string, type: WorkloadType): string[] {
  const done: string[] = [];
  const tags = copilotTags(app, undefined, name);
  if (!calls.read('ecr', 'DescribeRepositories', { repositoryNames: [repositoryName(app, name)] })) {
    calls.write('ecr', 'CreateRepository', {
      repositoryName: repositoryName(app, name),
      tags: upperTags(tags),
    });
    done.push(`ECR repository ${repositoryName(app, name)}`);
  }
  if (!readWorkload(calls, app, name)) {
    calls.write('ssm', 'PutParameter', {
      Name: workloadParameter(app, name),
      Type: 'String',
      Value: JSON.stringify({ app, name, type } satisfies WorkloadRecord),
      Tags: upperTags(tags),
    });
    done.push(`SSM parameter ${workloadParameter(app, name)}`);
  }
  return done;
}

interface ClusterOut {
  clusters: Array<{ clusterArn: string; status: string }>;
}
export const clusterExists = (calls: Calls, app: string, env: string): boolean =>
  (
    calls.read<ClusterOut>('ecs', 'DescribeClusters', { clusters: [clusterName(app, env)] })?.clusters ?? []
  ).some((c) => c.status === 'ACTIVE');

/** `copilot env deploy`: the environment's cluster (its VPC is the sandbox's fixed one: see resources.ts). */
export function deployEnv(calls: Calls, app: string, env: string, manifest: ManifestValue): boolean {
  if (clusterExists(calls, app, env)) return false;
  const insights = (manifest.observability as { container_insights?: boolean } | undefined)
    ?.container_insights;
  calls.write('ecs', 'CreateCluster', {
    clusterName: clusterName(app, env),
    tags: copilotTags(app, env),
    settings: [{ name: 'containerInsights', value: insights ? 'enabled' : 'disabled' }],
  });
  return true;
}

/** The default subnets of the environment's two AZs. */
function environmentSubnets(calls: Calls): { subnets: string[]; vpc: string } {
  const out = calls.read<{ Subnets: Array<{ SubnetId: string; VpcId: string; AvailabilityZone: string }> }>(
    'ec2',
    'DescribeSubnets',
    {},
  );
  const chosen = (out?.Subnets ?? []).filter((s) =>
    (ENVIRONMENT_AZS as ReadonlyArray<string>).includes(s.AvailabilityZone),
  );
  chosen.sort((a, b) => a.AvailabilityZone.localeCompare(b.AvailabilityZone));
  return { subnets: chosen.map((s) => s.SubnetId), vpc: chosen[0]?.VpcId ?? '' };
}

function ensureRole(
  calls: Calls,
  name: string,
  tags: ReturnType<typeof copilotTags>,
  done: string[],
): string {
  const known = calls.read<{ Role: { Arn: string } }>('iam', 'GetRole', { RoleName: name });
  if (known) return known.Role.Arn;
  const out = calls.write<{ Role: { Arn: string } }>('iam', 'CreateRole', {
    RoleName: name,
    AssumeRolePolicyDocument: TASKS_TRUST,
    Tags: upperTags(tags),
  });
  done.push(`IAM role ${name}`);
  return out.Role.Arn;
}

const words = (v: unknown): string[] | undefined =>
  typeof v === 'string'
    ? v.split(/\s+/).filter((w) => w !== '')
    : Array.isArray(v)
      ? v.map(String)
      : undefined;

/** What a workload deploy made, for the CLI to print. */
export interface DeployOutcome {
  readonly created: ReadonlyArray<string>;
  readonly updated: ReadonlyArray<string>;
  readonly url?: string;
  readonly taskDefinitionArn: string;
}

/**
 * `copilot svc deploy` / `job deploy`: roles, log group, image, task definition; for services the load balancer
 * pieces and the ECS service. `manifest` is the effective manifest for `env` (validated by the caller).
 */
export function deployWorkload(
  calls: Calls,
  app: string,
  env: string,
  name: string,
  type: WorkloadType,
  manifest: ManifestValue,
): DeployOutcome {
  const created: string[] = [];
  const updated: string[] = [];
  const tags = copilotTags(app, env, name);
  const cluster = clusterName(app, env);

  // roles: the execution role starts the task (image, logs, secrets); the task role is the application's own
  const executionRoleArn = ensureRole(calls, executionRoleName(app, env, name), tags, created);
  if (created.includes(`IAM role ${executionRoleName(app, env, name)}`))
    calls.write('iam', 'AttachRolePolicy', {
      RoleName: executionRoleName(app, env, name),
      PolicyArn: TASK_EXECUTION_POLICY,
    });
  const taskRoleArn = ensureRole(calls, taskRoleName(app, env, name), tags, created);
  const secrets = Object.entries((manifest.secrets ?? {}) as Record<string, unknown>);
  if (secrets.length > 0) {
    calls.write('iam', 'PutRolePolicy', {
      RoleName: executionRoleName(app, env, name),
      PolicyName: 'secrets',
      PolicyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Allow',
            Action: ['ssm:GetParameters', 'secretsmanager:GetSecretValue'],
            Resource: secrets.map(([, v]) => secretArn(v)),
          },
        ],
      }),
    });
  }

  // the log group, kept 30 days as Copilot does by default
  const group = logGroupName(app, env, name);
  const groups = calls.read<{ logGroups: Array<{ logGroupName: string }> }>('logs', 'DescribeLogGroups', {
    logGroupNamePrefix: group,
  });
  if (!(groups?.logGroups ?? []).some((g) => g.logGroupName === group)) {
    calls.write('logs', 'CreateLogGroup', { logGroupName: group, tags: mapTags(tags) });
    calls.write('logs', 'PutRetentionPolicy', { logGroupName: group, retentionInDays: LOG_RETENTION_DAYS });
    created.push(`log group ${group}`);
  }

  // the image: a location is used as it is; a build stands for the sandbox's demo app, pushed to the repository
  const img = (manifest.image ?? {}) as { location?: string; port?: number };
  let image = img.location;
  if (!image) {
    const repo = calls.read<{ repositories: Array<{ repositoryUri: string }> }>(
      'ecr',
      'DescribeRepositories',
      {
        repositoryNames: [repositoryName(app, name)],
      },
    );
    calls.write('sim', 'PushImage', {
      repositoryName: repositoryName(app, name),
      imageTag: 'latest',
      sourceImage: SANDBOX_BUILD_IMAGE,
    });
    image = `${repo?.repositories[0]?.repositoryUri ?? repositoryName(app, name)}:latest`;
    updated.push(`image ${image} (pushed)`);
  }

  const port = typeof img.port === 'number' ? img.port : undefined;
  const variables = Object.entries((manifest.variables ?? {}) as Record<string, unknown>);
  const storage = manifest.storage as { ephemeral?: number } | undefined;
  const entryPoint = words(manifest.entrypoint);
  const command = words(manifest.command);
  const td = calls.write<{ taskDefinition: { taskDefinitionArn: string } }>('ecs', 'RegisterTaskDefinition', {
    family: familyName(app, env, name),
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: String(typeof manifest.cpu === 'number' ? manifest.cpu : DEFAULT_CPU),
    memory: String(typeof manifest.memory === 'number' ? manifest.memory : DEFAULT_MEMORY),
    executionRoleArn,
    taskRoleArn,
    ...(storage?.ephemeral ? { ephemeralStorage: { sizeInGiB: storage.ephemeral } } : {}),
    containerDefinitions: [
      {
        name,
        image,
        essential: true,
        ...(port !== undefined ? { portMappings: [{ containerPort: port, protocol: 'tcp' }] } : {}),
        environment: [
          { name: 'COPILOT_APPLICATION_NAME', value: app },
          { name: 'COPILOT_ENVIRONMENT_NAME', value: env },
          { name: 'COPILOT_SERVICE_NAME', value: name },
          { name: 'COPILOT_SERVICE_DISCOVERY_ENDPOINT', value: `${env}.${app}.local` },
          ...variables.map(([k, v]) => ({ name: k, value: String(v) })),
        ],
        ...(secrets.length
          ? { secrets: secrets.map(([k, v]) => ({ name: k, valueFrom: secretArn(v) })) }
          : {}),
        ...(entryPoint ? { entryPoint } : {}),
        ...(command ? { command } : {}),
        logConfiguration: {
          logDriver: 'awslogs',
          options: { 'awslogs-group': group, 'awslogs-region': REGION, 'awslogs-stream-prefix': 'copilot' },
        },
      },
    ],
    tags,
  });
  const taskDefinitionArn = td.taskDefinition.taskDefinitionArn;
  updated.push(`task definition ${familyName(app, env, name)}`);
  if (type === 'Scheduled Job') return { created, updated, taskDefinitionArn };

  // the load balancer: the environment's shared ALB, made when its first web service deploys
  const { subnets, vpc } = environmentSubnets(calls);
  let url: string | undefined;
  let loadBalancers: Array<Record<string, unknown>> | undefined;
  if (type === 'Load Balanced Web Service') {
    const http = (manifest.http ?? {}) as { path?: string; healthcheck?: unknown };
    const hc = http.healthcheck;
    const hcPath = typeof hc === 'string' ? hc : ((hc as { path?: string } | undefined)?.path ?? '/');
    const lbName = loadBalancerName(app, env);
    let lb = calls.read<{ LoadBalancers: Array<{ LoadBalancerArn: string; DNSName: string }> }>(
      'elbv2',
      'DescribeLoadBalancers',
      { Names: [lbName] },
    )?.LoadBalancers[0];
    if (!lb) {
      lb = calls.write<{ LoadBalancers: Array<{ LoadBalancerArn: string; DNSName: string }> }>(
        'elbv2',
        'CreateLoadBalancer',
        {
          Name: lbName,
          Subnets: subnets,
          Scheme: 'internet-facing',
          Type: 'application',
          Tags: upperTags(copilotTags(app, env)),
        },
      ).LoadBalancers[0]!;
      created.push(`Application Load Balancer ${lbName}`);
    }
    const tgName = targetGroupName(app, env, name);
    let tg = calls.read<{ TargetGroups: Array<{ TargetGroupArn: string }> }>(
      'elbv2',
      'DescribeTargetGroups',
      {
        Names: [tgName],
      },
    )?.TargetGroups[0];
    if (!tg) {
      tg = calls.write<{ TargetGroups: Array<{ TargetGroupArn: string }> }>('elbv2', 'CreateTargetGroup', {
        Name: tgName,
        Protocol: 'HTTP',
        Port: port ?? 80,
        VpcId: vpc,
        TargetType: 'ip',
        HealthCheckPath: hcPath,
        Tags: upperTags(tags),
      }).TargetGroups[0]!;
      created.push(`target group ${tgName}`);
    }
    const path = http.path ?? '/';
    routeToService(calls, lb.LoadBalancerArn, tg.TargetGroupArn, path, env, created);
    loadBalancers = [{ targetGroupArn: tg.TargetGroupArn, containerName: name, containerPort: port ?? 80 }];
    url = `http://${lb.DNSName}${path === '/' ? '' : path}`;
  }

  const count = manifest.count;
  const desiredCount =
    typeof count === 'number'
      ? count
      : typeof (count as { range?: string } | undefined)?.range === 'string'
        ? Number((count as { range: string }).range.split('-')[0])
        : 1;
  const placement = (manifest.network as { vpc?: { placement?: string } } | undefined)?.vpc?.placement;
  const svcName = serviceName(app, env, name);
  const existing = calls
    .read<{ services: Array<{ status: string }> }>('ecs', 'DescribeServices', {
      cluster,
      services: [svcName],
    })
    ?.services.find((s) => s.status === 'ACTIVE');
  if (existing) {
    calls.write('ecs', 'UpdateService', {
      cluster,
      service: svcName,
      taskDefinition: taskDefinitionArn,
      desiredCount,
    });
    updated.push(`ECS service ${svcName}`);
  } else {
    calls.write('ecs', 'CreateService', {
      cluster,
      serviceName: svcName,
      taskDefinition: taskDefinitionArn,
      desiredCount,
      launchType: 'FARGATE',
      networkConfiguration: {
        awsvpcConfiguration: {
          subnets,
          assignPublicIp: placement === 'private' ? 'DISABLED' : 'ENABLED',
        },
      },
      ...(loadBalancers ? { loadBalancers, healthCheckGracePeriodSeconds: 60 } : {}),
      deploymentConfiguration: {
        minimumHealthyPercent: 100,
        maximumPercent: 200,
        deploymentCircuitBreaker: { enable: true, rollback: true },
      },
      enableExecuteCommand: manifest.exec === true,
      propagateTags: 'SERVICE',
      tags,
    });
    created.push(`ECS service ${svcName}`);
  }
  return { created, updated, taskDefinitionArn, ...(url ? { url } : {}) };
}

/** A parameter name or ARN (or `{ secretsmanager: name }`) as the ARN the task definition's valueFrom takes. */
function secretArn(v: unknown): string {
  if (typeof v === 'object' && v !== null && 'secretsmanager' in v) {
    const s = String((v as { secretsmanager: unknown }).secretsmanager);
    return s.startsWith('arn:') ? s : `arn:aws:secretsmanager:${REGION}:${ACCOUNT_ID}:secret:${s}`;
  }
  const p = String(v);
  return p.startsWith('arn:') ? p : `arn:aws:ssm:${REGION}:${ACCOUNT_ID}:parameter/${p.replace(/^\//, '')}`;
}

/** A deploy the sandbox cannot carry out as asked: said plainly, nothing more is changed. */
export class CopilotRefusal extends Error {}
