import { findAccessPoint } from '../efs/fileSystems';
import { efsLocation } from '../efs/files';
import type { Task } from '../model/ecs';
import type { SimState } from '../state';
import { hostInstanceIdOf, volumeKind, type VolumeKind } from './taskVolumes';

/**
 * Where a path inside a container lives (ecs-reference §13): the container's mount points, longest container
 * path first, map it to a location of the file view (model/storage.ts) and a path there; a path on no volume is
 * the container's own writable layer, gone with the task.
 */

export type MountKind =
  | 'efs'
  | 'host-path'
  | 'docker-shared'
  | 'docker-task'
  | 'task-scratch'
  | 'fargate-ephemeral'
  | 'ebs'
  | 'other'
  | 'container-layer';

/** How long the data of a kind of mount lives. */
export type Lifetime = 'file-system' | 'host' | 'task' | 'container';

export const LIFETIME: Readonly<Record<MountKind, Lifetime>> = {
  efs: 'file-system',
  'host-path': 'host',
  'docker-shared': 'host',
  'docker-task': 'task',
  'task-scratch': 'task',
  'fargate-ephemeral': 'task',
  ebs: 'task',
  other: 'file-system',
  'container-layer': 'container',
};

/** One mount of a container: a task-definition volume at a path in the container. */
export interface ContainerMount {
  readonly containerName: string;
  readonly containerPath: string;
  readonly volume: string;
  readonly readOnly: boolean;
  /** the container the mount came from through volumesFrom, if any */
  readonly fromContainer?: string;
  readonly kind: MountKind;
  /** the file-view location; undefined when the volume's definition is missing */
  readonly location: string;
  /** the directory of the location the mount shows (EFS rootDirectory or access point path, host sourcePath, or '/') */
  readonly root: string;
  readonly definition: VolumeKind;
}

const rec = (v: unknown): Readonly<Record<string, unknown>> | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
const arr = (v: unknown): ReadonlyArray<unknown> => (Array.isArray(v) ? v : []);

/** `/a//b/../c/` → `/a/c` (absolute, no trailing slash but for the root). */
export function normalizePath(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return `/${out.join('/')}`;
}

export const joinPath = (root: string, rel: string): string => normalizePath(`${root}/${rel}`);

/** Whether `path` is `dir` or below it. */
export const isUnder = (path: string, dir: string): boolean =>
  dir === '/' || path === dir || path.startsWith(`${dir}/`);

function locationOf(
  state: SimState,
  task: Task,
  volumeName: string,
  definition: VolumeKind,
): { kind: MountKind; location: string; root: string } {
  const taskScoped = `task:${task.taskArn}:${volumeName}`;
  const host = hostInstanceIdOf(state, task);
  switch (definition.kind) {
    case 'efs': {
      const ap = definition.efs.accessPointId
        ? findAccessPoint(state, definition.efs.accessPointId)
        : undefined;
      return {
        kind: 'efs',
        location: efsLocation(definition.efs.fileSystemId),
        root: normalizePath(ap ? ap.RootDirectory.Path : definition.efs.rootDirectory),
      };
    }
    case 'host-path':
      return host !== undefined
        ? { kind: 'host-path', location: `host:${host}`, root: normalizePath(definition.sourcePath) }
        : { kind: 'fargate-ephemeral', location: taskScoped, root: '/' };
    case 'docker':
      return definition.scope === 'shared' && host !== undefined
        ? { kind: 'docker-shared', location: `docker:${host}:${volumeName}`, root: '/' }
        : { kind: 'docker-task', location: taskScoped, root: '/' };
    case 'task-scratch':
      return {
        kind: host === undefined ? 'fargate-ephemeral' : 'task-scratch',
        location: taskScoped,
        root: '/',
      };
    case 'other':
      return definition.type === 'ebs'
        ? { kind: 'ebs', location: taskScoped, root: '/' }
        : { kind: 'other', location: `${definition.type}:${volumeName}`, root: '/' };
  }
}

/** Every mount of every container of the task, in container order (volumesFrom included). */
export function containerMounts(state: SimState, task: Task): ContainerMount[] {
  const td = state.ecs.taskDefinitions[task.taskDefinitionArn];
  if (!td) return [];
  const volumes = new Map<string, VolumeKind>();
  for (const v of td.volumes) {
    const name = typeof v.name === 'string' ? v.name : undefined;
    if (name !== undefined) volumes.set(name, volumeKind(v));
  }
  const own = (c: unknown): ContainerMount[] => {
    const def = rec(c);
    const containerName = typeof def?.name === 'string' ? def.name : '';
    return arr(def?.mountPoints).flatMap((m): ContainerMount[] => {
      const mp = rec(m);
      const volume = typeof mp?.sourceVolume === 'string' ? mp.sourceVolume : undefined;
      const containerPath = typeof mp?.containerPath === 'string' ? mp.containerPath : undefined;
      const definition = volume !== undefined ? volumes.get(volume) : undefined;
      if (volume === undefined || containerPath === undefined || !definition) return [];
      return [
        {
          containerName,
          containerPath: normalizePath(containerPath),
          volume,
          readOnly: mp?.readOnly === true,
          definition,
          ...locationOf(state, task, volume, definition),
        },
      ];
    });
  };
  const byContainer = new Map<string, ContainerMount[]>();
  for (const c of td.containerDefinitions) byContainer.set(c.name, own(c));
  const out: ContainerMount[] = [];
  for (const c of td.containerDefinitions) {
    out.push(...byContainer.get(c.name)!);
    for (const f of arr(rec(c)?.volumesFrom)) {
      const from = rec(f);
      const source = typeof from?.sourceContainer === 'string' ? from.sourceContainer : undefined;
      for (const m of (source !== undefined ? byContainer.get(source) : undefined) ?? [])
        out.push({
          ...m,
          containerName: c.name,
          fromContainer: source,
          readOnly: m.readOnly || from?.readOnly === true,
        });
    }
  }
  return out;
}

export interface ResolvedPath {
  /** the path as the container sees it */
  readonly containerPath: string;
  readonly location: string;
  /** the path inside the location */
  readonly path: string;
  readonly kind: MountKind;
  readonly readOnly: boolean;
  /** the mount the path is on; undefined for the container's own layer */
  readonly mount?: ContainerMount;
}

/** Resolves a path inside one container of the task. */
export function resolveContainerPath(
  state: SimState,
  task: Task,
  containerName: string,
  path: string,
): ResolvedPath {
  const containerPath = normalizePath(path);
  const mount = containerMounts(state, task)
    .filter((m) => m.containerName === containerName && isUnder(containerPath, m.containerPath))
    .sort((a, b) => b.containerPath.length - a.containerPath.length)[0];
  if (!mount)
    return {
      containerPath,
      location: `container:${task.taskArn}:${containerName}`,
      path: containerPath,
      kind: 'container-layer',
      readOnly: false,
    };
  const rel = containerPath.slice(mount.containerPath === '/' ? 0 : mount.containerPath.length);
  return {
    containerPath,
    location: mount.location,
    path: joinPath(mount.root, rel),
    kind: mount.kind,
    readOnly: mount.readOnly,
    mount,
  };
}
