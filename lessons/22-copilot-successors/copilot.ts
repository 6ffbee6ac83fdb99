/**
 * Lesson 22's names, state queries and the AWS calls the `copilot` commands make (src/app/copilot/aws.ts), written
 * out as solution steps: a lesson may not import the app, so the calls are spelled here, and
 * test/lessons/copilot22.test.ts proves that typing the commands makes exactly these calls.
 */
import { call } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import type { Service, Simulation } from '../../src/engine/index';

export const APP = 'shop';
export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';
export const DEMO_IMAGE = 'public.ecr.aws/ecs-sandbox/web:v1';
export const TAG_APP = 'copilot-application';
export const TAG_ENV = 'copilot-environment';
export const TAG_SVC = 'copilot-service';
export type WorkloadType = 'Load Balanced Web Service' | 'Backend Service' | 'Worker Service';

/** What the lesson asks of web on test: count 2, cpu 512, memory 1024. */
export const WEB = { count: 2, cpu: 512, memory: 1024 } as const;

const tags = (env?: string, svc?: string) => [
  { key: TAG_APP, value: APP },
  ...(env ? [{ key: TAG_ENV, value: env }] : []),
  ...(svc ? [{ key: TAG_SVC, value: svc }] : []),
];
const upper = (t: ReturnType<typeof tags>) => t.map((x) => ({ Key: x.key, Value: x.value }));
const root = `/copilot/applications/${APP}`;
const TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});

/** `copilot app init shop` */
export const appInit = (): Step[] => [
  call(
    'ssm',
    'PutParameter',
    {
      Name: root,
      Type: 'String',
      Value: JSON.stringify({ name: APP, account: ACCOUNT, version: '1.0' }),
      Tags: upper(tags()),
    },
    'copilot app init shop',
  ),
];

/** `copilot env init --name <env>` then `copilot env deploy --name <env>` */
export const environment = (env: string): Step[] => [
  call(
    'ssm',
    'PutParameter',
    {
      Name: `${root}/environments/${env}`,
      Type: 'String',
      Value: JSON.stringify({ app: APP, name: env, region: REGION }),
      Tags: upper(tags(env)),
    },
    `copilot env init --name ${env}`,
  ),
  call(
    'ecs',
    'CreateCluster',
    {
      clusterName: `${APP}-${env}-Cluster`,
      tags: tags(env),
      settings: [{ name: 'containerInsights', value: 'disabled' }],
    },
    `copilot env deploy --name ${env}`,
  ),
];

/** `copilot svc init --name <svc> --svc-type <type>` */
export const svcInit = (svc: string, type: WorkloadType): Step[] => [
  call(
    'ecr',
    'CreateRepository',
    { repositoryName: `${APP}/${svc}`, tags: upper(tags(undefined, svc)) },
    `copilot svc init --name ${svc}`,
  ),
  call('ssm', 'PutParameter', {
    Name: `${root}/components/${svc}`,
    Type: 'String',
    Value: JSON.stringify({ app: APP, name: svc, type }),
    Tags: upper(tags(undefined, svc)),
  }),
];

/** The default subnets of us-east-1a and us-east-1b, where a Copilot environment runs in the sandbox. */
export const envSubnets = (sim: Simulation): string[] =>
  Object.values(sim.state.ec2.subnets)
    .filter((s) => s.AvailabilityZone === 'us-east-1a' || s.AvailabilityZone === 'us-east-1b')
    .sort((a, b) => a.AvailabilityZone.localeCompare(b.AvailabilityZone))
    .map((s) => s.SubnetId);

const vpcOf = (sim: Simulation) => Object.values(sim.state.ec2.subnets)[0]!.VpcId;
const lbArn = (sim: Simulation, env: string) =>
  Object.values(sim.state.elbv2.loadBalancers).find((l) => l.LoadBalancerName === `${APP}-${env}-lb`)!
    .LoadBalancerArn;
const tgArn = (sim: Simulation, env: string, svc: string) =>
  Object.values(sim.state.elbv2.targetGroups).find((t) => t.TargetGroupName === `${APP}-${env}-${svc}`)!
    .TargetGroupArn;
const latestTd = (sim: Simulation, family: string) =>
  Object.values(sim.state.ecs.taskDefinitions)
    .filter((t) => t.family === family)
    .sort((a, b) => b.revision - a.revision)[0]!.taskDefinitionArn;

export interface Sizing {
  readonly count: number;
  readonly cpu: number;
  readonly memory: number;
}

/**
 * The first `copilot svc deploy --name <svc> --env <env>` of a service whose manifest has the template's image
 * (the demo app; port 8080 except for a worker), http path and health check `/`, and `sizing`.
 */
export function svcDeploy(svc: string, type: WorkloadType, env: string, sizing: Sizing): Step[] {
  const family = `${APP}-${env}-${svc}`;
  const t = tags(env, svc);
  const group = `/copilot/${family}`;
  const web = type === 'Load Balanced Web Service';
  const port = type === 'Worker Service' ? undefined : 8080;
  const roleArn = (name: string) => `arn:aws:iam::${ACCOUNT}:role/${name}`;
  const label = `copilot svc deploy --name ${svc} --env ${env}`;
  return [
    call(
      'iam',
      'CreateRole',
      { RoleName: `${family}-ExecutionRole`, AssumeRolePolicyDocument: TRUST, Tags: upper(t) },
      label,
    ),
    call('iam', 'AttachRolePolicy', {
      RoleName: `${family}-ExecutionRole`,
      PolicyArn: 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy',
    }),
    call('iam', 'CreateRole', {
      RoleName: `${family}-TaskRole`,
      AssumeRolePolicyDocument: TRUST,
      Tags: upper(t),
    }),
    call('logs', 'CreateLogGroup', {
      logGroupName: group,
      tags: Object.fromEntries(t.map((x) => [x.key, x.value])),
    }),
    call('logs', 'PutRetentionPolicy', { logGroupName: group, retentionInDays: 30 }),
    call('ecs', 'RegisterTaskDefinition', {
      family,
      requiresCompatibilities: ['FARGATE'],
      networkMode: 'awsvpc',
      cpu: String(sizing.cpu),
      memory: String(sizing.memory),
      executionRoleArn: roleArn(`${family}-ExecutionRole`),
      taskRoleArn: roleArn(`${family}-TaskRole`),
      containerDefinitions: [
        {
          name: svc,
          image: DEMO_IMAGE,
          essential: true,
          ...(port ? { portMappings: [{ containerPort: port, protocol: 'tcp' as const }] } : {}),
          environment: [
            { name: 'COPILOT_APPLICATION_NAME', value: APP },
            { name: 'COPILOT_ENVIRONMENT_NAME', value: env },
            { name: 'COPILOT_SERVICE_NAME', value: svc },
            { name: 'COPILOT_SERVICE_DISCOVERY_ENDPOINT', value: `${env}.${APP}.local` },
          ],
          logConfiguration: {
            logDriver: 'awslogs' as const,
            options: { 'awslogs-group': group, 'awslogs-region': REGION, 'awslogs-stream-prefix': 'copilot' },
          },
        },
      ],
      tags: t,
    }),
    ...(web
      ? [
          call('elbv2', 'CreateLoadBalancer', (sim) => ({
            Name: `${APP}-${env}-lb`,
            Subnets: envSubnets(sim),
            Scheme: 'internet-facing' as const,
            Type: 'application' as const,
            Tags: upper(tags(env)),
          })),
          call('elbv2', 'CreateTargetGroup', (sim) => ({
            Name: family,
            Protocol: 'HTTP' as const,
            Port: 8080,
            VpcId: vpcOf(sim),
            TargetType: 'ip' as const,
            HealthCheckPath: '/',
            Tags: upper(t),
          })),
          call('elbv2', 'CreateListener', (sim) => ({
            LoadBalancerArn: lbArn(sim, env),
            Protocol: 'HTTP' as const,
            Port: 80,
            DefaultActions: [{ Type: 'forward' as const, TargetGroupArn: tgArn(sim, env, svc) }],
          })),
        ]
      : []),
    call('ecs', 'CreateService', (sim) => ({
      cluster: `${APP}-${env}-Cluster`,
      serviceName: family,
      taskDefinition: latestTd(sim, family),
      desiredCount: sizing.count,
      launchType: 'FARGATE' as const,
      networkConfiguration: {
        awsvpcConfiguration: {
          subnets: envSubnets(sim),
          assignPublicIp: (type === 'Backend Service' ? 'DISABLED' : 'ENABLED') as 'ENABLED' | 'DISABLED',
        },
      },
      ...(web
        ? {
            loadBalancers: [
              { targetGroupArn: tgArn(sim, env, svc), containerName: svc, containerPort: 8080 },
            ],
            healthCheckGracePeriodSeconds: 60,
          }
        : {}),
      deploymentConfiguration: {
        minimumHealthyPercent: 100,
        maximumPercent: 200,
        deploymentCircuitBreaker: { enable: true, rollback: true },
      },
      enableExecuteCommand: web,
      propagateTags: 'SERVICE' as const,
      tags: t,
    })),
  ];
}

// ---- reading the simulator -------------------------------------------------------------------------------

const tagValue = (t: ReadonlyArray<{ key: string; value: string }>, key: string) =>
  t.find((x) => x.key === key)?.value;

/** The ACTIVE clusters Copilot made (tagged with an application and an environment), by environment. */
export function copilotClusters(sim: Simulation): Map<string, { arn: string; app: string }> {
  const out = new Map<string, { arn: string; app: string }>();
  for (const c of Object.values(sim.state.ecs.clusters)) {
    const app = tagValue(c.tags, TAG_APP);
    const env = tagValue(c.tags, TAG_ENV);
    if (c.status === 'ACTIVE' && app && env) out.set(env, { arn: c.clusterArn, app });
  }
  return out;
}

/** The type Copilot recorded for a workload (its SSM record), if any. */
export function recordedType(sim: Simulation, app: string, svc: string): string | undefined {
  const p = sim.state.ssm.parameters[`/copilot/applications/${app}/components/${svc}`];
  if (!p) return undefined;
  try {
    return (JSON.parse(p.Value) as { type?: string }).type;
  } catch {
    return undefined;
  }
}

/** The ACTIVE Copilot services in an environment's cluster, with their workload name and recorded type. */
export function copilotServices(sim: Simulation, env: string) {
  const cluster = copilotClusters(sim).get(env);
  if (!cluster) return [];
  return Object.values(sim.state.ecs.services)
    .filter((s) => s.clusterArn === cluster.arn && s.status === 'ACTIVE')
    .flatMap((s) => {
      const svc = tagValue(s.tags, TAG_SVC);
      return svc ? [{ service: s as Service, svc, type: recordedType(sim, cluster.app, svc) }] : [];
    });
}

/** The RUNNING tasks of a service's current (PRIMARY) task definition. */
export function runningTasks(sim: Simulation, s: Service) {
  const td = s.deployments[0]?.taskDefinition;
  return Object.values(sim.state.ecs.tasks).filter(
    (t) =>
      t.group === `service:${s.serviceName}` &&
      t.clusterArn === s.clusterArn &&
      t.lastStatus === 'RUNNING' &&
      t.taskDefinitionArn === td,
  );
}
