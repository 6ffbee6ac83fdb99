import { runSteps } from '../../src/course/steps';
import type { QuizItem, RunIt, Step } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';
import {
  appInit,
  copilotClusters,
  copilotServices,
  environment,
  svcDeploy,
  svcInit,
  type WorkloadType,
} from './copilot';
import scenario from './scenario';

const SMALL = { count: 1, cpu: 256, memory: 512 };

/** app shop, environment test, and one service `svc` of `type` deployed to test. */
const deployed = (svc: string, type: WorkloadType): Step[] => [
  ...appInit(),
  ...environment('test'),
  ...svcInit(svc, type),
  ...svcDeploy(svc, type, 'test', SMALL),
];

const runType = (type: WorkloadType): RunIt => ({
  steps: deployed('api', type),
  advance: 180,
  look: 'the Copilot tab: whether a load balancer, listener and target group were created for api',
});

/** The lesson's start with `steps` played and `seconds` run. */
function after(newSim: (seed: number) => Simulation, steps: ReadonlyArray<Step>, seconds = 0): Simulation {
  // the lesson starts from a fresh account: its scenario builds nothing
  const sim = newSim(scenario.seed);
  runSteps(sim, steps);
  if (seconds) sim.advance(seconds);
  return sim;
}

const DVA = { exams: ['DVA-C02' as const], facts: ['F83'] };

export default [
  {
    id: 'copilot-public-api',
    kind: 'single',
    prompt:
      'A developer uses the AWS Copilot CLI to run a containerized REST API on Amazon ECS. Customers on the internet ' +
      'must reach it over HTTP through a load balancer, and the developer wants to write as little infrastructure ' +
      'configuration as possible. Which Copilot service type meets these requirements with the LEAST operational overhead?',
    options: [
      {
        id: 'lbws',
        text: 'Load Balanced Web Service',
        explanation:
          'Right: Fargate tasks registered in a target group behind the environment’s public Application Load Balancer.',
        runIt: runType('Load Balanced Web Service'),
      },
      {
        id: 'backend',
        text: 'Backend Service',
        explanation:
          'No public endpoint: other services reach it inside the VPC. Customers on the internet could not.',
        runIt: runType('Backend Service'),
      },
      {
        id: 'worker',
        text: 'Worker Service',
        explanation: 'A worker reads an SQS queue fed by SNS topics; it takes no HTTP requests at all.',
        runIt: runType('Worker Service'),
      },
      {
        id: 'job',
        text: 'Scheduled Job',
        explanation: 'A job runs a task on a schedule and exits; nothing stays up to answer requests.',
      },
    ],
    correct: ['lbws'],
    tags: { concepts: ['Load Balanced Web Service', 'Backend Service'], ...DVA, tasks: ['DVA-3.4'] },
    engineCheck(newSim) {
      const web = after(newSim, deployed('api', 'Load Balanced Web Service'));
      const backend = after(newSim, deployed('api', 'Backend Service'));
      const lbs = (sim: Simulation) => Object.keys(sim.state.elbv2.loadBalancers).length;
      return lbs(web) === 1 && lbs(backend) === 0;
    },
  },
  {
    id: 'copilot-worker',
    kind: 'single',
    prompt:
      'An order service publishes events to an Amazon SNS topic. A second containerized component must process each ' +
      'event asynchronously and retry failed messages, and the team deploys with AWS Copilot. Which approach needs the ' +
      'LEAST custom code and configuration?',
    options: [
      {
        id: 'worker',
        text: 'A Worker Service whose manifest lists the topic under subscribe.topics.',
        explanation:
          'Right: Copilot creates the SQS queue, subscribes it to the topic and adds a dead-letter queue; the worker polls the queue.',
      },
      {
        id: 'backend-poll',
        text: 'A Backend Service that creates its own SQS queue and subscription at start-up.',
        explanation: 'It works, but the queue, the subscription and the retries are now code you own.',
      },
      {
        id: 'lbws-webhook',
        text: 'A Load Balanced Web Service that SNS calls over HTTP.',
        explanation:
          'It exposes a public endpoint for internal traffic and loses messages while the service is down.',
      },
      {
        id: 'job-poll',
        text: 'A Scheduled Job that reads the topic every minute.',
        explanation: 'SNS topics cannot be read later; messages that nobody receives are gone.',
      },
    ],
    correct: ['worker'],
    tags: { concepts: ['Worker Service', 'SQS', 'SNS'], ...DVA, tasks: ['DVA-3.4'] },
  },
  {
    id: 'copilot-job-resources',
    kind: 'multiple',
    prompt:
      'A developer creates a Copilot Scheduled Job with on.schedule: "@daily", retries: 3 and timeout: 1h, and deploys ' +
      'it. Which TWO resources, besides the ECS task definition, does Copilot create to run it?',
    options: [
      {
        id: 'rule',
        text: 'An Amazon EventBridge rule on the schedule',
        explanation: 'Right: the rule starts the job at each scheduled time.',
      },
      {
        id: 'sfn',
        text: 'An AWS Step Functions state machine',
        explanation: 'Right: it runs the ECS task and applies the retries and the timeout.',
      },
      {
        id: 'service',
        text: 'An ECS service with desired count 1',
        explanation: 'A service keeps a task up all the time; a job starts one per run.',
      },
      {
        id: 'sqs',
        text: 'An SQS queue with a dead-letter queue',
        explanation: 'That is a Worker Service’s, not a job’s.',
      },
      {
        id: 'alb',
        text: 'An Application Load Balancer listener rule',
        explanation: 'A job takes no requests.',
      },
    ],
    correct: ['rule', 'sfn'],
    tags: { concepts: ['Scheduled Job', 'EventBridge', 'Step Functions'], ...DVA, tasks: ['DVA-3.4'] },
  },
  {
    id: 'copilot-deploy-order',
    kind: 'ordering',
    prompt: 'Put in order what copilot svc deploy does for a service whose manifest has image.build.',
    options: [
      {
        id: 'build',
        text: 'Build the container image from the Dockerfile',
        explanation: 'First: there is nothing to push yet.',
      },
      {
        id: 'push',
        text: 'Push the image to the service’s ECR repository',
        explanation: 'Second: ECS pulls from there.',
      },
      {
        id: 'render',
        text: 'Render the manifest into a CloudFormation template',
        explanation: 'Third: the template names the new image.',
      },
      {
        id: 'stack',
        text: 'Create or update the CloudFormation stack',
        explanation: 'Last: CloudFormation makes the task definition and updates the service.',
      },
    ],
    correct: ['build', 'push', 'render', 'stack'],
    tags: { concepts: ['copilot svc deploy', 'CloudFormation', 'ECR'], ...DVA, tasks: ['DVA-3.3'] },
  },
  {
    id: 'copilot-one-environment',
    kind: 'single',
    twinOfPrediction: true,
    prompt:
      'web’s manifest has environments.prod.count: 3. The application has the environments test and prod, both ' +
      'deployed. A developer runs copilot svc deploy --name web --env test. What runs in prod afterwards?',
    options: [
      {
        id: 'nothing',
        text: 'Nothing of web: prod gets it only from a deploy with --env prod.',
        explanation: 'Right: one deploy, one environment’s stack.',
      },
      {
        id: 'three',
        text: 'web with 3 tasks, from the prod override.',
        explanation: 'The override applies when web is deployed to prod, which has not happened.',
      },
      {
        id: 'one',
        text: 'web with the base count.',
        explanation: 'Copilot never deploys to an environment you did not name.',
      },
    ],
    correct: ['nothing'],
    tags: {
      concepts: ['environment', 'environment overrides'],
      exams: ['DVA-C02'],
      tasks: ['DVA-3.3'],
      facts: ['F83'],
    },
    engineCheck(newSim) {
      const sim = after(newSim, [
        ...appInit(),
        ...environment('test'),
        ...environment('prod'),
        ...svcInit('web', 'Load Balanced Web Service'),
        ...svcDeploy('web', 'Load Balanced Web Service', 'test', SMALL),
      ]);
      return (
        copilotClusters(sim).has('prod') &&
        copilotServices(sim, 'prod').length === 0 &&
        copilotServices(sim, 'test').length === 1
      );
    },
  },
  {
    id: 'copilot-metadata',
    kind: 'single',
    prompt: 'Where does AWS Copilot keep the records of an application, its environments and its workloads?',
    options: [
      {
        id: 'ssm',
        text: 'In AWS Systems Manager Parameter Store, under /copilot/applications/<app>',
        explanation: 'Right: every command reads them, so teammates share one view.',
      },
      {
        id: 'local',
        text: 'Only in the copilot/ folder of the repository',
        explanation: 'The folder holds manifests; the records live in the account.',
      },
      {
        id: 'tags',
        text: 'Only in the tags of the ECS cluster',
        explanation: 'Copilot tags resources, but its records are parameters.',
      },
      {
        id: 'dynamodb',
        text: 'In a DynamoDB table Copilot creates',
        explanation: 'Copilot creates no table for its own state.',
      },
    ],
    correct: ['ssm'],
    tags: { concepts: ['application', 'SSM Parameter Store'], ...DVA, tasks: ['DVA-3.3'] },
    engineCheck(newSim) {
      const sim = after(newSim, [...appInit(), ...environment('test')]);
      return (
        '/copilot/applications/shop' in sim.state.ssm.parameters &&
        '/copilot/applications/shop/environments/test' in sim.state.ssm.parameters
      );
    },
  },
  {
    id: 'copilot-successor',
    kind: 'single',
    prompt:
      'In 2026 a team starts a new containerized web application on AWS. They want a Fargate service behind an HTTPS ' +
      'load balancer with auto scaling, from just a container image, and they do not want tooling that is out of ' +
      'support. Which option meets these requirements with the LEAST operational overhead?',
    options: [
      {
        id: 'express',
        text: 'An Amazon ECS Express Mode service (image, task execution role, infrastructure role)',
        explanation:
          'Right: ECS provisions the service, the load balancer with HTTPS, scaling and networking with defaults.',
      },
      {
        id: 'copilot',
        text: 'An AWS Copilot Load Balanced Web Service',
        explanation:
          'It would work, but Copilot reached end of support on 12 June 2026: no fixes from then on.',
      },
      {
        id: 'cdk',
        text: 'An AWS CDK app with ecs-patterns.ApplicationLoadBalancedFargateService',
        explanation:
          'Supported and flexible, but you own the code and its deployments: more effort than Express Mode.',
      },
      {
        id: 'ec2',
        text: 'EC2 instances in an Auto Scaling group running Docker behind an ALB',
        explanation: 'You would patch hosts and wire scaling yourself: the most overhead.',
      },
    ],
    correct: ['express'],
    tags: {
      concepts: ['ECS Express Mode', 'end of support', 'AWS CDK'],
      exams: ['DVA-C02', 'DOP-C02'],
      tasks: ['DVA-3.4', 'DOP-2.1'],
      facts: ['F83', 'F84'],
    },
  },
  {
    id: 'copilot-cfn',
    kind: 'single',
    prompt:
      'A team has services deployed with AWS Copilot and needs to change a setting that the manifest cannot express. ' +
      'Copilot is out of support. Which approach keeps the existing resources and is the MOST maintainable?',
    options: [
      {
        id: 'iac',
        text: 'Manage the stacks Copilot created as CloudFormation (or import them into a CDK app) and change them there.',
        explanation:
          'Right: everything Copilot made is CloudFormation stacks, which stay supported and can be edited as code.',
      },
      {
        id: 'console',
        text: 'Change the resources in the console and keep deploying with Copilot.',
        explanation: 'The next Copilot deploy would put the template’s values back (drift).',
      },
      {
        id: 'recreate',
        text: 'Delete the application and build it again by hand.',
        explanation: 'Needless downtime, and the result is not code.',
      },
      {
        id: 'fork',
        text: 'Keep running the last Copilot release indefinitely.',
        explanation: 'It gets no fixes for new AWS changes or security issues.',
      },
    ],
    correct: ['iac'],
    tags: {
      concepts: ['CloudFormation', 'end of support'],
      exams: ['DVA-C02', 'DOP-C02'],
      tasks: ['DVA-3.3', 'DOP-2.1'],
      facts: ['F83'],
    },
  },
] satisfies QuizItem[];
