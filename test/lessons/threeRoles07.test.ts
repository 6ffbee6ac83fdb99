import { describe, expect, it } from 'vitest';
import { engineCatalog, runCommand } from '../../src/app/console/index';
import { containerInstancesInput, launchContainerInstances } from '../../src/course/fixtures';
import { GoalTracker, goalsMetAfterHolding } from '../../src/course/goals';
import { quizBankProblems } from '../../src/course/quizCheck';
import { runSteps } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import { createSimulation } from '../../src/engine';
import goals from '../../lessons/07-three-roles/goals';
import quiz from '../../lessons/07-three-roles/quiz';
import {
  appCall,
  EXECUTION_ROLE,
  FRONTEND,
  lastStoppedReason,
  MEDIA,
  OFFICE,
  REPORT_ARN,
  REPORTS,
  roleAllows,
  runningTasks,
  serviceTasks,
  TASK_ROLE,
  THUMBNAIL_ARN,
  THUMBS,
} from '../../lessons/07-three-roles/roles';
import scenario, { prediction, untouchedThumbs } from '../../lessons/07-three-roles/scenario';
import solution, {
  alternatives,
  deletePolicy,
  putPolicy,
  redeployThumbs,
} from '../../lessons/07-three-roles/solution';
import { STARTUP_POLICY, THUMBNAILS_POLICY } from '../../lessons/07-three-roles/roles';
import { threeRoles07Attempts } from './naiveAttempts0708';
import { proofKit } from './proofKit';

/**
 * Lesson 7 proves itself: its start (thumbs cannot start, frontend reads the reports bucket through the host's
 * role), what its text says about the three roles, its solution and alternatives over several seeds, the naive
 * attempts that must fail, its hints as typed in the console, and the quiz claims the engine can check.
 */

const { body, lessonStart, check, why, ids, solvedBy, itSolves, itMisses } = proofKit(
  '07-three-roles',
  scenario,
  goals,
);

const afterFiveMinutes = (steps: ReadonlyArray<Step> = []) => {
  const sim = lessonStart();
  runSteps(sim, [...steps, { advance: 300 }]);
  return sim;
};

describe('lesson 7: its start', () => {
  it('has thumbs stop every task before it runs, with the execution role named in the reason', () => {
    const sim = afterFiveMinutes();
    expect(runningTasks(sim, MEDIA, THUMBS)).toEqual([]);
    const reason = lastStoppedReason(sim, MEDIA, THUMBS)!;
    expect(reason).toMatch(/^ResourceInitializationError: unable to pull secrets or registry auth: /);
    expect(reason).toContain(`assumed-role/${EXECUTION_ROLE}/`);
    expect(serviceTasks(sim, MEDIA, THUMBS).every((t) => t.startedAt === undefined)).toBe(true);
    expect(serviceTasks(sim, MEDIA, THUMBS).find((t) => t.stopCode)?.stopCode).toBe('TaskFailedToStart');
  });

  it('lets frontend read the reports bucket through the instance role (instance metadata)', () => {
    const sim = lessonStart();
    sim.advance(120);
    const frontend = appCall(
      sim,
      OFFICE,
      runningTasks(sim, OFFICE, FRONTEND)[0]!,
      's3:GetObject',
      REPORT_ARN,
    );
    const reports = appCall(sim, OFFICE, runningTasks(sim, OFFICE, REPORTS)[0]!, 's3:GetObject', REPORT_ARN);
    expect(frontend).toMatchObject({
      allowed: true,
      principal: 'instance-role-imds',
      roleName: 'ecsInstanceRole',
    });
    expect(reports).toMatchObject({ allowed: true, principal: 'instance-role-imds' });
  });

  it('meets no goal, and each says why', () => {
    const sim = afterFiveMinutes();
    const status = new GoalTracker(goals).update(lessonStart());
    expect(status.filter((s) => s.met)).toEqual([]);
    expect(why(check(sim, 'thumbs-running'))).toMatch(
      /^No thumbs task is running\. The last one stopped with: ResourceInitializationError/,
    );
    expect(why(check(sim, 'only-reports-reads'))).toMatch(/frontend can read it too/);
    expect(why(check(sim, 'only-reports-reads'))).toMatch(
      /instance role ecsInstanceRole still reads reports-data/,
    );
  });

  it('bears out the prediction: the tasks never start', () => {
    expect(untouchedThumbs().running).toBe(0);
    expect(prediction.outcome(lessonStart())).toBe('never-start');
  });
});

describe('lesson 7: what its text says', () => {
  it('puts ECR pulls and log writes in AmazonECSTaskExecutionRolePolicy, and no secrets', () => {
    const sim = lessonStart();
    const allows = (action: string, resource = '*') =>
      roleAllows(sim, 'ecsTaskExecutionRole', action, resource);
    expect(allows('ecr:GetAuthorizationToken')).toBe(true);
    expect(allows('ecr:BatchGetImage', 'arn:aws:ecr:us-east-1:123456789012:repository/thumbs')).toBe(true);
    expect(allows('logs:PutLogEvents', 'arn:aws:logs:us-east-1:123456789012:log-group:/ecs/thumbs:*')).toBe(
      true,
    );
    expect(
      allows(
        'secretsmanager:GetSecretValue',
        'arn:aws:secretsmanager:us-east-1:123456789012:secret:x-AbCdEf',
      ),
    ).toBe(false);
    expect(allows('ssm:GetParameters', 'arn:aws:ssm:us-east-1:123456789012:parameter/x')).toBe(false);
  });

  it('needs no new revision: the roles are read when a task starts', () => {
    const { sim } = solvedBy(solution);
    const thumbs = Object.values(sim.state.ecs.taskDefinitions).filter((d) => d.family === THUMBS);
    expect(thumbs).toHaveLength(1);
    expect(runningTasks(sim, MEDIA, THUMBS)).toHaveLength(2);
  });

  it('starts tasks at once after a forced deployment, instead of after the back-off', () => {
    // the service has been failing for 20 minutes: its next attempt is minutes away
    const sim = lessonStart();
    sim.advance(1200);
    const thumbs = Object.values(sim.state.ecs.services).find((s) => s.serviceName === THUMBS)!;
    expect(thumbs.throttledUntil! - sim.now).toBeGreaterThan(120);
    runSteps(sim, [putPolicy(EXECUTION_ROLE, 'startup', STARTUP_POLICY), redeployThumbs, { advance: 90 }]);
    expect(runningTasks(sim, MEDIA, THUMBS).length).toBeGreaterThan(0);
  });

  it('gives the application only the task role: the execution role’s S3 write does not reach it', () => {
    const sim = afterFiveMinutes([putPolicy(EXECUTION_ROLE, 'startup', STARTUP_POLICY), redeployThumbs]);
    const call = appCall(sim, MEDIA, runningTasks(sim, MEDIA, THUMBS)[0]!, 's3:PutObject', THUMBNAIL_ARN);
    expect(call).toMatchObject({ allowed: false, principal: 'task-role', roleName: TASK_ROLE });
    expect(call.message).toContain(`assumed-role/${TASK_ROLE}/`);
    expect(call.message).toContain(
      'is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::thumbs-output/',
    );
  });

  it('writes the object when the task role allows it', () => {
    const sim = afterFiveMinutes([
      putPolicy(EXECUTION_ROLE, 'startup', STARTUP_POLICY),
      putPolicy(TASK_ROLE, 'thumbnails', THUMBNAILS_POLICY),
      deletePolicy(TASK_ROLE, 'startup'),
      redeployThumbs,
    ]);
    const task = runningTasks(sim, MEDIA, THUMBS)[0]!;
    sim.call('sim', 'CallAws', {
      cluster: MEDIA,
      task: task.taskArn,
      action: 's3:PutObject',
      resource: THUMBNAIL_ARN,
    });
    expect(Object.keys(sim.state.s3.buckets['thumbs-output']!.objects)).toEqual(['thumbs/cat-640.png']);
  });

  it('has the instance role trust EC2 and the task roles trust ECS tasks', () => {
    const sim = lessonStart();
    const trust = (RoleName: string) =>
      JSON.stringify(sim.call('iam', 'GetRole', { RoleName }).Role.AssumeRolePolicyDocument);
    expect(trust('ecsInstanceRole')).toContain('ec2.amazonaws.com');
    for (const role of ['ecsTaskExecutionRole', EXECUTION_ROLE, TASK_ROLE]) {
      expect(trust(role)).toContain('ecs-tasks.amazonaws.com');
    }
  });

  it('pulls from private ECR and sends awslogs with the instance role on EC2 when there is no execution role', () => {
    const sim = createSimulation({ seed: 1 });
    sim.call('ecs', 'CreateCluster', { clusterName: 'q' });
    launchContainerInstances(sim, { cluster: 'q', instanceType: 't3.small' });
    sim.call('ecr', 'CreateRepository', { repositoryName: 'app' });
    sim.call('sim', 'PushImage', {
      repositoryName: 'app',
      imageTag: 'v1',
      sourceImage: 'public.ecr.aws/ecs-sandbox/web:v1',
    });
    sim.call('logs', 'CreateLogGroup', { logGroupName: '/ecs/app' });
    sim.advance(120);
    sim.call('ecs', 'RegisterTaskDefinition', {
      family: 'app',
      containerDefinitions: [
        {
          name: 'app',
          image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/app:v1',
          memory: 256,
          logConfiguration: {
            logDriver: 'awslogs',
            options: {
              'awslogs-group': '/ecs/app',
              'awslogs-region': 'us-east-1',
              'awslogs-stream-prefix': 'app',
            },
          },
        },
      ],
    });
    sim.call('ecs', 'RunTask', { cluster: 'q', taskDefinition: 'app:1' });
    sim.advance(120);
    expect(Object.values(sim.state.ecs.tasks).map((t) => t.lastStatus)).toEqual(['RUNNING']);
    const byAgent = Object.values(sim.state.iam.calls).filter(
      (c) => c.principal === 'agent' && c.roleName === 'ecsInstanceRole' && c.decision === 'allowed',
    );
    expect(byAgent.map((c) => c.action)).toEqual(
      expect.arrayContaining(['ecr:BatchGetImage', 'logs:CreateLogStream']),
    );
  });

  it('lets bridge tasks reach no instance role once user data drops their traffic to instance metadata', () => {
    const script = [
      '#!/bin/bash',
      'echo ECS_CLUSTER=q >> /etc/ecs/ecs.config',
      'iptables --insert DOCKER-USER 1 --in-interface docker+ --destination 169.254.169.254/32 --jump DROP',
    ].join('\n');
    const run = (userData?: string) => {
      const sim = createSimulation({ seed: 1 });
      sim.call('iam', 'AttachRolePolicy', {
        RoleName: 'ecsInstanceRole',
        PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
      });
      sim.call('ecs', 'CreateCluster', { clusterName: 'q' });
      const input = containerInstancesInput({ cluster: 'q', instanceType: 't3.small' });
      sim.call('ec2', 'RunInstances', userData ? { ...input, UserData: userData } : input);
      sim.advance(120);
      sim.call('ecs', 'RegisterTaskDefinition', {
        family: 'app',
        containerDefinitions: [{ name: 'app', image: 'public.ecr.aws/ecs-sandbox/web:v1', memory: 256 }],
      });
      sim.call('ecs', 'RunTask', { cluster: 'q', taskDefinition: 'app' });
      sim.advance(120);
      const task = Object.values(sim.state.ecs.tasks).find((t) => t.lastStatus === 'RUNNING')!;
      return appCall(sim, 'q', task, 's3:GetObject', 'arn:aws:s3:::any-bucket/x');
    };
    expect(run()).toMatchObject({ allowed: true, principal: 'instance-role-imds' });
    expect(run(btoa(script))).toMatchObject({ allowed: false, principal: 'none' });
  });

  it('lets awsvpc tasks on EC2 reach no instance role once ECS_AWSVPC_BLOCK_IMDS is set', () => {
    const run = (block: boolean) => {
      const sim = createSimulation({ seed: 1 });
      sim.call('iam', 'AttachRolePolicy', {
        RoleName: 'ecsInstanceRole',
        PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
      });
      sim.call('ecs', 'CreateCluster', { clusterName: 'q' });
      launchContainerInstances(sim, {
        cluster: 'q',
        instanceType: 't3.medium',
        extraConfig: block ? { ECS_AWSVPC_BLOCK_IMDS: 'true' } : {},
      });
      sim.advance(120);
      sim.call('ecs', 'RegisterTaskDefinition', {
        family: 'app',
        networkMode: 'awsvpc',
        containerDefinitions: [{ name: 'app', image: 'public.ecr.aws/ecs-sandbox/web:v1', memory: 256 }],
      });
      sim.call('ecs', 'RunTask', {
        cluster: 'q',
        taskDefinition: 'app',
        networkConfiguration: {
          awsvpcConfiguration: { subnets: Object.values(sim.state.ec2.subnets).map((s) => s.SubnetId) },
        },
      });
      sim.advance(120);
      const task = Object.values(sim.state.ecs.tasks).find((t) => t.lastStatus === 'RUNNING')!;
      return appCall(sim, 'q', task, 's3:GetObject', 'arn:aws:s3:::any-bucket/x');
    };
    expect(run(false)).toMatchObject({ allowed: true, principal: 'instance-role-imds' });
    expect(run(true)).toMatchObject({ allowed: false, principal: 'none' });
  });
  it('takes the redeploy of "What to do" as typed in the console', () => {
    const sim = lessonStart();
    const typed = body.match(
      /`(aws ecs update-service --cluster media --service thumbs --force-new-deployment)`/,
    )![1]!;
    const result = runCommand(typed, sim, engineCatalog());
    expect(result.ok, result.ok ? '' : result.stderr).toBe(true);
  });
});

describe('lesson 7: the solution and the alternatives', () => {
  itSolves(solution, alternatives, { alternativeSeeds: [scenario.seed, 11] });
});

describe('lesson 7: naive attempts miss their goals', () => {
  itMisses(threeRoles07Attempts);
});

describe('lesson 7: what its goals say', () => {
  it('moves on to the secret once the execution role may pull and log', () => {
    const attempt = threeRoles07Attempts.find((a) => a.name.startsWith('attaches the AWS execution policy'))!;
    const sim = lessonStart();
    runSteps(sim, attempt.steps);
    expect(why(check(sim, 'thumbs-running'))).toMatch(
      /^No thumbs task is running\. The last one stopped with: ResourceInitializationError: unable to pull secrets or registry auth: .*unable to retrieve secret from asm.*secretsmanager:GetSecretValue/,
    );
  });

  it('names the extra permissions when both roles have everything', () => {
    const attempt = threeRoles07Attempts.find((a) => a.name === 'gives both roles every permission')!;
    const sim = lessonStart();
    runSteps(sim, attempt.steps);
    expect(why(check(sim, 'least-privilege'))).toMatch(
      /^While thumbs runs, the execution role thumbs-execution may still s3:PutObject .*; the task role thumbs-task may still ecr:GetAuthorizationToken/,
    );
  });

  it('names the other bucket when the task role has AmazonS3FullAccess', () => {
    const attempt = threeRoles07Attempts.find((a) => a.name.includes('AmazonS3FullAccess'))!;
    const sim = lessonStart();
    runSteps(sim, attempt.steps);
    expect(why(check(sim, 'least-privilege'))).toBe(
      'While thumbs runs, the task role thumbs-task may also write to reports-data, not only to thumbs-output.',
    );
  });

  it('quotes the denial when the application may not write', () => {
    const attempt = threeRoles07Attempts.find((a) => a.name.includes('forgets the application'))!;
    const sim = lessonStart();
    runSteps(sim, attempt.steps);
    expect(why(check(sim, 'app-writes'))).toMatch(
      /^When the application writes a thumbnail, S3 answers: .*not authorized/,
    );
  });

  it('runs the bottom-out hints as typed in the console, and they meet every goal', () => {
    const sim = lessonStart();
    for (const g of goals) {
      for (const [, command] of g.hints.bottomOut.matchAll(/`(aws [^`]+)`/g)) {
        const result = runCommand(command!, sim, engineCatalog());
        expect(result.ok, `${g.id}: ${command} ${result.ok ? '' : result.stderr}`).toBe(true);
      }
    }
    sim.advance(300);
    expect([...goalsMetAfterHolding(sim, goals)].sort()).toEqual(ids);
  });
});

describe('lesson 7: its quiz', () => {
  it('is well formed, with at least six items', () => {
    expect(quizBankProblems(quiz)).toEqual([]);
  });
});
