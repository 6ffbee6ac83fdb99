import { launchContainerInstances, loadBalancerWithTargetGroup } from '../../course/fixtures';
import { ACCOUNT_ID, DEMO_APP, isAwsError, REGION, type InputOf, type Simulation } from '../../engine/index';
import type { Scenario } from '../timeline';
import { decodeError } from './decode';
import type { PatternId } from './patterns';

/**
 * For each failure the decoder knows, a small scenario that makes the engine produce it: built on a fresh
 * simulation, its message is in the state (a stopped reason, a container reason, a service event) or comes back
 * from the one call `reproduce` makes. They use later operations (services, load balancers, IAM), so this module
 * loads with the "Decode an error" panel, never on the first page.
 */
export interface DecodeScenario extends Scenario {
  readonly patternId: PatternId;
  /** where the learner sees the message once the scenario is open in the sandbox */
  readonly look: string;
  /**
   * For a message that is not kept in the state (an API error, what the application's call got back): makes
   * that call on a copy of `sim` and returns the text. Otherwise the message is found by `messagesIn`.
   */
  readonly reproduce?: (sim: Simulation) => string | undefined;
}

/** Every error-like text the state keeps: stopped reasons, container reasons, service events, rollout reasons. */
export function messagesIn(sim: Simulation): ReadonlyArray<string> {
  const out: string[] = [];
  const { tasks, services } = sim.state.ecs;
  for (const task of Object.values(tasks)) {
    if (task.stoppedReason) out.push(task.stoppedReason);
    for (const c of task.containers)
      if (c.reason) out.push(c.exitCode === undefined ? c.reason : `${c.reason} (exit code ${c.exitCode})`);
  }
  for (const service of Object.values(services)) {
    for (const e of service.events) out.push(e.message);
    for (const d of service.deployments) if (d.rolloutStateReason) out.push(d.rolloutStateReason);
  }
  return out;
}

/** The message the scenario produces that decodes as its own pattern, or undefined when there is none. */
export function reproducedMessage(scenario: DecodeScenario, sim: Simulation): string | undefined {
  const candidates = scenario.reproduce ? [scenario.reproduce(sim)] : messagesIn(sim);
  return candidates.find((m) => {
    if (m === undefined) return false;
    const r = decodeError(m);
    return r.kind === 'recognised' && r.pattern.id === scenario.patternId;
  });
}

const CLUSTER = 'decode';
const EXECUTION_POLICY = 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy';
const TASKS_TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});
const roleArn = (name: string) => `arn:aws:iam::${ACCOUNT_ID}:role/${name}`;
const policy = (...Statement: ReadonlyArray<Record<string, unknown>>) =>
  JSON.stringify({ Version: '2012-10-17', Statement });

type TaskDefinition = InputOf<'ecs', 'RegisterTaskDefinition'>;
type Container = TaskDefinition['containerDefinitions'][number];

const fargateDefinition = (family: string, container: Container, extra: Partial<TaskDefinition> = {}) =>
  ({
    family,
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '256',
    memory: '512',
    containerDefinitions: [{ essential: true, ...container }],
    ...extra,
  }) satisfies TaskDefinition;

const awsvpc = (sim: Simulation) => ({
  awsvpcConfiguration: {
    subnets: Object.values(sim.state.ec2.subnets).map((s) => s.SubnetId),
    assignPublicIp: 'ENABLED' as const,
  },
});

function role(sim: Simulation, name: string, managed?: string, inline?: string): string {
  sim.call('iam', 'CreateRole', { RoleName: name, AssumeRolePolicyDocument: TASKS_TRUST });
  if (managed) sim.call('iam', 'AttachRolePolicy', { RoleName: name, PolicyArn: managed });
  if (inline)
    sim.call('iam', 'PutRolePolicy', { RoleName: name, PolicyName: 'inline', PolicyDocument: inline });
  return roleArn(name);
}

/** A Fargate service `name` of `definition` (registered here), `count` tasks, then `wait` seconds. */
function fargateService(sim: Simulation, definition: TaskDefinition, count = 1, wait = 180) {
  sim.call('ecs', 'RegisterTaskDefinition', definition);
  sim.call('ecs', 'CreateService', {
    cluster: CLUSTER,
    serviceName: definition.family,
    taskDefinition: definition.family,
    desiredCount: count,
    launchType: 'FARGATE',
    networkConfiguration: awsvpc(sim),
  });
  sim.advance(wait);
}

/** Cluster `decode` with `count` container instances of `type` (agents registered). */
function ec2Cluster(sim: Simulation, type = 't3.small', count = 1) {
  sim.call('ecs', 'CreateCluster', { clusterName: CLUSTER });
  for (let i = 0; i < count; i++)
    launchContainerInstances(sim, {
      cluster: CLUSTER,
      instanceType: type,
      availabilityZone: 'us-east-1a',
      name: `host-${i + 1}`,
    });
  sim.advance(120);
}

/** An EC2 (bridge) service `family` with one container, `count` tasks, then `wait` seconds. */
function ec2Service(
  sim: Simulation,
  family: string,
  container: Container,
  count: number,
  extra: Partial<InputOf<'ecs', 'CreateService'>> = {},
  wait = 120,
) {
  sim.call('ecs', 'RegisterTaskDefinition', {
    family,
    networkMode: 'bridge',
    containerDefinitions: [{ essential: true, ...container }],
  });
  sim.call('ecs', 'CreateService', {
    cluster: CLUSTER,
    serviceName: family,
    taskDefinition: family,
    desiredCount: count,
    launchType: 'EC2',
    ...extra,
  });
  sim.advance(wait);
}

const fargateCluster = (sim: Simulation) => sim.call('ecs', 'CreateCluster', { clusterName: CLUSTER });

/** The cluster and the `api` family of the demo app's crash build (it exits with code 1 after 5 seconds). */
function crashBuild(sim: Simulation): void {
  fargateCluster(sim);
  sim.call(
    'ecs',
    'RegisterTaskDefinition',
    fargateDefinition('api', { name: 'api', image: `${DEMO_APP}:crash` }),
  );
}

/** The AwsError a call throws, as `Name: message`; undefined when it does not throw one. */
function refusal(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (e) {
    return isAwsError(e) ? `${e.name}: ${e.message}` : undefined;
  }
}

const PRIVATE_IMAGE = `${ACCOUNT_ID}.dkr.ecr.${REGION}.amazonaws.com/shop-api:v1`;

function privateRepository(sim: Simulation) {
  sim.call('ecr', 'CreateRepository', { repositoryName: 'shop-api' });
  sim.call('sim', 'PushImage', { repositoryName: 'shop-api', imageTag: 'v1', sourceImage: `${DEMO_APP}:v1` });
}

const SERVICE_EVENTS = 'the service’s events (Services tab, cluster decode)';
const STOPPED_TASK = 'a stopped task’s stopped reason (Services tab, cluster decode)';

type Spec = Omit<DecodeScenario, 'id' | 'seed'>;

const SPECS: ReadonlyArray<Spec> = [
  {
    patternId: 'pull-not-found',
    title: 'An image tag that does not exist',
    description: 'A Fargate service whose container asks for nginx:1.99, a tag the registry does not have.',
    look: STOPPED_TASK,
    build(sim) {
      fargateCluster(sim);
      fargateService(sim, fargateDefinition('web', { name: 'web', image: 'nginx:1.99' }));
    },
  },
  {
    patternId: 'registry-auth',
    title: 'An execution role with no permissions, a private ECR image',
    description:
      'The image is in private ECR; the execution role exists but has no policy, so the registry login is refused.',
    look: STOPPED_TASK,
    build(sim) {
      fargateCluster(sim);
      privateRepository(sim);
      const exec = role(sim, 'api-execution');
      fargateService(
        sim,
        fargateDefinition('api', { name: 'api', image: PRIVATE_IMAGE }, { executionRoleArn: exec }),
      );
    },
  },
  {
    patternId: 'pull-access-denied',
    title: 'A registry login but no read on the repository',
    description:
      'The execution role may get an ECR login token, and nothing else: reading the image’s manifest is refused.',
    look: STOPPED_TASK,
    build(sim) {
      fargateCluster(sim);
      privateRepository(sim);
      const exec = role(
        sim,
        'api-execution',
        undefined,
        policy({ Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' }),
      );
      fargateService(
        sim,
        fargateDefinition('api', { name: 'api', image: PRIVATE_IMAGE }, { executionRoleArn: exec }),
      );
    },
  },
  {
    patternId: 'secrets',
    title: 'A secret the execution role may not read',
    description:
      'The container injects DB_PASSWORD from Secrets Manager; the execution role has the standard ECR and logs ' +
      'policy only.',
    look: STOPPED_TASK,
    build(sim) {
      fargateCluster(sim);
      const secret = sim.call('secretsmanager', 'CreateSecret', { Name: 'shop/db', SecretString: 'hunter2' });
      const exec = role(sim, 'api-execution', EXECUTION_POLICY);
      fargateService(
        sim,
        fargateDefinition(
          'api',
          { name: 'api', image: `${DEMO_APP}:v1`, secrets: [{ name: 'DB_PASSWORD', valueFrom: secret.ARN }] },
          { executionRoleArn: exec },
        ),
      );
    },
  },
  {
    patternId: 'env-file',
    title: 'An environment file that is not in the bucket',
    description: 'The task loads s3://shop-config/api.env, which was never uploaded.',
    look: STOPPED_TASK,
    build(sim) {
      fargateCluster(sim);
      sim.call('s3api', 'CreateBucket', { Bucket: 'shop-config' });
      const exec = role(
        sim,
        'api-execution',
        EXECUTION_POLICY,
        policy({ Effect: 'Allow', Action: ['s3:GetObject', 's3:GetBucketLocation'], Resource: '*' }),
      );
      fargateService(
        sim,
        fargateDefinition(
          'api',
          {
            name: 'api',
            image: `${DEMO_APP}:v1`,
            environmentFiles: [{ type: 's3', value: 'arn:aws:s3:::shop-config/api.env' }],
          },
          { executionRoleArn: exec },
        ),
      );
    },
  },
  {
    patternId: 'log-group',
    title: 'A log group that does not exist',
    description: 'awslogs writes to /ecs/orders, which nobody created, and awslogs-create-group is not set.',
    look: STOPPED_TASK,
    build(sim) {
      fargateCluster(sim);
      const exec = role(sim, 'api-execution', EXECUTION_POLICY);
      fargateService(
        sim,
        fargateDefinition(
          'api',
          {
            name: 'api',
            image: `${DEMO_APP}:v1`,
            logConfiguration: {
              logDriver: 'awslogs',
              options: {
                'awslogs-group': '/ecs/orders',
                'awslogs-region': REGION,
                'awslogs-stream-prefix': 'api',
              },
            },
          },
          { executionRoleArn: exec },
        ),
      );
    },
  },
  {
    patternId: 'oom',
    title: 'A container killed for memory (made to exit)',
    description:
      'The sandbox does not measure memory inside a container, so this scenario makes the running container ' +
      'exit the way the kernel’s OOM killer ends it: exit code 137 and OutOfMemoryError (sim ExitContainer).',
    look: 'the stopped task’s container: exit code 137 and its reason',
    build(sim) {
      fargateCluster(sim);
      sim.call(
        'ecs',
        'RegisterTaskDefinition',
        fargateDefinition('api', { name: 'api', image: `${DEMO_APP}:v1` }),
      );
      const task = sim.call('ecs', 'RunTask', {
        cluster: CLUSTER,
        taskDefinition: 'api',
        launchType: 'FARGATE',
        networkConfiguration: awsvpc(sim),
      }).tasks[0]!;
      sim.advance(60);
      sim.call('sim', 'ExitContainer', {
        cluster: CLUSTER,
        task: task.taskArn,
        containerName: 'api',
        exitCode: 137,
        reason: 'OutOfMemoryError: Container killed due to memory usage',
      });
      sim.advance(5);
    },
  },
  {
    patternId: 'essential-exited',
    title: 'An application that crashes after it starts',
    description:
      'A standalone Fargate task of the demo app’s crash build: it exits with code 1 after 5 seconds.',
    look: STOPPED_TASK,
    build(sim) {
      crashBuild(sim);
      sim.call('ecs', 'RunTask', {
        cluster: CLUSTER,
        taskDefinition: 'api',
        launchType: 'FARGATE',
        networkConfiguration: awsvpc(sim),
      });
      sim.advance(90);
    },
  },
  {
    patternId: 'container-health',
    title: 'A container health check that never passes',
    description: 'A Fargate service of the demo app’s unhealthy build, with a container health check.',
    look: STOPPED_TASK,
    build(sim) {
      fargateCluster(sim);
      fargateService(
        sim,
        fargateDefinition('api', {
          name: 'api',
          image: `${DEMO_APP}:unhealthy`,
          healthCheck: {
            command: ['CMD-SHELL', 'curl -f http://localhost:8080/health || exit 1'],
            interval: 10,
            retries: 2,
            timeout: 5,
          },
        }),
        1,
        300,
      );
    },
  },
  {
    patternId: 'elb-health',
    title: 'Targets that fail the load balancer’s health check',
    description: 'An EC2 service behind an ALB whose tasks answer its health checks with 500.',
    look: SERVICE_EVENTS,
    build(sim) {
      ec2Cluster(sim, 'm5.large');
      const targetGroupArn = loadBalancerWithTargetGroup(sim, { name: 'web-alb', targetGroupName: 'web-tg' });
      ec2Service(
        sim,
        'web',
        {
          name: 'web',
          image: `${DEMO_APP}:unhealthy`,
          memory: 256,
          portMappings: [{ containerPort: 8080, hostPort: 0 }],
        },
        1,
        { loadBalancers: [{ targetGroupArn, containerName: 'web', containerPort: 8080 }] },
        400,
      );
    },
  },
  {
    patternId: 'circuit-breaker',
    title: 'A deployment whose tasks crash, with the circuit breaker on',
    description: 'A Fargate service of the demo app’s crash build, deploymentCircuitBreaker enabled.',
    look: SERVICE_EVENTS,
    build(sim) {
      crashBuild(sim);
      sim.call('ecs', 'CreateService', {
        cluster: CLUSTER,
        serviceName: 'api',
        taskDefinition: 'api',
        desiredCount: 2,
        launchType: 'FARGATE',
        networkConfiguration: awsvpc(sim),
        deploymentConfiguration: { deploymentCircuitBreaker: { enable: true, rollback: false } },
      });
      sim.advance(1800);
    },
  },
  {
    patternId: 'start-throttled',
    title: 'A service whose tasks never get to run',
    description: 'A Fargate service with an image tag that does not exist, left to retry for an hour.',
    look: SERVICE_EVENTS,
    build(sim) {
      fargateCluster(sim);
      fargateService(sim, fargateDefinition('web', { name: 'web', image: 'nginx:1.99' }), 2, 3600);
    },
  },
  {
    patternId: 'no-instances',
    title: 'An EC2 service in a cluster with no instances',
    description: 'The service has no launch type (so EC2), and cluster decode has no container instance.',
    look: SERVICE_EVENTS,
    build(sim) {
      sim.call('ecs', 'CreateCluster', { clusterName: CLUSTER });
      ec2Service(
        sim,
        'web',
        { name: 'web', image: 'nginx:latest', memory: 256 },
        1,
        { launchType: undefined },
        60,
      );
    },
  },
  {
    patternId: 'place-memory',
    title: 'A task that reserves more memory than an instance has',
    description: 'One t3.small (about 1.9 GiB registered); the task reserves 3 GiB.',
    look: SERVICE_EVENTS,
    build(sim) {
      ec2Cluster(sim);
      ec2Service(sim, 'web', { name: 'web', image: 'nginx:latest', memory: 3072 }, 1);
    },
  },
  {
    patternId: 'place-cpu',
    title: 'A task that reserves more CPU than an instance has',
    description: 'One t3.small (2 vCPU = 2048 units); the task reserves 4096 units.',
    look: SERVICE_EVENTS,
    build(sim) {
      ec2Cluster(sim);
      ec2Service(sim, 'web', { name: 'web', image: 'nginx:latest', memory: 256, cpu: 4096 }, 1);
    },
  },
  {
    patternId: 'host-port',
    title: 'Two tasks that want host port 80 on one instance',
    description: 'One instance; the service wants 2 tasks, each mapping static host port 80.',
    look: SERVICE_EVENTS,
    build(sim) {
      ec2Cluster(sim);
      ec2Service(
        sim,
        'web',
        {
          name: 'web',
          image: 'nginx:latest',
          memory: 256,
          portMappings: [{ containerPort: 80, hostPort: 80 }],
        },
        2,
      );
    },
  },
  {
    patternId: 'place-attribute',
    title: 'A log driver no instance offers',
    description:
      'The task logs with the splunk driver; the instances’ agents offer json-file and awslogs only.',
    look: SERVICE_EVENTS,
    build(sim) {
      ec2Cluster(sim);
      ec2Service(
        sim,
        'web',
        {
          name: 'web',
          image: 'nginx:latest',
          memory: 256,
          logConfiguration: {
            logDriver: 'splunk',
            options: { 'splunk-url': 'https://splunk.example.com:8088' },
          },
        },
        1,
      );
    },
  },
  {
    patternId: 'place-constraint',
    title: 'A memberOf expression no instance matches',
    description: 'The service may run only on m5.large instances; the cluster has a t3.small.',
    look: SERVICE_EVENTS,
    build(sim) {
      ec2Cluster(sim);
      ec2Service(sim, 'web', { name: 'web', image: 'nginx:latest', memory: 256 }, 1, {
        placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.instance-type == m5.large' }],
      });
    },
  },
  {
    patternId: 'place-gpu',
    title: 'A GPU task on instances without GPUs',
    description: 'The task reserves one GPU; the cluster has one t3.small.',
    look: SERVICE_EVENTS,
    build(sim) {
      ec2Cluster(sim);
      ec2Service(
        sim,
        'infer',
        {
          name: 'infer',
          image: 'nginx:latest',
          memory: 256,
          resourceRequirements: [{ type: 'GPU', value: '1' }],
        },
        1,
      );
    },
  },
  {
    patternId: 'fargate-size',
    title: 'A Fargate task size that does not exist',
    description: 'Registering a Fargate task definition of 256 CPU units with 4096 MiB.',
    look: 'the console’s answer to: aws ecs register-task-definition --family big --requires-compatibilities FARGATE --network-mode awsvpc --cpu 256 --memory 4096 --container-definitions name=big,image=nginx:latest',
    build(sim) {
      fargateCluster(sim);
    },
    reproduce: (sim) =>
      refusal(() =>
        sim.fork().call('ecs', 'RegisterTaskDefinition', {
          ...fargateDefinition('big', { name: 'big', image: 'nginx:latest' }),
          memory: '4096',
        }),
      ),
  },
  {
    patternId: 'capacity-provider',
    title: 'FARGATE_SPOT on a cluster without it',
    description: 'Cluster decode has no capacity providers; RunTask asks for FARGATE_SPOT.',
    look: 'the console’s answer to: aws ecs run-task --cluster decode --task-definition api --capacity-provider-strategy capacityProvider=FARGATE_SPOT,weight=1 (with the network configuration)',
    build(sim) {
      fargateCluster(sim);
      sim.call(
        'ecs',
        'RegisterTaskDefinition',
        fargateDefinition('api', { name: 'api', image: `${DEMO_APP}:v1` }),
      );
    },
    reproduce: (sim) =>
      refusal(() =>
        sim.fork().call('ecs', 'RunTask', {
          cluster: CLUSTER,
          taskDefinition: 'api',
          capacityProviderStrategy: [{ capacityProvider: 'FARGATE_SPOT', weight: 1 }],
          networkConfiguration: awsvpc(sim),
        }),
      ),
  },
  {
    patternId: 'app-access-denied',
    title: 'An application writing to S3 without permission',
    description:
      'A running Fargate task whose task role may read the bucket reports-out but not write to it; the ' +
      'application writes q1.csv.',
    look: 'the Identity tab’s application calls (or the answer of sim CallAws s3:PutObject from the task)',
    build(sim) {
      fargateCluster(sim);
      sim.call('s3api', 'CreateBucket', { Bucket: 'reports-out' });
      const task = role(
        sim,
        'reports-task',
        undefined,
        policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports-out/*' }),
      );
      sim.call(
        'ecs',
        'RegisterTaskDefinition',
        fargateDefinition('reports', { name: 'reports', image: `${DEMO_APP}:v1` }, { taskRoleArn: task }),
      );
      const run = sim.call('ecs', 'RunTask', {
        cluster: CLUSTER,
        taskDefinition: 'reports',
        launchType: 'FARGATE',
        networkConfiguration: awsvpc(sim),
      });
      sim.advance(60);
      // the application tries its write once, so the Identity tab shows the refused call
      sim.call('sim', 'CallAws', {
        cluster: CLUSTER,
        task: run.tasks[0]!.taskArn,
        action: 's3:PutObject',
        resource: 'arn:aws:s3:::reports-out/q1.csv',
        body: 'region,total',
      });
    },
    reproduce(sim) {
      const task = Object.values(sim.state.ecs.tasks).find((t) => t.lastStatus === 'RUNNING');
      if (!task) return undefined;
      const out = sim.fork().call('sim', 'CallAws', {
        cluster: CLUSTER,
        task: task.taskArn,
        action: 's3:PutObject',
        resource: 'arn:aws:s3:::reports-out/q1.csv',
        body: 'region,total',
      });
      return out.allowed ? undefined : out.message;
    },
  },
];

/** The reproducing scenarios, by pattern; a pattern without one is not something the sandbox can show. */
export const DECODE_SCENARIOS: ReadonlyArray<DecodeScenario> = SPECS.map((spec, i) => ({
  ...spec,
  id: `decode:${spec.patternId}`,
  seed: 2100 + i,
}));

/** Patterns the sandbox cannot reproduce, and why (shown instead of the "Reproduce" button). */
export const NOT_REPRODUCIBLE: Readonly<Partial<Record<PatternId, string>>> = {
  'network-timeout':
    'The sandbox does not model routes (NAT gateways, VPC endpoints), so it cannot make a pull time out.',
};

export const scenarioFor = (id: PatternId): DecodeScenario | undefined =>
  DECODE_SCENARIOS.find((s) => s.patternId === id);
