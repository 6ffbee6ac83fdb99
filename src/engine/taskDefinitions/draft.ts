import { parseTaskCpu, parseTaskMemory } from './units';

/**
 * A forgiving, typed view of a RegisterTaskDefinition document that may not be schema-valid yet (the editor
 * checks text as the learner types). Members of the wrong type read as absent, so the semantic rules only
 * speak about what they can understand and leave type errors to the schema.
 */
export type Rec = Readonly<Record<string, unknown>>;

export const rec = (v: unknown): Rec | undefined =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : undefined;
export const arr = (v: unknown): ReadonlyArray<unknown> => (Array.isArray(v) ? v : []);
export const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
export const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined;

export interface PortDraft {
  readonly path: string;
  readonly containerPort?: number;
  readonly hostPort?: number;
  readonly protocol: string;
  readonly containerPortRange?: string;
}

export interface ContainerDraft {
  readonly path: string;
  readonly raw: Rec;
  readonly name?: string;
  readonly image?: string;
  /** ECS's default: a container is essential unless it says `essential: false` */
  readonly essential: boolean;
  readonly cpu?: number;
  readonly memory?: number;
  readonly memoryReservation?: number;
  readonly ports: ReadonlyArray<PortDraft>;
  readonly logDriver?: string;
  readonly logOptions: Rec;
}

export interface TaskDraft {
  readonly raw: Rec;
  readonly networkMode: string;
  /** launch types listed in requiresCompatibilities */
  readonly requires: ReadonlySet<string>;
  /** task-level cpu in units / memory in MiB; undefined when absent or not understood */
  readonly cpu?: number;
  readonly memory?: number;
  /** whether `containerDefinitions` is a list at all (when not, the schema reports it) */
  readonly hasContainerList: boolean;
  readonly containers: ReadonlyArray<ContainerDraft>;
  readonly windows: boolean;
}

function readPorts(container: Rec, path: string): PortDraft[] {
  return arr(container.portMappings).flatMap((p, i) => {
    const m = rec(p);
    if (!m) return [];
    return [
      {
        path: `${path}.portMappings[${i}]`,
        containerPort: num(m.containerPort),
        hostPort: num(m.hostPort),
        protocol: text(m.protocol) ?? 'tcp',
        containerPortRange: text(m.containerPortRange),
      },
    ];
  });
}

function readContainer(raw: Rec, index: number): ContainerDraft {
  const path = `containerDefinitions[${index}]`;
  const log = rec(raw.logConfiguration);
  return {
    path,
    raw,
    name: text(raw.name),
    image: text(raw.image),
    essential: raw.essential !== false,
    cpu: num(raw.cpu),
    memory: num(raw.memory),
    memoryReservation: num(raw.memoryReservation),
    ports: readPorts(raw, path),
    logDriver: text(log?.logDriver),
    logOptions: rec(log?.options) ?? {},
  };
}

/** Reads `input` into a draft; undefined when it is not even an object. */
export function readDraft(input: unknown): TaskDraft | undefined {
  const raw = rec(input);
  if (!raw) return undefined;
  const list = Array.isArray(raw.containerDefinitions) ? raw.containerDefinitions : undefined;
  const os = text(rec(raw.runtimePlatform)?.operatingSystemFamily) ?? 'LINUX';
  return {
    raw,
    networkMode: text(raw.networkMode) ?? 'bridge',
    requires: new Set(arr(raw.requiresCompatibilities).filter((t): t is string => typeof t === 'string')),
    cpu: parseTaskCpu(raw.cpu),
    memory: parseTaskMemory(raw.memory),
    hasContainerList: list !== undefined,
    containers: (list ?? []).flatMap((c, i) => {
      const r = rec(c);
      return r ? [readContainer(r, i)] : [];
    }),
    windows: os.startsWith('WINDOWS'),
  };
}

/** Whether the draft asks to be validated for EC2-style launch types (the default when none is listed). */
export const validatesForInstances = (d: TaskDraft): boolean =>
  d.requires.size === 0 || [...d.requires].some((t) => t !== 'FARGATE');

const ECR_IMAGE = /^\d{12}\.dkr\.ecr\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\//;

/** Whether an image lives in a private Amazon ECR repository (pulling it needs ECR credentials). */
export const isEcrImage = (image: string | undefined): boolean =>
  image !== undefined && ECR_IMAGE.test(image);
