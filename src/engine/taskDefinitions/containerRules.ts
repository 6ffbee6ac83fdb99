import { arr, rec, text, validatesForInstances, type ContainerDraft, type TaskDraft } from './draft';
import { clientProblem, type TaskDefinitionProblem } from './problem';

/** Rules about the containers and how they refer to each other (ecs-reference §1.2, §1.4, §1.6). */

const MAX_CONTAINERS = 10;

function countProblems(d: TaskDraft): TaskDefinitionProblem[] {
  const n = arr(d.raw.containerDefinitions).length;
  if (d.hasContainerList && n === 0)
    return [clientProblem('containerDefinitions', 'Container list cannot be empty.')];
  if (n > MAX_CONTAINERS)
    return [
      clientProblem(
        'containerDefinitions',
        `Too many containers. A task definition can hold at most ${MAX_CONTAINERS}; this one has ${n}.`,
      ),
    ];
  if (d.containers.length > 0 && !d.containers.some((c) => c.essential))
    return [clientProblem('containerDefinitions', "Task definition doesn't have any essential container.")];
  return [];
}

function nameProblems(d: TaskDraft): TaskDefinitionProblem[] {
  const first = new Map<string, ContainerDraft>();
  const out: TaskDefinitionProblem[] = [];
  for (const c of d.containers) {
    if (c.name === undefined) continue;
    const earlier = first.get(c.name);
    if (earlier)
      out.push(
        clientProblem(
          `${c.path}.name`,
          `Container name '${c.name}' is already used by ${earlier.path}. Container names must be unique within a task definition.`,
        ),
      );
    else first.set(c.name, c);
  }
  return out;
}

function memoryProblems(d: TaskDraft, c: ContainerDraft): TaskDefinitionProblem[] {
  const out: TaskDefinitionProblem[] = [];
  const name = c.name ?? '';
  if (d.raw.memory === undefined && !c.memory && !c.memoryReservation && validatesForInstances(d))
    out.push(
      clientProblem(
        c.path,
        `Invalid setting for container '${name}'. At least one of 'memory' or 'memoryReservation' must be specified.`,
      ),
    );
  if (c.memory !== undefined && c.memoryReservation !== undefined && c.memory < c.memoryReservation)
    out.push(
      clientProblem(
        `${c.path}.memoryReservation`,
        `Invalid setting for container '${name}'. 'memoryReservation' (${c.memoryReservation} MiB, the soft limit) must not be greater than 'memory' (${c.memory} MiB, the hard limit).`,
      ),
    );
  if (d.memory !== undefined) {
    if (c.memory !== undefined && c.memory > d.memory)
      out.push(
        clientProblem(
          `${c.path}.memory`,
          `The 'memory' setting for container '${name}' is greater than for the task.`,
        ),
      );
    if (c.memoryReservation !== undefined && c.memoryReservation > d.memory)
      out.push(
        clientProblem(
          `${c.path}.memoryReservation`,
          `The 'memoryReservation' setting for container '${name}' is greater than the task's 'memory' (${d.memory} MiB).`,
        ),
      );
  }
  return out;
}

function cpuSumProblems(d: TaskDraft): TaskDefinitionProblem[] {
  if (d.cpu === undefined) return [];
  const sum = d.containers.reduce((s, c) => s + (c.cpu ?? 0), 0);
  return sum > d.cpu
    ? [
        clientProblem(
          'cpu',
          "The sum of all container 'cpu' values cannot be greater than the value of the task 'cpu'.",
        ),
      ]
    : [];
}

function dependencyProblems(
  d: TaskDraft,
  c: ContainerDraft,
  byName: Map<string, ContainerDraft>,
): TaskDefinitionProblem[] {
  return arr(c.raw.dependsOn).flatMap((dep, i): TaskDefinitionProblem[] => {
    const r = rec(dep);
    const target = text(r?.containerName);
    const condition = text(r?.condition);
    const field = `${c.path}.dependsOn[${i}]`;
    if (target === undefined) return [];
    if (target === c.name)
      return [clientProblem(`${field}.containerName`, `Container '${target}' cannot depend on itself.`)];
    const other = byName.get(target);
    if (!other)
      return [
        clientProblem(
          `${field}.containerName`,
          `Container '${c.name ?? ''}' depends on '${target}', which is not a container of this task definition.`,
        ),
      ];
    if ((condition === 'COMPLETE' || condition === 'SUCCESS') && other.essential)
      return [
        clientProblem(
          `${field}.condition`,
          'A dependency container with SUCCESS or COMPLETE condition cannot be an essential container',
        ),
      ];
    if (condition === 'HEALTHY' && other.raw.healthCheck === undefined)
      return [
        clientProblem(
          `${field}.condition`,
          `Container '${c.name ?? ''}' waits for '${target}' to be HEALTHY, but '${target}' has no healthCheck. Add one to '${target}' or use condition START.`,
        ),
      ];
    return [];
  });
}

function referenceProblems(
  d: TaskDraft,
  c: ContainerDraft,
  byName: Map<string, ContainerDraft>,
): TaskDefinitionProblem[] {
  const out: TaskDefinitionProblem[] = [];
  arr(c.raw.links).forEach((link, i) => {
    const target = text(link)?.split(':')[0];
    if (target !== undefined && !byName.has(target))
      out.push(
        clientProblem(
          `${c.path}.links[${i}]`,
          `Link target '${target}' is not a container of this task definition.`,
        ),
      );
  });
  arr(c.raw.volumesFrom).forEach((v, i) => {
    const source = text(rec(v)?.sourceContainer);
    if (source !== undefined && !byName.has(source))
      out.push(
        clientProblem(
          `${c.path}.volumesFrom[${i}].sourceContainer`,
          `volumesFrom names '${source}', which is not a container of this task definition.`,
        ),
      );
  });
  const volumes = new Set(arr(d.raw.volumes).map((v) => text(rec(v)?.name)));
  arr(c.raw.mountPoints).forEach((m, i) => {
    const source = text(rec(m)?.sourceVolume);
    if (source !== undefined && !volumes.has(source))
      out.push(
        clientProblem(
          `${c.path}.mountPoints[${i}].sourceVolume`,
          `Mount point refers to volume '${source}', which is not declared in the task definition's volumes.`,
        ),
      );
  });
  return out;
}

/** The awslogs options ECS accepts (ecs-reference §1.4.2); any other name is refused at registration. */
export const AWSLOGS_OPTIONS: ReadonlyArray<string> = [
  'awslogs-group',
  'awslogs-region',
  'awslogs-stream-prefix',
  'awslogs-create-group',
  'awslogs-datetime-format',
  'awslogs-multiline-pattern',
  'mode',
  'max-buffer-size',
];

function logProblems(c: ContainerDraft): TaskDefinitionProblem[] {
  if (c.logDriver !== 'awslogs') return [];
  const out: TaskDefinitionProblem[] = [];
  const unknown = Object.keys(c.logOptions).filter((o) => !AWSLOGS_OPTIONS.includes(o));
  if (unknown.length)
    out.push(
      clientProblem(
        `${c.path}.logConfiguration.options`,
        `Log driver awslogs disallows options: ${unknown.join(', ')}`,
      ),
    );
  const missing = ['awslogs-region', 'awslogs-group'].filter((o) => c.logOptions[o] === undefined);
  if (missing.length)
    out.push(
      clientProblem(
        `${c.path}.logConfiguration.options`,
        `Log driver awslogs requires options: ${missing.join(', ')}`,
      ),
    );
  return out;
}

/**
 * GPU requests must be whole GPUs here. Sandbox limit and wording: ECS also takes `ALL` and, on G6f
 * instances, fractions such as 0.25; the sandbox models whole GPUs only.
 */
function gpuProblems(c: ContainerDraft): TaskDefinitionProblem[] {
  return arr(c.raw.resourceRequirements).flatMap((r, i): TaskDefinitionProblem[] => {
    const req = rec(r);
    const value = text(req?.value);
    if (text(req?.type) !== 'GPU' || value === undefined || /^[1-9]\d*$/.test(value)) return [];
    return [
      clientProblem(
        `${c.path}.resourceRequirements[${i}].value`,
        `The GPU value '${value}' is not a whole number of GPUs. ECS Sandbox models whole GPUs only ("1", "2", …), not ALL or fractional GPUs.`,
      ),
    ];
  });
}

/** Letters, digits and - _ : . / # before an optional `@digest` (ecs-reference §1.2). */
const IMAGE_CHARACTERS = /^[A-Za-z0-9_:./#-]+$/;
const IMAGE_MAX = 255;

function imageProblems(c: ContainerDraft): TaskDefinitionProblem[] {
  const field = `${c.path}.image`;
  const raw = c.raw.image;
  if (raw !== undefined && raw !== null && typeof raw !== 'string') return []; // a type error: the schema's
  const image = c.image?.trim();
  if (image === undefined || image === '')
    return [clientProblem(field, 'Container.image should not be null or empty.')];
  const at = image.indexOf('@');
  const named = at < 0 ? image : image.slice(0, at);
  if (!IMAGE_CHARACTERS.test(named) || image !== c.image)
    return [clientProblem(field, 'Container.image repository contains invalid characters.')];
  if (named.length > IMAGE_MAX)
    // the sandbox's wording: ECS's own message for an over-long image name is not on record
    return [
      clientProblem(
        field,
        `Container.image is ${named.length} characters before any @digest; ECS allows at most ${IMAGE_MAX}.`,
      ),
    ];
  return [];
}

/**
 * FireLens comes in pairs: a log-router container (`firelensConfiguration`) and at least one container that
 * logs through it (log driver `awsfirelens`). ECS refuses either half alone.
 */
function fireLensProblems(d: TaskDraft): TaskDefinitionProblem[] {
  const router = d.containers.find((c) => c.raw.firelensConfiguration !== undefined);
  const sender = d.containers.find((c) => c.logDriver === 'awsfirelens');
  if (router && !sender)
    return [
      clientProblem(
        `${router.path}.firelensConfiguration`,
        'When a firelensConfiguration object is specified, at least one container has to be configured with the awsfirelens log driver.',
      ),
    ];
  if (sender && !router)
    return [
      clientProblem(
        `${sender.path}.logConfiguration.logDriver`,
        'When awsfirelens log driver is specified in log configuration, a firelens configuration object must be configured in one of the containers.',
      ),
    ];
  return [];
}

/** Problems with the container list and with each container (every launch type). */
export function containerProblems(d: TaskDraft): TaskDefinitionProblem[] {
  const byName = new Map<string, ContainerDraft>();
  for (const c of d.containers) if (c.name !== undefined && !byName.has(c.name)) byName.set(c.name, c);
  return [
    ...countProblems(d),
    ...nameProblems(d),
    ...cpuSumProblems(d),
    ...fireLensProblems(d),
    ...d.containers.flatMap((c) => [
      ...imageProblems(c),
      ...gpuProblems(c),
      ...memoryProblems(d, c),
      ...dependencyProblems(d, c, byName),
      ...referenceProblems(d, c, byName),
      ...logProblems(c),
    ]),
  ];
}
