import {
  createSimulation,
  type Cluster,
  type ClusterArn,
  type ContainerInstance,
  type SimState,
  type Simulation,
  type Task,
  type TaskDefinition,
} from '../../src/engine';

/**
 * A simulation whose records are put straight into its state, so placement can be tested without the
 * operations that would normally create them (test code only: it casts away the read-only view).
 *
 * `const { sim, put } = aStagedSimulation(); put.cluster('default').instances(a, b).taskDefinitions(td);`
 */
export function aStagedSimulation(seed = 7) {
  const sim: Simulation = createSimulation({ seed });
  const state = sim.state as unknown as SimState;
  const put = {
    cluster(name = 'default') {
      const clusterArn = `arn:aws:ecs:us-east-1:123456789012:cluster/${name}` as ClusterArn;
      const cluster: Cluster = {
        clusterArn,
        clusterName: name,
        status: 'ACTIVE',
        createdAt: 0,
        settings: [],
        tags: [],
        capacityProviders: [],
        defaultCapacityProviderStrategy: [],
      };
      state.ecs.clusters[clusterArn] = cluster;
      return put;
    },
    instances(...instances: ContainerInstance[]) {
      for (const ci of instances) state.ecs.containerInstances[ci.containerInstanceArn] = ci;
      return put;
    },
    taskDefinitions(...tds: TaskDefinition[]) {
      for (const td of tds) {
        state.ecs.taskDefinitions[td.taskDefinitionArn] = td;
        state.ecs.families[td.family] = Math.max(state.ecs.families[td.family] ?? 0, td.revision);
      }
      return put;
    },
    tasks(...tasks: Task[]) {
      for (const t of tasks) state.ecs.tasks[t.taskArn] = t;
      return put;
    },
  };
  return { sim, put, state };
}

/** The ids of the default subnets, by AZ. */
export const defaultSubnets = (sim: Simulation): Record<string, string> =>
  Object.fromEntries(Object.values(sim.state.ec2.subnets).map((s) => [s.AvailabilityZone, s.SubnetId]));
