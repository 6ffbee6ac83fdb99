import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/engine';
import { taskDefinitionProblems } from '../../../src/engine/taskDefinitions';
import { S3_MOUNT_EXPLANATION } from '../../../src/engine/volumes/s3Mount';
import { expectRejected } from '../../builders/account';
import { aFargateDefinition, anEc2Definition } from './fixtures';

const first = (input: unknown) => taskDefinitionProblems(input)[0];
const withVolume = (volume: Record<string, unknown>, fargate = true) =>
  (fargate ? aFargateDefinition : anEc2Definition)({ volumes: [{ name: 'data', ...volume }] });
const efs = (config: Record<string, unknown>) => ({
  efsVolumeConfiguration: { fileSystemId: 'fs-0123456789abcdef0', ...config },
});

describe('efsVolumeConfiguration registration rules (ecs-reference §1.5)', () => {
  const rows: Array<{ condition: string; volume: Record<string, unknown>; field: string; message: string }> =
    [
      {
        condition: 'access point with a rootDirectory other than /',
        volume: efs({
          rootDirectory: '/app',
          transitEncryption: 'ENABLED',
          authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0' },
        }),
        field: 'volumes[0].efsVolumeConfiguration.rootDirectory',
        message:
          'When using an EFS access point, the root directory must either be set to "/" or be omitted.',
      },
      {
        condition: 'access point without transit encryption',
        volume: efs({ authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0' } }),
        field: 'volumes[0].efsVolumeConfiguration.transitEncryption',
        message: 'An EFS access point requires transit encryption: set transitEncryption to ENABLED.',
      },
      {
        condition: 'IAM authorization with transit encryption DISABLED',
        volume: efs({ transitEncryption: 'DISABLED', authorizationConfig: { iam: 'ENABLED' } }),
        field: 'volumes[0].efsVolumeConfiguration.transitEncryption',
        message: 'EFS IAM authorization requires transit encryption: set transitEncryption to ENABLED.',
      },
    ];
  it.each(rows)('$condition', ({ volume, field, message }) => {
    for (const fargate of [true, false])
      expect(first(withVolume(volume, fargate))).toEqual({ field, message, errorName: 'ClientException' });
  });

  it('accepts an access point with rootDirectory / or omitted, and IAM with transit encryption', () => {
    for (const rootDirectory of ['/', undefined])
      expect(
        taskDefinitionProblems(
          withVolume(
            efs({
              rootDirectory,
              transitEncryption: 'ENABLED',
              authorizationConfig: { accessPointId: 'fsap-0123456789abcdef0', iam: 'ENABLED' },
            }),
          ),
        ),
      ).toEqual([]);
    expect(taskDefinitionProblems(withVolume(efs({ rootDirectory: '/shared' })))).toEqual([]);
  });

  it('is what RegisterTaskDefinition throws, changing nothing', () => {
    const sim = createSimulation({ seed: 1 });
    expectRejected(
      sim,
      () =>
        sim.callByName(
          'ecs',
          'RegisterTaskDefinition',
          withVolume(efs({ authorizationConfig: { iam: 'ENABLED' } })),
        ),
      'ClientException',
      /EFS IAM authorization requires transit encryption/,
    );
  });
});

describe('an attempt to mount an S3 bucket is explained', () => {
  it.each([
    ['host.sourcePath s3://', { host: { sourcePath: 's3://my-bucket/data' } }, 'volumes[0].host.sourcePath'],
    [
      'host.sourcePath bucket ARN',
      { host: { sourcePath: 'arn:aws:s3:::my-bucket' } },
      'volumes[0].host.sourcePath',
    ],
    [
      'EFS fileSystemId that is a bucket',
      efs({ fileSystemId: 's3://my-bucket' }),
      'volumes[0].efsVolumeConfiguration.fileSystemId',
    ],
    [
      'S3 Files with a bucket ARN',
      { s3filesVolumeConfiguration: { fileSystemArn: 'arn:aws:s3:::my-bucket' } },
      'volumes[0].s3filesVolumeConfiguration.fileSystemArn',
    ],
  ])('%s, on EC2 and on Fargate (before Fargate’s sourcePath rule)', (_, volume, field) => {
    for (const fargate of [false, true])
      expect(first(withVolume(volume, fargate))).toEqual({
        field,
        message: S3_MOUNT_EXPLANATION,
        errorName: 'ClientException',
      });
  });

  it('names the alternatives and that S3 Files is not a bucket mount', () => {
    expect(S3_MOUNT_EXPLANATION).toMatch(/environmentFiles/);
    expect(S3_MOUNT_EXPLANATION).toMatch(/task role/);
    expect(S3_MOUNT_EXPLANATION).toMatch(/EFS/);
    expect(S3_MOUNT_EXPLANATION).toMatch(/S3 Files file system, not a bucket/);
  });

  it.each(['s3VolumeConfiguration', 's3BucketVolumeConfiguration', 'S3Bucket'])(
    'answers an invented volume member %s with the explanation',
    (member) => {
      const sim = createSimulation({ seed: 1 });
      expectRejected(
        sim,
        () =>
          sim.callByName('ecs', 'RegisterTaskDefinition', withVolume({ [member]: { bucket: 'my-bucket' } })),
        'InvalidParameterException',
        new RegExp(
          `^Unknown member 'volumes\\[0\\]\\.${member}'\\. An S3 bucket cannot be mounted as a volume`,
        ),
      );
    },
  );

  it('leaves other unknown members with the plain message', () => {
    const sim = createSimulation({ seed: 1 });
    expectRejected(
      sim,
      () => sim.callByName('ecs', 'RegisterTaskDefinition', withVolume({ nfsVolume: {} })),
      'InvalidParameterException',
      /^Unknown member 'volumes\[0\]\.nfsVolume'\. Member names are case-sensitive; check the spelling\.$/,
    );
  });
});

describe('other volume rules still hold', () => {
  it('Fargate refuses sourcePath and Docker volumes', () => {
    expect(first(withVolume({ host: { sourcePath: '/srv' } }))?.message).toBe(
      'host.sourcePath should not be set for volumes in Fargate.',
    );
    expect(first(withVolume({ dockerVolumeConfiguration: { scope: 'task' } }))?.field).toBe(
      'volumes[0].dockerVolumeConfiguration',
    );
  });
});
