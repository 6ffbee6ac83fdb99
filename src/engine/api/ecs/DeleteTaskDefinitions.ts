import { taskDefinitionArn } from '../../arns';
import {
  parseTaskDefinitionRef,
  taskDefinitionOutput,
  type TaskDefinitionOutput,
} from '../../taskDefinitions';
import { deleteTaskDefinitionsSchema } from '../../schema/taskDefinitionQueries';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DeleteTaskDefinitionsInput = Infer<typeof deleteTaskDefinitionsSchema>;

export interface DeleteTaskDefinitionsOutput {
  readonly taskDefinitions: ReadonlyArray<TaskDefinitionOutput>;
  readonly failures: ReadonlyArray<{
    readonly arn: string;
    readonly reason: string;
    readonly detail?: string;
  }>;
}

const NOT_FOUND =
  'The specified task definition does not exist. Specify a valid account, family, revision and try again.';
const STILL_ACTIVE =
  'The specified task definition is still in ACTIVE status. Please deregister the target and try again.';
const BAD_REFERENCE =
  'The specified task definition identifier is invalid. Specify a valid name or ARN and try again.';

/**
 * Moves INACTIVE revisions to DELETE_IN_PROGRESS (up to 10 per call). Each reference that is not an existing
 * INACTIVE (or already deleting) revision becomes an entry in `failures`; the others still succeed.
 */
export const DeleteTaskDefinitions = defineOperation<DeleteTaskDefinitionsInput, DeleteTaskDefinitionsOutput>(
  {
    schema: deleteTaskDefinitionsSchema,
    schemaError: 'InvalidParameterException',
    handle(ctx, input) {
      const deleted: TaskDefinitionOutput[] = [];
      const failures: Array<{ arn: string; reason: string }> = [];
      const table = ctx.state.ecs.taskDefinitions;
      for (const given of input.taskDefinitions) {
        const ref = parseTaskDefinitionRef(ctx.state, given);
        if (!ref || ref.revision === undefined) {
          failures.push({ arn: given, reason: BAD_REFERENCE });
          continue;
        }
        const td = table[taskDefinitionArn(ctx.state, ref.family, ref.revision)];
        if (!td) failures.push({ arn: given, reason: NOT_FOUND });
        else if (td.status === 'ACTIVE') failures.push({ arn: given, reason: STILL_ACTIVE });
        else {
          const deleting = { ...td, status: 'DELETE_IN_PROGRESS' as const };
          ctx.tx.set(table, td.taskDefinitionArn, deleting);
          deleted.push(taskDefinitionOutput(ctx, deleting));
        }
      }
      return { taskDefinitions: deleted, failures };
    },
  },
);
