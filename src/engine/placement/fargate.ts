import type { EngineContext } from '../context';
import type { Subnet } from '../model/ec2';
import type { Cluster, Task } from '../model/ecs';
import type { TaskDefinition } from '../model/taskDefinition';
import type { FargateChoice, PlacementRequirement, PlacementTrace } from '../model/trace';

export interface FargateRequest {
  readonly cluster: Cluster;
  readonly taskDefinition: TaskDefinition;
  readonly requirement: PlacementRequirement;
  readonly group: string;
  readonly count: number;
  /** the request's subnets, in request order */
  readonly subnets: ReadonlyArray<Subnet>;
}

/** Live tasks of `group` per AZ. */
function groupTasksByAz(ctx: EngineContext, group: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const task of Object.values(ctx.state.ecs.tasks)) {
    if (task.group !== group || task.lastStatus === 'STOPPED') continue;
    counts.set(task.availabilityZone, (counts.get(task.availabilityZone) ?? 0) + 1);
  }
  return counts;
}

/**
 * Picks the subnet for one Fargate task: the AZ (among the subnets' AZs) holding the fewest live tasks of the
 * group, ties broken by the seeded generator; within it the first listed subnet (ecs-reference §3.2, §11).
 */
export function chooseFargateSubnet(ctx: EngineContext, subnets: ReadonlyArray<Subnet>, group: string) {
  const counts = groupTasksByAz(ctx, group);
  const countOf = (s: Subnet) => counts.get(s.AvailabilityZone) ?? 0;
  const azs = [...new Set(subnets.map((s) => s.AvailabilityZone))];
  const fewest = Math.min(...azs.map((az) => counts.get(az) ?? 0));
  const tied = azs.filter((az) => (counts.get(az) ?? 0) === fewest);
  const az = tied.length > 1 ? tied[ctx.randomInt(tied.length)]! : tied[0]!;
  const subnet = subnets.find((s) => s.AvailabilityZone === az)!;
  const choice: FargateChoice = {
    subnets: subnets.map((s) => ({
      subnetId: s.SubnetId,
      availabilityZone: s.AvailabilityZone,
      groupTasks: countOf(s),
    })),
    chosenSubnetId: subnet.SubnetId,
    why:
      `Fargate spreads a group's tasks across the AZs of the task's subnets. ${az} had the fewest tasks of ` +
      `group ${group} (${fewest})` +
      (tied.length > 1
        ? `, tied with ${tied.length - 1} other AZ(s), so the seeded generator picked it`
        : '') +
      `; the task's ENI goes in ${subnet.SubnetId}, the first listed subnet there.`,
  };
  return { subnet, choice };
}

/**
 * Places `count` Fargate tasks one after another (each sees the ones before), storing a trace for each and
 * emitting TaskPlaced. `create` makes the task record in the chosen subnet.
 */
export function placeFargateTasks(
  ctx: EngineContext,
  request: FargateRequest,
  create: (subnet: Subnet, traceId: string) => Task,
): Task[] {
  const tasks: Task[] = [];
  for (let index = 0; index < request.count; index++) {
    const { subnet, choice } = chooseFargateSubnet(ctx, request.subnets, request.group);
    const id = `placement-${ctx.nextSeq()}`;
    const task = create(subnet, id);
    const trace: PlacementTrace = {
      id,
      at: ctx.now,
      clusterArn: request.cluster.clusterArn,
      taskDefinitionArn: request.taskDefinition.taskDefinitionArn,
      group: request.group,
      index,
      count: request.count,
      launchType: 'FARGATE',
      requirement: request.requirement,
      constraints: [],
      strategies: [],
      candidateCount: 0,
      rejected: {},
      candidates: [],
      steps: [],
      taskArn: task.taskArn,
      fargate: choice,
    };
    ctx.tx.set(ctx.state.traces, id, trace);
    ctx.emit({
      type: 'TaskPlaced',
      at: ctx.now,
      taskArn: task.taskArn,
      clusterArn: request.cluster.clusterArn,
      availabilityZone: task.availabilityZone,
      traceId: id,
    });
    tasks.push(task);
  }
  return tasks;
}
