import { startOf } from '../../src/course/quizChecks';
import { launchContainerInstances } from '../../src/course/fixtures';
import type { QuizItem } from '../../src/course/types';
import { isAwsError, isoTime, type Simulation } from '../../src/engine/index';
import { breachedMinutes, RESOURCE_ID, SALE_END, webService } from './sale';
import scenario, { resourceLabel } from './scenario';

/** The lesson's start on a fresh simulation. */
const world = startOf(scenario);

const TARGET = {
  ServiceNamespace: 'ecs',
  ResourceId: RESOURCE_ID,
  ScalableDimension: 'ecs:service:DesiredCount',
} as const;

const registerWeb = (sim: Simulation, min: number, max: number) =>
  sim.call('application-autoscaling', 'RegisterScalableTarget', {
    ...TARGET,
    MinCapacity: min,
    MaxCapacity: max,
  });

const trackCpu = (sim: Simulation, target: number) =>
  sim.call('application-autoscaling', 'PutScalingPolicy', {
    ...TARGET,
    PolicyName: `cpu-${target}`,
    PolicyType: 'TargetTrackingScaling',
    TargetTrackingScalingPolicyConfiguration: {
      TargetValue: target,
      PredefinedMetricSpecification: { PredefinedMetricType: 'ECSServiceAverageCPUUtilization' },
    },
  });

const trackRequests = (sim: Simulation, target: number, label: string | undefined) =>
  sim.call('application-autoscaling', 'PutScalingPolicy', {
    ...TARGET,
    PolicyName: `requests-${target}`,
    PolicyType: 'TargetTrackingScaling',
    TargetTrackingScalingPolicyConfiguration: {
      TargetValue: target,
      PredefinedMetricSpecification: {
        PredefinedMetricType: 'ALBRequestCountPerTarget',
        ...(label === undefined ? {} : { ResourceLabel: label }),
      },
    },
  });

/** A scheduled action on `resourceId` that sets the bounds `seconds` from now (an `at` schedule). */
const scheduleIn = (sim: Simulation, resourceId: string, seconds: number, min: number, max: number) =>
  sim.call('application-autoscaling', 'PutScheduledAction', {
    ...TARGET,
    ResourceId: resourceId,
    ScheduledActionName: `bounds-${min}-${max}`,
    Schedule: `at(${isoTime(sim.state, sim.now + seconds).slice(0, 19)})`,
    ScalableTargetAction: { MinCapacity: min, MaxCapacity: max },
  });

const throughSale = (sim: Simulation) => sim.advance(SALE_END + 120 - sim.now);

export default [
  {
    id: 'metric-for-requests',
    kind: 'single',
    prompt:
      'A Fargate API behind an Application Load Balancer spends most of each request waiting on a partner ' +
      'service, so its CPU stays under 30 % even when users see timeouts. Each task handles about 600 requests a ' +
      'minute well. The service must scale with traffic with the LEAST operational overhead. What should the ' +
      'team configure?',
    options: [
      {
        id: 'alb-request-count',
        text: 'A target tracking policy on ALBRequestCountPerTarget with a target value of about 600.',
        explanation:
          'Right: the request count per task rises with the real work, and target tracking creates and manages ' +
          'its own alarms. It needs the target group named in ResourceLabel.',
      },
      {
        id: 'cpu-lower-target',
        text: 'A target tracking policy on ECSServiceAverageCPUUtilization with a target of 20 %.',
        explanation:
          'CPU does not follow this service’s load: it may stay under any target while requests queue, or ' +
          'scale on noise.',
      },
      {
        id: 'step-custom',
        text: 'A step scaling policy on a CloudWatch alarm the team creates on RequestCountPerTarget.',
        explanation:
          'It can work, but the team owns the alarm and the steps: more to build and tune than target tracking.',
      },
      {
        id: 'memory',
        text: 'A target tracking policy on ECSServiceAverageMemoryUtilization.',
        explanation: 'Memory use of a waiting request is small; nothing says it tracks the traffic.',
      },
    ],
    correct: ['alb-request-count'],
    engineCheck(newSim) {
      // ALBRequestCountPerTarget needs the target group in ResourceLabel; with it, the policy is accepted
      const sim = world(newSim);
      registerWeb(sim, 2, 20);
      let refused = false;
      try {
        trackRequests(sim, 600 * 60, undefined);
      } catch (e) {
        refused = isAwsError(e) && e.name === 'ValidationException' && /ResourceLabel/.test(e.message);
      }
      trackRequests(sim, 600 * 60, resourceLabel(sim));
      return refused && Object.keys(sim.state.applicationAutoScaling.policies).length === 1;
    },
    tags: {
      concepts: ['target tracking', 'ALBRequestCountPerTarget'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-3.2', 'DOP-3.2'],
      facts: ['F46'],
    },
  },
  {
    id: 'known-sale',
    kind: 'single',
    prompt:
      'A shop runs its web tier on ECS with target tracking on CPU. A one-time flash sale has been announced for ' +
      'next Tuesday at 18:00; traffic is expected to jump fivefold within a minute. Last time, users saw errors ' +
      'for several minutes while tasks were added. Which change is MOST effective?',
    options: [
      {
        id: 'scheduled',
        text: 'Add scheduled actions: raise MinCapacity shortly before 18:00 and lower it after the sale; keep target tracking.',
        explanation:
          'Right: the capacity is there before the crowd, and target tracking still handles the rest. ' +
          'Scheduled actions ignore cooldowns.',
      },
      {
        id: 'predictive',
        text: 'Switch to predictive scaling.',
        explanation:
          'Predictive scaling forecasts from repeating patterns in past data (it needs at least 24 hours of it); ' +
          'a one-off sale is not in that history.',
      },
      {
        id: 'step-fast',
        text: 'Replace target tracking with step scaling on a 1-minute alarm that adds many tasks at once.',
        explanation:
          'Still reactive: it fires after the jump, and the new tasks then need time to start and pass health ' +
          'checks.',
      },
      {
        id: 'longer-cooldown',
        text: 'Raise the scale-out cooldown so that scaling is steadier.',
        explanation: 'A longer cooldown slows scale-out further; it is the opposite of what the sale needs.',
      },
    ],
    correct: ['scheduled'],
    engineCheck(newSim) {
      const reactive = world(newSim);
      registerWeb(reactive, 2, 20);
      trackCpu(reactive, 60);
      throughSale(reactive);
      const warmed = world(newSim);
      registerWeb(warmed, 2, 20);
      trackCpu(warmed, 60);
      scheduleIn(warmed, RESOURCE_ID, 3000 - warmed.now, 14, 20);
      throughSale(warmed);
      return breachedMinutes(reactive).length > 3 && breachedMinutes(warmed).length === 0;
    },
    tags: {
      concepts: ['scheduled scaling', 'predictive scaling', 'target tracking'],
      exams: ['SAA-C03', 'SOA-C03', 'DOP-C02'],
      tasks: ['SAA-3.2', 'SOA-2.1', 'DOP-3.2'],
      facts: ['F47'],
    },
  },
  {
    id: 'tasks-not-instances',
    kind: 'single',
    prompt:
      'A service on an EC2 cluster of three fixed instances has a target tracking policy (min 3, max 12). ' +
      'Under load its desired count rises to 9, but only 5 tasks run and the service reports it was unable ' +
      'to place a task. Which change MOST directly lets the remaining tasks run?',
    options: [
      {
        id: 'cluster-capacity',
        text: 'Cluster capacity: an Auto Scaling group that grows with the tasks, best through a capacity provider with managed scaling.',
        explanation:
          'Right: service auto scaling only changes the desired count. Instances come from the cluster’s own ' +
          'scaling.',
      },
      {
        id: 'higher-max',
        text: 'A higher MaxCapacity on the scalable target.',
        explanation:
          'The desired count is already 9; raising the ceiling does not create room for the tasks.',
      },
      {
        id: 'second-policy',
        text: 'A second target tracking policy on memory, so that service auto scaling also adds instances.',
        explanation:
          'No service scaling policy launches instances, whatever its metric: it can only set the desired count.',
      },
      {
        id: 'wait-cooldown',
        text: 'Nothing: the remaining tasks start once the scale-out cooldown ends.',
        explanation: 'The cooldown does not create capacity; the tasks wait until instances are added.',
      },
    ],
    correct: ['cluster-capacity'],
    engineCheck(newSim) {
      // three fixed t3.medium instances take 2 tasks of 1.5 GiB each; the policy's bounds ask for 9
      const sim = newSim(1);
      sim.call('ecs', 'CreateCluster', { clusterName: 'fixed' });
      launchContainerInstances(sim, { instanceType: 't3.medium', count: 3, cluster: 'fixed' });
      sim.advance(120);
      sim.call('ecs', 'RegisterTaskDefinition', {
        family: 'api',
        containerDefinitions: [
          { name: 'api', image: 'public.ecr.aws/ecs-sandbox/web:v1', cpu: 256, memory: 1536 },
        ],
      });
      sim.call('ecs', 'CreateService', {
        cluster: 'fixed',
        serviceName: 'api',
        taskDefinition: 'api',
        desiredCount: 3,
      });
      sim.call('application-autoscaling', 'RegisterScalableTarget', {
        ...TARGET,
        ResourceId: 'service/fixed/api',
        MinCapacity: 3,
        MaxCapacity: 12,
      });
      scheduleIn(sim, 'service/fixed/api', 120, 9, 12);
      sim.advance(600);
      const api = Object.values(sim.state.ecs.services).find((s) => s.serviceName === 'api')!;
      const running = Object.values(sim.state.ecs.tasks).filter(
        (t) => t.group === 'service:api' && t.lastStatus === 'RUNNING',
      ).length;
      return (
        api.desiredCount === 9 &&
        running === 6 &&
        Object.keys(sim.state.ec2.instances).length === 3 &&
        api.events.some((e) => e.message.includes('was unable to place a task'))
      );
    },
    tags: {
      concepts: ['service auto scaling', 'cluster capacity'],
      exams: ['SAA-C03', 'SOA-C03'],
      tasks: ['SAA-3.2', 'SOA-2.1'],
      misconceptions: ['M7'],
      facts: ['F48'],
    },
  },
  {
    id: 'two-policies',
    kind: 'single',
    prompt:
      'A service has two target tracking policies: CPU at 60 % and ALBRequestCountPerTarget at 1000. Right now ' +
      'CPU is at 30 % and requests per target are at 1600. What does Application Auto Scaling do?',
    options: [
      {
        id: 'out',
        text: 'It scales out: one policy wanting more tasks is enough.',
        explanation:
          'Right: it scales out if any policy is ready to, and scales in only when every policy (with scale-in ' +
          'on) agrees.',
      },
      {
        id: 'in',
        text: 'It scales in, because CPU is far below its target.',
        explanation: 'Scale-in needs all policies to agree, and the request policy wants more tasks.',
      },
      {
        id: 'nothing',
        text: 'Nothing: the two policies cancel out.',
        explanation: 'They do not cancel; the policy asking for the most capacity wins.',
      },
      {
        id: 'error',
        text: 'The second policy was rejected: a scalable target takes only one target tracking policy.',
        explanation: 'Several target tracking policies are allowed, each on a different metric.',
      },
    ],
    correct: ['out'],
    engineCheck(newSim) {
      // before the sale web's 2 tasks run at about 60 % CPU and 9,000 requests per target a minute
      const sim = world(newSim);
      registerWeb(sim, 2, 20);
      trackCpu(sim, 90);
      trackRequests(sim, 3000, resourceLabel(sim));
      sim.advance(900);
      const outs = Object.values(sim.state.applicationAutoScaling.activities).filter((a) =>
        /triggered policy requests-3000/.test(a.Cause),
      );
      return webService(sim)!.desiredCount > 2 && outs.length > 0;
    },
    tags: {
      concepts: ['target tracking', 'multiple policies'],
      exams: ['DOP-C02', 'SOA-C03'],
      tasks: ['DOP-3.2', 'SOA-2.1'],
      facts: ['F46'],
    },
  },
  {
    id: 'slow-scale-in',
    kind: 'single',
    prompt:
      'After a traffic spike ends, a target-tracked service keeps its 12 tasks for about a quarter of an hour ' +
      'before it shrinks, and then loses them in steps. The team wants to understand this before changing ' +
      'anything. What is the MOST accurate explanation?',
    options: [
      {
        id: 'gradual',
        text: 'Target tracking scales in cautiously: only after the metric has stayed clearly below target for a while, and with a scale-in cooldown (300 s by default) between steps.',
        explanation:
          'Right: scaling in too eagerly would cause flapping, so it waits for a sustained low metric and ' +
          'removes capacity gradually.',
      },
      {
        id: 'broken',
        text: 'The scale-in alarm is broken; delete it so the policy recreates it.',
        explanation:
          'The alarms are created and owned by Application Auto Scaling; editing or deleting them breaks the policy.',
      },
      {
        id: 'deployment',
        text: 'A deployment must be in progress, since scale-in only happens during deployments.',
        explanation: 'The reverse: scale-in is turned off while a deployment is in progress.',
      },
      {
        id: 'min',
        text: 'MinCapacity is 12.',
        explanation: 'Then it would never go below 12; here it does, a while later.',
      },
    ],
    correct: ['gradual'],
    engineCheck(newSim) {
      // the cooldowns default to 300 s when the policy leaves them out
      const sim = world(newSim);
      registerWeb(sim, 2, 20);
      trackCpu(sim, 60);
      const policy = sim.call('application-autoscaling', 'DescribeScalingPolicies', {
        ServiceNamespace: 'ecs',
      }).ScalingPolicies[0]!;
      const config = policy.TargetTrackingScalingPolicyConfiguration!;
      return config.ScaleInCooldown === 300 && config.ScaleOutCooldown === 300;
    },
    tags: {
      concepts: ['target tracking', 'cooldown', 'scale-in'],
      exams: ['SOA-C03', 'DOP-C02'],
      tasks: ['SOA-2.1', 'DOP-3.2'],
      facts: ['F46'],
    },
  },
  {
    id: 'predictive-needs-history',
    kind: 'single',
    prompt:
      'Which kind of scaling policy for an ECS service needs at least 24 hours of metric history before it can ' +
      'act?',
    options: [
      {
        id: 'predictive',
        text: 'Predictive scaling',
        explanation:
          'Right: it forecasts the coming load from past data, so a new service has to build some up first.',
      },
      {
        id: 'target',
        text: 'Target tracking',
        explanation: 'Target tracking reacts to the current metric; it works from the first datapoints.',
      },
      {
        id: 'step',
        text: 'Step scaling',
        explanation: 'Step scaling acts when its CloudWatch alarm fires; it needs no history.',
      },
      {
        id: 'scheduled',
        text: 'Scheduled scaling',
        explanation: 'A scheduled action runs at the time you give, whatever the metrics did.',
      },
    ],
    correct: ['predictive'],
    tags: {
      concepts: ['predictive scaling'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-3.2', 'DOP-3.2'],
      facts: ['F47'],
    },
  },
  {
    id: 'hand-set-desired',
    kind: 'single',
    prompt:
      'A target tracking policy manages a service with MinCapacity 2 and MaxCapacity 10. Before a launch event, ' +
      'an engineer runs `aws ecs update-service --desired-count 8`. The metric stays below target. What ' +
      'happens next?',
    options: [
      {
        id: 'scales-back',
        text: 'Application Auto Scaling scales the service back in over time: it owns the desired count. Raising MinCapacity would have held 8.',
        explanation:
          'Right: a desired count set by hand is just a new starting point for the policy; the bounds are what ' +
          'it respects.',
      },
      {
        id: 'stays',
        text: 'The service keeps 8 tasks until someone changes it again.',
        explanation: 'The policy keeps acting on the metric; with the metric below target, it scales in.',
      },
      {
        id: 'rejected',
        text: 'ECS rejects the update because the service has a scalable target.',
        explanation: 'ECS accepts it; the conflict shows later, when the policy changes the count again.',
      },
      {
        id: 'max-raised',
        text: 'Application Auto Scaling raises MinCapacity to 8 to match.',
        explanation: 'It never changes the bounds; only you or a scheduled action do.',
      },
    ],
    correct: ['scales-back'],
    engineCheck(newSim) {
      const sim = world(newSim);
      registerWeb(sim, 2, 10);
      trackCpu(sim, 60);
      sim.advance(1200);
      sim.call('ecs', 'UpdateService', { cluster: 'shop', service: 'web', desiredCount: 8 });
      sim.advance(900);
      const target = sim.state.applicationAutoScaling.targets[RESOURCE_ID]!;
      return webService(sim)!.desiredCount < 8 && target.MinCapacity === 2;
    },
    tags: {
      concepts: ['Application Auto Scaling', 'desired count', 'MinCapacity'],
      exams: ['SOA-C03', 'DVA-C02'],
      tasks: ['SOA-2.1', 'DVA-4.3'],
      facts: ['F46'],
    },
  },
  {
    id: 'deployment-scale-in',
    kind: 'single',
    prompt:
      'A service with target tracking is in the middle of a rolling deployment when its traffic drops sharply. ' +
      'What does service auto scaling do until the deployment ends?',
    options: [
      {
        id: 'no-scale-in',
        text: 'It does not scale in; it would still scale out if the metric rose.',
        explanation: 'Right: scale-in is turned off while a deployment is in progress, scale-out is not.',
      },
      {
        id: 'scales-in',
        text: 'It scales in as usual.',
        explanation: 'Removing tasks during a rollout would fight the deployment, so scale-in waits.',
      },
      {
        id: 'nothing',
        text: 'Nothing at all: every scaling action waits for the deployment.',
        explanation: 'Only scale-in waits; scale-out continues unless you suspend it.',
      },
    ],
    correct: ['no-scale-in'],
    engineCheck(newSim) {
      // 8 tasks by hand with a new deployment: the low alarm wants fewer, but only after the rollout
      const sim = world(newSim);
      registerWeb(sim, 2, 20);
      trackCpu(sim, 60);
      sim.advance(1200);
      sim.call('ecs', 'UpdateService', {
        cluster: 'shop',
        service: 'web',
        desiredCount: 8,
        forceNewDeployment: true,
      });
      let heldDuringRollout = true;
      let rollingFor = 0;
      for (let s = 0; s < 1800; s += 30) {
        const web = webService(sim)!;
        const rolling = web.deployments.length > 1 || web.deployments[0]!.rolloutState === 'IN_PROGRESS';
        if (!rolling) break;
        rollingFor = s;
        if (web.desiredCount !== 8) heldDuringRollout = false;
        sim.advance(30);
      }
      sim.advance(600);
      return heldDuringRollout && rollingFor >= 120 && webService(sim)!.desiredCount < 8;
    },
    tags: {
      concepts: ['service auto scaling', 'rolling update'],
      exams: ['DOP-C02'],
      tasks: ['DOP-1.4'],
      facts: ['F46'],
    },
  },
] satisfies QuizItem[];
