import { listBucketsSchema } from '../../schema/s3api';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type ListBucketsInput = Infer<typeof listBucketsSchema>;

/** s3api ListBuckets: the account's buckets in name order. */
export const ListBuckets = defineOperation({
  schema: listBucketsSchema,
  schemaError: 'InvalidArgument',
  handle(ctx, input: ListBucketsInput) {
    const buckets = Object.values(ctx.state.s3.buckets)
      .filter((b) => input.Prefix === undefined || b.Name.startsWith(input.Prefix))
      .sort((a, b) => (a.Name < b.Name ? -1 : 1))
      .slice(0, input.MaxBuckets ?? 10000);
    return {
      Buckets: buckets.map((b) => ({
        Name: b.Name,
        CreationDate: ctx.iso(b.CreationDate),
        BucketRegion: ctx.state.region,
      })),
      Owner: { ID: ctx.state.accountId },
      ...(input.Prefix !== undefined ? { Prefix: input.Prefix } : {}),
    };
  },
});
