import { describe, expect, it } from 'vitest';
import { engineCatalog, runCommand } from '../../src/app/console/index';
import { containerInstancesInput } from '../../src/course/fixtures';
import { GoalTracker, goalsMetAfterHolding } from '../../src/course/goals';
import { quizBankProblems } from '../../src/course/quizCheck';
import { runSteps } from '../../src/course/steps';
import { createSimulation } from '../../src/engine';
import { arnName } from '../../src/lib/arn';
import goals from '../../lessons/20-observability/goals';
import {
  EXECUTION_ROLE,
  EXECUTION_ROLE_ARN,
  failedCheckout,
  LOG_GROUP,
  LOG_GROUP_ARN,
  PREFIX,
  roleAllows,
  runningCheckout,
  WORKER_ERROR,
} from '../../lessons/20-observability/logs';
import quiz from '../../lessons/20-observability/quiz';
import scenario, { prediction, untouchedProbe } from '../../lessons/20-observability/scenario';
import solution, {
  alternatives,
  createGroup,
  deployCheckout,
  registerCheckout,
} from '../../lessons/20-observability/solution';
import { observability20Attempts } from './naiveAttempts1920';
import { proofKit, refusal } from './proofKit';

/**
 * Lesson 20 proves itself: its start (tasks failing on a missing log group), what its text says about awslogs,
 * stream names, the execution role, retention and reading logs, its solution and alternatives over several
 * seeds, the naive attempts that must fail, its hints as typed in the console, and the engine-checkable quiz claims.
 */

const { lessonStart, check, why, ids, solvedBy, itSolves, itMisses } = proofKit(
  '20-observability',
  scenario,
  goals,
);

const MISSING_GROUP =
  'ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times: failed to ' +
  'create Cloudwatch log stream: ResourceNotFoundException: The specified log group does not exist. : exit status 1';

describe('lesson 20: its start', () => {
  it('has the service created and no log group; 3 minutes later every task has failed to start', () => {
    const sim = lessonStart();
    expect(sim.state.logs.groups[LOG_GROUP]).toBeUndefined();
    expect(runningCheckout(sim)).toHaveLength(0);
    expect(failedCheckout(sim)).toHaveLength(0);
    const probe = untouchedProbe();
    expect(probe.running).toBe(0);
    expect(probe.failed).toBeGreaterThan(2); // the service keeps launching replacements
    expect(probe.reason).toBe(MISSING_GROUP);
    expect(probe.groupExists).toBe(false);
  });

  it('meets no goal, and each says why', () => {
    const sim = lessonStart();
    expect(new GoalTracker(goals).update(sim).filter((s) => s.met)).toEqual([]);
    sim.advance(180);
    expect(why(check(sim, 'logs-flowing'))).toBe(
      `0 of 2 checkout tasks run. The last one that failed to start said: ${MISSING_GROUP}`,
    );
    expect(why(check(sim, 'retention'))).toMatch(/does not exist/);
    expect(why(check(sim, 'execution-role-scoped'))).toMatch(/0 of 2 checkout tasks run/);
  });

  it('bears out the prediction: no task runs', () => {
    expect(prediction.outcome(lessonStart())).toBe('fail');
  });
});

describe('lesson 20: what its text says', () => {
  it('names one stream per container per task, <prefix>/<container>/<task id>; a container without awslogs has none', () => {
    const sim = lessonStart();
    runSteps(sim, [createGroup()]);
    sim.advance(300);
    const tasks = runningCheckout(sim);
    expect(tasks).toHaveLength(2);
    const streams = Object.keys(sim.state.logs.groups[LOG_GROUP]!.streams).sort();
    expect(streams).toEqual(tasks.map((t) => `${PREFIX}/web/${arnName(t.taskArn)}`).sort());
    expect(why(check(sim, 'logs-flowing'))).toMatch(/worker has no awslogs log configuration/);
  });

  it('lets the managed execution policy create streams and write events, but not create groups', () => {
    const sim = lessonStart();
    expect(roleAllows(sim, EXECUTION_ROLE, 'logs:CreateLogStream', `${LOG_GROUP_ARN}:log-stream:x`)).toBe(
      true,
    );
    expect(roleAllows(sim, EXECUTION_ROLE, 'logs:PutLogEvents', `${LOG_GROUP_ARN}:log-stream:x`)).toBe(true);
    expect(roleAllows(sim, EXECUTION_ROLE, 'logs:CreateLogGroup', LOG_GROUP_ARN)).toBe(false);
  });

  it('creates the group with awslogs-create-group only when the execution role may logs:CreateLogGroup', () => {
    const denied = lessonStart();
    runSteps(denied, [registerCheckout({ createGroup: true }), deployCheckout]);
    denied.advance(300);
    expect(failedCheckout(denied)[0]?.stoppedReason).toMatch(
      /^ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times: failed to create Cloudwatch log group: AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role\/ecsTaskExecutionRole\/[0-9a-f]+ is not authorized to perform: logs:CreateLogGroup on resource: arn:aws:logs:us-east-1:123456789012:log-group:\/ecs\/checkout:log-stream: because no identity-based policy allows the logs:CreateLogGroup action/,
    );
    expect(denied.state.logs.groups[LOG_GROUP]).toBeUndefined();
    const { sim } = solvedBy(alternatives[0]!);
    expect(runningCheckout(sim)).toHaveLength(2);
    expect(sim.state.logs.groups[LOG_GROUP]).toBeDefined();
  });

  it('keeps a new group’s events forever, and takes retention only from the fixed list', () => {
    const sim = lessonStart();
    runSteps(sim, [createGroup()]);
    expect(sim.state.logs.groups[LOG_GROUP]!.retentionInDays).toBeUndefined();
    expect(
      refusal(() => sim.call('logs', 'PutRetentionPolicy', { logGroupName: LOG_GROUP, retentionInDays: 45 })),
    ).toMatch(
      /enum value set: \[1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653\]/,
    );
    sim.call('logs', 'PutRetentionPolicy', { logGroupName: LOG_GROUP, retentionInDays: 3653 });
    expect(sim.state.logs.groups[LOG_GROUP]!.retentionInDays).toBe(3653);
  });

  it('reads one stream in order, and filters every stream at once: words all match, a quoted phrase exactly', () => {
    const { sim } = solvedBy(solution);
    const [task] = runningCheckout(sim);
    const id = arnName(task!.taskArn);
    const web = sim.call('logs', 'GetLogEvents', {
      logGroupName: LOG_GROUP,
      logStreamName: `${PREFIX}/web/${id}`,
      startFromHead: true,
    });
    expect(web.events[0]?.message).toBe('INFO web v1 starting (pid 1)');
    const stamps = web.events.map((e) => e.timestamp);
    expect(stamps).toEqual([...stamps].sort((a, b) => a - b));
    const filter = (filterPattern: string) =>
      sim.call('logs', 'FilterLogEvents', { logGroupName: LOG_GROUP, filterPattern }).events;
    const errors = filter('ERROR');
    expect(errors.map((e) => e.message)).toEqual(runningCheckout(sim).map(() => WORKER_ERROR));
    expect(new Set(errors.map((e) => e.logStreamName))).toEqual(
      new Set(runningCheckout(sim).map((t) => `${PREFIX}/worker/${arnName(t.taskArn)}`)),
    );
    expect(filter('ERROR payment')).toHaveLength(2);
    expect(filter('ERROR nginx')).toHaveLength(0);
    expect(filter('"provider timed out"')).toHaveLength(2);
    expect(filter('"timed provider"')).toHaveLength(0);
  });
});

describe('lesson 20: who sends the logs on EC2', () => {
  it('uses the execution role when the task has one, else the instance role', () => {
    const sim = createSimulation({ seed: 1 });
    sim.call('ecs', 'CreateCluster', { clusterName: 'ec2logs' });
    sim.call(
      'ec2',
      'RunInstances',
      containerInstancesInput({
        instanceType: 't3.medium',
        cluster: 'ec2logs',
        extraConfig: { ECS_AVAILABLE_LOGGING_DRIVERS: '["json-file","awslogs"]' },
      }),
    );
    sim.advance(180);
    const web = (executionRoleArn?: string) => ({
      family: executionRoleArn ? 'with-role' : 'without-role',
      ...(executionRoleArn ? { executionRoleArn } : {}),
      containerDefinitions: [
        {
          name: 'web',
          image: 'nginx:latest',
          memory: 128,
          logConfiguration: {
            logDriver: 'awslogs' as const,
            options: {
              'awslogs-group': '/ecs/web',
              'awslogs-region': 'us-east-1',
              'awslogs-stream-prefix': 'web',
            },
          },
        },
      ],
    });
    const senders: Record<string, string> = {};
    for (const role of [undefined, EXECUTION_ROLE_ARN]) {
      sim.call('ecs', 'RegisterTaskDefinition', web(role));
      const { tasks } = sim.call('ecs', 'RunTask', { cluster: 'ec2logs', taskDefinition: web(role).family });
      sim.advance(120);
      const task = sim.state.ecs.tasks[tasks[0]!.taskArn]!;
      expect(task.lastStatus).toBe('RUNNING');
      const call = Object.values(sim.state.iam.calls).find(
        (c) => c.taskArn === task.taskArn && c.action === 'logs:CreateLogStream',
      );
      senders[web(role).family] = `${call?.principal} ${call?.roleName} ${call?.decision}`;
    }
    expect(senders).toEqual({
      'without-role': 'agent ecsInstanceRole allowed',
      'with-role': 'execution-role ecsTaskExecutionRole allowed',
    });
  });
});

describe('lesson 20: the solution and the alternatives', () => {
  itSolves(solution, alternatives);
});

describe('lesson 20: naive attempts miss their goals', () => {
  itMisses(observability20Attempts);

  it('says why, in the learner’s terms', () => {
    const say = (name: string, id: string) => {
      const sim = lessonStart();
      runSteps(sim, observability20Attempts.find((a) => a.name.startsWith(name))!.steps);
      return why(check(sim, id));
    };
    expect(say('attaches CloudWatchLogsFullAccess', 'execution-role-scoped')).toMatch(
      /ecsTaskExecutionRole may logs:DeleteLogGroup on \/ecs\/checkout/,
    );
    expect(say('sends the worker to a group of its own', 'logs-flowing')).toMatch(
      /worker logs to \/ecs\/checkout-worker, not to \/ecs\/checkout/,
    );
    expect(say('keeps one day', 'retention')).toMatch(/keeps 1 days; the team needs at least 30/);
  });
});

describe('lesson 20: its hints', () => {
  it('runs the log commands of the bottom-out hints as typed in the console', () => {
    const sim = lessonStart();
    for (const g of goals)
      for (const [, typed] of g.hints.bottomOut.matchAll(/`(aws logs [^`]+)`/g)) {
        const result = runCommand(typed!, sim, engineCatalog());
        expect(result.ok, `${g.id}: ${typed} ${result.ok ? '' : result.stderr}`).toBe(true);
      }
    expect(check(sim, 'retention').met).toBe(true);
    runSteps(sim, [registerCheckout()]);
    for (const g of goals)
      for (const [, typed] of g.hints.bottomOut.matchAll(/`(aws ecs [^`]+)`/g)) {
        const result = runCommand(typed!, sim, engineCatalog());
        expect(result.ok, `${g.id}: ${typed} ${result.ok ? '' : result.stderr}`).toBe(true);
      }
    sim.advance(600);
    expect([...goalsMetAfterHolding(sim, goals)].sort()).toEqual(ids);
  });
});

describe('lesson 20: its quiz', () => {
  it('is well formed, with at least six items', () => {
    expect(quizBankProblems(quiz)).toEqual([]);
    expect(quiz.length).toBeGreaterThanOrEqual(6);
  });
});
