import { documentedSchema } from '../engine/docs';
import type { DocumentKind } from './documentKind';

/**
 * The CreateService request: the engine's own schema gives completion, hover and diagnostics. Its rules that
 * depend on the account (the cluster, the task definition, the target group) are checked when the request is
 * sent, where the engine answers with AWS's error, so there are no semantic checks while typing.
 */
export const createServiceDocument: DocumentKind = {
  schemaUri: 'inmemory://ecs-sandbox/schemas/create-service.json',
  fileSuffix: '.service.json',
  schema: documentedSchema('ecs', 'CreateService'),
  check: () => [],
};
