import { launchContainerInstances } from '../../src/course/fixtures';
import { createSimulation, type Simulation } from '../../src/engine';

// a shorter name for tests, and no clash with the engine catalog's ECS_OPTIMIZED_AMI entry
export { ECS_OPTIMIZED_AMI as ECS_AMI } from '../../src/course/fixtures';
export const PLAIN_AMI = 'resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64';
export const AZS = ['us-east-1a', 'us-east-1b', 'us-east-1c'] as const;

/** Base64 of a boot script, as RunInstances takes `UserData`. */
export const base64 = (script: string): string => Buffer.from(script, 'utf8').toString('base64');

interface Fleet {
  readonly count: number;
  readonly instanceType: string;
  readonly cluster: string;
  readonly azs: ReadonlyArray<string>;
  readonly attributes?: Readonly<Record<string, string>>;
}

/**
 * A simulated account built through the public API:
 * `anAccount().withCluster('web').withInstances(3, 'm5.large', { cluster: 'web' }).build()` creates the
 * clusters (every cluster a fleet names, too), launches the instances round-robin across the AZs (one
 * RunInstances call each, with the ECS-optimized AMI and ecsInstanceRole) and advances 120 s so every agent
 * has registered.
 */
export class AccountBuilder {
  private readonly clusters: string[] = [];
  private readonly fleets: Fleet[] = [];

  constructor(private readonly seed: number) {}

  withCluster(name = 'default'): this {
    this.clusters.push(name);
    return this;
  }

  withInstances(
    count: number,
    instanceType: string,
    options: {
      cluster?: string;
      azs?: ReadonlyArray<string>;
      attributes?: Readonly<Record<string, string>>;
    } = {},
  ): this {
    this.fleets.push({
      count,
      instanceType,
      cluster: options.cluster ?? this.clusters[0] ?? 'default',
      azs: options.azs ?? AZS,
      ...(options.attributes ? { attributes: options.attributes } : {}),
    });
    return this;
  }

  build(): Simulation {
    const sim = createSimulation({ seed: this.seed });
    const clusters = new Set([...this.clusters, ...this.fleets.map((f) => f.cluster)]);
    for (const clusterName of clusters) sim.call('ecs', 'CreateCluster', { clusterName });
    for (const { cluster, instanceType, azs, attributes, count } of this.fleets) {
      const extraConfig: Record<string, string> = attributes
        ? { ECS_INSTANCE_ATTRIBUTES: JSON.stringify(attributes) }
        : {};
      for (let i = 0; i < count; i++) {
        const availabilityZone = azs[i % azs.length]!;
        launchContainerInstances(sim, { cluster, instanceType, availabilityZone, extraConfig });
      }
    }
    sim.advance(120);
    return sim;
  }
}

export const anAccount = (seed = 1): AccountBuilder => new AccountBuilder(seed);

/** The container instance ARNs of a cluster that are not INACTIVE, in registration order. */
export const containerInstancesOf = (sim: Simulation, cluster = 'default'): string[] =>
  sim.call('ecs', 'ListContainerInstances', { cluster }).containerInstanceArns;

/**
 * Asserts that `attempt` throws the AWS error `name` (with `message` in its text, when given) and that the
 * simulation's state, events and timers are exactly as they were.
 */
export function expectRejected(
  sim: Simulation,
  attempt: () => unknown,
  name: string,
  message?: RegExp,
): void {
  const before = JSON.stringify(sim.state);
  let thrown: unknown;
  try {
    attempt();
  } catch (e) {
    thrown = e;
  }
  if (!(thrown instanceof Error)) throw new Error(`expected ${name}, but the call succeeded`);
  if (thrown.name !== name) throw new Error(`expected ${name}, got ${thrown.name}: ${thrown.message}`);
  if (message && !message.test(thrown.message)) {
    throw new Error(`${name} message '${thrown.message}' does not match ${String(message)}`);
  }
  if (JSON.stringify(sim.state) !== before) throw new Error(`a rejected ${name} changed the state`);
}
