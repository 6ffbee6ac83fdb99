import { describe, expect, it } from 'vitest';
import type { ContainerInstance, PlacementConstraint, PlacementRequirement } from '../../../src/engine';
import { FILTERS } from '../../../src/engine/placement/filters';
import { AGENT, agentFilter } from '../../../src/engine/placement/filters/agent';
import { ATTRIBUTE, attributesFilter } from '../../../src/engine/placement/filters/attributes';
import {
  DISTINCT_INSTANCE,
  distinctInstanceFilter,
} from '../../../src/engine/placement/filters/distinctInstance';
import { RESOURCE_ENI, eniFilter } from '../../../src/engine/placement/filters/eni';
import { LOCATION, locationFilter } from '../../../src/engine/placement/filters/location';
import { MEMBER_OF, memberOfFilter } from '../../../src/engine/placement/filters/memberOf';
import {
  RESOURCE_PORTS,
  RESOURCE_PORTS_UDP,
  portsFilter,
  portsUdpFilter,
} from '../../../src/engine/placement/filters/ports';
import {
  RESOURCE_CPU,
  RESOURCE_MEMORY,
  cpuFilter,
  memoryFilter,
} from '../../../src/engine/placement/filters/resources';
import { INACTIVE, statusFilter } from '../../../src/engine/placement/filters/status';
import type { FilterPlugin } from '../../../src/engine/placement/types';
import { aContainerInstance } from '../../builders/containerInstance';
import { needs, viewOf } from './fixtures';

interface Case {
  readonly name: string;
  readonly filter: FilterPlugin;
  readonly instance: ContainerInstance;
  readonly need?: Partial<PlacementRequirement>;
  readonly constraints?: ReadonlyArray<PlacementConstraint>;
  readonly groupTasks?: number;
  readonly memberOf?: Array<boolean | null>;
  /** undefined: passes; else the reason it rejects with */
  readonly rejects?: string;
}

const ci = aContainerInstance;
const memberOf: PlacementConstraint = { type: 'memberOf', expression: 'attribute:stack == prod' };

const cases: Case[] = [
  { name: 'status passes an ACTIVE instance', filter: statusFilter, instance: ci().build() },
  {
    name: 'status rejects a DRAINING instance with DRAINING',
    filter: statusFilter,
    instance: ci().withStatus('DRAINING').build(),
    rejects: 'DRAINING',
  },
  {
    name: 'status rejects an INACTIVE instance with INACTIVE',
    filter: statusFilter,
    instance: ci().withStatus('INACTIVE').build(),
    rejects: INACTIVE,
  },
  { name: 'agent passes a connected agent', filter: agentFilter, instance: ci().build() },
  {
    name: 'agent rejects a disconnected agent',
    filter: agentFilter,
    instance: ci().disconnected().build(),
    rejects: AGENT,
  },
  { name: 'cpu passes an exact fit', filter: cpuFilter, instance: ci().withFree({ cpu: 256 }).build() },
  {
    name: 'cpu rejects one unit short',
    filter: cpuFilter,
    instance: ci().withFree({ cpu: 255 }).build(),
    rejects: RESOURCE_CPU,
  },
  {
    name: 'memory passes an exact fit',
    filter: memoryFilter,
    instance: ci().withFree({ memory: 512 }).build(),
  },
  {
    name: 'memory rejects one MiB short',
    filter: memoryFilter,
    instance: ci().withFree({ memory: 511 }).build(),
    rejects: RESOURCE_MEMORY,
  },
  {
    name: 'ports passes a free static port',
    filter: portsFilter,
    instance: ci().build(),
    need: { ports: [80] },
  },
  {
    name: 'ports rejects a port another task holds',
    filter: portsFilter,
    instance: ci().withPortsInUse(80).build(),
    need: { ports: [443, 80] },
    rejects: RESOURCE_PORTS,
  },
  {
    name: 'ports rejects a port the agent reserves',
    filter: portsFilter,
    instance: ci().build(),
    need: { ports: [22] },
    rejects: RESOURCE_PORTS,
  },
  {
    name: 'portsUdp ignores a TCP port of the same number',
    filter: portsUdpFilter,
    instance: ci().withPortsInUse(53).build(),
    need: { portsUdp: [53] },
  },
  {
    name: 'portsUdp rejects a UDP port in use',
    filter: portsUdpFilter,
    instance: ci().withUdpPortsInUse(53).build(),
    need: { portsUdp: [53] },
    rejects: RESOURCE_PORTS_UDP,
  },
  {
    name: 'eni passes with a free slot',
    filter: eniFilter,
    instance: ci().withEnis(2, 1).build(),
    need: { eni: true },
  },
  {
    name: 'eni rejects when every slot is used',
    filter: eniFilter,
    instance: ci().withEnis(2, 2).build(),
    need: { eni: true },
    rejects: RESOURCE_ENI,
  },
  {
    name: 'attributes passes a name-only capability',
    filter: attributesFilter,
    instance: ci().build(),
    need: { attributes: ['ecs.capability.task-eni'] },
  },
  {
    name: 'attributes rejects a missing capability',
    filter: attributesFilter,
    instance: ci().withoutAttribute('ecs.capability.task-eni').build(),
    need: { attributes: ['ecs.capability.task-eni'] },
    rejects: ATTRIBUTE,
  },
  {
    name: 'attributes rejects a value that differs',
    filter: attributesFilter,
    instance: ci().withAttribute('stack', 'dev').build(),
    need: { attributes: ['stack=prod'] },
    rejects: ATTRIBUTE,
  },
  {
    name: "location passes an instance in one of the subnets' AZs",
    filter: locationFilter,
    instance: ci().inAz('us-east-1b').build(),
    need: { subnetAzs: ['us-east-1a', 'us-east-1b'] },
  },
  {
    name: 'location rejects an instance in another AZ',
    filter: locationFilter,
    instance: ci().inAz('us-east-1c').build(),
    need: { subnetAzs: ['us-east-1a'] },
    rejects: LOCATION,
  },
  {
    name: 'distinctInstance passes an instance without a task of the group',
    filter: distinctInstanceFilter,
    instance: ci().build(),
    constraints: [{ type: 'distinctInstance' }],
  },
  {
    name: 'distinctInstance rejects an instance with a task of the group',
    filter: distinctInstanceFilter,
    instance: ci().build(),
    constraints: [{ type: 'distinctInstance' }],
    groupTasks: 1,
    rejects: DISTINCT_INSTANCE,
  },
  {
    name: 'memberOf passes when the expression selects the instance',
    filter: memberOfFilter,
    instance: ci().build(),
    constraints: [memberOf],
    memberOf: [true],
  },
  {
    name: 'memberOf rejects when the expression does not select the instance',
    filter: memberOfFilter,
    instance: ci().build(),
    constraints: [memberOf],
    memberOf: [false],
    rejects: MEMBER_OF,
  },
];

describe('placement filters', () => {
  it.each(cases)('$name', (c) => {
    const need = needs(c.need, c.constraints ?? []);
    const view = viewOf([c.instance], {
      groupTasks: [c.groupTasks ?? 0],
      memberOf: c.memberOf ? [c.memberOf] : [],
    });
    expect(c.filter.appliesTo(need)).toBe(true);
    const check = c.filter.check(need, view, 0);
    expect(c.filter.passes(need, view, 0)).toBe(c.rejects === undefined);
    expect(check.passed).toBe(c.rejects === undefined);
    expect(check.check).toBe(c.filter.name);
    expect(check.reason).toBe(c.rejects);
    if (c.rejects) expect(c.filter.reasonFor(view, 0)).toBe(c.rejects);
  });

  it('names the values it compared, so a learner sees why', () => {
    const view = viewOf([ci().withFree({ memory: 300 }).build()]);
    expect(memoryFilter.check(needs(), view, 0)).toMatchObject({
      required: '512 MiB',
      available: '300 MiB free',
    });
    const ports = viewOf([ci().withPortsInUse(8080).build()]);
    expect(portsFilter.check(needs({ ports: [8080] }), ports, 0).available).toContain('8080');
  });

  it('skips the checks a task has nothing for (no ports, not awsvpc, no constraints)', () => {
    const applied = FILTERS.filter((f) => f.appliesTo(needs())).map((f) => f.name);
    expect(applied).toEqual(['status', 'agent', 'cpu', 'memory']);
  });

  it('runs in the order ECS does: eligibility, resources, attributes, location, then constraints', () => {
    expect(FILTERS.map((f) => f.name)).toEqual([
      'status',
      'agent',
      'cpu',
      'memory',
      'gpu',
      'ports',
      'portsUdp',
      'eni',
      'attributes',
      'location',
      'distinctInstance',
      'memberOf',
    ]);
  });
});
