import { describe, expect, it } from 'vitest';
import { notSimulatedMembers } from '../../../../src/engine';
import { createService, serviceWorld } from '../../services/world';
import { refused } from './serviceHelpers';

describe('CreateService', () => {
  it('returns the service with its first deployment, the defaults filled in', () => {
    const { sim, v1 } = serviceWorld(1);
    const service = createService(sim, { desiredCount: 2 }) as unknown as Record<string, unknown> & {
      deployments: Array<Record<string, unknown>>;
    };
    expect(service).toMatchObject({
      serviceArn: 'arn:aws:ecs:us-east-1:123456789012:service/default/web',
      serviceName: 'web',
      clusterArn: 'arn:aws:ecs:us-east-1:123456789012:cluster/default',
      status: 'ACTIVE',
      desiredCount: 2,
      runningCount: 0,
      pendingCount: 0,
      launchType: 'EC2',
      taskDefinition: v1,
      schedulingStrategy: 'REPLICA',
      healthCheckGracePeriodSeconds: 0,
      deploymentController: { type: 'ECS' },
      deploymentConfiguration: {
        minimumHealthyPercent: 100,
        maximumPercent: 200,
        deploymentCircuitBreaker: { enable: false, rollback: false },
      },
    });
    expect(service.deployments).toEqual([
      expect.objectContaining({
        status: 'PRIMARY',
        taskDefinition: v1,
        desiredCount: 2,
        runningCount: 0,
        pendingCount: 0,
        failedTasks: 0,
        rolloutState: 'IN_PROGRESS',
        launchType: 'EC2',
      }),
    ]);
  });

  it('gives a DAEMON service the DAEMON defaults and a task on every instance', () => {
    const { sim } = serviceWorld(2);
    const service = (
      sim.callByName('ecs', 'CreateService', {
        serviceName: 'agent',
        taskDefinition: 'web',
        schedulingStrategy: 'DAEMON',
      }) as {
        service: { deploymentConfiguration: { minimumHealthyPercent: number; maximumPercent: number } };
      }
    ).service;
    expect(service.deploymentConfiguration).toMatchObject({ minimumHealthyPercent: 0, maximumPercent: 100 });
    sim.advance(5);
    const tasks = Object.values(sim.state.ecs.tasks).filter((t) => t.group === 'service:agent');
    expect(tasks).toHaveLength(6);
    expect(new Set(tasks.map((t) => t.containerInstanceArn)).size).toBe(6);
  });

  it.each([
    [
      { schedulingStrategy: 'DAEMON' },
      'InvalidParameterException',
      /^The daemon scheduling strategy does not support a desired count for services\. Remove the desired count value and try again/,
    ],
    [
      {
        schedulingStrategy: 'DAEMON',
        desiredCount: undefined,
        placementStrategy: [{ type: 'binpack', field: 'memory' }],
      },
      'InvalidParameterException',
      /^The daemon scheduling strategy does not support placement strategies\. Remove the placement strategy and try again/,
    ],
    [{ desiredCount: undefined }, 'InvalidParameterException', /desiredCount is required/],
    [{ taskDefinition: 'nope' }, 'ClientException', /^Unable to describe task definition\./],
    [{ cluster: 'elsewhere' }, 'ClusterNotFoundException', /Cluster not found/],
    [{ serviceName: 'bad name' }, 'InvalidParameterException', /serviceName/],
    [
      {
        deploymentConfiguration: { maximumPercent: 150 },
        schedulingStrategy: 'DAEMON',
        desiredCount: undefined,
      },
      'InvalidParameterException',
      /maximumPercent must be 100/,
    ],
    [
      { deploymentConfiguration: { strategy: 'BLUE_GREEN' } },
      'InvalidParameterException',
      /bakeTimeInMinutes is required with strategy BLUE_GREEN/,
    ],
    [{ launchType: 'FARGATE' }, 'ClientException', /does not support launch_type FARGATE/],
    [
      { loadBalancers: [{ targetGroupArn: 'arn:tg', containerName: 'web', containerPort: 9999 }] },
      'InvalidParameterException',
      /^The container web did not have a container port 9999 defined\./,
    ],
    [
      { loadBalancers: [{ targetGroupArn: 'arn:tg', containerName: 'api', containerPort: 8080 }] },
      'InvalidParameterException',
      /no container named 'api'/,
    ],
  ])('refuses %j', (extra, name, message) => {
    const { sim } = serviceWorld(1);
    refused(
      sim,
      'CreateService',
      { serviceName: 'web', taskDefinition: 'web', desiredCount: 2, ...extra },
      name,
      message,
    );
  });

  it('refuses awsvpc without networkConfiguration, in ECS words', () => {
    const { sim } = serviceWorld(1);
    sim.callByName('ecs', 'RegisterTaskDefinition', {
      family: 'vpc',
      networkMode: 'awsvpc',
      containerDefinitions: [
        { name: 'web', image: 'public.ecr.aws/ecs-sandbox/web:v1', cpu: 128, memory: 256 },
      ],
    });
    refused(
      sim,
      'CreateService',
      { serviceName: 'vpc', taskDefinition: 'vpc', desiredCount: 1 },
      'InvalidParameterException',
      /^Network Configuration must be provided when networkMode 'awsvpc' is specified\./,
    );
  });

  it('refuses a name already in use, and one still draining', () => {
    const { sim } = serviceWorld(1);
    createService(sim, { desiredCount: 1 });
    refused(
      sim,
      'CreateService',
      { serviceName: 'web', taskDefinition: 'web', desiredCount: 1 },
      'InvalidParameterException',
      /^Creation of service was not idempotent\./,
    );
    sim.callByName('ecs', 'DeleteService', { service: 'web', force: true });
    refused(
      sim,
      'CreateService',
      { serviceName: 'web', taskDefinition: 'web', desiredCount: 1 },
      'InvalidParameterException',
      /^Unable to Start a service that is still Draining\./,
    );
    sim.advance(120);
    expect(createService(sim, { desiredCount: 1 }).status).toBe('ACTIVE');
  });

  it('accepts the members it does not simulate and says which', () => {
    const { sim } = serviceWorld(1);
    const input = {
      serviceName: 'web',
      taskDefinition: 'web',
      desiredCount: 1,
      enableExecuteCommand: true,
      serviceRegistries: [{ registryArn: 'arn:aws:servicediscovery:us-east-1:123456789012:service/srv-1' }],
      deploymentConfiguration: { alarms: { alarmNames: ['high-5xx'], enable: true, rollback: true } },
      monitoring: { metricConfigurations: [] },
    };
    expect(sim.callByName('ecs', 'CreateService', input)).toBeDefined();
    expect(notSimulatedMembers('ecs', 'CreateService', input)).toEqual([
      'enableExecuteCommand',
      'serviceRegistries',
      'monitoring',
    ]);
  });
});
