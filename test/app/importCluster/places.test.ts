import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../../src/engine/index';
import type { Described, DescribedContainerInstance } from '../../../src/app/importCluster/described';
import { placesFor } from '../../../src/app/importCluster/places';
import { Report } from '../../../src/app/importCluster/report';

const instance = (az: string, subnet: string): DescribedContainerInstance => ({
  containerInstanceArn: `arn:aws:ecs:us-east-1:111122223333:container-instance/c/${az}`,
  status: 'ACTIVE',
  registeredResources: [],
  attributes: [
    { name: 'ecs.availability-zone', value: az },
    { name: 'ecs.subnet-id', value: subnet },
  ],
});

const account = (azs: string[]): Described => ({
  clusters: [],
  containerInstances: azs.map((az, i) => instance(az, `subnet-real${i}`)),
  taskDefinitions: [],
  services: [],
  tasks: [],
});

describe('where imported things go', () => {
  it('keeps the AZs the sandbox has and gives the others the ones left, folding past three', () => {
    const sim = createSimulation({ seed: 1 });
    const report = new Report();
    const places = placesFor(sim, account(['us-east-1b', 'us-east-1d', 'us-east-1f', 'us-east-1a']), report);
    expect(['us-east-1a', 'us-east-1b', 'us-east-1d', 'us-east-1f'].map(places.az)).toEqual([
      'us-east-1a',
      'us-east-1b',
      'us-east-1c',
      // no AZ is left for the fourth: it shares the first
      'us-east-1a',
    ]);
    expect(report.lines.find((l) => l.subject === 'Availability Zone us-east-1b')?.outcome).toBe('kept');
    expect(report.lines.find((l) => l.subject === 'Availability Zone us-east-1f')?.detail).toMatch(
      /some share one/,
    );
  });

  it('maps a subnet to the default subnet of its AZ’s match, and one of unknown AZ to a default subnet', () => {
    const sim = createSimulation({ seed: 1 });
    const report = new Report();
    const places = placesFor(sim, account(['eu-west-1c']), report);
    const matched = Object.values(sim.state.ec2.subnets).find((s) => s.AvailabilityZone === 'us-east-1a')!;
    expect(places.subnet('subnet-real0')).toBe(matched.SubnetId);
    const unknown = places.subnet('subnet-elsewhere');
    expect(sim.state.ec2.subnets[unknown]?.DefaultForAz).toBe(true);
    expect(report.lines.find((l) => l.subject === 'subnet subnet-elsewhere')?.detail).toMatch(
      /no paste says which AZ/,
    );
  });
});
