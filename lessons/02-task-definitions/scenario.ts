import { launchContainerInstances } from '../../src/course/fixtures';
import { familyOf, revisionOf, tasksWhere } from '../../src/course/goals';
import type { LessonScenario, Prediction } from '../../src/course/types';

/** The container of api:1 as the team first registered it: the wrong port, a large hard limit, no logs. */
export const API_V1_CONTAINER = {
  name: 'api',
  image: 'public.ecr.aws/ecs-sandbox/web:v1',
  memory: 1024,
  portMappings: [{ containerPort: 80 }],
};

/**
 * Cluster `shop` with two EC2 container instances, one standalone task of `api:1` that a teammate started by
 * hand, and the service `api` keeping 2 tasks of `api:1` running (steady).
 */
export default {
  seed: 202,
  build(sim) {
    sim.call('ecs', 'CreateCluster', { clusterName: 'shop' });
    for (const availabilityZone of ['us-east-1a', 'us-east-1b']) {
      launchContainerInstances(sim, { cluster: 'shop', instanceType: 't3.medium', availabilityZone });
    }
    sim.advance(120);
    sim.call('ecs', 'RegisterTaskDefinition', {
      family: 'api',
      containerDefinitions: [API_V1_CONTAINER],
    });
    sim.call('ecs', 'RunTask', { cluster: 'shop', taskDefinition: 'api:1' });
    sim.call('ecs', 'CreateService', {
      cluster: 'shop',
      serviceName: 'api',
      taskDefinition: 'api:1',
      desiredCount: 2,
      launchType: 'EC2',
    });
    sim.advance(90);
  },
  controls: ['editor', 'console', 'runTask', 'services', 'map', 'events', 'time'],
} satisfies LessonScenario;

export const prediction: Prediction = {
  prompt:
    'A teammate started one api:1 task by hand (no service owns it). You will register a new api revision with ' +
    'the fixed port, memory and logs, and later deregister api:1. What happens to that standalone task?',
  options: [
    { id: 'moves', text: 'ECS replaces it with a task on the new revision.' },
    { id: 'unchanged', text: 'It keeps running on api:1, exactly as before, the whole time.' },
    { id: 'stops-on-deregister', text: 'It keeps running until api:1 is deregistered, and then it stops.' },
  ],
  outcome(sim) {
    const [original] = tasksWhere(sim, { cluster: 'shop', family: 'api' })
      .filter((t) => !t.startedBy?.startsWith('ecs-svc/'))
      .sort((a, b) => a.createdAt - b.createdAt);
    if (
      !original ||
      familyOf(original.taskDefinitionArn) !== 'api' ||
      revisionOf(original.taskDefinitionArn) !== 1
    ) {
      return 'moves';
    }
    if (original.lastStatus === 'RUNNING' || original.stopCode === 'UserInitiated') return 'unchanged';
    const v1 = Object.values(sim.state.ecs.taskDefinitions).find(
      (td) => td.family === 'api' && td.revision === 1,
    );
    return v1?.status === 'INACTIVE' ? 'stops-on-deregister' : 'moves';
  },
  explanation:
    'A task is bound to the exact revision it was started from. Registering a revision adds a new blueprint and ' +
    'touches no task; deregistering only stops RunTask and new services from using the old one. To move work ' +
    'to a new revision you start new tasks from it, which is what the service deployment did for api.',
};
