import { bool, int, obj, str } from './taskDefinitionBuilders';

// Names and values are checked by the handler (network/accountSettings.ts) so a wrong one gets a message that
// lists the right ones.
const name = str({ maxLength: 64 });
const value = str({ maxLength: 64 });

/** ecs PutAccountSetting: a setting for the caller (or `principalArn`). */
export const putAccountSettingSchema = obj({ name, value, principalArn: str({ maxLength: 2048 }) }, [
  'name',
  'value',
]);

/** ecs PutAccountSettingDefault: a setting for every principal of the account that has none of its own. */
export const putAccountSettingDefaultSchema = obj({ name, value }, ['name', 'value']);

/** ecs ListAccountSettings. */
export const listAccountSettingsSchema = obj({
  name,
  value,
  principalArn: str({ maxLength: 2048 }),
  effectiveSettings: bool(),
  nextToken: str(),
  maxResults: int(1, 10),
});
