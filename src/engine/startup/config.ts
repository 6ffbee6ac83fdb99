import type { ResolvedVariable, Task } from '../model/ecs';
import type { ContainerDefinition } from '../model/taskDefinition';
import { applyOverrides, type TaskOverride } from '../tasks/overrides';
import type { SimState } from '../state';
import type { DeepReadonly } from '../simulation';

/**
 * Each container's environment as it starts (Task.containerConfig), read once: a secret rotated or a file
 * changed later reaches only tasks started after it. Precedence, as ECS documents it: environment files in the
 * order listed (for a name in several files the first value is used), then `environment` (wins over the files),
 * then `secrets`; then the variables the agent injects itself.
 */

/** One `environmentFiles` entry: `{ value: <S3 object ARN>, type: 's3' }`. */
export interface EnvironmentFile {
  readonly value: string;
  readonly type?: string;
}

export const environmentFilesOf = (c: ContainerDefinition): ReadonlyArray<EnvironmentFile> =>
  Array.isArray(c['environmentFiles'])
    ? (c['environmentFiles'] as unknown[]).filter(
        (f): f is EnvironmentFile =>
          typeof f === 'object' && f !== null && typeof (f as EnvironmentFile).value === 'string',
      )
    : [];

/**
 * The variables of an environment file: `NAME=VALUE` lines; lines starting with `#` and blank lines are skipped;
 * the value is everything after the first `=`, taken literally (no quotes or shell expansion, as ECS reads it).
 */
export function parseEnvironmentFile(body: string): Array<{ name: string; value: string }> {
  const out: Array<{ name: string; value: string }> = [];
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    if (eq <= 0) continue;
    out.push({ name: line.slice(0, eq), value: line.slice(eq + 1) });
  }
  return out;
}

/** A secret's value as fetched at start, with where it came from. */
export interface FetchedSecret {
  readonly value: string;
  readonly source: 'ssm' | 'secretsmanager';
}

/** What the start-up work fetched: file bodies by S3 ARN, secret values by valueFrom. */
export interface Fetched {
  readonly files: ReadonlyMap<string, string>;
  readonly secrets: ReadonlyMap<string, FetchedSecret>;
}

/** The variables the agent (or Fargate) injects into every container of the task. */
function agentVariables(
  state: SimState,
  task: Task,
  index: number,
  credentialsId: string | undefined,
): ResolvedVariable[] {
  const taskId = task.taskArn.slice(task.taskArn.lastIndexOf('/') + 1);
  const metadata = `http://169.254.170.2/v4/${taskId}-${String(index).padStart(10, '0')}`;
  const vars: Array<[string, string]> = [
    ['AWS_EXECUTION_ENV', task.launchType === 'FARGATE' ? 'AWS_ECS_FARGATE' : 'AWS_ECS_EC2'],
    ['ECS_CONTAINER_METADATA_URI', metadata.replace('/v4/', '/v3/')],
    ['ECS_CONTAINER_METADATA_URI_V4', metadata],
  ];
  if (task.launchType === 'FARGATE')
    vars.push(['AWS_DEFAULT_REGION', state.region], ['AWS_REGION', state.region]);
  if (credentialsId !== undefined)
    vars.push(['AWS_CONTAINER_CREDENTIALS_RELATIVE_URI', `/v2/credentials/${credentialsId}`]);
  return vars.map(([name, value]) => ({ name, value, source: 'agent', secret: false }));
}

/**
 * Every container's variables with their source. `credentialsId` is set when the task has a task role (the agent
 * then gives each container AWS_CONTAINER_CREDENTIALS_RELATIVE_URI).
 */
export function resolveContainerConfig(
  state: SimState,
  task: Task,
  containers: ReadonlyArray<ContainerDefinition>,
  fetched: Fetched,
  credentialsId: string | undefined,
): Record<string, ReadonlyArray<ResolvedVariable>> {
  const out: Record<string, ReadonlyArray<ResolvedVariable>> = {};
  containers.forEach((c, index) => {
    const byName = new Map<string, ResolvedVariable>();
    for (const file of environmentFilesOf(c)) {
      for (const v of parseEnvironmentFile(fetched.files.get(file.value) ?? '')) {
        // the first file that sets a name wins over later files
        if (!byName.has(v.name))
          byName.set(v.name, { ...v, source: 'environmentFile', from: file.value, secret: false });
      }
    }
    for (const v of c.environment ?? []) {
      if (v.name !== undefined)
        byName.set(v.name, { name: v.name, value: v.value ?? '', source: 'environment', secret: false });
    }
    for (const s of c.secrets ?? []) {
      const got = fetched.secrets.get(s.valueFrom);
      if (got)
        byName.set(s.name, {
          name: s.name,
          value: got.value,
          source: got.source,
          from: s.valueFrom,
          secret: true,
        });
    }
    for (const v of agentVariables(state, task, index, credentialsId)) byName.set(v.name, v);
    out[c.name] = [...byName.values()];
  });
  return out;
}

const NOTHING_FETCHED: Fetched = { files: new Map(), secrets: new Map() };

/**
 * A started task's container configuration: the record made at start when the task had start-up work, else
 * derived from its definition and overrides (such a task has no files, secrets or task role, so nothing in it
 * could have changed since). Undefined before the containers start, or when the task never started.
 */
export function containerConfigOf(
  readonlyState: SimState | DeepReadonly<SimState>,
  readonlyTask: Task | DeepReadonly<Task>,
): Readonly<Record<string, ReadonlyArray<ResolvedVariable>>> | undefined {
  // only read here: the views hold the simulation's state read-only
  const state = readonlyState as SimState;
  const task = readonlyTask as Task;
  if (task.containerConfig) return task.containerConfig;
  if (task.pullStoppedAt === undefined || task.startFailure) return undefined;
  const td = state.ecs.taskDefinitions[task.taskDefinitionArn];
  if (!td) return undefined;
  const effective = applyOverrides(td, task.overrides as TaskOverride);
  return resolveContainerConfig(state, task, effective.containerDefinitions, NOTHING_FETCHED, undefined);
}
