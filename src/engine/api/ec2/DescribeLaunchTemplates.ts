import { launchTemplateOutput, type LaunchTemplateOutput } from '../../autoscaling/output';
import { requireLaunchTemplate } from '../../autoscaling/templates';
import { AwsError } from '../../errors';
import type { LaunchTemplate } from '../../model/autoscaling';
import { describeLaunchTemplatesSchema } from '../../schema/launchTemplates';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DescribeLaunchTemplatesInput = Infer<typeof describeLaunchTemplatesSchema>;

export interface DescribeLaunchTemplatesOutput {
  readonly LaunchTemplates: LaunchTemplateOutput[];
}

const wildcard = (pattern: string) =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`,
  );

function matches(t: LaunchTemplate, filter: { Name: string; Values: ReadonlyArray<string> }): boolean {
  const any = (value: string | undefined) =>
    value !== undefined && filter.Values.some((v) => wildcard(v).test(value));
  if (filter.Name === 'launch-template-name') return any(t.LaunchTemplateName);
  if (filter.Name === 'tag-key') return t.Tags.some((tag) => any(tag.Key));
  if (filter.Name.startsWith('tag:'))
    return any(t.Tags.find((tag) => tag.Key === filter.Name.slice(4))?.Value);
  throw new AwsError(
    'InvalidParameterValue',
    `The filter '${filter.Name}' is not one the simulator knows for launch templates: launch-template-name, tag:<key>, tag-key.`,
    'Filters',
  );
}

/** Lists launch templates: those named by id or name (each must exist), else all, then the filters. */
export const DescribeLaunchTemplates = defineOperation<
  DescribeLaunchTemplatesInput,
  DescribeLaunchTemplatesOutput
>({
  schema: describeLaunchTemplatesSchema,
  schemaError: 'InvalidParameterValue',
  handle(ctx, input) {
    const named = [
      ...(input.LaunchTemplateIds ?? []).map((id) =>
        requireLaunchTemplate(ctx.state, { LaunchTemplateId: id }),
      ),
      ...(input.LaunchTemplateNames ?? []).map((name) =>
        requireLaunchTemplate(ctx.state, { LaunchTemplateName: name }),
      ),
    ];
    const chosen = named.length ? [...new Set(named)] : Object.values(ctx.state.ec2.launchTemplates);
    const filtered = chosen.filter((t) => (input.Filters ?? []).every((f) => matches(t, f)));
    return { LaunchTemplates: filtered.map((t) => launchTemplateOutput(ctx.state, t)) };
  },
});
