import type { EngineContext } from '../context';
import type { LogGroup } from '../model/logs';
import type { SimState } from '../state';

/** CloudWatch Logs groups: lookup, ARNs and creation (shared by the logs API and the awslogs start-up check). */

/** The group named `name`, or undefined when the account has none (names are case-sensitive, as in AWS). */
export function findLogGroup(state: SimState, name: string): LogGroup | undefined {
  return Object.prototype.hasOwnProperty.call(state.logs.groups, name) ? state.logs.groups[name] : undefined;
}

/** Whether the account has a log group named `name`. */
export const logGroupExists = (state: SimState, name: string): boolean =>
  findLogGroup(state, name) !== undefined;

/** `arn:aws:logs:<region>:<account>:log-group:<name>` (the `logGroupArn` DescribeLogGroups returns). */
export const logGroupArn = (state: Pick<SimState, 'region' | 'accountId'>, name: string): string =>
  `arn:aws:logs:${state.region}:${state.accountId}:log-group:${name}`;

/**
 * `arn:aws:logs:<region>:<account>:log-group:<group>:log-stream:<stream>`: the resource logs:CreateLogStream and
 * logs:PutLogEvents are authorized on (for IAM checks of the awslogs driver).
 */
export const logStreamArn = (
  state: Pick<SimState, 'region' | 'accountId'>,
  group: string,
  stream: string,
): string => `${logGroupArn(state, group)}:log-stream:${stream}`;

/** The epoch milliseconds of virtual time `t`. */
export const epochMillis = (state: Pick<SimState, 'startEpoch'>, t: number): number =>
  Math.round((state.startEpoch + t) * 1000);

/**
 * Creates the group (no check: callers refuse an existing name, CreateLogGroup with ResourceAlreadyExistsException;
 * the awslogs driver with `awslogs-create-group` simply goes on when it exists). Returns the new group.
 */
export function createLogGroup(ctx: EngineContext, name: string, retentionInDays?: number): LogGroup {
  const group: LogGroup = {
    logGroupName: name,
    arn: logGroupArn(ctx.state, name),
    creationTime: epochMillis(ctx.state, ctx.now),
    createdAt: ctx.now,
    ...(retentionInDays !== undefined ? { retentionInDays } : {}),
    streams: {},
  };
  ctx.tx.set(ctx.state.logs.groups, name, group);
  return group;
}

/** Creates the group unless it exists (the awslogs driver's `awslogs-create-group: "true"`). */
export function ensureLogGroup(ctx: EngineContext, name: string): LogGroup {
  return findLogGroup(ctx.state, name) ?? createLogGroup(ctx, name);
}
