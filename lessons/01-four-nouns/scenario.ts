import { launchContainerInstances } from '../../src/course/fixtures';
import { tasksWhere } from '../../src/course/goals';
import type { LessonScenario, Prediction } from '../../src/course/types';

/**
 * Cluster `demo` with two EC2 container instances, the task definition `web:1`, and one standalone `web` task
 * that a teammate started by hand. No service exists yet: the learner creates `web-svc` later in the lesson.
 */
export default {
  seed: 101,
  build(sim) {
    sim.call('ecs', 'CreateCluster', { clusterName: 'demo' });
    for (const availabilityZone of ['us-east-1a', 'us-east-1b']) {
      launchContainerInstances(sim, { cluster: 'demo', instanceType: 't3.medium', availabilityZone });
    }
    sim.advance(120);
    sim.call('ecs', 'RegisterTaskDefinition', {
      family: 'web',
      containerDefinitions: [
        {
          name: 'web',
          image: 'public.ecr.aws/ecs-sandbox/web:v1',
          cpu: 256,
          memory: 512,
          portMappings: [{ containerPort: 8080, hostPort: 0 }],
        },
      ],
    });
    sim.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web:1' });
    sim.advance(60);
  },
  controls: ['runTask', 'services', 'console', 'map', 'events', 'time'],
} satisfies LessonScenario;

export const prediction: Prediction = {
  prompt:
    'The only web task in demo was started by hand with RunTask; no service exists. You stop it. ' +
    'What happens in the next few minutes?',
  options: [
    { id: 'replaced', text: 'ECS starts a fresh web task to take its place.' },
    { id: 'restarted', text: 'ECS restarts the same task after a short pause.' },
    { id: 'stays', text: 'Nothing: it stays STOPPED and no web task runs until someone starts one.' },
  ],
  outcome(sim) {
    // the teammate's task is standalone: its group is family:web, while a service's tasks carry service:NAME
    const web = tasksWhere(sim, { cluster: 'demo', family: 'web' });
    const stopped = web.find((t) => t.stopCode === 'UserInitiated' && t.group === 'family:web');
    if (!stopped) return 'stays';
    if (stopped.lastStatus !== 'STOPPED') return 'restarted';
    const replacement = web.some(
      (t) =>
        t.group === stopped.group &&
        t.startedBy?.startsWith('ecs-svc/') &&
        t.createdAt >= (stopped.stoppingAt ?? stopped.createdAt),
    );
    return replacement ? 'replaced' : 'stays';
  },
  explanation:
    'A standalone task has no owner watching it. RunTask starts tasks once; when one stops, for any reason, ' +
    'nothing brings it back and a stopped task never runs again. Keeping a number of copies alive is the job ' +
    'of a service: the one you create next, web-svc, replaces a task you stop within seconds.',
};
