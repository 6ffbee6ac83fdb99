import type { AccountSetting } from '../../model/ecs';
import { ACCOUNT_DEFAULT, checkSetting, putSetting, rootArn } from '../../network/accountSettings';
import { putAccountSettingDefaultSchema } from '../../schema/ecsAccountSettings';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type PutAccountSettingDefaultInput = Infer<typeof putAccountSettingDefaultSchema>;

export interface PutAccountSettingDefaultOutput {
  readonly setting: AccountSetting;
}

/** ecs PutAccountSettingDefault: the setting for every principal of the account without one of its own. */
export const PutAccountSettingDefault = defineOperation<
  PutAccountSettingDefaultInput,
  PutAccountSettingDefaultOutput
>({
  schema: putAccountSettingDefaultSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    checkSetting(input.name, input.value);
    const stored = putSetting(ctx, ACCOUNT_DEFAULT, input.name, input.value);
    return { setting: { ...stored, principalArn: rootArn(ctx.state) } };
  },
});
