import { describe, expect, it } from 'vitest';
import { findScenario, scenarios } from '../../src/app/scenarios';
import { buildScenario } from '../../src/app/timeline';

describe('sandbox scenarios', () => {
  it('each builds without a rejected call', () => {
    for (const scenario of scenarios) expect(() => buildScenario(scenario), scenario.id).not.toThrow();
  });

  it('"A service behind a load balancer" starts steady: 4 tasks of web:1, every target healthy, web:2 and web:3 ready', () => {
    const sim = buildScenario(findScenario('web-behind-alb')!);
    const [service] = sim.call('ecs', 'DescribeServices', {
      cluster: 'demo',
      services: ['web-svc'],
    }).services;
    expect(service?.runningCount).toBe(4);
    expect(service?.deployments.map((d) => d.rolloutState)).toEqual(['COMPLETED']);
    expect(service?.events[0]?.message).toBe('service web-svc has reached a steady state.');
    const targets = Object.values(sim.state.elbv2.targets);
    expect(targets.map((t) => t.health.State)).toEqual(['healthy', 'healthy', 'healthy', 'healthy']);
    // dynamic host ports: two tasks share an instance, each on its own port
    const ports = new Map<string, number[]>();
    for (const t of targets) ports.set(t.Id, [...(ports.get(t.Id) ?? []), t.Port]);
    const shared = [...ports.values()].find((p) => p.length > 1);
    expect(shared).toBeDefined();
    expect(new Set(shared).size).toBe(shared!.length);
    const images = Object.values(sim.state.ecs.taskDefinitions).map(
      (td) => td.containerDefinitions[0]?.image,
    );
    expect(images).toEqual([
      'public.ecr.aws/ecs-sandbox/web:v1',
      'public.ecr.aws/ecs-sandbox/web:v2',
      'public.ecr.aws/ecs-sandbox/web:crash',
    ]);
  });

  it('"A task that needs a secret" fails on the execution role, and the right role fixes it', () => {
    const sim = buildScenario(findScenario('secrets-and-roles')!);
    const subnets = Object.keys(sim.state.ec2.subnets);
    const run = () =>
      sim.call('ecs', 'RunTask', {
        cluster: 'shop',
        taskDefinition: 'thumbs',
        launchType: 'FARGATE',
        networkConfiguration: { awsvpcConfiguration: { subnets, assignPublicIp: 'ENABLED' } },
      }).tasks[0]!.taskArn;
    const first = run();
    sim.advance(120);
    const failed = sim.state.ecs.tasks[first]!;
    expect(failed.stopCode).toBe('TaskFailedToStart');
    expect(failed.stoppedReason).toMatch(
      /^ResourceInitializationError: unable to pull secrets or registry auth: .*AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role\/ecsTaskExecutionRole\/.* is not authorized to perform: secretsmanager:GetSecretValue/,
    );
    // the task role's permission was never asked: start-up work uses the execution role only
    const calls = Object.values(sim.state.iam.calls).filter((c) => c.taskArn === first);
    expect(calls.some((c) => c.roleName === 'thumbs-task-role')).toBe(false);

    sim.call('iam', 'AttachRolePolicy', {
      RoleName: 'ecsTaskExecutionRole',
      PolicyArn: 'arn:aws:iam::aws:policy/SecretsManagerReadWrite',
    });
    const second = run();
    sim.advance(120);
    const task = sim.state.ecs.tasks[second]!;
    expect(task.lastStatus).toBe('RUNNING');
    const password = task.containerConfig?.['thumbs']?.find((v) => v.name === 'DB_PASSWORD');
    expect(password).toMatchObject({
      value: 'correct-horse-battery',
      source: 'secretsmanager',
      secret: true,
    });
    const streams = sim.state.logs.groups['/ecs/thumbs']!.streams;
    const stream = streams[`thumbs/thumbs/${second.split('/').pop()}`];
    expect(stream?.events.length).toBeGreaterThan(0);
  });
});
