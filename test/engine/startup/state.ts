import type { SimState } from '../../../src/engine/state';
import { ACCOUNT } from './world';

/** Records put straight into the state (the SSM, Secrets Manager, S3 and ECR operations have their own tests). */

export function putParameter(state: SimState, name: string, value: string): string {
  const arn = `arn:aws:ssm:us-east-1:${ACCOUNT}:parameter/${name.replace(/^\//, '')}`;
  state.ssm.parameters[name] = {
    Name: name,
    ARN: arn,
    Type: 'SecureString',
    Value: value,
    Version: 1,
    LastModifiedDate: 0,
    DataType: 'text',
    history: [{ Version: 1, Value: value, LastModifiedDate: 0 }],
  };
  return arn;
}

export function putSecret(state: SimState, name: string, value: string): string {
  const arn = `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:${name}-AbCdEf`;
  state.secretsManager.secrets[arn] = {
    ARN: arn,
    Name: name,
    CreatedDate: 0,
    LastChangedDate: 0,
    versions: { v1: { VersionId: 'v1', SecretString: value, VersionStages: ['AWSCURRENT'], CreatedDate: 0 } },
  };
  return arn;
}

/** Rotates a secret: a new AWSCURRENT version, the old one AWSPREVIOUS. */
export function rotateSecret(state: SimState, arn: string, value: string): void {
  const s = state.secretsManager.secrets[arn]!;
  state.secretsManager.secrets[arn] = {
    ...s,
    versions: {
      v1: { ...s.versions['v1']!, VersionStages: ['AWSPREVIOUS'] },
      v2: { VersionId: 'v2', SecretString: value, VersionStages: ['AWSCURRENT'], CreatedDate: 1 },
    },
  };
}

export function putObject(state: SimState, bucket: string, key: string, body: string): string {
  const b = state.s3.buckets[bucket] ?? { Name: bucket, CreationDate: 0, objects: {} };
  state.s3.buckets[bucket] = {
    ...b,
    objects: {
      ...b.objects,
      [key]: { Key: key, Body: body, ETag: '"x"', Size: body.length, LastModified: 0 },
    },
  };
  return `arn:aws:s3:::${bucket}/${key}`;
}

/** A private repository with one image tagged `tag` that behaves like catalog image `sourceImage`. */
export function pushImage(state: SimState, repositoryName: string, tag: string, sourceImage: string): string {
  const uri = `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/${repositoryName}`;
  const digest = `sha256:${'ab'.repeat(32)}`;
  state.ecr.repositories[repositoryName] = {
    repositoryName,
    repositoryArn: `arn:aws:ecr:us-east-1:${ACCOUNT}:repository/${repositoryName}`,
    registryId: ACCOUNT,
    repositoryUri: uri,
    createdAt: 0,
    imageTagMutability: 'MUTABLE',
    imageScanningConfiguration: { scanOnPush: false },
    images: {
      [digest]: {
        imageDigest: digest,
        imageTags: [tag],
        imagePushedAt: 0,
        imageSizeInBytes: 1000,
        sourceImage,
      },
    },
  };
  return `${uri}:${tag}`;
}
