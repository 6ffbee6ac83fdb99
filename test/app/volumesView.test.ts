import { describe, expect, it } from 'vitest';
import { fileRequest, sharedText, volumesView } from '../../src/app/volumesView';
import { efsWorld, fileSystemIn, registerEfsApp, runIn } from '../engine/efs/world';

describe('volumesView', () => {
  it('shows each mount with what it is, how long it lives, who shares it and its files as the container sees them', () => {
    const { sim } = efsWorld();
    const fsId = fileSystemIn(sim, ['us-east-1a', 'us-east-1b']);
    const ap = sim.call('efs', 'CreateAccessPoint', { FileSystemId: fsId, RootDirectory: { Path: '/site' } });
    registerEfsApp(sim, {
      fileSystemId: fsId,
      transitEncryption: 'ENABLED',
      authorizationConfig: { accessPointId: ap.AccessPointId },
    });
    const a = runIn(sim, 'us-east-1a');
    const b = runIn(sim, 'us-east-1b');
    sim.call('sim', 'WriteFile', {
      task: b,
      container: 'app',
      path: '/data/index.html',
      content: '<h1>hi</h1>\nmore',
    });
    sim.call('sim', 'WriteFile', { task: a, container: 'app', path: '/etc/app.conf', content: 'x=1' });

    const view = volumesView(sim.state, a)!;
    expect(view.formDisabled).toBeUndefined();
    const [row] = view.containers;
    expect(row!.container).toBe('app');
    const [data, scratch] = row!.mounts;
    expect(data).toMatchObject({
      volume: 'data',
      containerPath: '/data',
      what: `EFS ${fsId} (access point ${ap.AccessPointId}) at /site`,
      lifetimeText: 'Lives as long as the file system, whatever happens to tasks',
      sharedText: 'Shared with 1 other task (us-east-1b)',
    });
    expect(data!.files).toEqual([
      expect.objectContaining({
        path: '/data/index.html',
        bytes: 16,
        writtenBy: `${b.split('/').pop()}/app`,
        preview: '<h1>hi</h1>',
        writtenAt: '00:03:00',
      }),
    ]);
    expect(scratch).toMatchObject({
      what: 'Bind mount on the task’s Fargate ephemeral storage',
      sharedText: 'Not shared',
      files: [],
    });
    expect(row!.layerFiles.map((f) => f.path)).toEqual(['/etc/app.conf']);
    expect(volumesView(sim.state, b)!.containers[0]!.layerFiles).toEqual([]);
  });

  it('disables the form of a stopped task and answers undefined for an unknown one', () => {
    const { sim } = efsWorld();
    registerEfsApp(sim, { fileSystemId: fileSystemIn(sim, ['us-east-1a']) });
    const a = runIn(sim, 'us-east-1a');
    sim.call('ecs', 'StopTask', { task: a });
    sim.advance(60);
    expect(volumesView(sim.state, a)!.formDisabled).toMatch(/its own storage is gone/);
    expect(volumesView(sim.state, 'arn:aws:ecs:us-east-1:123456789012:task/default/nope')).toBeUndefined();
  });

  it('words sharing', () => {
    const s = (taskArn: string, containerName: string, sameTask: boolean, availabilityZone: string) => ({
      taskArn,
      containerName,
      containerPath: '/d',
      sameTask,
      availabilityZone,
    });
    expect(sharedText([])).toBe('Not shared');
    expect(sharedText([s('t1', 'sidecar', true, 'us-east-1a')])).toBe('Shared with sidecar (this task)');
    expect(
      sharedText([
        s('t1', 'sidecar', true, 'us-east-1a'),
        s('t2', 'app', false, 'us-east-1b'),
        s('t3', 'app', false, 'us-east-1a'),
      ]),
    ).toBe('Shared with sidecar (this task) and 2 other tasks (us-east-1a, us-east-1b)');
  });

  it('builds the file form requests', () => {
    expect(fileRequest('t', 'app', 'data/x.txt')).toEqual({
      operation: 'ReadFile',
      input: { task: 't', container: 'app', path: '/data/x.txt' },
    });
    expect(fileRequest('t', 'app', '/x', 'hello')).toEqual({
      operation: 'WriteFile',
      input: { task: 't', container: 'app', path: '/x', content: 'hello' },
    });
  });
});
