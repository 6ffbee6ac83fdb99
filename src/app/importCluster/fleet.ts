import { containerInstancesInput } from '../../course/fixtures';
import type { Simulation } from '../../engine/index';
import type { DescribedContainerInstance } from './described';
import { instanceAz, type Places } from './places';
import type { Report } from './report';

/**
 * The container instances: each is launched as the learner would launch it (ec2 RunInstances with the
 * ECS-optimized AMI and an ecs.config, src/course/fixtures.ts), one instance per pasted instance, with its
 * instance type, in its AZ's match, named after its EC2 instance id so the map tells them apart. Its ecs.config
 * makes it register what the real one registered: custom attributes (ECS_INSTANCE_ATTRIBUTES), memory
 * (ECS_RESERVED_MEMORY takes off what the real host did not register) and reserved ports (ECS_RESERVED_PORTS).
 */

/** A pasted instance and what it is launched as. */
export interface Launch {
  readonly real: DescribedContainerInstance;
  readonly cluster: string;
  readonly instanceType: string;
  readonly availabilityZone: string;
  readonly name: string;
}

const attribute = (i: DescribedContainerInstance, name: string) =>
  i.attributes.find((a) => a.name === name)?.value;
const resource = (i: DescribedContainerInstance, name: string) =>
  i.registeredResources.find((r) => r.name === name);

/** Attributes the agent or ECS sets (not PutAttributes / ECS_INSTANCE_ATTRIBUTES). */
const isBuiltIn = (name: string) => name.startsWith('ecs.') || name.startsWith('com.amazonaws.ecs.');

/** The sandbox's instance types, with their sizes. */
function catalog(sim: Simulation) {
  return sim
    .fork()
    .call('ec2', 'DescribeInstanceTypes', {})
    .InstanceTypes.map((t) => ({
      name: t.InstanceType,
      vcpus: t.VCpuInfo.DefaultVCpus,
      memory: t.MemoryInfo.SizeInMiB,
    }));
}

/**
 * The sandbox type for a pasted instance: the same type when the sandbox offers it, else the one with the vCPUs
 * it registered (CPU ÷ 1024) and the least memory that still holds what it registered (not a GPU type unless it
 * was one).
 */
function sandboxType(
  types: ReturnType<typeof catalog>,
  real: string | undefined,
  cpu: number | undefined,
  memory: number | undefined,
): string {
  if (real !== undefined && types.some((t) => t.name === real)) return real;
  const gpu = real !== undefined && /^(g|p)\d/.test(real);
  const vcpus = cpu === undefined ? 2 : Math.max(1, Math.round(cpu / 1024));
  const mem = memory ?? 4096;
  const fits = types
    .filter((t) => /^(g|p)\d/.test(t.name) === gpu)
    .sort(
      (a, b) =>
        Math.abs(a.vcpus - vcpus) - Math.abs(b.vcpus - vcpus) ||
        Number(a.memory < mem) - Number(b.memory < mem) ||
        Math.abs(a.memory - mem) - Math.abs(b.memory - mem),
    );
  return fits[0]!.name;
}

/** Plans one launch per pasted instance of a cluster the import creates. */
export function planLaunches(
  sim: Simulation,
  instances: ReadonlyArray<{ real: DescribedContainerInstance; cluster: string }>,
  places: Places,
  report: Report,
): Launch[] {
  const types = catalog(sim);
  return instances.map(({ real, cluster }) => {
    const realType = attribute(real, 'ecs.instance-type');
    const instanceType = sandboxType(
      types,
      realType,
      resource(real, 'CPU')?.integerValue,
      resource(real, 'MEMORY')?.integerValue,
    );
    if (realType !== instanceType)
      report.mapped(
        `instance type ${realType ?? '(not in the paste)'}`,
        `Launched as ${instanceType}, the sandbox type closest in vCPUs and memory` +
          (realType === undefined ? ' (the paste has no ecs.instance-type attribute).' : '.'),
      );
    const realAz = instanceAz(real);
    const availabilityZone = realAz === undefined ? places.az('') : places.az(realAz);
    return { real, cluster, instanceType, availabilityZone, name: real.ec2InstanceId ?? arnTail(real) };
  });
}

const arnTail = (i: DescribedContainerInstance) =>
  i.containerInstanceArn.slice(i.containerInstanceArn.lastIndexOf('/') + 1);

/** The ecs.config settings beyond ECS_CLUSTER that make the instance register what the real one did. */
function agentSettings(launch: Launch, registered: number | undefined): Record<string, string> {
  const { real } = launch;
  const settings: Record<string, string> = {};
  const custom = real.attributes.filter((a) => !isBuiltIn(a.name));
  if (custom.length > 0)
    settings['ECS_INSTANCE_ATTRIBUTES'] = JSON.stringify(
      Object.fromEntries(custom.map((a) => [a.name, a.value ?? ''])),
    );
  const memory = resource(real, 'MEMORY')?.integerValue;
  if (memory !== undefined && registered !== undefined && registered > memory)
    settings['ECS_RESERVED_MEMORY'] = String(registered - memory);
  const ports = resource(real, 'PORTS')?.stringSetValue?.map(Number).filter(Number.isInteger);
  if (ports && ports.length > 0) settings['ECS_RESERVED_PORTS'] = JSON.stringify(ports);
  const udp = resource(real, 'PORTS_UDP')?.stringSetValue?.map(Number).filter(Number.isInteger);
  if (udp && udp.length > 0) settings['ECS_RESERVED_PORTS_UDP'] = JSON.stringify(udp);
  return settings;
}

const inputFor = (launch: Launch, extraConfig: Record<string, string>) =>
  containerInstancesInput({
    instanceType: launch.instanceType,
    cluster: launch.cluster,
    availabilityZone: launch.availabilityZone,
    name: launch.name,
    extraConfig,
  });

/**
 * The MEMORY each sandbox instance type registers with no reservation: found by launching one of each on a
 * copy of the simulation and letting its agent register (the engine's own figure, whatever it is).
 */
function registeredMemory(sim: Simulation, launches: ReadonlyArray<Launch>, bootSeconds: number) {
  const probe = sim.fork();
  const byInstance = new Map<string, string>();
  for (const launch of launches) {
    if ([...byInstance.values()].includes(launch.instanceType)) continue;
    const out = probe.call('ec2', 'RunInstances', inputFor(launch, {}));
    byInstance.set(out.Instances[0]!.InstanceId, launch.instanceType);
  }
  probe.advance(bootSeconds);
  const memory = new Map<string, number>();
  for (const ci of Object.values(probe.state.ecs.containerInstances)) {
    const type = byInstance.get(ci.ec2InstanceId);
    if (type !== undefined) memory.set(type, ci.registeredResources.memory);
  }
  return memory;
}

/**
 * Launches every planned instance and returns, per pasted container instance ARN, the sandbox EC2 instance id.
 * An instance EC2 refuses is left out with the reason.
 */
export function launchFleet(
  sim: Simulation,
  launches: ReadonlyArray<Launch>,
  bootSeconds: number,
  report: Report,
  refusal: (e: unknown) => string,
): Map<string, string> {
  const memory = registeredMemory(sim, launches, bootSeconds);
  const launched = new Map<string, string>();
  for (const launch of launches) {
    const settings = agentSettings(launch, memory.get(launch.instanceType));
    try {
      const out = sim.call('ec2', 'RunInstances', inputFor(launch, settings));
      launched.set(launch.real.containerInstanceArn, out.Instances[0]!.InstanceId);
    } catch (e) {
      report.leftOut(`container instance ${launch.name}`, `EC2 refused to launch it: ${refusal(e)}`);
    }
  }
  return launched;
}

/** After the agents registered: each pasted container instance ARN → the sandbox's container instance ARN. */
export function registeredInstances(sim: Simulation, launched: ReadonlyMap<string, string>) {
  const byEc2 = new Map(
    Object.values(sim.state.ecs.containerInstances).map((ci) => [ci.ec2InstanceId, ci.containerInstanceArn]),
  );
  const out = new Map<string, string>();
  for (const [real, instanceId] of launched) {
    const arn = byEc2.get(instanceId as never);
    if (arn !== undefined) out.set(real, arn);
  }
  return out;
}

/** What the pasted instance registered and the sandbox one did, for the report. */
export function compareRegistration(
  sim: Simulation,
  launch: Launch,
  sandboxArn: string | undefined,
  report: Report,
): void {
  const subject = `container instance ${launch.name}`;
  const ci = sandboxArn === undefined ? undefined : sim.state.ecs.containerInstances[sandboxArn];
  if (!ci) {
    report.leftOut(subject, 'Its agent did not register in the sandbox (see the event log).');
    return;
  }
  const cpu = resource(launch.real, 'CPU')?.integerValue;
  const memory = resource(launch.real, 'MEMORY')?.integerValue;
  const same = cpu === ci.registeredResources.cpu && memory === ci.registeredResources.memory;
  const where = `${launch.instanceType} in ${launch.availabilityZone}`;
  if (same) report.kept(subject, `${where}, registering ${cpu} CPU units and ${memory} MiB as it did.`);
  else
    report.mapped(
      subject,
      `${where}, registering ${ci.registeredResources.cpu} CPU units and ${ci.registeredResources.memory} MiB ` +
        `(it registered ${cpu ?? '?'} and ${memory ?? '?'}).`,
    );
}
