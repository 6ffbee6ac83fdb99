import type { ContainerInstance, Task, TaskArn, TaskDefinition } from '../../src/engine';

let counter = 0;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A plain stored Task record for unit tests, usually an existing task on an instance:
 * `aTask(td).onInstance(ci).inGroup('service:web').build()`. Defaults: RUNNING, group `family:<family>`,
 * holding nothing (tests of placement set resources on the instance builder instead).
 */
export class TaskBuilder {
  private task: Mutable<Task>;

  constructor(td: TaskDefinition) {
    const id = (++counter).toString(16).padStart(32, '0');
    const cluster = 'default';
    this.task = {
      taskArn: `arn:aws:ecs:us-east-1:123456789012:task/${cluster}/${id}` as TaskArn,
      clusterArn: `arn:aws:ecs:us-east-1:123456789012:cluster/${cluster}` as Task['clusterArn'],
      taskDefinitionArn: td.taskDefinitionArn,
      launchType: 'EC2',
      availabilityZone: 'us-east-1a',
      lastStatus: 'RUNNING',
      desiredStatus: 'RUNNING',
      group: `family:${td.family}`,
      reserved: { cpu: 0, memory: 0, ports: [], portsUdp: [], eni: false },
      containers: [],
      healthStatus: 'UNKNOWN',
      createdAt: 0,
      overrides: {},
      tags: [],
      placementConstraints: [],
      placementStrategy: [],
      version: 1,
    };
  }

  onInstance(ci: ContainerInstance): this {
    this.task.containerInstanceArn = ci.containerInstanceArn;
    this.task.clusterArn = ci.clusterArn;
    this.task.availabilityZone = ci.attributes.find((a) => a.name === 'ecs.availability-zone')?.value ?? '';
    return this;
  }

  inGroup(group: string): this {
    this.task.group = group;
    return this;
  }

  inAz(az: string): this {
    this.task.availabilityZone = az;
    return this;
  }

  withStatus(lastStatus: Task['lastStatus']): this {
    this.task.lastStatus = lastStatus;
    return this;
  }

  withBindings(...hostPorts: number[]): this {
    this.task.containers = [
      {
        containerArn: `${this.task.taskArn}/c`,
        name: 'app',
        image: 'nginx',
        lastStatus: 'RUNNING',
        healthStatus: 'UNKNOWN',
        essential: true,
        networkBindings: hostPorts.map((hostPort) => ({
          bindIP: '0.0.0.0',
          containerPort: 80,
          hostPort,
          protocol: 'tcp' as const,
        })),
      },
    ];
    return this;
  }

  build(): Task {
    return { ...this.task };
  }
}

export const aTask = (td: TaskDefinition) => new TaskBuilder(td);
