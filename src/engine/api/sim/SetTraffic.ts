import { setTrafficSchema } from '../../schema/serviceConnect';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { startTraffic } from '../../serviceConnect/traffic';
import { requireActiveService } from '../../services/lookup';
import { defineOperation } from '../operation';

export type SetTrafficInput = Infer<typeof setTrafficSchema>;

export interface SetTrafficOutput {
  readonly service: string;
  readonly urlVariable: string;
  readonly requestsPerSecond: number;
}

/**
 * Simulator control: a service's application calls another service steadily — every TRAFFIC_TICK (5) seconds,
 * `requestsPerSecond` × 5 requests shared by its running tasks, each task calling the URL its container's
 * environment variable `urlVariable` holds (so a new task definition revision changes where the calls go).
 * Outcomes are recorded per client service (the newest 30 minutes). 0 requests a second stops the calls.
 */
export const SetTraffic = defineOperation<SetTrafficInput, SetTrafficOutput>({
  schema: setTrafficSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const service = requireActiveService(ctx.state, input.cluster, input.service);
    const table = ctx.state.serviceDiscovery.traffic;
    if (input.requestsPerSecond === 0) ctx.tx.remove(table, service.serviceArn);
    else {
      ctx.tx.set(table, service.serviceArn, {
        clusterArn: service.clusterArn,
        serviceArn: service.serviceArn,
        serviceName: service.serviceName,
        urlVariable: input.urlVariable,
        requestsPerSecond: input.requestsPerSecond,
      });
      startTraffic(ctx);
    }
    return {
      service: service.serviceArn,
      urlVariable: input.urlVariable,
      requestsPerSecond: input.requestsPerSecond,
    };
  },
});
