import type { PlacementConstraint, PlacementStrategy } from '../../engine/index';
import type { MappingNote, PathComment } from './types';

/**
 * Placement constraints and strategies as the kube-scheduler's inputs: node selectors, node affinity, pod
 * anti-affinity and topology spread. Pure. ECS strategies order candidates; Kubernetes mostly scores them, so
 * binpack and random have no field of their own.
 */

/** The well-known node label for each ECS built-in attribute (custom attributes become node labels as named). */
const LABEL_FOR: Readonly<Record<string, string>> = {
  'ecs.instance-type': 'node.kubernetes.io/instance-type',
  'ecs.availability-zone': 'topology.kubernetes.io/zone',
  'ecs.cpu-architecture': 'kubernetes.io/arch',
  'ecs.os-type': 'kubernetes.io/os',
};

/** ECS spells x86 as x86_64; the Kubernetes arch label says amd64. */
const labelValue = (label: string, value: string) =>
  label === 'kubernetes.io/arch' ? (value === 'x86_64' ? 'amd64' : value.toLowerCase()) : value;

export const labelFor = (attribute: string) => LABEL_FOR[attribute] ?? attribute;

export interface Placement {
  readonly nodeSelector: Record<string, string>;
  readonly affinity: Record<string, unknown>;
  readonly topologySpreadConstraints: ReadonlyArray<Record<string, unknown>>;
  /** comments relative to the pod spec */
  readonly comments: ReadonlyArray<PathComment>;
  readonly notes: ReadonlyArray<MappingNote>;
}

type Requirement = { key: string; operator: 'In' | 'NotIn'; values: string[] };

/** `attribute:x == v`, `attribute:x != v`, `attribute:x in [a, b]`, `attribute:x not_in [a, b]`; else undefined. */
function parseSimple(expression: string): Requirement | undefined {
  const m = /^\s*attribute:([\w.-]+)\s*(==|!=|in|not_in)\s*(.+?)\s*$/.exec(expression);
  if (!m || /\b(and|or)\b|\(|\)/.test(m[3]!)) return undefined;
  const [, attribute, op, rest] = m as unknown as [string, string, string, string];
  const key = labelFor(attribute);
  const list = /^\[(.*)\]$/.exec(rest);
  if ((op === 'in' || op === 'not_in') !== Boolean(list)) return undefined;
  const values = (list ? list[1]!.split(',') : [rest]).map((v) => labelValue(key, v.trim())).filter(Boolean);
  if (values.length === 0) return undefined;
  return { key, operator: op === '==' || op === 'in' ? 'In' : 'NotIn', values };
}

/** What an ECS `spread` field spreads over, as a topology key. */
function topologyKey(field: string | undefined): string | undefined {
  if (field === 'instanceId' || field === 'host') return 'kubernetes.io/hostname';
  if (field?.startsWith('attribute:')) return labelFor(field.slice('attribute:'.length));
  return undefined;
}

/**
 * Translates constraints (task definition's and service's together) and the service's strategies for pods
 * labelled `app: <app>`.
 */
export function translatePlacement(
  app: string,
  constraints: ReadonlyArray<PlacementConstraint>,
  strategies: ReadonlyArray<PlacementStrategy>,
): Placement {
  const nodeSelector: Record<string, string> = {};
  const required: Requirement[] = [];
  const notes: MappingNote[] = [];
  const comments: PathComment[] = [];
  let antiAffinity = false;
  for (const c of constraints) {
    if (c.type === 'distinctInstance') {
      antiAffinity = true;
      notes.push({
        ecs: 'placementConstraints: distinctInstance',
        kubernetes: 'affinity.podAntiAffinity (required, topologyKey kubernetes.io/hostname)',
        fit: 'direct',
        why: 'Both forbid two copies on one machine; a pod that cannot be placed stays Pending, as the ECS task does.',
      });
      continue;
    }
    const req = c.expression === undefined ? undefined : parseSimple(c.expression);
    if (!req) {
      notes.push({
        ecs: `placementConstraints: memberOf ${c.expression ?? ''}`.trim(),
        kubernetes: '(no translation here)',
        fit: 'none',
        why:
          'The cluster query language has and/or, regular expressions and instance ids; only single ' +
          'attribute comparisons turn into node labels. Write the nodeAffinity by hand.',
      });
      continue;
    }
    const single = req.operator === 'In' && req.values.length === 1;
    if (single) nodeSelector[req.key] = req.values[0]!;
    else required.push(req);
    const custom = !Object.values(LABEL_FOR).includes(req.key);
    notes.push({
      ecs: `placementConstraints: memberOf ${c.expression}`,
      kubernetes: single ? `nodeSelector ${req.key}` : `nodeAffinity ${req.key} ${req.operator}`,
      fit: 'direct',
      why:
        (single
          ? 'An equality on one attribute is a node selector.'
          : 'A list or a "not" needs the longer node affinity form.') +
        (custom
          ? ' A custom ECS attribute becomes a node label, which the node group (or Karpenter) must set.'
          : ''),
    });
  }
  const topologySpreadConstraints: Record<string, unknown>[] = [];
  for (const s of strategies) {
    if (s.type === 'spread') {
      const key = topologyKey(s.field);
      if (!key) continue;
      topologySpreadConstraints.push({
        maxSkew: 1,
        topologyKey: key,
        whenUnsatisfiable: 'ScheduleAnyway',
        labelSelector: { matchLabels: { app } },
      });
      comments.push({
        path: ['topologySpreadConstraints', topologySpreadConstraints.length - 1],
        text: ` from spread(${s.field}): ECS spreads as a preference, so ScheduleAnyway (DoNotSchedule would be a hard rule)`,
      });
      notes.push({
        ecs: `placementStrategy: spread(${s.field})`,
        kubernetes: `topologySpreadConstraints (topologyKey ${key})`,
        fit: 'close',
        why: 'Both even out copies over the zones or nodes. ECS spread is a preference; ScheduleAnyway keeps it one.',
      });
    } else if (s.type === 'binpack') {
      notes.push({
        ecs: `placementStrategy: binpack(${s.field ?? ''})`,
        kubernetes: '(no field: scheduler scoring)',
        fit: 'none',
        why:
          'The default scheduler prefers less-used nodes. Packing is a scheduler setting (NodeResourcesFit with ' +
          'MostAllocated) chosen by the cluster admin, or Karpenter consolidation removing emptied nodes.',
      });
    } else {
      notes.push({
        ecs: 'placementStrategy: random',
        kubernetes: '(no field)',
        fit: 'none',
        why: 'The scheduler scores nodes; there is no random placement to ask for.',
      });
    }
  }
  const affinity: Record<string, unknown> = {};
  if (required.length)
    affinity.nodeAffinity = {
      requiredDuringSchedulingIgnoredDuringExecution: {
        nodeSelectorTerms: [{ matchExpressions: required }],
      },
    };
  if (antiAffinity) {
    affinity.podAntiAffinity = {
      requiredDuringSchedulingIgnoredDuringExecution: [
        { labelSelector: { matchLabels: { app } }, topologyKey: 'kubernetes.io/hostname' },
      ],
    };
    comments.push({
      path: ['affinity', 'podAntiAffinity'],
      text: ' from distinctInstance: one pod per node',
    });
  }
  return { nodeSelector, affinity, topologySpreadConstraints, comments, notes };
}
