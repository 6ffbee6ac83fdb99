import { startOf, refusedBy } from '../../src/course/quizChecks';
import { call, runSteps } from '../../src/course/steps';
import type { QuizItem, Step } from '../../src/course/types';
import { launchContainerInstances } from '../../src/course/fixtures';
import type { Simulation } from '../../src/engine/index';
import { CLUSTER, OBJECT_ARN, ROLE_ARN, runningOrders } from './eks';
import scenario from './scenario';
import { createOrders, registerOrders, trustEcsTasks, type OrdersOptions } from './solution';

/** The lesson's start on a fresh simulation. */
const world = startOf(scenario);

/** Steps that move orders over with the task definition `options` (and optionally the trust fix first). */
export const moveWith = (options: OrdersOptions, fixTrust = false): Step[] => [
  ...(fixTrust ? [trustEcsTasks] : []),
  registerOrders(options),
  createOrders(),
  { advance: 300 },
];

/** Whether every running orders task's app may read settings.json, after `steps` on the lesson's start. */
export function readsAfter(newSim: (seed: number) => Simulation, steps: ReadonlyArray<Step>): boolean {
  const sim = world(newSim);
  runSteps(sim, steps);
  const tasks = runningOrders(sim);
  const copy = sim.fork();
  return (
    tasks.length > 0 &&
    tasks.every(
      (t) =>
        (
          copy.callByName('sim', 'CallAws', {
            cluster: CLUSTER,
            task: t.taskArn,
            action: 's3:GetObject',
            resource: OBJECT_ARN,
          }) as { allowed: boolean }
        ).allowed,
    )
  );
}

/** the four configurations of the role item, each a runIt */
/**
 * "Run it" ends with the app of the first running orders task reading settings.json, so the Identity tab shows
 * the call and the role that answered it (without a call, a role ECS may not assume looks like a fixed one).
 */
const appReadsSettings: Step = call(
  'sim',
  'CallAws',
  (sim) => ({
    cluster: CLUSTER,
    task: runningOrders(sim)[0]?.taskArn ?? 'no-running-orders-task',
    action: 's3:GetObject',
    resource: OBJECT_ARN,
  }),
  'The orders app reads settings.json',
);
const runOption = (steps: Step[]) => ({
  steps: [...steps, appReadsSettings],
  look: 'the app’s calls in the Identity tab',
});

export const ROLE_OPTIONS: Readonly<Record<string, Step[]>> = {
  unchanged: moveWith({ taskRole: ROLE_ARN }),
  trusted: moveWith({ taskRole: ROLE_ARN }, true),
  execution: moveWith({ executionRole: ROLE_ARN }, true),
  label: moveWith({ annotationAsLabel: true }),
};

export default [
  {
    id: 'helm-estate',
    kind: 'single',
    prompt:
      'A company runs 40 microservices on a self-managed Kubernetes cluster in its data centre. Every service ' +
      'is deployed with a Helm chart, and two operators manage its databases. It is moving to AWS and wants ' +
      'to keep its charts and operators unchanged. Which option needs the LEAST rework?',
    options: [
      {
        id: 'eks',
        text: 'Amazon EKS with managed node groups',
        explanation:
          'Right: EKS runs the upstream Kubernetes API, so the charts, operators and kubectl habits carry over.',
      },
      {
        id: 'ecs-fargate',
        text: 'Amazon ECS on Fargate',
        explanation:
          'ECS has its own API: every chart becomes task definitions and services, and the operators have no place to run.',
      },
      {
        id: 'ecs-ec2',
        text: 'Amazon ECS on EC2 with an Auto Scaling group capacity provider',
        explanation: 'Same rewrite as on Fargate, plus instances to manage.',
      },
      {
        id: 'beanstalk',
        text: 'AWS Elastic Beanstalk with the Docker platform',
        explanation: 'Beanstalk knows nothing of Helm or Kubernetes operators.',
      },
    ],
    correct: ['eks'],
    tags: {
      concepts: ['ECS vs EKS', 'Helm', 'portability'],
      exams: ['SAA-C03', 'DOP-C02'],
      facts: ['F85'],
      tasks: ['SAA-2.1', 'DOP-3.2'],
    },
  },
  {
    id: 'small-team',
    kind: 'single',
    prompt:
      'A team of three developers with no Kubernetes experience runs two containerised APIs, only on AWS. They ' +
      'want no servers to patch and no cluster to upgrade. Which option has the LEAST operational overhead?',
    options: [
      {
        id: 'ecs-fargate',
        text: 'Amazon ECS services on AWS Fargate',
        explanation:
          'Right: no control plane to version or pay for, no nodes, and the team uses ECS concepts only.',
      },
      {
        id: 'eks-fargate',
        text: 'Amazon EKS with a Fargate profile',
        explanation:
          'No nodes, but the cluster still has Kubernetes versions to upgrade, an hourly control-plane fee and a new API to learn.',
      },
      {
        id: 'eks-nodes',
        text: 'Amazon EKS with managed node groups',
        explanation: 'Adds node AMIs and scaling to everything EKS already asks of the team.',
      },
      {
        id: 'ec2-docker',
        text: 'Docker on two EC2 instances behind an ALB',
        explanation: 'Servers to patch and no scheduler to replace failed containers.',
      },
    ],
    correct: ['ecs-fargate'],
    tags: {
      concepts: ['ECS vs EKS', 'operational overhead', 'Fargate'],
      exams: ['SAA-C03'],
      facts: ['F8', 'F85'],
      tasks: ['SAA-2.1'],
    },
  },
  {
    id: 'requirement-cards',
    kind: 'multiple',
    prompt:
      'A platform team sorts requirement cards for a new container platform on AWS. Which TWO cards point to ' +
      'Amazon EKS rather than Amazon ECS?',
    options: [
      {
        id: 'portability',
        text: 'The same manifests must also deploy to an on-premises cluster.',
        explanation:
          'Right: Kubernetes objects run on any conformant cluster; ECS task definitions run only on ECS.',
      },
      {
        id: 'ecosystem',
        text: 'Install vendor software that ships only as Helm charts and operators.',
        explanation: 'Right: that ecosystem needs the Kubernetes API.',
      },
      {
        id: 'no-fee',
        text: 'Pay nothing for the control plane.',
        explanation: 'That is ECS: an EKS cluster is billed per hour whatever runs on it.',
      },
      {
        id: 'aws-only-small',
        text: 'A small team, AWS-only, wants the fewest moving parts.',
        explanation: 'That is ECS: fewer concepts, no versions to upgrade.',
      },
      {
        id: 'task-role',
        text: 'Each workload needs its own IAM permissions.',
        explanation: 'Both do it: task roles in ECS, IRSA or EKS Pod Identity in EKS. It decides nothing.',
      },
    ],
    correct: ['portability', 'ecosystem'],
    tags: {
      concepts: ['ECS vs EKS', 'requirement cards'],
      exams: ['SAA-C03', 'DOP-C02'],
      facts: ['F8', 'F85'],
      tasks: ['SAA-2.1', 'DOP-3.2'],
    },
  },
  {
    id: 'move-the-role',
    kind: 'single',
    prompt:
      'orders moves from EKS to ECS on Fargate. On EKS its pods got S3 read access from a ServiceAccount ' +
      'annotated with role orders-app (IRSA). Which ECS configuration lets the orders tasks read ' +
      'settings.json?',
    options: [
      {
        id: 'unchanged',
        text: 'taskRoleArn orders-app; the role as it is',
        explanation:
          'The role trusts only the EKS cluster’s OIDC provider, so ECS cannot assume it and the app finds no credentials.',
        runIt: runOption(ROLE_OPTIONS.unchanged!),
      },
      {
        id: 'trusted',
        text: 'taskRoleArn orders-app, after adding ecs-tasks.amazonaws.com to its trust policy',
        explanation: 'Right: same permissions, and now ECS may assume the role for the task.',
        runIt: runOption(ROLE_OPTIONS.trusted!),
      },
      {
        id: 'execution',
        text: 'executionRoleArn orders-app (trust fixed), no task role',
        explanation:
          'The execution role is what ECS itself uses to pull images and fetch secrets; the app’s SDK never sees it.',
        runIt: runOption(ROLE_OPTIONS.execution!),
      },
      {
        id: 'label',
        text: 'The annotation copied into dockerLabels: eks.amazonaws.com/role-arn',
        explanation: 'A label is only metadata; nothing in ECS reads it for credentials.',
        runIt: runOption(ROLE_OPTIONS.label!),
      },
    ],
    correct: ['trusted'],
    tags: {
      concepts: ['task role', 'IRSA', 'trust policy'],
      exams: ['SAA-C03', 'DVA-C02'],
      facts: ['F85'],
      tasks: ['SAA-1.2', 'DVA-2.1'],
    },
    engineCheck(newSim) {
      return (
        readsAfter(newSim, ROLE_OPTIONS.trusted!) &&
        !readsAfter(newSim, ROLE_OPTIONS.unchanged!) &&
        !readsAfter(newSim, ROLE_OPTIONS.execution!) &&
        !readsAfter(newSim, ROLE_OPTIONS.label!)
      );
    },
  },
  {
    id: 'pod-permissions',
    kind: 'single',
    prompt:
      'Pods of one Deployment on Amazon EKS must read a single S3 bucket; other pods on the same nodes must ' +
      'not. Which is the MOST secure way to grant it?',
    options: [
      {
        id: 'pod-identity',
        text: 'An IAM role for the Deployment’s service account, through EKS Pod Identity or IRSA',
        explanation:
          'Right: only pods using that service account get the role, as only tasks with a task role do in ECS.',
      },
      {
        id: 'node-role',
        text: 'Add S3 read to the node group’s instance role',
        explanation:
          'Every pod on those nodes could use it: the EKS version of giving the instance role to all tasks.',
      },
      {
        id: 'keys-in-secret',
        text: 'Put an IAM user’s access keys in a Kubernetes Secret',
        explanation: 'Long-lived keys to rotate and leak; roles give short-lived credentials.',
      },
      {
        id: 'bucket-public',
        text: 'Allow the bucket from the VPC’s CIDR in its bucket policy',
        explanation: 'Anything in the VPC could then read it.',
      },
    ],
    correct: ['pod-identity'],
    tags: {
      concepts: ['IRSA', 'EKS Pod Identity', 'least privilege'],
      exams: ['SAA-C03', 'DOP-C02'],
      facts: ['F85'],
      tasks: ['SAA-1.2', 'DOP-6.1'],
    },
  },
  {
    id: 'millicores',
    kind: 'single',
    prompt: 'A container asks for cpu: 250m and memory: 512Mi. Which Fargate task size is the same?',
    options: [
      {
        id: '256-512',
        text: 'cpu "256", memory "512"',
        explanation: 'Right: 1024 CPU units are one vCPU, so a quarter is 256; Mi is MiB.',
      },
      {
        id: '250-512',
        text: 'cpu "250", memory "512"',
        explanation: 'ECS counts 1024 units per vCPU, not 1000; Fargate refuses 250.',
      },
      {
        id: '2500-512',
        text: 'cpu "2500", memory "512"',
        explanation: 'That would be about 2.4 vCPUs, and not a Fargate size.',
      },
      {
        id: '256-500',
        text: 'cpu "256", memory "500"',
        explanation: '512Mi is 512 MiB, and Fargate pairs 256 units with 512, 1024 or 2048 MiB only.',
      },
    ],
    correct: ['256-512'],
    tags: { concepts: ['CPU units', 'millicores', 'task size'], exams: ['DVA-C02'], tasks: ['DVA-3.1'] },
    engineCheck(newSim) {
      const sim = newSim(1);
      const register = (cpu: string, memory: string) => () =>
        sim.call('ecs', 'RegisterTaskDefinition', {
          family: `size-${cpu}-${memory}`,
          requiresCompatibilities: ['FARGATE'],
          networkMode: 'awsvpc',
          cpu,
          memory,
          containerDefinitions: [{ name: 'app', image: 'nginx:latest' }],
        });
      return (
        !refusedBy(register('256', '512')) &&
        refusedBy(register('250', '512')) &&
        refusedBy(register('2500', '512'))
      );
    },
  },
  {
    id: 'daemonset',
    kind: 'single',
    prompt:
      'On EKS a log agent runs as a DaemonSet on every node. The workloads move to ECS on EC2 container ' +
      'instances. How do you keep exactly one agent per instance with the LEAST operational overhead?',
    options: [
      {
        id: 'daemon',
        text: 'An ECS service with the DAEMON scheduling strategy',
        explanation: 'Right: one task on each instance, started on new instances and stopped with old ones.',
      },
      {
        id: 'replica-distinct',
        text: 'A REPLICA service with distinctInstance and desiredCount set to the instance count',
        explanation: 'One per instance only while someone keeps the count in step with the cluster.',
      },
      {
        id: 'fargate',
        text: 'A DAEMON service on Fargate',
        explanation:
          'Fargate has no instances to run a daemon on; ECS refuses DAEMON there, as EKS Fargate has no DaemonSets.',
      },
      {
        id: 'user-data',
        text: 'docker run in each instance’s user data',
        explanation: 'Works, but outside ECS: no restarts, no deployments, no view in the service.',
      },
    ],
    correct: ['daemon'],
    tags: {
      concepts: ['DaemonSet', 'DAEMON service'],
      exams: ['SOA-C03', 'DOP-C02'],
      facts: ['F85'],
      tasks: ['SOA-3.1', 'DOP-3.2'],
    },
    engineCheck(newSim) {
      const sim = newSim(1);
      sim.call('ecs', 'CreateCluster', { clusterName: 'logs' });
      for (const az of ['us-east-1a', 'us-east-1b'])
        launchContainerInstances(sim, { cluster: 'logs', instanceType: 't3.medium', availabilityZone: az });
      sim.advance(120);
      sim.call('ecs', 'RegisterTaskDefinition', {
        family: 'agent',
        containerDefinitions: [
          { name: 'agent', image: 'busybox:latest', memory: 64, command: ['sleep', '86400'] },
        ],
      });
      sim.call('ecs', 'CreateService', {
        cluster: 'logs',
        serviceName: 'agent',
        taskDefinition: 'agent',
        schedulingStrategy: 'DAEMON',
      });
      sim.advance(180);
      const running = Object.values(sim.state.ecs.tasks).filter(
        (t) => t.group === 'service:agent' && t.lastStatus === 'RUNNING',
      );
      const perInstance = new Set(running.map((t) => t.containerInstanceArn));
      return running.length === 2 && perInstance.size === 2;
    },
  },
  {
    id: 'control-plane-fee',
    kind: 'multiple',
    prompt:
      'A startup compares the bill for one small environment on Amazon ECS and on Amazon EKS, both on Fargate. ' +
      'Which TWO statements are true?',
    options: [
      {
        id: 'eks-hourly',
        text: 'Each EKS cluster costs a fee per hour, more once its Kubernetes version is in extended support.',
        explanation: 'Right: the control plane is billed per cluster-hour, whatever runs on it.',
      },
      {
        id: 'ecs-free-plane',
        text: 'ECS adds no charge for clusters or services; you pay for the compute the tasks use.',
        explanation: 'Right: Fargate vCPU and memory (or the EC2 instances) are the bill.',
      },
      {
        id: 'eks-fargate-free',
        text: 'An EKS cluster that runs only Fargate pods has no cluster fee.',
        explanation: 'The fee is for the control plane, which exists either way.',
      },
      {
        id: 'ecs-per-service',
        text: 'ECS bills each service per hour.',
        explanation: 'There is no per-service or per-cluster charge in ECS.',
      },
    ],
    correct: ['eks-hourly', 'ecs-free-plane'],
    tags: {
      concepts: ['control-plane fee', 'ECS vs EKS', 'cost'],
      exams: ['SAA-C03'],
      facts: ['F8'],
      tasks: ['SAA-4.2'],
    },
  },
] satisfies QuizItem[];
