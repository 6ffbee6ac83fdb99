import { paginationMembers } from './clusters';
import { list, obj, oneOf, str } from './taskDefinitionBuilders';

/** Request schemas of the task-definition operations other than RegisterTaskDefinition (ecs-reference §1.6). */

/** A revision: `family:revision` or its ARN (DescribeTaskDefinition also takes a bare family). */
const taskDefinitionRef = str({ maxLength: 1600 });

export const deregisterTaskDefinitionSchema = obj({ taskDefinition: taskDefinitionRef }, ['taskDefinition']);

export const deleteTaskDefinitionsSchema = obj(
  { taskDefinitions: list(taskDefinitionRef, 10, { minItems: 1 }) },
  ['taskDefinitions'],
);

export const describeTaskDefinitionSchema = obj(
  { taskDefinition: taskDefinitionRef, include: list(oneOf(['TAGS']), 1) },
  ['taskDefinition'],
);

export const listTaskDefinitionsSchema = obj({
  familyPrefix: str({ maxLength: 255 }),
  status: oneOf(['ACTIVE', 'INACTIVE', 'DELETE_IN_PROGRESS']),
  sort: oneOf(['ASC', 'DESC']),
  ...paginationMembers,
});

export const listTaskDefinitionFamiliesSchema = obj({
  familyPrefix: str({ maxLength: 255 }),
  status: oneOf(['ACTIVE', 'INACTIVE', 'ALL']),
  ...paginationMembers,
});
