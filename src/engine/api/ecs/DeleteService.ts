import type { Service } from '../../model/service';
import { AwsError } from '../../errors';
import { deleteServiceSchema } from '../../schema/services';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { saveService, scheduleReconcile, serviceOutput, type ServiceOutput } from '../../services';
import { requireActiveService } from '../../services/lookup';
import { defineOperation } from '../operation';

export type DeleteServiceInput = Infer<typeof deleteServiceSchema>;

export interface DeleteServiceOutput {
  readonly service: ServiceOutput;
}

/**
 * ecs DeleteService. A REPLICA service must be scaled to 0 first unless `force` is set; the service becomes
 * DRAINING (hidden from ListServices), the scheduler stops its tasks, and once none is left it is INACTIVE.
 */
export const DeleteService = defineOperation<DeleteServiceInput, DeleteServiceOutput>({
  schema: deleteServiceSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const current = requireActiveService(ctx.state, input.cluster, input.service);
    if (current.schedulingStrategy === 'REPLICA' && current.desiredCount > 0 && input.force !== true) {
      throw new AwsError(
        'InvalidParameterException',
        `The service cannot be stopped while it is scaled above 0. Set desiredCount of '${current.serviceName}' to 0 ` +
          'with UpdateService first, or delete it with force.',
        'force',
      );
    }
    const service: Service = { ...current, status: 'DRAINING', desiredCount: 0, steady: false };
    saveService(ctx, service);
    scheduleReconcile(ctx, service.serviceArn);
    return { service: serviceOutput(ctx, service) };
  },
});
