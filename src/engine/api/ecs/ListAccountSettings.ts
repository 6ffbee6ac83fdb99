import type { AccountSetting } from '../../model/ecs';
import { ACCOUNT_SETTINGS, listSettings, rootArn } from '../../network/accountSettings';
import { AwsError } from '../../errors';
import { listAccountSettingsSchema } from '../../schema/ecsAccountSettings';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type ListAccountSettingsInput = Infer<typeof listAccountSettingsSchema>;

export interface ListAccountSettingsOutput {
  readonly settings: AccountSetting[];
}

/**
 * ecs ListAccountSettings: the root user's settings (the sandbox's only principal), or with `effectiveSettings`
 * the value in effect for every setting: its own, else the account default, else ECS's. One page.
 */
export const ListAccountSettings = defineOperation<ListAccountSettingsInput, ListAccountSettingsOutput>({
  schema: listAccountSettingsSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    if (input.name !== undefined && !ACCOUNT_SETTINGS[input.name])
      throw new AwsError(
        'InvalidParameterException',
        `Invalid setting name '${input.name}'. Known names: ${Object.keys(ACCOUNT_SETTINGS).join(', ')}.`,
        'name',
      );
    const root = rootArn(ctx.state);
    const settings = listSettings(
      ctx.state,
      input.principalArn ?? root,
      input.effectiveSettings ?? false,
    ).filter(
      (s) =>
        (input.name === undefined || s.name === input.name) &&
        (input.value === undefined || s.value === input.value),
    );
    return { settings };
  },
});
