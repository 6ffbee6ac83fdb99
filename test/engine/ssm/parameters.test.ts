import { describe, expect, it } from 'vitest';
import { findParameter } from '../../../src/engine/ssm/parameters';
import { anAccount, expectRejected } from '../../builders/account';

const put = (sim: ReturnType<ReturnType<typeof anAccount>['build']>, input: Record<string, unknown>) =>
  sim.callByName('ssm', 'PutParameter', input) as { Version: number; Tier: string };

describe('ssm Parameter Store', () => {
  it('versions a parameter on overwrite, reads old versions with name:version, and refuses a silent overwrite', () => {
    const sim = anAccount(1).build();
    expect(put(sim, { Name: '/app/db-url', Value: 'postgres://one', Type: 'String' })).toEqual({
      Version: 1,
      Tier: 'Standard',
    });
    expectRejected(
      sim,
      () => put(sim, { Name: '/app/db-url', Value: 'postgres://two' }),
      'ParameterAlreadyExists',
      /set the overwrite option/,
    );
    expect(put(sim, { Name: '/app/db-url', Value: 'postgres://two', Overwrite: true }).Version).toBe(2);
    const now = sim.call('ssm', 'GetParameter', { Name: '/app/db-url' }).Parameter;
    expect(now).toMatchObject({ Name: '/app/db-url', Value: 'postgres://two', Version: 2, Type: 'String' });
    expect(now.ARN).toBe('arn:aws:ssm:us-east-1:123456789012:parameter/app/db-url');
    const old = sim.call('ssm', 'GetParameter', { Name: '/app/db-url:1' }).Parameter;
    expect(old).toMatchObject({ Value: 'postgres://one', Version: 1, Selector: ':1' });
    expectRejected(
      sim,
      () => sim.call('ssm', 'GetParameter', { Name: '/app/db-url:7' }),
      'ParameterVersionNotFound',
    );
    expectRejected(sim, () => sim.call('ssm', 'GetParameter', { Name: '/nope' }), 'ParameterNotFound');
  });

  it('needs a type to create, and a fully qualified path', () => {
    const sim = anAccount(1).build();
    expectRejected(sim, () => put(sim, { Name: 'x', Value: 'v' }), 'ValidationException', /type is required/);
    expectRejected(
      sim,
      () => put(sim, { Name: 'app/x', Value: 'v', Type: 'String' }),
      'ValidationException',
      /fully qualified/,
    );
    expectRejected(
      sim,
      () => put(sim, { Name: 'n', Value: 'abc', Type: 'String', AllowedPattern: '^\\d+$' }),
      'ParameterPatternMismatchException',
    );
  });

  it('shows a SecureString encrypted unless decryption is asked for, and lists metadata without values', () => {
    const sim = anAccount(1).build();
    put(sim, { Name: '/app/password', Value: 's3cret', Type: 'SecureString' });
    put(sim, { Name: '/app/sub/level', Value: 'x', Type: 'String' });
    put(sim, { Name: 'plain', Value: 'a,b', Type: 'StringList' });
    const hidden = sim.call('ssm', 'GetParameter', { Name: '/app/password' }).Parameter.Value;
    expect(hidden).not.toContain('s3cret');
    expect(
      sim.call('ssm', 'GetParameter', { Name: '/app/password', WithDecryption: true }).Parameter.Value,
    ).toBe('s3cret');
    const many = sim.call('ssm', 'GetParameters', {
      Names: ['/app/password', 'missing', 'plain'],
      WithDecryption: true,
    });
    expect(many.Parameters.map((p) => p.Value)).toEqual(['s3cret', 'a,b']);
    expect(many.InvalidParameters).toEqual(['missing']);
    const oneLevel = sim.call('ssm', 'DescribeParameters', {
      ParameterFilters: [{ Key: 'Path', Values: ['/app'] }],
    }).Parameters;
    expect(oneLevel.map((p) => p.Name)).toEqual(['/app/password']);
    expect(oneLevel[0]).toMatchObject({ KeyId: 'alias/aws/ssm', Type: 'SecureString' });
    expect(JSON.stringify(oneLevel)).not.toContain('s3cret');
    const recursive = sim.call('ssm', 'DescribeParameters', {
      ParameterFilters: [{ Key: 'Path', Option: 'Recursive', Values: ['/app'] }],
    }).Parameters;
    expect(recursive.map((p) => p.Name)).toEqual(['/app/password', '/app/sub/level']);
    sim.call('ssm', 'DeleteParameter', { Name: 'plain' });
    expectRejected(sim, () => sim.call('ssm', 'DeleteParameter', { Name: 'plain' }), 'ParameterNotFound');
  });

  it('findParameter takes a name or an ARN (with the path slash or without), and nothing from elsewhere', () => {
    const sim = anAccount(1).build();
    put(sim, { Name: '/prod/db', Value: 'a', Type: 'String' });
    put(sim, { Name: 'flat', Value: 'b', Type: 'String' });
    put(sim, { Name: 'flat', Value: 'c', Overwrite: true });
    expect(findParameter(sim.state, '/prod/db')?.Value).toBe('a');
    expect(findParameter(sim.state, 'arn:aws:ssm:us-east-1:123456789012:parameter/prod/db')?.Value).toBe('a');
    expect(findParameter(sim.state, 'arn:aws:ssm:us-east-1:123456789012:parameter/flat')?.Value).toBe('c');
    expect(findParameter(sim.state, 'flat:1')?.Value).toBe('b');
    expect(findParameter(sim.state, 'prod/db')).toBeUndefined();
    expect(findParameter(sim.state, 'arn:aws:ssm:eu-west-1:123456789012:parameter/prod/db')).toBeUndefined();
  });
});
