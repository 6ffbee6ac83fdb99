import type { ContainerDefinition, HealthCheck } from '../../engine/index';
import type { EcsTaskDefinition, MappingNote, PathComment } from './types';

/**
 * Container definitions as Kubernetes containers: image, command, ports, resources, probes, environment,
 * secrets and volume mounts. Pure. Comment paths are relative to the pod spec.
 */

/** CPU units (1024 per vCPU) as millicores (1000 per CPU): 1024 → 1000m, 256 → 250m. */
export const millicores = (units: number): string => `${Math.round((units * 1000) / 1024)}m`;
export const mebibytes = (mib: number | string): string => `${mib}Mi`;

/** A Kubernetes name (DNS-1123 label) from an ECS name: lowercase, `-` for anything else, at most 63 long. */
export function k8sName(name: string): string {
  const cleaned = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 63)
    .replace(/-+$/, '');
  return cleaned || 'app';
}

/** A Secret key from an environment variable name (keys allow letters, digits, `-`, `_` and `.`). */
const secretKey = (name: string) => name.replace(/[^A-Za-z0-9._-]/g, '_');

/** ECS's health check command as an exec probe's command. */
function probeCommand(command: ReadonlyArray<string>): string[] {
  const [kind, ...rest] = command;
  if (kind === 'CMD-SHELL') return ['sh', '-c', rest.join(' ')];
  if (kind === 'CMD') return rest;
  return [...command];
}

function probe(h: HealthCheck): Record<string, unknown> {
  return {
    exec: { command: probeCommand(h.command) },
    periodSeconds: h.interval ?? 30,
    timeoutSeconds: h.timeout ?? 5,
    failureThreshold: h.retries ?? 3,
    ...(h.startPeriod ? { initialDelaySeconds: h.startPeriod } : {}),
  };
}

export interface PodContainers {
  readonly containers: ReadonlyArray<Record<string, unknown>>;
  readonly initContainers: ReadonlyArray<Record<string, unknown>>;
  readonly volumes: ReadonlyArray<Record<string, unknown>>;
  readonly hostNetwork: boolean;
  readonly terminationGracePeriodSeconds?: number;
  readonly comments: ReadonlyArray<PathComment>;
  readonly notes: ReadonlyArray<MappingNote>;
  /** the Secret the env entries point at, when any container has secrets */
  readonly secretName?: string;
}

interface Options {
  readonly app: string;
  readonly fargate: boolean;
  /** the container and port behind the load balancer, and the target group's health check path */
  readonly readiness?: { readonly container: string; readonly port: number; readonly path: string };
}

/** Translates every container of `td`; see PodContainers. */
export function translateContainers(td: EcsTaskDefinition, options: Options): PodContainers {
  const notes: MappingNote[] = [];
  const comments: PathComment[] = [];
  const note = (n: MappingNote) => {
    if (!notes.some((o) => o.ecs === n.ecs && o.kubernetes === n.kubernetes)) notes.push(n);
  };
  const defs = td.containerDefinitions;
  // containers another one waits on to finish (SUCCESS/COMPLETE) run first, as init containers
  const runFirst = new Set(
    defs.flatMap((c) =>
      (c.dependsOn ?? [])
        .filter((d) => d.condition === 'SUCCESS' || d.condition === 'COMPLETE')
        .map((d) => d.containerName),
    ),
  );
  const secretName = defs.some((c) => c.secrets?.length) ? `${options.app}-secrets` : undefined;
  const onlyOne = defs.length === 1;
  const taskCpu = td.cpu !== undefined ? Number(td.cpu) : undefined;
  const taskMemory = td.memory !== undefined ? Number(td.memory) : undefined;

  const containers: Record<string, unknown>[] = [];
  const initContainers: Record<string, unknown>[] = [];
  const volumes = new Map<string, Record<string, unknown>>();

  const translate = (c: ContainerDefinition, base: (string | number)[]) => {
    const out: Record<string, unknown> = { name: k8sName(c.name), image: c.image };
    if (c.entryPoint?.length) out.command = [...c.entryPoint];
    if (c.command?.length) out.args = [...c.command];
    if (c.entryPoint?.length || c.command?.length)
      note({
        ecs: 'entryPoint / command',
        kubernetes: 'command / args',
        fit: 'direct',
        why: 'The names cross over: ECS entryPoint (Docker ENTRYPOINT) is Kubernetes command; ECS command (CMD) is args.',
      });
    // ports
    const ports = (c.portMappings ?? []).filter((p) => p.containerPort !== undefined);
    if (ports.length) {
      out.ports = ports.map((p) => ({
        containerPort: p.containerPort,
        ...(p.name ? { name: k8sName(p.name).slice(0, 15) } : {}),
        ...(p.protocol === 'udp' ? { protocol: 'UDP' } : {}),
        ...(td.networkMode === 'bridge' && p.hostPort ? { hostPort: p.hostPort } : {}),
      }));
      if (td.networkMode === 'bridge') {
        const dynamic = ports.some((p) => !p.hostPort);
        comments.push({
          path: [...base, 'ports'],
          text: dynamic
            ? ' bridge with hostPort 0 (dynamic): no host port needed, every pod has its own IP'
            : ' a fixed hostPort, as in bridge mode: only one such pod fits on a node',
        });
        note({
          ecs: dynamic ? 'networkMode bridge, hostPort 0 (dynamic)' : 'networkMode bridge, fixed hostPort',
          kubernetes: dynamic ? 'containerPort only' : 'ports[].hostPort',
          fit: dynamic ? 'close' : 'direct',
          why: dynamic
            ? 'Dynamic host ports exist so many copies share a host IP. With the VPC CNI each pod gets its own VPC IP, so the container port is reached directly.'
            : 'A fixed host port limits a node to one copy in both systems; Kubernetes users avoid it the same way.',
        });
      }
    }
    // resources: container cpu/memory first; a single container takes the task-level size
    const requests: Record<string, string> = {};
    const limits: Record<string, string> = {};
    const cpu = c.cpu || (onlyOne ? taskCpu : undefined);
    if (cpu) requests.cpu = millicores(cpu);
    if (c.memoryReservation) requests.memory = mebibytes(c.memoryReservation);
    if (c.memory) {
      limits.memory = mebibytes(c.memory);
      requests.memory ??= mebibytes(c.memory);
    }
    if (!c.memory && !c.memoryReservation && onlyOne && taskMemory) {
      requests.memory = mebibytes(taskMemory);
      limits.memory = mebibytes(taskMemory);
    }
    if (options.fargate) {
      // EKS Fargate runs pods as Guaranteed: the requests must equal the limits
      if (requests.cpu) limits.cpu = requests.cpu;
      if (requests.memory) limits.memory = requests.memory;
    }
    if (Object.keys(requests).length || Object.keys(limits).length) {
      out.resources = {
        ...(Object.keys(requests).length ? { requests } : {}),
        ...(Object.keys(limits).length ? { limits } : {}),
      };
      comments.push({
        path: [...base, 'resources'],
        text: options.fargate
          ? ' 1024 CPU units = 1000m; on EKS Fargate requests equal limits, and they size the pod'
          : ' 1024 CPU units = 1000m; memoryReservation → requests.memory, memory (hard) → limits.memory',
      });
    }
    if (c.cpu)
      note({
        ecs: 'containerDefinitions[].cpu',
        kubernetes: 'resources.requests.cpu',
        fit: 'direct',
        why: 'Container CPU units are a reservation: 1024 units = 1 vCPU = 1000m.',
      });
    if (c.memoryReservation)
      note({
        ecs: 'memoryReservation',
        kubernetes: 'resources.requests.memory',
        fit: 'direct',
        why: 'The soft reservation the scheduler counts is the request.',
      });
    if (c.memory)
      note({
        ecs: 'memory (hard limit)',
        kubernetes: 'resources.limits.memory',
        fit: 'direct',
        why: 'Going over kills the container in both (OOM).',
      });
    // health check → liveness probe; the load balancer's check → readiness probe
    if (c.healthCheck) {
      out.livenessProbe = probe(c.healthCheck);
      comments.push({
        path: [...base, 'livenessProbe'],
        text: ' from healthCheck: a failing probe restarts this container; ECS replaces the whole task',
      });
      note({
        ecs: 'healthCheck (command, interval, timeout, retries, startPeriod)',
        kubernetes:
          'livenessProbe (exec, periodSeconds, timeoutSeconds, failureThreshold, initialDelaySeconds)',
        fit: 'close',
        why: 'Same checks and counts. ECS marks the task UNHEALTHY and the service replaces it; the kubelet restarts the container in place. startupProbe is the closer match for startPeriod.',
      });
    }
    if (options.readiness && options.readiness.container === c.name) {
      out.readinessProbe = {
        httpGet: { path: options.readiness.path, port: options.readiness.port },
      };
      comments.push({
        path: [...base, 'readinessProbe'],
        text: ' from the target group health check: traffic only goes to ready pods',
      });
    }
    // environment and secrets
    const env: Record<string, unknown>[] = (c.environment ?? [])
      .filter((e) => e.name !== undefined)
      .map((e) => ({ name: e.name, value: e.value ?? '' }));
    for (const s of c.secrets ?? [])
      env.push({ name: s.name, valueFrom: { secretKeyRef: { name: secretName, key: secretKey(s.name) } } });
    if (env.length) out.env = env;
    if (c.secrets?.length) {
      comments.push({
        path: [...base, 'env'],
        text:
          ` secrets: ECS reads ${c.secrets.map((s) => s.valueFrom).join(', ')} (Secrets Manager / SSM) at start;` +
          ` here a Kubernetes Secret "${secretName}" must hold them (synced by a CSI driver or External Secrets)`,
      });
      note({
        ecs: 'secrets[].valueFrom (Secrets Manager / SSM Parameter Store)',
        kubernetes: 'env[].valueFrom.secretKeyRef',
        fit: 'close',
        why: 'ECS fetches the value with the execution role when the task starts. Kubernetes reads a Secret object in the cluster; getting the AWS value into it is a separate tool (Secrets Store CSI driver with the AWS provider, or External Secrets).',
      });
    }
    // volumes
    const mounts = ((c.mountPoints ?? []) as ReadonlyArray<Record<string, unknown>>).flatMap((m) => {
      const name = typeof m.sourceVolume === 'string' ? m.sourceVolume : undefined;
      if (!name || typeof m.containerPath !== 'string') return [];
      return [
        {
          name: k8sName(name),
          mountPath: m.containerPath,
          ...(m.readOnly === true ? { readOnly: true } : {}),
        },
      ];
    });
    if (mounts.length) out.volumeMounts = mounts;
    if (Array.isArray(c.volumesFrom) && c.volumesFrom.length)
      note({
        ecs: 'volumesFrom',
        kubernetes: '(no field)',
        fit: 'none',
        why: 'Mount the same pod volumes in both containers instead.',
      });
    if (c.logConfiguration) {
      comments.push({
        path: base,
        text: ` logConfiguration (${c.logConfiguration.logDriver}) has no field: stdout is collected by a cluster-wide agent`,
      });
      note({
        ecs: `logConfiguration (${c.logConfiguration.logDriver})`,
        kubernetes: '(no field: a cluster-level log agent)',
        fit: 'none',
        why: options.fargate
          ? 'Pods write to stdout/stderr. On EKS Fargate the built-in Fluent Bit router is configured once, by a ConfigMap in the aws-observability namespace.'
          : 'Pods write to stdout/stderr; a DaemonSet agent (Fluent Bit, the CloudWatch Observability add-on) ships every node’s logs.',
      });
    }
    if (c.essential === false) {
      comments.push({
        path: base,
        text: ' essential: false in ECS; Kubernetes has no "essential": each container is restarted on its own',
      });
      note({
        ecs: 'essential: false',
        kubernetes: '(no field; restartPolicy per pod, native sidecars)',
        fit: 'none',
        why: 'In ECS the task stops when an essential container exits and outlives a non-essential one. A pod restarts any exited container (restartPolicy Always); a helper that must start first and stay is a native sidecar (an init container with restartPolicy: Always).',
      });
    }
    return out;
  };

  for (const c of defs) {
    const first = runFirst.has(c.name);
    const list = first ? initContainers : containers;
    const base = [first ? 'initContainers' : 'containers', list.length];
    list.push(translate(c, base));
  }
  if (runFirst.size)
    note({
      ecs: 'dependsOn (SUCCESS / COMPLETE)',
      kubernetes: 'initContainers',
      fit: 'close',
      why: 'A container the others wait on to finish runs first as an init container. START and HEALTHY have no field (startup order of native sidecars comes closest).',
    });
  if (defs.some((c) => c.dependsOn?.some((d) => d.condition === 'START' || d.condition === 'HEALTHY')))
    note({
      ecs: 'dependsOn (START / HEALTHY)',
      kubernetes: '(no field)',
      fit: 'none',
      why: 'Regular containers of a pod start together; a native sidecar with a startupProbe gives an order.',
    });

  for (const v of td.volumes) {
    const name = typeof v.name === 'string' ? v.name : undefined;
    if (!name) continue;
    const host = v.host as { sourcePath?: string } | undefined;
    const efs = v.efsVolumeConfiguration as { fileSystemId?: string } | undefined;
    if (efs) {
      volumes.set(name, { name: k8sName(name), persistentVolumeClaim: { claimName: k8sName(name) } });
      note({
        ecs: `volumes[${name}].efsVolumeConfiguration`,
        kubernetes: 'persistentVolumeClaim (EFS CSI driver)',
        fit: 'close',
        why: `A PersistentVolume on the EFS CSI driver pointing at ${efs.fileSystemId ?? 'the file system'}, claimed by the pod; shared across nodes and zones as in ECS.`,
      });
    } else if (v.configuredAtLaunch === true) {
      volumes.set(name, { name: k8sName(name), persistentVolumeClaim: { claimName: k8sName(name) } });
      note({
        ecs: `volumes[${name}].configuredAtLaunch (EBS)`,
        kubernetes: 'persistentVolumeClaim (EBS CSI driver)',
        fit: 'close',
        why: 'Block storage for one pod; a StatefulSet volumeClaimTemplate gives each replica its own.',
      });
    } else if (host?.sourcePath) {
      volumes.set(name, { name: k8sName(name), hostPath: { path: host.sourcePath } });
      note({
        ecs: `volumes[${name}].host.sourcePath`,
        kubernetes: 'hostPath',
        fit: 'direct',
        why: 'A directory of the node; not available on Fargate in either system.',
      });
    } else {
      volumes.set(name, { name: k8sName(name), emptyDir: {} });
      note({
        ecs: `volumes[${name}] (bind mount)`,
        kubernetes: 'emptyDir',
        fit: 'direct',
        why: 'Scratch space shared by the containers of one task / pod, deleted with it.',
      });
    }
  }
  const stops = defs.map((c) => c.stopTimeout).filter((s): s is number => typeof s === 'number');
  return {
    containers,
    initContainers,
    volumes: [...volumes.values()],
    hostNetwork: td.networkMode === 'host',
    ...(stops.length ? { terminationGracePeriodSeconds: Math.max(...stops) } : {}),
    comments,
    notes,
    ...(secretName ? { secretName } : {}),
  };
}
