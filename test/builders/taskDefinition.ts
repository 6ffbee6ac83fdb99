import type {
  Compatibility,
  ContainerDefinition,
  NetworkMode,
  PlacementConstraint,
  TaskDefinition,
  TaskDefinitionArn,
} from '../../src/engine';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A plain stored TaskDefinition record for unit tests:
 * `aTaskDefinition('web').withContainer({ name: 'web', image: 'nginx', memory: 512, cpu: 256 }).build()`.
 * Defaults: revision 1, ACTIVE, bridge, EC2-compatible, one container 'app' (256 CPU units, 512 MiB) unless
 * containers are given.
 */
export class TaskDefinitionBuilder {
  private td: Mutable<TaskDefinition>;
  private containers: ContainerDefinition[] = [];

  constructor(family: string) {
    this.td = {
      taskDefinitionArn: '' as TaskDefinitionArn,
      family,
      revision: 1,
      status: 'ACTIVE',
      containerDefinitions: [],
      networkMode: 'bridge',
      compatibilities: ['EC2'],
      requiresAttributes: [],
      placementConstraints: [],
      volumes: [],
      registeredAt: 0,
    };
  }

  revision(revision: number): this {
    this.td.revision = revision;
    return this;
  }

  withContainer(container: Partial<ContainerDefinition> & { name: string }): this {
    this.containers.push({ image: 'public.ecr.aws/nginx/nginx:latest', essential: true, ...container });
    return this;
  }

  /** One container 'app' with these cpu units and MiB (a shorthand for the common case). */
  needing(cpu: number, memory: number): this {
    return this.withContainer({ name: 'app', cpu, memory });
  }

  networkMode(mode: NetworkMode): this {
    this.td.networkMode = mode;
    return this;
  }

  compatibleWith(...launchTypes: Compatibility[]): this {
    this.td.compatibilities = launchTypes;
    this.td.requiresCompatibilities = launchTypes;
    return this;
  }

  /** Task-level size (required for Fargate), as ECS stores it. */
  withTaskSize(cpu: number, memory: number): this {
    this.td.cpu = String(cpu);
    this.td.memory = String(memory);
    return this;
  }

  requiresAttribute(name: string, value?: string): this {
    this.td.requiresAttributes = [
      ...this.td.requiresAttributes,
      value === undefined ? { name } : { name, value },
    ];
    return this;
  }

  withConstraint(constraint: PlacementConstraint): this {
    this.td.placementConstraints = [...this.td.placementConstraints, constraint];
    return this;
  }

  withTags(tags: ReadonlyArray<{ key: string; value: string }>): this {
    this.td.tags = tags;
    return this;
  }

  inactive(): this {
    this.td.status = 'INACTIVE';
    return this;
  }

  build(): TaskDefinition {
    const containers = this.containers.length
      ? this.containers
      : [{ name: 'app', image: 'public.ecr.aws/nginx/nginx:latest', essential: true, cpu: 256, memory: 512 }];
    return {
      ...this.td,
      containerDefinitions: containers,
      taskDefinitionArn:
        `arn:aws:ecs:us-east-1:123456789012:task-definition/${this.td.family}:${this.td.revision}` as TaskDefinitionArn,
    };
  }
}

export const aTaskDefinition = (family = 'web') => new TaskDefinitionBuilder(family);

/** A RegisterTaskDefinition request for the smallest Fargate task (0.25 vCPU, 512 MiB): family "render". */
export const FARGATE_RENDER_INPUT = {
  family: 'render',
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'awsvpc',
  cpu: '256',
  memory: '512',
  containerDefinitions: [{ name: 'render', image: 'nginx:latest' }],
} as const;
