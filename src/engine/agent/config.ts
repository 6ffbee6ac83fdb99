import { err, ok, type Result } from '../../lib/result';
import { arnName } from '../../lib/arn';
import type { AgentConfig } from '../model/ec2';
import { ATTRIBUTE_NAME_PATTERN, ATTRIBUTE_VALUE_PATTERN } from '../schema/attributes';
import { MAX_CUSTOM_ATTRIBUTES } from '../containerInstances/attributes';

/** The agent's own reserved TCP ports on Linux: SSH, Docker, Docker TLS, introspection, task metadata. */
export const DEFAULT_RESERVED_PORTS: ReadonlyArray<number> = [22, 2375, 2376, 51678, 51679];
/** The Linux kernel's default ephemeral range, which the agent reads for dynamic host ports. */
export const DEFAULT_DYNAMIC_PORT_RANGE: readonly [number, number] = [32768, 60999];
/**
 * ecs-init on the ECS-optimized AMI starts the agent with these logging drivers, so awslogs works out of the
 * box (the bare agent's own default is only json-file and none). ECS_AVAILABLE_LOGGING_DRIVERS replaces them.
 */
export const ECS_AMI_LOGGING_DRIVERS: ReadonlyArray<string> = [
  'json-file',
  'syslog',
  'awslogs',
  'fluentd',
  'none',
];
/** A container instance can hold at most this many reserved ports (agent defaults included). */
export const MAX_RESERVED_PORTS = 100;

export interface ParsedAgentConfig {
  readonly config: AgentConfig;
  /** ECS_CLUSTER was set; when it was not, the agent creates the `default` cluster if it is missing */
  readonly clusterGiven: boolean;
}

const name = new RegExp(ATTRIBUTE_NAME_PATTERN, 'u');
const value = new RegExp(ATTRIBUTE_VALUE_PATTERN, 'u');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** ECS_RESERVED_PORTS and friends: a JSON array of port numbers; anything else keeps the default, as the agent does. */
function portList(text: string | undefined, fallback: ReadonlyArray<number>): ReadonlyArray<number> {
  if (text === undefined || text === '') return fallback;
  const parsed = parseJson(text);
  const valid =
    Array.isArray(parsed) &&
    parsed.every((p) => Number.isInteger(p) && (p as number) >= 0 && (p as number) <= 65535);
  return valid ? [...new Set(parsed as number[])] : fallback;
}

function portRange(text: string | undefined): readonly [number, number] {
  const m = text === undefined ? null : /^\s*(\d+)\s*-\s*(\d+)\s*$/.exec(text);
  if (!m) return DEFAULT_DYNAMIC_PORT_RANGE;
  const [start, end] = [Number(m[1]), Number(m[2])];
  return start >= 1 && start < end && end <= 65535 ? [start, end] : DEFAULT_DYNAMIC_PORT_RANGE;
}

function loggingDrivers(text: string | undefined, fallback: ReadonlyArray<string>): ReadonlyArray<string> {
  if (text === undefined || text === '') return fallback;
  const parsed = parseJson(text);
  return Array.isArray(parsed) && parsed.every((d) => typeof d === 'string')
    ? (parsed as string[])
    : fallback;
}

/** A boolean setting the agent reads as Go's strconv.ParseBool does; anything else (or nothing) is false. */
const isTrue = (text: string | undefined): boolean =>
  ['1', 't', 'T', 'TRUE', 'true', 'True'].includes((text ?? '').trim());

function instanceAttributes(text: string | undefined): Result<Record<string, string>, string> {
  if (text === undefined || text === '') return ok({});
  const parsed = parseJson(text);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return err(
      `ECS_INSTANCE_ATTRIBUTES is not a JSON object of names to values (got ${text.slice(0, 60)}); the agent refuses to start. Write it like ECS_INSTANCE_ATTRIBUTES={"stack":"prod"}.`,
    );
  }
  const entries = Object.entries(parsed as Record<string, unknown>);
  for (const [key, v] of entries) {
    if (!name.test(key)) {
      return err(
        `ECS_INSTANCE_ATTRIBUTES: attribute name '${key}' is not allowed (1–128 letters, digits, - _ / \\ .), so registration is refused.`,
      );
    }
    if (typeof v !== 'string' || !value.test(v)) {
      return err(
        `ECS_INSTANCE_ATTRIBUTES: the value of '${key}' must be a string of 1–128 letters, digits, spaces or - _ . @ / \\ :, so registration is refused.`,
      );
    }
  }
  if (entries.length > MAX_CUSTOM_ATTRIBUTES) {
    return err(
      `ECS_INSTANCE_ATTRIBUTES has ${entries.length} attributes; a container instance can hold at most ${MAX_CUSTOM_ATTRIBUTES} custom attributes, so registration is refused.`,
    );
  }
  return ok(Object.fromEntries(entries) as Record<string, string>);
}

/**
 * Turns ecs.config settings into the agent's configuration, with the defaults the ECS-optimized AMI starts
 * the agent with. Fails (the agent does not register) only where the real agent refuses to start or ECS
 * refuses the registration; malformed optional settings fall back to their defaults, as the agent does.
 */
export function parseAgentConfig(settings: ReadonlyMap<string, string>): Result<ParsedAgentConfig, string> {
  const attributes = instanceAttributes(settings.get('ECS_INSTANCE_ATTRIBUTES'));
  if (!attributes.ok) return attributes;
  const reservedMemoryText = settings.get('ECS_RESERVED_MEMORY') ?? '';
  const reservedMemory = /^\d+$/.test(reservedMemoryText.trim()) ? Number(reservedMemoryText.trim()) : 0;
  // ECS_RESERVED_PORTS replaces the agent's list rather than adding to it, as in the agent's config merge
  const reservedPorts = portList(settings.get('ECS_RESERVED_PORTS'), DEFAULT_RESERVED_PORTS);
  const reservedPortsUdp = portList(settings.get('ECS_RESERVED_PORTS_UDP'), []);
  if (reservedPorts.length + reservedPortsUdp.length > MAX_RESERVED_PORTS) {
    return err(
      `ECS_RESERVED_PORTS and ECS_RESERVED_PORTS_UDP list ${reservedPorts.length + reservedPortsUdp.length} ports; a container instance can reserve at most ${MAX_RESERVED_PORTS}, so registration is refused.`,
    );
  }
  const cluster = (settings.get('ECS_CLUSTER') ?? '').trim();
  return ok({
    clusterGiven: cluster !== '',
    config: {
      cluster: cluster === '' ? 'default' : cluster.startsWith('arn:') ? arnName(cluster) : cluster,
      attributes: attributes.value,
      reservedMemory,
      reservedPorts,
      reservedPortsUdp,
      dynamicPortRange: portRange(settings.get('ECS_DYNAMIC_HOST_PORT_RANGE')),
      loggingDrivers: loggingDrivers(settings.get('ECS_AVAILABLE_LOGGING_DRIVERS'), ECS_AMI_LOGGING_DRIVERS),
      ...(isTrue(settings.get('ECS_ENABLE_SPOT_INSTANCE_DRAINING')) ? { spotInstanceDraining: true } : {}),
    },
  });
}
