import { findScheduledAction } from '../../applicationAutoScaling/policies';
import {
  checkDimension,
  checkNamespace,
  requireTarget,
  scheduledActionArn,
  validation,
} from '../../applicationAutoScaling/resource';
import { parseSchedule } from '../../applicationAutoScaling/schedule';
import { virtualTimeOf } from '../../applicationAutoScaling/scheduled';
import type { ScheduledActionRecord } from '../../model/applicationAutoScaling';
import { startMinuteClock } from '../../scaling/minute';
import { putScheduledActionSchema } from '../../schema/applicationAutoScaling';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import type { SimState } from '../../state';
import { defineOperation } from '../operation';

export type PutScheduledActionInput = Infer<typeof putScheduledActionSchema>;

const UTC_NAMES = new Set(['UTC', 'Etc/UTC', 'GMT', 'Etc/GMT', 'Etc/UCT', 'UCT', 'Zulu', 'Etc/Zulu']);

/** A timestamp member (ISO 8601, or epoch seconds) as virtual seconds. */
function timeOf(
  state: SimState,
  field: 'StartTime' | 'EndTime',
  text: string | undefined,
): number | undefined {
  if (text === undefined) return undefined;
  const epoch = /^\d+(\.\d+)?$/.test(text) ? Number(text) : Date.parse(text) / 1000;
  if (!Number.isFinite(epoch)) {
    throw validation(
      `${field} '${text}' is not a date and time: write it as 2026-01-01T09:00:00Z (UTC).`,
      field,
    );
  }
  return Math.round(epoch - state.startEpoch);
}

/**
 * application-autoscaling PutScheduledAction: at the times `Schedule` says (UTC), set the target's MinCapacity
 * and/or MaxCapacity; the service's desired count follows into the new range (scheduled.ts). Putting an action
 * with a name already used on the target replaces it; StartTime and EndTime left out are cleared, as AWS does.
 */
export const PutScheduledAction = defineOperation<PutScheduledActionInput, Record<string, never>>({
  schema: putScheduledActionSchema,
  schemaError: 'ValidationException',
  handle(ctx, input) {
    checkNamespace(input.ServiceNamespace);
    checkDimension(input.ScalableDimension);
    const target = requireTarget(ctx.state, input.ResourceId);
    const actions = ctx.state.applicationAutoScaling.scheduledActions;
    const old = findScheduledAction(actions, target.ResourceId, input.ScheduledActionName);
    const schedule = input.Schedule ?? old?.Schedule;
    if (schedule === undefined) {
      throw validation(
        'Schedule is required for a new scheduled action: at(yyyy-mm-ddThh:mm:ss), rate(N minutes|hours|days) or cron(…).',
        'Schedule',
      );
    }
    const timezone = input.Timezone ?? old?.Timezone;
    if (timezone !== undefined && !UTC_NAMES.has(timezone)) {
      throw validation(
        `Timezone '${timezone}' is not simulated: the sandbox runs schedules in UTC. Leave Timezone out and write the times in UTC.`,
        'Timezone',
      );
    }
    const parsed = parseSchedule(schedule, (iso) => virtualTimeOf(ctx.state.startEpoch, iso));
    if (parsed.kind === 'at' && parsed.at <= ctx.now - 60) {
      // the sandbox's choice: an action that can never run is refused rather than kept
      throw validation(
        `Schedule '${schedule}' is in the past (the sandbox's clock reads ${ctx.iso(ctx.now)}).`,
        'Schedule',
      );
    }
    const StartTime = timeOf(ctx.state, 'StartTime', input.StartTime);
    const EndTime = timeOf(ctx.state, 'EndTime', input.EndTime);
    if (StartTime !== undefined && EndTime !== undefined && EndTime <= StartTime) {
      throw validation('EndTime must be after StartTime.', 'EndTime');
    }
    const action = input.ScalableTargetAction ?? old?.ScalableTargetAction ?? {};
    const { MinCapacity, MaxCapacity } = action;
    if (MinCapacity === undefined && MaxCapacity === undefined) {
      throw validation(
        'ScalableTargetAction needs MinCapacity, MaxCapacity or both: what the action sets the target to.',
        'ScalableTargetAction',
      );
    }
    for (const [name, v] of [
      ['MinCapacity', MinCapacity],
      ['MaxCapacity', MaxCapacity],
    ] as const) {
      if (v !== undefined && v < 0)
        throw validation(
          `ScalableTargetAction.${name} is ${v}: a task count cannot be negative.`,
          `ScalableTargetAction.${name}`,
        );
    }
    if (MinCapacity !== undefined && MaxCapacity !== undefined && MinCapacity > MaxCapacity) {
      throw validation(
        `ScalableTargetAction: MinCapacity (${MinCapacity}) is greater than MaxCapacity (${MaxCapacity}).`,
        'ScalableTargetAction.MinCapacity',
      );
    }
    const record: ScheduledActionRecord = {
      ScheduledActionName: input.ScheduledActionName,
      ScheduledActionARN:
        old?.ScheduledActionARN ?? scheduledActionArn(ctx, target.ResourceId, input.ScheduledActionName),
      ServiceNamespace: 'ecs',
      Schedule: schedule,
      ...(timezone !== undefined ? { Timezone: timezone } : {}),
      ResourceId: target.ResourceId,
      ScalableDimension: target.ScalableDimension,
      ...(StartTime !== undefined ? { StartTime } : {}),
      ...(EndTime !== undefined ? { EndTime } : {}),
      ScalableTargetAction: {
        ...(MinCapacity !== undefined ? { MinCapacity } : {}),
        ...(MaxCapacity !== undefined ? { MaxCapacity } : {}),
      },
      CreationTime: old?.CreationTime ?? ctx.now,
    };
    ctx.tx.set(actions, record.ScheduledActionARN, record);
    startMinuteClock(ctx);
    return {};
  },
});
