import { describe, expect, it } from 'vitest';
import { expectRejected } from '../../../builders/account';
import { defaultSubnets } from '../../../builders/harness';
import { efsWorld, fileSystemIn } from '../../efs/world';

describe('efs CreateFileSystem', () => {
  it('creates an available, Regional file system with the requested settings', () => {
    const { sim } = efsWorld();
    const fs = sim.call('efs', 'CreateFileSystem', {
      CreationToken: 'media',
      Encrypted: true,
      ThroughputMode: 'elastic',
      Tags: [{ Key: 'Name', Value: 'media' }],
    });
    expect(fs.FileSystemId).toMatch(/^fs-[0-9a-f]{17}$/);
    expect(fs).toMatchObject({
      CreationToken: 'media',
      FileSystemArn: `arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/${fs.FileSystemId}`,
      LifeCycleState: 'available',
      Name: 'media',
      NumberOfMountTargets: 0,
      Encrypted: true,
      ThroughputMode: 'elastic',
      PerformanceMode: 'generalPurpose',
      OwnerId: '123456789012',
    });
  });

  it('is idempotent by CreationToken: the same token fails with FileSystemAlreadyExists and creates nothing', () => {
    const { sim } = efsWorld();
    const first = sim.call('efs', 'CreateFileSystem', { CreationToken: 'tok' });
    expectRejected(
      sim,
      () => sim.call('efs', 'CreateFileSystem', { CreationToken: 'tok' }),
      'FileSystemAlreadyExists',
      new RegExp(`File system '${first.FileSystemId}' already exists with creation token 'tok'`),
    );
    expect(Object.keys(sim.state.efs.fileSystems)).toEqual([first.FileSystemId]);
  });

  it('makes a token up when none is given, so two requests create two file systems', () => {
    const { sim } = efsWorld();
    const a = sim.call('efs', 'CreateFileSystem', {});
    const b = sim.call('efs', 'CreateFileSystem', {});
    expect(a.CreationToken).not.toBe(b.CreationToken);
    expect(Object.keys(sim.state.efs.fileSystems)).toHaveLength(2);
  });

  it('checks provisioned throughput and the schema', () => {
    const { sim } = efsWorld();
    expectRejected(
      sim,
      () => sim.call('efs', 'CreateFileSystem', { ThroughputMode: 'provisioned' }),
      'BadRequest',
      /ProvisionedThroughputInMibps is required/,
    );
    expectRejected(
      sim,
      () => sim.call('efs', 'CreateFileSystem', { ProvisionedThroughputInMibps: 10 }),
      'BadRequest',
      /only be set when ThroughputMode is provisioned/,
    );
    expectRejected(
      sim,
      () => sim.callByName('efs', 'CreateFileSystem', { PerformanceMode: 'fast' }),
      'ValidationException',
      /PerformanceMode/,
    );
  });
});

describe('efs CreateMountTarget', () => {
  it('places one mount target per AZ, in the subnet, with an address from it', () => {
    const { sim, subnets } = efsWorld();
    const fs = sim.call('efs', 'CreateFileSystem', { CreationToken: 'x' });
    const mt = sim.call('efs', 'CreateMountTarget', {
      FileSystemId: fs.FileSystemId,
      SubnetId: subnets['us-east-1b']!,
    });
    expect(mt).toMatchObject({
      FileSystemId: fs.FileSystemId,
      SubnetId: subnets['us-east-1b'],
      AvailabilityZoneName: 'us-east-1b',
      AvailabilityZoneId: 'use1-az2',
      LifeCycleState: 'available',
      VpcId: sim.state.ec2.subnets[subnets['us-east-1b']!]!.VpcId,
    });
    expect(mt.MountTargetId).toMatch(/^fsmt-[0-9a-f]{17}$/);
    expect(mt.IpAddress).toMatch(/^172\.31\.16\.\d+$/);
    expect(
      sim.call('efs', 'DescribeFileSystems', { FileSystemId: fs.FileSystemId }).FileSystems[0]!
        .NumberOfMountTargets,
    ).toBe(1);
  });

  it('refuses a second mount target in the same AZ with MountTargetConflict', () => {
    const { sim, subnets } = efsWorld();
    const fsId = fileSystemIn(sim, ['us-east-1a']);
    expectRejected(
      sim,
      () => sim.call('efs', 'CreateMountTarget', { FileSystemId: fsId, SubnetId: subnets['us-east-1a']! }),
      'MountTargetConflict',
      /^mount target already exists in this AZ$/,
    );
  });

  it('names a missing file system or subnet', () => {
    const { sim, subnets } = efsWorld();
    expectRejected(
      sim,
      () =>
        sim.call('efs', 'CreateMountTarget', {
          FileSystemId: 'fs-0123456789abcdef0',
          SubnetId: subnets['us-east-1a']!,
        }),
      'FileSystemNotFound',
      /File system 'fs-0123456789abcdef0' does not exist\./,
    );
    const fs = sim.call('efs', 'CreateFileSystem', {});
    expectRejected(
      sim,
      () =>
        sim.call('efs', 'CreateMountTarget', {
          FileSystemId: fs.FileSystemId,
          SubnetId: 'subnet-0000000000000000',
        }),
      'SubnetNotFound',
      /The subnet ID 'subnet-0000000000000000' does not exist/,
    );
  });
});

describe('efs CreateAccessPoint', () => {
  it('creates an access point with its root directory and POSIX user', () => {
    const { sim } = efsWorld();
    const fsId = fileSystemIn(sim, []);
    const ap = sim.call('efs', 'CreateAccessPoint', {
      FileSystemId: fsId,
      ClientToken: 'uploads',
      PosixUser: { Uid: 1000, Gid: 1000 },
      RootDirectory: {
        Path: '/app/uploads',
        CreationInfo: { OwnerUid: 1000, OwnerGid: 1000, Permissions: '755' },
      },
      Tags: [{ Key: 'Name', Value: 'uploads' }],
    });
    expect(ap.AccessPointId).toMatch(/^fsap-[0-9a-f]{17}$/);
    expect(ap).toMatchObject({
      FileSystemId: fsId,
      Name: 'uploads',
      RootDirectory: { Path: '/app/uploads' },
      PosixUser: { Uid: 1000, Gid: 1000 },
      LifeCycleState: 'available',
      AccessPointArn: `arn:aws:elasticfilesystem:us-east-1:123456789012:access-point/${ap.AccessPointId}`,
    });
    expectRejected(
      sim,
      () => sim.call('efs', 'CreateAccessPoint', { FileSystemId: fsId, ClientToken: 'uploads' }),
      'AccessPointAlreadyExists',
      new RegExp(ap.AccessPointId),
    );
  });

  it('refuses a root directory deeper than four levels with the real validation message', () => {
    const { sim } = efsWorld();
    const fsId = fileSystemIn(sim, []);
    expectRejected(
      sim,
      () =>
        sim.call('efs', 'CreateAccessPoint', {
          FileSystemId: fsId,
          RootDirectory: { Path: '/one/two/three/four/five' },
        }),
      'ValidationException',
      /Value '\/one\/two\/three\/four\/five' at 'rootDirectory.path' failed to satisfy constraint/,
    );
    expectRejected(
      sim,
      () => sim.call('efs', 'CreateAccessPoint', { FileSystemId: 'fs-0123456789abcdef0' }),
      'FileSystemNotFound',
    );
  });
});

describe('efs Describe*', () => {
  it('filters file systems by id or token and refuses both at once', () => {
    const { sim } = efsWorld();
    const a = sim.call('efs', 'CreateFileSystem', { CreationToken: 'a' });
    sim.call('efs', 'CreateFileSystem', { CreationToken: 'b' });
    expect(sim.call('efs', 'DescribeFileSystems', {}).FileSystems).toHaveLength(2);
    expect(
      sim.call('efs', 'DescribeFileSystems', { CreationToken: 'a' }).FileSystems.map((f) => f.FileSystemId),
    ).toEqual([a.FileSystemId]);
    expectRejected(
      sim,
      () => sim.call('efs', 'DescribeFileSystems', { CreationToken: 'a', FileSystemId: a.FileSystemId }),
      'BadRequest',
      /cannot contain both/,
    );
    expectRejected(
      sim,
      () => sim.call('efs', 'DescribeFileSystems', { FileSystemId: 'fs-0123456789abcdef0' }),
      'FileSystemNotFound',
    );
  });

  it('pages with MaxItems and NextMarker', () => {
    const { sim } = efsWorld();
    for (const t of ['a', 'b', 'c']) sim.call('efs', 'CreateFileSystem', { CreationToken: t });
    const first = sim.call('efs', 'DescribeFileSystems', { MaxItems: 2 });
    expect(first.FileSystems.map((f) => f.CreationToken)).toEqual(['a', 'b']);
    const second = sim.call('efs', 'DescribeFileSystems', { MaxItems: 2, Marker: first.NextMarker! });
    expect(second.FileSystems.map((f) => f.CreationToken)).toEqual(['c']);
    expect(second.NextMarker).toBeUndefined();
  });

  it('lists mount targets by file system, access point or id (exactly one)', () => {
    const { sim } = efsWorld();
    const fsId = fileSystemIn(sim, ['us-east-1a', 'us-east-1c']);
    const ap = sim.call('efs', 'CreateAccessPoint', { FileSystemId: fsId });
    const byFs = sim.call('efs', 'DescribeMountTargets', { FileSystemId: fsId }).MountTargets;
    expect(byFs.map((m) => m.AvailabilityZoneName)).toEqual(['us-east-1a', 'us-east-1c']);
    expect(
      sim.call('efs', 'DescribeMountTargets', { AccessPointId: ap.AccessPointId }).MountTargets,
    ).toHaveLength(2);
    expect(
      sim.call('efs', 'DescribeMountTargets', { MountTargetId: byFs[0]!.MountTargetId }).MountTargets,
    ).toHaveLength(1);
    expectRejected(sim, () => sim.call('efs', 'DescribeMountTargets', {}), 'BadRequest', /exactly one/);
    expectRejected(
      sim,
      () => sim.call('efs', 'DescribeMountTargets', { MountTargetId: 'fsmt-0123456789abcdef0' }),
      'MountTargetNotFound',
      /Mount target 'fsmt-0123456789abcdef0' does not exist\./,
    );
  });

  it('lists access points and names a missing one', () => {
    const { sim } = efsWorld();
    const fsId = fileSystemIn(sim, []);
    const other = fileSystemIn(sim, [], 'other');
    const ap = sim.call('efs', 'CreateAccessPoint', { FileSystemId: fsId });
    sim.call('efs', 'CreateAccessPoint', { FileSystemId: other });
    expect(
      sim
        .call('efs', 'DescribeAccessPoints', { FileSystemId: fsId })
        .AccessPoints.map((a) => a.AccessPointId),
    ).toEqual([ap.AccessPointId]);
    expect(sim.call('efs', 'DescribeAccessPoints', {}).AccessPoints).toHaveLength(2);
    expectRejected(
      sim,
      () => sim.call('efs', 'DescribeAccessPoints', { AccessPointId: 'fsap-0123456789abcdef0' }),
      'AccessPointNotFound',
      /Access point 'fsap-0123456789abcdef0' does not exist\./,
    );
  });
});

describe('efs deletes', () => {
  it('refuses to delete a file system with mount targets, then deletes it with its access points and files', () => {
    const { sim } = efsWorld();
    const fsId = fileSystemIn(sim, ['us-east-1a']);
    sim.call('efs', 'CreateAccessPoint', { FileSystemId: fsId });
    expectRejected(
      sim,
      () => sim.call('efs', 'DeleteFileSystem', { FileSystemId: fsId }),
      'FileSystemInUse',
      /has mount targets/,
    );
    const [mt] = sim.call('efs', 'DescribeMountTargets', { FileSystemId: fsId }).MountTargets;
    sim.call('efs', 'DeleteMountTarget', { MountTargetId: mt!.MountTargetId });
    sim.call('efs', 'DeleteFileSystem', { FileSystemId: fsId });
    expect(sim.state.efs.fileSystems).toEqual({});
    expect(sim.state.efs.accessPoints).toEqual({});
    expectRejected(
      sim,
      () => sim.call('efs', 'DeleteFileSystem', { FileSystemId: fsId }),
      'FileSystemNotFound',
    );
    expectRejected(
      sim,
      () => sim.call('efs', 'DeleteMountTarget', { MountTargetId: mt!.MountTargetId }),
      'MountTargetNotFound',
    );
  });

  it('deletes an access point', () => {
    const { sim } = efsWorld();
    const ap = sim.call('efs', 'CreateAccessPoint', { FileSystemId: fileSystemIn(sim, []) });
    sim.call('efs', 'DeleteAccessPoint', { AccessPointId: ap.AccessPointId });
    expectRejected(
      sim,
      () => sim.call('efs', 'DeleteAccessPoint', { AccessPointId: ap.AccessPointId }),
      'AccessPointNotFound',
    );
  });
});

describe('efs file system policy', () => {
  it('has none until one is put (PolicyNotFound), then returns it', () => {
    const { sim } = efsWorld();
    const fsId = fileSystemIn(sim, []);
    expectRejected(
      sim,
      () => sim.call('efs', 'DescribeFileSystemPolicy', { FileSystemId: fsId }),
      'PolicyNotFound',
    );
    const policy = {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'elasticfilesystem:ClientMount', Resource: '*' },
      ],
    };
    sim.call('efs', 'PutFileSystemPolicy', { FileSystemId: fsId, Policy: JSON.stringify(policy) });
    expect(JSON.parse(sim.call('efs', 'DescribeFileSystemPolicy', { FileSystemId: fsId }).Policy)).toEqual(
      policy,
    );
  });

  it('refuses a policy that is not JSON or lacks a Principal', () => {
    const { sim } = efsWorld();
    const fsId = fileSystemIn(sim, []);
    expectRejected(
      sim,
      () => sim.call('efs', 'PutFileSystemPolicy', { FileSystemId: fsId, Policy: '{' }),
      'InvalidPolicyException',
      /not valid JSON/,
    );
    expectRejected(
      sim,
      () =>
        sim.call('efs', 'PutFileSystemPolicy', {
          FileSystemId: fsId,
          Policy: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }),
        }),
      'InvalidPolicyException',
      /needs a Principal/,
    );
  });
});

describe('efs in the console catalog', () => {
  it('is offered as an AWS service with its operations', async () => {
    const { engineCatalog } = await import('../../../../src/app/console/catalog');
    const catalog = engineCatalog();
    expect(catalog.services()).toContain('efs');
    expect(catalog.operations('efs')).toContain('CreateMountTarget');
    const schema = catalog.schema('efs', 'CreateMountTarget') as {
      properties: Record<string, { description?: string }>;
    };
    expect(schema.properties.SubnetId!.description).toMatch(/Availability Zone|AZ/);
    void defaultSubnets;
  });
});
