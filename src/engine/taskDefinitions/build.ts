import { taskDefinitionArn } from '../arns';
import type { SimTime } from '../model/ids';
import type {
  Compatibility,
  ContainerDefinition,
  NetworkMode,
  PortMapping,
  TaskDefinition,
} from '../model/taskDefinition';
import type { SimState } from '../state';
import { readDraft } from './draft';
import type { RegisterTaskDefinitionInput } from './input';
import { runsOnFargate } from './problems';
import { deriveRequiresAttributes } from './requiresAttributes';
import { parseTaskCpu, parseTaskMemory } from './units';

/** Turning an accepted RegisterTaskDefinition request into the stored revision, with ECS's defaults filled in. */

function normalizePort(p: PortMapping, mode: NetworkMode): PortMapping {
  const fillHostPort =
    (mode === 'awsvpc' || mode === 'host') && p.containerPort !== undefined && p.hostPort === undefined;
  return {
    ...p,
    ...(fillHostPort ? { hostPort: p.containerPort } : {}),
    protocol: p.protocol ?? 'tcp',
  };
}

function normalizeContainer(c: ContainerDefinition, mode: NetworkMode): ContainerDefinition {
  return {
    ...c,
    cpu: c.cpu ?? 0,
    portMappings: (c.portMappings ?? []).map((p) => normalizePort(p, mode)),
    essential: c.essential ?? true,
    environment: c.environment ?? [],
    mountPoints: c.mountPoints ?? [],
    volumesFrom: c.volumesFrom ?? [],
  };
}

/**
 * Network modes ECS Anywhere (EXTERNAL) instances support: not awsvpc. ECS lists EXTERNAL in `compatibilities`
 * for every definition in these modes, as describe output of plain bridge definitions shows.
 */
const EXTERNAL_NETWORK_MODES: ReadonlySet<NetworkMode> = new Set(['bridge', 'host', 'none']);

/**
 * Launch types the definition is valid for: EC2 always, EXTERNAL for the modes external instances support (or
 * when listed), FARGATE when Fargate's rules pass, MANAGED_INSTANCES when listed.
 */
function compatibilitiesOf(input: RegisterTaskDefinitionInput, mode: NetworkMode): Compatibility[] {
  const draft = readDraft(input);
  const listed = (t: Compatibility) => input.requiresCompatibilities?.includes(t) ?? false;
  const out: Compatibility[] = ['EC2'];
  if (EXTERNAL_NETWORK_MODES.has(mode) || listed('EXTERNAL')) out.push('EXTERNAL');
  if (draft && runsOnFargate(draft)) out.push('FARGATE');
  if (listed('MANAGED_INSTANCES')) out.push('MANAGED_INSTANCES');
  return out;
}

/** Copies only the members that are set, so the stored record (and its JSON) has no undefined holes. */
function defined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The stored revision for `input` (already validated: schema and `taskDefinitionProblems`). Pure: cpu/memory
 * become integer strings, networkMode defaults to bridge, containers get ECS's defaults (essential true, cpu 0,
 * protocol tcp, hostPort = containerPort for awsvpc/host), and compatibilities/requiresAttributes are derived.
 */
export function buildTaskDefinition(
  state: Pick<SimState, 'region' | 'accountId'>,
  input: RegisterTaskDefinitionInput,
  revision: number,
  now: SimTime,
): TaskDefinition {
  const networkMode = input.networkMode ?? 'bridge';
  const containerDefinitions = input.containerDefinitions.map((c) => normalizeContainer(c, networkMode));
  const cpu = parseTaskCpu(input.cpu);
  const memory = parseTaskMemory(input.memory);
  return defined<TaskDefinition>({
    taskDefinitionArn: taskDefinitionArn(state, input.family, revision),
    containerDefinitions,
    family: input.family,
    taskRoleArn: input.taskRoleArn,
    executionRoleArn: input.executionRoleArn,
    networkMode,
    revision,
    volumes: input.volumes ?? [],
    status: 'ACTIVE',
    requiresAttributes: deriveRequiresAttributes(input, containerDefinitions, networkMode),
    placementConstraints: input.placementConstraints ?? [],
    compatibilities: compatibilitiesOf(input, networkMode),
    runtimePlatform: input.runtimePlatform,
    requiresCompatibilities: input.requiresCompatibilities,
    cpu: cpu === undefined ? undefined : String(cpu),
    memory: memory === undefined ? undefined : String(memory),
    pidMode: input.pidMode,
    ipcMode: input.ipcMode,
    proxyConfiguration: input.proxyConfiguration,
    inferenceAccelerators: input.inferenceAccelerators,
    ephemeralStorage: input.ephemeralStorage,
    enableFaultInjection: input.enableFaultInjection,
    registeredAt: now,
    registeredBy: `arn:aws:iam::${state.accountId}:root`,
    tags: (input.tags ?? []).map((t) => ({ key: t.key, value: t.value ?? '' })),
  });
}
