import type { SchemaDocs } from './schemaDocs';
import { paginationDocs } from './clusters';

/** Hover text for the task-definition requests whose schemas live beside their handlers in api/ecs/. */

export const deregisterTaskDefinitionDocs: SchemaDocs = {
  taskDefinition:
    'family:revision or the full ARN of the revision to deregister. A bare family is not enough.',
};

export const deleteTaskDefinitionsDocs: SchemaDocs = {
  taskDefinitions:
    'Up to 10 revisions to delete, as family:revision or full ARNs. Each must be deregistered first.',
};

export const describeTaskDefinitionDocs: SchemaDocs = {
  taskDefinition:
    'family (its latest ACTIVE revision), family:revision, or the full task definition ARN (any status).',
  include: '["TAGS"] adds the revision’s tags to the response.',
};

export const listTaskDefinitionsDocs: SchemaDocs = {
  familyPrefix: 'A full family name: only that family’s revisions are listed.',
  status: 'Which revisions to list. Default ACTIVE.',
  sort: 'ASC (default): by family name, then oldest revision first. DESC: the reverse.',
  ...paginationDocs,
};

export const listTaskDefinitionFamiliesDocs: SchemaDocs = {
  familyPrefix: 'Only families whose name starts with this text.',
  status:
    'ACTIVE: families with at least one ACTIVE revision. INACTIVE: families with none. ALL (default): both.',
  ...paginationDocs,
};
