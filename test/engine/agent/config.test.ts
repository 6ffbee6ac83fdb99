import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DYNAMIC_PORT_RANGE,
  DEFAULT_RESERVED_PORTS,
  ECS_AMI_LOGGING_DRIVERS,
  parseAgentConfig,
} from '../../../src/engine/agent/config';

const parse = (settings: Record<string, string>) => parseAgentConfig(new Map(Object.entries(settings)));

describe('parseAgentConfig', () => {
  it('uses the ECS-optimized AMI defaults when nothing is set, and joins default without ECS_CLUSTER', () => {
    expect(parse({})).toEqual({
      ok: true,
      value: {
        clusterGiven: false,
        config: {
          cluster: 'default',
          attributes: {},
          reservedMemory: 0,
          reservedPorts: DEFAULT_RESERVED_PORTS,
          reservedPortsUdp: [],
          dynamicPortRange: DEFAULT_DYNAMIC_PORT_RANGE,
          loggingDrivers: ECS_AMI_LOGGING_DRIVERS,
        },
      },
    });
    expect(DEFAULT_RESERVED_PORTS).toEqual([22, 2375, 2376, 51678, 51679]);
    expect(ECS_AMI_LOGGING_DRIVERS).toContain('awslogs');
  });

  it('reads every setting it knows', () => {
    const out = parse({
      ECS_CLUSTER: 'arn:aws:ecs:us-east-1:123456789012:cluster/web',
      ECS_INSTANCE_ATTRIBUTES: '{"stack":"prod","team":"a b"}',
      ECS_RESERVED_MEMORY: '256',
      ECS_RESERVED_PORTS: '[22, 80]',
      ECS_RESERVED_PORTS_UDP: '[53]',
      ECS_DYNAMIC_HOST_PORT_RANGE: '40000-41000',
      ECS_AVAILABLE_LOGGING_DRIVERS: '["json-file","awslogs"]',
    });
    expect(out).toEqual({
      ok: true,
      value: {
        clusterGiven: true,
        config: {
          cluster: 'web',
          attributes: { stack: 'prod', team: 'a b' },
          reservedMemory: 256,
          reservedPorts: [22, 80],
          reservedPortsUdp: [53],
          dynamicPortRange: [40000, 41000],
          loggingDrivers: ['json-file', 'awslogs'],
        },
      },
    });
  });

  it.each([
    ['ECS_RESERVED_MEMORY', 'lots', 'reservedMemory', 0],
    ['ECS_RESERVED_PORTS', '22,80', 'reservedPorts', DEFAULT_RESERVED_PORTS],
    ['ECS_RESERVED_PORTS', '[70000]', 'reservedPorts', DEFAULT_RESERVED_PORTS],
    ['ECS_DYNAMIC_HOST_PORT_RANGE', '50000-40000', 'dynamicPortRange', DEFAULT_DYNAMIC_PORT_RANGE],
    ['ECS_AVAILABLE_LOGGING_DRIVERS', 'awslogs', 'loggingDrivers', ECS_AMI_LOGGING_DRIVERS],
  ])('falls back to the default when %s is %s, as the agent does', (key, value, field, expected) => {
    const out = parse({ [key]: value });
    expect(out.ok && (out.value.config as unknown as Record<string, unknown>)[field]).toEqual(expected);
  });

  it.each([
    ['ECS_INSTANCE_ATTRIBUTES is not JSON', { ECS_INSTANCE_ATTRIBUTES: '{stack:prod}' }, /not a JSON object/],
    ['ECS_INSTANCE_ATTRIBUTES is a JSON array', { ECS_INSTANCE_ATTRIBUTES: '["a"]' }, /not a JSON object/],
    ['an attribute name has a space', { ECS_INSTANCE_ATTRIBUTES: '{"my stack":"x"}' }, /name 'my stack'/],
    ['an attribute value is a number', { ECS_INSTANCE_ATTRIBUTES: '{"n":1}' }, /value of 'n'/],
    [
      'there are 11 custom attributes',
      {
        ECS_INSTANCE_ATTRIBUTES: JSON.stringify(
          Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`a${i}`, 'x'])),
        ),
      },
      /at most 10/,
    ],
    [
      'more than 100 ports are reserved',
      { ECS_RESERVED_PORTS: JSON.stringify(Array.from({ length: 101 }, (_, i) => 1000 + i)) },
      /at most 100/,
    ],
  ])('refuses to start when %s', (_name, settings, message) => {
    const out = parse(settings);
    expect(out.ok).toBe(false);
    expect(!out.ok && out.error).toMatch(message);
  });
});
