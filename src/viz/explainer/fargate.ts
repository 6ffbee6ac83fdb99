import type { PlacementTrace } from '../../engine/index';

/** One AZ the request's subnets offered, with what the Fargate decision counted there. */
export interface FargateAzRow {
  readonly availabilityZone: string;
  /** the request's subnets in this AZ, in request order */
  readonly subnetIds: ReadonlyArray<string>;
  /** live Fargate tasks of the group in the cluster and AZ before this task: what the choice compared */
  readonly groupTasks: number;
  /** live Fargate tasks of any group in the cluster and AZ before this task */
  readonly clusterTasks: number;
  /** chosen; tied with the chosen one (a seeded draw decided); or more tasks of the group than the fewest */
  readonly verdict: 'chosen' | 'tied' | 'more';
}

export interface FargateModel {
  readonly group: string;
  readonly rows: ReadonlyArray<FargateAzRow>;
  readonly chosenAvailabilityZone: string;
  readonly chosenSubnetId: string;
  /** the engine's sentence for this decision */
  readonly summary: string;
}

/** Where the sandbox's rule differs from what AWS promises: said next to every Fargate explanation. */
export const FARGATE_MODEL_NOTE =
  'The exact rule here (fewest tasks of the group, a seeded draw on a tie, the first listed subnet in that AZ) ' +
  "is the sandbox's model. AWS promises only a best-effort spread of Fargate tasks across the Availability " +
  'Zones of the subnets you give; it does not document how it picks.';

/**
 * The Fargate decision of one task as an explainer table: one row per offered AZ. Pure: reads only the choice the
 * engine recorded in the trace. Undefined for a trace without one (an EC2 placement).
 */
export function fargateModel(trace: PlacementTrace): FargateModel | undefined {
  const choice = trace.fargate;
  if (!choice) return undefined;
  const byAz = new Map<string, { subnetIds: string[]; groupTasks: number; clusterTasks: number }>();
  for (const s of choice.subnets) {
    const row = byAz.get(s.availabilityZone);
    if (row) row.subnetIds.push(s.subnetId);
    else
      byAz.set(s.availabilityZone, {
        subnetIds: [s.subnetId],
        groupTasks: s.groupTasks,
        clusterTasks: s.clusterTasks,
      });
  }
  const rows = [...byAz].map(([availabilityZone, r]): FargateAzRow => ({
    availabilityZone,
    ...r,
    verdict:
      availabilityZone === choice.chosenAvailabilityZone
        ? 'chosen'
        : choice.tiedAvailabilityZones.includes(availabilityZone)
          ? 'tied'
          : 'more',
  }));
  return {
    group: trace.group,
    rows,
    chosenAvailabilityZone: choice.chosenAvailabilityZone,
    chosenSubnetId: choice.chosenSubnetId,
    summary: choice.why,
  };
}
