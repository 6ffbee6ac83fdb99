import { err, ok, type Result } from '../../lib/result';
import {
  COMMAND_OF,
  type Described,
  type DescribedAttachment,
  type DescribedAttribute,
  type DescribedCluster,
  type DescribedContainerInstance,
  type DescribedResource,
  type DescribedService,
  type DescribedTask,
  type DescribedTaskDefinition,
  type JsonObject,
  type OutputKind,
  type Paste,
  type PasteProblem,
  type Tag,
} from './described';
import { jsonDocuments, PASTE_AGAIN } from './json';

/**
 * Reads pasted describe-* outputs: each JSON document is recognised by its top-level key (`clusters`,
 * `containerInstances`, `taskDefinition`, `services`, `tasks`), whichever box it was pasted in, and checked member
 * by member. Never throws: anything wrong comes back as problems that name the paste, the JSON path and the fix.
 */

/** At most this many of each thing: a paste must not make the tab build for minutes. */
export const MAX_ITEMS = 1_000;

const KINDS = Object.keys(COMMAND_OF) as OutputKind[];

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

const shown = (v: unknown): string => {
  if (v === undefined) return 'missing';
  if (Array.isArray(v)) return 'a list';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  const text = JSON.stringify(v);
  return `${text.length > 40 ? `${text.slice(0, 40)}…` : text} (a ${typeof v})`;
};

/** Reads one document's members, collecting a problem per member that has the wrong type. */
class Members {
  constructor(
    private readonly paste: string,
    private readonly problems: PasteProblem[],
  ) {}

  problem(path: string, message: string): undefined {
    this.problems.push({ paste: this.paste, path, message });
    return undefined;
  }

  wrong(path: string, expected: string, found: unknown): undefined {
    return this.problem(path, `expected ${expected}, found ${shown(found)}. ${PASTE_AGAIN}`);
  }

  string(o: JsonObject, key: string, path: string, required: boolean): string | undefined {
    const v = o[key];
    if (typeof v === 'string' && v !== '') return v;
    if (v === undefined && !required) return undefined;
    return this.wrong(`${path}.${key}`, 'a non-empty string', v);
  }

  number(o: JsonObject, key: string, path: string, required: boolean): number | undefined {
    const v = o[key];
    if (typeof v === 'number' && Number.isFinite(v)) return v;
    if (v === undefined && !required) return undefined;
    return this.wrong(`${path}.${key}`, 'a number', v);
  }

  boolean(o: JsonObject, key: string, path: string): boolean | undefined {
    const v = o[key];
    if (v === undefined || typeof v === 'boolean') return v;
    return this.wrong(`${path}.${key}`, 'true or false', v);
  }

  object(o: JsonObject, key: string, path: string): JsonObject | undefined {
    const v = o[key];
    if (v === undefined || isObject(v)) return v;
    return this.wrong(`${path}.${key}`, 'an object', v);
  }

  /** A list whose items `each` reads (an item it cannot read is left out, its problem recorded). */
  list<T>(
    o: JsonObject,
    key: string,
    path: string,
    each: (item: JsonObject, path: string) => T | undefined,
    required = false,
  ): T[] {
    const v = o[key];
    if (v === undefined && !required) return [];
    if (!Array.isArray(v)) {
      this.wrong(`${path}.${key}`, 'a list', v);
      return [];
    }
    if (v.length > MAX_ITEMS) {
      this.problem(
        `${path}.${key}`,
        `it lists ${v.length} items; the import reads at most ${MAX_ITEMS}. Describe fewer at a time.`,
      );
      return [];
    }
    const out: T[] = [];
    v.forEach((item: unknown, i) => {
      const at = `${path}.${key}[${i}]`;
      if (!isObject(item)) return this.wrong(at, 'an object', item);
      const read = each(item, at);
      if (read !== undefined) out.push(read);
    });
    return out;
  }

  strings(o: JsonObject, key: string, path: string): string[] {
    const v = o[key];
    if (v === undefined) return [];
    if (Array.isArray(v) && v.every((s) => typeof s === 'string')) return v as string[];
    this.wrong(`${path}.${key}`, 'a list of strings', v);
    return [];
  }

  tags(o: JsonObject, path: string): Tag[] {
    return this.list(o, 'tags', path, (t, at) => {
      const key = this.string(t, 'key', at, true);
      const value = typeof t['value'] === 'string' ? t['value'] : undefined;
      return key === undefined ? undefined : { key, ...(value === undefined ? {} : { value }) };
    });
  }
}

function readCluster(m: Members, o: JsonObject, path: string): DescribedCluster | undefined {
  const clusterName = m.string(o, 'clusterName', path, true);
  const clusterArn = m.string(o, 'clusterArn', path, false);
  m.strings(o, 'capacityProviders', path);
  m.tags(o, path);
  return clusterName === undefined
    ? undefined
    : { clusterName, record: o, ...(clusterArn ? { clusterArn } : {}) };
}

function readInstance(m: Members, o: JsonObject, path: string): DescribedContainerInstance | undefined {
  const containerInstanceArn = m.string(o, 'containerInstanceArn', path, true);
  const status = m.string(o, 'status', path, true);
  const ec2InstanceId = m.string(o, 'ec2InstanceId', path, false);
  const agentConnected = m.boolean(o, 'agentConnected', path);
  const capacityProviderName = m.string(o, 'capacityProviderName', path, false);
  const attributes = m.list(o, 'attributes', path, (a, at): DescribedAttribute | undefined => {
    const name = m.string(a, 'name', at, true);
    const value = m.string(a, 'value', at, false);
    return name === undefined ? undefined : { name, ...(value === undefined ? {} : { value }) };
  });
  const registeredResources = m.list(
    o,
    'registeredResources',
    path,
    (r, at): DescribedResource | undefined => {
      const name = m.string(r, 'name', at, true);
      const integerValue = m.number(r, 'integerValue', at, false);
      const stringSetValue =
        r['stringSetValue'] === undefined ? undefined : m.strings(r, 'stringSetValue', at);
      return name === undefined
        ? undefined
        : {
            name,
            ...(integerValue === undefined ? {} : { integerValue }),
            ...(stringSetValue === undefined ? {} : { stringSetValue }),
          };
    },
    true,
  );
  if (containerInstanceArn === undefined || status === undefined) return undefined;
  return {
    containerInstanceArn,
    status,
    attributes,
    registeredResources,
    ...(ec2InstanceId === undefined ? {} : { ec2InstanceId }),
    ...(agentConnected === undefined ? {} : { agentConnected }),
    ...(capacityProviderName === undefined ? {} : { capacityProviderName }),
  };
}

function readTaskDefinition(
  m: Members,
  o: JsonObject,
  path: string,
  tags: Tag[],
): DescribedTaskDefinition | undefined {
  const family = m.string(o, 'family', path, true);
  const revision = m.number(o, 'revision', path, true);
  const taskDefinitionArn = m.string(o, 'taskDefinitionArn', path, true);
  m.list(o, 'containerDefinitions', path, (c, at) => m.string(c, 'name', at, true), true);
  if (family === undefined || revision === undefined || taskDefinitionArn === undefined) return undefined;
  return { family, revision, taskDefinitionArn, record: o, tags };
}

function readService(m: Members, o: JsonObject, path: string): DescribedService | undefined {
  const serviceName = m.string(o, 'serviceName', path, true);
  const taskDefinition = m.string(o, 'taskDefinition', path, true);
  const clusterArn = m.string(o, 'clusterArn', path, false);
  m.number(o, 'desiredCount', path, false);
  m.string(o, 'launchType', path, false);
  m.string(o, 'schedulingStrategy', path, false);
  for (const key of [
    'placementStrategy',
    'placementConstraints',
    'loadBalancers',
    'capacityProviderStrategy',
  ])
    m.list(o, key, path, (item) => item);
  const network = m.object(o, 'networkConfiguration', path);
  const awsvpc = network && m.object(network, 'awsvpcConfiguration', `${path}.networkConfiguration`);
  if (awsvpc) m.strings(awsvpc, 'subnets', `${path}.networkConfiguration.awsvpcConfiguration`);
  m.object(o, 'deploymentConfiguration', path);
  if (serviceName === undefined || taskDefinition === undefined) return undefined;
  return { serviceName, taskDefinition, record: o, ...(clusterArn ? { clusterArn } : {}) };
}

function readTask(m: Members, o: JsonObject, path: string): DescribedTask | undefined {
  const taskArn = m.string(o, 'taskArn', path, true);
  const taskDefinitionArn = m.string(o, 'taskDefinitionArn', path, true);
  const optional = (key: string) => m.string(o, key, path, false);
  const fields = {
    clusterArn: optional('clusterArn'),
    lastStatus: optional('lastStatus'),
    group: optional('group'),
    startedBy: optional('startedBy'),
    launchType: optional('launchType'),
    capacityProviderName: optional('capacityProviderName'),
    containerInstanceArn: optional('containerInstanceArn'),
    availabilityZone: optional('availabilityZone'),
  };
  const attachments = m.list(o, 'attachments', path, (a, at): DescribedAttachment => {
    const type = m.string(a, 'type', at, false);
    const details = m.list(a, 'details', at, (d, dat) => {
      const name = m.string(d, 'name', dat, true);
      const value = typeof d['value'] === 'string' ? d['value'] : undefined;
      return name === undefined ? undefined : { name, ...(value === undefined ? {} : { value }) };
    });
    return { details, ...(type === undefined ? {} : { type }) };
  });
  const overrides = m.object(o, 'overrides', path);
  const tags = m.tags(o, path);
  if (taskArn === undefined || taskDefinitionArn === undefined) return undefined;
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return { taskArn, taskDefinitionArn, attachments, tags, ...defined, ...(overrides ? { overrides } : {}) };
}

/** Which output a document is, by its top-level key; a bare task definition object counts as one too. */
function kindOf(o: JsonObject): OutputKind | 'bareTaskDefinition' | undefined {
  const found = KINDS.filter((k) => k in o);
  if (found.length === 1) return found[0];
  if (found.length === 0 && 'containerDefinitions' in o && 'family' in o) return 'bareTaskDefinition';
  return undefined;
}

interface Collected {
  clusters: DescribedCluster[];
  containerInstances: DescribedContainerInstance[];
  taskDefinitions: DescribedTaskDefinition[];
  services: DescribedService[];
  tasks: DescribedTask[];
}

function readDocument(m: Members, doc: unknown, index: number, into: Collected): void {
  const path = `document ${index + 1}`;
  if (!isObject(doc)) {
    m.wrong(path, 'a JSON object such as { "services": [ … ] }', doc);
    return;
  }
  const kind = kindOf(doc);
  switch (kind) {
    case 'clusters':
      into.clusters.push(...m.list(doc, 'clusters', path, (o, at) => readCluster(m, o, at), true));
      return;
    case 'containerInstances':
      into.containerInstances.push(
        ...m.list(doc, 'containerInstances', path, (o, at) => readInstance(m, o, at), true),
      );
      return;
    case 'services':
      into.services.push(...m.list(doc, 'services', path, (o, at) => readService(m, o, at), true));
      return;
    case 'tasks':
      into.tasks.push(...m.list(doc, 'tasks', path, (o, at) => readTask(m, o, at), true));
      return;
    case 'taskDefinition': {
      const td = m.object(doc, 'taskDefinition', path);
      if (!td) {
        m.wrong(`${path}.taskDefinition`, 'an object', doc['taskDefinition']);
        return;
      }
      const read = readTaskDefinition(m, td, `${path}.taskDefinition`, m.tags(doc, path));
      if (read) into.taskDefinitions.push(read);
      return;
    }
    case 'bareTaskDefinition': {
      const read = readTaskDefinition(m, doc, path, []);
      if (read) into.taskDefinitions.push(read);
      return;
    }
    case undefined: {
      const keys = Object.keys(doc).slice(0, 5);
      const found = keys.length === 0 ? 'it is an empty object' : `its keys are ${keys.join(', ')}`;
      m.problem(
        path,
        `this is not an output the import reads (${found}). Paste the JSON printed by ` +
          `${KINDS.map((k) => COMMAND_OF[k]).join(', ')}: each starts with the key ` +
          `${KINDS.map((k) => `"${k}"`).join(', ')} respectively.`,
      );
    }
  }
}

/**
 * Reads every paste. An empty box is skipped; anything wrong in any paste fails the whole read, so an import
 * never half-happens. At least one cluster must be named (by describe-clusters or by the ARNs of what is pasted).
 */
export function readPastes(pastes: ReadonlyArray<Paste>): Result<Described, ReadonlyArray<PasteProblem>> {
  const problems: PasteProblem[] = [];
  const into: Collected = {
    clusters: [],
    containerInstances: [],
    taskDefinitions: [],
    services: [],
    tasks: [],
  };
  for (const { label, text } of pastes) {
    if (text.trim() === '') continue;
    const split = jsonDocuments(label, text);
    problems.push(...split.problems);
    const m = new Members(label, problems);
    split.documents.forEach((doc, i) => readDocument(m, doc, i, into));
  }
  if (problems.length > 0) return err(problems);
  const counted = Object.values(into).reduce((n, list) => n + list.length, 0);
  if (counted === 0)
    return err([
      {
        paste: 'The import',
        path: '',
        message: `there is nothing to import yet. Paste at least the output of ${COMMAND_OF.clusters} and ${COMMAND_OF.containerInstances}.`,
      },
    ]);
  for (const [key, list] of Object.entries(into))
    if (list.length > MAX_ITEMS)
      return err([
        {
          paste: 'The import',
          path: '',
          message: `the pastes hold ${list.length} ${key} together; the import reads at most ${MAX_ITEMS}.`,
        },
      ]);
  return ok(into);
}
