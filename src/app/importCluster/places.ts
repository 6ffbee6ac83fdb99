import type { Simulation } from '../../engine/index';
import type { Described } from './described';
import type { Report } from './report';

/**
 * Where things go: the pasted account's Availability Zones and subnets, matched to the sandbox's (one region,
 * three AZs, one default subnet in each). An AZ the sandbox has keeps its name; the others take the sandbox AZs
 * left over, in name order, and fold onto them when there are more than three. A subnet goes to the default subnet
 * of its AZ's match, when the pastes say which AZ it is in (an instance's `ecs.subnet-id`, a task's ENI).
 */
export interface Places {
  /** the sandbox AZ for a pasted AZ name */
  readonly az: (real: string) => string;
  /** the sandbox subnet for a pasted subnet id */
  readonly subnet: (real: string) => string;
  /** the sandbox's default subnet in a sandbox AZ */
  readonly subnetIn: (sandboxAz: string) => string;
}

const attribute = (attrs: ReadonlyArray<{ name: string; value?: string }>, name: string) =>
  attrs.find((a) => a.name === name)?.value;

export const instanceAz = (i: Described['containerInstances'][number]): string | undefined =>
  attribute(i.attributes, 'ecs.availability-zone');

export const detail = (
  a: { readonly details: ReadonlyArray<{ name: string; value?: string }> },
  name: string,
): string | undefined => attribute(a.details, name);

export function placesFor(sim: Simulation, described: Described, report: Report): Places {
  const defaults = Object.values(sim.state.ec2.subnets)
    .filter((s) => s.DefaultForAz)
    .sort((a, b) => a.AvailabilityZone.localeCompare(b.AvailabilityZone));
  const sandboxAzs = defaults.map((s) => s.AvailabilityZone);
  const subnetOfAz = new Map(defaults.map((s) => [s.AvailabilityZone, s.SubnetId]));

  // which AZ each pasted subnet is in, as far as the pastes tell
  const azOfSubnet = new Map<string, string>();
  for (const i of described.containerInstances) {
    const subnet = attribute(i.attributes, 'ecs.subnet-id');
    const az = instanceAz(i);
    if (subnet && az) azOfSubnet.set(subnet, az);
  }
  for (const t of described.tasks)
    for (const a of t.attachments) {
      const subnet = detail(a, 'subnetId');
      if (subnet && t.availabilityZone) azOfSubnet.set(subnet, t.availabilityZone);
    }

  const realAzs = [
    ...new Set([
      ...described.containerInstances.map(instanceAz),
      ...described.tasks.map((t) => t.availabilityZone),
      ...azOfSubnet.values(),
    ]),
  ]
    .filter((az): az is string => az !== undefined)
    .sort();
  const azMap = new Map<string, string>();
  for (const az of realAzs) if (sandboxAzs.includes(az)) azMap.set(az, az);
  const free = sandboxAzs.filter((az) => ![...azMap.values()].includes(az));
  let folded = 0;
  for (const az of realAzs) {
    if (azMap.has(az)) continue;
    const to = free.shift() ?? sandboxAzs[folded++ % sandboxAzs.length]!;
    azMap.set(az, to);
  }
  for (const [from, to] of azMap)
    if (from === to) report.kept(`Availability Zone ${from}`, 'The sandbox has this AZ.');
    else
      report.mapped(
        `Availability Zone ${from}`,
        `Becomes ${to}: the sandbox is one region (${sim.state.region}) with ${sandboxAzs.join(', ')}.` +
          (realAzs.length > sandboxAzs.length
            ? ' The pastes use more AZs than that, so some share one.'
            : ''),
      );

  const az = (real: string) => azMap.get(real) ?? sandboxAzs[0]!;
  const subnetIn = (sandboxAz: string) => subnetOfAz.get(sandboxAz) ?? defaults[0]!.SubnetId;
  let unknown = 0;
  const subnetMap = new Map<string, string>();
  const subnet = (real: string): string => {
    const known = subnetMap.get(real);
    if (known) return known;
    const realAz = azOfSubnet.get(real);
    const to = realAz === undefined ? defaults[unknown++ % defaults.length]!.SubnetId : subnetIn(az(realAz));
    subnetMap.set(real, to);
    report.mapped(
      `subnet ${real}`,
      realAz === undefined
        ? `Becomes ${to}, a default subnet of the sandbox: no paste says which AZ it is in.`
        : `Becomes ${to}, the sandbox's default subnet in ${az(realAz)} (it is in ${realAz}).`,
    );
    return to;
  };
  return { az, subnet, subnetIn };
}
