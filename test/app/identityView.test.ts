import { describe, expect, it } from 'vitest';
import {
  callsFor,
  configView,
  createRoleInput,
  MASK,
  putRolePolicyInput,
  roleDetail,
  roleRows,
  simulateInput,
  simulationAnswer,
  statementSummary,
  trustedPrincipals,
  variableKey,
} from '../../src/app/identityView';
import { createSimulation, type Task } from '../../src/engine/index';
import type { AuthorizedCall, IamRole } from '../../src/engine/model/iam';

const ACCOUNT = '123456789012';
const EXEC_POLICY = 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy';
const S3_READ = 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess';

const role = (name: string, service: string, extra: Partial<IamRole> = {}): IamRole => ({
  RoleName: name,
  RoleId: `AROA${name.toUpperCase()}`,
  Arn: `arn:aws:iam::${ACCOUNT}:role/${name}`,
  Path: '/',
  CreateDate: 0,
  MaxSessionDuration: 3600,
  AssumeRolePolicyDocument: {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
  },
  attachedPolicyArns: [],
  inlinePolicies: {},
  ...extra,
});

const call = (over: Partial<AuthorizedCall> & Pick<AuthorizedCall, 'id'>): AuthorizedCall => ({
  at: 30,
  principal: 'execution-role',
  roleName: 'ecsTaskExecutionRole',
  action: 'ecr:GetAuthorizationToken',
  resource: '*',
  decision: 'allowed',
  statement: { policy: EXEC_POLICY, statementIndex: 0 },
  purpose: 'pull image api:1',
  ...over,
});

/** a real account (clusters, task definitions) with the IAM section given */
function account(iam: { roles: Record<string, IamRole>; calls?: Record<string, AuthorizedCall> }) {
  const sim = createSimulation({ seed: 3 });
  sim.call('ecs', 'RegisterTaskDefinition', {
    family: 'api',
    taskRoleArn: `arn:aws:iam::${ACCOUNT}:role/apiTaskRole`,
    executionRoleArn: `arn:aws:iam::${ACCOUNT}:role/ecsTaskExecutionRole`,
    containerDefinitions: [{ name: 'api', image: 'nginx:latest', memory: 128 }],
  });
  return {
    ...sim.state,
    iam: {
      roles: iam.roles,
      instanceProfiles: {
        ecsInstanceRole: {
          InstanceProfileName: 'ecsInstanceRole',
          Arn: `arn:aws:iam::${ACCOUNT}:instance-profile/ecsInstanceRole`,
          roleName: 'ecsInstanceRole',
        },
      },
      calls: iam.calls ?? {},
    },
  } as typeof sim.state;
}

const ROLES = {
  ecsTaskExecutionRole: role('ecsTaskExecutionRole', 'ecs-tasks.amazonaws.com', {
    attachedPolicyArns: [EXEC_POLICY],
  }),
  ecsInstanceRole: role('ecsInstanceRole', 'ec2.amazonaws.com'),
  apiTaskRole: role('apiTaskRole', 'ecs-tasks.amazonaws.com', {
    inlinePolicies: {
      'read-config': {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'Objects',
            Effect: 'Allow',
            Action: ['s3:GetObject', 's3:ListBucket'],
            Resource: 'arn:aws:s3:::cfg/*',
          },
        ],
      },
    },
  }),
};

describe('the roles list', () => {
  it('lists every role by name with who may assume it, its policies and where the account uses it', () => {
    const rows = roleRows(account({ roles: ROLES }));
    expect(rows.map((r) => r.name)).toEqual(['apiTaskRole', 'ecsInstanceRole', 'ecsTaskExecutionRole']);
    expect(rows[0]).toMatchObject({
      trustedBy: ['ecs-tasks.amazonaws.com'],
      attached: [],
      inline: ['read-config'],
      usedBy: ['task role of api:1'],
    });
    expect(rows[1]!.usedBy).toEqual(['instance profile ecsInstanceRole']);
    expect(rows[2]).toMatchObject({
      attached: ['AmazonECSTaskExecutionRolePolicy'],
      usedBy: ['execution role of api:1'],
    });
  });

  it('reads a Statement written as one object as well as a list', () => {
    expect(
      trustedPrincipals({
        Statement: { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' } },
      } as never),
    ).toEqual(['ec2.amazonaws.com']);
  });

  it('reads trust principals of every shape and ignores Deny statements', () => {
    expect(
      trustedPrincipals({
        Statement: [
          { Effect: 'Allow', Principal: { Service: ['ecs-tasks.amazonaws.com', 'ec2.amazonaws.com'] } },
          { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' } },
          { Effect: 'Deny', Principal: '*' },
        ],
      }),
    ).toEqual(['ecs-tasks.amazonaws.com', 'ec2.amazonaws.com', 'arn:aws:iam::123456789012:root']);
  });
});

describe('a role’s detail', () => {
  const catalog = [
    { Arn: EXEC_POLICY, PolicyName: 'AmazonECSTaskExecutionRolePolicy', Description: 'pull and log' },
    { Arn: S3_READ, PolicyName: 'AmazonS3ReadOnlyAccess' },
  ];

  it('shows the trust policy, the attached policies with their statements and offers only the others to attach', () => {
    const detail = roleDetail(account({ roles: ROLES }), 'ecsTaskExecutionRole', catalog, (arn) =>
      arn === EXEC_POLICY
        ? {
            Statement: [
              { Effect: 'Allow', Action: ['ecr:GetAuthorizationToken', 'logs:PutLogEvents'], Resource: '*' },
            ],
          }
        : undefined,
    )!;
    expect(JSON.parse(detail.trustText)).toEqual(ROLES.ecsTaskExecutionRole.AssumeRolePolicyDocument);
    expect(detail.attached).toEqual([
      {
        arn: EXEC_POLICY,
        name: 'AmazonECSTaskExecutionRolePolicy',
        description: 'pull and log',
        statements: ['Allow ecr:GetAuthorizationToken, logs:PutLogEvents on *'],
      },
    ]);
    expect(detail.attachable.map((p) => p.PolicyName)).toEqual(['AmazonS3ReadOnlyAccess']);
  });

  it('gives each inline policy as editable text and a summary', () => {
    const detail = roleDetail(account({ roles: ROLES }), 'apiTaskRole', catalog)!;
    expect(detail.inline).toHaveLength(1);
    expect(detail.inline[0]!.name).toBe('read-config');
    expect(JSON.parse(detail.inline[0]!.text)).toEqual(ROLES.apiTaskRole.inlinePolicies['read-config']);
    expect(detail.inline[0]!.statements).toEqual([
      'Objects: Allow s3:GetObject, s3:ListBucket on arn:aws:s3:::cfg/*',
    ]);
  });

  it('answers undefined for a role that is gone', () => {
    expect(roleDetail(account({ roles: ROLES }), 'nope', catalog)).toBeUndefined();
  });

  it('summarises NotAction, NotResource and conditions', () => {
    expect(
      statementSummary({
        Effect: 'Deny',
        NotAction: 'iam:*',
        NotResource: ['arn:aws:s3:::a'],
        Condition: { Bool: { 'aws:SecureTransport': 'false' } },
      }),
    ).toBe('Deny every action except iam:* on everything except arn:aws:s3:::a (with a condition)');
  });
});

describe('who is calling', () => {
  const TASK = `arn:aws:ecs:us-east-1:${ACCOUNT}:task/demo/abc`;
  const calls = {
    c1: call({ id: 1, taskArn: TASK, ec2InstanceId: 'i-1', principal: 'agent', roleName: 'ecsInstanceRole' }),
    c2: call({
      id: 2,
      taskArn: TASK,
      action: 'secretsmanager:GetSecretValue',
      resource: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf',
      decision: 'implicit-deny',
      statement: undefined,
      purpose: 'read secret db',
    }),
    c3: call({
      id: 3,
      taskArn: TASK,
      principal: 'task-role',
      roleName: 'apiTaskRole',
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::cfg/app.env',
      statement: { policy: 'inline:read-config', statementIndex: 0, sid: 'Objects' },
    }),
    c4: call({ id: 4, taskArn: 'other', ec2InstanceId: 'i-2' }),
    c5: call({
      id: 5,
      taskArn: TASK,
      principal: 'none',
      roleName: undefined,
      decision: 'implicit-deny',
      statement: undefined,
    }),
    c6: call({
      id: 6,
      ec2InstanceId: 'i-1',
      principal: 'agent',
      roleName: 'ecsInstanceRole',
      decision: 'explicit-deny',
      statement: { policy: 'inline:no-ecr', statementIndex: 1 },
    }),
  };

  it('lists a task’s calls newest first with principal, role, outcome and the deciding statement', () => {
    const view = callsFor(account({ roles: ROLES, calls }), { taskArn: TASK });
    expect(view.rows.map((r) => r.id)).toEqual([5, 3, 2, 1]);
    expect(view.denied).toBe(2);
    const [none, taskRole, denied, agent] = view.rows;
    expect(taskRole).toMatchObject({
      principal: 'Application (task role)',
      role: 'apiTaskRole',
      allowed: true,
      outcome: 'Allowed',
      decidedBy: 'inline policy read-config, statement 1 (Objects)',
    });
    expect(denied).toMatchObject({
      allowed: false,
      outcome: 'Denied (not allowed)',
      decidedBy: "no statement of ecsTaskExecutionRole's policies allows it",
      purpose: 'read secret db',
    });
    expect(agent).toMatchObject({
      principal: 'ECS agent (instance role)',
      decidedBy: 'AmazonECSTaskExecutionRolePolicy, statement 1',
    });
    expect(none).toMatchObject({ role: '—', decidedBy: 'no credentials, so nothing can allow it' });
    expect(agent!.at).toMatch(/^\d\d:\d\d:\d\d$/);
  });

  it('lists an instance’s calls, including an explicit deny', () => {
    const view = callsFor(account({ roles: ROLES, calls }), { ec2InstanceId: 'i-1' });
    expect(view.rows.map((r) => r.id)).toEqual([6, 1]);
    expect(view.rows[0]).toMatchObject({
      outcome: 'Denied (explicit deny)',
      decidedBy: 'inline policy no-ecr, statement 2',
    });
  });

  it('shows at most the limit and says how many more there are', () => {
    const view = callsFor(account({ roles: ROLES, calls }), { taskArn: TASK }, 2);
    expect(view.rows.map((r) => r.id)).toEqual([5, 3]);
    expect(view.more).toBe(2);
  });
});

describe('configuration per container', () => {
  const task = (over: Partial<Task>): Task =>
    ({
      lastStatus: 'RUNNING',
      containers: [{ name: 'web' }, { name: 'sidecar' }],
      ...over,
    }) as unknown as Task;

  const config = {
    sidecar: [{ name: 'MODE', value: 'proxy', source: 'environment' as const, secret: false }],
    web: [
      {
        name: 'DB_PASSWORD',
        value: 'hunter2',
        source: 'secretsmanager' as const,
        from: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf:password::',
        secret: true,
      },
      {
        name: 'COLOR',
        value: 'blue',
        source: 'environmentFile' as const,
        from: 'arn:aws:s3:::cfg/app.env',
        secret: false,
      },
      {
        name: 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
        value: '/v2/credentials/x',
        source: 'agent' as const,
        secret: false,
      },
    ],
  };

  it('lists containers in task order and variables by name, with their source; secrets masked', () => {
    const view = configView(task({}), config);
    expect(view.note).toBeUndefined();
    expect(view.containers.map((c) => c.container)).toEqual(['web', 'sidecar']);
    const web = view.containers[0]!.variables;
    expect(web.map((v) => v.name)).toEqual([
      'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
      'COLOR',
      'DB_PASSWORD',
    ]);
    expect(web[1]).toMatchObject({
      shown: 'blue',
      source: 'environment file',
      from: 'arn:aws:s3:::cfg/app.env',
    });
    expect(web[0]!.source).toBe('set by the ECS agent');
    expect(web[2]).toMatchObject({ shown: MASK, secret: true, revealed: false, source: 'Secrets Manager' });
    expect(JSON.stringify(view)).not.toContain('hunter2');
  });

  it('shows a secret only once it is revealed', () => {
    const view = configView(task({}), config, new Set([variableKey('web', 'DB_PASSWORD')]));
    expect(view.containers[0]!.variables[2]).toMatchObject({ shown: 'hunter2', revealed: true });
  });

  it('explains why there is nothing yet before start, and after a failed start', () => {
    expect(configView(task({ lastStatus: 'PENDING' }), undefined).note).toMatch(
      /resolved when the task starts/,
    );
    expect(configView(task({ lastStatus: 'STOPPED' }), undefined).note).toMatch(
      /stopped before its containers started/,
    );
  });
});

describe('the forms’ requests', () => {
  it('sends policy documents as JSON text, as the API takes them', () => {
    const create = createRoleInput(' appRole ', 'ecs-tasks.amazonaws.com');
    expect(create.RoleName).toBe('appRole');
    expect(JSON.parse(create.AssumeRolePolicyDocument)).toEqual({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' },
      ],
    });
    const doc = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
    };
    const put = putRolePolicyInput('appRole', 'read', doc);
    expect(typeof put.PolicyDocument).toBe('string');
    expect(JSON.parse(put.PolicyDocument)).toEqual(doc);
    expect(simulateInput('arn:aws:iam::1:role/r', ' s3:GetObject ', '')).toEqual({
      PolicySourceArn: 'arn:aws:iam::1:role/r',
      ActionNames: ['s3:GetObject'],
      ResourceArns: ['*'],
    });
  });

  it('reads SimulatePrincipalPolicy’s answer into a sentence', () => {
    const allowed = simulationAnswer('appRole', {
      EvaluationResults: [
        {
          EvalActionName: 's3:GetObject',
          EvalResourceName: 'arn:aws:s3:::cfg/a',
          EvalDecision: 'allowed',
          MatchedStatements: [{ SourcePolicyId: 'read' }, { SourcePolicyId: 'read' }],
        },
      ],
    })!;
    expect(allowed).toMatchObject({ allowed: true, matched: ['read'] });
    expect(allowed.text).toBe('Yes: appRole may call s3:GetObject on arn:aws:s3:::cfg/a, allowed by read.');
    const implicit = simulationAnswer('appRole', {
      EvaluationResults: [
        { EvalActionName: 's3:PutObject', EvalResourceName: '*', EvalDecision: 'implicitDeny' },
      ],
    })!;
    expect(implicit.allowed).toBe(false);
    expect(implicit.text).toMatch(/^No: no statement of appRole's policies allows s3:PutObject on \*/);
    const explicit = simulationAnswer('appRole', {
      EvaluationResults: [
        {
          EvalActionName: 's3:PutObject',
          EvalDecision: 'explicitDeny',
          MatchedStatements: [{ SourcePolicyId: 'deny-all' }],
        },
      ],
    })!;
    expect(explicit.text).toMatch(/denies s3:PutObject .* \(deny-all\)\. An explicit deny wins/);
    expect(simulationAnswer('appRole', {})).toBeUndefined();
  });
});
