import { clusterMember, paginationMembers } from './clusters';
import { list, obj, oneOf, str } from './taskDefinitionBuilders';

/** Attribute names: 1–128 letters, digits, hyphens, underscores, slashes, backslashes and periods. */
export const ATTRIBUTE_NAME_PATTERN = '^[A-Za-z0-9_./\\\\-]{1,128}$';
/** Attribute values: 1–128 of the name characters plus @, colon and space, not starting or ending with a space. */
export const ATTRIBUTE_VALUE_PATTERN =
  '^[A-Za-z0-9_.@/\\\\:-]([A-Za-z0-9_.@/\\\\: -]{0,126}[A-Za-z0-9_.@/\\\\:-])?$';

const attributeName = str({ maxLength: 128, pattern: ATTRIBUTE_NAME_PATTERN });

const targetType = oneOf(['container-instance']);

const targetId = str({ maxLength: 1600 });

const attribute = obj(
  {
    name: attributeName,
    value: str({ maxLength: 128, pattern: ATTRIBUTE_VALUE_PATTERN }),
    targetType,
    targetId,
  },
  ['name'],
);

/** A PutAttributes or DeleteAttributes request: the cluster and 1–10 attributes (the API model's limit per call). */
const attributesRequest = obj({ cluster: clusterMember, attributes: list(attribute, 10, { minItems: 1 }) }, [
  'attributes',
]);

export const putAttributesSchema = attributesRequest;

export const deleteAttributesSchema = attributesRequest;

export const listAttributesSchema = obj(
  {
    cluster: clusterMember,
    targetType,
    attributeName,
    attributeValue: str({ maxLength: 128 }),
    ...paginationMembers,
  },
  ['targetType'],
);
