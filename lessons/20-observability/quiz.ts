import { startOf, refusedBy } from '../../src/course/quizChecks';
import { runSteps, wait } from '../../src/course/steps';
import type { QuizItem, RunIt, Step } from '../../src/course/types';
import { arnName } from '../../src/lib/arn';
import { failedCheckout, LOG_GROUP, PREFIX, runningCheckout, WORKER_ERROR } from './logs';
import scenario from './scenario';
import solution, { alternatives, createGroup, deployCheckout, registerCheckout } from './solution';

/** The lesson's start on a fresh simulation. */
const world = startOf(scenario);

/** "Run it" for missing-group: `steps` played on the lesson's checkout service, whose log group is missing. */
const onCheckout = (steps: ReadonlyArray<Step>): RunIt => ({
  steps: [...steps, wait(300)],
  advance: 120,
  look: 'whether checkout’s tasks reach RUNNING, and the stopped reason of those that do not',
});

export default [
  {
    id: 'missing-group',
    kind: 'single',
    prompt:
      'A new ECS service on Fargate never reaches RUNNING. Each task stops with "ResourceInitializationError: ' +
      'failed to validate logger args: … failed to create Cloudwatch log stream: ResourceNotFoundException: The ' +
      'specified log group does not exist." Which fix has the LEAST operational overhead and keeps the task ' +
      'execution role’s permissions unchanged?',
    options: [
      {
        id: 'create-group',
        text: 'Create the log group named in awslogs-group (for example in the same template as the service).',
        explanation:
          'Right: the driver needs its group to exist before the container starts; the managed execution policy ' +
          'already allows creating streams in it and writing events.',
        runIt: onCheckout([createGroup()]),
      },
      {
        id: 'create-group-option',
        text: 'Set awslogs-create-group to "true".',
        explanation:
          'That works only once the execution role may also logs:CreateLogGroup, which changes its permissions.',
        runIt: onCheckout([registerCheckout({ createGroup: true }), deployCheckout]),
      },
      {
        id: 'task-role',
        text: 'Attach CloudWatchLogsFullAccess to the task role.',
        explanation:
          'The application does not send these logs; on Fargate the execution role does. And full access is far more than needed.',
      },
      {
        id: 'json-file',
        text: 'Switch the log driver to json-file.',
        explanation: 'Fargate supports awslogs, splunk and awsfirelens only; json-file is for EC2 hosts.',
      },
    ],
    correct: ['create-group'],
    tags: {
      concepts: ['awslogs', 'log group', 'ResourceInitializationError'],
      exams: ['SOA-C03', 'DVA-C02'],
      tasks: ['SOA-1.1', 'DVA-4.1'],
      facts: ['F72'],
    },
    engineCheck(newSim) {
      const untouched = world(newSim);
      untouched.advance(180);
      const fixed = world(newSim);
      runSteps(fixed, [createGroup()]);
      fixed.advance(300);
      return (
        runningCheckout(untouched).length === 0 &&
        /The specified log group does not exist/.test(failedCheckout(untouched)[0]?.stoppedReason ?? '') &&
        runningCheckout(fixed).length === 2
      );
    },
  },
  {
    id: 'create-group-permission',
    kind: 'single',
    prompt:
      'A Fargate task definition sets awslogs-create-group to "true". Which permission must be added, and to which role?',
    options: [
      {
        id: 'execution-create',
        text: 'logs:CreateLogGroup, on the task execution role.',
        explanation:
          'Right: on Fargate the execution role sends the logs, and AmazonECSTaskExecutionRolePolicy has ' +
          'logs:CreateLogStream and logs:PutLogEvents but not logs:CreateLogGroup.',
      },
      {
        id: 'task-create',
        text: 'logs:CreateLogGroup, on the task role.',
        explanation: 'The task role is for the application’s own calls; the log driver does not use it.',
      },
      {
        id: 'execution-put',
        text: 'logs:PutLogEvents, on the task execution role.',
        explanation: 'The managed execution policy already has it; creating the group is what is new.',
      },
      {
        id: 'nothing',
        text: 'Nothing: ECS creates log groups with its service-linked role.',
        explanation: 'The service-linked role does not create log groups for your containers.',
      },
    ],
    correct: ['execution-create'],
    tags: {
      concepts: ['awslogs-create-group', 'task execution role'],
      exams: ['DVA-C02', 'SOA-C03'],
      tasks: ['DVA-2.1', 'SOA-1.1'],
      facts: ['F72'],
    },
    engineCheck(newSim) {
      const without = world(newSim);
      runSteps(without, [registerCheckout({ createGroup: true }), deployCheckout]);
      without.advance(300);
      const denied = failedCheckout(without).some((t) =>
        /ecsTaskExecutionRole\/.* is not authorized to perform: logs:CreateLogGroup/.test(
          t.stoppedReason ?? '',
        ),
      );
      const withIt = world(newSim);
      runSteps(withIt, alternatives[0]!);
      return (
        denied && runningCheckout(withIt).length === 2 && withIt.state.logs.groups[LOG_GROUP] !== undefined
      );
    },
  },
  {
    id: 'stream-name',
    kind: 'single',
    prompt:
      'A container named web, in a task whose id is 9f3c…, uses awslogs with awslogs-group /ecs/checkout and ' +
      'awslogs-stream-prefix checkout. Which log stream holds its output?',
    options: [
      {
        id: 'prefix-container-task',
        text: 'checkout/web/9f3c… in /ecs/checkout',
        explanation:
          'Right: with a prefix the stream is <prefix>/<container name>/<task id>, one per container per task.',
      },
      {
        id: 'task-only',
        text: 'checkout/9f3c… in /ecs/checkout, shared by all containers of the task',
        explanation: 'Each container gets its own stream; the container name is part of it.',
      },
      {
        id: 'group-per-task',
        text: 'web in a group /ecs/checkout/9f3c… made for the task',
        explanation: 'The group is the one you name; tasks add streams, not groups.',
      },
      {
        id: 'container-id',
        text: 'The Docker container id, in /ecs/checkout',
        explanation: 'That is the name without a prefix, which only EC2 allows; Fargate requires the prefix.',
      },
    ],
    correct: ['prefix-container-task'],
    tags: {
      concepts: ['awslogs-stream-prefix', 'log stream'],
      exams: ['DVA-C02', 'SOA-C03'],
      tasks: ['DVA-4.2', 'SOA-1.1'],
      facts: ['F72'],
    },
    engineCheck(newSim) {
      const sim = world(newSim);
      runSteps(sim, solution);
      const streams = Object.keys(sim.state.logs.groups[LOG_GROUP]?.streams ?? {});
      return runningCheckout(sim).every(
        (t) =>
          streams.includes(`${PREFIX}/web/${arnName(t.taskArn)}`) &&
          streams.includes(`${PREFIX}/worker/${arnName(t.taskArn)}`),
      );
    },
  },
  {
    id: 'filter-errors',
    kind: 'single',
    prompt:
      'Twenty tasks of a service log to one CloudWatch Logs group with awslogs. An engineer must find which task ' +
      'logged "ERROR payment provider timed out" in the last hour. Which approach has the LEAST operational overhead?',
    options: [
      {
        id: 'filter',
        text: 'Run FilterLogEvents (aws logs filter-log-events) on the group with the filter pattern "payment provider timed out".',
        explanation:
          'Right: it searches every stream of the group at once, and each match carries its stream name, ' +
          '<prefix>/<container>/<task id>, which names the task.',
      },
      {
        id: 'each-stream',
        text: 'Call GetLogEvents on each of the twenty streams and search the output.',
        explanation: 'It works, stream by stream: twenty calls where one does.',
      },
      {
        id: 'exec',
        text: 'Use ECS Exec into every task and grep its log files.',
        explanation:
          'With awslogs the output leaves the container; there is no file to grep, and it means twenty sessions.',
      },
      {
        id: 'export',
        text: 'Export the group to S3 and query it with Athena.',
        explanation: 'Useful for large, old data sets; for one hour of one group it is much more work.',
      },
    ],
    correct: ['filter'],
    tags: {
      concepts: ['FilterLogEvents', 'filter pattern'],
      exams: ['SOA-C03', 'DVA-C02'],
      tasks: ['SOA-1.1', 'DVA-4.2'],
      facts: ['F72'],
    },
    engineCheck(newSim) {
      const sim = world(newSim);
      runSteps(sim, solution);
      const out = sim.fork().callByName('logs', 'FilterLogEvents', {
        logGroupName: LOG_GROUP,
        filterPattern: '"payment provider timed out"',
      }) as { events: ReadonlyArray<{ logStreamName: string; message: string }> };
      const tasks = new Set(runningCheckout(sim).map((t) => arnName(t.taskArn)));
      return (
        out.events.length > 0 &&
        out.events.every(
          (e) =>
            e.message === WORKER_ERROR &&
            tasks.has(e.logStreamName.split('/')[2] ?? '') &&
            e.logStreamName.startsWith(`${PREFIX}/worker/`),
        )
      );
    },
  },
  {
    id: 'retention-cost',
    kind: 'single',
    prompt:
      'Container logs in CloudWatch Logs must be kept for 30 days for investigations and are never needed after ' +
      'that. Storage costs keep growing. What is the MOST cost-effective solution?',
    options: [
      {
        id: 'retention',
        text: 'Set a 30-day retention policy on the log group.',
        explanation:
          'Right: CloudWatch Logs then deletes older events itself. A new group keeps everything until a ' +
          'retention policy is set.',
      },
      {
        id: 'lambda',
        text: 'Schedule a Lambda function that deletes log streams older than 30 days.',
        explanation: 'Code you write and run for what a one-line setting does.',
      },
      {
        id: 'export-s3',
        text: 'Export the group to S3 every day and keep the group as is.',
        explanation: 'You pay for both copies, and the group still grows.',
      },
      {
        id: 'new-group',
        text: 'Create a new log group every month and delete the old one.',
        explanation: 'Manual work, and task definitions would need a new group name every month.',
      },
    ],
    correct: ['retention'],
    tags: {
      concepts: ['retention policy', 'CloudWatch Logs'],
      exams: ['SOA-C03', 'SAA-C03'],
      tasks: ['SOA-1.1', 'SAA-4.2'],
    },
    engineCheck(newSim) {
      const sim = newSim(1);
      sim.callByName('logs', 'CreateLogGroup', { logGroupName: '/quiz/retention' });
      const before = sim.state.logs.groups['/quiz/retention']?.retentionInDays;
      sim.callByName('logs', 'PutRetentionPolicy', { logGroupName: '/quiz/retention', retentionInDays: 30 });
      return (
        before === undefined &&
        sim.state.logs.groups['/quiz/retention']?.retentionInDays === 30 &&
        refusedBy(
          () =>
            sim.callByName('logs', 'PutRetentionPolicy', {
              logGroupName: '/quiz/retention',
              retentionInDays: 45,
            }),
          /enum value set/,
        )
      );
    },
  },
  {
    id: 'stopped-alerts',
    kind: 'single',
    prompt:
      'The operations team must be paged whenever a task of any service in a cluster stops unexpectedly. Which ' +
      'solution has the LEAST operational overhead?',
    options: [
      {
        id: 'eventbridge',
        text: 'An EventBridge rule matching "ECS Task State Change" events with lastStatus STOPPED for the cluster, targeting an SNS topic.',
        explanation:
          'Right: ECS sends every task state change to EventBridge; the rule’s pattern picks the stops (it can ' +
          'also match stopCode or stoppedReason). The sandbox does not simulate EventBridge.',
      },
      {
        id: 'poll',
        text: 'A scheduled Lambda function that calls ListTasks with desiredStatus STOPPED every minute.',
        explanation: 'Polling code to write and run, and it can miss tasks between runs.',
      },
      {
        id: 'logs-alarm',
        text: 'A metric filter on each service’s log group for the word "exit".',
        explanation: 'A task that fails to start prints nothing, and each image words its exit differently.',
      },
      {
        id: 'cpu-alarm',
        text: 'A CloudWatch alarm on the service’s CPUUtilization dropping to 0.',
        explanation:
          'A service’s average hardly moves when one of many tasks stops, and is replaced within a minute.',
      },
    ],
    correct: ['eventbridge'],
    tags: {
      concepts: ['EventBridge', 'ECS Task State Change'],
      exams: ['SOA-C03', 'DOP-C02'],
      tasks: ['SOA-1.2', 'DOP-4.3'],
      facts: ['F75'],
    },
  },
  {
    id: 'container-insights',
    kind: 'single',
    prompt:
      'An operator needs CPU, memory, network and storage metrics per task and per service for an ECS ' +
      'cluster, in CloudWatch. Which solution meets this with the LEAST operational overhead?',
    options: [
      {
        id: 'insights',
        text: 'Turn on Container Insights for the cluster (the containerInsights cluster setting).',
        explanation:
          'Right: it collects those metrics per cluster, service and task, and is charged on top of the ' +
          'default metrics. The sandbox records the setting but does not simulate these per-task metrics.',
      },
      {
        id: 'default',
        text: 'Nothing: the default AWS/ECS metrics already have them per task.',
        explanation: 'The default metrics are CPU and memory averages per cluster and service, not per task.',
      },
      {
        id: 'firelens',
        text: 'Add a FireLens log router to every task.',
        explanation: 'FireLens routes logs; it does not produce metrics.',
      },
      {
        id: 'agent-on-each',
        text: 'Install the CloudWatch agent in every container image.',
        explanation: 'That is the extra software the requirement rules out.',
      },
    ],
    correct: ['insights'],
    tags: {
      concepts: ['Container Insights'],
      exams: ['SOA-C03', 'DOP-C02'],
      tasks: ['SOA-1.1', 'DOP-4.2'],
      facts: ['F74'],
    },
  },
  {
    id: 'firelens',
    kind: 'single',
    prompt:
      'Audit lines from one container must go to Amazon Data Firehose (and on to S3), while the other logs ' +
      'stay in CloudWatch Logs. The task runs on Fargate. Which solution meets these requirements with the ' +
      'LEAST operational overhead?',
    options: [
      {
        id: 'firelens',
        text: 'FireLens: the awsfirelens log driver for that container and a Fluent Bit log router container in the task.',
        explanation:
          'Right: the router filters and sends lines to Firehose, S3, OpenSearch or third parties. The sandbox ' +
          'does not simulate FireLens.',
      },
      {
        id: 'awslogs-s3',
        text: 'The awslogs driver with an S3 bucket as awslogs-group.',
        explanation: 'awslogs writes only to CloudWatch Logs groups.',
      },
      {
        id: 'fluentd-driver',
        text: 'The fluentd log driver pointing at Firehose.',
        explanation: 'Fargate supports awslogs, splunk and awsfirelens only.',
      },
      {
        id: 'sidecar-tail',
        text: 'A sidecar that tails the container’s log file and calls PutRecord.',
        explanation: 'Code to write and keep running, for what FireLens does with configuration.',
      },
    ],
    correct: ['firelens'],
    tags: {
      concepts: ['FireLens', 'awsfirelens', 'Fluent Bit'],
      exams: ['DVA-C02', 'DOP-C02'],
      tasks: ['DVA-4.2', 'DOP-4.2'],
      facts: ['F73'],
    },
  },
] satisfies QuizItem[];
