import { ACCOUNT_ID, REGION, type Simulation, type Task, type TaskDefinition } from '../../src/engine/index';
import { arnName } from '../../src/lib/arn';

/** What lesson 19 works with: the CMS service, its volumes, the EFS file system and the task role. */
export const CLUSTER = 'shop';
export const SERVICE = 'cms';
export const TASKS = 2;
export const CMS = 'cms';
export const THUMBS = 'thumbs';
export const UPLOADS = '/var/www/uploads';
export const SCRATCH = '/tmp/scratch';
export const FS_TOKEN = 'cms-uploads';
export const TASK_ROLE = 'cms-task';
export const TASK_ROLE_ARN = `arn:aws:iam::${ACCOUNT_ID}:role/${TASK_ROLE}`;
export const AZ_A = 'us-east-1a';
export const AZ_B = 'us-east-1b';
export { REGION };

/** A policy document as the IAM API takes it: JSON text. */
export const policy = (...Statement: ReadonlyArray<Record<string, unknown>>) =>
  JSON.stringify({ Version: '2012-10-17', Statement });

/** The default subnet of an Availability Zone. */
export const subnetIn = (sim: Simulation, az: string): string =>
  Object.values(sim.state.ec2.subnets).find((s) => s.AvailabilityZone === az)!.SubnetId;

/** The file system the scenario made (CreationToken cms-uploads); ids come from the seed, so read at run time. */
export const fileSystemId = (sim: Simulation): string =>
  Object.values(sim.state.efs.fileSystems).find((f) => f.CreationToken === FS_TOKEN)!.FileSystemId;

/** The scenario's access point (root /uploads) on that file system. */
export const accessPointId = (sim: Simulation): string =>
  Object.values(sim.state.efs.accessPoints).find((a) => a.FileSystemId === fileSystemId(sim))!.AccessPointId;

/** The cms tasks that run and are meant to (not stopping). */
export const runningCms = (sim: Simulation): ReadonlyArray<Task> =>
  Object.values(sim.state.ecs.tasks)
    .filter(
      (t) =>
        arnName(t.clusterArn) === CLUSTER &&
        t.group === `service:${SERVICE}` &&
        t.lastStatus === 'RUNNING' &&
        t.desiredStatus === 'RUNNING',
    )
    .sort((a, b) => (a.taskArn < b.taskArn ? -1 : 1));

export const definitionOf = (sim: Simulation, task: Task): TaskDefinition | undefined =>
  sim.state.ecs.taskDefinitions[task.taskDefinitionArn];

/** The start of a task's id, as the console shows it. */
export const shortTask = (t: Task) => arnName(t.taskArn).slice(0, 8);

export interface FileAnswer {
  readonly ok: boolean;
  readonly content?: string;
  readonly kind?: string;
  readonly error?: string;
}

/** sim WriteFile then sim ReadFile on a copy of the simulation (the lesson's own state stays as it is). */
export function writeThenRead(
  sim: Simulation,
  writer: { task: Task; container: string; path: string },
  readers: ReadonlyArray<{ task: Task; container: string; path: string }>,
  content = 'sandbox check',
): { write: FileAnswer; reads: FileAnswer[] } {
  const copy = sim.fork();
  let write: FileAnswer;
  try {
    const out = copy.callByName('sim', 'WriteFile', {
      cluster: CLUSTER,
      task: writer.task.taskArn,
      container: writer.container,
      path: writer.path,
      content,
    }) as { written: boolean; error?: string; kind: string };
    write = { ok: out.written, kind: out.kind, ...(out.error ? { error: out.error } : {}) };
  } catch (e) {
    write = { ok: false, error: (e as Error).message };
  }
  const reads = readers.map((r): FileAnswer => {
    try {
      const out = copy.callByName('sim', 'ReadFile', {
        cluster: CLUSTER,
        task: r.task.taskArn,
        container: r.container,
        path: r.path,
      }) as { content: string; kind: string };
      return { ok: out.content === content, content: out.content, kind: out.kind };
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
  });
  return { write, reads };
}
