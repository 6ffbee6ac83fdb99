import { describe, expect, it } from 'vitest';
import { createSimulation, type Simulation } from '../../../src/engine/index';
import { parseCopilot, runCopilot, type WorkspaceFiles } from '../../../src/app/copilot/cli';

/** A workspace in memory, as the Copilot tab's store keeps it. */
function memoryWorkspace(): WorkspaceFiles & { files: Record<string, string> } {
  const ws = {
    files: {} as Record<string, string>,
    write(path: string, text: string) {
      ws.files = { ...ws.files, [path]: text };
    },
  };
  return ws;
}

function setUp(seed = 3) {
  const sim = createSimulation({ seed });
  const ws = memoryWorkspace();
  const run = (line: string) => runCopilot(line, sim, ws);
  return { sim, ws, run };
}

const tagsOf = (tags: ReadonlyArray<{ key: string; value: string }>) =>
  Object.fromEntries(tags.map((t) => [t.key, t.value]));

function runningTasks(sim: Simulation, service: string) {
  return Object.values(sim.state.ecs.tasks).filter(
    (t) => t.group === `service:${service}` && t.lastStatus === 'RUNNING',
  );
}

describe('copilot command line', () => {
  it.each([
    ['copilot', 'help'],
    ['copilot --help', 'help'],
  ])('%s asks for help', (line, want) => {
    const p = parseCopilot(line);
    expect(p.ok && p.value).toBe(want);
  });

  it('reads flags in both spellings and quoted values', () => {
    const p = parseCopilot('copilot svc init --name=web --svc-type "Load Balanced Web Service" -i nginx');
    expect(p).toEqual({
      ok: true,
      value: {
        path: 'svc init',
        positional: [],
        flags: { name: 'web', 'svc-type': 'Load Balanced Web Service', image: 'nginx' },
      },
    });
  });

  it.each([
    ['copilot svcs ls', /Unknown command "svcs".*svc/],
    [
      'copilot svc launch',
      /Unknown command "copilot svc launch"\. copilot svc has: init, deploy, ls, status/,
    ],
    [
      'copilot svc deploy --name web --environment test',
      /Unknown flag --environment for copilot svc deploy\. It takes --name, --env/,
    ],
    ['copilot env init --name', /Flag --name needs a value/],
    ['copilot app init a b', /Unexpected argument "b"/],
  ])('%s is refused with a clear message', (line, message) => {
    const { run } = setUp();
    const r = run(line);
    expect(r.ok).toBe(false);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.calls).toEqual([]);
  });

  it('needs an application before anything else', () => {
    const { run } = setUp();
    expect(run('copilot env init --name test').stderr).toMatch(/Run copilot app init <name> first/);
  });

  it('refuses an unknown service type and a bad schedule', () => {
    const { run } = setUp();
    run('copilot app init shop');
    expect(run('copilot svc init --name web --svc-type "Web Service"').stderr).toMatch(
      /--svc-type "Web Service" is not a service type here/,
    );
    expect(run('copilot job init --name report --schedule "@often"').stderr).toMatch(
      /@often is not a schedule keyword/,
    );
  });
});

describe('copilot deploys through the simulator', () => {
  it('app, env, web service: the resources exist, tagged, and the tasks run behind the ALB', () => {
    const { sim, ws, run } = setUp();
    expect(run('copilot app init shop').ok).toBe(true);
    expect(ws.files['copilot/.workspace']).toBe('application: shop\n');
    expect(run('copilot env init --name test').ok).toBe(true);
    const env = run('copilot env deploy --name test');
    expect(env.stdout).toMatch(/cluster shop-test-Cluster/);
    const init = run('copilot svc init --name web --svc-type "Load Balanced Web Service"');
    expect(init.ok).toBe(true);
    expect(ws.files['copilot/web/manifest.yml']).toMatch(/type: Load Balanced Web Service/);
    const deploy = run('copilot svc deploy --name web --env test');
    expect(deploy.stderr).toBe('');
    expect(deploy.calls.map((c) => `${c.service}:${c.operation}`)).toEqual([
      'iam:CreateRole',
      'iam:AttachRolePolicy',
      'iam:CreateRole',
      'logs:CreateLogGroup',
      'logs:PutRetentionPolicy',
      'ecs:RegisterTaskDefinition',
      'elbv2:CreateLoadBalancer',
      'elbv2:CreateTargetGroup',
      'elbv2:CreateListener',
      'ecs:CreateService',
    ]);
    const cluster = Object.values(sim.state.ecs.clusters).find((c) => c.clusterName === 'shop-test-Cluster')!;
    expect(tagsOf(cluster.tags)).toEqual({ 'copilot-application': 'shop', 'copilot-environment': 'test' });
    const service = Object.values(sim.state.ecs.services).find((s) => s.serviceName === 'shop-test-web')!;
    expect(tagsOf(service.tags)).toEqual({
      'copilot-application': 'shop',
      'copilot-environment': 'test',
      'copilot-service': 'web',
    });
    expect(sim.state.logs.groups['/copilot/shop-test-web']?.retentionInDays).toBe(30);
    sim.advance(300);
    expect(runningTasks(sim, 'shop-test-web')).toHaveLength(1);
    const healthy = Object.values(sim.state.elbv2.targets).filter((t) => t.health.State === 'healthy');
    expect(healthy).toHaveLength(1);
    // a second deploy changes nothing but the task definition revision and the service
    const again = run('copilot svc deploy --name web --env test');
    expect(again.calls.map((c) => c.operation)).toEqual(['RegisterTaskDefinition', 'UpdateService']);
    expect(run('copilot svc status --name web --env test').stdout).toMatch(/1\/1 tasks running/);
  });

  it('routes a second web service through the same load balancer by a path rule', () => {
    const { sim, ws, run } = setUp();
    for (const line of [
      'copilot app init shop',
      'copilot env init --name test',
      'copilot env deploy --name test',
    ])
      expect(run(line).ok, line).toBe(true);
    run('copilot svc init --name web --svc-type "Load Balanced Web Service"');
    run('copilot svc init --name api --svc-type "Load Balanced Web Service"');
    expect(run('copilot svc deploy --name web --env test').stderr).toBe('');
    // the generated manifest serves /: a second service on / is refused with what to change
    expect(run('copilot svc deploy --name api --env test').stderr).toMatch(
      /give this service its own http\.path/,
    );
    ws.write(
      'copilot/api/manifest.yml',
      ws.files['copilot/api/manifest.yml']!.replace(/path: '?\/'?/, 'path: /api'),
    );
    const deploy = run('copilot svc deploy --name api --env test');
    expect(deploy.stderr).toBe('');
    expect(deploy.calls.map((c) => c.operation)).toContain('CreateRule');
    const [rule] = Object.values(sim.state.elbv2.rules);
    expect(rule).toMatchObject({
      Priority: 1,
      Conditions: [{ Field: 'path-pattern', Values: ['/api', '/api/*'] }],
    });
    sim.advance(300);
    expect(runningTasks(sim, 'shop-test-api')).toHaveLength(1);
    expect(Object.values(sim.state.elbv2.targets).filter((t) => t.health.State === 'healthy')).toHaveLength(
      2,
    );
  });

  it('refuses a deploy whose manifest breaks a rule, with the line, and changes nothing', () => {
    const { sim, ws, run } = setUp();
    run('copilot app init shop');
    run('copilot env init --name test');
    run('copilot env deploy --name test');
    run('copilot svc init --name web --svc-type "Load Balanced Web Service"');
    ws.write(
      'copilot/web/manifest.yml',
      ws.files['copilot/web/manifest.yml']!.replace("path: '/'", 'path: api'),
    );
    const before = Object.keys(sim.state.ecs.taskDefinitions).length;
    const r = run('copilot svc deploy --name web --env test');
    expect(r.ok).toBe(false);
    expect(r.stderr).toMatch(
      /copilot\/web\/manifest.yml line 11, column 9: http.path must be a string starting with \//,
    );
    expect(r.calls).toEqual([]);
    expect(Object.keys(sim.state.ecs.taskDefinitions)).toHaveLength(before);
    expect(Object.keys(sim.state.ecs.services)).toHaveLength(0);
  });

  it('uses the environment override of count and the Fargate size', () => {
    const { sim, ws, run } = setUp();
    run('copilot app init shop');
    for (const env of ['test', 'prod']) {
      run(`copilot env init --name ${env}`);
      run(`copilot env deploy --name ${env}`);
    }
    run(
      'copilot svc init --name api --svc-type "Backend Service" --image public.ecr.aws/ecs-sandbox/web:v1 --port 8080',
    );
    ws.write(
      'copilot/api/manifest.yml',
      ws.files['copilot/api/manifest.yml']! +
        'environments:\n  prod:\n    count: 2\n    cpu: 512\n    memory: 1024\n',
    );
    expect(run('copilot svc deploy --name api --env test').ok).toBe(true);
    expect(run('copilot svc deploy --name api --env prod').ok).toBe(true);
    const prod = Object.values(sim.state.ecs.services).find((s) => s.serviceName === 'shop-prod-api')!;
    expect(prod.desiredCount).toBe(2);
    const td = Object.values(sim.state.ecs.taskDefinitions).find((t) => t.family === 'shop-prod-api')!;
    expect([td.cpu, td.memory]).toEqual(['512', '1024']);
    sim.advance(300);
    expect(runningTasks(sim, 'shop-prod-api')).toHaveLength(2);
  });

  it('a worker and a job deploy what the sandbox simulates and list the rest', () => {
    const { sim, run } = setUp();
    run('copilot app init shop');
    run('copilot env init --name test');
    run('copilot env deploy --name test');
    run('copilot svc init --name orders --svc-type "Worker Service" --dockerfile orders/Dockerfile');
    const worker = run('copilot svc deploy --name orders --env test');
    // build: the sandbox pushes its demo image to the service's repository and runs it from there
    expect(worker.calls.map((c) => c.operation)).toContain('PushImage');
    const td = Object.values(sim.state.ecs.taskDefinitions).find((t) => t.family === 'shop-test-orders')!;
    expect(td.containerDefinitions[0]!.image).toMatch(
      /\.dkr\.ecr\.us-east-1\.amazonaws\.com\/shop\/orders:latest$/,
    );
    expect(worker.stdout).toMatch(/Not simulated: .*SQS queue/);
    run('copilot job init --name report --schedule "@daily"');
    const job = run('copilot job deploy --name report --env test');
    expect(job.stdout).toMatch(/Step Functions state machine .*EventBridge schedule rule/);
    expect(job.calls.some((c) => c.operation === 'CreateService')).toBe(false);
    expect(run('copilot svc deploy --name report --env test').stderr).toMatch(
      /is a Scheduled Job: deploy it with copilot job deploy/,
    );
    expect(run('copilot app show').stdout).toMatch(/orders\s+Worker Service[\s\S]*report\s+Scheduled Job/);
    sim.advance(300);
    expect(runningTasks(sim, 'shop-test-orders')).toHaveLength(1);
  });
});
