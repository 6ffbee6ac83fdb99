import { targets5xxAlarm } from '../../src/course/albAlarm';
import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';
import { defaultRuleArn } from '../../src/engine/views';
import {
  ALARM,
  ALB,
  APP_ROLE,
  BUGGY_TAG,
  albArn,
  API,
  API_TASKS,
  CERTIFICATE,
  CLUSTER,
  EXEC_POLICY,
  EXECUTION_ROLE,
  IMAGE,
  listenerOn,
  MEDIA_PATH,
  mediaFileSystem,
  NAMESPACE,
  ON_DEMAND_BASE,
  policy,
  PASSWORD,
  PRICING,
  PRICING_BY_NAME,
  PRICING_TASKS,
  PRICING_URL_VARIABLE,
  REQUESTS_PER_SECOND,
  roleArn,
  secretArn,
  subnetIn,
  subnetsOf,
  targetGroupArn,
  TASKS_TRUST,
  vpcOf,
} from './tickets';

/** The moves the capstone's solution, alternatives, naive attempts and quiz are built from. */

export const TWO_AZS = ['us-east-1a', 'us-east-1b'] as const;
export const THREE_AZS = ['us-east-1a', 'us-east-1b', 'us-east-1c'] as const;
export const BLUE_TG = 'api-blue';
export const GREEN_TG = 'api-green';
export const API_TASK_ROLE = 'api-task';
export const PRICING_TASK_ROLE = 'pricing-task';

export type Insights = 'enabled' | 'enhanced' | 'disabled';

/** The cluster with Container Insights set as given, FARGATE and FARGATE_SPOT associated. */
export const createCluster = (insights: Insights = 'enhanced'): Step =>
  call('ecs', 'CreateCluster', {
    clusterName: CLUSTER,
    settings: [{ name: 'containerInsights', value: insights }],
    capacityProviders: ['FARGATE', 'FARGATE_SPOT'],
  });

/** A mount target of tickets-media in the default subnet of `az`. */
export const mountTargetIn = (az: string): Step =>
  call('efs', 'CreateMountTarget', (sim: Simulation) => ({
    FileSystemId: mediaFileSystem(sim).FileSystemId,
    SubnetId: subnetIn(sim, az),
  }));

/** A task role of its own; `exec` gives it the four ssmmessages actions ECS Exec needs, `extra` more statements. */
export const taskRole = (
  name: string,
  options: { exec?: boolean; extra?: Record<string, unknown> } = {},
): Step[] => [
  call('iam', 'CreateRole', { RoleName: name, AssumeRolePolicyDocument: TASKS_TRUST }),
  ...(options.exec === false
    ? []
    : [
        call('iam', 'PutRolePolicy', { RoleName: name, PolicyName: 'ecs-exec', PolicyDocument: EXEC_POLICY }),
      ]),
  ...(options.extra
    ? [
        call('iam', 'PutRolePolicy', {
          RoleName: name,
          PolicyName: 'extra',
          PolicyDocument: policy(options.extra),
        }),
      ]
    : []),
];

/** The execution role may read the database secret (the start-up work, not the app). */
export const executionReadsSecret = (roleName = EXECUTION_ROLE): Step =>
  call('iam', 'PutRolePolicy', (sim: Simulation) => ({
    RoleName: roleName,
    PolicyName: 'read-db-secret',
    PolicyDocument: policy({
      Effect: 'Allow',
      Action: 'secretsmanager:GetSecretValue',
      Resource: secretArn(sim),
    }),
  }));

export const createNamespace = call('servicediscovery', 'CreateHttpNamespace', { Name: NAMESPACE });

/** How an api revision is put together; every member defaults to the capstone's right answer. */
export interface ApiOptions {
  readonly tag?: string;
  readonly password?: 'secret' | 'plain';
  readonly media?: 'efs' | 'task';
  readonly pricingUrl?: string;
  readonly ssh?: boolean;
  readonly taskRole?: string;
}

/** An api revision built from `options` (the secret's ARN and the file system id are read at run time). */
export const apiDefinition = (sim: Simulation, options: ApiOptions = {}) => ({
  family: API,
  requiresCompatibilities: ['FARGATE' as const],
  networkMode: 'awsvpc' as const,
  cpu: '256',
  memory: '512',
  executionRoleArn: roleArn(EXECUTION_ROLE),
  taskRoleArn: roleArn(options.taskRole ?? API_TASK_ROLE),
  containerDefinitions: [
    {
      name: API,
      image: `${IMAGE}:${options.tag ?? 'v1'}`,
      essential: true,
      portMappings: [
        { containerPort: 8080, protocol: 'tcp' as const },
        ...(options.ssh ? [{ containerPort: 22, protocol: 'tcp' as const }] : []),
      ],
      environment: [
        { name: PRICING_URL_VARIABLE, value: options.pricingUrl ?? PRICING_BY_NAME },
        ...(options.password === 'plain' ? [{ name: 'DB_PASSWORD', value: PASSWORD }] : []),
      ],
      ...(options.password === 'plain'
        ? {}
        : { secrets: [{ name: 'DB_PASSWORD', valueFrom: `${secretArn(sim)}:password::` }] }),
      mountPoints: [{ sourceVolume: 'media', containerPath: MEDIA_PATH }],
    },
  ],
  volumes: [
    options.media === 'task'
      ? { name: 'media' }
      : { name: 'media', efsVolumeConfiguration: { fileSystemId: mediaFileSystem(sim).FileSystemId } },
  ],
});

export const registerApi = (options: ApiOptions = {}): Step =>
  call('ecs', 'RegisterTaskDefinition', ((sim: Simulation) => apiDefinition(sim, options)) as never);

/** pricing's next revision: its 8080 mapping named `http` (Service Connect finds ports by name). */
export const registerPricing = (taskRole = PRICING_TASK_ROLE): Step =>
  call('ecs', 'RegisterTaskDefinition', {
    family: PRICING,
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '256',
    memory: '512',
    executionRoleArn: roleArn(EXECUTION_ROLE),
    taskRoleArn: roleArn(taskRole),
    containerDefinitions: [
      {
        name: PRICING,
        image: `${IMAGE}:v1`,
        essential: true,
        portMappings: [{ containerPort: 8080, protocol: 'tcp', name: 'http', appProtocol: 'http' }],
      },
    ],
  });

type Strategy = ReadonlyArray<{ capacityProvider: string; base?: number; weight?: number }>;

/** base 2 on on-demand Fargate, everything beyond it on Fargate Spot. */
export const BASE_2_REST_SPOT: Strategy = [
  { capacityProvider: 'FARGATE', base: ON_DEMAND_BASE, weight: 0 },
  { capacityProvider: 'FARGATE_SPOT', weight: 1 },
];

/** How a service is placed: a capacity provider strategy (or plain FARGATE) over the subnets of `azs`. */
export interface Placement {
  readonly strategy?: Strategy;
  readonly azs?: ReadonlyArray<string>;
}

const placement = (sim: Simulation, p: Placement) => ({
  ...(p.strategy
    ? { capacityProviderStrategy: p.strategy.map((i) => ({ ...i })) }
    : { launchType: 'FARGATE' }),
  networkConfiguration: { awsvpcConfiguration: { subnets: subnetsOf(sim, p.azs ?? TWO_AZS) } },
});

/** pricing: client-server in the namespace under the alias pricing:8080, Exec on. */
export const createPricing = (options: Placement & { serviceConnect?: boolean; exec?: boolean } = {}): Step =>
  call('ecs', 'CreateService', ((sim: Simulation) => ({
    cluster: CLUSTER,
    serviceName: PRICING,
    taskDefinition: PRICING,
    desiredCount: PRICING_TASKS,
    ...placement(sim, options),
    enableExecuteCommand: options.exec ?? true,
    ...(options.serviceConnect === false
      ? {}
      : {
          serviceConnectConfiguration: {
            enabled: true,
            namespace: NAMESPACE,
            services: [{ portName: 'http', clientAliases: [{ port: 8080, dnsName: PRICING }] }],
          },
        }),
  })) as never);

/** Two `ip` target groups (blue, green) for api's port 8080, then the production (443) and test (8443) listeners. */
export const loadBalancing = (targetType: 'ip' | 'instance' = 'ip'): Step[] => [
  ...[BLUE_TG, GREEN_TG].map((Name) =>
    call('elbv2', 'CreateTargetGroup', (sim: Simulation) => ({
      Name,
      Protocol: 'HTTP',
      Port: 8080,
      VpcId: vpcOf(sim),
      TargetType: targetType,
      HealthCheckIntervalSeconds: 10,
      HealthyThresholdCount: 3,
    })),
  ),
  ...[443, 8443].map((Port) =>
    call('elbv2', 'CreateListener', (sim: Simulation) => ({
      LoadBalancerArn: albArn(sim),
      Protocol: 'HTTPS',
      Port,
      Certificates: [{ CertificateArn: CERTIFICATE }],
      DefaultActions: [
        {
          Type: 'forward',
          ForwardConfig: {
            TargetGroups: [
              { TargetGroupArn: targetGroupArn(sim, BLUE_TG)!, Weight: 100 },
              { TargetGroupArn: targetGroupArn(sim, GREEN_TG)!, Weight: 0 },
            ],
          },
        },
      ],
    })),
  ),
];

/** An alarm on the 5xx api's targets answer through tickets-alb: more than 5 in a minute. */
export const alarmOn5xx = targets5xxAlarm(ALARM, ALB);

/** api's load balancer entry: blue/green target groups and both listeners' default rules for a blue/green-family strategy. */
export const apiLoadBalancers = (sim: Simulation) => [
  {
    targetGroupArn: targetGroupArn(sim, BLUE_TG)!,
    containerName: API,
    containerPort: 8080,
    advancedConfiguration: {
      alternateTargetGroupArn: targetGroupArn(sim, GREEN_TG)!,
      productionListenerRule: defaultRuleArn(listenerOn(sim, 443)!.ListenerArn),
      testListenerRule: defaultRuleArn(listenerOn(sim, 8443)!.ListenerArn),
      roleArn: roleArn('ecsInfrastructureRoleForLoadBalancers'),
    },
  },
];

/** 10 % for 5 minutes, then the rest; a 5-minute bake; rollback when api-5xx goes into ALARM. */
export const CANARY_10: Record<string, unknown> = {
  strategy: 'CANARY',
  canaryConfiguration: { canaryPercent: 10, canaryBakeTimeInMinutes: 5 },
  bakeTimeInMinutes: 5,
  alarms: { alarmNames: [ALARM], enable: true, rollback: true },
};

/** api: 4 tasks placed as `options` say, behind the ALB, a Service Connect client, Exec on. */
export const createApi = (
  options: Placement & {
    deploymentConfiguration?: Record<string, unknown>;
    serviceConnect?: boolean;
    exec?: boolean;
    loadBalanced?: boolean;
    /** more CreateService members, as a learner might add them */
    extra?: Record<string, unknown>;
  } = {},
): Step =>
  call('ecs', 'CreateService', ((sim: Simulation) => ({
    cluster: CLUSTER,
    serviceName: API,
    taskDefinition: API,
    desiredCount: API_TASKS,
    ...placement(sim, { strategy: BASE_2_REST_SPOT, ...options }),
    enableExecuteCommand: options.exec ?? true,
    ...(options.loadBalanced === false ? {} : { loadBalancers: apiLoadBalancers(sim) }),
    ...(options.deploymentConfiguration === undefined
      ? { deploymentConfiguration: CANARY_10 }
      : Object.keys(options.deploymentConfiguration).length
        ? { deploymentConfiguration: options.deploymentConfiguration }
        : {}),
    ...(options.serviceConnect === false
      ? {}
      : { serviceConnectConfiguration: { enabled: true, namespace: NAMESPACE } }),
    ...options.extra,
  })) as never);

/** The sandbox's customers: 20 requests a second to api through the ALB. */
export const customers = call('sim', 'SetLoad', {
  cluster: CLUSTER,
  service: API,
  requestsPerSecond: REQUESTS_PER_SECOND,
});

/** api moves to its newest revision (the family name picks the latest ACTIVE one). */
export const deployApi = call('ecs', 'UpdateService', {
  cluster: CLUSTER,
  service: API,
  taskDefinition: API,
});

/** The platform with one decision changed: every member defaults to the capstone's answer. */
export interface PlatformOptions {
  readonly insights?: Insights;
  /** a mount target of tickets-media in us-east-1b (the scenario has one in us-east-1a only) */
  readonly mountTargetB?: boolean;
  /** mount targets in more AZs (for subnets beyond us-east-1a and us-east-1b) */
  readonly moreMountTargets?: ReadonlyArray<string>;
  readonly executionReadsSecret?: boolean;
  /** the task roles the services use: one each (default), one shared, or the draft's tickets-app */
  readonly taskRoles?: 'own' | 'shared' | 'draft';
  /** api's task role may also read the secret */
  readonly apiRoleReadsSecret?: boolean;
  readonly exec?: boolean;
  readonly api?: ApiOptions;
  readonly apiPlacement?: Placement;
  readonly pricingPlacement?: Placement;
  readonly apiServiceConnect?: boolean;
  readonly pricingServiceConnect?: boolean;
  readonly loadBalanced?: boolean;
  readonly targetType?: 'ip' | 'instance';
  /** more CreateService members for api */
  readonly apiExtra?: Record<string, unknown>;
  /** api's deploymentConfiguration at creation ({} for none: a plain rolling update) */
  readonly deploymentConfiguration?: Record<string, unknown>;
  /** ship v2.1 at the end (default true) */
  readonly shipBuggy?: boolean;
}

const SHARED_ROLE = 'tickets-task';

/** Everything, in the order a learner can do it: foundations, pricing, api and the load, then v2.1. */
export function platform(o: PlatformOptions = {}): Step[] {
  const roles =
    o.taskRoles === 'draft'
      ? { api: APP_ROLE, pricing: APP_ROLE, create: [] as Step[] }
      : o.taskRoles === 'shared'
        ? { api: SHARED_ROLE, pricing: SHARED_ROLE, create: taskRole(SHARED_ROLE) }
        : {
            api: API_TASK_ROLE,
            pricing: PRICING_TASK_ROLE,
            create: [
              ...taskRole(API_TASK_ROLE, {
                extra: o.apiRoleReadsSecret
                  ? { Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: '*' }
                  : undefined,
              }),
              ...taskRole(PRICING_TASK_ROLE),
            ],
          };
  const loadBalanced = o.loadBalanced ?? true;
  return [
    createCluster(o.insights),
    ...(o.mountTargetB === false ? [] : [mountTargetIn('us-east-1b')]),
    ...(o.moreMountTargets ?? []).map(mountTargetIn),
    ...roles.create,
    ...(o.executionReadsSecret === false ? [] : [executionReadsSecret()]),
    createNamespace,
    ...(loadBalanced ? [...loadBalancing(o.targetType), alarmOn5xx] : []),
    registerPricing(roles.pricing),
    createPricing({ ...o.pricingPlacement, serviceConnect: o.pricingServiceConnect, exec: o.exec }),
    wait(120),
    registerApi({ taskRole: roles.api, ...o.api }),
    createApi({
      ...o.apiPlacement,
      serviceConnect: o.apiServiceConnect,
      exec: o.exec,
      loadBalanced,
      extra: o.apiExtra,
      deploymentConfiguration: o.deploymentConfiguration ?? (loadBalanced ? CANARY_10 : {}),
    }),
    ...(loadBalanced ? [customers] : []),
    wait(420),
    ...(o.shipBuggy === false
      ? [wait(300)]
      : [registerApi({ taskRole: roles.api, ...o.api, tag: BUGGY_TAG }), deployApi, wait(900)]),
  ];
}

/** The whole platform, then the buggy build caught by the canary. */
export const SOLUTION: ReadonlyArray<Step> = platform();
