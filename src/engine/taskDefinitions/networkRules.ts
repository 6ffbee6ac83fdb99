import { arr, type ContainerDraft, type PortDraft, type TaskDraft } from './draft';
import { clientProblem, type TaskDefinitionProblem } from './problem';

/** Port mappings and network-mode rules (ecs-reference §1.3, §7). */

function mappingProblems(d: TaskDraft, p: PortDraft): TaskDefinitionProblem[] {
  const mode = d.networkMode;
  if (p.containerPortRange !== undefined) {
    const [first = 0, last = 0] = p.containerPortRange.split('-').map(Number);
    if (mode !== 'bridge' && mode !== 'awsvpc')
      return [
        clientProblem(
          `${p.path}.containerPortRange`,
          `containerPortRange is supported only when networkMode=bridge or networkMode=awsvpc, not ${mode}.`,
        ),
      ];
    if (p.containerPort !== undefined || p.hostPort !== undefined)
      return [
        clientProblem(
          p.path,
          'A port mapping with containerPortRange cannot also set containerPort or hostPort.',
        ),
      ];
    if (first < 1 || last > 65535 || first >= last)
      return [
        clientProblem(
          `${p.path}.containerPortRange`,
          `containerPortRange '${p.containerPortRange}' must be "first-last" with 1 ≤ first < last ≤ 65535.`,
        ),
      ];
    return [];
  }
  if (p.containerPort === undefined)
    return [clientProblem(p.path, 'A port mapping needs containerPort (or a containerPortRange).')];
  if (p.hostPort === undefined || p.hostPort === p.containerPort) return [];
  if (mode === 'awsvpc')
    return [
      clientProblem(
        `${p.path}.hostPort`,
        'When networkMode=awsvpc, the host ports and container ports in port mappings must match.',
      ),
    ];
  if (mode === 'host')
    return [
      clientProblem(
        `${p.path}.hostPort`,
        'When networkMode=host, the host ports and container ports in port mappings must match.',
      ),
    ];
  return [];
}

/** One container port may appear once per container, whatever its protocol. */
function duplicateWithinContainer(c: ContainerDraft): TaskDefinitionProblem[] {
  const seen = new Map<number, PortDraft>();
  const out: TaskDefinitionProblem[] = [];
  for (const p of c.ports) {
    if (p.containerPort === undefined) continue;
    const earlier = seen.get(p.containerPort);
    if (!earlier) {
      seen.set(p.containerPort, p);
      continue;
    }
    const why =
      earlier.protocol === p.protocol
        ? `is already mapped by ${earlier.path}`
        : `is already mapped for ${earlier.protocol} by ${earlier.path}; the same container port can't be exposed for two protocols`;
    out.push(clientProblem(`${p.path}.containerPort`, `Container port ${p.containerPort} ${why}.`));
  }
  return out;
}

/**
 * Ports that would collide on one network namespace: with awsvpc/host every container shares the task's (or
 * the instance's) ports; with bridge only static host ports collide.
 */
function duplicateAcrossContainers(d: TaskDraft): TaskDefinitionProblem[] {
  const shared = d.networkMode === 'awsvpc' || d.networkMode === 'host';
  const member = shared ? 'containerPort' : 'hostPort';
  const taken = new Map<string, PortDraft>();
  const out: TaskDefinitionProblem[] = [];
  for (const c of d.containers) {
    const mine = new Map<string, PortDraft>();
    for (const p of c.ports) {
      const port = shared ? (p.hostPort ?? p.containerPort) : p.hostPort;
      if (!port) continue;
      const key = `${port}/${p.protocol}`;
      const earlier = taken.get(key);
      const sameContainer = mine.get(key);
      if (earlier && !sameContainer) {
        out.push(
          clientProblem(
            `${p.path}.${member}`,
            `Port ${key} is already taken by ${earlier.path}; two containers of one task cannot use the same ${shared ? `port when networkMode=${d.networkMode}` : 'static host port'}.`,
          ),
        );
      } else if (sameContainer && sameContainer.containerPort !== p.containerPort) {
        // a repeated containerPort is reported by duplicateWithinContainer; two container ports on one host port is this
        out.push(
          clientProblem(
            `${p.path}.hostPort`,
            `Host port ${key} is already mapped by ${sameContainer.path}; one host port can receive traffic for only one container port.`,
          ),
        );
      }
      if (!earlier) taken.set(key, p);
      if (!sameContainer) mine.set(key, p);
    }
  }
  return out;
}

function modeProblems(d: TaskDraft, c: ContainerDraft): TaskDefinitionProblem[] {
  const out: TaskDefinitionProblem[] = [];
  const mode = d.networkMode;
  if (mode === 'none' && arr(c.raw.portMappings).length > 0)
    out.push(
      clientProblem(
        `${c.path}.portMappings`,
        'When networkMode=none, containers cannot have port mappings. Remove portMappings or choose another network mode.',
      ),
    );
  if (mode !== 'bridge' && arr(c.raw.links).length > 0)
    out.push(
      clientProblem(
        `${c.path}.links`,
        `links are supported only when networkMode=bridge, not ${mode}. Remove links.`,
      ),
    );
  if (mode === 'awsvpc') {
    if (c.raw.hostname !== undefined)
      out.push(
        clientProblem(
          `${c.path}.hostname`,
          'hostname is not supported on container when networkMode=awsvpc.',
        ),
      );
    if (arr(c.raw.extraHosts).length > 0)
      out.push(
        clientProblem(
          `${c.path}.extraHosts`,
          'extraHosts is not supported on container when networkMode=awsvpc.',
        ),
      );
  }
  return out;
}

/** Problems with port mappings and with members the network mode does not allow. */
export function networkProblems(d: TaskDraft): TaskDefinitionProblem[] {
  return [
    ...d.containers.flatMap((c) => [
      ...modeProblems(d, c),
      ...(d.networkMode === 'none' ? [] : c.ports.flatMap((p) => mappingProblems(d, p))),
      ...duplicateWithinContainer(c),
    ]),
    ...duplicateAcrossContainers(d),
  ];
}
