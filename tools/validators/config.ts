import { STORAGE_SCHEMAS } from '../../src/app/storage/schemas';
import { laterOperations } from '../../src/engine/api/laterOperations';
import { findOperation, installLaterOperations, listOperations } from '../../src/engine/api/registry';

// the build lists every operation's request, the later ones included
installLaterOperations(laterOperations);
import type { JsonSchema } from '../../src/engine/schema/jsonSchema';
import { registerTaskDefinitionSchema } from '../../src/engine/schema/taskDefinition';

/** The generated export's name for an operation's request (`application-autoscaling` is not an identifier). */
export const operationSchemaName = (service: string, operation: string): string =>
  `${service.replace(/-/g, '_')}_${operation}`;

/** Whether a listed name is an operation's request (not the task definition document or a storage record). */
const isOperationName = (name: string): boolean =>
  listOperations().some(({ service, operation }) => operationSchemaName(service, operation) === name);

/**
 * Every schema that reaches `validatorFor` at run time, under a readable name (the generated export's name).
 * A schema left out here is refused at run time with a message pointing to this file.
 */
export function schemasToPrecompile(): Record<string, JsonSchema> {
  return {
    // the request of every operation `sim.call` answers
    ...Object.fromEntries(
      listOperations().map(({ service, operation }) => [
        operationSchemaName(service, operation),
        findOperation(service, operation)!.schema,
      ]),
    ),
    // the task definition document (the editor's templates are checked against it)
    taskDefinition: registerTaskDefinitionSchema,
    // every record the app keeps in browser storage (src/app/storage)
    ...Object.fromEntries(
      Object.entries(STORAGE_SCHEMAS).map(([name, schema]) => [`storage_${name}`, schema]),
    ),
  };
}

/**
 * The operations the first screen sends (its scenarios' builds, the Run task form, the instance and task
 * controls, the task definition editor); every other operation's request check loads after the first page, a
 * third of the generated code (src/engine/schema/validate.ts). The storage records (but the running exam) and the
 * task definition document are checked on the first page too.
 */
const FIRST_PAGE_OPERATIONS: ReadonlySet<string> = new Set([
  'ecs_CreateCluster',
  'ecs_RegisterTaskDefinition',
  'ecs_RunTask',
  'ecs_StopTask',
  'ecs_UpdateContainerInstancesState',
  'ec2_RunInstances',
  'ec2_TerminateInstances',
  'sim_SetAgentConnected',
  'sim_FailInstance',
  'sim_ExitContainer',
]);

/**
 * The storage record only exam prep reads: it waits for the later validators before it opens. Lesson progress is
 * checked on the first page's code (0.7 KB), since the lesson list and a lesson's text show before the later
 * part has loaded (src/app/app.svelte.ts `loadLessons`).
 */
const LATER_RECORDS: ReadonlySet<string> = new Set(['storage_runningExam']);

/** Whether the schema listed under `name` (see schemasToPrecompile) has its validator load later. */
export const loadsLater = (name: string): boolean =>
  LATER_RECORDS.has(name) || (isOperationName(name) && !FIRST_PAGE_OPERATIONS.has(name));
