import type { EngineContext } from '../context';
import { taskPlans } from '../lifecycle/containers';
import { containerSpecs } from '../lifecycle/specs';
import { serviceTraffic } from '../load/usage';
import { onMinute } from '../scaling/minute';
import type { Task, TaskContainer } from '../model/ecs';
import type { ContainerDefinition } from '../model/taskDefinition';
import { serviceArnOfTask } from '../services/arn';
import { awslogsTargets, type AwslogsTarget } from './awslogs';
import { requestSummary, stopSignalLines, stoppedLines, timedLines, type ProgramView } from './appOutput';
import { findLogGroup } from './groups';
import { appendLogEvents, type LogLine } from './streams';

/**
 * The awslogs driver: what each container using it prints goes to its stream (`logs/awslogs.ts` names it) as
 * it happens. Called at every write of a task (`laterHooks.taskWritten`) and at each whole minute (the minute
 * clock, when it runs: it brings the request summaries); each container's stream remembers up to when its timed
 * lines were delivered (LogStream.deliveredTo), so a line is written once whichever comes first. A group that
 * does not exist (deleted while the task ran) swallows the lines, as PutLogEvents would fail.
 */

const containerOf = (task: Task, name: string): TaskContainer | undefined =>
  task.containers.find((c) => c.name === name);

function definitionOf(ctx: EngineContext, task: Task, name: string): ContainerDefinition | undefined {
  return ctx.state.ecs.taskDefinitions[task.taskDefinitionArn]?.containerDefinitions.find(
    (d) => d.name === name,
  );
}

/** The timed lines of one container up to now, and the cursor to store. */
function deliverTimed(
  ctx: EngineContext,
  task: Task,
  target: AwslogsTarget,
  extra: ReadonlyArray<LogLine>,
): void {
  const container = containerOf(task, target.container);
  if (!container || container.startedAt === undefined) return;
  const group = findLogGroup(ctx.state, target.group);
  if (!group) return;
  const specs = containerSpecs(ctx.state, task);
  const spec = specs.find((s) => s.name === target.container);
  const plan = taskPlans(task, specs).find((p) => p.name === target.container);
  if (!spec || !plan) return;
  const stream = group.streams[target.stream];
  const from = stream?.deliveredTo ?? -Infinity;
  const to = Math.min(ctx.now, plan.exitAt);
  const forced = task.forcedExits?.find((f) => f.containerName === target.container && f.at === plan.exitAt);
  const definition = definitionOf(ctx, task, target.container);
  const view: ProgramView = {
    image: spec.image,
    argv: spec.argv,
    ...(spec.healthCheck ? { healthCheck: spec.healthCheck } : {}),
    startAt: container.startedAt,
    exitAt: plan.exitAt,
    ...(plan.exitCode !== undefined ? { exitCode: plan.exitCode } : {}),
    ...(forced ? { forcedReason: forced.reason } : {}),
    ports: (definition?.portMappings ?? []).flatMap((m) =>
      m.containerPort !== undefined ? [m.containerPort] : [],
    ),
    startEpoch: ctx.state.startEpoch,
  };
  const lines = to > from ? timedLines(view, from, to) : [];
  appendLogEvents(ctx, target.group, target.stream, [...lines, ...extra], Math.max(from, ctx.now));
}

/** A task was written (`before` → `after`): deliver what its awslogs containers printed meanwhile. */
export function deliverTaskLogs(ctx: EngineContext, before: Task, after: Task): void {
  if (after.pullStoppedAt === undefined) return;
  const targets = awslogsTargets(ctx.state, after);
  if (targets.length === 0) return;
  const specs = containerSpecs(ctx.state, after);
  const stopping = after.lastStatus === 'STOPPING' && before.lastStatus !== 'STOPPING';
  for (const target of targets) {
    const was = containerOf(before, target.container);
    const now = containerOf(after, target.container);
    if (!now || now.startedAt === undefined) continue;
    // a container that had already stopped has nothing more to say
    if (now.lastStatus !== 'RUNNING' && was?.lastStatus !== 'RUNNING' && was?.startedAt !== undefined)
      continue;
    const image = specs.find((s) => s.name === target.container)?.image ?? now.image;
    const extra: LogLine[] = [];
    // docker stop: the image's stop signal, when the agent starts stopping the task
    if (stopping && now.lastStatus === 'RUNNING')
      extra.push(...stopSignalLines(image, ctx.now, ctx.state.startEpoch));
    // stopped by the agent (not by its own exit): a graceful stop ends in exit code 0
    const plan = taskPlans(after, specs).find((p) => p.name === target.container);
    if (
      was?.lastStatus === 'RUNNING' &&
      now.lastStatus === 'STOPPED' &&
      now.exitCode === 0 &&
      (plan?.exitAt ?? Infinity) > ctx.now
    )
      extra.push(...stoppedLines(image, ctx.now, ctx.state.startEpoch));
    deliverTimed(ctx, after, target, extra);
  }
}

/**
 * Each whole minute: the timed lines of every running task with awslogs, and the request summary of the
 * minute just ended for tasks of a service that gets load (sim SetLoad).
 */
export function deliverMinuteLogs(ctx: EngineContext): void {
  for (const task of Object.values(ctx.state.ecs.tasks)) {
    if (task.lastStatus !== 'RUNNING') continue;
    const targets = awslogsTargets(ctx.state, task);
    if (targets.length === 0) continue;
    const summary = minuteTraffic(ctx, task);
    const specs = containerSpecs(ctx.state, task);
    for (const target of targets) {
      const container = containerOf(task, target.container);
      if (container?.lastStatus !== 'RUNNING') continue;
      const image = specs.find((s) => s.name === target.container)?.image ?? container.image;
      const extra =
        summary && container.essential
          ? requestSummary(image, ctx.now, summary.served, summary.failed, summary.latencyMs)
          : [];
      deliverTimed(ctx, task, target, extra);
    }
  }
}

/** The task's share of its service's requests over the minute just ended (the rate at the minute's end). */
function minuteTraffic(
  ctx: EngineContext,
  task: Task,
): { served: number; failed: number; latencyMs: number } | undefined {
  const serviceArn = serviceArnOfTask(ctx.state, task);
  if (!serviceArn || !ctx.state.load[serviceArn]) return undefined;
  const service = ctx.state.ecs.services[serviceArn];
  if (!service) return undefined;
  const traffic = serviceTraffic(ctx.state, service, ctx.now);
  const share = traffic.perTask.get(task.taskArn) ?? 0;
  if (share <= 0) return undefined;
  const failed = traffic.served > 0 ? (traffic.errors * share) / traffic.served : 0;
  return { served: Math.round(share * 60), failed: Math.round(failed * 60), latencyMs: traffic.latencyMs };
}

/** Registers the minute's delivery (request summaries, health checks) with the minute clock. */
export function registerLogDelivery(): void {
  onMinute('metrics', deliverMinuteLogs);
}
