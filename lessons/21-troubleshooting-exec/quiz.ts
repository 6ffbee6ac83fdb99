import { startOf } from '../../src/course/quizChecks';
import { runSteps } from '../../src/course/steps';
import type { QuizItem } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';
import goals from './goals';
import scenario from './scenario';
import {
  API,
  BILLING,
  BILLING_TASK,
  CLUSTER,
  DESIRED,
  lastProblem,
  lastStopped,
  ORDERS,
  policy,
  PULL_BILLING,
  runningOf,
  tasksOf,
  TASKS_TRUST,
  WEB,
} from './shop';
import { checkTrafficPort, fixBillingRole, redeploy, redeployApi } from './solution';

/** The lesson's start on a fresh simulation. */
const world = startOf(scenario);

const check = (sim: Simulation, id: string) => goals.find((g) => g.id === id)!.check(sim).met;

/** The host network mode for api: the container's port 80 is the host's port 80, as with a static mapping. */
const apiHostMode = [
  {
    call: [
      'ecs',
      'RegisterTaskDefinition',
      {
        family: API,
        networkMode: 'host',
        containerDefinitions: [
          {
            name: API,
            image: 'nginx:latest',
            cpu: 128,
            memory: 128,
            essential: true,
            portMappings: [{ containerPort: 80, hostPort: 80 }],
          },
        ],
      },
    ],
  },
  { call: ['ecs', 'UpdateService', { cluster: CLUSTER, service: API, taskDefinition: `${API}:2` }] },
] as const;

export default [
  {
    id: 'startup-role',
    kind: 'single',
    prompt:
      'A Fargate service pulls its image from a private ECR repository in the same account. Every task stops ' +
      'before it runs with "ResourceInitializationError: unable to pull secrets or registry auth: … unable to ' +
      'retrieve ecr registry auth … AccessDeniedException". The task role already has ECR read permissions. ' +
      'Which change fixes it following the principle of LEAST privilege?',
    options: [
      {
        id: 'execution-role',
        text: 'Allow ecr:GetAuthorizationToken, and image reads on that repository, on the task execution role.',
        explanation:
          'Right: ECS pulls the image before any container runs, with the execution role. The task role is for ' +
          'the application’s own calls and can then lose its ECR permissions.',
        runIt: {
          steps: [fixBillingRole('inline'), redeploy(BILLING)],
          advance: 300,
          look: 'billing’s tasks: RUNNING now',
        },
      },
      {
        id: 'task-role-more',
        text: 'Give the task role ecr:* on every repository.',
        explanation:
          'The task role is not used to pull. The tasks fail exactly as before, with more privilege granted.',
        runIt: {
          steps: [
            {
              call: [
                'iam',
                'PutRolePolicy',
                {
                  RoleName: BILLING_TASK,
                  PolicyName: 'ecr-all',
                  PolicyDocument: policy({ Effect: 'Allow', Action: 'ecr:*', Resource: '*' }),
                },
              ],
            },
            redeploy(BILLING),
          ],
          advance: 300,
          look: 'a stopped billing task: the same registry-auth error',
        },
      },
      {
        id: 'public-repo',
        text: 'Move the image to a public registry so no login is needed.',
        explanation: 'It avoids the error by publishing the image: far more exposure, not less privilege.',
      },
      {
        id: 'nat',
        text: 'Add a NAT gateway to the tasks’ subnets.',
        explanation:
          'A routing problem reads as a timeout (i/o timeout), not AccessDenied: the request got an answer, a refusal.',
      },
    ],
    correct: ['execution-role'],
    tags: {
      concepts: ['task execution role', 'ResourceInitializationError', 'ECR'],
      exams: ['DOP-C02', 'SOA-C03', 'DVA-C02'],
      tasks: ['DOP-5.3', 'SOA-5.3', 'DVA-4.1'],
      misconceptions: ['M1', 'M20'],
      facts: ['F22', 'F77'],
    },
    engineCheck(newSim) {
      const right = world(newSim);
      const wrong = right.fork();
      runSteps(wrong, [
        {
          call: [
            'iam',
            'PutRolePolicy',
            { RoleName: BILLING_TASK, PolicyName: 'ecr-all', PolicyDocument: PULL_BILLING },
          ],
        },
        redeploy(BILLING),
        { advance: 150 },
      ]);
      runSteps(right, [fixBillingRole('inline'), redeploy(BILLING), { advance: 150 }]);
      return (
        runningOf(wrong, BILLING).length === 0 &&
        /unable to retrieve ecr registry auth/.test(lastStopped(wrong, BILLING) ?? '') &&
        runningOf(right, BILLING).length === DESIRED[BILLING]
      );
    },
  },
  {
    id: 'exit-137',
    kind: 'multiple',
    prompt:
      'An EC2 service’s tasks keep stopping. The stopped task shows "Essential container in task exited"; its ' +
      'container shows exit code 137 and "OutOfMemoryError: Container killed due to memory usage". The ' +
      'container definition sets memory 512 and memoryReservation 256. Which TWO changes address the cause?',
    options: [
      {
        id: 'raise-memory',
        text: 'Raise the container’s hard limit (memory) above its peak use.',
        explanation: 'Right: the kernel killed it for going over the hard limit; 137 is 128 + SIGKILL (9).',
      },
      {
        id: 'fix-leak',
        text: 'Cap the runtime’s heap below the limit, or fix the leak that makes it grow.',
        explanation: 'Right: if use grows without end, a bigger limit only delays the kill.',
      },
      {
        id: 'raise-reservation',
        text: 'Raise memoryReservation to 512 and leave memory as it is.',
        explanation:
          'The reservation is what placement sets aside; the kill happens at the hard limit, which is unchanged.',
      },
      {
        id: 'stop-timeout',
        text: 'Raise stopTimeout to 120 seconds.',
        explanation:
          'stopTimeout is how long a stop waits before SIGKILL. Here nothing asked the task to stop: the kernel killed it.',
      },
      {
        id: 'more-instances',
        text: 'Add container instances to the cluster.',
        explanation: 'The limit is per container; a new host gives the same container the same limit.',
      },
    ],
    correct: ['raise-memory', 'fix-leak'],
    tags: {
      concepts: ['exit code 137', 'OutOfMemoryError', 'memory', 'memoryReservation'],
      exams: ['SOA-C03', 'DOP-C02'],
      tasks: ['SOA-5.3', 'DOP-5.3'],
      facts: ['F5', 'F77'],
    },
  },
  {
    id: 'essential-exited',
    kind: 'single',
    prompt:
      'A deployment stalls: the new tasks stop a few seconds after they start, with "Essential container in task ' +
      'exited". Where does the reason for the exit show?',
    options: [
      {
        id: 'container',
        text: 'In the stopped task’s container: its exit code and reason, then the application’s logs.',
        explanation:
          'Right: the task-level text only says the essential container stopped; the container says how (1 = the app failed).',
      },
      {
        id: 'events',
        text: 'In the service events: they name the exit code.',
        explanation:
          'Service events say tasks started and stopped; the exit code is on the task’s container.',
      },
      {
        id: 'cloudtrail',
        text: 'In CloudTrail, as a StopTask call.',
        explanation:
          'Nobody called StopTask: the container exited on its own, and ECS stopped the rest of the task.',
      },
      {
        id: 'instance-log',
        text: 'Only in the instance’s ECS agent log, over SSH.',
        explanation:
          'DescribeTasks already shows the container’s exit code and reason; no host access is needed.',
      },
    ],
    correct: ['container'],
    tags: {
      concepts: ['Essential container in task exited', 'exit code', 'stoppedReason'],
      exams: ['SOA-C03', 'DVA-C02'],
      tasks: ['SOA-5.3', 'DVA-4.1'],
      facts: ['F77'],
    },
    engineCheck(newSim) {
      const sim = world(newSim);
      const crashed = tasksOf(sim, ORDERS).find(
        (t) => t.stoppedReason === 'Essential container in task exited',
      );
      return crashed?.containers[0]?.exitCode === 1;
    },
  },
  {
    id: 'static-port',
    kind: 'single',
    prompt:
      'An EC2 service in bridge mode maps containerPort 80 to hostPort 80. It wants 3 tasks on 2 container ' +
      'instances; its events say the closest matching container instance "is already using a port required by ' +
      'your task". Which change lets it run all 3 and roll out new revisions with the LEAST operational overhead?',
    options: [
      {
        id: 'dynamic',
        text: 'Map hostPort 0 (dynamic host ports) and let the ALB target group learn each task’s port.',
        explanation:
          'Right: each task gets its own host port from the ephemeral range, so tasks share instances.',
        runIt: { steps: redeployApi(0), advance: 300, look: 'api: 3 tasks RUNNING' },
      },
      {
        id: 'host-mode',
        text: 'Switch the task definition to the host network mode.',
        explanation: 'In host mode the container’s port is the host’s port: still one task per instance.',
        runIt: { steps: apiHostMode, advance: 300, look: 'api’s events: still a port in use' },
      },
      {
        id: 'max-percent',
        text: 'Raise maximumPercent to 200.',
        explanation: 'That allows more tasks during a deployment; it gives no instance a second port 80.',
      },
      {
        id: 'bigger',
        text: 'Use larger instance types.',
        explanation: 'A port is a port: a bigger instance still has only one port 80.',
      },
    ],
    correct: ['dynamic'],
    tags: {
      concepts: ['static host port', 'dynamic host port', 'bridge', 'RESOURCE:PORTS'],
      exams: ['SAA-C03', 'SOA-C03'],
      tasks: ['SAA-2.1', 'SOA-5.3'],
      facts: ['F77'],
    },
    engineCheck(newSim) {
      const before = world(newSim);
      const dynamic = before.fork();
      runSteps(dynamic, [...redeployApi(0), { advance: 90 }]);
      const host = before.fork();
      runSteps(host, [...apiHostMode, { advance: 90 }]);
      return (
        /already using a port required by your task/.test(lastProblem(before, API) ?? '') &&
        runningOf(dynamic, API).length === DESIRED[API] &&
        runningOf(host, API).length < DESIRED[API]!
      );
    },
  },
  {
    id: 'health-check-port',
    kind: 'single',
    prompt:
      'An EC2 service uses dynamic host ports behind an ALB. Its events repeat "(port 32771) is unhealthy in ' +
      '(target-group …) due to (reason Health checks failed)". The target group’s health check port is set to ' +
      '8080, the container’s port. What is the MOST direct fix?',
    options: [
      {
        id: 'traffic-port',
        text: 'Set the health check port to traffic-port.',
        explanation:
          'Right: each target is registered with its own host port, and traffic-port checks that one.',
      },
      {
        id: 'grace',
        text: 'Raise healthCheckGracePeriodSeconds to 3600.',
        explanation: 'That only hides the failing checks for an hour; the targets never become healthy.',
      },
      {
        id: 'path',
        text: 'Change the health check path to /health.',
        explanation:
          'The check never reaches a server: nothing listens on the instance’s port 8080, whatever the path.',
      },
      {
        id: 'open-8080',
        text: 'Allow port 8080 from the ALB in the instances’ security group.',
        explanation:
          'The container’s 8080 is not published on the host’s 8080; there is nothing there to allow.',
      },
    ],
    correct: ['traffic-port'],
    tags: {
      concepts: ['ELB health checks', 'traffic-port', 'dynamic host port'],
      exams: ['SOA-C03', 'DOP-C02'],
      tasks: ['SOA-5.3', 'DOP-5.3'],
    },
    engineCheck(newSim) {
      const fixed = world(newSim);
      const grace = fixed.fork();
      runSteps(fixed, [checkTrafficPort, { advance: 120 }]);
      runSteps(grace, [
        {
          call: [
            'ecs',
            'UpdateService',
            { cluster: CLUSTER, service: WEB, healthCheckGracePeriodSeconds: 3600 },
          ],
        },
        { advance: 120 },
      ]);
      return check(fixed, 'web-steady') && !check(grace, 'web-steady');
    },
  },
  {
    id: 'exec-setup',
    kind: 'multiple',
    prompt:
      'Developers must open a shell in running Fargate tasks of a service to read a config file. Security forbids ' +
      'SSH and any new inbound rule. Which THREE steps are needed, with the LEAST operational overhead?',
    options: [
      {
        id: 'enable',
        text: 'Turn on enableExecuteCommand for the service and force a new deployment.',
        explanation: 'Right: only tasks started after the setting have the Exec agent.',
      },
      {
        id: 'task-role',
        text: 'Allow the four ssmmessages channel actions on the task role.',
        explanation:
          'Right: the agent inside the task opens its Session Manager channels with the task role.',
      },
      {
        id: 'cli',
        text: 'Use aws ecs execute-command with the Session Manager plugin installed.',
        explanation: 'Right: the session goes out from the task to Session Manager; nothing connects in.',
      },
      {
        id: 'port-22',
        text: 'Open port 22 from the developers’ network and add an SSH daemon to the image.',
        explanation: 'That is what Exec replaces, and it breaks both rules.',
      },
      {
        id: 'execution-role',
        text: 'Allow the ssmmessages actions on the task execution role.',
        explanation: 'The execution role serves ECS’s start-up work; the running agent uses the task role.',
      },
    ],
    correct: ['enable', 'task-role', 'cli'],
    tags: {
      concepts: ['ECS Exec', 'enableExecuteCommand', 'ssmmessages', 'Session Manager'],
      exams: ['DOP-C02', 'SOA-C03', 'DVA-C02'],
      tasks: ['DOP-5.3', 'SOA-5.3', 'DVA-4.1'],
      misconceptions: ['M20'],
      facts: ['F76'],
    },
  },
  {
    id: 'reserved-not-used',
    kind: 'single',
    prompt:
      'A service’s event says it "was unable to place a task because no container instance met all of its ' +
      'requirements … has insufficient memory available", while the cluster’s MemoryUtilization is 30 %. Why?',
    options: [
      {
        id: 'reservation',
        text: 'Placement counts the memory tasks reserve, not what they use; the reservations fill the instances.',
        explanation:
          'Right: an instance is full when its registered memory is reserved, however idle the tasks are.',
      },
      {
        id: 'lag',
        text: 'The metric lags by a few minutes; retrying later will place it.',
        explanation: 'Nothing changes in a few minutes: reservations stay until tasks stop.',
      },
      {
        id: 'cpu',
        text: 'The message is wrong; it is really CPU.',
        explanation: 'CPU has its own wording ("insufficient CPU units available").',
      },
      {
        id: 'fargate',
        text: 'The service runs on Fargate, which caps memory per account.',
        explanation: 'This is the EC2 placement message: Fargate does not place on container instances.',
      },
    ],
    correct: ['reservation'],
    tags: {
      concepts: ['unable to place', 'RESOURCE:MEMORY', 'memory reservation'],
      exams: ['SOA-C03', 'SAA-C03'],
      tasks: ['SOA-5.3', 'SAA-2.1'],
      facts: ['F77'],
    },
    engineCheck(newSim) {
      const sim = newSim(1);
      sim.call('ecs', 'CreateCluster', { clusterName: 'probe' });
      sim.call('ec2', 'RunInstances', {
        ImageId: 'resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id',
        InstanceType: 't3.small',
        MinCount: 1,
        MaxCount: 1,
        IamInstanceProfile: { Name: 'ecsInstanceRole' },
        UserData: btoa('#!/bin/bash\necho ECS_CLUSTER=probe >> /etc/ecs/ecs.config'),
      });
      sim.advance(120);
      sim.call('ecs', 'RegisterTaskDefinition', {
        family: 'big',
        containerDefinitions: [
          { name: 'big', image: 'busybox:latest', command: ['sleep', 'infinity'], memory: 1024 },
        ],
      });
      sim.call('ecs', 'CreateService', {
        cluster: 'probe',
        serviceName: 'big',
        taskDefinition: 'big',
        desiredCount: 3,
      });
      sim.advance(120);
      const svc = Object.values(sim.state.ecs.services).find((s) => s.serviceName === 'big')!;
      // the tasks sleep (they use next to nothing), yet the third one finds no memory to reserve
      return (
        Object.values(sim.state.ecs.tasks).filter((t) => t.lastStatus === 'RUNNING').length === 1 &&
        svc.events.some((e) => /has insufficient memory available/.test(e.message))
      );
    },
  },
  {
    id: 'app-access-denied',
    kind: 'single',
    prompt:
      'A running task’s application logs "An error occurred (AccessDenied) when calling the PutObject operation: ' +
      'User: arn:aws:sts::123456789012:assumed-role/reports-task/… is not authorized to perform: s3:PutObject". ' +
      'Which change is MOST appropriate?',
    options: [
      {
        id: 'task-role',
        text: 'Allow s3:PutObject on that bucket’s objects in the reports-task role.',
        explanation:
          'Right: the message names the task role the SDK used; add exactly the action and resource it names.',
      },
      {
        id: 'execution-role',
        text: 'Allow s3:PutObject on the task execution role.',
        explanation:
          'The execution role only serves start-up (image, secrets, logs); the application never uses it.',
      },
      {
        id: 'instance-role',
        text: 'Attach AmazonS3FullAccess to the container instances’ role.',
        explanation:
          'The task has a task role, so its SDK never falls back to the instance role; and full access is far too broad.',
      },
      {
        id: 'redeploy',
        text: 'Force a new deployment so the task gets fresh credentials.',
        explanation: 'The credentials are fine: the role behind them lacks the permission.',
      },
    ],
    correct: ['task-role'],
    tags: {
      concepts: ['task role', 'AccessDenied', 'IAM'],
      exams: ['DVA-C02', 'SAA-C03'],
      tasks: ['DVA-4.1', 'SAA-1.2'],
      misconceptions: ['M2'],
      facts: ['F22'],
    },
    engineCheck(newSim) {
      const sim = newSim(1);
      sim.call('ecs', 'CreateCluster', { clusterName: 'probe' });
      sim.call('s3api', 'CreateBucket', { Bucket: 'reports-out' });
      sim.call('iam', 'CreateRole', { RoleName: 'reports-task', AssumeRolePolicyDocument: TASKS_TRUST });
      sim.call('ecs', 'RegisterTaskDefinition', {
        family: 'reports',
        requiresCompatibilities: ['FARGATE'],
        networkMode: 'awsvpc',
        cpu: '256',
        memory: '512',
        taskRoleArn: 'arn:aws:iam::123456789012:role/reports-task',
        containerDefinitions: [
          { name: 'reports', image: 'public.ecr.aws/ecs-sandbox/web:v1', essential: true },
        ],
      });
      const task = sim.call('ecs', 'RunTask', {
        cluster: 'probe',
        taskDefinition: 'reports',
        launchType: 'FARGATE',
        networkConfiguration: {
          awsvpcConfiguration: { subnets: Object.values(sim.state.ec2.subnets).map((s) => s.SubnetId) },
        },
      }).tasks[0]!;
      sim.advance(60);
      const put = () =>
        sim.call('sim', 'CallAws', {
          cluster: 'probe',
          task: task.taskArn,
          action: 's3:PutObject',
          resource: 'arn:aws:s3:::reports-out/q1.csv',
          body: 'x',
        });
      const before = put();
      sim.call('iam', 'PutRolePolicy', {
        RoleName: 'reports-task',
        PolicyName: 'write',
        PolicyDocument: policy({
          Effect: 'Allow',
          Action: 's3:PutObject',
          Resource: 'arn:aws:s3:::reports-out/*',
        }),
      });
      const after = put();
      return !before.allowed && /assumed-role\/reports-task\//.test(before.message) && after.allowed;
    },
  },
] satisfies QuizItem[];
