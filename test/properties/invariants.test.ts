import { describe, expect, it } from 'vitest';
import type { ContainerInstance, ContainerInstanceArn, Task, TaskArn } from '../../src/engine';
import { anAccount } from '../builders/account';
import { invariantProblems } from './invariants';

/**
 * The checker the over-commit property relies on must see corruption, or the property proves nothing. Each case
 * corrupts a copy of a real state (one t3.small, one bridge task with static host port 80, one awsvpc task).
 */

function placedState() {
  const sim = anAccount(3).withInstances(1, 't3.small').build();
  const container = (hostPort?: number) => ({
    name: 'app',
    image: 'nginx:latest',
    memory: 128,
    portMappings: [{ containerPort: 80, ...(hostPort !== undefined ? { hostPort } : {}) }],
  });
  sim.call('ecs', 'RegisterTaskDefinition', { family: 'static', containerDefinitions: [container(80)] });
  sim.call('ecs', 'RegisterTaskDefinition', {
    family: 'vpc',
    networkMode: 'awsvpc',
    containerDefinitions: [container()],
  });
  sim.call('ecs', 'RunTask', { taskDefinition: 'static' });
  sim.call('ecs', 'RunTask', {
    taskDefinition: 'vpc',
    networkConfiguration: { awsvpcConfiguration: { subnets: Object.keys(sim.state.ec2.subnets) } },
  });
  const copy = structuredClone(sim.state) as {
    ecs: { containerInstances: Record<string, ContainerInstance>; tasks: Record<string, Task> };
  };
  const ci = Object.values(copy.ecs.containerInstances)[0]!;
  const [bridgeTask, vpcTask] = Object.values(copy.ecs.tasks);
  return { state: copy, ci, bridgeTask: bridgeTask!, vpcTask: vpcTask! };
}

type Placed = ReturnType<typeof placedState>;

const cases: ReadonlyArray<{ name: string; corrupt: (s: Placed) => void; expected: RegExp }> = [
  {
    name: 'remaining memory that disagrees with the tasks on the instance',
    corrupt: ({ state, ci }) => {
      state.ecs.containerInstances[ci.containerInstanceArn] = {
        ...ci,
        remainingResources: { ...ci.remainingResources, memory: ci.remainingResources.memory + 1 },
      };
    },
    expected: /remaining memory .* registered − reservations/,
  },
  {
    name: 'negative remaining CPU',
    corrupt: ({ state, ci }) => {
      state.ecs.containerInstances[ci.containerInstanceArn] = {
        ...ci,
        remainingResources: { ...ci.remainingResources, cpu: -1 },
      };
    },
    expected: /remaining cpu -1 < 0/,
  },
  {
    name: 'a port held twice',
    corrupt: ({ state, ci }) => {
      const ports = [...ci.remainingResources.ports, 80];
      state.ecs.containerInstances[ci.containerInstanceArn] = {
        ...ci,
        remainingResources: { ...ci.remainingResources, ports },
      };
    },
    expected: /tcp ports held twice: 80/,
  },
  {
    name: 'more ENIs in use than the instance has slots',
    corrupt: ({ state, ci }) => {
      state.ecs.containerInstances[ci.containerInstanceArn] = { ...ci, enisInUse: ci.eniSlots + 1 };
    },
    expected: /ENIs in use of .* slots/,
  },
  {
    name: 'two live tasks bound to the same host port',
    corrupt: ({ state, bridgeTask }) => {
      const twin: Task = {
        ...bridgeTask,
        taskArn: `${bridgeTask.taskArn}-twin` as TaskArn,
        reserved: { ...bridgeTask.reserved, ports: [] },
      };
      state.ecs.tasks[twin.taskArn] = twin;
    },
    expected: /host ports bound twice: tcp\/80/,
  },
  {
    name: 'a live EC2 task on a container instance that does not exist',
    corrupt: ({ state, vpcTask }) => {
      state.ecs.tasks[vpcTask.taskArn] = {
        ...vpcTask,
        containerInstanceArn: 'gone' as ContainerInstanceArn,
      };
    },
    expected: /EC2 task on a missing container instance/,
  },
  {
    name: 'a STOPPED task that still holds resources',
    corrupt: ({ state, bridgeTask }) => {
      state.ecs.tasks[bridgeTask.taskArn] = {
        ...bridgeTask,
        lastStatus: 'STOPPED',
        desiredStatus: 'STOPPED',
      };
    },
    expected: /STOPPED but still holds/,
  },
];

describe('invariantProblems', () => {
  it('finds nothing wrong in a state the engine built', () => {
    const { state, ci, vpcTask } = placedState();
    expect(vpcTask.reserved.eni).toBe(true);
    expect(ci.enisInUse).toBe(1);
    expect(invariantProblems(state)).toEqual([]);
  });

  it.each(cases)('reports $name', ({ corrupt, expected }) => {
    const placed = placedState();
    corrupt(placed);
    expect(invariantProblems(placed.state).join('\n')).toMatch(expected);
  });
});
