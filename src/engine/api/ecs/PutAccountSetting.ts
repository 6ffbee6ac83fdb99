import type { AccountSetting } from '../../model/ecs';
import { checkSetting, putSetting, rootArn } from '../../network/accountSettings';
import { AwsError } from '../../errors';
import { putAccountSettingSchema } from '../../schema/ecsAccountSettings';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defineOperation } from '../operation';

export type PutAccountSettingInput = Infer<typeof putAccountSettingSchema>;

export interface PutAccountSettingOutput {
  readonly setting: AccountSetting;
}

/**
 * ecs PutAccountSetting: a setting for the caller. The sandbox's caller is the account's root user, the only
 * principal it has. Of the settings, only awsvpcTrunking changes what the sandbox does (instances registered
 * afterwards get a trunk ENI); the others are kept and listed.
 */
export const PutAccountSetting = defineOperation<PutAccountSettingInput, PutAccountSettingOutput>({
  schema: putAccountSettingSchema,
  schemaError: 'InvalidParameterException',
  handle(ctx, input) {
    checkSetting(input.name, input.value);
    const root = rootArn(ctx.state);
    if (input.principalArn !== undefined && input.principalArn !== root)
      throw new AwsError(
        'InvalidParameterException',
        `The sandbox has one principal, the account's root user (${root}); principalArn ${input.principalArn} is not it. Leave principalArn out.`,
        'principalArn',
      );
    return { setting: putSetting(ctx, root, input.name, input.value) };
  },
});
