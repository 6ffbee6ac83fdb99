import { goal, met, notYet } from '../../src/course/goals';
import type { GoalResult } from '../../src/course/types';
import type { Simulation, Task } from '../../src/engine/index';
import { arnName } from '../../src/lib/arn';
import {
  CLUSTER,
  CMS,
  definitionOf,
  fileSystemId,
  runningCms,
  SCRATCH,
  SERVICE,
  shortTask,
  TASKS,
  THUMBS,
  UPLOADS,
} from './storage';

/** The newest stopped reason among cms tasks, for the learner to read when tasks do not start. */
function lastFailure(sim: Simulation): string | undefined {
  const stopped = Object.values(sim.state.ecs.tasks)
    .filter(
      (t) =>
        arnName(t.clusterArn) === CLUSTER &&
        t.group === `service:${SERVICE}` &&
        t.lastStatus === 'STOPPED' &&
        t.stopCode === 'TaskFailedToStart',
    )
    .sort((a, b) => (b.stoppedAt ?? 0) - (a.stoppedAt ?? 0));
  return stopped[0]?.stoppedReason;
}

/** The reason of the newest cms task that failed to start after `since` (a deployment that does not come up). */
function failedSince(sim: Simulation, since: number): string | undefined {
  return Object.values(sim.state.ecs.tasks)
    .filter(
      (t) =>
        arnName(t.clusterArn) === CLUSTER &&
        t.group === `service:${SERVICE}` &&
        t.stopCode === 'TaskFailedToStart' &&
        t.createdAt > since,
    )
    .sort((a, b) => (b.stoppedAt ?? 0) - (a.stoppedAt ?? 0))[0]?.stoppedReason;
}

/** cms runs its tasks, or why not. */
function cmsTasks(sim: Simulation): ReadonlyArray<Task> | GoalResult {
  const tasks = runningCms(sim);
  if (tasks.length >= TASKS) return tasks;
  const failure = lastFailure(sim);
  return notYet(
    `${tasks.length} of ${TASKS} cms tasks run.` +
      (failure ? ` The last one that failed to start said: ${failure}` : ''),
  );
}

const isTasks = (v: ReadonlyArray<Task> | GoalResult): v is ReadonlyArray<Task> => Array.isArray(v);

type Answer = { ok: boolean; error?: string };

/** On a copy of the simulation: each writer writes its own file, then each reader reads it (sim WriteFile/ReadFile). */
function tryFiles(
  sim: Simulation,
  checks: ReadonlyArray<{
    writer: { task: Task; container: string };
    readers: ReadonlyArray<{ task: Task; container: string }>;
    path: string;
  }>,
): Array<{ write: Answer; reads: Answer[] }> {
  const copy = sim.fork();
  const content = 'goal check';
  const writes = checks.map((c): Answer => {
    try {
      const out = copy.callByName('sim', 'WriteFile', {
        cluster: CLUSTER,
        task: c.writer.task.taskArn,
        container: c.writer.container,
        path: c.path,
        content,
      }) as { written: boolean; error?: string };
      return out.written ? { ok: true } : { ok: false, error: out.error ?? 'not written' };
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
  });
  return checks.map((c, i) => ({
    write: writes[i]!,
    reads: c.readers.map((r): Answer => {
      try {
        const out = copy.callByName('sim', 'ReadFile', {
          cluster: CLUSTER,
          task: r.task.taskArn,
          container: r.container,
          path: c.path,
        }) as { content: string };
        return { ok: out.content === content };
      } catch (e) {
        return { ok: false, error: (e as Error).message };
      }
    }),
  }));
}

function uploadsShared(sim: Simulation): GoalResult {
  const tasks = cmsTasks(sim);
  if (!isTasks(tasks)) return tasks;
  const azs = [...new Set(tasks.map((t) => t.availabilityZone))].sort();
  if (azs.length < 2)
    return notYet(
      `All ${tasks.length} running cms tasks are in ${azs[0]}: the service should keep one in each of its two ` +
        'Availability Zones, so a failing zone does not take the CMS down.',
    );
  // one writer per AZ; it writes, every task in the other AZs reads
  const writers = azs.map((az) => tasks.find((t) => t.availabilityZone === az)!);
  const results = tryFiles(
    sim,
    writers.map((w, i) => ({
      writer: { task: w, container: CMS },
      readers: tasks
        .filter((t) => t.availabilityZone !== w.availabilityZone)
        .map((t) => ({ task: t, container: CMS })),
      path: `${UPLOADS}/goal-check-${i}.jpg`,
    })),
  );
  for (const [i, r] of results.entries()) {
    const w = writers[i]!;
    if (!r.write.ok)
      return notYet(`Task ${shortTask(w)} (${w.availabilityZone}) cannot save an upload: ${r.write.error}`);
    const others = tasks.filter((t) => t.availabilityZone !== w.availabilityZone);
    const blind = r.reads.findIndex((a) => !a.ok);
    if (blind >= 0) {
      const t = others[blind]!;
      const failure = failedSince(sim, Math.max(...tasks.map((x) => x.createdAt)));
      return notYet(
        `An upload saved by task ${shortTask(w)} in ${w.availabilityZone} is not there for task ${shortTask(t)} ` +
          `in ${t.availabilityZone}: ${r.reads[blind]!.error ?? 'it reads different content'}` +
          (failure ? ` A newer task failed to start: ${failure}` : ''),
      );
    }
  }
  return met;
}

interface EfsConfig {
  fileSystemId?: string;
  transitEncryption?: string;
  authorizationConfig?: { accessPointId?: string; iam?: string };
}

/** The efsVolumeConfiguration of the volume cms mounts at /var/www/uploads, if it is an EFS volume. */
function uploadsVolume(sim: Simulation, task: Task): EfsConfig | undefined {
  const td = definitionOf(sim, task);
  const cms = td?.containerDefinitions.find((c) => c.name === CMS);
  const mounts = (cms?.mountPoints ?? []) as ReadonlyArray<{ sourceVolume?: string; containerPath?: string }>;
  const mount = mounts.find((m) => m.containerPath === UPLOADS);
  const volume = td?.volumes.find((v) => v.name === mount?.sourceVolume) as
    { efsVolumeConfiguration?: EfsConfig } | undefined;
  return volume?.efsVolumeConfiguration;
}

function accessPointIam(sim: Simulation): GoalResult {
  const tasks = cmsTasks(sim);
  if (!isTasks(tasks)) return tasks;
  const fs = fileSystemId(sim);
  for (const task of tasks) {
    const efs = uploadsVolume(sim, task);
    const where = `Task ${shortTask(task)} (${arnName(task.taskDefinitionArn)})`;
    if (!efs || efs.fileSystemId !== fs)
      return notYet(`${where} does not mount ${UPLOADS} from the EFS file system ${fs}.`);
    const ap = efs.authorizationConfig?.accessPointId;
    const accessPoint = ap ? sim.state.efs.accessPoints[ap] : undefined;
    if (!accessPoint || accessPoint.FileSystemId !== fs)
      return notYet(
        `${where} mounts the whole file system as root: without an access point every client sees every ` +
          'directory and writes as whatever user it runs as.',
      );
    if (efs.authorizationConfig?.iam !== 'ENABLED')
      return notYet(
        `${where} mounts through the access point without IAM authorization: to EFS it is an anonymous ` +
          'client, which the file system policy cannot tell apart from any other.',
      );
    if (!definitionOf(sim, task)?.taskRoleArn)
      return notYet(`${where} has no task role, so IAM authorization has no identity to check.`);
  }
  return met;
}

function scratchPerTask(sim: Simulation): GoalResult {
  const tasks = cmsTasks(sim);
  if (!isTasks(tasks)) return tasks;
  const results = tryFiles(
    sim,
    tasks.map((t, i) => ({
      writer: { task: t, container: CMS },
      readers: [
        { task: t, container: THUMBS },
        { task: tasks[(i + 1) % tasks.length]!, container: CMS },
      ],
      path: `${SCRATCH}/job-${i}.tmp`,
    })),
  );
  for (const [i, r] of results.entries()) {
    const t = tasks[i]!;
    const other = tasks[(i + 1) % tasks.length]!;
    if (!r.write.ok) return notYet(`cms in task ${shortTask(t)} cannot write ${SCRATCH}: ${r.write.error}`);
    if (!r.reads[0]!.ok)
      return notYet(
        `In task ${shortTask(t)}, thumbs does not see what cms writes to ${SCRATCH}: ${r.reads[0]!.error ?? 'different content'}`,
      );
    if (r.reads[1]!.ok)
      return notYet(
        `Task ${shortTask(other)} sees the scratch file of task ${shortTask(t)}: scratch work is shared between ` +
          'tasks, so two thumbnail jobs can overwrite each other, and every scratch byte is paid for on shared storage.',
      );
  }
  return met;
}

export default [
  goal({
    id: 'uploads-shared',
    description:
      'cms runs 2 tasks in two Availability Zones, and an upload saved by one is there for the other',
    holdFor: 60,
    check: uploadsShared,
    hints: {
      nudge:
        'Write a file in /var/www/uploads from the task in us-east-1a and read it from the one in us-east-1b. Where does each task keep its uploads?',
      pointer:
        'A bind mount lives in one task’s own storage. Shared files across AZs need EFS, and a task can mount it only ' +
        'in an AZ where the file system has a mount target (one per AZ, NFS port 2049).',
      bottomOut:
        '`aws efs create-mount-target --file-system-id <fs id> --subnet-id <the us-east-1b subnet>`, then register ' +
        'cms:2 whose `uploads` volume is `efsVolumeConfiguration: {fileSystemId, transitEncryption: ENABLED, ' +
        'authorizationConfig: {accessPointId: <fsap id>, iam: ENABLED}}` with `taskRoleArn` cms-task, and ' +
        '`aws ecs update-service --cluster shop --service cms --task-definition cms:2`.',
    },
  }),
  goal({
    id: 'access-point-iam',
    description:
      'Every cms task mounts the uploads through an EFS access point with IAM authorization, as its task role',
    holdFor: 60,
    check: accessPointIam,
    hints: {
      nudge:
        'Look at the file system’s access points (`aws efs describe-access-points`). What does one pin down?',
      pointer:
        'An access point fixes the directory (/uploads) and the POSIX user of every request. `iam: ENABLED` makes ' +
        'the mount identify itself as the task role, so elasticfilesystem:ClientMount and ClientWrite are decided ' +
        'for that role. Both need transitEncryption ENABLED.',
      bottomOut:
        'In cms:2 set `authorizationConfig: {accessPointId: <fsap id>, iam: ENABLED}`, ' +
        '`transitEncryption: ENABLED`, and `taskRoleArn: arn:aws:iam::123456789012:role/cms-task`.',
    },
  }),
  goal({
    id: 'scratch-per-task',
    description: 'In each cms task, thumbs sees what cms writes to /tmp/scratch, and no other task does',
    holdFor: 60,
    check: scratchPerTask,
    hints: {
      nudge: 'Which container of cms:1 mounts the scratch volume? Which one needs to read it?',
      pointer:
        'Containers of one task share a bind mount when each lists it in mountPoints (or takes them all with ' +
        'volumesFrom). It stays private to the task, which is what scratch work wants; EFS would share it with every task.',
      bottomOut:
        'In cms:2 give thumbs `mountPoints: [{sourceVolume: scratch, containerPath: /tmp/scratch}]` and keep the ' +
        '`scratch` volume a plain bind mount (`{name: scratch}`).',
    },
  }),
];
