import { AwsError, type AwsErrorName, type Simulation } from '../../engine/index';
import type { Session } from '../session.svelte';

/**
 * A session as the console's target: calls go through the session, so they are recorded (undoable, replayable) like
 * the forms' calls, and a refusal comes back as the engine's error, which the console prints as the CLI does.
 */
export const sessionTarget = (session: Session): Pick<Simulation, 'callByName'> => ({
  callByName(service, operation, request) {
    const r = session.callByName(service, operation, request);
    if (!r.ok) throw new AwsError(r.name as AwsErrorName, r.message, r.field);
    return r.output;
  },
});
