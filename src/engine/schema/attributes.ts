import { describe, type JsonSchema } from './jsonSchema';
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
  ...describe('Attribute name, 1–128 characters: letters, digits, `-`, `_`, `/`, `\\`, `.`.'),
};

const targetType: JsonSchema = {
  type: 'string',
  enum: ['container-instance'],
  ...describe('The kind of resource the attribute is on. Container instances are the only kind.'),
};

const targetId: JsonSchema = {
  type: 'string',
  maxLength: 1600,
  ...describe('The container instance: its id or full ARN.'),
};

const attribute = (valueText: string): JsonSchema => ({
  type: 'object',
  additionalProperties: false,
  required: ['name'],
  properties: {
    name: attributeName,
    value: {
      type: 'string',
      maxLength: 128,
      pattern: ATTRIBUTE_VALUE_PATTERN,
      ...describe(valueText),
    },
    targetType,
    targetId,
  },
});

/** A PutAttributes or DeleteAttributes request: the cluster and 1–100 attributes, worded per operation. */
const attributesRequest = (valueText: string, attributesText: string): JsonSchema => ({
  type: 'object',
  additionalProperties: false,
  required: ['attributes'],
  properties: {
    cluster: clusterMember,
    attributes: {
      type: 'array',
      minItems: 1,
      maxItems: 100,
      items: attribute(valueText),
      ...describe(attributesText),
    },
  },
});

export const putAttributesSchema = attributesRequest(
  'Optional value, 1–128 characters: letters, digits, `-`, `_`, `.`, `@`, `/`, `\\`, `:` and spaces (not at either end). Without a value the attribute is a flag that `exists` tests.',
  'Custom attributes to create or replace on container instances (each needs `targetId`). An instance holds at most 10 custom attributes.',
);

export const deleteAttributesSchema = attributesRequest(
  'Ignored when deleting: the attribute is found by name.',
  'Custom attributes to remove, by name and `targetId`.',
);

export const listAttributesSchema: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['targetType'],
  properties: {
    cluster: clusterMember,
    targetType,
    attributeName: { ...attributeName, ...describe('Only attributes with this name.') },
    attributeValue: {
      type: 'string',
      maxLength: 128,
      ...describe('Only attributes with this value; needs `attributeName`.'),
    },
    ...paginationMembers,
  },
};
