import { STORAGE_SCHEMAS } from '../../src/app/storage/schemas';
import { findOperation, listOperations } from '../../src/engine/api/registry';
import type { JsonSchema } from '../../src/engine/schema/jsonSchema';
import { registerTaskDefinitionSchema } from '../../src/engine/schema/taskDefinition';

/**
 * Every schema that reaches `validatorFor` at run time, under a readable name (the generated export's name).
 * A schema left out here is refused at run time with a message pointing to this file.
 */
export function schemasToPrecompile(): Record<string, JsonSchema> {
  return {
    // the request of every operation `sim.call` answers
    ...Object.fromEntries(
      listOperations().map(({ service, operation }) => [
        `${service}_${operation}`,
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
