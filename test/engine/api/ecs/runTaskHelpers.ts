import type { ContainerInstance, Simulation, TaskDefinition } from '../../../../src/engine';
import { AwsError } from '../../../../src/engine';
import { aContainerInstance } from '../../../builders/containerInstance';
import { aStagedSimulation } from '../../../builders/harness';
import { aTaskDefinition } from '../../../builders/taskDefinition';
import { arnName } from '../../../../src/lib/arn';

export const AZS = ['us-east-1a', 'us-east-1b', 'us-east-1c'] as const;

/** A staged simulation with the default cluster, the given instances and task definitions. */
export function staged(
  instances: ReadonlyArray<ContainerInstance>,
  tds: ReadonlyArray<TaskDefinition> = [aTaskDefinition('web').needing(256, 512).build()],
  seed = 7,
) {
  const { sim, put, state } = aStagedSimulation(seed);
  put
    .cluster('default')
    .instances(...instances)
    .taskDefinitions(...tds);
  return { sim, put, state };
}

/** `perAz` instances in each of the three AZs, ids `<az letter><n>` (a1, a2, b1, …). */
export const fleet = (
  perAz: number,
  shape: (b: ReturnType<typeof aContainerInstance>, az: string, n: number) => unknown = () => {},
) =>
  AZS.flatMap((az) =>
    Array.from({ length: perAz }, (_, n) => {
      const b = aContainerInstance(`${az.slice(-1)}${n + 1}`).inAz(az);
      shape(b, az, n);
      return b.build();
    }),
  );

/** The AwsError a call throws (fails the test when it does not throw one). */
export function errorOf(call: () => unknown): AwsError {
  try {
    call();
  } catch (e) {
    if (e instanceof AwsError) return e;
    throw e;
  }
  throw new Error('expected the call to throw an AwsError');
}

/** The instance id (last ARN segment) each task of a RunTask response went to. */
export const placedOn = (out: { tasks: ReadonlyArray<{ containerInstanceArn?: string }> }) =>
  out.tasks.map((t) => arnName(t.containerInstanceArn!));

export const runTask = (sim: Simulation, input: Record<string, unknown>) =>
  sim.callByName('ecs', 'RunTask', { taskDefinition: 'web', ...input }) as {
    tasks: Array<
      Record<string, unknown> & { taskArn: string; containerInstanceArn?: string; availabilityZone: string }
    >;
    failures: Array<{ arn?: string; reason: string }>;
  };
