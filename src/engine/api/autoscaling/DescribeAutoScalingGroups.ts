import { groupOutput, type AutoScalingGroupOutput } from '../../autoscaling/output';
import { AwsError } from '../../errors';
import type { AutoScalingGroup } from '../../model/autoscaling';
import { describeAutoScalingGroupsSchema } from '../../schema/autoscaling';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type DescribeAutoScalingGroupsInput = Infer<typeof describeAutoScalingGroupsSchema>;
export interface DescribeAutoScalingGroupsOutput {
  readonly AutoScalingGroups: AutoScalingGroupOutput[];
}

function matches(
  group: AutoScalingGroup,
  filter: { Name?: string; Values?: ReadonlyArray<string> },
): boolean {
  const values = filter.Values ?? [];
  const name = filter.Name ?? '';
  if (name === 'tag-key') return group.Tags.some((t) => values.includes(t.Key));
  if (name === 'tag-value') return group.Tags.some((t) => values.includes(t.Value));
  if (name.startsWith('tag:'))
    return group.Tags.some((t) => t.Key === name.slice(4) && values.includes(t.Value));
  throw new AwsError(
    'ValidationError',
    `The filter '${name}' is not one the simulator knows for Auto Scaling groups: tag-key, tag-value, tag:<key>.`,
    'Filters',
  );
}

/** Lists groups (the named ones that exist, else all, by name), with their instances unless IncludeInstances is false. */
export const DescribeAutoScalingGroups = defineOperation<
  DescribeAutoScalingGroupsInput,
  DescribeAutoScalingGroupsOutput
>({
  schema: describeAutoScalingGroupsSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const all = Object.values(ctx.state.autoscaling.groups).sort((a, b) =>
      a.AutoScalingGroupName.localeCompare(b.AutoScalingGroupName),
    );
    const named = input.AutoScalingGroupNames;
    const chosen = named?.length ? all.filter((g) => named.includes(g.AutoScalingGroupName)) : all;
    const filtered = chosen.filter((g) => (input.Filters ?? []).every((f) => matches(g, f)));
    return {
      AutoScalingGroups: filtered.map((g) => groupOutput(ctx.state, g, input.IncludeInstances ?? true)),
    };
  },
});
