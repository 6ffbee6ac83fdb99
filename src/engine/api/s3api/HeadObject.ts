import { AwsError } from '../../errors';
import { headObjectSchema } from '../../schema/s3api';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { objectHeaders, readObject } from './objectRead';

export type HeadObjectInput = Infer<typeof headObjectSchema>;

/** s3api HeadObject: the object's headers without its body. A HEAD response has no body, so a missing object is a bare 404. */
export const HeadObject = defineOperation({
  schema: headObjectSchema,
  schemaError: 'InvalidArgument',
  handle(ctx, input: HeadObjectInput) {
    const o = readObject(ctx, input, () => new AwsError('404', 'Not Found', 'Key'));
    return objectHeaders(ctx, o);
  },
});
