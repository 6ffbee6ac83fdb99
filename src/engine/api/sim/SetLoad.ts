import type { EngineContext } from '../../context';
import { invalidParameter } from '../../errors';
import type { LoadShape, ServiceLoad } from '../../model/load';
import { startMinuteClock } from '../../scaling/minute';
import { setLoadSchema } from '../../schema/load';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { requireActiveService } from '../../services/lookup';
import { defineOperation } from '../operation';

export type SetLoadInput = Infer<typeof setLoadSchema>;

export interface SetLoadOutput {
  readonly serviceArn: string;
  readonly shape: LoadShape;
  readonly noise: number;
}

type ShapeInput = NonNullable<SetLoadInput['shape']>;

/** The value of a shape member the kind needs, or a message naming it. */
function need(shape: ShapeInput, member: keyof ShapeInput): number {
  const value = shape[member];
  if (typeof value !== 'number') {
    throw invalidParameter(`shape.${member}: a ${shape.kind} load needs ${member}.`, `shape.${member}`);
  }
  return value;
}

function shapeOf(ctx: EngineContext, shape: ShapeInput): LoadShape {
  const startAt = ctx.now + (shape.startInSeconds ?? 0);
  switch (shape.kind) {
    case 'constant':
      return { kind: 'constant', requestsPerSecond: need(shape, 'requestsPerSecond') };
    case 'ramp':
      return {
        kind: 'ramp',
        from: need(shape, 'from'),
        to: need(shape, 'to'),
        startAt,
        durationSeconds: need(shape, 'durationSeconds'),
      };
    case 'spike':
      return {
        kind: 'spike',
        base: need(shape, 'base'),
        peak: need(shape, 'peak'),
        startAt,
        durationSeconds: need(shape, 'durationSeconds'),
      };
    case 'daily': {
      const low = need(shape, 'low');
      const high = need(shape, 'high');
      if (high < low)
        throw invalidParameter(`shape.high (${high}) is below shape.low (${low}).`, 'shape.high');
      return { kind: 'daily', low, high, peakHour: need(shape, 'peakHour') };
    }
  }
}

/**
 * Simulator control: the load a service receives from now on (the sandbox's load model, load/usage.ts). Its
 * tasks turn it into CPU and memory use, latency and errors, which CloudWatch publishes every minute and
 * scaling policies act on. Setting a load replaces the service's previous one.
 */
export const SetLoad = defineOperation<SetLoadInput, SetLoadOutput>({
  schema: setLoadSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const service = requireActiveService(ctx.state, input.cluster, input.service);
    if ((input.requestsPerSecond === undefined) === (input.shape === undefined)) {
      throw invalidParameter(
        'Give the load either as requestsPerSecond (a constant rate) or as a shape, not both and not neither.',
        input.shape ? 'shape' : 'requestsPerSecond',
      );
    }
    const shape: LoadShape = input.shape
      ? shapeOf(ctx, input.shape)
      : { kind: 'constant', requestsPerSecond: input.requestsPerSecond! };
    const load: ServiceLoad = {
      serviceArn: service.serviceArn,
      shape,
      noise: input.noise ?? 0,
      noiseSeed: input.seed ?? 1,
      setAt: ctx.now,
    };
    ctx.tx.set(ctx.state.load, service.serviceArn, load);
    ctx.emit({ type: 'LoadSet', at: ctx.now, serviceArn: service.serviceArn, shape });
    startMinuteClock(ctx);
    return { serviceArn: service.serviceArn, shape, noise: load.noise };
  },
});
