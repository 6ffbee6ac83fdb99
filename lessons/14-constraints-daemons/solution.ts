import { containerInstancesInput } from '../../src/course/fixtures';
import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import { containerInstanceNamed } from './scenario';

/** ml-2's container instance id exists only once the scenario has run, so the input is computed then. */
const tagMl2 = call('ecs', 'PutAttributes', (sim) => ({
  cluster: 'analytics',
  attributes: [
    {
      name: 'pool',
      value: 'ml',
      targetType: 'container-instance',
      targetId: containerInstanceNamed(sim, 'ml-2'),
    },
  ],
}));

/** The DAEMON service `agent`: one agent task on every ACTIVE instance, no desired count. */
export const createAgentDaemon = call('ecs', 'CreateService', {
  cluster: 'analytics',
  serviceName: 'agent',
  taskDefinition: 'agent',
  schedulingStrategy: 'DAEMON',
});

/** One more general-purpose instance joins analytics (its agent registers about two minutes later). */
export const addGeneralInstance = call(
  'ec2',
  'RunInstances',
  containerInstancesInput({ cluster: 'analytics', instanceType: 'm5.large', availabilityZone: 'us-east-1a' }),
);

/**
 * Tag ml-2, keep ml in the pool with memberOf, ask for 5 distinct cache tasks (3 place, 2 fail), start the agent
 * daemon, then add an instance and let the daemon reach it.
 */
export default [
  tagMl2,
  call('ecs', 'RunTask', {
    cluster: 'analytics',
    taskDefinition: 'ml',
    count: 3,
    placementConstraints: [{ type: 'memberOf', expression: 'attribute:pool == ml' }],
  }),
  call('ecs', 'RunTask', {
    cluster: 'analytics',
    taskDefinition: 'cache',
    count: 5,
    placementConstraints: [{ type: 'distinctInstance' }],
  }),
  wait(60),
  createAgentDaemon,
  wait(60),
  addGeneralInstance,
  wait(180),
] satisfies Step[];

/**
 * The constraint lives in an ml revision, selecting by instance type; cache asks for exactly 3 distinct tasks
 * and then 2 more, which distinctInstance refuses. The daemon comes first, and the ML pool grows by a c5 that
 * registers with pool=ml: the daemon reaches it too.
 */
export const alternatives: Step[][] = [
  [
    call('ecs', 'CreateService', {
      cluster: 'analytics',
      serviceName: 'node-agent',
      taskDefinition: 'agent:1',
      launchType: 'EC2',
      schedulingStrategy: 'DAEMON',
    }),
    tagMl2,
    call('ecs', 'RegisterTaskDefinition', {
      family: 'ml',
      containerDefinitions: [
        { name: 'ml', image: 'public.ecr.aws/ecs-sandbox/web:v1', cpu: 1024, memoryReservation: 2048 },
      ],
      placementConstraints: [{ type: 'memberOf', expression: 'attribute:ecs.instance-type =~ c5.*' }],
    }),
    call('ecs', 'RunTask', { cluster: 'analytics', taskDefinition: 'ml:2', count: 3 }),
    call('ecs', 'RunTask', {
      cluster: 'analytics',
      taskDefinition: 'cache',
      count: 3,
      placementConstraints: [{ type: 'distinctInstance' }],
    }),
    wait(30),
    call('ecs', 'RunTask', {
      cluster: 'analytics',
      taskDefinition: 'cache',
      count: 2,
      placementConstraints: [{ type: 'distinctInstance' }],
    }),
    wait(60),
    call(
      'ec2',
      'RunInstances',
      containerInstancesInput({
        cluster: 'analytics',
        instanceType: 'c5.xlarge',
        availabilityZone: 'us-east-1c',
        extraConfig: { ECS_INSTANCE_ATTRIBUTES: '{"pool":"ml"}' },
      }),
    ),
    wait(240),
  ],
];
