/**
 * Literal values with a meaning beyond text: registration dates, agent versions and task counts
 * (ecs-reference §4.2). Pure functions; no clock is read.
 */

const DATE_FORMAT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(Z|[+-]\d{2}:\d{2})?)?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/**
 * Parses a `registeredAt` literal in one of the four documented forms — `2018-06-18T22:28:28+00:00`,
 * `2018-06-18T22:28:28Z`, `2018-06-18T22:28:28`, `2018-06-18` — into epoch seconds. A form without an
 * offset is read as UTC. Returns undefined for anything else, including impossible dates (`2018-02-30`).
 */
export function parseQueryDate(text: string): number | undefined {
  const m = DATE_FORMAT.exec(text);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map((part) => Number(part ?? '0')) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const zone = m[7];
  let offsetMinutes = 0;
  if (zone !== undefined && zone !== 'Z') {
    const zoneHours = Number(zone.slice(1, 3));
    const zoneMinutes = Number(zone.slice(4, 6));
    if (zoneHours > 23 || zoneMinutes > 59) return undefined;
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (zoneHours * 60 + zoneMinutes);
  }
  return Date.UTC(year, month - 1, day, hour, minute, second) / 1000 - offsetMinutes * 60;
}

const VERSION_LITERAL = /^\d{1,9}(?:\.\d{1,9})*$/;
const VERSION_PREFIX = /^v?(\d{1,9}(?:\.\d{1,9})*)/;

/** Parses a version literal written in an expression (`1.14.5`): dot-separated whole numbers only. */
export function parseVersionLiteral(text: string): readonly number[] | undefined {
  return VERSION_LITERAL.test(text) ? text.split('.').map(Number) : undefined;
}

const agentVersionCache = new Map<string, readonly number[] | undefined>();
const AGENT_VERSION_CACHE_LIMIT = 256;

/**
 * Reads an instance's agent version leniently (`1.51.0`, `v1.51.0`, `1.51.0-beta`) into its numeric
 * components; undefined when it starts with no number. Memoized: a cluster has only a few versions.
 */
export function parseAgentVersion(text: string): readonly number[] | undefined {
  if (agentVersionCache.has(text)) return agentVersionCache.get(text);
  const m = VERSION_PREFIX.exec(text);
  const parts = m?.[1] === undefined ? undefined : m[1].split('.').map(Number);
  if (agentVersionCache.size >= AGENT_VERSION_CACHE_LIMIT) agentVersionCache.clear();
  agentVersionCache.set(text, parts);
  return parts;
}

/** Compares versions component by component as numbers; a missing component counts as 0 (1.2 == 1.2.0). */
export function compareVersions(a: readonly number[], b: readonly number[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

const COUNT_LITERAL = /^\d{1,9}$/;

/** Parses a `runningTasksCount` literal: a whole number of at most 9 digits. */
export function parseCountLiteral(text: string): number | undefined {
  return COUNT_LITERAL.test(text) ? Number(text) : undefined;
}
