import { attributeOf, familyOf, goal, instancesOf, met, notYet, tasksWhere } from '../../src/course/goals';
import type { Service, Simulation } from '../../src/engine/index';
import { arnName } from '../../src/lib/arn';

/** Live (not STOPPED) tasks of a family in analytics, each with the type and EC2 id of its instance. */
function live(sim: Simulation, family: string) {
  return tasksWhere(sim, { cluster: 'analytics', family })
    .filter((t) => t.lastStatus !== 'STOPPED')
    .map((t) => {
      const ci = t.containerInstanceArn
        ? sim.state.ecs.containerInstances[t.containerInstanceArn]
        : undefined;
      return {
        task: t,
        type: ci ? (attributeOf(ci, 'ecs.instance-type') ?? '') : '',
        host: ci?.ec2InstanceId ?? '',
      };
    });
}

const isC5 = (type: string) => /^c5\./.test(type);

type Live = ReturnType<typeof live>[number];

/**
 * Why a task's placement did not keep it in the ML pool by rule (undefined when it did): its trace must carry a
 * memberOf constraint under which no instance outside the c5 pool passed every check.
 */
function poolRuleGap(sim: Simulation, m: Live): string | undefined {
  const trace = sim.trace(m.task.taskArn);
  if (!trace) return 'its placement record is gone';
  if (!trace.constraints.some((c) => c.type === 'memberOf')) return 'no memberOf rule';
  const open = trace.candidates.filter((c) => c.passed && !isC5(c.instanceType));
  return open.length > 0 ? `a memberOf rule that still lets ${open[0]!.instanceType} in` : undefined;
}

/** Whether a task was placed under the distinctInstance constraint (read from its placement trace). */
const placedDistinct = (sim: Simulation, m: Live) =>
  sim.trace(m.task.taskArn)?.constraints.some((c) => c.type === 'distinctInstance') === true;

/** ACTIVE services in analytics whose current task definition is the `agent` family. */
const agentServices = (sim: Simulation): Service[] =>
  (Object.values(sim.state.ecs.services) as Service[]).filter(
    (s) =>
      arnName(s.clusterArn) === 'analytics' &&
      s.status === 'ACTIVE' &&
      familyOf(s.deployments[0]?.taskDefinition ?? '') === 'agent',
  );

/** Why no agent service can meet the daemon goal: what runs agent instead (a REPLICA service, RunTask). */
function noDaemonWhy(sim: Simulation, services: ReadonlyArray<Service>): string {
  const replica = services[0];
  if (replica) {
    return (
      `The service ${replica.serviceName} runs agent as a REPLICA service with desired count ${replica.desiredCount}: it ` +
      'keeps a count, and an instance that joins later gets no task from it. Use the DAEMON scheduling strategy.'
    );
  }
  const standalone = tasksWhere(sim, { cluster: 'analytics', family: 'agent' }).filter(
    (t) => t.lastStatus !== 'STOPPED',
  ).length;
  return standalone > 0
    ? `${standalone} agent task${standalone === 1 ? ' was' : 's were'} started by RunTask, once; no service keeps one on each instance.`
    : 'No DAEMON service runs agent in analytics yet.';
}

export default [
  goal({
    id: 'pool-tagged',
    description: 'Every c5 instance in analytics carries the attribute pool=ml, and no other instance does',
    check(sim) {
      const wrong = instancesOf(sim, 'analytics').filter(
        (ci) => isC5(attributeOf(ci, 'ecs.instance-type') ?? '') !== (attributeOf(ci, 'pool') === 'ml'),
      );
      if (wrong.length === 0) return met;
      return notYet(
        wrong
          .map((ci) => {
            const type = attributeOf(ci, 'ecs.instance-type');
            const pool = attributeOf(ci, 'pool');
            return `${ci.ec2InstanceId} (${type}) has ${pool === undefined ? 'no pool attribute' : `pool=${pool}`}`;
          })
          .join('; ') + '.',
      );
    },
    hints: {
      nudge:
        'Compare the two c5 instances: `aws ecs list-container-instances --cluster analytics --filter "attribute:pool == ml"` finds only one.',
      pointer:
        'ECS_INSTANCE_ATTRIBUTES only applies when an instance first registers. For an instance that is already registered, add a custom attribute with PutAttributes.',
      bottomOut:
        "Find ml-2's container instance id, then `aws ecs put-attributes --cluster analytics --attributes name=pool,value=ml,targetType=container-instance,targetId=<id>`.",
    },
  }),
  goal({
    id: 'ml-on-c5',
    description:
      'At least 3 ml tasks are RUNNING, all on c5 instances, placed under a memberOf rule that keeps them off the m5',
    holdFor: 30,
    check(sim) {
      const ml = live(sim, 'ml');
      const elsewhere = ml.filter((m) => !isC5(m.type));
      if (elsewhere.length > 0) {
        return notYet(
          `${elsewhere.length} ml task${elsewhere.length === 1 ? ' runs' : 's run'} outside the ML pool (on ${[
            ...new Set(elsewhere.map((m) => `${m.host} ${m.type}`)),
          ].join(', ')}).`,
        );
      }
      const running = ml.filter((m) => m.task.lastStatus === 'RUNNING');
      if (running.length < 3) return notYet(`${running.length} of 3 ml tasks are RUNNING on c5 instances.`);
      const unruled = running.map((m) => poolRuleGap(sim, m)).filter((gap) => gap !== undefined);
      return unruled.length === 0
        ? met
        : notYet(
            `${unruled.length} of the RUNNING ml tasks landed on c5 instances by chance: their placement had ${unruled[0]}, so the m5 could have been chosen. Place ml so that only the pool can take it.`,
          );
    },
    hints: {
      nudge:
        'Where would ml tasks go with no rule? Try "Why there?" on one, or think about RunTask\'s default.',
      pointer:
        'A memberOf constraint keeps only the instances a cluster-query expression selects: by type (`attribute:ecs.instance-type =~ c5.*`) or by your own attribute (`attribute:pool == ml`). Stop any ml task that landed elsewhere.',
      bottomOut:
        '`aws ecs run-task --cluster analytics --task-definition ml --count 3 --placement-constraints type=memberOf,expression="attribute:pool == ml"` (stop misplaced ml tasks first).',
    },
  }),
  goal({
    id: 'cache-distinct',
    description: 'Exactly 3 cache tasks are RUNNING, each on a different instance by rule (distinctInstance)',
    holdFor: 30,
    check(sim) {
      const cache = live(sim, 'cache');
      if (cache.length !== 3)
        return notYet(`${cache.length} cache tasks are placed; the goal wants exactly 3.`);
      const running = cache.filter((c) => c.task.lastStatus === 'RUNNING').length;
      if (running < 3) return notYet(`${running} of 3 cache tasks are RUNNING.`);
      const hosts = new Set(cache.map((c) => c.host)).size;
      if (hosts !== 3) return notYet(`The 3 cache tasks share ${hosts} instances; each needs its own.`);
      const preferred = cache.filter((c) => !placedDistinct(sim, c)).length;
      return preferred === 0
        ? met
        : notYet(
            `The 3 cache tasks sit on 3 instances, but ${preferred} of them got there without a rule: nothing would stop a fourth from doubling up. Place them under a constraint that forbids sharing.`,
          );
    },
    hints: {
      nudge: 'Count the instances in analytics and compare with how many cache tasks you run.',
      pointer:
        'The distinctInstance constraint allows at most one task of the group per instance. It takes no expression.',
      bottomOut:
        '`aws ecs run-task --cluster analytics --task-definition cache --count 3 --placement-constraints type=distinctInstance` (stop extra cache tasks first).',
    },
  }),
  goal({
    id: 'agent-everywhere',
    description:
      'A DAEMON service runs exactly one agent task on every ACTIVE instance of analytics, including an instance ' +
      'that joined after the service was created',
    holdFor: 30,
    check(sim) {
      const services = agentServices(sim);
      const daemon = services.find((s) => s.schedulingStrategy === 'DAEMON');
      if (!daemon) return notYet(noDaemonWhy(sim, services));
      const group = `service:${daemon.serviceName}`;
      const instances = instancesOf(sim, 'analytics');
      const running = (arn: string) =>
        tasksWhere(sim, { cluster: 'analytics', status: 'RUNNING' }).filter(
          (t) => t.group === group && t.containerInstanceArn === arn,
        ).length;
      const missing = instances.filter((ci) => running(ci.containerInstanceArn) === 0);
      if (missing.length > 0) {
        return notYet(
          `${missing.length} of ${instances.length} ACTIVE instances run no ${daemon.serviceName} task yet ` +
            `(${missing.map((ci) => ci.ec2InstanceId).join(', ')}). A new instance gets one within a minute or so of ` +
            'registering, unless a placement constraint of the service keeps it off.',
        );
      }
      const doubled = instances.filter((ci) => running(ci.containerInstanceArn) > 1);
      if (doubled.length > 0)
        return notYet(`${doubled[0]!.ec2InstanceId} runs more than one ${daemon.serviceName} task.`);
      const joined = instances.filter((ci) => ci.registeredAt > daemon.createdAt);
      return joined.length > 0
        ? met
        : notYet(
            `All ${instances.length} ACTIVE instances run one ${daemon.serviceName} task. Now add an instance to ` +
              'analytics and watch it get one too.',
          );
    },
    hints: {
      nudge: 'Look at the schedulingStrategy member of CreateService (`aws ecs create-service help`).',
      pointer:
        'A DAEMON service takes no desired count: it places one task on every ACTIVE container instance, and ' +
        'starts one on each instance that joins. Then launch an instance as in lesson 4, with ' +
        'ECS_CLUSTER=analytics in its user data.',
      bottomOut:
        '`aws ecs create-service --cluster analytics --service-name agent --task-definition agent ' +
        '--scheduling-strategy DAEMON`, then `aws ec2 run-instances --image-id ' +
        'resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id --instance-type ' +
        'm5.large --iam-instance-profile Name=ecsInstanceRole --cli-input-json \'{"UserData": ' +
        '"#!/bin/bash\\necho ECS_CLUSTER=analytics >> /etc/ecs/ecs.config"}\'` and let three minutes pass.',
    },
  }),
];
