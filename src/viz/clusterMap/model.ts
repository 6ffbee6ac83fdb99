import type { DeepReadonly, SimState, Task } from '../../engine/index';
import {
  attributeValueOf,
  availabilityZoneOf,
  conditionOf,
  instanceEntries,
  instanceTitle,
  isSpotInstance,
  nameTagOf,
  instanceTypeOf,
  taskPortsOf,
  usageOf,
  type InstanceEntry,
} from './instances';
import { shortId } from '../../lib/arn';
import { categoriesOf, categoryIndexes, FARGATE_PROVIDERS, taskView, type ServiceRole } from './tasks';
import type {
  CapacityCounts,
  ClusterMapModel,
  GroupBy,
  GroupView,
  InstanceView,
  LaneView,
  TaskView,
} from './types';

export type * from './types';

export interface ClusterMapOptions {
  readonly groupBy: GroupBy;
  /** container instance ARNs to mark (e.g. what a memberOf expression matches as the learner types) */
  readonly highlighted?: ReadonlySet<string>;
  readonly selectedTaskArn?: string;
  /** only this cluster's instances and tasks; all of them when absent */
  readonly clusterArn?: string;
}

type ReadTask = DeepReadonly<Task>;

const UNPLACED = 'unplaced';

/** The band an instance belongs to: its key and the heading shown above it. */
function bandOf(e: InstanceEntry, groupBy: GroupBy): { key: string; label: string } {
  if (groupBy === 'availabilityZone') return azBand(availabilityZoneOf(e));
  if (groupBy === 'instanceType') return { key: `type:${instanceTypeOf(e)}`, label: instanceTypeOf(e) };
  const name = groupBy.slice('attribute:'.length);
  const value = attributeValueOf(e, name);
  return {
    key: `attribute:${value}`,
    label: value.startsWith('(') ? `${name} ${value}` : `${name} = ${value}`,
  };
}

const azBand = (az: string) => ({ key: `az:${az}`, label: az });

function groupNounOf(groupBy: GroupBy): string {
  if (groupBy === 'availabilityZone') return 'availability zone';
  if (groupBy === 'instanceType') return 'instance type';
  return `value of ${groupBy.slice('attribute:'.length)}`;
}

/** one collator for every comparison: `localeCompare` with options builds a new one per call (slow on load) */
const naturalOrder = new Intl.Collator('en', { numeric: true });

/** Real values in natural order; the "(…)" placeholders after them. */
const byGroupKey = (a: string, b: string) =>
  Number(a.startsWith('(')) - Number(b.startsWith('(')) || naturalOrder.compare(a, b);

function instanceView(
  e: InstanceEntry,
  now: number,
  tasks: TaskView[],
  highlighted: ReadonlySet<string>,
): InstanceView {
  const { condition, text } = conditionOf(e, now);
  const usage = e.ci ? usageOf(e.ci) : undefined;
  const ports = e.ci ? taskPortsOf(e.ci) : [];
  const az = availabilityZoneOf(e);
  const type = instanceTypeOf(e);
  const count = (phase: TaskView['phase']) => tasks.filter((t) => t.phase === phase).length;
  const name = nameTagOf(e);
  // EC2 shows the public address only while the instance runs
  const running = e.ec2?.State === 'running' ? e.ec2 : undefined;
  const spot = isSpotInstance(e);
  const provider = e.ci?.capacityProviderName;
  const tooltip = [
    name === undefined ? `${e.key} (${type}) in ${az}` : `${name} (${e.key}, ${type}) in ${az}`,
    ...(running?.PublicIpAddress
      ? [`Public IP ${running.PublicIpAddress}, private ${running.PrivateIpAddress}`]
      : []),
    text,
    // the purchase option is EC2's to tell: an instance known only by its container instance gets no line
    ...(spot
      ? ['Spot Instance: EC2 can reclaim it with a two-minute warning']
      : e.ec2
        ? ['On-Demand Instance']
        : []),
    ...(provider ? [`Capacity provider ${provider}`] : []),
    ...(usage
      ? [
          `CPU: ${usage.cpu.used} of ${usage.cpu.total} units reserved, ${usage.cpu.total - usage.cpu.used} free`,
          `Memory: ${usage.memory.used} of ${usage.memory.total} MiB reserved, ${usage.memory.total - usage.memory.used} free`,
          `Static ports in use: ${ports.length ? ports.join(', ') : 'none'}`,
          `Task ENIs: ${usage.eni.used} of ${usage.eni.total} slots`,
        ]
      : []),
    `Tasks: ${tasks.length} (${count('running')} running, ${count('pending')} pending, ${count('stopping')} stopping)`,
  ];
  return {
    key: e.key,
    containerInstanceArn: e.ci?.containerInstanceArn,
    title: instanceTitle(e),
    ...(name === undefined ? {} : { name }),
    instanceType: type,
    availabilityZone: az,
    condition,
    statusText: text,
    cpu: usage?.cpu,
    memory: usage?.memory,
    eni: usage?.eni,
    ports,
    highlighted: e.ci !== undefined && highlighted.has(e.ci.containerInstanceArn),
    ...(provider ? { capacityProvider: provider } : {}),
    ...(spot ? { spot } : {}),
    tasks,
    tooltip,
  };
}

/**
 * What services add to their tasks' views: old or new deployment while a rollout runs, and the health of the
 * targets the scheduler registered. Built once per map; keyed by task ARN.
 */
function serviceRoles(state: DeepReadonly<SimState>): (task: ReadTask) => ServiceRole | undefined {
  const primaries = new Map<string, { primary: string; rolling: boolean }>();
  for (const s of Object.values(state.ecs.services)) {
    primaries.set(`${s.clusterArn} service:${s.serviceName}`, {
      primary: s.deployments[0]?.id ?? '',
      rolling: s.deployments.length > 1,
    });
  }
  const targets = new Map<string, ServiceRole['targets'][number][]>();
  for (const t of Object.values(state.elbv2.targets)) {
    if (!t.taskArn) continue;
    const group = state.elbv2.targetGroups[t.targetGroupArn]?.TargetGroupName ?? t.targetGroupArn;
    const entry = { group, id: t.Id, port: t.Port, state: t.health.State };
    (targets.get(t.taskArn) ?? targets.set(t.taskArn, []).get(t.taskArn)!).push(entry);
  }
  return (task) => {
    const service = primaries.get(`${task.clusterArn} ${task.group}`);
    if (!service) return undefined;
    return {
      ...(service.rolling ? { deployment: task.startedBy === service.primary ? 'new' : 'old' } : {}),
      targets: targets.get(task.taskArn) ?? [],
    };
  };
}

const oldestFirst = (a: ReadTask, b: ReadTask) =>
  a.createdAt - b.createdAt || (a.taskArn < b.taskArn ? -1 : 1);

/** Counts the capacity marks on the map (the legend shows a mark's key only when the map has one). */
function capacityCounts(groups: ReadonlyArray<GroupView>): CapacityCounts {
  const instances = groups.flatMap((g) => g.instances);
  const tasks = [
    ...instances.flatMap((i) => i.tasks),
    ...groups.flatMap((g) => g.lanes.flatMap((l) => l.tasks)),
  ];
  return {
    fargateSpotTasks: tasks.filter((t) => t.spot === 'fargate').length,
    tasksOnSpotInstances: tasks.filter((t) => t.spot === 'instance').length,
    spotInstances: instances.filter((i) => i.spot).length,
    providerInstances: instances.filter((i) => i.capacityProvider !== undefined).length,
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "; on Spot: 1 instance with 2 tasks and 3 Fargate Spot tasks", or nothing when nothing runs on Spot. */
function spotPart(c: CapacityCounts): string {
  const onInstances = c.tasksOnSpotInstances ? plural(c.tasksOnSpotInstances, 'task') : 'no tasks';
  const parts = [
    ...(c.spotInstances ? [`${plural(c.spotInstances, 'instance')} with ${onInstances}`] : []),
    ...(c.fargateSpotTasks ? [plural(c.fargateSpotTasks, 'Fargate Spot task')] : []),
  ];
  return parts.length ? `; on Spot: ${parts.join(' and ')}` : '';
}

function summaryOf(groupNoun: string, groups: ReadonlyArray<GroupView>, capacity: CapacityCounts): string {
  const instances = groups.flatMap((g) => g.instances);
  const laneTasks = groups.flatMap((g) => g.lanes.flatMap((l) => l.tasks));
  const tasks = [...instances.flatMap((i) => i.tasks), ...laneTasks];
  const tally = (items: ReadonlyArray<string>) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
    return [...counts].map(([name, n]) => `${n} ${name}`).join(', ');
  };
  const groupCount = groups.filter((g) => g.instances.length > 0).length;
  const instancePart = instances.length
    ? `${plural(instances.length, 'instance')} in ${plural(groupCount, groupNoun)} (${tally(instances.map((i) => i.condition))})`
    : 'no instances';
  const taskPart = tasks.length
    ? `${plural(tasks.length, 'task')}: ${tally(tasks.map((t) => t.phase))}`
    : 'no tasks';
  const fargate = groups.flatMap((g) => g.lanes).filter((l) => l.kind === 'fargate');
  const fargateCount = fargate.reduce((n, l) => n + l.tasks.length, 0);
  return `Cluster map by ${groupNoun}: ${instancePart}; ${taskPart}${fargateCount ? `; ${fargateCount} on Fargate` : ''}${spotPart(capacity)}.`;
}

/**
 * Pure: maps a simulator snapshot to what the cluster map draws — instances grouped into bands with their
 * resource use and tasks, a Fargate lane per AZ, tasks still waiting for an instance, colour categories and a
 * summary sentence. Stopped tasks and terminated instances are left out; nothing is recomputed that the
 * engine already decided (placement is read from each task's containerInstanceArn).
 */
export function buildClusterMap(state: DeepReadonly<SimState>, options: ClusterMapOptions): ClusterMapModel {
  const { groupBy, highlighted = new Set<string>(), selectedTaskArn, clusterArn } = options;
  const allTasks = Object.values(state.ecs.tasks).filter((t) => !clusterArn || t.clusterArn === clusterArn);
  const categories = categoryIndexes(allTasks);
  const roleOf = serviceRoles(state);
  const entries = instanceEntries(state, clusterArn);
  const entryByCi = new Map(entries.flatMap((e) => (e.ci ? [[e.ci.containerInstanceArn as string, e]] : [])));

  const onInstance = new Map<string, TaskView[]>();
  const fargate = new Map<string, TaskView[]>();
  const unplaced: TaskView[] = [];
  const push = (map: Map<string, TaskView[]>, key: string, view: TaskView) =>
    (map.get(key) ?? map.set(key, []).get(key)!).push(view);
  for (const task of allTasks.filter((t) => t.lastStatus !== 'STOPPED').sort(oldestFirst)) {
    const entry = task.containerInstanceArn ? entryByCi.get(task.containerInstanceArn) : undefined;
    const view = (where: string, detail: string, onSpotInstance = false) =>
      taskView(
        task,
        { where, detail, onSpotInstance },
        categories.get(task.group) ?? 0,
        selectedTaskArn,
        roleOf(task),
      );
    if (entry) {
      const az = availabilityZoneOf(entry);
      const detail = `On ${entry.key} (${instanceTypeOf(entry)}) in ${az}`;
      push(onInstance, entry.key, view(`on ${shortId(entry.key)} in ${az}`, detail, isSpotInstance(entry)));
    } else if (task.launchType === 'FARGATE' || FARGATE_PROVIDERS.has(task.capacityProviderName ?? '')) {
      const where = `on Fargate in ${task.availabilityZone}`;
      push(fargate, task.availabilityZone, view(where, `On Fargate in ${task.availabilityZone}`));
    } else {
      unplaced.push(view('waiting for an instance', 'Not on an instance yet'));
    }
  }

  type Band = { label: string; instances: InstanceView[]; lanes: LaneView[] };
  const bands = new Map<string, Band>();
  const band = ({ key, label }: { key: string; label: string }) =>
    bands.get(key) ?? bands.set(key, { label, instances: [], lanes: [] }).get(key)!;
  for (const e of entries) {
    const view = instanceView(e, state.clock.now, onInstance.get(e.key) ?? [], highlighted);
    band(bandOf(e, groupBy)).instances.push(view);
  }
  const valueOf = (key: string) => key.slice(key.indexOf(':') + 1);
  const instanceBands = [...bands.keys()].sort((a, b) => byGroupKey(valueOf(a), valueOf(b)));
  const laneBands: string[] = [];
  for (const [az, tasks] of [...fargate].sort(([a], [b]) => byGroupKey(a, b))) {
    const into =
      groupBy === 'availabilityZone' ? azBand(az) : { key: `fargate:${az}`, label: `Fargate in ${az}` };
    if (!bands.has(into.key)) laneBands.push(into.key);
    band(into).lanes.push({ key: `fargate:${az}`, kind: 'fargate', label: 'Fargate', tasks });
  }
  if (unplaced.length) {
    laneBands.push(UNPLACED);
    band({ key: UNPLACED, label: 'Not on an instance yet' }).lanes.push({
      key: UNPLACED,
      kind: 'unplaced',
      label: 'Waiting for capacity',
      tasks: unplaced,
    });
  }
  const groups: GroupView[] = [...instanceBands, ...laneBands].map((key) => ({ key, ...bands.get(key)! }));
  const groupNoun = groupNounOf(groupBy);
  const visible = groups.flatMap((g) => [
    ...g.instances.flatMap((i) => i.tasks),
    ...g.lanes.flatMap((l) => l.tasks),
  ]);
  const capacity = capacityCounts(groups);
  return {
    groupBy,
    groupNoun,
    groups,
    categories: categoriesOf(visible),
    capacity,
    summary: summaryOf(groupNoun, groups, capacity),
  };
}
