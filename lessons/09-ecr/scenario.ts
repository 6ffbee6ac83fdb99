import type { LessonScenario, Prediction } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';

export const REPOSITORY = 'shop/api';
export const CLUSTER = 'shop';
export const SERVICE = 'api';
export const LOG_GROUP = '/ecs/api';
/** The release the service runs: the newest one. */
export const RELEASES = 40;
/** Days of CI history in the repository. */
export const HISTORY_DAYS = 60;
export const DAY = 86_400;
/** The newest releases a team keeps for rollbacks: the lifecycle policy must leave them. */
export const ROLLBACK_RELEASES = 10;
export const MAX_RELEASES = 20;
export const UNTAGGED_DAYS = 7;
const SOURCE = 'public.ecr.aws/ecs-sandbox/web:v1';

export const repositoryUri = (sim: Simulation) =>
  `${sim.state.accountId}.dkr.ecr.${sim.state.region}.amazonaws.com/${REPOSITORY}`;

export const executionRoleArn = (sim: Simulation) =>
  `arn:aws:iam::${sim.state.accountId}:role/ecsTaskExecutionRole`;

/** The repository shop/api, if it exists. */
export const repository = (sim: Simulation) =>
  Object.prototype.hasOwnProperty.call(sim.state.ecr.repositories, REPOSITORY)
    ? sim.state.ecr.repositories[REPOSITORY]
    : undefined;

/** The images of shop/api, oldest push first. */
export const imagesOf = (sim: Simulation) =>
  Object.values(repository(sim)?.images ?? {}).sort((a, b) => a.imagePushedAt - b.imagePushedAt);

export const isRelease = (tags: ReadonlyArray<string>) => tags.some((t) => t.startsWith('release-'));

/**
 * The CI history: for 60 days, every day a build of the main branch pushed as `main` (on release days two), and on
 * two days of three a release pushed as `release-<n>`. Each `main` push moves the tag and leaves the previous build
 * untagged: 140 images, 99 of them untagged.
 */
function pushHistory(sim: Simulation): void {
  let release = 0;
  for (let day = 0; day < HISTORY_DAYS; day++) {
    const releaseDay = day % 3 !== 2;
    for (let build = 0; build < (releaseDay ? 2 : 1); build++) {
      sim.call('sim', 'PushImage', {
        repositoryName: REPOSITORY,
        imageTag: 'main',
        sourceImage: SOURCE,
        build: `main-${day}-${build}`,
      });
      sim.advance(3_600);
    }
    if (releaseDay) {
      release += 1;
      sim.call('sim', 'PushImage', {
        repositoryName: REPOSITORY,
        imageTag: `release-${release}`,
        sourceImage: SOURCE,
        build: `release-${release}`,
      });
    }
    sim.advance(DAY - (releaseDay ? 2 : 1) * 3_600);
  }
}

/** api's task definition: Fargate, release-40 from shop/api, logs to /ecs/api (a starting log group), the starting execution role. */
export const apiTaskDefinition = (sim: Simulation) => ({
  family: SERVICE,
  requiresCompatibilities: ['FARGATE' as const],
  networkMode: 'awsvpc' as const,
  cpu: '256',
  memory: '512',
  executionRoleArn: executionRoleArn(sim),
  containerDefinitions: [
    {
      name: SERVICE,
      image: `${repositoryUri(sim)}:release-${RELEASES}`,
      essential: true,
      portMappings: [{ containerPort: 8080 }],
      logConfiguration: {
        logDriver: 'awslogs' as const,
        options: {
          'awslogs-group': LOG_GROUP,
          'awslogs-region': sim.state.region,
          'awslogs-stream-prefix': SERVICE,
        },
      },
    },
  ],
});

/** The private subnets the platform team made for api: one per AZ, with their own route table and no route out. */
export const PRIVATE_SUBNETS = [
  { CidrBlock: '172.31.128.0/20', AvailabilityZone: 'us-east-1a' },
  { CidrBlock: '172.31.144.0/20', AvailabilityZone: 'us-east-1b' },
] as const;

export const vpcId = (sim: Simulation) => Object.values(sim.state.ec2.vpcs)[0]!.VpcId;

/** The starting (default) subnets of us-east-1a and us-east-1b: their route table sends 0.0.0.0/0 to a NAT gateway. */
export const defaultSubnetsOf = (sim: Simulation): string[] =>
  Object.values(sim.state.ec2.subnets)
    .filter(
      (s) =>
        (s.AvailabilityZone === 'us-east-1a' || s.AvailabilityZone === 'us-east-1b') &&
        !PRIVATE_SUBNETS.some((p) => p.CidrBlock === s.CidrBlock),
    )
    .map((s) => s.SubnetId);

/** The ids of the private subnets (by their CIDR blocks). */
export const privateSubnets = (sim: Simulation): string[] =>
  PRIVATE_SUBNETS.map(
    (p) => Object.values(sim.state.ec2.subnets).find((s) => s.CidrBlock === p.CidrBlock)!.SubnetId,
  );

/** The route table a subnet uses: its own association, else its VPC's main table. */
export const routeTableOf = (sim: Simulation, subnetId: string) => {
  const tables = Object.values(sim.state.ec2.routeTables ?? {});
  return (
    tables.find((t) => t.Associations.some((a) => a.SubnetId === subnetId)) ??
    tables.find(
      (t) => t.VpcId === sim.state.ec2.subnets[subnetId]?.VpcId && t.Associations.some((a) => a.Main),
    )
  );
};

/** The private subnets' own route table. */
export const privateRouteTable = (sim: Simulation) =>
  routeTableOf(sim, privateSubnets(sim)[0]!)!.RouteTableId;

/** Where a subnet's 0.0.0.0/0 traffic goes (a NAT or internet gateway id), or undefined for no route out. */
export const routeOut = (sim: Simulation, subnetId: string): string | undefined => {
  const route = routeTableOf(sim, subnetId)?.Routes.find((r) => r.DestinationCidrBlock === '0.0.0.0/0');
  return route ? (route.NatGatewayId ?? route.GatewayId) : undefined;
};

/** api's network: the private subnets, no public IP. */
export const privateNetwork = (sim: Simulation) => ({
  awsvpcConfiguration: { subnets: privateSubnets(sim), assignPublicIp: 'DISABLED' as const },
});

/** Two private subnets and their route table (local route only): what the platform team handed over. */
function buildPrivateSubnets(sim: Simulation): void {
  const vpc = vpcId(sim);
  const table = sim.call('ec2', 'CreateRouteTable', { VpcId: vpc }).RouteTable.RouteTableId;
  for (const p of PRIVATE_SUBNETS) {
    const subnet = sim.call('ec2', 'CreateSubnet', { VpcId: vpc, ...p }).Subnet.SubnetId;
    sim.call('ec2', 'AssociateRouteTable', { RouteTableId: table, SubnetId: subnet });
  }
}

/**
 * shop/api (MUTABLE, no scan on push, no lifecycle policy) with 60 days of CI pushes: release-1 … release-40,
 * `main`, and 99 untagged builds. Two new private subnets (us-east-1a/b) whose route table has only the local
 * route. Cluster shop; service api (2 tasks of release-40 on Fargate, no public IP) was just moved into the
 * private subnets, and its tasks cannot reach ECR.
 */
export default {
  seed: 9,
  build(sim) {
    sim.call('ecr', 'CreateRepository', { repositoryName: REPOSITORY });
    pushHistory(sim);
    buildPrivateSubnets(sim);
    sim.call('ecs', 'CreateCluster', { clusterName: CLUSTER });
    sim.call('ecs', 'RegisterTaskDefinition', apiTaskDefinition(sim));
    sim.call('ecs', 'CreateService', {
      cluster: CLUSTER,
      serviceName: SERVICE,
      taskDefinition: `${SERVICE}:1`,
      desiredCount: 2,
      launchType: 'FARGATE',
      networkConfiguration: privateNetwork(sim),
    });
    sim.advance(120);
  },
  controls: ['console', 'services', 'instances', 'events', 'time'],
} satisfies LessonScenario;

/** The lesson's lifecycle policy: keep the 20 newest release-* images; expire untagged images after 7 days. */
export const LIFECYCLE_POLICY = JSON.stringify({
  rules: [
    {
      rulePriority: 1,
      description: 'Keep the 20 newest releases',
      selection: {
        tagStatus: 'tagged',
        tagPrefixList: ['release-'],
        countType: 'imageCountMoreThan',
        countNumber: MAX_RELEASES,
      },
      action: { type: 'expire' },
    },
    {
      rulePriority: 2,
      description: 'Expire untagged images after 7 days',
      selection: {
        tagStatus: 'untagged',
        countType: 'sinceImagePushed',
        countUnit: 'days',
        countNumber: UNTAGGED_DAYS,
      },
      action: { type: 'expire' },
    },
  ],
});

export const prediction: Prediction = {
  prompt:
    'shop/api holds 140 images. You attach a lifecycle policy that keeps the 20 newest release-* images and ' +
    'expires untagged images older than 7 days, then list the images straight away. How many are there?',
  options: [
    { id: 'unchanged', text: 'Still 140: the policy only marks images; they expire when it runs later.' },
    { id: 'cleaned', text: 'About 30: the policy applies the moment it is attached.' },
    { id: 'twenty', text: 'Exactly 20: a lifecycle policy caps the whole repository at the count it names.' },
  ],
  outcome(sim) {
    const probe = sim.fork();
    const before = imagesOf(probe).length;
    probe.call('ecr', 'PutLifecyclePolicy', {
      repositoryName: REPOSITORY,
      lifecyclePolicyText: LIFECYCLE_POLICY,
    });
    const after = imagesOf(probe).length;
    if (after === before) return 'unchanged';
    return after === MAX_RELEASES ? 'twenty' : 'cleaned';
  },
  explanation:
    'Attaching a policy expires nothing on the spot. AWS says images expire within 24 hours of meeting the ' +
    'rules; the sandbox runs a new policy 30 minutes after you attach it and then once a day ' +
    '(GetLifecyclePolicy shows lastEvaluatedAt). To see what a policy will do before it does it, run a lifecycle ' +
    'policy preview.',
};
