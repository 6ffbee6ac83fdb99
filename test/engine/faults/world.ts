import type { Simulation } from '../../../src/engine';
import { AZS, anAccount } from '../../builders/account';

/** The account's default subnet in `az`. */
export const subnetIn = (sim: Simulation, az: string): string =>
  Object.values(sim.state.ec2.subnets).find((s) => s.AvailabilityZone === az && s.DefaultForAz)!.SubnetId;

/** The default subnets of all three AZs, in AZ order. */
export const allSubnets = (sim: Simulation): string[] => AZS.map((az) => subnetIn(sim, az));

/**
 * Cluster `default` with three m5.large instances, one per AZ (us-east-1a, b, c), and two definitions:
 * `web` (nginx, 256 MiB, EC2) and `api` (Fargate, 256 CPU / 512 MiB, stopTimeout `stopTimeout` when given).
 */
export function threeZoneWorld(seed = 1, stopTimeout?: number): Simulation {
  const sim = anAccount(seed).withInstances(3, 'm5.large').build();
  sim.call('ecs', 'RegisterTaskDefinition', {
    family: 'web',
    containerDefinitions: [{ name: 'web', image: 'nginx:latest', memory: 256 }],
  });
  sim.call('ecs', 'RegisterTaskDefinition', {
    family: 'api',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '256',
    memory: '512',
    containerDefinitions: [
      {
        name: 'api',
        image: 'nginx:latest',
        essential: true,
        ...(stopTimeout === undefined ? {} : { stopTimeout }),
      },
    ],
  });
  return sim;
}

/** The awsvpc network configuration of tasks in `subnets`. */
export const inSubnets = (subnets: ReadonlyArray<string>) => ({
  awsvpcConfiguration: { subnets: [...subnets], assignPublicIp: 'ENABLED' as const },
});

/** The live (not STOPPED) tasks of a group, e.g. `service:web`. */
export const liveTasksOf = (sim: Simulation, group: string) =>
  Object.values(sim.state.ecs.tasks).filter((t) => t.group === group && t.lastStatus !== 'STOPPED');

/** The RUNNING tasks of a group. */
export const runningTasksOf = (sim: Simulation, group: string) =>
  Object.values(sim.state.ecs.tasks).filter((t) => t.group === group && t.lastStatus === 'RUNNING');

/** The EC2 instance of the world in `az`. */
export const instanceIn = (sim: Simulation, az: string) =>
  Object.values(sim.state.ec2.instances).find((i) => i.AvailabilityZone === az)!;
