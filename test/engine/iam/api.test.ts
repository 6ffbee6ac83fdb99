import { describe, expect, it } from 'vitest';
import { createSimulation, isAwsError, type Simulation, type SimState } from '../../../src/engine';
import { iamOperations } from '../../../src/engine/api/iam/index';
import { LATER_SERVICES } from '../../../src/engine/api/registry';
import { MANAGED_POLICIES } from '../../../src/engine/iam/managedPolicies';
import { rolePolicies } from '../../../src/engine/iam/roles';
import { ECS_AMI } from '../../builders/account';

const TASKS_TRUST = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
});
const S3_READ = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';

const call = (sim: Simulation, op: string, input: Record<string, unknown>) =>
  sim.callByName('iam', op, input);

function refusal(sim: Simulation, op: string, input: Record<string, unknown>): string {
  try {
    call(sim, op, input);
  } catch (e) {
    return isAwsError(e) ? `${e.name}: ${e.message}` : String(e);
  }
  return 'accepted';
}

function withAppRole(seed = 1): Simulation {
  const sim = createSimulation({ seed });
  call(sim, 'CreateRole', { RoleName: 'app', AssumeRolePolicyDocument: TASKS_TRUST });
  return sim;
}

describe('iam roles', () => {
  it('is a service whose operations all load later', () => {
    expect(LATER_SERVICES.has('iam')).toBe(true);
    expect(Object.keys(iamOperations)).toContain('SimulatePrincipalPolicy');
  });

  it('creates a role with a decoded trust policy, an AROA id and an ARN with its path', () => {
    const sim = createSimulation({ seed: 1 });
    const out = call(sim, 'CreateRole', {
      RoleName: 'web-task',
      Path: '/ecs/',
      AssumeRolePolicyDocument: TASKS_TRUST,
      Description: 'the web app',
    }) as { Role: Record<string, unknown> };
    expect(out.Role).toMatchObject({
      RoleName: 'web-task',
      Path: '/ecs/',
      Arn: 'arn:aws:iam::123456789012:role/ecs/web-task',
      RoleId: expect.stringMatching(/^AROA[A-Z2-7]{17}$/),
      AssumeRolePolicyDocument: JSON.parse(TASKS_TRUST),
      Description: 'the web app',
      MaxSessionDuration: 3600,
      CreateDate: expect.stringMatching(/Z$/),
    });
    expect(call(sim, 'GetRole', { RoleName: 'web-task' })).toMatchObject({
      Role: { RoleId: out.Role.RoleId },
    });
  });

  it('refuses a name taken in any case, and a role that does not exist', () => {
    const sim = withAppRole();
    expect(refusal(sim, 'CreateRole', { RoleName: 'APP', AssumeRolePolicyDocument: TASKS_TRUST })).toBe(
      'EntityAlreadyExists: Role with name APP already exists.',
    );
    expect(refusal(sim, 'GetRole', { RoleName: 'nope' })).toBe(
      'NoSuchEntity: The role with name nope cannot be found.',
    );
  });

  it.each([
    ['{"Statement": [', 'This policy contains invalid Json'],
    [
      JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }] }),
      'Missing required field Principal',
    ],
    [
      JSON.stringify({
        Statement: [
          {
            Effect: 'Allow',
            Principal: { Service: 'ecs-tasks.amazonaws.com' },
            Action: 'sts:AssumeRole',
            Resource: '*',
          },
        ],
      }),
      'Has prohibited field Resource',
    ],
    [
      JSON.stringify({ Statement: [{ Effect: 'Alow', Principal: '*', Action: 'sts:AssumeRole' }] }),
      'Invalid effect: Alow',
    ],
  ])('refuses a malformed trust policy %s', (doc, message) => {
    const sim = createSimulation({ seed: 1 });
    expect(refusal(sim, 'CreateRole', { RoleName: 'x', AssumeRolePolicyDocument: doc })).toBe(
      `MalformedPolicyDocument: ${message}`,
    );
    expect(sim.state.iam.roles.x).toBeUndefined();
  });

  it('refuses a bad role name with a ValidationError', () => {
    const sim = createSimulation({ seed: 1 });
    expect(
      refusal(sim, 'CreateRole', { RoleName: 'has space', AssumeRolePolicyDocument: TASKS_TRUST }),
    ).toMatch(/^ValidationError/);
  });

  it('lists roles in name order with the starting ones', () => {
    const sim = withAppRole();
    const names = (call(sim, 'ListRoles', {}) as { Roles: { RoleName: string }[] }).Roles.map(
      (r) => r.RoleName,
    );
    expect(names).toEqual(['app', 'ecsInstanceRole', 'ecsTaskExecutionRole']);
    const page = call(sim, 'ListRoles', { MaxItems: 2 }) as {
      Roles: unknown[];
      IsTruncated: boolean;
      Marker: string;
    };
    expect(page).toMatchObject({ IsTruncated: true });
    expect((call(sim, 'ListRoles', { Marker: page.Marker }) as { Roles: unknown[] }).Roles).toHaveLength(1);
  });

  it('changes the trust policy with UpdateAssumeRolePolicy', () => {
    const sim = withAppRole();
    call(sim, 'UpdateAssumeRolePolicy', {
      RoleName: 'app',
      PolicyDocument: TASKS_TRUST.replace('ecs-tasks', 'ec2'),
    });
    expect(JSON.stringify(sim.state.iam.roles.app!.AssumeRolePolicyDocument)).toContain('ec2.amazonaws.com');
  });
});

describe('iam role policies', () => {
  it('attaches and detaches managed policies, which then take part in evaluation', () => {
    const sim = withAppRole();
    call(sim, 'AttachRolePolicy', { RoleName: 'app', PolicyArn: S3_READ });
    call(sim, 'AttachRolePolicy', { RoleName: 'app', PolicyArn: S3_READ });
    expect(call(sim, 'ListAttachedRolePolicies', { RoleName: 'app' })).toEqual({
      AttachedPolicies: [{ PolicyName: 'AmazonS3ReadOnlyAccess', PolicyArn: S3_READ }],
      IsTruncated: false,
    });
    expect(rolePolicies(sim.state as unknown as SimState, 'app').map((p) => p.id)).toEqual([S3_READ]);
    call(sim, 'DetachRolePolicy', { RoleName: 'app', PolicyArn: S3_READ });
    expect(sim.state.iam.roles.app!.attachedPolicyArns).toEqual([]);
    expect(refusal(sim, 'DetachRolePolicy', { RoleName: 'app', PolicyArn: S3_READ })).toBe(
      `NoSuchEntity: Policy ${S3_READ} was not found.`,
    );
  });

  it('refuses a policy it does not know and an eleventh managed policy', () => {
    const sim = withAppRole();
    const mine = 'arn:aws:iam::123456789012:policy/mine';
    expect(refusal(sim, 'AttachRolePolicy', { RoleName: 'app', PolicyArn: mine })).toBe(
      `NoSuchEntity: Policy ${mine} does not exist or is not attachable.`,
    );
    const arns = Object.keys(MANAGED_POLICIES);
    expect(arns.length).toBeGreaterThanOrEqual(8);
    const role = sim.state.iam.roles.app!;
    (sim.state.iam.roles as Record<string, typeof role>).app = {
      ...role,
      attachedPolicyArns: Array.from({ length: 10 }, (_, i) => `${arns[0]}#${i}`),
    };
    expect(refusal(sim, 'AttachRolePolicy', { RoleName: 'app', PolicyArn: S3_READ })).toBe(
      'LimitExceeded: Cannot exceed quota for PoliciesPerRole: 10',
    );
  });

  it('puts, reads, lists and deletes inline policies', () => {
    const sim = withAppRole();
    const doc = {
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'Read',
          Effect: 'Allow',
          Action: 'ssm:GetParameters',
          Resource: 'arn:aws:ssm:*:*:parameter/app/*',
        },
      ],
    };
    call(sim, 'PutRolePolicy', {
      RoleName: 'app',
      PolicyName: 'params',
      PolicyDocument: JSON.stringify(doc),
    });
    expect(call(sim, 'GetRolePolicy', { RoleName: 'app', PolicyName: 'params' })).toEqual({
      RoleName: 'app',
      PolicyName: 'params',
      PolicyDocument: doc,
    });
    expect(call(sim, 'ListRolePolicies', { RoleName: 'app' })).toEqual({
      PolicyNames: ['params'],
      IsTruncated: false,
    });
    call(sim, 'DeleteRolePolicy', { RoleName: 'app', PolicyName: 'params' });
    expect(refusal(sim, 'GetRolePolicy', { RoleName: 'app', PolicyName: 'params' })).toBe(
      'NoSuchEntity: The role policy with name params cannot be found.',
    );
  });

  it.each([
    [
      { Statement: [{ Effect: 'Allow', Action: 's3:GetObject' }] },
      'Policy statement must contain resources.',
    ],
    [{ Statement: [{ Effect: 'Allow', Resource: '*' }] }, 'Policy statement must contain actions.'],
    [
      { Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }] },
      'Policy document should not specify a principal.',
    ],
    [
      { Statement: [{ Effect: 'Allow', Action: 'GetObject', Resource: '*' }] },
      'Actions/Conditions must be prefaced by a vendor, e.g., iam, sdb, ec2, etc.',
    ],
    [
      { Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'my-bucket/*' }] },
      'Resource my-bucket/* must be in ARN format or "*".',
    ],
  ])('refuses the malformed identity policy %j', (doc, message) => {
    const sim = withAppRole();
    expect(
      refusal(sim, 'PutRolePolicy', {
        RoleName: 'app',
        PolicyName: 'p',
        PolicyDocument: JSON.stringify(doc),
      }),
    ).toBe(`MalformedPolicyDocument: ${message}`);
  });

  it('refuses inline policies past 10,240 characters per role', () => {
    const sim = withAppRole();
    const big = (n: number) =>
      JSON.stringify({
        Statement: [
          {
            Effect: 'Allow',
            Action: 's3:GetObject',
            Resource: Array.from({ length: n }, (_, i) => `arn:aws:s3:::bucket-${i}/*`),
          },
        ],
      });
    call(sim, 'PutRolePolicy', { RoleName: 'app', PolicyName: 'a', PolicyDocument: big(200) });
    expect(
      refusal(sim, 'PutRolePolicy', { RoleName: 'app', PolicyName: 'b', PolicyDocument: big(200) }),
    ).toBe('LimitExceeded: Maximum policy size of 10240 bytes exceeded for role app');
  });

  it('deletes a role only once it is empty', () => {
    const sim = withAppRole();
    call(sim, 'AttachRolePolicy', { RoleName: 'app', PolicyArn: S3_READ });
    call(sim, 'PutRolePolicy', {
      RoleName: 'app',
      PolicyName: 'p',
      PolicyDocument: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] }),
    });
    expect(refusal(sim, 'DeleteRole', { RoleName: 'app' })).toBe(
      'DeleteConflict: Cannot delete entity, must detach all policies first.',
    );
    call(sim, 'DetachRolePolicy', { RoleName: 'app', PolicyArn: S3_READ });
    expect(refusal(sim, 'DeleteRole', { RoleName: 'app' })).toBe(
      'DeleteConflict: Cannot delete entity, must delete policies first.',
    );
    call(sim, 'DeleteRolePolicy', { RoleName: 'app', PolicyName: 'p' });
    call(sim, 'DeleteRole', { RoleName: 'app' });
    expect(sim.state.iam.roles.app).toBeUndefined();
    expect(refusal(sim, 'DeleteRole', { RoleName: 'ecsInstanceRole' })).toMatch(/^DeleteConflict/);
  });
});

describe('iam instance profiles', () => {
  it('creates a profile, holds one role, and EC2 instances launched with it register', () => {
    const sim = createSimulation({ seed: 5 });
    call(sim, 'CreateRole', {
      RoleName: 'nodes',
      AssumeRolePolicyDocument: TASKS_TRUST.replace('ecs-tasks', 'ec2'),
    });
    call(sim, 'AttachRolePolicy', {
      RoleName: 'nodes',
      PolicyArn: 'arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role',
    });
    const created = call(sim, 'CreateInstanceProfile', { InstanceProfileName: 'nodes' }) as {
      InstanceProfile: Record<string, unknown>;
    };
    expect(created.InstanceProfile).toMatchObject({
      Arn: 'arn:aws:iam::123456789012:instance-profile/nodes',
      InstanceProfileId: expect.stringMatching(/^AIPA[A-Z2-7]{17}$/),
      Roles: [],
    });
    call(sim, 'AddRoleToInstanceProfile', { InstanceProfileName: 'nodes', RoleName: 'nodes' });
    expect(refusal(sim, 'AddRoleToInstanceProfile', { InstanceProfileName: 'nodes', RoleName: 'app' })).toBe(
      'NoSuchEntity: The role with name app cannot be found.',
    );
    expect(
      refusal(sim, 'AddRoleToInstanceProfile', { InstanceProfileName: 'nodes', RoleName: 'ecsInstanceRole' }),
    ).toBe('LimitExceeded: Cannot exceed quota for InstanceSessionsPerInstanceProfile: 1');
    expect(call(sim, 'GetInstanceProfile', { InstanceProfileName: 'nodes' })).toMatchObject({
      InstanceProfile: { Roles: [{ RoleName: 'nodes' }] },
    });
    sim.call('ecs', 'CreateCluster', {});
    const out = sim.call('ec2', 'RunInstances', {
      ImageId: ECS_AMI,
      InstanceType: 'm5.large',
      MinCount: 1,
      MaxCount: 1,
      IamInstanceProfile: { Name: 'nodes' },
    } as never) as { Instances: { InstanceId: string }[] };
    sim.advance(200);
    expect(sim.state.ec2.instances[out.Instances[0]!.InstanceId]!.agent.phase).toBe('registered');
  });

  it('refuses to delete a profile holding a role, and a role in a profile', () => {
    const sim = createSimulation({ seed: 1 });
    expect(refusal(sim, 'DeleteInstanceProfile', { InstanceProfileName: 'ecsInstanceRole' })).toBe(
      'DeleteConflict: Cannot delete entity, must remove roles from instance profile first.',
    );
    call(sim, 'RemoveRoleFromInstanceProfile', {
      InstanceProfileName: 'ecsInstanceRole',
      RoleName: 'ecsInstanceRole',
    });
    call(sim, 'DeleteInstanceProfile', { InstanceProfileName: 'ecsInstanceRole' });
    expect(sim.state.iam.instanceProfiles).toEqual({});
  });
});

describe('iam managed policies and simulation', () => {
  it('lists the AWS managed catalog and nothing local', () => {
    const sim = createSimulation({ seed: 1 });
    const aws = call(sim, 'ListPolicies', { Scope: 'AWS' }) as {
      Policies: { PolicyName: string; AttachmentCount: number }[];
    };
    expect(aws.Policies.map((p) => p.PolicyName)).toContain('AmazonECSTaskExecutionRolePolicy');
    expect(
      aws.Policies.find((p) => p.PolicyName === 'AmazonECSTaskExecutionRolePolicy')!.AttachmentCount,
    ).toBe(1);
    expect(call(sim, 'ListPolicies', { Scope: 'Local' })).toEqual({ Policies: [], IsTruncated: false });
    const got = call(sim, 'GetPolicy', { PolicyArn: S3_READ }) as { Policy: { DefaultVersionId: string } };
    const version = call(sim, 'GetPolicyVersion', {
      PolicyArn: S3_READ,
      VersionId: got.Policy.DefaultVersionId,
    }) as {
      PolicyVersion: { Document: { Statement: { Action: string[] }[] } };
    };
    expect(version.PolicyVersion.Document.Statement[0]!.Action).toContain('s3:Get*');
  });

  it('simulates a role: allowed, implicit deny, explicit deny with the matched policy', () => {
    const sim = withAppRole();
    call(sim, 'AttachRolePolicy', { RoleName: 'app', PolicyArn: S3_READ });
    call(sim, 'PutRolePolicy', {
      RoleName: 'app',
      PolicyName: 'guard',
      PolicyDocument: JSON.stringify({
        Statement: [{ Effect: 'Deny', Action: 's3:GetObject', Resource: 'arn:aws:s3:::private/*' }],
      }),
    });
    const out = call(sim, 'SimulatePrincipalPolicy', {
      PolicySourceArn: 'arn:aws:iam::123456789012:role/app',
      ActionNames: ['s3:GetObject', 's3:PutObject'],
      ResourceArns: ['arn:aws:s3:::public/a', 'arn:aws:s3:::private/a'],
    }) as {
      EvaluationResults: {
        EvalActionName: string;
        EvalResourceName: string;
        EvalDecision: string;
        MatchedStatements: unknown[];
      }[];
    };
    expect(out.EvaluationResults.map((r) => [r.EvalActionName, r.EvalResourceName, r.EvalDecision])).toEqual([
      ['s3:GetObject', 'arn:aws:s3:::public/a', 'allowed'],
      ['s3:GetObject', 'arn:aws:s3:::private/a', 'explicitDeny'],
      ['s3:PutObject', 'arn:aws:s3:::public/a', 'implicitDeny'],
      ['s3:PutObject', 'arn:aws:s3:::private/a', 'implicitDeny'],
    ]);
    expect(out.EvaluationResults[0]!.MatchedStatements).toEqual([
      { SourcePolicyId: 'AmazonS3ReadOnlyAccess', SourcePolicyType: 'aws-managed' },
    ]);
    expect(out.EvaluationResults[1]!.MatchedStatements).toEqual([
      { SourcePolicyId: 'guard', SourcePolicyType: 'role' },
    ]);
    expect(
      refusal(sim, 'SimulatePrincipalPolicy', {
        PolicySourceArn: 'arn:aws:iam::123456789012:role/ghost',
        ActionNames: ['s3:GetObject'],
      }),
    ).toBe('NoSuchEntity: The role with name ghost cannot be found.');
  });

  it('gives the same ids for the same seed', () => {
    const ids = () => {
      const sim = withAppRole(9);
      call(sim, 'CreateInstanceProfile', { InstanceProfileName: 'p' });
      return [sim.state.iam.roles.app!.RoleId, sim.state.iam.instanceProfiles.p!.InstanceProfileId];
    };
    expect(ids()).toEqual(ids());
  });
});
