import { validation } from './resource';

/**
 * Scheduled actions' `Schedule` expressions, in UTC (the sandbox's only time zone):
 * - `at(yyyy-mm-ddThh:mm:ss)`: once, at that instant;
 * - `rate(N minute|minutes|hour|hours|day|days)`: every N units, counted from the action's StartTime (or its
 *   creation when it has none);
 * - `cron(Minutes Hours Day-of-month Month Day-of-week Year)`: AWS's six fields, each `*`, a number, a name
 *   (JAN–DEC, SUN–SAT), a range `a-b`, a step `*\/n` or `a-b/n` or `a/n`, a list of those, or `?` (no value,
 *   for one of the two day fields). Day-of-week counts 1–7 from Sunday. `L`, `W` and `#` are refused: the
 *   sandbox does not run them.
 * Scheduled actions run at whole minutes (the minute clock's `scheduled` phase), so seconds are ignored.
 */
export type Schedule =
  | { readonly kind: 'at'; readonly at: number }
  | { readonly kind: 'rate'; readonly everySeconds: number }
  | { readonly kind: 'cron'; readonly fields: CronFields };

interface CronFields {
  readonly minutes: ReadonlySet<number>;
  readonly hours: ReadonlySet<number>;
  /** undefined: `?` or `*` (any day) */
  readonly daysOfMonth: ReadonlySet<number> | undefined;
  readonly months: ReadonlySet<number>;
  /** 1 = Sunday … 7 = Saturday; undefined: `?` or `*` */
  readonly daysOfWeek: ReadonlySet<number> | undefined;
  readonly years: ReadonlySet<number> | undefined;
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

const bad = (schedule: string, why: string) => validation(`Schedule '${schedule}': ${why}`, 'Schedule');

interface FieldSpec {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  readonly names?: ReadonlyArray<string>;
}

const FIELDS: ReadonlyArray<FieldSpec> = [
  { name: 'Minutes', min: 0, max: 59 },
  { name: 'Hours', min: 0, max: 23 },
  { name: 'Day-of-month', min: 1, max: 31 },
  { name: 'Month', min: 1, max: 12, names: MONTHS },
  { name: 'Day-of-week', min: 1, max: 7, names: DAYS },
  { name: 'Year', min: 1970, max: 2199 },
];

function parseValue(schedule: string, spec: FieldSpec, text: string): number {
  const upper = text.toUpperCase();
  const named = spec.names?.indexOf(upper) ?? -1;
  if (named >= 0) return named + 1;
  if (!/^\d+$/.test(text)) {
    if (/[LW#]/i.test(text)) {
      throw bad(
        schedule,
        `${spec.name} '${text}' uses L, W or #, which the sandbox does not run; write the days out as numbers, a range or a list.`,
      );
    }
    throw bad(
      schedule,
      `${spec.name} '${text}' is not a number${spec.names ? ` or a name (${spec.names[0]}–${spec.names[spec.names.length - 1]})` : ''}.`,
    );
  }
  const n = Number(text);
  if (n < spec.min || n > spec.max) {
    throw bad(schedule, `${spec.name} ${n} is out of range: ${spec.min}–${spec.max}.`);
  }
  return n;
}

/** One cron field as the set of values it allows; undefined for `*` and `?` on the day fields and year. */
function parseField(
  schedule: string,
  spec: FieldSpec,
  text: string,
  anyIsUndefined: boolean,
): Set<number> | undefined {
  if (text === '?') {
    if (spec.name !== 'Day-of-month' && spec.name !== 'Day-of-week') {
      throw bad(schedule, `'?' is only for Day-of-month or Day-of-week, not ${spec.name}.`);
    }
    return undefined;
  }
  if (text === '*' && anyIsUndefined) return undefined;
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const m = /^([^/]+)(?:\/(\d+))?$/.exec(part);
    if (!m) throw bad(schedule, `${spec.name} '${part}' is not a value, range or step.`);
    const [, range, stepText] = m;
    const step = stepText === undefined ? 1 : Number(stepText);
    if (step < 1) throw bad(schedule, `${spec.name} step '/${stepText}' must be at least 1.`);
    let from: number;
    let to: number;
    if (range === '*') {
      from = spec.min;
      to = spec.max;
    } else if (range!.includes('-')) {
      const [a, b, ...rest] = range!.split('-');
      if (rest.length || a === undefined || b === undefined)
        throw bad(schedule, `${spec.name} '${range}' is not a range a-b.`);
      from = parseValue(schedule, spec, a);
      to = parseValue(schedule, spec, b);
      if (from > to) throw bad(schedule, `${spec.name} range '${range}' runs backwards.`);
    } else {
      from = parseValue(schedule, spec, range!);
      to = stepText === undefined ? from : spec.max;
    }
    for (let v = from; v <= to; v += step) out.add(v);
  }
  return out;
}

function parseCron(schedule: string, body: string): CronFields {
  const parts = body.trim().split(/\s+/);
  if (parts.length !== 6) {
    throw bad(
      schedule,
      `a cron expression has six fields (Minutes Hours Day-of-month Month Day-of-week Year), this one has ${parts.length}. Example: cron(0 9 * * ? *) runs at 09:00 UTC every day.`,
    );
  }
  const [mi, h, dom, mo, dow, y] = parts as [string, string, string, string, string, string];
  if (dom !== '?' && dow !== '?') {
    throw bad(
      schedule,
      `one of Day-of-month and Day-of-week must be '?' (cron(0 9 * * ? *) or cron(0 9 ? * MON-FRI *)).`,
    );
  }
  return {
    minutes: parseField(schedule, FIELDS[0]!, mi, false)!,
    hours: parseField(schedule, FIELDS[1]!, h, false)!,
    daysOfMonth: parseField(schedule, FIELDS[2]!, dom, true),
    months: parseField(schedule, FIELDS[3]!, mo, false)!,
    daysOfWeek: parseField(schedule, FIELDS[4]!, dow, true),
    years: parseField(schedule, FIELDS[5]!, y, true),
  };
}

const RATE_UNITS: Readonly<Record<string, number>> = {
  minute: 60,
  minutes: 60,
  hour: 3600,
  hours: 3600,
  day: 86400,
  days: 86400,
};

/** Parses a Schedule; `epochOf` turns an ISO date-time (UTC) into virtual seconds. */
export function parseSchedule(schedule: string, epochOf: (iso: string) => number): Schedule {
  const at = /^at\((\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})\)$/.exec(schedule);
  if (at) {
    const [y, mo, d, h, mi, sec] = at[1]!.split(/[-T:]/).map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const back = new Date(Date.UTC(y, mo - 1, d, h, mi, sec));
    const real =
      back.getUTCFullYear() === y &&
      back.getUTCMonth() === mo - 1 &&
      back.getUTCDate() === d &&
      h < 24 &&
      mi < 60 &&
      sec < 60;
    if (!real) throw bad(schedule, `'${at[1]}' is not a real date and time.`);
    const t = epochOf(`${at[1]}Z`);
    return { kind: 'at', at: t };
  }
  const rate = /^rate\((\d+)\s+([a-z]+)\)$/.exec(schedule);
  if (rate) {
    const n = Number(rate[1]);
    const unit = RATE_UNITS[rate[2]!];
    if (unit === undefined) throw bad(schedule, `the unit '${rate[2]}' is not minute(s), hour(s) or day(s).`);
    if (n < 1) throw bad(schedule, 'a rate must be at least 1.');
    return { kind: 'rate', everySeconds: n * unit };
  }
  const cron = /^cron\((.*)\)$/.exec(schedule);
  if (cron) return { kind: 'cron', fields: parseCron(schedule, cron[1]!) };
  throw bad(
    schedule,
    'write at(yyyy-mm-ddThh:mm:ss), rate(N minutes|hours|days) or cron(Minutes Hours Day-of-month Month Day-of-week Year), in UTC.',
  );
}

/** Whether a cron schedule fires in the minute starting at epoch second `epoch` (UTC). */
export function cronMatches(fields: CronFields, epoch: number): boolean {
  const d = new Date(epoch * 1000);
  return (
    fields.minutes.has(d.getUTCMinutes()) &&
    fields.hours.has(d.getUTCHours()) &&
    (fields.daysOfMonth?.has(d.getUTCDate()) ?? true) &&
    fields.months.has(d.getUTCMonth() + 1) &&
    (fields.daysOfWeek?.has(d.getUTCDay() + 1) ?? true) &&
    (fields.years?.has(d.getUTCFullYear()) ?? true)
  );
}

/**
 * Whether a schedule is due at the whole minute `now` (virtual seconds): its time fell in the minute that ends at
 * `now`, so an action runs at the first whole minute at or after its time. `startEpoch` turns virtual seconds
 * into epoch seconds; `from` is where a rate counts from (the StartTime, else the creation time).
 */
export function isDue(schedule: Schedule, now: number, startEpoch: number, from: number): boolean {
  switch (schedule.kind) {
    case 'at':
      return schedule.at > now - 60 && schedule.at <= now;
    case 'rate': {
      const since = now - from;
      return since >= schedule.everySeconds && since % schedule.everySeconds < 60;
    }
    case 'cron':
      return cronMatches(schedule.fields, startEpoch + now);
  }
}
