import { containerInstancesInput } from '../../src/course/fixtures';
import { DEMO_APP, type Simulation, type Task } from '../../src/engine/index';
import { arnName } from '../../src/lib/arn';

/** Names and reads shared by lesson 05's scenario, goals, solution and quiz. */

export const CLUSTER = 'acme';
export const VISION = 'vision';
export const STOREFRONT = 'storefront';
export const NIGHTLY = 'nightly';
export const STOREFRONT_TASKS = 2;

/** The ECS GPU-optimized AMI (Amazon Linux 2 with the NVIDIA driver), as its public SSM parameter. */
export const GPU_AMI = 'resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2/gpu/recommended/image_id';

/** vision:1 — GPU inference on EC2: one whole GPU per task. */
export const VISION_V1 = {
  family: VISION,
  requiresCompatibilities: ['EC2' as const],
  networkMode: 'bridge' as const,
  containerDefinitions: [
    {
      name: VISION,
      image: `${DEMO_APP}:v1`,
      cpu: 1024,
      memory: 4096,
      essential: true,
      portMappings: [{ containerPort: 8080, hostPort: 0 }],
      resourceRequirements: [{ type: 'GPU' as const, value: '1' }],
    },
  ],
};

/** storefront:1 — the web API, Fargate-ready. */
export const STOREFRONT_V1 = {
  family: STOREFRONT,
  requiresCompatibilities: ['FARGATE' as const, 'EC2' as const],
  networkMode: 'awsvpc' as const,
  cpu: '512',
  memory: '1024',
  containerDefinitions: [
    { name: STOREFRONT, image: `${DEMO_APP}:v1`, essential: true, portMappings: [{ containerPort: 8080 }] },
  ],
};

/** nightly:1 — the report job: works for 10 minutes, exits 0; it can be rerun if interrupted. */
export const NIGHTLY_V1 = {
  family: NIGHTLY,
  requiresCompatibilities: ['FARGATE' as const, 'EC2' as const],
  networkMode: 'awsvpc' as const,
  cpu: '1024',
  memory: '2048',
  containerDefinitions: [
    {
      name: NIGHTLY,
      image: 'busybox:latest',
      essential: true,
      command: ['sh', '-c', 'echo building the nightly report; sleep 600; echo done'],
    },
  ],
};

/** The RunInstances input for one GPU container instance (g4dn.xlarge) joining acme, with the AMI given. */
export const gpuInstanceInput = (ami: 'gpu' | 'standard' = 'gpu') => ({
  ...containerInstancesInput({
    cluster: CLUSTER,
    instanceType: 'g4dn.xlarge',
    availabilityZone: 'us-east-1a',
    name: 'gpu-1',
  }),
  ...(ami === 'gpu' ? { ImageId: GPU_AMI } : {}),
});

export const awsvpc = (sim: Simulation) => ({
  awsvpcConfiguration: {
    subnets: Object.values(sim.state.ec2.subnets).map((s) => s.SubnetId),
    assignPublicIp: 'ENABLED' as const,
  },
});

export const inAcme = (t: Task) => arnName(t.clusterArn) === CLUSTER;

/** Tasks of a service (`service:name`) or of standalone runs of a family (`family:name`). */
export const tasksInGroup = (sim: Simulation, group: string): ReadonlyArray<Task> =>
  Object.values(sim.state.ecs.tasks).filter((t) => inAcme(t) && t.group === group);

export const running = (tasks: ReadonlyArray<Task>) => tasks.filter((t) => t.lastStatus === 'RUNNING');

/** The EC2 instance type under a task on EC2, if any. */
export function instanceTypeOf(sim: Simulation, task: Task): string | undefined {
  const ci = task.containerInstanceArn
    ? sim.state.ecs.containerInstances[task.containerInstanceArn]
    : undefined;
  return ci ? sim.state.ec2.instances[ci.ec2InstanceId]?.InstanceType : undefined;
}

/** Where a task runs, in the lesson's words: FARGATE, FARGATE_SPOT or EC2 <type>. */
export function whereRuns(sim: Simulation, task: Task): string {
  if (task.launchType === 'FARGATE' || task.capacityProviderName?.startsWith('FARGATE'))
    return task.capacityProviderName === 'FARGATE_SPOT' ? 'FARGATE_SPOT' : 'FARGATE';
  return `EC2 ${instanceTypeOf(sim, task) ?? '(unknown instance)'}`;
}

/** The newest service event of `name` in acme. */
export function lastEvent(sim: Simulation, name: string): string | undefined {
  return Object.values(sim.state.ecs.services).find((s) => s.serviceName === name && s.status === 'ACTIVE')
    ?.events[0]?.message;
}
/** Whether the container instance under a task registered GPUs (a GPU type on the GPU-optimized AMI). */
export function findInstanceGpus(sim: Simulation, task: Task): boolean {
  const ci = task.containerInstanceArn
    ? sim.state.ecs.containerInstances[task.containerInstanceArn]
    : undefined;
  return (ci?.registeredResources.gpus?.length ?? 0) > 0;
}
