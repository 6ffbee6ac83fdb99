import { describe, expect, it } from 'vitest';
import { cronMatches, isDue, parseSchedule } from '../../../src/engine/applicationAutoScaling/schedule';
import {
  aas,
  activities,
  desired,
  register,
  RESOURCE,
  scalingWorld,
  settableMetric,
  storedTarget,
  trackTestMetric,
} from './world';

const epochOf = (iso: string) => Date.parse(iso) / 1000;
const at = (iso: string) => epochOf(iso);
const cron = (body: string) => {
  const s = parseSchedule(`cron(${body})`, epochOf);
  if (s.kind !== 'cron') throw new Error('not cron');
  return s.fields;
};

describe('scheduled action expressions', () => {
  it.each([
    { expr: '0 9 * * ? *', time: '2026-03-04T09:00:00Z', fires: true },
    { expr: '0 9 * * ? *', time: '2026-03-04T09:01:00Z', fires: false },
    { expr: '*/15 * * * ? *', time: '2026-03-04T10:45:00Z', fires: true },
    { expr: '*/15 * * * ? *', time: '2026-03-04T10:50:00Z', fires: false },
    { expr: '0 8-17/3 * * ? *', time: '2026-03-04T14:00:00Z', fires: true },
    { expr: '0 8-17/3 * * ? *', time: '2026-03-04T15:00:00Z', fires: false },
    { expr: '30 6 ? * MON-FRI *', time: '2026-03-06T06:30:00Z', fires: true }, // a Friday
    { expr: '30 6 ? * MON-FRI *', time: '2026-03-07T06:30:00Z', fires: false }, // a Saturday
    { expr: '30 6 ? * 1,7 *', time: '2026-03-08T06:30:00Z', fires: true }, // Sunday is 1
    { expr: '0 0 1,15 * ? 2026', time: '2026-05-15T00:00:00Z', fires: true },
    { expr: '0 0 1,15 * ? 2027', time: '2026-05-15T00:00:00Z', fires: false },
    { expr: '0 12 * JAN-MAR ? *', time: '2026-04-01T12:00:00Z', fires: false },
  ])('cron($expr) at $time: $fires', ({ expr, time, fires }) => {
    expect(cronMatches(cron(expr), at(time))).toBe(fires);
  });

  it.each([
    { expr: 'cron(0 9 * * *)', message: /six fields/ },
    { expr: 'cron(0 9 * * 2 *)', message: /must be '\?'/ },
    { expr: 'cron(0 9 L * ? *)', message: /L, W or #/ },
    { expr: 'cron(0 9 ? * 2#1 *)', message: /L, W or #/ },
    { expr: 'cron(61 9 * * ? *)', message: /out of range: 0–59/ },
    { expr: 'cron(0 ? * * ? *)', message: /only for Day-of-month or Day-of-week/ },
    { expr: 'rate(5 weeks)', message: /minute\(s\), hour\(s\) or day\(s\)/ },
    { expr: 'rate(0 minutes)', message: /at least 1/ },
    { expr: 'at(2026-02-30T09:00:00)', message: /not a real date/ },
    { expr: 'every day at nine', message: /write at\(yyyy-mm-ddThh:mm:ss\)/ },
  ])('refuses $expr', ({ expr, message }) => {
    expect(() => parseSchedule(expr, epochOf)).toThrow(
      expect.objectContaining({ name: 'ValidationException', message: expect.stringMatching(message) }),
    );
  });

  it('runs an at() action at the first whole minute at or after its time, and a rate() every period from its start', () => {
    const start = epochOf('2026-01-01T00:00:00Z');
    const once = parseSchedule('at(2026-01-01T00:10:30)', (iso) => epochOf(iso) - start);
    expect(isDue(once, 11 * 60, start, 0)).toBe(true);
    expect(isDue(once, 10 * 60, start, 0)).toBe(false);
    const every = parseSchedule('rate(5 minutes)', epochOf);
    const due = [60, 300, 360, 600, 900].filter((t) => isDue(every, t, 0, 0));
    expect(due).toEqual([300, 600, 900]);
  });
});

const put = (sim: ReturnType<typeof scalingWorld>, input: Record<string, unknown>) =>
  aas(sim, 'PutScheduledAction', {
    ResourceId: RESOURCE,
    ScalableDimension: 'ecs:service:DesiredCount',
    ...input,
  });

describe('application-autoscaling scheduled actions', () => {
  it('sets new bounds at the scheduled time and moves the desired count into them, with its activity', () => {
    const sim = scalingWorld(2);
    register(sim, 1, 10);
    put(sim, {
      ScheduledActionName: 'morning',
      Schedule: 'at(2026-01-01T00:10:00)',
      ScalableTargetAction: { MinCapacity: 5 },
    });
    sim.advance(7 * 60);
    expect(desired(sim)).toBe(2);
    sim.advance(60);
    expect(sim.now).toBe(600);
    expect(desired(sim)).toBe(5);
    expect(storedTarget(sim)).toMatchObject({ MinCapacity: 5, MaxCapacity: 10 });
    expect(activities(sim)[0]).toMatchObject({
      Description: 'Setting desired count to 5.',
      Cause: 'scheduled action name morning was triggered',
    });
    const listed = aas(sim, 'DescribeScheduledActions', { ResourceId: RESOURCE }) as {
      ScheduledActions: Array<Record<string, unknown>>;
    };
    expect(listed.ScheduledActions[0]).toMatchObject({
      ScheduledActionName: 'morning',
      Schedule: 'at(2026-01-01T00:10:00)',
      ScalableTargetAction: { MinCapacity: 5 },
      ScheduledActionARN: expect.stringMatching(
        /^arn:aws:autoscaling:us-east-1:123456789012:scheduledAction:[0-9a-f-]{36}:resource\/ecs\/service\/default\/web:scheduledActionName\/morning$/,
      ),
    });
  });

  it('lowers the count to a new maximum, ignoring cooldowns', () => {
    const sim = scalingWorld(2);
    register(sim, 1, 10);
    settableMetric(sim, 100);
    trackTestMetric(sim, 'load50', 50, { ScaleOutCooldown: 3600 });
    sim.advance(3 * 60);
    expect(desired(sim)).toBe(4);
    put(sim, {
      ScheduledActionName: 'cap',
      Schedule: 'rate(1 minute)',
      ScalableTargetAction: { MaxCapacity: 3 },
    });
    sim.advance(60);
    expect(desired(sim)).toBe(3);
  });

  it('runs a cron action each time it matches, within StartTime and EndTime', () => {
    const sim = scalingWorld(2);
    register(sim, 1, 10);
    put(sim, {
      ScheduledActionName: 'quarterly',
      Schedule: 'cron(*/15 * * * ? *)',
      StartTime: '2026-01-01T00:20:00Z',
      EndTime: '2026-01-01T00:50:00Z',
      ScalableTargetAction: { MinCapacity: 3, MaxCapacity: 3 },
    });
    sim.advance(15 * 60 - sim.now);
    expect(desired(sim)).toBe(2); // 00:15 is before StartTime
    sim.advance(15 * 60);
    expect(desired(sim)).toBe(3); // 00:30
    register(sim, 1, 10);
    sim.callByName('ecs', 'UpdateService', { service: 'web', desiredCount: 6 });
    sim.advance(15 * 60);
    expect(desired(sim)).toBe(3); // 00:45 again
    register(sim, 1, 10);
    sim.callByName('ecs', 'UpdateService', { service: 'web', desiredCount: 6 });
    sim.advance(15 * 60);
    expect(desired(sim)).toBe(6); // 01:00 is after EndTime
  });

  it('does not run while ScheduledScalingSuspended', () => {
    const sim = scalingWorld(2);
    register(sim, 1, 10, { SuspendedState: { ScheduledScalingSuspended: true } });
    put(sim, {
      ScheduledActionName: 'morning',
      Schedule: 'at(2026-01-01T00:10:00)',
      ScalableTargetAction: { MinCapacity: 5 },
    });
    sim.advance(10 * 60);
    expect(desired(sim)).toBe(2);
    expect(storedTarget(sim).MinCapacity).toBe(1);
  });

  it('deletes a scheduled action, and refuses to delete one that does not exist', () => {
    const sim = scalingWorld(2);
    register(sim, 1, 10);
    put(sim, {
      ScheduledActionName: 'x',
      Schedule: 'rate(1 hour)',
      ScalableTargetAction: { MinCapacity: 2 },
    });
    const del = {
      ResourceId: RESOURCE,
      ScalableDimension: 'ecs:service:DesiredCount',
      ScheduledActionName: 'x',
    };
    aas(sim, 'DeleteScheduledAction', del);
    expect(Object.keys(sim.state.applicationAutoScaling.scheduledActions)).toEqual([]);
    expect(() => aas(sim, 'DeleteScheduledAction', del)).toThrow(
      expect.objectContaining({ name: 'ObjectNotFoundException' }),
    );
  });

  it.each([
    {
      name: 'a time zone other than UTC',
      input: { Timezone: 'Europe/Paris' },
      message: /runs schedules in UTC/,
    },
    { name: 'an at() in the past', input: { Schedule: 'at(2025-01-01T00:00:00)' }, message: /in the past/ },
    {
      name: 'no bounds',
      input: { ScalableTargetAction: {} },
      message: /needs MinCapacity, MaxCapacity or both/,
    },
    {
      name: 'min above max',
      input: { ScalableTargetAction: { MinCapacity: 5, MaxCapacity: 2 } },
      message: /greater than MaxCapacity/,
    },
    {
      name: 'EndTime before StartTime',
      input: { StartTime: '2026-01-02T00:00:00Z', EndTime: '2026-01-01T00:00:00Z' },
      message: /EndTime must be after/,
    },
  ])('refuses $name', ({ input, message }) => {
    const sim = scalingWorld(2);
    register(sim, 1, 10);
    expect(() =>
      put(sim, {
        ScheduledActionName: 'bad',
        Schedule: 'rate(1 hour)',
        ScalableTargetAction: { MinCapacity: 2 },
        ...input,
      }),
    ).toThrow(
      expect.objectContaining({ name: 'ValidationException', message: expect.stringMatching(message) }),
    );
  });
});
