/**
 * Placement throughput through the public contract (issue 9): everything goes through `sim.call`, as a learner's
 * script would. 1,000 m5.xlarge instances launched with `ec2 RunInstances` (user data `ECS_CLUSTER=bench`) into
 * the three default subnets and registered by their agents; then RunTask calls of 10 tasks with
 * spread(AZ) + binpack(memory) and a memberOf constraint, timed per task so the cost's growth shows.
 */
import { ECS_INSTANCE_ROLE, ECS_OPTIMIZED_AMI, ecsConfigUserData } from '../src/course/fixtures';
import { createSimulation, type InputOf, type Simulation } from '../src/engine/index';

const INSTANCES = 1000;
const PER_CALL = 10;
/** RunInstances takes at most 100 instances per call */
const LAUNCH_BATCH = 100;
/** the first and last this many tasks are timed on their own */
const WINDOW = 1000;

export interface PlacementVariantResult {
  readonly name: string;
  readonly tasks: number;
  readonly failures: number;
  readonly overall: number;
  /** placements per second of process CPU time (steadier than wall time on a shared machine) */
  readonly overallCpu: number;
  readonly first: number;
  readonly last: number;
  readonly ratio: number;
}

/** A cluster of 1,000 m5.xlarge instances over the three default subnets, registered by their agents. */
export function publicCluster(): Simulation {
  const sim = createSimulation({ seed: 1 });
  sim.call('ecs', 'CreateCluster', { clusterName: 'bench' });
  const subnets = sim.call('ec2', 'DescribeSubnets', {}).Subnets.map((s) => s.SubnetId);
  for (let launched = 0, b = 0; launched < INSTANCES; launched += LAUNCH_BATCH, b++) {
    const count = Math.min(LAUNCH_BATCH, INSTANCES - launched);
    sim.call('ec2', 'RunInstances', {
      ImageId: ECS_OPTIMIZED_AMI,
      InstanceType: 'm5.xlarge',
      MinCount: count,
      MaxCount: count,
      SubnetId: subnets[b % subnets.length]!,
      IamInstanceProfile: { Name: ECS_INSTANCE_ROLE },
      UserData: ecsConfigUserData({ ECS_CLUSTER: 'bench' }),
    });
  }
  let registered = 0;
  for (let waited = 0; waited < 600 && registered < INSTANCES; waited += 30) {
    sim.advance(30);
    registered = countRegistered(sim);
  }
  if (registered !== INSTANCES) throw new Error(`only ${registered} of ${INSTANCES} agents registered`);
  return sim;
}

function countRegistered(sim: Simulation): number {
  let total = 0;
  let nextToken: string | undefined;
  do {
    const page = sim.call('ecs', 'ListContainerInstances', {
      cluster: 'bench',
      maxResults: 100,
      ...(nextToken ? { nextToken } : {}),
    });
    total += page.containerInstanceArns.length;
    nextToken = page.nextToken;
  } while (nextToken);
  return total;
}

interface Variant {
  readonly name: string;
  readonly networkMode: 'bridge' | 'awsvpc';
  readonly distinctInstance: boolean;
  /** how many tasks to ask for in all */
  readonly tasks: number;
}

export const VARIANTS: ReadonlyArray<Variant> = [
  { name: 'bridge, dynamic host port', networkMode: 'bridge', distinctInstance: false, tasks: 10_000 },
  // no ENI trunking: an m5.xlarge has 4 ENIs, 3 for tasks, so 3,000 awsvpc tasks fill the cluster exactly
  { name: 'awsvpc, ENI limit binding', networkMode: 'awsvpc', distinctInstance: false, tasks: 3_000 },
  // ten groups of 1,000 tasks, each group one task per instance: the cluster fills group by group
  {
    name: 'bridge + distinctInstance (10 groups)',
    networkMode: 'bridge',
    distinctInstance: true,
    tasks: 10_000,
  },
];

function runTaskInput(sim: Simulation, variant: Variant, call: number): InputOf<'ecs', 'RunTask'> {
  const subnets = sim.state.ec2.subnets;
  return {
    cluster: 'bench',
    taskDefinition: 'web',
    count: PER_CALL,
    placementStrategy: [
      { type: 'spread', field: 'attribute:ecs.availability-zone' },
      { type: 'binpack', field: 'memory' },
    ],
    placementConstraints: [
      { type: 'memberOf', expression: 'attribute:ecs.instance-type == m5.xlarge' },
      ...(variant.distinctInstance ? [{ type: 'distinctInstance' as const }] : []),
    ],
    ...(variant.distinctInstance ? { group: `batch:${call % 10}` } : {}),
    ...(variant.networkMode === 'awsvpc'
      ? { networkConfiguration: { awsvpcConfiguration: { subnets: Object.keys(subnets) } } }
      : {}),
  };
}

/** Runs one variant on a fresh cluster; times each call and attributes it to its tasks. */
export function benchPlacementVariant(variant: Variant, sim = publicCluster()): PlacementVariantResult {
  sim.call('ecs', 'RegisterTaskDefinition', {
    family: 'web',
    networkMode: variant.networkMode,
    containerDefinitions: [
      {
        name: 'web',
        image: 'public.ecr.aws/nginx/nginx:latest',
        cpu: 64,
        memoryReservation: 256,
        essential: true,
        portMappings: [
          variant.networkMode === 'awsvpc' ? { containerPort: 80 } : { containerPort: 80, hostPort: 0 },
        ],
      },
    ],
  });
  const perTask: number[] = [];
  let failures = 0;
  const calls = Math.ceil(variant.tasks / PER_CALL);
  const cpuBefore = process.cpuUsage();
  for (let c = 0; c < calls; c++) {
    const start = performance.now();
    const out = sim.call('ecs', 'RunTask', runTaskInput(sim, variant, c));
    const ms = performance.now() - start;
    failures += PER_CALL - out.tasks.length;
    for (let t = 0; t < out.tasks.length; t++) perTask.push(ms / out.tasks.length);
  }
  const cpu = process.cpuUsage(cpuBefore);
  const rate = (times: ReadonlyArray<number>) => (times.length * 1000) / times.reduce((a, b) => a + b, 0);
  const first = rate(perTask.slice(0, WINDOW));
  const last = rate(perTask.slice(-WINDOW));
  return {
    name: variant.name,
    tasks: perTask.length,
    failures,
    overall: rate(perTask),
    overallCpu: perTask.length / ((cpu.user + cpu.system) / 1e6),
    first,
    last,
    ratio: last / first,
  };
}

export function benchPlacementPublic(): PlacementVariantResult[] {
  return VARIANTS.map((v) => benchPlacementVariant(v));
}

// `node --import tsx bench/placementPublic.ts` runs it alone
if (process.argv[1]?.endsWith('placementPublic.ts')) {
  const only = process.env.BENCH_VARIANT;
  for (const v of VARIANTS) {
    if (only !== undefined && !v.name.startsWith(only)) continue;
    const r = benchPlacementVariant(v);
    console.log(
      `${r.name.padEnd(40)} tasks ${r.tasks} failures ${r.failures}  overall ${r.overall.toFixed(0)}/s ` +
        `(CPU time ${r.overallCpu.toFixed(0)}/s)  ` +
        `first ${r.first.toFixed(0)}/s  last ${r.last.toFixed(0)}/s  last/first ${r.ratio.toFixed(2)}`,
    );
  }
}
