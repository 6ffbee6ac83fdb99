import { assert } from '../../lib/assert';
import { taskDefinitionArn } from '../arns';
import type { SimTime } from '../model/ids';
import type {
  Compatibility,
  ContainerDefinition,
  NetworkMode,
  PlacementConstraint,
  PortMapping,
  TaskDefinition,
} from '../model/taskDefinition';
import type { SimState } from '../state';
import { readDraft } from './draft';
import type { ContainerDefinitionInput, RegisterTaskDefinitionInput } from './input';
import { runsOnFargate } from './problems';
import { deriveRequiresAttributes } from './requiresAttributes';
import { parseTaskCpu, parseTaskMemory } from './units';

/** Turning an accepted RegisterTaskDefinition request into the stored revision, with ECS's defaults filled in. */

/**
 * The model lets a constraint's type be any text; taskDefinitionProblems refuses all but memberOf (the only type a
 * task definition takes) with an expression, so what is stored says so.
 */
const memberOfConstraints = (input: RegisterTaskDefinitionInput): PlacementConstraint[] =>
  (input.placementConstraints ?? []).map((c) => {
    assert(c.type === 'memberOf', `buildTaskDefinition: placement constraint type '${c.type}'`);
    return c.expression === undefined ? { type: c.type } : { type: c.type, expression: c.expression };
  });

function normalizePort(p: PortMapping, mode: NetworkMode): PortMapping {
  const fillHostPort =
    (mode === 'awsvpc' || mode === 'host') && p.containerPort !== undefined && p.hostPort === undefined;
  return {
    ...p,
    ...(fillHostPort ? { hostPort: p.containerPort } : {}),
    protocol: p.protocol ?? 'tcp',
  };
}

function normalizeContainer(c: ContainerDefinitionInput, mode: NetworkMode): ContainerDefinition {
  const { image } = c;
  // optional in the AWS model; taskDefinitionProblems refuses a container without one before anything is built
  assert(image !== undefined, `buildTaskDefinition: container '${c.name}' has no image`);
  return {
    ...c,
    image,
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
    placementConstraints: memberOfConstraints(input),
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
