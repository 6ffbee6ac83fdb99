import type { Attribute, ContainerInstance, ContainerInstanceArn, InstanceId } from '../../src/engine';

/** The agent's default reserved TCP ports (ecs-reference §2.3). */
export const AGENT_PORTS = [22, 2375, 2376, 51678, 51679];

let counter = 0;

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A plain ContainerInstance record for unit tests (after kube's MakePod):
 * `aContainerInstance().withMemory(2048).inAz('us-east-1b').build()`. Defaults: cluster `default`, ACTIVE,
 * agent connected, m5.large-like 2048 CPU units / 7680 MiB, the agent's reserved ports, 2 ENI slots,
 * in us-east-1a, with the task-ENI capability.
 */
export class ContainerInstanceBuilder {
  private ci: Mutable<ContainerInstance>;

  constructor(id = `ci${String(++counter).padStart(4, '0')}`) {
    this.ci = {
      containerInstanceArn: '' as ContainerInstanceArn,
      clusterArn: 'arn:aws:ecs:us-east-1:123456789012:cluster/default' as ContainerInstance['clusterArn'],
      ec2InstanceId: `i-0${id.padStart(16, '0')}` as InstanceId,
      status: 'ACTIVE',
      agentConnected: true,
      agentVersion: '1.90.0',
      registeredAt: 0,
      attributes: [
        { name: 'ecs.availability-zone', value: 'us-east-1a' },
        { name: 'ecs.instance-type', value: 'm5.large' },
        { name: 'ecs.os-type', value: 'linux' },
        { name: 'ecs.capability.task-eni' },
      ],
      registeredResources: { cpu: 2048, memory: 7680, ports: AGENT_PORTS, portsUdp: [] },
      remainingResources: { cpu: 2048, memory: 7680, ports: AGENT_PORTS, portsUdp: [] },
      eniSlots: 2,
      enisInUse: 0,
      dynamicPortRange: [32768, 60999],
      lastDynamicPort: 32767,
      version: 1,
    };
    this.id = id;
  }

  private id: string;
  private cluster = 'default';

  withId(id: string): this {
    this.id = id;
    this.ci.ec2InstanceId = `i-0${id.padStart(16, '0')}` as InstanceId;
    return this;
  }

  inCluster(name: string): this {
    this.cluster = name;
    this.ci.clusterArn =
      `arn:aws:ecs:us-east-1:123456789012:cluster/${name}` as ContainerInstance['clusterArn'];
    return this;
  }

  /** Registered and remaining CPU units. */
  withCpu(cpu: number): this {
    this.ci.registeredResources = { ...this.ci.registeredResources, cpu };
    this.ci.remainingResources = { ...this.ci.remainingResources, cpu };
    return this;
  }

  /** Registered and remaining memory in MiB. */
  withMemory(memory: number): this {
    this.ci.registeredResources = { ...this.ci.registeredResources, memory };
    this.ci.remainingResources = { ...this.ci.remainingResources, memory };
    return this;
  }

  /** Remaining (free) resources only, as if tasks already held the rest. */
  withFree(free: { cpu?: number; memory?: number }): this {
    this.ci.remainingResources = { ...this.ci.remainingResources, ...free };
    return this;
  }

  withPortsInUse(...ports: number[]): this {
    this.ci.remainingResources = { ...this.ci.remainingResources, ports: [...AGENT_PORTS, ...ports] };
    return this;
  }

  withUdpPortsInUse(...ports: number[]): this {
    this.ci.remainingResources = { ...this.ci.remainingResources, portsUdp: ports };
    return this;
  }

  withAttribute(name: string, value?: string): this {
    this.ci.attributes = [
      ...this.ci.attributes.filter((a) => a.name !== name),
      value === undefined ? { name } : { name, value },
    ];
    return this;
  }

  withoutAttribute(name: string): this {
    this.ci.attributes = this.ci.attributes.filter((a: Attribute) => a.name !== name);
    return this;
  }

  inAz(az: string): this {
    return this.withAttribute('ecs.availability-zone', az);
  }

  ofType(instanceType: string): this {
    return this.withAttribute('ecs.instance-type', instanceType);
  }

  withStatus(status: ContainerInstance['status']): this {
    this.ci.status = status;
    return this;
  }

  disconnected(): this {
    this.ci.agentConnected = false;
    return this;
  }

  withEnis(slots: number, inUse = 0): this {
    this.ci.eniSlots = slots;
    this.ci.enisInUse = inUse;
    return this;
  }

  withDynamicPorts(low: number, high: number, last = low - 1): this {
    this.ci.dynamicPortRange = [low, high];
    this.ci.lastDynamicPort = last;
    return this;
  }

  build(): ContainerInstance {
    return {
      ...this.ci,
      containerInstanceArn:
        `arn:aws:ecs:us-east-1:123456789012:container-instance/${this.cluster}/${this.id}` as ContainerInstanceArn,
    };
  }
}

export const aContainerInstance = (id?: string) => new ContainerInstanceBuilder(id);
