import { AwsError } from '../../errors';
import { FIRST_EVALUATION_SECONDS } from '../../ecr/lifecycle';
import { scheduleLifecycleRun } from '../../ecr/schedule';
import { requireRepository } from '../../ecr/repositories';
import { putLifecyclePolicySchema } from '../../schema/ecr';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type PutLifecyclePolicyInput = Infer<typeof putLifecyclePolicySchema>;

const failure = (why: string) =>
  new AwsError(
    'InvalidParameterException',
    `Invalid parameter at 'LifecyclePolicyText' failed to satisfy constraint: 'Lifecycle policy validation failure: ${why}'`,
    'lifecyclePolicyText',
  );

/** The checks ECR makes on a lifecycle policy document (rules with a unique priority, a selection and an expire action). */
export function checkLifecyclePolicy(text: string): void {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    throw failure('the policy is not valid JSON.');
  }
  const rules = (doc as { rules?: unknown })?.rules;
  if (!Array.isArray(rules) || rules.length === 0)
    throw failure('the policy needs a non-empty "rules" list.');
  const priorities = new Set<number>();
  for (const [i, rule] of rules.entries()) {
    const r = rule as Record<string, unknown>;
    const p = r.rulePriority;
    if (typeof p !== 'number' || !Number.isInteger(p) || p < 1) {
      throw failure(`rules[${i}].rulePriority must be a positive integer.`);
    }
    if (priorities.has(p)) throw failure(`rulePriority ${p} is used by more than one rule.`);
    priorities.add(p);
    const s = r.selection as Record<string, unknown> | undefined;
    if (!s || typeof s !== 'object') throw failure(`rules[${i}] has no "selection".`);
    if (!['tagged', 'untagged', 'any'].includes(s.tagStatus as string)) {
      throw failure(`rules[${i}].selection.tagStatus must be tagged, untagged or any.`);
    }
    if (s.tagStatus === 'tagged' && !s.tagPrefixList && !s.tagPatternList) {
      throw failure(`rules[${i}]: a tagged selection needs tagPrefixList or tagPatternList.`);
    }
    if (s.countType === 'sinceImagePushed') {
      if (s.countUnit !== 'days') throw failure(`rules[${i}]: sinceImagePushed needs countUnit "days".`);
    } else if (s.countType !== 'imageCountMoreThan') {
      throw failure(`rules[${i}].selection.countType must be imageCountMoreThan or sinceImagePushed.`);
    }
    if (typeof s.countNumber !== 'number' || !Number.isInteger(s.countNumber) || s.countNumber < 1) {
      throw failure(`rules[${i}].selection.countNumber must be a positive integer.`);
    }
    if ((r.action as { type?: unknown } | undefined)?.type !== 'expire') {
      throw failure(`rules[${i}].action.type must be "expire".`);
    }
  }
  const any = rules.find((r) => (r as { selection: { tagStatus: string } }).selection.tagStatus === 'any') as
    { rulePriority: number } | undefined;
  if (any && any.rulePriority !== Math.max(...priorities)) {
    throw failure('a rule with tagStatus "any" must have the highest rulePriority (it runs last).');
  }
}

/**
 * ecr PutLifecyclePolicy: stores the repository's lifecycle policy after checking it. Nothing expires at once:
 * AWS expires images within 24 hours of their meeting the criteria; the sandbox runs the policy
 * FIRST_EVALUATION_SECONDS after this call and then once a day (ecr/schedule.ts). A new policy replaces the old
 * one and its schedule. Try a policy first with StartLifecyclePolicyPreview.
 */
export const PutLifecyclePolicy = defineOperation({
  schema: putLifecyclePolicySchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input: PutLifecyclePolicyInput) {
    const repo = requireRepository(ctx, input.repositoryName, input.registryId);
    checkLifecyclePolicy(input.lifecyclePolicyText);
    const version = (repo.lifecyclePolicyVersion ?? 0) + 1;
    ctx.tx.set(ctx.state.ecr.repositories, repo.repositoryName, {
      ...repo,
      lifecyclePolicyText: input.lifecyclePolicyText,
      lifecyclePolicyVersion: version,
    });
    scheduleLifecycleRun(ctx, repo.repositoryName, version, FIRST_EVALUATION_SECONDS);
    return {
      registryId: repo.registryId,
      repositoryName: repo.repositoryName,
      lifecyclePolicyText: input.lifecyclePolicyText,
    };
  },
});
