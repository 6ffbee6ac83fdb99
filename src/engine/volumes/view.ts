import type { Task } from '../model/ecs';
import type { DeepReadonly } from '../simulation';
import type { SimState } from '../state';
import {
  containerMounts,
  isUnder,
  LIFETIME,
  type ContainerMount,
  type Lifetime,
  type MountKind,
} from './paths';

/** What each container of a task mounts, and who else sees the same data (the volumes view; ecs-reference §13). */

export interface MountSharer {
  readonly taskArn: string;
  readonly containerName: string;
  readonly containerPath: string;
  /** another container of the same task */
  readonly sameTask: boolean;
  readonly availabilityZone: string;
  /** the EC2 instance of the sharer (undefined on Fargate) */
  readonly ec2InstanceId?: string;
}

export interface VolumeMountView {
  readonly containerName: string;
  readonly containerPath: string;
  readonly volume: string;
  readonly kind: MountKind;
  readonly lifetime: Lifetime;
  readonly readOnly: boolean;
  readonly fromContainer?: string;
  /** the file-view location (model/storage.ts) and the directory of it the mount shows */
  readonly location: string;
  readonly root: string;
  /** EFS: the file system; host paths: the source path */
  readonly fileSystemId?: string;
  readonly accessPointId?: string;
  readonly iam?: boolean;
  readonly sourcePath?: string;
  /** other mounts (this task's other containers and other running tasks) that see the same files */
  readonly sharedWith: ReadonlyArray<MountSharer>;
}

export interface ContainerVolumes {
  readonly containerName: string;
  readonly mounts: ReadonlyArray<VolumeMountView>;
}

const live = (t: Task): boolean => t.lastStatus !== 'STOPPED';

const overlaps = (a: ContainerMount, b: ContainerMount): boolean =>
  a.location === b.location && (isUnder(a.root, b.root) || isUnder(b.root, a.root));

function instanceOf(state: SimState, task: Task): string | undefined {
  return task.containerInstanceArn
    ? state.ecs.containerInstances[task.containerInstanceArn]?.ec2InstanceId
    : undefined;
}

/** Per container (in task-definition order), each mount with its kind, location and sharers. */
export function volumeMounts(
  readonlyState: SimState | DeepReadonly<SimState>,
  task: Task | DeepReadonly<Task>,
): ContainerVolumes[] {
  // only read here: the engine's lookups are typed for the engine's own (writable) view of the state
  const state = readonlyState as SimState;
  const td = state.ecs.taskDefinitions[task.taskDefinitionArn];
  if (!td) return [];
  const mine = containerMounts(state, task);
  // the other live tasks' mounts, grouped by location, computed once
  const locations = new Set(mine.map((m) => m.location));
  const others: Array<{ task: Task; mount: ContainerMount }> = [];
  for (const other of Object.values(state.ecs.tasks)) {
    if (other.taskArn === task.taskArn || !live(other)) continue;
    for (const mount of containerMounts(state, other))
      if (locations.has(mount.location)) others.push({ task: other, mount });
  }
  const sharer = (t: Task, m: ContainerMount, sameTask: boolean): MountSharer => {
    const host = instanceOf(state, t);
    return {
      taskArn: t.taskArn,
      containerName: m.containerName,
      containerPath: m.containerPath,
      sameTask,
      availabilityZone: t.availabilityZone,
      ...(host !== undefined ? { ec2InstanceId: host } : {}),
    };
  };
  return td.containerDefinitions.map((c) => ({
    containerName: c.name,
    mounts: mine
      .filter((m) => m.containerName === c.name)
      .map((m): VolumeMountView => {
        const def = m.definition;
        return {
          containerName: m.containerName,
          containerPath: m.containerPath,
          volume: m.volume,
          kind: m.kind,
          lifetime: LIFETIME[m.kind],
          readOnly: m.readOnly,
          ...(m.fromContainer !== undefined ? { fromContainer: m.fromContainer } : {}),
          location: m.location,
          root: m.root,
          ...(def.kind === 'efs'
            ? {
                fileSystemId: def.efs.fileSystemId,
                ...(def.efs.accessPointId !== undefined ? { accessPointId: def.efs.accessPointId } : {}),
                iam: def.efs.iam,
              }
            : {}),
          ...(def.kind === 'host-path' ? { sourcePath: def.sourcePath } : {}),
          sharedWith: [
            ...mine
              .filter((o) => o.containerName !== m.containerName && overlaps(o, m))
              .map((o) => sharer(task, o, true)),
            ...others.filter((o) => overlaps(o.mount, m)).map((o) => sharer(o.task, o.mount, false)),
          ],
        };
      }),
  }));
}
