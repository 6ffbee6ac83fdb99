import { createSimulation, type Simulation } from '../../../src/engine';
import type { Ec2Instance } from '../../../src/engine/model/ec2';
import type { Task } from '../../../src/engine/model/ecs';
import type { PolicyDocument } from '../../../src/engine/model/iam';
import type { SimState } from '../../../src/engine/state';
import { aContainerInstance } from '../../builders/containerInstance';
import { defaultSubnets } from '../../builders/harness';

/**
 * A small account for the start-up tests: cluster `demo`, roles, parameters, secrets, buckets and images put
 * straight into the state (the IAM, SSM, Secrets Manager, S3 and ECR operations have their own tests), tasks
 * launched with RunTask and time advanced until they start or fail.
 */
export const ACCOUNT = '123456789012';
export const EXEC_ROLE = `arn:aws:iam::${ACCOUNT}:role/ecsTaskExecutionRole`;
export const INSTANCE_ID = 'i-0000000000000ec01';

export interface StartWorld {
  readonly sim: Simulation;
  readonly state: SimState;
  register(definition: Record<string, unknown>): void;
  /** RunTask of family `app` on Fargate (default subnets) or on the EC2 instance; returns the task ARN */
  run(launchType: 'FARGATE' | 'EC2', overrides?: Record<string, unknown>): string;
  /** advances `seconds` and returns the task record */
  after(seconds: number, taskArn: string): Task;
  role(name: string, service: string, statements: PolicyDocument['Statement'], managed?: string[]): string;
}

export function startWorld(seed = 11): StartWorld {
  const sim = createSimulation({ seed });
  const state = sim.state as unknown as SimState;
  sim.callByName('ecs', 'CreateCluster', { clusterName: 'demo' });
  const ci = aContainerInstance('ec01').build();
  const ciRecord = {
    ...ci,
    clusterArn: `arn:aws:ecs:us-east-1:${ACCOUNT}:cluster/demo`,
    containerInstanceArn: `arn:aws:ecs:us-east-1:${ACCOUNT}:container-instance/demo/c0ffee00c0ffee00c0ffee00c0ffee01`,
    ec2InstanceId: INSTANCE_ID,
    attributes: [
      ...ci.attributes,
      { name: 'com.amazonaws.ecs.capability.logging-driver.awslogs' },
      { name: 'ecs.capability.secrets.ssm.environment-variables' },
      { name: 'ecs.capability.secrets.asm.environment-variables' },
      { name: 'ecs.capability.env-files.s3' },
      { name: 'com.amazonaws.ecs.capability.task-iam-role' },
      { name: 'com.amazonaws.ecs.capability.ecr-auth' },
      { name: 'ecs.capability.execution-role-ecr-pull' },
      { name: 'ecs.capability.execution-role-awslogs' },
      { name: 'com.amazonaws.ecs.capability.docker-remote-api.1.18' },
      { name: 'com.amazonaws.ecs.capability.docker-remote-api.1.19' },
      { name: 'ecs.capability.secrets.asm.bootstrap.log-driver' },
    ],
  } as unknown as typeof ci;
  state.ecs.containerInstances[ciRecord.containerInstanceArn] = ciRecord;
  const subnet = Object.values(state.ec2.subnets).find((s) => s.AvailabilityZone === 'us-east-1a')!;
  state.ec2.instances[INSTANCE_ID] = {
    InstanceId: INSTANCE_ID,
    ImageId: 'ami-ecs',
    InstanceType: 'm5.large',
    AvailabilityZone: 'us-east-1a',
    SubnetId: subnet.SubnetId,
    VpcId: subnet.VpcId,
    PrivateIpAddress: '172.31.0.10',
    State: 'running',
    LaunchTime: 0,
    IamInstanceProfile: 'ecsInstanceRole',
    Tags: [],
    agent: { phase: 'registered' },
    clusterArn: ciRecord.clusterArn,
  } as unknown as Ec2Instance;
  const subnets = Object.values(defaultSubnets(sim));
  return {
    sim,
    state,
    register(definition) {
      sim.callByName('ecs', 'RegisterTaskDefinition', { family: 'app', ...definition });
    },
    run(launchType, overrides) {
      const out = sim.callByName('ecs', 'RunTask', {
        cluster: 'demo',
        taskDefinition: 'app',
        launchType,
        ...(launchType === 'FARGATE'
          ? {
              networkConfiguration: {
                awsvpcConfiguration: { subnets: [subnets[0]], assignPublicIp: 'ENABLED' },
              },
            }
          : {}),
        ...(overrides ? { overrides } : {}),
      }) as { tasks: Array<{ taskArn: string }>; failures: unknown[] };
      if (!out.tasks[0]) throw new Error(`RunTask placed nothing: ${JSON.stringify(out.failures)}`);
      return out.tasks[0].taskArn;
    },
    after(seconds, taskArn) {
      sim.advance(seconds);
      return state.ecs.tasks[taskArn]!;
    },
    role(name, service, statements, managed = []) {
      const arn = `arn:aws:iam::${ACCOUNT}:role/${name}`;
      state.iam.roles[name] = {
        RoleName: name,
        RoleId: `AROA${name.toUpperCase()}`,
        Arn: arn,
        Path: '/',
        CreateDate: 0,
        MaxSessionDuration: 3600,
        AssumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
        },
        attachedPolicyArns: managed,
        inlinePolicies: statements.length ? { inline: { Version: '2012-10-17', Statement: statements } } : {},
      };
      return arn;
    },
  };
}

/** A Fargate task definition of family `app` with one container `web`. */
export const fargateApp = (container: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'awsvpc',
  cpu: '256',
  memory: '512',
  executionRoleArn: EXEC_ROLE,
  containerDefinitions: [{ name: 'web', image: 'nginx:latest', essential: true, ...container }],
  ...extra,
});

/** An EC2 (bridge) task definition of family `app` with one container `web`. */
export const ec2App = (container: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  requiresCompatibilities: ['EC2'],
  networkMode: 'bridge',
  containerDefinitions: [{ name: 'web', image: 'nginx:latest', essential: true, memory: 256, ...container }],
  ...extra,
});

export const awslogs = (group: string, extra: Record<string, string> = {}) => ({
  logDriver: 'awslogs',
  options: {
    'awslogs-group': group,
    'awslogs-region': 'us-east-1',
    'awslogs-stream-prefix': 'app',
    ...extra,
  },
});
