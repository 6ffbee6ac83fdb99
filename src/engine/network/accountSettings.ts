import type { EngineContext } from '../context';
import { AwsError } from '../errors';
import type { AccountSetting } from '../model/ecs';
import type { Attribute } from '../model/taskDefinition';
import type { Ec2Instance } from '../model/ec2';
import type { SimState } from '../state';

/** The setting names ECS knows, with the values each takes and its default for a new account. */
export const ACCOUNT_SETTINGS: Readonly<Record<string, { values: ReadonlyArray<string>; fallback: string }>> =
  {
    serviceLongArnFormat: { values: ['enabled', 'disabled'], fallback: 'enabled' },
    taskLongArnFormat: { values: ['enabled', 'disabled'], fallback: 'enabled' },
    containerInstanceLongArnFormat: { values: ['enabled', 'disabled'], fallback: 'enabled' },
    awsvpcTrunking: { values: ['enabled', 'disabled'], fallback: 'disabled' },
    containerInsights: { values: ['enabled', 'disabled', 'enhanced'], fallback: 'disabled' },
    dualStackIPv6: { values: ['enabled', 'disabled'], fallback: 'disabled' },
    fargateFIPSMode: { values: ['enabled', 'disabled'], fallback: 'disabled' },
    tagResourceAuthorization: { values: ['on', 'off'], fallback: 'on' },
    fargateTaskRetirementWaitPeriod: { values: ['0', '7', '14'], fallback: '7' },
    guardDutyActivate: { values: ['on', 'off'], fallback: 'off' },
    defaultLogDriverMode: { values: ['blocking', 'non-blocking'], fallback: 'non-blocking' },
  };

/** The account's root user: the one principal the sandbox has, and what `principalArn` defaults to. */
export const rootArn = (state: SimState) => `arn:aws:iam::${state.accountId}:root`;
/** The principal an account default is stored under (PutAccountSettingDefault). */
export const ACCOUNT_DEFAULT = 'default';

const key = (principalArn: string, name: string) => `${principalArn}|${name}`;

/** Refuses a name or value ECS does not know, naming the ones it does. */
export function checkSetting(name: string, value: string): void {
  const known = ACCOUNT_SETTINGS[name];
  if (!known)
    throw new AwsError(
      'InvalidParameterException',
      `Invalid setting name '${name}'. Known names: ${Object.keys(ACCOUNT_SETTINGS).join(', ')}.`,
      'name',
    );
  if (!known.values.includes(value))
    throw new AwsError(
      'InvalidParameterException',
      `Invalid value '${value}' for setting ${name}. Use one of: ${known.values.join(', ')}.`,
      'value',
    );
}

/** Stores a setting for `principalArn` (ACCOUNT_DEFAULT for the account default) and returns it. */
export function putSetting(
  ctx: EngineContext,
  principalArn: string,
  name: string,
  value: string,
): AccountSetting {
  const table = ctx.state.ecs.accountSettings;
  if (!table) throw new Error('this state has no account settings table');
  const setting: AccountSetting = { name, value, principalArn, type: 'user' };
  ctx.tx.set(table, key(principalArn, name), setting);
  return setting;
}

/** The value in effect for the root user: its own setting, else the account default, else ECS's default. */
export function effectiveSetting(state: SimState, name: string): string {
  const table = state.ecs.accountSettings ?? {};
  return (
    table[key(rootArn(state), name)]?.value ??
    table[key(ACCOUNT_DEFAULT, name)]?.value ??
    ACCOUNT_SETTINGS[name]?.fallback ??
    ''
  );
}

/** The settings stored for `principalArn`, or with `effective`, every known setting's value in effect. */
export function listSettings(state: SimState, principalArn: string, effective: boolean): AccountSetting[] {
  const stored = Object.values(state.ecs.accountSettings ?? {}).filter(
    (s) => s.principalArn === principalArn,
  );
  if (!effective) return stored.sort((a, b) => a.name.localeCompare(b.name));
  return Object.keys(ACCOUNT_SETTINGS)
    .sort()
    .map(
      (name) =>
        stored.find((s) => s.name === name) ?? {
          name,
          value: effectiveSetting(state, name),
          principalArn,
          type: 'aws_managed' as const,
        },
    );
}

/**
 * Task ENIs an instance type can attach through a trunk ENI (ENI trunking), from AWS's table of supported types
 * for the types the sandbox offers. Types not listed do not support trunking.
 */
export const TRUNK_TASK_LIMITS: Readonly<Record<string, number>> = {
  'c5.large': 10,
  'c5.xlarge': 20,
  'c5.2xlarge': 40,
  'm5.large': 10,
  'm5.xlarge': 20,
  'm5.2xlarge': 40,
  'm5.4xlarge': 60,
  'r5.large': 10,
};

/**
 * What ENI trunking gives an instance registering now: when awsvpcTrunking is enabled and its type supports
 * trunking, the trunk's task limit and the attributes a trunked instance carries. ECS decides at registration,
 * so an instance registered before the opt-in keeps its old limit until it is replaced.
 */
export function trunkInterface(
  ctx: EngineContext,
  instance: Ec2Instance,
): { eniSlots: number; attributes: Attribute[] } | undefined {
  const limit = TRUNK_TASK_LIMITS[instance.InstanceType];
  if (limit === undefined || effectiveSetting(ctx.state, 'awsvpcTrunking') !== 'enabled') return undefined;
  return {
    eniSlots: limit,
    attributes: [
      { name: 'ecs.awsvpc-trunk-id', value: `eni-${ctx.randomHex(17)}` },
      { name: 'ecs.capability.task-eni-trunking' },
    ],
  };
}
