import { goal, met } from '../../src/course/goals';
import type { GoalResult } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';
import {
  albIp,
  canaryRollback,
  dbSecret,
  execNoSsh,
  insights,
  leastPrivilege,
  mediaOnEfs,
  onDemandBase,
  pricingByName,
  twoAzs,
} from './checks';
import { CANARY_LIMIT } from './tickets';

/** The first of `checks` that is not met, or met. */
const all =
  (...checks: ReadonlyArray<(sim: Simulation) => GoalResult>) =>
  (sim: Simulation): GoalResult => {
    for (const c of checks) {
      const r = c(sim);
      if (!r.met) return r;
    }
    return met;
  };

/**
 * The brief's ten requirements (curriculum L24) as five goals of two each, so a goal names one area of the
 * design: placement and cost, the two traffic paths, data, access, release and watching.
 */
export default [
  goal({
    id: 'zones-and-cost',
    description:
      'api (4 tasks) and pricing (2) run in at least two AZs; api keeps 2 tasks on FARGATE and the rest on FARGATE_SPOT',
    holdFor: 60,
    check: all(twoAzs, onDemandBase),
    hints: {
      nudge:
        'Where does a Fargate task land, and what decides whether it runs on on-demand or Spot capacity? Neither is ' +
        'in the task definition.',
      pointer:
        'Fargate spreads a service over the AZs of the subnets in awsvpcConfiguration: one subnet, one AZ. A capacity ' +
        'provider strategy keeps a base on one provider and splits the rest by weight (associate FARGATE and ' +
        'FARGATE_SPOT with the cluster first).',
      bottomOut:
        'Give both services the default subnets of us-east-1a and us-east-1b, and api capacityProviderStrategy ' +
        '[{FARGATE, base 2, weight 0}, {FARGATE_SPOT, weight 1}] instead of a launchType.',
    },
  }),
  goal({
    id: 'traffic-paths',
    description:
      'tickets-alb reaches every api task as an ip target; api reaches pricing by name through Service Connect, with no load balancer for pricing',
    holdFor: 60,
    check: all(albIp, pricingByName),
    hints: {
      nudge:
        'A Fargate task has its own ENI and address, and a replaced task takes that address with it. How do the ' +
        'public side and api find the tasks?',
      pointer:
        'Target groups of TargetType ip for awsvpc tasks. For pricing: a namespace, pricing as a Service Connect ' +
        'client-server (a named port mapping, a client alias), api as a client with PRICING_URL set to the alias. ' +
        'Create pricing first: clients learn the names that exist when they start.',
      bottomOut:
        'CreateTargetGroup api-blue and api-green (HTTP 8080, ip), HTTPS listeners 443 and 8443 forwarding to them; ' +
        'CreateHttpNamespace tickets; pricing with port name http and clientAliases [{port 8080, dnsName pricing}]; ' +
        'api with {enabled, namespace tickets} and PRICING_URL=http://pricing:8080.',
    },
  }),
  goal({
    id: 'media-and-secret',
    description:
      'Every api task mounts tickets-media (EFS) at /srv/media, seen from two AZs, and gets DB_PASSWORD from the secret tickets/db',
    holdFor: 60,
    check: all(mediaOnEfs, dbSecret),
    hints: {
      nudge:
        'Who sees a file one task saves, and who can read the password in the draft? (Anyone allowed to describe ' +
        'the task definition.)',
      pointer:
        'An efsVolumeConfiguration volume is shared by tasks in every AZ that has a mount target. secrets[] in the ' +
        'container definition is read at start by the execution role, which needs secretsmanager:GetSecretValue.',
      bottomOut:
        'CreateMountTarget for tickets-media in us-east-1b; volume media with efsVolumeConfiguration ' +
        '{fileSystemId}; secrets [{name DB_PASSWORD, valueFrom <secret ARN>:password::}] with DB_PASSWORD out of ' +
        'environment; a policy on tickets-execution allowing GetSecretValue on the secret.',
    },
  }),
  goal({
    id: 'roles-and-access',
    description:
      'api and pricing each have their own task role allowing only what they use; ECS Exec works on every task and no container publishes port 22',
    holdFor: 60,
    check: all(leastPrivilege, execNoSsh),
    hints: {
      nudge:
        'The draft’s tickets-app may do anything, and the image opens port 22. What does each app really call, and ' +
        'how else can you get a shell in a Fargate task?',
      pointer:
        'One task role per service with only the four ssmmessages actions ECS Exec needs; the secret and the pull ' +
        'belong to the execution role. enableExecuteCommand on the services (tasks started afterwards get the ' +
        'agent); Exec needs no inbound port.',
      bottomOut:
        'CreateRole api-task and pricing-task (trust ecs-tasks.amazonaws.com), each with a policy allowing the ' +
        'ssmmessages Create/Open Control/Data Channel actions; taskRoleArn set to them; no portMappings entry for ' +
        '22; enableExecuteCommand true on both services.',
    },
  }),
  goal({
    id: 'safe-release',
    description: `Container Insights is on for tickets, and v2.1 reaches at most ${CANARY_LIMIT} % of production before an alarm rolls it back`,
    check: all(insights, canaryRollback),
    hints: {
      nudge:
        'Per-task metrics come from a cluster setting. And a rolling update shares traffic by task count: what sends ' +
        'exactly one request in ten to the new build, and what turns it back?',
      pointer:
        'Cluster setting containerInsights (enabled, or enhanced; UpdateClusterSettings changes it). strategy CANARY ' +
        '(canaryPercent 10) with advancedConfiguration on the load balancer (the 443 and 8443 listeners’ default ' +
        'rules, from elbv2 DescribeRules), plus an alarm on the ALB’s HTTPCode_Target_5XX_Count in ' +
        'deploymentConfiguration.alarms with rollback. The circuit breaker does not help: it belongs to rolling ' +
        'updates and counts tasks that fail to start, and v2.1 starts fine.',
      bottomOut:
        'CreateCluster with settings [{containerInsights, enhanced}] (or UpdateClusterSettings); PutMetricAlarm api-5xx (AWS/ApplicationELB, ' +
        'HTTPCode_Target_5XX_Count, LoadBalancer app/tickets-alb/…, Sum, 60 s, > 5); api with strategy CANARY, ' +
        'canaryConfiguration {10, 5 min}, bakeTimeInMinutes 5, alarms {[api-5xx], enable, rollback}; sim SetLoad ' +
        '20 rps; then register the v2.1 revision and update api.',
    },
  }),
];
