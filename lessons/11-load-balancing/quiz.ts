import { call, wait } from '../../src/course/steps';
import type { QuizItem, RunIt } from '../../src/course/types';
import { isAwsError, type Simulation } from '../../src/engine/index';
import scenario, { CLUSTER, SERVICE, unhealthyReplacements, webContainer, webTargetGroup } from './scenario';

/** The lesson's start: web:1 on host port 80, desired 4, on two instances behind web-tg. */
/** "Run it" for many-copies-per-instance: web's next revision with `change`, deployed to the service. */
const webWith = (change: { hostPort: number; networkMode?: 'host' }): RunIt => ({
  steps: [
    call('ecs', 'RegisterTaskDefinition', {
      family: 'web',
      ...(change.networkMode ? { networkMode: change.networkMode } : {}),
      containerDefinitions: [webContainer('v1', change.hostPort)],
    }),
    call('ecs', 'UpdateService', { cluster: CLUSTER, service: SERVICE, taskDefinition: 'web:2' }),
    wait(300),
  ],
  advance: 120,
  look: 'how many of the 4 tasks run on the 2 instances, and the target group’s healthy targets',
});

function lessonStart(newSim: (seed: number) => Simulation): Simulation {
  const sim = newSim(scenario.seed);
  scenario.build(sim);
  return sim;
}

/** Rolls service web out to the image `tag` with a dynamic host port and `grace` seconds; returns the ARN. */
function rollOut(sim: Simulation, tag: string, grace: number): string {
  const td = sim.call('ecs', 'RegisterTaskDefinition', {
    family: 'web',
    containerDefinitions: [webContainer(tag, 0)],
  }).taskDefinition.taskDefinitionArn;
  sim.call('ecs', 'UpdateService', {
    cluster: CLUSTER,
    service: SERVICE,
    taskDefinition: td,
    healthCheckGracePeriodSeconds: grace,
  });
  return td;
}

/** RUNNING tasks of a task definition that the scheduler keeps. */
const runningOf = (sim: Simulation, td: string) =>
  Object.values(sim.state.ecs.tasks).filter(
    (t) => t.taskDefinitionArn === td && t.lastStatus === 'RUNNING' && t.desiredStatus === 'RUNNING',
  );

/** How many web tasks the scheduler decided to replace for failing ELB health checks. */
const elbKills = (sim: Simulation) => unhealthyReplacements(sim, 0).length;

export default [
  {
    id: 'many-copies-per-instance',
    kind: 'single',
    prompt:
      'A web app runs as an ECS service on EC2 instances in bridge network mode. Traffic is growing and the ' +
      'instances have spare CPU and memory, but each runs only one copy because the container maps host port ' +
      '80. Which change is the MOST cost-effective way to run several copies on each instance behind a load ' +
      'balancer?',
    options: [
      {
        id: 'alb-dynamic',
        text: 'Set hostPort to 0 and put the service behind an Application Load Balancer target group of type instance.',
        explanation:
          'Right: Docker gives each task its own host port from the ephemeral range, and ECS registers each as instance id + port.',
        runIt: webWith({ hostPort: 0 }),
      },
      {
        id: 'more-instances',
        text: 'Add instances to the Auto Scaling group so that each copy gets its own.',
        explanation: 'It works, but you pay for instances while the spare capacity stays idle.',
      },
      {
        id: 'clb',
        text: 'Keep host port 80 and move the service to a Classic Load Balancer with more listeners.',
        explanation:
          'A Classic Load Balancer sends to one fixed instance port; host port 80 still fits once per instance.',
      },
      {
        id: 'host-mode',
        text: 'Switch to host network mode so that the containers share the instance’s port 80.',
        explanation:
          'In host mode the container binds the instance port directly: still one task per port per instance.',
        runIt: webWith({ hostPort: 8080, networkMode: 'host' }),
      },
    ],
    correct: ['alb-dynamic'],
    tags: {
      concepts: ['dynamic host port', 'Application Load Balancer'],
      exams: ['SAA-C03', 'SOA-C03'],
      tasks: ['SAA-4.2', 'SOA-2.2'],
      misconceptions: ['M12'],
      facts: ['F26', 'F29'],
    },
    engineCheck(newSim) {
      const sim = lessonStart(newSim);
      const td = rollOut(sim, 'v1', 0);
      sim.advance(600);
      const tasks = runningOf(sim, td);
      const ports = tasks.map((t) => t.containers[0]!.networkBindings[0]!.hostPort);
      const hosts = new Set(tasks.map((t) => t.containerInstanceArn)).size;
      return tasks.length === 4 && hosts === 2 && new Set(ports).size >= 2 && ports.every((p) => p >= 32768);
    },
  },
  {
    id: 'static-port-stall',
    kind: 'single',
    prompt:
      'A service asks for 4 tasks on a cluster of 2 instances with plenty of CPU and memory. Its container maps ' +
      'containerPort 8080 to hostPort 80 in bridge mode. What do you see?',
    options: [
      {
        id: 'two-event',
        text: '2 tasks run; the service keeps logging that it was unable to place a task because an instance is already using a required port.',
        explanation:
          'Right: a static host port fits once per instance; the scheduler retries and logs the reason.',
      },
      {
        id: 'four',
        text: '4 tasks run: the ALB spreads the traffic, so they can share port 80.',
        explanation: 'The load balancer does not share a port on the instance; Docker can bind it only once.',
      },
      {
        id: 'pending',
        text: '4 tasks start; 2 stay PENDING until port 80 frees up.',
        explanation:
          'A service does not create tasks it cannot place; it logs an event and tries again later.',
      },
      {
        id: 'rejected',
        text: 'CreateService is rejected because desiredCount is larger than the number of instances.',
        explanation: 'ECS accepts any desired count; placement decides what can run.',
      },
    ],
    correct: ['two-event'],
    tags: {
      concepts: ['static host port', 'placement'],
      exams: ['SAA-C03', 'SOA-C03'],
      tasks: ['SAA-2.1', 'SOA-5.3'],
      misconceptions: ['M12'],
      facts: ['F29'],
    },
    engineCheck(newSim) {
      const sim = lessonStart(newSim);
      const service = sim.call('ecs', 'DescribeServices', { cluster: CLUSTER, services: [SERVICE] })
        .services[0]!;
      return (
        service.runningCount === 2 &&
        service.pendingCount === 0 &&
        service.events.some((e) => e.message.includes('is already using a port required by your task'))
      );
    },
  },
  {
    id: 'awsvpc-target-type',
    kind: 'single',
    prompt:
      'A team moves a service from EC2 bridge mode to AWS Fargate and keeps its existing target group of type ' +
      'instance. Creating the service fails. What is the MOST direct fix?',
    options: [
      {
        id: 'ip',
        text: 'Create a target group of type ip and use it for the service.',
        explanation:
          'Right: awsvpc tasks (all Fargate tasks) have their own ENI, so ECS registers the task IP and container port.',
      },
      {
        id: 'host-port-0',
        text: 'Set hostPort to 0 in the task definition.',
        explanation: 'awsvpc has no dynamic host ports: the host port must equal the container port.',
      },
      {
        id: 'nlb',
        text: 'Replace the ALB with a Network Load Balancer.',
        explanation: 'An NLB needs target type ip for awsvpc tasks just the same.',
      },
      {
        id: 'bridge',
        text: 'Set networkMode to bridge in the Fargate task definition.',
        explanation: 'Fargate requires awsvpc.',
      },
    ],
    correct: ['ip'],
    tags: {
      concepts: ['target type', 'awsvpc', 'Fargate'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-2.1', 'DOP-3.1'],
      misconceptions: ['M11'],
      facts: ['F28'],
    },
    engineCheck(newSim) {
      const sim = lessonStart(newSim);
      sim.call('ecs', 'RegisterTaskDefinition', {
        family: 'vpcweb',
        networkMode: 'awsvpc',
        containerDefinitions: [{ ...webContainer('v1', 8080) }],
      });
      const subnets = Object.values(sim.state.ec2.subnets).map((s) => s.SubnetId);
      try {
        sim.call('ecs', 'CreateService', {
          cluster: CLUSTER,
          serviceName: 'vpcweb',
          taskDefinition: 'vpcweb',
          desiredCount: 2,
          networkConfiguration: { awsvpcConfiguration: { subnets } },
          loadBalancers: [{ targetGroupArn: webTargetGroup(sim), containerName: 'web', containerPort: 8080 }],
        });
        return false;
      } catch (e) {
        return (
          isAwsError(e) && e.name === 'InvalidParameterException' && /target type instance/.test(e.message)
        );
      }
    },
  },
  {
    id: 'deregistration-delay',
    kind: 'single',
    prompt:
      'Every rolling deployment of an ECS service behind an ALB takes at least 5 minutes longer than starting ' +
      'the new tasks does; the old tasks sit in draining. Requests to the app finish within 2 seconds. Which ' +
      'change MOST reduces the deployment time?',
    options: [
      {
        id: 'lower-delay',
        text: 'Lower the target group’s deregistration delay (deregistration_delay.timeout_seconds) from its default of 300 s to about 30 s.',
        explanation:
          'Right: ECS waits for the old targets to drain for that long before stopping them; short requests need little time.',
      },
      {
        id: 'grace',
        text: 'Raise the service’s healthCheckGracePeriodSeconds.',
        explanation: 'The grace period protects starting tasks; it does not shorten draining.',
      },
      {
        id: 'stop-timeout',
        text: 'Lower stopTimeout in the container definition.',
        explanation: 'stopTimeout counts from the stop signal, which comes after the draining is over.',
      },
      {
        id: 'max-percent',
        text: 'Lower maximumPercent to 100.',
        explanation:
          'That forces ECS to stop old tasks before starting new ones; every old task still drains first.',
      },
    ],
    correct: ['lower-delay'],
    tags: {
      concepts: ['deregistration delay', 'rolling update'],
      exams: ['SOA-C03', 'DOP-C02'],
      tasks: ['SOA-2.2', 'DOP-1.4'],
      misconceptions: ['M18'],
      facts: ['F33'],
    },
    engineCheck(newSim) {
      const sim = lessonStart(newSim);
      const attributes = sim.call('elbv2', 'DescribeTargetGroupAttributes', {
        TargetGroupArn: webTargetGroup(sim),
      }).Attributes;
      return attributes.some((a) => a.Key === 'deregistration_delay.timeout_seconds' && a.Value === '300');
    },
  },
  {
    id: 'grace-period',
    kind: 'single',
    prompt:
      'A Java service behind an ALB needs about 3 minutes to warm up. After each deployment, ECS stops the new ' +
      'tasks with "Task failed ELB health checks" and starts others, and the deployment never finishes. The ' +
      'app is fine once warm. Which change MOST directly fixes this?',
    options: [
      {
        id: 'grace',
        text: 'Set healthCheckGracePeriodSeconds on the service to cover the warm-up and the checks the target then needs to pass.',
        explanation:
          'Right: during the grace period the scheduler ignores failing health checks of a new task.',
      },
      {
        id: 'dereg',
        text: 'Raise the target group’s deregistration delay.',
        explanation: 'That only keeps stopping targets longer in draining.',
      },
      {
        id: 'desired',
        text: 'Raise the desired count so that some tasks survive.',
        explanation: 'Every new task is stopped the same way; more of them do not help.',
      },
      {
        id: 'circuit-breaker',
        text: 'Turn on the deployment circuit breaker.',
        explanation:
          'The breaker would stop and roll back the failing deployment; it would not let the new version run.',
      },
    ],
    correct: ['grace'],
    tags: {
      concepts: ['health check grace period'],
      exams: ['SOA-C03', 'DVA-C02', 'DOP-C02'],
      tasks: ['SOA-2.2', 'DVA-3.4', 'DOP-1.4'],
      facts: ['F33'],
    },
    engineCheck(newSim) {
      const without = lessonStart(newSim);
      rollOut(without, 'slow', 0);
      without.advance(600);
      const withGrace = lessonStart(newSim);
      const td = rollOut(withGrace, 'slow', 300);
      withGrace.advance(600);
      return elbKills(without) > 0 && elbKills(withGrace) === 0 && runningOf(withGrace, td).length === 4;
    },
  },
  {
    id: 'sg-ephemeral-range',
    kind: 'single',
    prompt:
      'After a service switched to dynamic host ports, all of its ALB targets are unhealthy. The container ' +
      'instances’ security group allows TCP 80 from the ALB’s security group. Which change restores the ' +
      'targets in the MOST secure way?',
    options: [
      {
        id: 'ephemeral',
        text: 'Allow TCP on the ephemeral port range (e.g. 32768–65535) from the ALB’s security group to the instances.',
        explanation:
          'Right: the ALB now sends traffic and health checks to ports Docker picked from that range.',
      },
      {
        id: 'world-80',
        text: 'Allow TCP 80 from 0.0.0.0/0 on the instances.',
        explanation: 'Nothing listens on 80 any more, and opening the instances to the internet is needless.',
      },
      {
        id: 'ip-type',
        text: 'Recreate the target group with target type ip.',
        explanation: 'Bridge tasks register by instance; the type is not the problem, the blocked ports are.',
      },
      {
        id: 'health-port',
        text: 'Set the target group’s health check port to 80.',
        explanation:
          'Then the checks would go to a port no task listens on, and traffic would still be blocked.',
      },
    ],
    correct: ['ephemeral'],
    tags: {
      concepts: ['security groups', 'dynamic host port'],
      exams: ['SAA-C03', 'SOA-C03'],
      tasks: ['SAA-1.2', 'SOA-5.3'],
      misconceptions: ['M13'],
      facts: ['F27'],
    },
  },
  {
    id: 'classic-lb-static',
    kind: 'single',
    prompt:
      'An older ECS service on EC2 sits behind a Classic Load Balancer. The team wants path-based routing ' +
      'and several tasks of the service on each instance. Which solution meets these requirements with the ' +
      'LEAST operational overhead?',
    options: [
      {
        id: 'alb',
        text: 'Move the service to an Application Load Balancer target group and use dynamic host ports.',
        explanation: 'Right: ALB target groups track instance + port per task and support path rules.',
      },
      {
        id: 'clb-port-0',
        text: 'Keep the Classic Load Balancer and set hostPort to 0.',
        explanation:
          'A Classic Load Balancer needs the same fixed instance port on every instance; it cannot follow dynamic ports.',
      },
      {
        id: 'clb-listeners',
        text: 'Add one Classic Load Balancer listener per task.',
        explanation: 'Listeners map to fixed instance ports, and Classic has no path-based routing.',
      },
      {
        id: 'distinct',
        text: 'Add a distinctInstance placement constraint.',
        explanation: 'That allows at most one task per instance: the opposite of the goal.',
      },
    ],
    correct: ['alb'],
    tags: {
      concepts: ['Classic Load Balancer', 'Application Load Balancer'],
      exams: ['SAA-C03'],
      tasks: ['SAA-2.1'],
      facts: ['F26', 'F32'],
    },
  },
] satisfies ReadonlyArray<QuizItem>;
