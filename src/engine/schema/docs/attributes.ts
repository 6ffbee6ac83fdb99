import { clusterDoc, paginationDocs } from './clusters';
import type { SchemaDocs } from './schemaDocs';

/** Hover text for PutAttributes, DeleteAttributes and ListAttributes (schema/attributes.ts). */

const attributeNameDoc = 'Attribute name, 1–128 characters: letters, digits, `-`, `_`, `/`, `\\`, `.`.';

const targetTypeDoc = 'The kind of resource the attribute is on. Container instances are the only kind.';

/** A PutAttributes or DeleteAttributes request, worded per operation. */
const attributesRequestDocs = (valueText: string, attributesText: string): SchemaDocs => ({
  cluster: clusterDoc,
  attributes: attributesText,
  'attributes[].name': attributeNameDoc,
  'attributes[].value': valueText,
  'attributes[].targetType': targetTypeDoc,
  'attributes[].targetId': 'The container instance: its id or full ARN.',
});

export const putAttributesDocs = attributesRequestDocs(
  'Optional value, 1–128 characters: letters, digits, `-`, `_`, `.`, `@`, `/`, `\\`, `:` and spaces (not at either end). Without a value the attribute is a flag that `exists` tests.',
  'Custom attributes to create or replace on container instances (each needs `targetId`), at most 10 per call. An instance holds at most 10 custom attributes.',
);

export const deleteAttributesDocs = attributesRequestDocs(
  'Ignored when deleting: the attribute is found by name.',
  'Custom attributes to remove, by name and `targetId`, at most 10 per call.',
);

export const listAttributesDocs: SchemaDocs = {
  cluster: clusterDoc,
  targetType: targetTypeDoc,
  attributeName: 'Only attributes with this name.',
  attributeValue: 'Only attributes with this value; needs `attributeName`.',
  ...paginationDocs,
};
