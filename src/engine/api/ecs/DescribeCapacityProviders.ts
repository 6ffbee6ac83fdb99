import { arnName } from '../../../lib/arn';
import {
  capacityProviderOutput,
  fargateProviderOutput,
  type CapacityProviderOutput,
} from '../../capacityProviders/output';
import { capacityProviderArn, isFargateProvider } from '../../capacityProviders/providers';
import { FARGATE_PROVIDERS } from '../../model/capacityProvider';
import { describeCapacityProvidersSchema } from '../../schema/capacityProviders';
import { paginate } from '../../schema/pagination';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DescribeCapacityProvidersInput = Infer<typeof describeCapacityProvidersSchema>;

export interface DescribeCapacityProvidersOutput {
  readonly capacityProviders: CapacityProviderOutput[];
  readonly failures: Array<{ arn: string; reason: string }>;
  readonly nextToken?: string;
}

/**
 * ecs DescribeCapacityProviders: the named providers (by name or ARN), or every one: FARGATE and FARGATE_SPOT,
 * which every account has, then the Auto Scaling group providers (deleted ones as INACTIVE). Unknown names come
 * back in `failures` as MISSING. Tags only with include TAGS. Pages of 10 at most when listing all.
 */
export const DescribeCapacityProviders = defineOperation<
  DescribeCapacityProvidersInput,
  DescribeCapacityProvidersOutput
>({
  schema: describeCapacityProvidersSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    const withTags = (input.include ?? []).includes('TAGS');
    const one = (name: string): CapacityProviderOutput | undefined => {
      if (isFargateProvider(name)) return fargateProviderOutput(ctx.state, name);
      const cp = ctx.state.ecs.capacityProviders[name];
      return cp ? capacityProviderOutput(cp, withTags) : undefined;
    };
    if (input.capacityProviders?.length) {
      const found: CapacityProviderOutput[] = [];
      const failures: Array<{ arn: string; reason: string }> = [];
      for (const ref of input.capacityProviders) {
        const name = ref.startsWith('arn:') ? arnName(ref) : ref;
        const out = one(name);
        if (out) found.push(out);
        else failures.push({ arn: capacityProviderArn(ctx.state, name), reason: 'MISSING' });
      }
      return { capacityProviders: found, failures };
    }
    const names = [...FARGATE_PROVIDERS, ...Object.keys(ctx.state.ecs.capacityProviders).sort()];
    const { page, nextToken } = paginate(names, input.maxResults, input.nextToken, 10);
    return {
      capacityProviders: page.map((n) => one(n)!),
      failures: [],
      ...(nextToken !== undefined ? { nextToken } : {}),
    };
  },
});
