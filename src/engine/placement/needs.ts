import type { PlacementConstraint } from '../model/taskDefinition';
import type { TaskDefinition } from '../model/taskDefinition';
import type { PlacementRequirement } from '../model/trace';
import type { TaskReservation } from '../resources';
import type { TaskNeeds } from './types';

/**
 * A trace's requirement plus the GPUs the task needs. The GPU count travels with the stored requirement
 * object (so an expanded trace re-checks it), though the trace model does not list it yet.
 */
export type GpuAwareRequirement = PlacementRequirement & { readonly gpus?: number };

/** The capability an instance needs to attach task ENIs (ecs-reference §2.6). */
export const TASK_ENI_CAPABILITY = 'ecs.capability.task-eni';

/**
 * What a task of `td` needs from an instance, in the plain form a trace stores: the reservation's numbers, the
 * required attributes (`name` or `name=value`; awsvpc adds the task-ENI capability) and, for awsvpc, the AZs of
 * the request's subnets.
 */
export function requirementOf(
  td: TaskDefinition,
  reservation: TaskReservation,
  subnetAzs: ReadonlyArray<string> | undefined,
): GpuAwareRequirement {
  const attributes = td.requiresAttributes.map((a) =>
    a.value === undefined ? a.name : `${a.name}=${a.value}`,
  );
  if (td.networkMode === 'awsvpc' && !td.requiresAttributes.some((a) => a.name === TASK_ENI_CAPABILITY)) {
    attributes.push(TASK_ENI_CAPABILITY);
  }
  return {
    cpu: reservation.cpu,
    memory: reservation.memory,
    ports: reservation.ports,
    portsUdp: reservation.portsUdp,
    eni: reservation.eni,
    ...(reservation.gpus ? { gpus: reservation.gpus } : {}),
    attributes,
    ...(subnetAzs ? { subnetAzs: [...new Set(subnetAzs)] } : {}),
  };
}

/**
 * Turns a stored requirement, the task group and the combined constraints into the lookups the filters use.
 * Pure; used for live placement and again when a compact trace is expanded.
 */
export function needsOf(
  requirement: GpuAwareRequirement,
  group: string,
  constraints: ReadonlyArray<PlacementConstraint>,
): TaskNeeds {
  return {
    ...requirement,
    group,
    attributeChecks: requirement.attributes.map((text) => {
      const eq = text.indexOf('=');
      return eq < 0 ? { name: text } : { name: text.slice(0, eq), value: text.slice(eq + 1) };
    }),
    ...(requirement.subnetAzs ? { subnetAzSet: new Set(requirement.subnetAzs) } : {}),
    distinctInstance: constraints.some((c) => c.type === 'distinctInstance'),
    memberOf: constraints.flatMap((c) => (c.type === 'memberOf' && c.expression ? [c.expression] : [])),
  };
}
