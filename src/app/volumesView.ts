import type {
  DeepReadonly,
  Lifetime,
  MountKind,
  MountSharer,
  SimState,
  StoredFile,
  Task,
  VolumeMountView,
} from '../engine/index';
import { filesUnder, isoTime, volumeMounts } from '../engine/index';

/**
 * What the volumes section of TaskDetails shows, read straight off the state (no call recorded): for each
 * container, what it mounts, where that data lives, how long it lives, who else sees it, and the files there
 * as the container sees them; plus the requests of the file form (`sim WriteFile` / `sim ReadFile`).
 */

type State = DeepReadonly<SimState>;

export interface FileRow {
  /** the path as this container sees it */
  readonly path: string;
  readonly bytes: number;
  /** HH:MM:SS of the write, the app's clock format */
  readonly writtenAt: string;
  /** `<task id>/<container>`; another task's when the data is shared */
  readonly writtenBy: string;
  /** the first line, shortened, for a preview */
  readonly preview: string;
}

export interface MountRow {
  readonly key: string;
  readonly volume: string;
  readonly containerPath: string;
  readonly kind: MountKind;
  /** "EFS fs-… (access point fsap-…)", "Host path /ecs/data on i-…" */
  readonly what: string;
  readonly lifetime: Lifetime;
  /** "Lives as long as the file system", "Gone when the task stops" */
  readonly lifetimeText: string;
  readonly readOnly: boolean;
  /** "Not shared", "Shared with sidecar (this task) and 2 other tasks (us-east-1a, us-east-1b)" */
  readonly sharedText: string;
  readonly sharers: ReadonlyArray<MountSharer>;
  readonly files: ReadonlyArray<FileRow>;
}

export interface ContainerVolumesRow {
  readonly container: string;
  readonly mounts: ReadonlyArray<MountRow>;
  /** files written outside every mount: the container's own writable layer */
  readonly layerFiles: ReadonlyArray<FileRow>;
}

export interface VolumesView {
  readonly taskArn: string;
  /** a task that is not RUNNING cannot read or write (the form is disabled, with this reason) */
  readonly formDisabled?: string;
  readonly containers: ReadonlyArray<ContainerVolumesRow>;
}

const LIFETIME_TEXT: Readonly<Record<Lifetime, string>> = {
  'file-system': 'Lives as long as the file system, whatever happens to tasks',
  host: 'Stays on the EC2 instance after the task stops',
  task: 'Gone when the task stops',
  container: 'Gone when the task stops (the container’s own layer)',
};

function what(m: VolumeMountView, host: string | undefined): string {
  switch (m.kind) {
    case 'efs':
      return `EFS ${m.fileSystemId ?? ''}${m.accessPointId ? ` (access point ${m.accessPointId})` : ''}${m.root !== '/' ? ` at ${m.root}` : ''}${m.iam ? ', IAM authorization' : ''}`;
    case 'host-path':
      return `Host path ${m.sourcePath ?? m.root}${host ? ` on ${host}` : ''}`;
    case 'docker-shared':
      return `Docker volume ${m.volume} (scope shared${host ? ` on ${host}` : ''})`;
    case 'docker-task':
      return `Docker volume ${m.volume} (scope task)`;
    case 'task-scratch':
      return 'Bind mount without sourcePath (task scratch space)';
    case 'fargate-ephemeral':
      return 'Bind mount on the task’s Fargate ephemeral storage';
    case 'ebs':
      return 'EBS volume configured at launch';
    case 'other':
      return `Volume ${m.volume} (not simulated as files)`;
    case 'container-layer':
      return 'The container’s writable layer';
  }
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function sharedText(sharers: ReadonlyArray<MountSharer>): string {
  if (sharers.length === 0) return 'Not shared';
  const own = [...new Set(sharers.filter((s) => s.sameTask).map((s) => s.containerName))];
  const others = new Set(sharers.filter((s) => !s.sameTask).map((s) => s.taskArn));
  const zones = [...new Set(sharers.filter((s) => !s.sameTask).map((s) => s.availabilityZone))].sort();
  const parts = [
    ...(own.length ? [`${own.join(', ')} (this task)`] : []),
    ...(others.size ? [`${plural(others.size, 'other task')} (${zones.join(', ')})`] : []),
  ];
  return `Shared with ${parts.join(' and ')}`;
}

const clock = (state: State, t: number): string => isoTime(state, t).slice(11, 19);

function fileRow(state: State, shownAs: string, file: DeepReadonly<StoredFile>): FileRow {
  const firstLine = file.content.split('\n')[0] ?? '';
  return {
    path: shownAs,
    bytes: new TextEncoder().encode(file.content).length,
    writtenAt: clock(state, file.writtenAt),
    writtenBy: file.writtenBy,
    preview: firstLine.length > 60 ? `${firstLine.slice(0, 59)}…` : firstLine,
  };
}

/** The files of a mount, with paths as the container sees them (the mount's root becomes its containerPath). */
function mountFiles(state: State, m: VolumeMountView): FileRow[] {
  return filesUnder(state, m.location, m.root).map(({ path, file }) => {
    const rel = m.root === '/' ? path : path.slice(m.root.length);
    return fileRow(state, m.containerPath === '/' ? rel : `${m.containerPath}${rel}`, file);
  });
}

/** The volumes section of one task; undefined when there is no such task. */
export function volumesView(state: State, taskArn: string): VolumesView | undefined {
  const task = state.ecs.tasks[taskArn] as DeepReadonly<Task> | undefined;
  if (!task) return undefined;
  const host = task.containerInstanceArn
    ? state.ecs.containerInstances[task.containerInstanceArn]?.ec2InstanceId
    : undefined;
  const containers = volumeMounts(state, task).map((c): ContainerVolumesRow => ({
    container: c.containerName,
    mounts: c.mounts.map((m) => ({
      key: `${c.containerName}:${m.containerPath}`,
      volume: m.volume,
      containerPath: m.containerPath,
      kind: m.kind,
      what: what(m, host),
      lifetime: m.lifetime,
      lifetimeText: LIFETIME_TEXT[m.lifetime],
      readOnly: m.readOnly,
      sharedText: sharedText(m.sharedWith),
      sharers: m.sharedWith,
      files: mountFiles(state, m),
    })),
    layerFiles: filesUnder(state, `container:${task.taskArn}:${c.containerName}`, '/').map(({ path, file }) =>
      fileRow(state, path, file),
    ),
  }));
  return {
    taskArn,
    ...(task.lastStatus !== 'RUNNING'
      ? {
          formDisabled:
            task.lastStatus === 'STOPPED'
              ? 'The task stopped: its own storage is gone (EFS and host paths keep their files).'
              : `The task is ${task.lastStatus}: files can be read and written once it runs.`,
        }
      : {}),
    containers,
  };
}

/** The request of the file form: `sim ReadFile` without content, `sim WriteFile` with it. */
export function fileRequest(
  taskArn: string,
  container: string,
  path: string,
  content?: string,
):
  | { readonly operation: 'ReadFile'; readonly input: { task: string; container: string; path: string } }
  | {
      readonly operation: 'WriteFile';
      readonly input: { task: string; container: string; path: string; content: string };
    } {
  const trimmed = path.trim();
  const absolute = trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
  return content === undefined
    ? { operation: 'ReadFile', input: { task: taskArn, container, path: absolute } }
    : { operation: 'WriteFile', input: { task: taskArn, container, path: absolute, content } };
}
