import { noSuchKey } from '../../s3/buckets';
import { getObjectSchema } from '../../schema/s3api';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { objectHeaders, readObject } from './objectRead';

export type GetObjectInput = Infer<typeof getObjectSchema>;

/**
 * s3api GetObject: the object's headers and, unlike the CLI (which writes the body to an outfile), its text as Body.
 */
export const GetObject = defineOperation({
  schema: getObjectSchema,
  schemaError: 'InvalidArgument',
  handle(ctx, input: GetObjectInput) {
    const o = readObject(ctx, input, noSuchKey);
    return { ...objectHeaders(ctx, o), Body: o.Body };
  },
});
