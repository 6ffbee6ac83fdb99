import { registerTaskDefinitionSchema } from '../engine/schema/taskDefinition';
import { taskDefinitionProblems } from '../engine/taskDefinitions';
import type { DocumentKind } from './documentKind';

/** The RegisterTaskDefinition request: the engine's own schema and semantic rules. */
export const taskDefinitionDocument: DocumentKind = {
  schemaUri: 'inmemory://ecs-sandbox/schemas/register-task-definition.json',
  fileSuffix: '.taskdef.json',
  schema: registerTaskDefinitionSchema,
  check: taskDefinitionProblems,
};
