import type { TaskDefinition } from '../model/taskDefinition';
import type { TaskReservation } from '../resources';
import type { SimState } from '../state';

/** STUB: task definition helpers other engine modules use. The real module replaces the bodies. */

/** `family` (latest ACTIVE revision), `family:revision`, or a full ARN → the stored definition. */
export function resolveTaskDefinition(_state: SimState, _ref: string): TaskDefinition | undefined {
  return undefined;
}

/** What one task of this definition holds on an EC2 instance (ecs-reference §2.2). */
export function taskReservation(_td: TaskDefinition): TaskReservation {
  return { cpu: 0, memory: 0, ports: [], portsUdp: [], eni: false };
}
