import { describe, expect, it } from 'vitest';
import { makeWorld, nginx, reachedAt, REGISTERED, statusPath } from './world';

describe('task lifecycle: the happy path', () => {
  it('takes an nginx bridge task on EC2 from PENDING through the image pull to RUNNING with timestamps', () => {
    const w = makeWorld();
    const arn = w.launch(w.define('web', [nginx()]));
    expect(w.task(arn).lastStatus).toBe('PENDING');
    expect(w.task(arn).pullStartedAt).toBe(0);
    w.sim.advance(30);
    const t = w.task(arn);
    expect(statusPath(w.sim, arn)).toEqual(['ACTIVATING', 'RUNNING']);
    // nginx pulls in 4 s ± 20 %
    expect(t.pullStoppedAt).toBeGreaterThanOrEqual(3.2);
    expect(t.pullStoppedAt).toBeLessThanOrEqual(4.8);
    expect(t.containers[0]).toMatchObject({ lastStatus: 'RUNNING', startedAt: t.pullStoppedAt! + 1 });
    expect(t.connectivityAt).toBe(t.pullStoppedAt! + 1);
    expect(t.startedAt).toBe(t.connectivityAt! + 1);
    expect(t.desiredStatus).toBe('RUNNING');
    expect(t.stoppedAt).toBeUndefined();
  });

  it('attaches the ENI of an awsvpc task in PROVISIONING, runs it, and detaches the ENI when it stops', () => {
    const w = makeWorld();
    const arn = w.launch(w.define('api', [nginx({ portMappings: [{ containerPort: 80 }] })], 'awsvpc'));
    expect(w.task(arn)).toMatchObject({ lastStatus: 'PROVISIONING', eni: { status: 'ATTACHING' } });
    expect(w.state.ecs.containerInstances[w.instance]!.enisInUse).toBe(1);
    w.sim.advance(60);
    const pending = reachedAt(w.sim, arn, 'PENDING')!;
    expect(pending).toBeGreaterThanOrEqual(2);
    expect(pending).toBeLessThanOrEqual(5);
    expect(w.task(arn)).toMatchObject({
      lastStatus: 'RUNNING',
      eni: { status: 'ATTACHED' },
      pullStartedAt: pending,
    });

    w.sim.call('ecs', 'StopTask', { cluster: 'demo', task: arn });
    w.sim.advance(60);
    expect(statusPath(w.sim, arn)).toEqual([
      'PENDING',
      'ACTIVATING',
      'RUNNING',
      'DEACTIVATING',
      'STOPPING',
      'DEPROVISIONING',
      'STOPPED',
    ]);
    const t = w.task(arn);
    expect(t.eni?.status).toBe('DELETED');
    expect(t.stoppingAt).toBe(60);
    expect(t.executionStoppedAt!).toBeLessThan(t.stoppedAt!);
    expect(t.containers[0]).toMatchObject({ lastStatus: 'STOPPED', exitCode: 0 });
    const ci = w.state.ecs.containerInstances[w.instance]!;
    expect(ci.enisInUse).toBe(0);
    expect(ci.remainingResources).toEqual(REGISTERED);
  });

  it('runs a Fargate task without touching any container instance', () => {
    const w = makeWorld();
    const arn = w.launch(w.define('api', [nginx({ portMappings: [{ containerPort: 80 }] })], 'awsvpc'), {
      launchType: 'FARGATE',
    });
    w.sim.advance(30);
    expect(w.task(arn).lastStatus).toBe('RUNNING');
    w.sim.call('ecs', 'StopTask', { cluster: 'demo', task: arn });
    w.sim.advance(30);
    expect(w.task(arn).lastStatus).toBe('STOPPED');
    expect(w.state.ecs.containerInstances[w.instance]!.remainingResources).toEqual(REGISTERED);
  });

  it('pulls a bigger image for longer', () => {
    const w = makeWorld();
    const small = w.launch(
      w.define('small', [{ name: 'b', image: 'busybox', memory: 64, command: ['sleep', '600'] }]),
    );
    const big = w.launch(w.define('big', [{ name: 's', image: 'amazon/amazon-ecs-sample', memory: 256 }]));
    w.sim.advance(30);
    expect(w.task(big).pullStoppedAt!).toBeGreaterThan(w.task(small).pullStoppedAt! + 4);
  });
});

describe('task lifecycle: failures and exits', () => {
  it('stops a task whose image cannot be pulled, PENDING → STOPPED, and gives its resources back', () => {
    const w = makeWorld();
    const arn = w.launch(w.define('typo', [nginx({ image: 'ngnix:latest' })]));
    w.sim.advance(30);
    const t = w.task(arn);
    expect(statusPath(w.sim, arn)).toEqual(['STOPPED']);
    expect(t.stopCode).toBe('TaskFailedToStart');
    expect(t.stoppedReason).toMatch(/^CannotPullContainerError: /);
    expect(t.stoppedReason).toContain('ngnix');
    expect(t.stoppedReason).toMatch(
      /\(ECS Sandbox: its simulated registry has no image 'ngnix:latest'; try nginx:latest, httpd:2\.4, .* — see the Images tab\)$/,
    );
    expect(t.containers[0]!.reason).toBe(t.stoppedReason);
    expect(t.containers[0]!.lastStatus).toBe('STOPPED');
    expect(t.desiredStatus).toBe('STOPPED');
    expect(w.state.ecs.containerInstances[w.instance]!.remainingResources).toEqual(REGISTERED);
    expect(t.reserved).toEqual({ cpu: 0, memory: 0, ports: [], portsUdp: [], eni: false });
    expect(w.sim.events.filter((e) => e.type === 'TaskStopped')).toEqual([
      expect.objectContaining({
        taskArn: arn,
        stopCode: 'TaskFailedToStart',
        stoppedReason: t.stoppedReason,
      }),
    ]);
  });

  it.each([
    [
      'a missing tag on EC2 (Docker wording)',
      'nginx:1.99',
      'EC2',
      'manifest for nginx:1.99 not found: manifest unknown',
    ],
    [
      'a missing tag on Fargate (containerd wording)',
      'nginx:1.99',
      'FARGATE',
      'docker.io/library/nginx:1.99: not found',
    ],
  ] as const)('words the pull error for %s', (_what, image, launchType, expected) => {
    const w = makeWorld();
    const td = w.define('x', [nginx({ image, portMappings: [{ containerPort: 80 }] })], 'awsvpc');
    const arn = w.launch(td, { launchType });
    w.sim.advance(30);
    expect(w.task(arn).stoppedReason).toContain(expected);
    expect(statusPath(w.sim, arn)).toEqual(['PENDING', 'DEPROVISIONING', 'STOPPED']);
  });

  it('stops the task with EssentialContainerExited when the :crash image exits 1', () => {
    const w = makeWorld();
    const arn = w.launch(w.define('crash', [nginx({ image: 'public.ecr.aws/ecs-sandbox/web:crash' })]));
    w.sim.advance(60);
    const t = w.task(arn);
    expect(t).toMatchObject({
      lastStatus: 'STOPPED',
      stopCode: 'EssentialContainerExited',
      stoppedReason: 'Essential container in task exited',
    });
    expect(t.containers[0]).toMatchObject({ lastStatus: 'STOPPED', exitCode: 1 });
    expect(t.stoppingAt).toBe(t.containers[0]!.startedAt! + 5);
    expect(w.state.ecs.containerInstances[w.instance]!.remainingResources).toEqual(REGISTERED);
  });

  it('lets busybox `sleep 5` run five seconds and exit 0, which stops the task', () => {
    const w = makeWorld();
    const arn = w.launch(
      w.define('job', [{ name: 'job', image: 'busybox', memory: 64, command: ['sleep', '5'] }]),
    );
    w.sim.advance(60);
    const t = w.task(arn);
    expect(t.containers[0]).toMatchObject({ lastStatus: 'STOPPED', exitCode: 0 });
    expect(t.stoppingAt! - t.containers[0]!.startedAt!).toBe(5);
    expect(t.stopCode).toBe('EssentialContainerExited');
  });

  it('keeps the task running when a non-essential container exits, recording its exit code', () => {
    const w = makeWorld();
    const td = w.define('pair', [
      nginx(),
      {
        name: 'side',
        image: 'busybox',
        memory: 64,
        essential: false,
        command: ['sh', '-c', 'sleep 3; exit 3'],
      },
    ]);
    const arn = w.launch(td);
    w.sim.advance(60);
    const t = w.task(arn);
    expect(t.lastStatus).toBe('RUNNING');
    expect(t.containers.find((c) => c.name === 'side')).toMatchObject({ lastStatus: 'STOPPED', exitCode: 3 });
    expect(t.containers.find((c) => c.name === 'web')).toMatchObject({ lastStatus: 'RUNNING' });
  });

  it('applies a command override from the task overrides', () => {
    const w = makeWorld();
    const td = w.define('job', [{ name: 'job', image: 'busybox', memory: 64, command: ['sleep', '600'] }]);
    const arn = w.launch(td, {
      overrides: { containerOverrides: [{ name: 'job', command: ['sh', '-c', 'exit 4'] }] },
    });
    w.sim.advance(30);
    expect(w.task(arn).containers[0]).toMatchObject({ lastStatus: 'STOPPED', exitCode: 4 });
  });
});

describe('task lifecycle: container dependencies', () => {
  it('starts a container after the one it depends on with SUCCESS has exited 0', () => {
    const w = makeWorld();
    const td = w.define('init', [
      { name: 'init', image: 'busybox', memory: 64, essential: false, command: ['sleep', '4'] },
      nginx({ dependsOn: [{ containerName: 'init', condition: 'SUCCESS' }] }),
    ]);
    const arn = w.launch(td);
    w.sim.advance(7);
    expect(w.task(arn).lastStatus).toBe('PENDING');
    w.sim.advance(53);
    const t = w.task(arn);
    const [init, web] = t.containers;
    expect(t.lastStatus).toBe('RUNNING');
    expect(init).toMatchObject({ lastStatus: 'STOPPED', exitCode: 0 });
    expect(web!.startedAt).toBe(init!.startedAt! + 4 + 1);
    expect(reachedAt(w.sim, arn, 'ACTIVATING')).toBe(web!.startedAt);
  });

  it('waits for a HEALTHY dependency before starting the dependent container', () => {
    const w = makeWorld();
    const check = { command: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'], interval: 10 };
    const td = w.define('hc', [
      nginx({ name: 'db', healthCheck: check }),
      {
        name: 'app',
        image: 'public.ecr.aws/ecs-sandbox/web:v1',
        memory: 128,
        dependsOn: [{ containerName: 'db', condition: 'HEALTHY' }],
      },
    ]);
    const arn = w.launch(td);
    w.sim.advance(60);
    const [db, app] = w.task(arn).containers;
    expect(app!.startedAt).toBe(db!.startedAt! + 10 + 1);
  });

  it('never starts a container whose SUCCESS dependency failed, and stops the task if it is essential', () => {
    const w = makeWorld();
    const td = w.define('bad', [
      { name: 'init', image: 'busybox', memory: 64, essential: false, command: ['sh', '-c', 'exit 2'] },
      nginx({ dependsOn: [{ containerName: 'init', condition: 'SUCCESS' }] }),
    ]);
    const arn = w.launch(td);
    w.sim.advance(60);
    const t = w.task(arn);
    expect(t.lastStatus).toBe('STOPPED');
    expect(t.containers[1]!.startedAt).toBeUndefined();
    expect(t.containers[1]!.reason).toMatch(/can no longer reach SUCCESS/);
  });
});

describe('task lifecycle: stopping', () => {
  it('waits out stopTimeout for an image that ignores SIGTERM, then SIGKILLs it (exit 137)', () => {
    const w = makeWorld();
    const arn = w.launch(
      w.define('sleepy', [
        { name: 's', image: 'busybox', memory: 64, command: ['sleep', '3600'], stopTimeout: 10 },
      ]),
    );
    w.sim.advance(20);
    w.sim.call('ecs', 'StopTask', { cluster: 'demo', task: arn });
    w.sim.advance(60);
    const stopping = reachedAt(w.sim, arn, 'STOPPING')!;
    const t = w.task(arn);
    expect(t.executionStoppedAt! - stopping).toBe(10);
    expect(t.containers[0]!.exitCode).toBe(137);
  });

  it('stops a graceful image within 1–2 s of SIGTERM', () => {
    const w = makeWorld();
    const arn = w.launch(w.define('web', [nginx()]));
    w.sim.advance(20);
    w.sim.call('ecs', 'StopTask', { cluster: 'demo', task: arn });
    w.sim.advance(60);
    const took = w.task(arn).executionStoppedAt! - reachedAt(w.sim, arn, 'STOPPING')!;
    expect(took).toBeGreaterThanOrEqual(1);
    expect(took).toBeLessThanOrEqual(2);
  });

  it('stops a task that is still pulling straight through STOPPING', () => {
    const w = makeWorld();
    const arn = w.launch(w.define('web', [nginx()]));
    w.sim.advance(1);
    w.sim.call('ecs', 'StopTask', { cluster: 'demo', task: arn, reason: 'changed my mind' });
    w.sim.advance(30);
    expect(statusPath(w.sim, arn)).toEqual(['STOPPING', 'STOPPED']);
    expect(w.task(arn)).toMatchObject({ stopCode: 'UserInitiated', stoppedReason: 'changed my mind' });
    expect(w.task(arn).containers[0]!.lastStatus).toBe('STOPPED');
  });

  it('removes a STOPPED task an hour after it stopped', () => {
    const w = makeWorld();
    const arn = w.launch(w.define('job', [{ name: 'j', image: 'busybox', memory: 64 }]));
    w.sim.advance(60);
    const stoppedAt = w.task(arn).stoppedAt!;
    w.sim.advance(stoppedAt + 3599 - w.sim.now);
    expect(w.state.ecs.tasks[arn]).toBeDefined();
    w.sim.advance(2);
    expect(w.state.ecs.tasks[arn]).toBeUndefined();
  });
});
