import { documentedSchema } from '../engine/docs';
import { taskDefinitionProblems } from '../engine/index';
import type { DocumentKind } from './documentKind';

/** The RegisterTaskDefinition request: the engine's own schema (with its hover text) and semantic rules. */
export const taskDefinitionDocument: DocumentKind = {
  schemaUri: 'inmemory://ecs-sandbox/schemas/register-task-definition.json',
  fileSuffix: '.taskdef.json',
  schema: documentedSchema('ecs', 'RegisterTaskDefinition'),
  check: taskDefinitionProblems,
};
