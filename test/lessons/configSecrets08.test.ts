import { describe, expect, it } from 'vitest';
import { engineCatalog, runCommand } from '../../src/app/console/index';
import { GoalTracker, goalsMetAfterHolding } from '../../src/course/goals';
import { quizBankProblems } from '../../src/course/quizCheck';
import { runSteps } from '../../src/course/steps';
import { isAwsError, type Simulation } from '../../src/engine';
import {
  CONFIG_ARN,
  EXECUTION_ROLE_ARN,
  ordersContainer,
  ORDERS_V1,
  PARAMETER_NAME,
  PASSWORD_V1,
  PASSWORD_V2,
  runningOrders,
  SERVICE,
  variable,
  variablesOf,
} from '../../lessons/08-config-secrets/config';
import goals from '../../lessons/08-config-secrets/goals';
import {
  allowExecution,
  createParameter,
  createSecret,
  deployLatest,
  registerOrders,
  rotateSecret,
  secretArn,
  toSecret,
} from '../../lessons/08-config-secrets/moves';
import quiz from '../../lessons/08-config-secrets/quiz';
import scenario, { prediction, rotationProbe } from '../../lessons/08-config-secrets/scenario';
import solution, { alternatives } from '../../lessons/08-config-secrets/solution';
import { configSecrets08Attempts } from './naiveAttempts0708';
import { proofKit } from './proofKit';

/**
 * Lesson 8 proves itself: its start (the password in plain text), what its text says about environment, files
 * and secrets, its solution and alternatives over several seeds, the naive attempts that must fail, its hints
 * as typed in the console, and the quiz claims the engine can check.
 */

const { lessonStart, check, why, ids, solvedBy, itSolves, itMisses } = proofKit(
  '08-config-secrets',
  scenario,
  goals,
);

const stoppedReasons = (sim: Simulation) =>
  Object.values(sim.state.ecs.tasks)
    .filter((t) => t.group === `service:${SERVICE}` && t.lastStatus === 'STOPPED')
    .map((t) => t.stoppedReason ?? '');

describe('lesson 8: its start', () => {
  it('runs 2 orders tasks with the password as a plain environment value', () => {
    const sim = lessonStart();
    const tasks = runningOrders(sim);
    expect(tasks).toHaveLength(2);
    for (const t of tasks) {
      expect(variable(sim, t, 'DB_PASSWORD')).toMatchObject({ value: PASSWORD_V1, source: 'environment' });
      expect(variable(sim, t, 'LOG_LEVEL')).toMatchObject({ value: 'info', source: 'environment' });
      expect(variable(sim, t, 'CHECKOUT_V2')).toBeUndefined();
    }
  });

  it('meets no goal, and each says why', () => {
    const sim = lessonStart();
    const status = new GoalTracker(goals).update(sim);
    expect(status.filter((s) => s.met)).toEqual([]);
    expect(why(check(sim, 'no-plain-password'))).toMatch(/gets DB_PASSWORD from a plain `environment` value/);
    expect(why(check(sim, 'password-from-secret'))).toMatch(
      /gets DB_PASSWORD from a plain `environment` value, not from `secrets`/,
    );
    expect(why(check(sim, 'settings-from-file'))).toMatch(/LOG_LEVEL=info from a plain `environment` value/);
    expect(why(check(sim, 'rotation-picked-up'))).toMatch(/has not been rotated yet/);
  });

  it('bears out the prediction: running tasks keep the old password, and ECS does not replace them', () => {
    const { before, after } = rotationProbe();
    expect(after.map((t) => t.task).sort()).toEqual([...before].sort());
    expect(after.every((t) => t.password === PASSWORD_V1)).toBe(true);
    expect(prediction.outcome(lessonStart())).toBe('old');
  });
});

describe('lesson 8: what its text says', () => {
  it('resolves every source into the environment, and shows the secret’s source, not its value, in the definition', () => {
    const sim = lessonStart();
    runSteps(sim, toSecret);
    const [task] = runningOrders(sim);
    expect(variable(sim, task!, 'DB_PASSWORD')).toMatchObject({
      value: PASSWORD_V1,
      source: 'secretsmanager',
      from: `${secretArn(sim)}:password::`,
      secret: true,
    });
    expect(variable(sim, task!, 'LOG_LEVEL')).toMatchObject({ value: 'debug', source: 'environmentFile' });
    expect(variable(sim, task!, 'DB_HOST')).toMatchObject({
      value: 'orders-db.internal',
      source: 'environment',
    });
    const shown = JSON.stringify(
      sim.call('ecs', 'DescribeTaskDefinition', { taskDefinition: `${SERVICE}:2` }),
    );
    expect(shown).not.toContain(PASSWORD_V1);
    expect(shown).toContain(':password::');
  });

  it('reads a .env file line by line, skipping comments, and takes at most 10 files', () => {
    const sim = lessonStart();
    runSteps(sim, toSecret);
    const names = variablesOf(sim, runningOrders(sim)[0]!)!.map((v) => v.name);
    expect(names).toEqual(expect.arrayContaining(['LOG_LEVEL', 'CHECKOUT_V2']));
    expect(names.some((n) => n.startsWith('#'))).toBe(false);
    const files = Array.from({ length: 11 }, (_, i) => ({
      value: `arn:aws:s3:::orders-config/f${i}.env`,
      type: 's3' as const,
    }));
    expect(() =>
      sim.call('ecs', 'RegisterTaskDefinition', {
        ...ORDERS_V1,
        executionRoleArn: EXECUTION_ROLE_ARN,
        containerDefinitions: [{ ...ordersContainer, environmentFiles: files }],
      }),
    ).toThrow(/at most 10/);
  });

  it('takes a parameter by its full ARN as well as by its name', () => {
    const sim = lessonStart();
    runSteps(sim, [createParameter, allowExecution('parameter', false)]);
    sim.call('ecs', 'RegisterTaskDefinition', {
      ...ORDERS_V1,
      executionRoleArn: EXECUTION_ROLE_ARN,
      containerDefinitions: [
        {
          ...ordersContainer,
          secrets: [
            {
              name: 'DB_PASSWORD',
              valueFrom: `arn:aws:ssm:us-east-1:123456789012:parameter${PARAMETER_NAME}`,
            },
          ],
        },
      ],
    });
    runSteps(sim, [deployLatest, { advance: 300 }]);
    expect(runningOrders(sim).map((t) => variable(sim, t, 'DB_PASSWORD')?.value)).toEqual([
      PASSWORD_V1,
      PASSWORD_V1,
    ]);
  });

  it('fetches secrets with the execution role: without its permission the new tasks never run', () => {
    const sim = lessonStart();
    runSteps(sim, [
      createSecret,
      registerOrders({ password: 'secret', file: false }),
      deployLatest,
      { advance: 300 },
    ]);
    const reasons = stoppedReasons(sim).filter((r) => r.startsWith('ResourceInitializationError'));
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons[0]).toContain('secretsmanager:GetSecretValue');
    expect(reasons[0]).toContain('assumed-role/ecsTaskExecutionRole/');
    // the old tasks, still on orders:1, keep serving
    expect(runningOrders(sim).every((t) => t.taskDefinitionArn.endsWith(`${SERVICE}:1`))).toBe(true);
  });

  it('needs s3:GetBucketLocation as well as s3:GetObject for an environment file', () => {
    const onlyGetObject = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: CONFIG_ARN }],
    });
    const sim = lessonStart();
    runSteps(sim, [
      {
        call: [
          'iam',
          'PutRolePolicy',
          { RoleName: 'ecsTaskExecutionRole', PolicyName: 'get-only', PolicyDocument: onlyGetObject },
        ],
      },
      registerOrders({ password: 'plain', file: true }),
      deployLatest,
      { advance: 300 },
    ]);
    expect(
      stoppedReasons(sim).some((r) =>
        r.startsWith('ResourceInitializationError: failed to download env files'),
      ),
    ).toBe(true);
    const s3Calls = Object.values(sim.state.iam.calls).filter(
      (c) => c.principal === 'execution-role' && c.action.startsWith('s3:'),
    );
    expect(s3Calls.filter((c) => c.decision !== 'allowed').map((c) => c.action)).toContain(
      's3:GetBucketLocation',
    );
    expect(s3Calls.filter((c) => c.decision === 'allowed')).toEqual([]);
  });

  it('refuses secrets without an execution role, with the real message', () => {
    const sim = lessonStart();
    runSteps(sim, [createSecret]);
    let message = '';
    try {
      sim.call('ecs', 'RegisterTaskDefinition', {
        family: SERVICE,
        requiresCompatibilities: ['FARGATE'],
        networkMode: 'awsvpc',
        cpu: '256',
        memory: '512',
        containerDefinitions: [
          {
            name: 'orders',
            image: 'public.ecr.aws/ecs-sandbox/web:v1',
            secrets: [{ name: 'DB_PASSWORD', valueFrom: `${secretArn(sim)}:password::` }],
          },
        ],
      });
    } catch (e) {
      message = isAwsError(e) ? e.message : String(e);
    }
    expect(message).toBe(
      "When you are specifying container secrets, you must also specify a value for 'executionRoleArn'.",
    );
  });

  it('keeps the rotated value out of running tasks until a new deployment of the same revision', () => {
    const sim = lessonStart();
    runSteps(sim, [...toSecret, rotateSecret, { advance: 600 }]);
    expect(runningOrders(sim).map((t) => variable(sim, t, 'DB_PASSWORD')?.value)).toEqual([
      PASSWORD_V1,
      PASSWORD_V1,
    ]);
    expect(why(check(sim, 'rotation-picked-up'))).toMatch(
      /still has the old one: a secret is read only when a task starts/,
    );
  });
});

describe('lesson 8: the solution and the alternatives', () => {
  itSolves(solution, alternatives, { alternativeSeeds: [scenario.seed, 11] });

  it('ends with the new password in every task, on the revision registered before the rotation', () => {
    const { sim } = solvedBy(solution);
    expect(runningOrders(sim).map((t) => variable(sim, t, 'DB_PASSWORD')?.value)).toEqual([
      PASSWORD_V2,
      PASSWORD_V2,
    ]);
    expect(runningOrders(sim).every((t) => t.taskDefinitionArn.endsWith(`${SERVICE}:2`))).toBe(true);
  });
});

describe('lesson 8: naive attempts miss their goals', () => {
  itMisses(configSecrets08Attempts);
});

describe('lesson 8: what its goals say', () => {
  it('explains precedence when LOG_LEVEL stays in environment', () => {
    const sim = lessonStart();
    runSteps(sim, [
      createSecret,
      allowExecution('secret', true),
      registerOrders({ password: 'secret', file: true, keepLogLevel: true }),
      deployLatest,
      { advance: 300 },
    ]);
    expect(why(check(sim, 'settings-from-file'))).toMatch(
      /runs with LOG_LEVEL=info from a plain `environment` value: a task definition’s `environment` wins over its files\.$/,
    );
  });

  it('asks for no new revision when the rotation came with one', () => {
    const attempt = configSecrets08Attempts.find((a) => a.name.startsWith('rotates by registering'))!;
    const sim = lessonStart();
    runSteps(sim, attempt.steps);
    expect(why(check(sim, 'rotation-picked-up'))).toMatch(/registered after the rotation/);
  });

  it('runs the bottom-out hints as typed in the console, and they meet every goal', () => {
    const sim = lessonStart();
    for (const g of goals) {
      for (const [, typed] of g.hints.bottomOut.matchAll(/`(aws [^`]+)`/g)) {
        const arn = Object.values(sim.state.secretsManager.secrets)[0]?.ARN ?? '';
        const command = typed!.replaceAll('<secret ARN>', arn);
        const result = runCommand(command, sim, engineCatalog());
        expect(result.ok, `${g.id}: ${command} ${result.ok ? '' : result.stderr}`).toBe(true);
        if (command.includes('update-service')) sim.advance(300);
      }
    }
    sim.advance(120);
    expect([...goalsMetAfterHolding(sim, goals)].sort()).toEqual(ids);
  });
});

describe('lesson 8: its quiz', () => {
  it('is well formed, with at least six items', () => {
    expect(quizBankProblems(quiz)).toEqual([]);
  });
});
