import type { EngineContext } from '../context';
import type { Task } from '../model/ecs';
import type { StoredFile } from '../model/storage';
import type { SimState } from '../state';
import { isUnder } from './paths';

/** Reading and writing the sandbox's file view (model/storage.ts); every write goes through the journal. */

export function storedFile(
  state: Pick<SimState, 'files'>,
  location: string,
  path: string,
): StoredFile | undefined {
  const files = state.files[location];
  return files && Object.prototype.hasOwnProperty.call(files, path) ? files[path] : undefined;
}

export function writeStoredFile(ctx: EngineContext, location: string, path: string, file: StoredFile): void {
  const files = ctx.state.files[location];
  // a location's record is replaced, never mutated
  ctx.tx.set(ctx.state.files, location, { ...(files ?? {}), [path]: file });
}

/** The files at or below `dir` in a location, sorted by path. */
export function filesUnder(
  state: { readonly files: Readonly<Record<string, Readonly<Record<string, StoredFile>>>> },
  location: string,
  dir: string,
): Array<{ readonly path: string; readonly file: StoredFile }> {
  return Object.entries(state.files[location] ?? {})
    .filter(([path]) => isUnder(path, dir))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, file]) => ({ path, file }));
}

/** Whether a task's own storage is gone: it stopped, or its record is gone. */
const gone = (task: Task | undefined): boolean => !task || task.lastStatus === 'STOPPED';

/** The task a task-scoped location (`task:<arn>:<volume>`, `container:<arn>:<name>`) belongs to. */
export function locationTaskArn(location: string): string | undefined {
  const m = /^(task|container):(arn:[^:]+:ecs:[^:]+:[^:]+:task\/[^:]+):/.exec(location);
  return m?.[2];
}

/**
 * Drops the files of stopped tasks' own storage (bind mounts without sourcePath, Docker `task` volumes, Fargate
 * ephemeral storage, container layers): AWS removes them with the task. Host paths and shared Docker volumes
 * keep theirs until their instance is terminated; EFS keeps its files until the file system is deleted.
 */
export function sweepTaskFiles(ctx: EngineContext): void {
  for (const location of Object.keys(ctx.state.files)) {
    const arn = locationTaskArn(location);
    if (arn !== undefined ? gone(ctx.state.ecs.tasks[arn]) : hostGone(ctx.state, location))
      ctx.tx.remove(ctx.state.files, location);
  }
}

/** A host path or shared Docker volume (`host:<id>`, `docker:<id>:<volume>`) of an instance that was terminated. */
function hostGone(state: SimState, location: string): boolean {
  const m = /^(?:host|docker):(i-[0-9a-f]+)/.exec(location);
  if (!m) return false;
  const instance = state.ec2.instances[m[1]!];
  return !instance || instance.State === 'terminated';
}
