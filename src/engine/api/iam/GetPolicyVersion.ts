import { isoTime } from '../../context';
import { AwsError } from '../../errors';
import type { PolicyDocument } from '../../model/iam';
import { getPolicyVersionSchema } from '../../schema/iam';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';
import { requirePolicy } from './GetPolicy';

export type GetPolicyVersionInput = Infer<typeof getPolicyVersionSchema>;

/** iam GetPolicyVersion: a managed policy's document (the sandbox keeps one version, v1). */
export const GetPolicyVersion = defineOperation<
  GetPolicyVersionInput,
  {
    PolicyVersion: {
      Document: PolicyDocument;
      VersionId: string;
      IsDefaultVersion: boolean;
      CreateDate: string;
    };
  }
>({
  schema: getPolicyVersionSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const p = requirePolicy(input.PolicyArn);
    if (input.VersionId !== 'v1')
      throw new AwsError(
        'NoSuchEntity',
        `Policy ${input.PolicyArn} version ${input.VersionId} does not exist or is not attachable.`,
        'VersionId',
      );
    return {
      PolicyVersion: {
        Document: p.document,
        VersionId: 'v1',
        IsDefaultVersion: true,
        CreateDate: isoTime(ctx.state, 0),
      },
    };
  },
});
