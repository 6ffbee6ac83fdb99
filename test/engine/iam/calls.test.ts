import { describe, expect, it } from 'vitest';
import { EngineContext } from '../../../src/engine/context';
import { accessDeniedText, authorize, CALL_LIMIT, CALL_SLACK, callKey } from '../../../src/engine/iam/calls';
import { roleByArn, rolePolicies, trustsService } from '../../../src/engine/iam/roles';
import { initialState, type SimState } from '../../../src/engine/state';

const PARAM = 'arn:aws:ssm:us-east-1:123456789012:parameter/db/url';

function withRole(state: SimState) {
  state.iam.roles.app = {
    ...state.iam.roles.ecsTaskExecutionRole!,
    RoleName: 'app',
    Arn: 'arn:aws:iam::123456789012:role/service/app',
    Path: '/service/',
    inlinePolicies: {
      params: {
        Statement: [
          {
            Sid: 'ReadDb',
            Effect: 'Allow',
            Action: 'ssm:GetParameters',
            Resource: 'arn:aws:ssm:*:*:parameter/db/*',
          },
          { Sid: 'NotSecrets', Effect: 'Deny', Action: 'secretsmanager:*', Resource: '*' },
        ],
      },
    },
  };
}

describe('roles', () => {
  it('finds a role by its ARN (with a path) and nothing by a wrong one', () => {
    const state = initialState(1);
    withRole(state);
    expect(roleByArn(state, 'arn:aws:iam::123456789012:role/service/app')?.RoleName).toBe('app');
    expect(roleByArn(state, 'arn:aws:iam::123456789012:role/app')).toBeUndefined();
    expect(roleByArn(state, 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole')?.RoleName).toBe(
      'ecsTaskExecutionRole',
    );
    expect(roleByArn(state, 'ecsTaskExecutionRole')).toBeUndefined();
  });

  it('lists attached managed policies, then inline ones', () => {
    const state = initialState(1);
    withRole(state);
    expect(rolePolicies(state, 'app').map((p) => p.id)).toEqual([
      'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy',
      'inline:params',
    ]);
    expect(rolePolicies(state, 'nobody')).toEqual([]);
  });

  it('starts the account with the two roles ECS sets up, trusting the right services', () => {
    const { roles } = initialState(1).iam;
    expect(trustsService(roles.ecsInstanceRole!, 'ec2.amazonaws.com')).toBe(true);
    expect(trustsService(roles.ecsInstanceRole!, 'ecs-tasks.amazonaws.com')).toBe(false);
    expect(trustsService(roles.ecsTaskExecutionRole!, 'ecs-tasks.amazonaws.com')).toBe(true);
  });
});

describe('authorize', () => {
  it('records who called what and which statement decided', () => {
    const state = initialState(1);
    withRole(state);
    const ctx = new EngineContext(state);
    const call = authorize(ctx, {
      principal: 'execution-role',
      roleName: 'app',
      action: 'ssm:GetParameters',
      resource: PARAM,
      purpose: 'read parameter /db/url',
      taskArn: 'arn:aws:ecs:us-east-1:123456789012:task/web/abc',
    });
    expect(call).toMatchObject({
      id: 1,
      decision: 'allowed',
      statement: { policy: 'inline:params', statementIndex: 0, sid: 'ReadDb' },
      principal: 'execution-role',
    });
    expect(state.iam.calls[callKey(1)]).toEqual(call);
  });

  it('denies without a role or with a role that does not exist, and still records the call', () => {
    const state = initialState(1);
    const ctx = new EngineContext(state);
    const none = authorize(ctx, {
      principal: 'none',
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::b/k',
      purpose: 'x',
    });
    const gone = authorize(ctx, {
      principal: 'task-role',
      roleName: 'deleted',
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::b/k',
      purpose: 'x',
    });
    expect([none.decision, gone.decision]).toEqual(['implicit-deny', 'implicit-deny']);
    expect(Object.keys(state.iam.calls)).toEqual([callKey(1), callKey(2)]);
  });

  it('rolls back with the call that made it', () => {
    const state = initialState(1);
    const ctx = new EngineContext(state);
    authorize(ctx, {
      principal: 'agent',
      roleName: 'ecsInstanceRole',
      action: 'ecs:Poll',
      resource: '*',
      purpose: 'x',
    });
    ctx.tx.rollback();
    expect(state.iam.calls).toEqual({});
    expect(state.retention.callsRecorded ?? 0).toBe(0);
  });

  it('keeps a bounded number of calls, the newest', () => {
    const state = initialState(1);
    const ctx = new EngineContext(state);
    const total = CALL_LIMIT + 3 * CALL_SLACK + 7;
    for (let i = 0; i < total; i++)
      authorize(ctx, {
        principal: 'agent',
        roleName: 'ecsInstanceRole',
        action: 'ecs:Poll',
        resource: '*',
        purpose: 'x',
      });
    const keys = Object.keys(state.iam.calls);
    expect(keys.length).toBeLessThanOrEqual(CALL_LIMIT + CALL_SLACK);
    expect(keys.length).toBeGreaterThanOrEqual(CALL_LIMIT);
    expect(keys.at(-1)).toBe(callKey(total));
    expect(state.iam.calls[callKey(total - CALL_LIMIT + 1)]).toBeDefined();
  });
});

describe('accessDeniedText', () => {
  const state = initialState(1);
  withRole(state);
  const ctx = new EngineContext(state);
  const call = (action: string, resource: string) =>
    authorize(ctx, { principal: 'execution-role', roleName: 'app', action, resource, purpose: 'x' });

  it('says no identity-based policy allows the action, as AWS does', () => {
    expect(
      accessDeniedText(
        state,
        call('ssm:GetParameters', 'arn:aws:ssm:us-east-1:123456789012:parameter/other'),
        'abc123',
      ),
    ).toBe(
      'User: arn:aws:sts::123456789012:assumed-role/app/abc123 is not authorized to perform: ssm:GetParameters on resource: arn:aws:ssm:us-east-1:123456789012:parameter/other because no identity-based policy allows the ssm:GetParameters action',
    );
  });

  it('names an explicit deny', () => {
    const secret = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf';
    expect(accessDeniedText(state, call('secretsmanager:GetSecretValue', secret), 'abc123')).toBe(
      `User: arn:aws:sts::123456789012:assumed-role/app/abc123 is not authorized to perform: secretsmanager:GetSecretValue on resource: ${secret} with an explicit deny in an identity-based policy`,
    );
  });
});
