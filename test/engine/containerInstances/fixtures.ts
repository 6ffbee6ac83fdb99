import type {
  ClusterArn,
  ContainerInstanceArn,
  Simulation,
  SimState,
  Task,
  TaskArn,
  TaskStatus,
} from '../../../src/engine';
import { EngineContext } from '../../../src/engine/context';
import { releaseFromInstance, reserveOnInstance } from '../../../src/engine/resources';

const NONE = { cpu: 0, memory: 0, ports: [], portsUdp: [], eni: false };

/** Stores a task on an instance the way placement does: task record plus reservation, in one step. */
export function placeTask(
  sim: Simulation,
  ci: string,
  id: string,
  group: string,
  lastStatus: TaskStatus = 'RUNNING',
): TaskArn {
  const state = sim.state as unknown as SimState;
  const ctx = new EngineContext(state);
  const taskArn = `arn:aws:ecs:us-east-1:123456789012:task/default/${id}` as TaskArn;
  const task: Task = {
    taskArn,
    clusterArn: state.ecs.containerInstances[ci]!.clusterArn as ClusterArn,
    taskDefinitionArn:
      'arn:aws:ecs:us-east-1:123456789012:task-definition/web:1' as Task['taskDefinitionArn'],
    containerInstanceArn: ci as ContainerInstanceArn,
    launchType: 'EC2',
    availabilityZone: 'us-east-1a',
    lastStatus,
    desiredStatus: lastStatus === 'STOPPED' ? 'STOPPED' : 'RUNNING',
    group,
    reserved: { ...NONE, cpu: 256, memory: 512 },
    containers: [],
    healthStatus: 'UNKNOWN',
    createdAt: 0,
    overrides: {},
    tags: [],
    placementConstraints: [],
    placementStrategy: [],
    version: 1,
  };
  ctx.tx.set(state.ecs.tasks, taskArn, task);
  reserveOnInstance(ctx, ci as ContainerInstanceArn, task.reserved);
  return taskArn;
}

/** Moves a task to STOPPED the way the lifecycle does: new record, resources released. */
export function stopTask(sim: Simulation, taskArn: TaskArn) {
  const state = sim.state as unknown as SimState;
  const ctx = new EngineContext(state);
  const task = state.ecs.tasks[taskArn]!;
  ctx.tx.set(state.ecs.tasks, taskArn, {
    ...task,
    lastStatus: 'STOPPED',
    desiredStatus: 'STOPPED',
    version: task.version + 1,
  });
  releaseFromInstance(ctx, task.containerInstanceArn!, task.reserved);
}
