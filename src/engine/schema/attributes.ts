import type { JsonSchema } from './jsonSchema';
import { clusterMember, paginationMembers } from './clusters';

/** Attribute names: 1–128 letters, digits, hyphens, underscores, slashes, backslashes and periods. */
export const ATTRIBUTE_NAME_PATTERN = '^[A-Za-z0-9_./\\\\-]{1,128}$';
/** Attribute values: 1–128 of the name characters plus @, colon and space, not starting or ending with a space. */
export const ATTRIBUTE_VALUE_PATTERN =
  '^[A-Za-z0-9_.@/\\\\:-]([A-Za-z0-9_.@/\\\\: -]{0,126}[A-Za-z0-9_.@/\\\\:-])?$';

const attributeName: JsonSchema = {
  type: 'string',
  maxLength: 128,
  pattern: ATTRIBUTE_NAME_PATTERN,
};

const targetType: JsonSchema = {
  type: 'string',
  enum: ['container-instance'],
};

const targetId: JsonSchema = {
  type: 'string',
  maxLength: 1600,
};

const attribute: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: attributeName,
    value: { type: 'string', maxLength: 128, pattern: ATTRIBUTE_VALUE_PATTERN },
    targetType,
    targetId,
  },
};

/** A PutAttributes or DeleteAttributes request: the cluster and 1–10 attributes (the API model's limit per call). */
const attributesRequest: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['attributes'],
  properties: {
    cluster: clusterMember,
    attributes: { type: 'array', minItems: 1, maxItems: 10, items: attribute },
  },
};

export const putAttributesSchema = attributesRequest;

export const deleteAttributesSchema = attributesRequest;

export const listAttributesSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['targetType'],
  properties: {
    cluster: clusterMember,
    targetType,
    attributeName,
    attributeValue: {
      type: 'string',
      maxLength: 128,
    },
    ...paginationMembers,
  },
};
