import type { LogGroup } from '../model/logs';

/**
 * The log groups the sandbox's starting account already holds: those the built-in templates, scenarios and
 * lessons name in `awslogs-group` (src/app/templates/fargateWeb.ts, lessons/02 and 03, the test fixtures). A task
 * whose awslogs group does not exist fails to start, as in AWS, so these are here from the start and what
 * worked before keeps working; any other group is made with `aws logs create-log-group` (or
 * `awslogs-create-group: "true"`). First-page code (state.ts): keep it this small.
 */
export const STARTING_LOG_GROUPS: ReadonlyArray<string> = [
  '/ecs/api',
  '/ecs/render',
  '/ecs/web',
  '/ecs/web-fargate',
];

/** The starting account's log groups, created at virtual time 0, with no retention and no streams. */
export function startingLogGroups(
  account: string,
  region: string,
  startEpoch: number,
): Record<string, LogGroup> {
  const groups: Record<string, LogGroup> = {};
  for (const name of STARTING_LOG_GROUPS) {
    groups[name] = {
      logGroupName: name,
      arn: `arn:aws:logs:${region}:${account}:log-group:${name}`,
      creationTime: startEpoch * 1000,
      createdAt: 0,
      streams: {},
    };
  }
  return groups;
}
