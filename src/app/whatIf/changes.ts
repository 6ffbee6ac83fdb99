import type { InputOf, OperationName, ServiceName, Simulation } from '../../engine/index';
import { COMPARED_STRATEGIES } from '../compare';

/** One change a learner can make in the what-if branch with a click: a call, and how the fork is labelled. */
export interface WhatIfChange {
  /** what the change does, in words ("drain m5-a2"); also names the fork ("What if: drain m5-a2") */
  readonly label: string;
  readonly service: string;
  readonly operation: string;
  readonly input: unknown;
}

/** The common changes, grouped as the picker shows them. */
export interface ChangeGroup {
  readonly title: string;
  readonly changes: ReadonlyArray<WhatIfChange>;
}

/** A change whose request is checked against its operation's input type where it is written. */
const change = <S extends ServiceName, O extends OperationName<S>>(
  label: string,
  service: S,
  operation: O,
  input: InputOf<S, O>,
): WhatIfChange => ({ label, service, operation, input });

/**
 * The one-click changes that fit the simulation as it is: drain an instance, lose an Availability Zone, one task
 * more or fewer for a service, another placement strategy for a service on EC2. Groups with nothing to offer are
 * left out.
 */
export function commonChanges(sim: Pick<Simulation, 'state'>): ChangeGroup[] {
  const { ecs, ec2, failedZones } = sim.state;
  const instanceName = (id: string) => {
    const name = ec2.instances[id]?.Tags.find((t) => t.Key === 'Name')?.Value;
    return name ? `${name} (${id})` : id;
  };
  const active = Object.values(ecs.containerInstances).filter((ci) => ci.status === 'ACTIVE');
  const drains = active
    .map((ci) =>
      change(`drain ${instanceName(ci.ec2InstanceId)}`, 'ecs', 'UpdateContainerInstancesState', {
        cluster: ci.clusterArn,
        containerInstances: [ci.containerInstanceArn],
        status: 'DRAINING',
      }),
    )
    .sort((a, b) => a.label.localeCompare(b.label));
  const zones = [
    ...new Set(
      Object.values(ec2.instances)
        .filter((i) => i.State === 'running' && !(i.AvailabilityZone in failedZones))
        .map((i) => i.AvailabilityZone),
    ),
  ].sort();
  const outages = zones.map((az) =>
    change(`lose ${az}`, 'sim', 'FailAvailabilityZone', { availabilityZone: az }),
  );
  const services = Object.values(ecs.services).filter(
    (s) => s.status === 'ACTIVE' && s.schedulingStrategy === 'REPLICA',
  );
  const counts = services.flatMap((s) => {
    const update = (desiredCount: number) =>
      change(`${s.serviceName}: desiredCount ${s.desiredCount} → ${desiredCount}`, 'ecs', 'UpdateService', {
        cluster: s.clusterArn,
        service: s.serviceName,
        desiredCount,
      });
    return [update(s.desiredCount + 1), ...(s.desiredCount > 0 ? [update(s.desiredCount - 1)] : [])];
  });
  // Fargate takes no placement strategy: only services whose tasks land on instances get one
  const strategies = services
    .filter((s) => s.deployments[0]?.launchType === 'EC2')
    .flatMap((s) =>
      COMPARED_STRATEGIES.filter(
        ({ strategy }) => JSON.stringify(strategy) !== JSON.stringify(s.placementStrategy),
      ).map(({ title, strategy }) =>
        change(`${s.serviceName}: placement ${title}`, 'ecs', 'UpdateService', {
          cluster: s.clusterArn,
          service: s.serviceName,
          placementStrategy: [...strategy],
        }),
      ),
    );
  return [
    { title: 'Drain an instance', changes: drains },
    { title: 'Lose an Availability Zone', changes: outages },
    { title: 'Change a desired count', changes: counts },
    { title: 'Change a placement strategy', changes: strategies },
  ].filter((g) => g.changes.length > 0);
}
