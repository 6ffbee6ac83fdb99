import { describe, expect, it } from 'vitest';
import type { SimState } from '../../../src/engine';
import { volumeMounts } from '../../../src/engine/volumes/view';
import { efsWorld, fileSystemIn, registerEfsApp, runIn, taskOf } from '../efs/world';

describe('volumeMounts: what each container mounts and who shares it', () => {
  it('lists EFS as shared with every live task that mounts the file system, in any AZ; scratch as not shared', () => {
    const { sim } = efsWorld();
    const fsId = fileSystemIn(sim, ['us-east-1a', 'us-east-1b']);
    registerEfsApp(sim, { fileSystemId: fsId });
    const a = runIn(sim, 'us-east-1a');
    const b = runIn(sim, 'us-east-1b');
    const [app] = volumeMounts(sim.state as SimState, taskOf(sim, a));
    expect(app!.containerName).toBe('app');
    const [data, scratch] = app!.mounts;
    expect(data).toMatchObject({
      volume: 'data',
      containerPath: '/data',
      kind: 'efs',
      lifetime: 'file-system',
      location: `efs:${fsId}`,
      root: '/',
      fileSystemId: fsId,
      iam: false,
      readOnly: false,
    });
    expect(data!.sharedWith).toEqual([
      {
        taskArn: b,
        containerName: 'app',
        containerPath: '/data',
        sameTask: false,
        availabilityZone: 'us-east-1b',
      },
    ]);
    expect(scratch).toMatchObject({
      volume: 'scratch',
      kind: 'fargate-ephemeral',
      lifetime: 'task',
      sharedWith: [],
    });
    expect(scratch!.location).toBe(`task:${a}:scratch`);
  });

  it('stops listing a task once it stopped', () => {
    const { sim } = efsWorld();
    registerEfsApp(sim, { fileSystemId: fileSystemIn(sim, ['us-east-1a']) });
    const a = runIn(sim, 'us-east-1a');
    const b = runIn(sim, 'us-east-1a');
    sim.call('ecs', 'StopTask', { task: b });
    sim.advance(60);
    expect(volumeMounts(sim.state as SimState, taskOf(sim, a))[0]!.mounts[0]!.sharedWith).toEqual([]);
  });

  it('does not count access points with disjoint roots as sharing', () => {
    const { sim } = efsWorld();
    const fsId = fileSystemIn(sim, ['us-east-1a']);
    const blue = sim.call('efs', 'CreateAccessPoint', {
      FileSystemId: fsId,
      RootDirectory: { Path: '/blue' },
    });
    const green = sim.call('efs', 'CreateAccessPoint', {
      FileSystemId: fsId,
      RootDirectory: { Path: '/green' },
    });
    const ap = (id: string) => ({
      fileSystemId: fsId,
      transitEncryption: 'ENABLED',
      authorizationConfig: { accessPointId: id },
    });
    registerEfsApp(sim, ap(blue.AccessPointId), { family: 'blue' });
    registerEfsApp(sim, ap(green.AccessPointId), { family: 'green' });
    registerEfsApp(sim, { fileSystemId: fsId }, { family: 'admin' });
    const b = runIn(sim, 'us-east-1a', 'blue');
    const g = runIn(sim, 'us-east-1a', 'green');
    const admin = runIn(sim, 'us-east-1a', 'admin');
    const sharers = volumeMounts(sim.state as SimState, taskOf(sim, b))[0]!.mounts[0]!.sharedWith.map(
      (s) => s.taskArn,
    );
    expect(sharers).toEqual([admin]);
    expect(sharers).not.toContain(g);
    expect(volumeMounts(sim.state as SimState, taskOf(sim, b))[0]!.mounts[0]).toMatchObject({
      root: '/blue',
      accessPointId: blue.AccessPointId,
    });
  });
});
