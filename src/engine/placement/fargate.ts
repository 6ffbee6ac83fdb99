import type { EngineContext } from '../context';
import { isZoneFailed } from '../faults/zoneState';
import { fargateCountsOf } from '../indexes';
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

/** Live Fargate tasks of the cluster per AZ: all of them, and those of `group` (from the write-path index). */
function fargateTasksByAz(ctx: EngineContext, clusterArn: string, group: string) {
  const counts = fargateCountsOf(ctx.state, clusterArn);
  return { cluster: counts.byAz, inGroup: counts.byGroup.get(group) ?? new Map<string, number>() };
}

/**
 * Picks the subnet for one Fargate task: the AZ (among the subnets' AZs that are not failed by sim
 * FailAvailabilityZone) holding the fewest live Fargate tasks of the group in the cluster, ties broken by the
 * seeded generator; within it the first listed subnet (ecs-reference §3.2, §11). AWS promises only a
 * best-effort spread across AZs; this exact rule is the sandbox's model. Returns the subnet and the decision,
 * recorded in the task's trace for the explainer; undefined when every AZ offered is failed (no capacity).
 */
export function chooseFargateSubnet(
  ctx: EngineContext,
  clusterArn: string,
  subnets: ReadonlyArray<Subnet>,
  group: string,
): { subnet: Subnet; choice: FargateChoice } | undefined {
  const { cluster, inGroup } = fargateTasksByAz(ctx, clusterArn, group);
  const groupIn = (az: string) => inGroup.get(az) ?? 0;
  const offered = [...new Set(subnets.map((s) => s.AvailabilityZone))];
  const azs = offered.filter((az) => !isZoneFailed(ctx.state, az));
  if (azs.length === 0) return undefined;
  const failed = offered.filter((az) => !azs.includes(az));
  const fewest = Math.min(...azs.map(groupIn));
  const tied = azs.filter((az) => groupIn(az) === fewest);
  const az = tied.length > 1 ? tied[ctx.randomInt(tied.length)]! : tied[0]!;
  const subnet = subnets.find((s) => s.AvailabilityZone === az)!;
  const others = tied.filter((t) => t !== az);
  const choice: FargateChoice = {
    subnets: subnets.map((s) => ({
      subnetId: s.SubnetId,
      availabilityZone: s.AvailabilityZone,
      groupTasks: groupIn(s.AvailabilityZone),
      clusterTasks: cluster.get(s.AvailabilityZone) ?? 0,
    })),
    chosenSubnetId: subnet.SubnetId,
    chosenAvailabilityZone: az,
    tiedAvailabilityZones: tied,
    why:
      azs.length === 1
        ? `${offered.length === 1 ? 'The subnets offered only' : 'The only AZ with capacity was'} ${az}, so the task went there, in ${subnet.SubnetId}.`
        : `${az} had the fewest tasks of group ${group} (${fewest})` +
          (others.length
            ? `, tied with ${others.join(' and ')}, so the seeded generator picked it`
            : ` of the ${azs.length} AZs offered`) +
          `; the task's ENI went in ${subnet.SubnetId}, the first listed subnet in ${az}.` +
          (failed.length ? ` ${failed.join(' and ')} had no capacity (failed zone).` : ''),
  };
  return { subnet, choice };
}

/**
 * Places `count` Fargate tasks one after another (each sees the ones before), storing a trace for each and
 * emitting TaskPlaced. `create` makes the task record in the chosen subnet. Returns fewer than `count` tasks
 * when every AZ of the subnets is failed (callers report FARGATE_NO_CAPACITY for the rest).
 */
export function placeFargateTasks(
  ctx: EngineContext,
  request: FargateRequest,
  create: (subnet: Subnet, traceId: string) => Task,
): Task[] {
  const tasks: Task[] = [];
  for (let index = 0; index < request.count; index++) {
    const chosen = chooseFargateSubnet(ctx, request.cluster.clusterArn, request.subnets, request.group);
    if (!chosen) break;
    const { subnet, choice } = chosen;
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
