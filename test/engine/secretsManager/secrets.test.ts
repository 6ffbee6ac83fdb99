import { describe, expect, it } from 'vitest';
import { parseSecretValueFrom, resolveSecretValue } from '../../../src/engine/secretsManager/valueFrom';
import { anAccount, expectRejected } from '../../builders/account';

const create = (
  sim: ReturnType<ReturnType<typeof anAccount>['build']>,
  Name: string,
  SecretString?: string,
) =>
  sim.callByName('secretsmanager', 'CreateSecret', {
    Name,
    ...(SecretString !== undefined ? { SecretString } : {}),
  }) as { ARN: string; Name: string; VersionId?: string };

describe('Secrets Manager', () => {
  it('gives the ARN six random characters from the seed, and refuses a second secret of the same name', () => {
    const a = create(anAccount(1).build(), 'prod/db', '{}');
    const b = create(anAccount(1).build(), 'prod/db', '{}');
    const c = create(anAccount(2).build(), 'prod/db', '{}');
    expect(a.ARN).toMatch(/^arn:aws:secretsmanager:us-east-1:123456789012:secret:prod\/db-[A-Za-z0-9]{6}$/);
    expect(b.ARN).toBe(a.ARN);
    expect(c.ARN).not.toBe(a.ARN);
    const sim = anAccount(1).build();
    create(sim, 'x', 'v');
    expectRejected(sim, () => create(sim, 'x', 'w'), 'ResourceExistsException', /secret x already exists/);
  });

  it('moves AWSCURRENT to a new value and AWSPREVIOUS to the old one', () => {
    const sim = anAccount(1).build();
    const first = create(sim, 'api', 'one');
    const put = sim.call('secretsmanager', 'PutSecretValue', { SecretId: 'api', SecretString: 'two' });
    expect(put.VersionStages).toEqual(['AWSCURRENT']);
    const third = sim.call('secretsmanager', 'PutSecretValue', {
      SecretId: first.ARN,
      SecretString: 'three',
    });
    expect(sim.call('secretsmanager', 'GetSecretValue', { SecretId: 'api' }).SecretString).toBe('three');
    expect(
      sim.call('secretsmanager', 'GetSecretValue', { SecretId: 'api', VersionStage: 'AWSPREVIOUS' })
        .SecretString,
    ).toBe('two');
    expect(
      sim.call('secretsmanager', 'GetSecretValue', { SecretId: 'api', VersionId: first.VersionId! })
        .SecretString,
    ).toBe('one');
    const stages = sim.call('secretsmanager', 'DescribeSecret', { SecretId: 'api' }).VersionIdsToStages;
    expect(stages).toEqual({ [put.VersionId]: ['AWSPREVIOUS'], [third.VersionId]: ['AWSCURRENT'] });
    // a partial ARN (without the random suffix) finds it too
    const partial = first.ARN.replace(/-[A-Za-z0-9]{6}$/, '');
    expect(sim.call('secretsmanager', 'GetSecretValue', { SecretId: partial }).SecretString).toBe('three');
    expectRejected(
      sim,
      () => sim.call('secretsmanager', 'GetSecretValue', { SecretId: 'api', VersionStage: 'AWSPENDING' }),
      'ResourceNotFoundException',
      /staging label: AWSPENDING/,
    );
  });

  it('schedules deletion: the value cannot be read, the name cannot be reused, RestoreSecret brings it back', () => {
    const sim = anAccount(1).build();
    create(sim, 'tmp', 'v');
    const del = sim.call('secretsmanager', 'DeleteSecret', { SecretId: 'tmp', RecoveryWindowInDays: 7 });
    expect(del.DeletionDate).toBeDefined();
    expectRejected(
      sim,
      () => sim.call('secretsmanager', 'GetSecretValue', { SecretId: 'tmp' }),
      'InvalidRequestException',
      /marked for deletion/,
    );
    expectRejected(sim, () => create(sim, 'tmp', 'w'), 'InvalidRequestException', /scheduled for deletion/);
    expect(sim.call('secretsmanager', 'ListSecrets', {}).SecretList).toEqual([]);
    expect(
      sim
        .call('secretsmanager', 'ListSecrets', { IncludePlannedDeletion: true })
        .SecretList.map((s) => s.Name),
    ).toEqual(['tmp']);
    sim.call('secretsmanager', 'RestoreSecret', { SecretId: 'tmp' });
    expect(sim.call('secretsmanager', 'GetSecretValue', { SecretId: 'tmp' }).SecretString).toBe('v');
    expectRejected(
      sim,
      () => sim.call('secretsmanager', 'DeleteSecret', { SecretId: 'tmp', RecoveryWindowInDays: 3 }),
      'InvalidParameterException',
      /between 7 and 30/,
    );
    sim.call('secretsmanager', 'DeleteSecret', { SecretId: 'tmp', ForceDeleteWithoutRecovery: true });
    expect(create(sim, 'tmp', 'again').Name).toBe('tmp');
  });

  it('parses valueFrom with json-key, version-stage and version-id, keeping empty parts', () => {
    const arn = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:appauth-AbCdEf';
    expect(parseSecretValueFrom(arn)).toEqual({
      secretId: arn,
      region: 'us-east-1',
      accountId: '123456789012',
    });
    expect(parseSecretValueFrom(`${arn}:username1::`)).toMatchObject({ secretId: arn, jsonKey: 'username1' });
    expect(parseSecretValueFrom(`${arn}::AWSPREVIOUS:`)).toMatchObject({ versionStage: 'AWSPREVIOUS' });
    expect(parseSecretValueFrom(`${arn}:k::abc`)).toMatchObject({ jsonKey: 'k', versionId: 'abc' });
    expect(parseSecretValueFrom('arn:aws:ssm:us-east-1:123456789012:parameter/x')).toBeUndefined();
    expect(parseSecretValueFrom(`${arn}:a:b:c:d`)).toBeUndefined();
  });

  it('resolves what ECS injects, with the agent’s own failure texts', () => {
    const sim = anAccount(1).build();
    const { ARN } = create(sim, 'db', JSON.stringify({ username: 'app', port: 5432 }));
    sim.call('secretsmanager', 'PutSecretValue', {
      SecretId: 'db',
      SecretString: JSON.stringify({ username: 'app2', port: 5432 }),
    });
    expect(resolveSecretValue(sim.state, ARN)).toMatchObject({ ok: true, secretArn: ARN });
    expect(resolveSecretValue(sim.state, `${ARN}:username::`)).toEqual({
      ok: true,
      value: 'app2',
      secretArn: ARN,
    });
    expect(resolveSecretValue(sim.state, `${ARN}:username:AWSPREVIOUS:`)).toMatchObject({ value: 'app' });
    expect(resolveSecretValue(sim.state, `${ARN}:port::`)).toMatchObject({ value: '5432' });
    expect(resolveSecretValue(sim.state, ARN.replace(/-[A-Za-z0-9]{6}$/, '') + ':username::')).toMatchObject({
      ok: true,
      value: 'app2',
    });
    expect(resolveSecretValue(sim.state, `${ARN}:password::`)).toMatchObject({
      ok: false,
      message: 'retrieved secret from Secrets Manager did not contain json key password',
    });
    expect(resolveSecretValue(sim.state, `${ARN}x`)).toEqual({
      ok: false,
      message: "ResourceNotFoundException: Secrets Manager can't find the specified secret.",
    });
    const plain = create(sim, 'plain', 'not json').ARN;
    expect(resolveSecretValue(sim.state, `${plain}:k::`)).toMatchObject({
      ok: false,
      message: "invalid character 'n' looking for beginning of value",
    });
  });
});
