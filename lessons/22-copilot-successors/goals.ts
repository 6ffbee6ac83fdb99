import { goal, met, notYet } from '../../src/course/goals';
import type { GoalResult } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';
import { copilotClusters, copilotServices, runningTasks, TAG_APP, TAG_ENV, WEB } from './copilot';

function environments(sim: Simulation): GoalResult {
  const clusters = copilotClusters(sim);
  const missing = ['test', 'prod'].filter((e) => !clusters.has(e));
  if (missing.length)
    return notYet(
      `No ACTIVE cluster tagged ${TAG_ENV}=${missing.join(' or ')} (with ${TAG_APP}). ` +
        (clusters.size
          ? `Copilot environments seen: ${[...clusters.keys()].join(', ')}.`
          : 'No Copilot environment is deployed yet.'),
    );
  const apps = new Set([...clusters.values()].map((c) => c.app));
  if (clusters.get('test')!.app !== clusters.get('prod')!.app)
    return notYet(`test and prod belong to different applications (${[...apps].join(', ')}).`);
  return met;
}

function webOnTest(sim: Simulation): GoalResult {
  const webs = copilotServices(sim, 'test').filter((s) => s.type === 'Load Balanced Web Service');
  if (webs.length === 0) return notYet('No Load Balanced Web Service is deployed to test yet.');
  const reasons: string[] = [];
  for (const { service, svc } of webs) {
    const td = sim.state.ecs.taskDefinitions[service.deployments[0]?.taskDefinition ?? ''];
    if (service.loadBalancers.length === 0) {
      reasons.push(`${svc} has no load balancer.`);
      continue;
    }
    if (service.desiredCount !== WEB.count) {
      reasons.push(`${svc} wants ${service.desiredCount} task(s); the team asked for count ${WEB.count}.`);
      continue;
    }
    if (td?.cpu !== String(WEB.cpu) || td?.memory !== String(WEB.memory)) {
      reasons.push(
        `${svc}'s tasks have cpu ${td?.cpu} and memory ${td?.memory}; the team asked for ${WEB.cpu} and ${WEB.memory}.`,
      );
      continue;
    }
    const running = runningTasks(sim, service);
    const healthy = Object.values(sim.state.elbv2.targets).filter(
      (t) =>
        t.health.State === 'healthy' &&
        service.loadBalancers.some((lb) => lb.targetGroupArn === t.targetGroupArn) &&
        running.some((r) => r.taskArn === t.taskArn),
    ).length;
    if (healthy < WEB.count) {
      reasons.push(
        `${svc}: ${running.length} task(s) RUNNING, ${healthy} healthy behind the load balancer; ${WEB.count} wanted.`,
      );
      continue;
    }
    return met;
  }
  return notYet(reasons.join(' '));
}

function workerOnTest(sim: Simulation): GoalResult {
  const services = copilotServices(sim, 'test');
  const workers = services.filter((s) => s.type === 'Worker Service');
  if (workers.length === 0) {
    const others = services
      .filter((s) => s.type !== 'Load Balanced Web Service')
      .map((s) => `${s.svc} (${s.type})`);
    return notYet(
      `No Worker Service runs in test.${others.length ? ` Deployed there: ${others.join(', ')}; a Backend Service has no queue to consume.` : ''}`,
    );
  }
  const running = workers.find((w) => runningTasks(sim, w.service).length > 0);
  return running ? met : notYet(`${workers[0]!.svc} is deployed to test but no task of it is RUNNING yet.`);
}

export default [
  goal({
    id: 'environments',
    description: 'The application has two deployed environments, test and prod.',
    holdFor: 0,
    check: environments,
    hints: {
      nudge: 'The Copilot tab lists what Copilot created per environment; an environment needs two commands.',
      pointer:
        'copilot env init records an environment; copilot env deploy creates its infrastructure (its cluster).',
      bottomOut:
        'Run copilot app init shop, then for test and prod: copilot env init --name <env> and copilot env deploy --name <env>. ' +
        'Each deploy makes a cluster tagged copilot-application and copilot-environment.',
    },
  }),
  goal({
    id: 'web-on-test',
    description:
      'A Load Balanced Web Service runs 2 tasks of 0.5 vCPU and 1 GB on test, healthy behind the ALB.',
    holdFor: 60,
    check: webOnTest,
    hints: {
      nudge:
        'Look at the manifest copilot svc init wrote: which fields set the size and the number of tasks?',
      pointer:
        'cpu (units), memory (MiB) and count in copilot/web/manifest.yml; 512 CPU units go with 1024 MiB on Fargate.',
      bottomOut:
        'copilot svc init --name web --svc-type "Load Balanced Web Service"; edit the manifest to cpu: 512, memory: 1024, ' +
        'count: 2; then copilot svc deploy --name web --env test and let time run until both targets are healthy.',
    },
  }),
  goal({
    id: 'worker-on-test',
    description: 'A Worker Service (fed by a queue subscribed to topics) runs on test.',
    holdFor: 60,
    check: workerOnTest,
    hints: {
      nudge: 'Which service type consumes messages, and which one only has no public endpoint?',
      pointer:
        'A Worker Service gets an SQS queue subscribed to the SNS topics in subscribe.topics; a Backend Service does not.',
      bottomOut:
        'copilot svc init --name orders --svc-type "Worker Service", then copilot svc deploy --name orders --env test.',
    },
  }),
];
