import type { DeepReadonly, TargetHealthState, Task } from '../../engine/index';
import { arnName, shortId } from '../../lib/arn';
import { categoryLetter } from '../shared/theme';
import type { CategoryView, TaskPhase, TaskView } from './types';

type ReadTask = DeepReadonly<Task>;

const PENDING_STATUSES: ReadonlySet<string> = new Set(['PROVISIONING', 'PENDING', 'ACTIVATING']);

/** Folds ECS's task statuses into the three the map shows; a task told to stop counts as stopping at once. */
export function taskPhase(task: Pick<ReadTask, 'lastStatus' | 'desiredStatus'>): TaskPhase {
  if (task.desiredStatus === 'STOPPED') return 'stopping';
  if (task.lastStatus === 'RUNNING') return 'running';
  return PENDING_STATUSES.has(task.lastStatus) ? 'pending' : 'stopping';
}

/** The readable name of a task group: `service:web` → "web (service)". */
export function categoryLabel(group: string): string {
  const colon = group.indexOf(':');
  return colon > 0 ? `${group.slice(colon + 1)} (${group.slice(0, colon)})` : group;
}

/**
 * Palette indexes for task groups, in the order each group first appeared (its earliest task, stopped ones
 * included), so a group keeps its colour while others come and go.
 */
export function categoryIndexes(tasks: Iterable<ReadTask>): Map<string, number> {
  const first = new Map<string, number>();
  for (const t of tasks) first.set(t.group, Math.min(first.get(t.group) ?? Infinity, t.createdAt));
  const order = [...first].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  return new Map(order.map(([group], i) => [group, i]));
}

/** The legend's categories for the groups present among `visible` tasks, in palette order. */
export function categoriesOf(visible: ReadonlyArray<TaskView>): CategoryView[] {
  const seen = new Map<string, CategoryView>();
  for (const t of visible) {
    if (!seen.has(t.category)) {
      seen.set(t.category, {
        key: t.category,
        label: categoryLabel(t.category),
        index: t.categoryIndex,
        letter: t.letter,
      });
    }
  }
  return [...seen.values()].sort((a, b) => a.index - b.index);
}

/** Where a task is, in words: "on i-0abc12… in us-east-1b", "on Fargate in us-east-1b". */
export interface TaskPlace {
  readonly where: string;
  readonly detail: string;
  /** the instance the task is on is a Spot Instance */
  readonly onSpotInstance?: boolean;
}

/** The capacity providers AWS gives every Fargate cluster. */
export const FARGATE_PROVIDERS: ReadonlySet<string> = new Set(['FARGATE', 'FARGATE_SPOT']);

const capitalise = (text: string) => text[0]!.toUpperCase() + text.slice(1);

/** What a task's capacity adds to its view: the Spot kind, the words for its accessible name, tooltip lines. */
function capacityOf(
  task: ReadTask,
  place: TaskPlace,
): { spot?: 'fargate' | 'instance'; words: string[]; lines: string[] } {
  const provider = task.capacityProviderName;
  if (provider === 'FARGATE_SPOT') {
    const name = 'Fargate Spot (capacity provider FARGATE_SPOT)';
    const warning = 'Spot: AWS can stop it with a two-minute warning when it needs the capacity back';
    return { spot: 'fargate', words: [name], lines: [name, warning] };
  }
  const named =
    provider === 'FARGATE'
      ? 'Fargate (capacity provider FARGATE)'
      : provider
        ? `capacity provider ${provider}`
        : undefined;
  const words = named ? [named] : [];
  if (!place.onSpotInstance) return { words, lines: words.map(capitalise) };
  return {
    spot: 'instance',
    words: [...words, 'on a Spot Instance'],
    lines: [...words.map(capitalise), 'On a Spot Instance: EC2 can reclaim it with a two-minute warning'],
  };
}

/** What a service adds to its task's view: which deployment the task is of, and its load balancer targets. */
export interface ServiceRole {
  /** set while the service has more than one deployment */
  readonly deployment?: 'old' | 'new';
  readonly targets: ReadonlyArray<{
    readonly group: string;
    readonly id: string;
    readonly port: number;
    readonly state: TargetHealthState;
  }>;
}

/** Target states from worst to best: the block shows the worst of a task's targets. */
const TARGET_ORDER: ReadonlyArray<TargetHealthState> = [
  'unhealthy',
  'unhealthy.draining',
  'unavailable',
  'draining',
  'initial',
  'unused',
  'healthy',
];

/** "host port 32768 → 8080" for each binding the agent made (dynamic ports included). */
function bindingsOf(task: ReadTask): string[] {
  return task.containers.flatMap((c) =>
    (c.networkBindings ?? []).map((b) => `host port ${b.hostPort} → ${c.name}:${b.containerPort}`),
  );
}

/** The view of one task: its label, state, colour category, accessible name and tooltip lines. */
export function taskView(
  task: ReadTask,
  place: TaskPlace,
  categoryIndex: number,
  selectedTaskArn: string | undefined,
  role?: ServiceRole,
): TaskView {
  const label = arnName(task.taskDefinitionArn);
  const r = task.reserved;
  const ports = [...r.ports.map((p) => `${p}/tcp`), ...r.portsUdp.map((p) => `${p}/udp`)];
  const desired = task.desiredStatus === task.lastStatus ? '' : ` (desired ${task.desiredStatus})`;
  const capacity = capacityOf(task, place);
  const tooltip = [
    `${label} · task ${shortId(arnName(task.taskArn))}`,
    `${task.lastStatus}${desired}`,
    `Group ${task.group}`,
    `Reserves ${r.cpu} CPU units and ${r.memory} MiB`,
    ...(ports.length ? [`Static host ports ${ports.join(', ')}`] : []),
    ...(r.eni ? ['Has its own ENI (awsvpc)'] : []),
    ...bindingsOf(task).map(capitalise),
    ...(role?.deployment === 'old' ? ['Old deployment: the rolling update is replacing it'] : []),
    ...(role?.deployment === 'new' ? ['New (PRIMARY) deployment'] : []),
    ...(role?.targets ?? []).map((t) => `Target ${t.id}:${t.port} in ${t.group}: ${t.state}`),
    place.detail,
    ...capacity.lines,
    ...(task.stoppedReason ? [`Stopping: ${task.stoppedReason}`] : []),
  ];
  const target = role?.targets.length
    ? TARGET_ORDER.find((state) => role.targets.some((t) => t.state === state))
    : undefined;
  const extra = [
    ...capacity.words,
    role?.deployment === 'old' ? 'old deployment' : '',
    target ? `target ${target}` : '',
  ].filter(Boolean);
  return {
    key: task.taskArn,
    label,
    category: task.group,
    categoryIndex,
    letter: categoryLetter(categoryIndex),
    lastStatus: task.lastStatus,
    desiredStatus: task.desiredStatus,
    phase: taskPhase(task),
    where: place.where,
    reserved: { cpu: r.cpu, memory: r.memory },
    ariaLabel: `task ${label} ${task.lastStatus} ${place.where}${extra.length ? `, ${extra.join(', ')}` : ''}`,
    tooltip,
    selected: task.taskArn === selectedTaskArn,
    ...(role?.deployment ? { deployment: role.deployment } : {}),
    ...(target ? { target } : {}),
    ...(task.capacityProviderName ? { capacityProvider: task.capacityProviderName } : {}),
    ...(capacity.spot ? { spot: capacity.spot } : {}),
  };
}
