import { goal, met, notYet, revisionsOf, tasksWhere } from '../../src/course/goals';
import type { ContainerDefinition, Simulation, Task, TaskDefinition } from '../../src/engine/index';
import { arnName } from '../../src/lib/arn';

type Revision = ReturnType<typeof revisionsOf>[number];

/** What the new revision must say, as a list of what it does not (empty when it matches the brief). */
export function gapsOf(td: Revision): string[] {
  const containers = td.containerDefinitions as ReadonlyArray<ContainerDefinition>;
  const c = containers.find((x) => x.name === 'api') ?? containers[0];
  if (!c) return ['it has no container'];
  const gaps: string[] = [];
  const ports = (c.portMappings ?? []).map((p) => p.containerPort);
  if (!ports.includes(8080)) gaps.push(`container port ${ports.join(', ') || 'none'} (needs 8080)`);
  if (c.memory !== 512) gaps.push(`hard limit memory ${c.memory ?? 'unset'} (needs 512)`);
  if (c.memoryReservation !== 256)
    gaps.push(`memoryReservation ${c.memoryReservation ?? 'unset'} (needs 256)`);
  if (c.logConfiguration?.logDriver !== 'awslogs') {
    gaps.push(`log driver ${c.logConfiguration?.logDriver ?? 'none'} (needs awslogs)`);
  }
  return gaps;
}

const label = (td: Pick<TaskDefinition, 'revision'>) => `api:${td.revision}`;
/** Services start their tasks as `ecs-svc/…`; the teammate's task and the learner's RunTask tasks are not. */
const standalone = (t: Task) => !t.startedBy?.startsWith('ecs-svc/');

/** The service `api` in shop. */
const apiService = (sim: Simulation) =>
  Object.values(sim.state.ecs.services).find(
    (s) => s.serviceName === 'api' && arnName(s.clusterArn) === 'shop' && s.status === 'ACTIVE',
  );
const newRevisions = (sim: Simulation) => revisionsOf(sim, 'api').filter((td) => td.revision > 1);
const matching = (sim: Simulation) => newRevisions(sim).filter((td) => gapsOf(td).length === 0);

export default [
  goal({
    id: 'new-revision',
    description:
      'Register a new api revision: container port 8080, a 512 MiB hard limit with 256 MiB reserved, and awslogs ' +
      'logging.',
    check(sim) {
      if (matching(sim).length > 0) return met;
      const newest = newRevisions(sim).at(-1);
      if (!newest) return notYet('Only api:1 is registered.');
      return notYet(`${label(newest)} has ${gapsOf(newest).join('; ')}.`);
    },
    hints: {
      nudge:
        'Show api:1 (the demo button or `aws ecs describe-task-definition --task-definition api:1`) and list what must change.',
      pointer:
        'A registered revision cannot be edited: register the family again with the changed containerDefinitions. ' +
        'memory is the hard limit, memoryReservation the soft one; awslogs needs awslogs-group and awslogs-region.',
      bottomOut:
        'Run `aws ecs register-task-definition --cli-input-json \'{"family":"api","containerDefinitions":[{"name":' +
        '"api","image":"public.ecr.aws/ecs-sandbox/web:v1","memory":512,"memoryReservation":256,"portMappings":' +
        '[{"containerPort":8080}],"logConfiguration":{"logDriver":"awslogs","options":{"awslogs-group":"/ecs/api",' +
        '"awslogs-region":"us-east-1","awslogs-stream-prefix":"api"}}}]}\'` — it becomes api:2.',
    },
  }),
  goal({
    id: 'old-and-new-side-by-side',
    description:
      "Run a task on your new revision while the teammate's standalone api:1 task keeps running next to it.",
    holdFor: 30,
    check(sim) {
      const good = new Set(matching(sim).map((td) => td.taskDefinitionArn as string));
      const running = tasksWhere(sim, { cluster: 'shop', family: 'api', status: 'RUNNING' });
      const onNew = running.filter((t) => good.has(t.taskDefinitionArn));
      const onOld = running.filter((t) => t.taskDefinitionArn.endsWith('/api:1') && standalone(t));
      if (onNew.length > 0 && onOld.length > 0) return met;
      if (good.size === 0) return notYet('No revision with the new settings is registered yet.');
      if (onNew.length === 0) {
        return notYet(`No task of ${[...good].map(arnName).join(' or ')} is RUNNING.`);
      }
      return notYet(
        "The teammate's standalone api:1 task is no longer RUNNING, so there is nothing to compare with. Start " +
          'one from api:1 with RunTask while it is still ACTIVE (or reset the lesson).',
      );
    },
    hints: {
      nudge:
        'Open the Run task form: which task definition does it start, and which one is the running task on?',
      pointer:
        'RunTask with the family name alone (api) uses the latest ACTIVE revision; family:revision picks one ' +
        'exactly. The api:1 task stays as it is.',
      bottomOut:
        'Run `aws ecs run-task --cluster shop --task-definition api:2` and let a minute pass. Compare the two tasks ' +
        'on the map: the api:1 task reserves 1024 MiB, the new one 256 MiB.',
    },
  }),
  goal({
    id: 'service-on-new-revision',
    description:
      'Move the service api onto your new revision: both of its tasks on it, the deployment COMPLETED.',
    holdFor: 60,
    check(sim) {
      const service = apiService(sim);
      if (!service) return notYet('The service api is not in shop.');
      const primary = service.deployments[0]!;
      const td = sim.state.ecs.taskDefinitions[primary.taskDefinition];
      const name = arnName(primary.taskDefinition);
      if (!td || td.revision === 1)
        return notYet(`The service still runs ${name}: registering a revision changes no service.`);
      const gaps = gapsOf(td);
      if (gaps.length > 0) return notYet(`The service runs ${name}, which has ${gaps.join('; ')}.`);
      const live = tasksWhere(sim, { cluster: 'shop', family: 'api' }).filter(
        (t) => !standalone(t) && t.desiredStatus === 'RUNNING',
      );
      const onIt = live.filter(
        (t) => t.lastStatus === 'RUNNING' && t.taskDefinitionArn === primary.taskDefinition,
      );
      if (
        primary.rolloutState !== 'COMPLETED' ||
        onIt.length !== service.desiredCount ||
        live.length !== onIt.length
      ) {
        return notYet(
          `The ${name} deployment is ${primary.rolloutState}: ${onIt.length} of ${service.desiredCount} service tasks ` +
            `run ${name}, ${live.length - onIt.length} others are still in flight.`,
        );
      }
      return met;
    },
    hints: {
      nudge:
        'After registering, look at the service api (Services panel, or `aws ecs describe-services --cluster shop --services api`): which revision do its tasks run?',
      pointer:
        'A service runs the one revision it was given until you update it. UpdateService with a new task definition ' +
        'starts a deployment that replaces its tasks with tasks of that revision.',
      bottomOut:
        'Run `aws ecs update-service --cluster shop --service api --task-definition api:2` and let about two ' +
        'minutes pass: two api:2 tasks start, and once they have run for 40 s the api:1 ones stop.',
    },
  }),
  goal({
    id: 'retire-revision-1',
    description: 'Deregister api:1 so that the family name api alone means a revision with your settings.',
    check(sim) {
      const revisions = revisionsOf(sim, 'api');
      const first = revisions.find((td) => td.revision === 1);
      if (first?.status === 'ACTIVE') return notYet('api:1 is still ACTIVE.');
      const latest = revisions.filter((td) => td.status === 'ACTIVE').at(-1);
      if (!latest) return notYet('No api revision is ACTIVE, so the family name api resolves to nothing.');
      const gaps = gapsOf(latest);
      return gaps.length === 0
        ? met
        : notYet(
            `The family name api resolves to ${label(latest)}, the latest ACTIVE revision, which has ${gaps.join('; ')}.`,
          );
    },
    hints: {
      nudge:
        'Look at the status of each revision: `aws ecs list-task-definitions --family-prefix api --status ACTIVE`.',
      pointer:
        'DeregisterTaskDefinition makes one revision INACTIVE: RunTask and new services can no longer use it, ' +
        'while its running tasks (and services already on it) keep going. A family name alone always means its ' +
        'latest ACTIVE revision.',
      bottomOut:
        'Run `aws ecs deregister-task-definition --task-definition api:1`. Then watch the api:1 task: it keeps running.',
    },
  }),
];
