import type { ContainerInstance, PlacementConstraint, PlacementRequirement } from '../../../src/engine';
import { needsOf } from '../../../src/engine/placement/needs';
import type { CandidateView, TaskNeeds } from '../../../src/engine/placement/types';

/** A requirement of 256 CPU units and 512 MiB with nothing else, changed by `over`. */
export const requirement = (over: Partial<PlacementRequirement> = {}): PlacementRequirement => ({
  cpu: 256,
  memory: 512,
  ports: [],
  portsUdp: [],
  eni: false,
  attributes: [],
  ...over,
});

export const needs = (
  over: Partial<PlacementRequirement> = {},
  constraints: ReadonlyArray<PlacementConstraint> = [],
  group = 'family:web',
): TaskNeeds => needsOf(requirement(over), group, constraints);

/** A view over plain records, with the group counts and memberOf verdicts given. */
export function viewOf(
  records: ReadonlyArray<ContainerInstance>,
  extra: { groupTasks?: number[]; memberOf?: Array<Array<boolean | null>> } = {},
): CandidateView {
  return {
    records: [...records],
    azs: records.map((r) => r.attributes.find((a) => a.name === 'ecs.availability-zone')?.value ?? ''),
    attributes: records.map((r) => new Map(r.attributes.map((a) => [a.name, a.value ?? '']))),
    groupTasks: extra.groupTasks ?? records.map(() => 0),
    memberOf: extra.memberOf ?? [],
  };
}
