import { createSimulation, type Simulation } from '../../../../src/engine';
import { anEc2Definition } from '../../taskDefinitions/fixtures';

/** A simulation with `revisions` registrations of each family (in the order given). */
export function withRevisions(families: Record<string, number>): Simulation {
  const sim = createSimulation({ seed: 3 });
  for (const [family, n] of Object.entries(families))
    for (let i = 0; i < n; i++) sim.callByName('ecs', 'RegisterTaskDefinition', anEc2Definition({ family }));
  return sim;
}

/** The AwsError a call throws (fails the test when it does not throw). */
export function rejectionOf(
  sim: Simulation,
  operation: string,
  input: unknown,
): { name: string; message: string; field?: string } {
  try {
    sim.callByName('ecs', operation, input);
  } catch (e) {
    return e as { name: string; message: string; field?: string };
  }
  throw new Error(`${operation} did not reject ${JSON.stringify(input)}`);
}

export const arn = (familyRevision: string) =>
  `arn:aws:ecs:us-east-1:123456789012:task-definition/${familyRevision}`;
