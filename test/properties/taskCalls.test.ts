import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PolicyStatement } from '../../src/engine/model/iam';
import { putObject, putParameter, putSecret, pushImage } from '../engine/startup/state';
import { ACCOUNT, awslogs, ec2App, fargateApp, startWorld } from '../engine/startup/world';

/**
 * No call made on behalf of a task — by ECS at start (execution role, or the agent with the instance role) or by
 * its application (sim CallAws: task role, instance role through IMDS, or none) — succeeds unless a statement of
 * the role allows it and none denies it. The oracle below matches policies on its own (plain glob matching), so
 * the property checks the whole path: role choice, the IAM evaluator, and what the start-up work does on a refusal.
 */

const RUNS = 100;
const SECRET = `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:db-AbCdEf`;

const ACTIONS = [
  '*',
  'ssm:GetParameters',
  'ssm:Get*',
  'secretsmanager:GetSecretValue',
  's3:GetObject',
  's3:GetBucketLocation',
  's3:*',
  'logs:CreateLogStream',
  'logs:CreateLogGroup',
  'logs:*',
  'ecr:GetAuthorizationToken',
  'ecr:BatchGetImage',
  'ecr:GetDownloadUrlForLayer',
  'ecr:*',
] as const;
const RESOURCES = [
  '*',
  `arn:aws:ssm:us-east-1:${ACCOUNT}:parameter/app/*`,
  `arn:aws:ssm:*:*:parameter/other`,
  SECRET,
  'arn:aws:secretsmanager:*:*:secret:db-*',
  'arn:aws:s3:::cfg/*',
  'arn:aws:s3:::cfg',
  'arn:aws:logs:*:*:log-group:/ecs/*',
  `arn:aws:ecr:us-east-1:${ACCOUNT}:repository/shop`,
] as const;

// mostly generous allows, so that many tasks get far (and many calls are allowed), with denies mixed in
const statement = fc.record({
  Effect: fc.constantFrom(
    'Allow' as const,
    'Allow' as const,
    'Allow' as const,
    'Allow' as const,
    'Deny' as const,
  ),
  Action: fc.oneof(
    { weight: 1, arbitrary: fc.constant(['*']) },
    { weight: 3, arbitrary: fc.subarray([...ACTIONS], { minLength: 1, maxLength: 6 }) },
  ),
  Resource: fc.oneof(
    { weight: 2, arbitrary: fc.constant(['*']) },
    { weight: 3, arbitrary: fc.subarray([...RESOURCES], { minLength: 1, maxLength: 3 }) },
  ),
});
const statements = fc.array(statement, { minLength: 1, maxLength: 6 });

const setup = fc.record({
  fargate: fc.boolean(),
  execRole: fc.boolean(),
  taskRole: fc.boolean(),
  ssm: fc.boolean(),
  asm: fc.boolean(),
  envFile: fc.boolean(),
  logs: fc.constantFrom('none', 'existing', 'missing', 'create'),
  ecr: fc.boolean(),
  exec: statements,
  task: statements,
  instance: statements,
  appCalls: fc.array(
    fc.record({
      action: fc.constantFrom(
        's3:GetObject',
        's3:PutObject',
        'ssm:GetParameter',
        'secretsmanager:GetSecretValue',
        'ecr:GetAuthorizationToken',
      ),
      resource: fc.constantFrom(
        'arn:aws:s3:::cfg/app.env',
        'arn:aws:s3:::other/x',
        `arn:aws:ssm:us-east-1:${ACCOUNT}:parameter/app/db`,
        SECRET,
        '*',
      ),
    }),
    { maxLength: 4 },
  ),
});

const glob = (pattern: string, text: string, ignoreCase: boolean) =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
    ignoreCase ? 'i' : '',
  ).test(text);
const list = (v: string | ReadonlyArray<string> | undefined) =>
  v === undefined ? [] : typeof v === 'string' ? [v] : v;
const matches = (s: PolicyStatement, action: string, resource: string) =>
  list(s.Action).some((a) => glob(a, action, true)) && list(s.Resource).some((r) => glob(r, resource, false));

describe('calls on behalf of a task', () => {
  it('never succeed without an allowing statement (and never against a denying one)', () => {
    fc.assert(
      fc.property(setup, (s) => {
        const w = startWorld(5);
        const exec = s.execRole ? w.role('execRole', 'ecs-tasks.amazonaws.com', s.exec) : undefined;
        const taskRole = s.taskRole ? w.role('taskRole', 'ecs-tasks.amazonaws.com', s.task) : undefined;
        w.role('ecsInstanceRole', 'ec2.amazonaws.com', s.instance);
        putParameter(w.state, '/app/db', 'p');
        putSecret(w.state, 'db', '{"k":"v"}');
        putObject(w.state, 'cfg', 'app.env', 'A=1');
        const image = s.ecr ? pushImage(w.state, 'shop', 'v1', 'nginx:latest') : 'nginx:latest';
        const container = {
          image,
          ...(s.ssm || s.asm
            ? {
                secrets: [
                  ...(s.ssm ? [{ name: 'P', valueFrom: '/app/db' }] : []),
                  ...(s.asm ? [{ name: 'S', valueFrom: `${SECRET}:k::` }] : []),
                ],
              }
            : {}),
          ...(s.envFile ? { environmentFiles: [{ value: 'arn:aws:s3:::cfg/app.env', type: 's3' }] } : {}),
          ...(s.logs === 'none'
            ? {}
            : {
                logConfiguration: awslogs(
                  s.logs === 'existing' ? '/ecs/api' : '/ecs/new',
                  s.logs === 'create' ? { 'awslogs-create-group': 'true' } : {},
                ),
              }),
        };
        const roles = {
          ...(exec ? { executionRoleArn: exec } : {}),
          ...(taskRole ? { taskRoleArn: taskRole } : {}),
        };
        const definition = s.fargate ? fargateApp(container, roles) : ec2App(container, roles);
        if (s.fargate && !exec) delete (definition as { executionRoleArn?: string }).executionRoleArn;
        try {
          w.register(definition);
        } catch {
          return; // a definition ECS refuses at registration (e.g. Fargate awslogs without an execution role)
        }
        const arn = w.run(s.fargate ? 'FARGATE' : 'EC2');
        const task = w.after(120, arn);
        if (task.lastStatus === 'RUNNING') {
          for (const c of s.appCalls)
            w.sim.callByName('sim', 'CallAws', {
              cluster: 'demo',
              task: arn,
              action: c.action,
              resource: c.resource,
            });
        }
        const calls = Object.values(w.state.iam.calls).filter((c) => c.taskArn === arn);
        for (const call of calls) {
          const role = call.roleName === undefined ? undefined : w.state.iam.roles[call.roleName];
          const own = role ? Object.values(role.inlinePolicies).flatMap((p) => p.Statement) : [];
          const allowing = own.some((st) => st.Effect === 'Allow' && matches(st, call.action, call.resource));
          const denying = own.some((st) => st.Effect === 'Deny' && matches(st, call.action, call.resource));
          expect(call.decision === 'allowed').toBe(allowing && !denying);
          if (call.decision === 'allowed') expect(call.roleName).toBeDefined();
        }
        // a task that started made no call that was refused
        if (task.lastStatus === 'RUNNING' && task.startedAt !== undefined) {
          const startUp = calls.filter((c) => c.at <= task.startedAt!);
          expect(startUp.every((c) => c.decision === 'allowed')).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
