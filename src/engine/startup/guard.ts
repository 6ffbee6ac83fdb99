import { AwsError } from '../errors';
import type { TaskDefinition } from '../model/taskDefinition';

/**
 * First-page code (RunTask): whether a task of `td` does start-up work that the later part checks (startup/*):
 * a task role (the agent hands out its credentials), a private ECR image, awslogs, secrets, environment files or
 * an EFS volume. A task without any of these starts the same whether or not the later part has loaded, so the
 * state never depends on when it loaded. Kept tiny on purpose.
 */
export function checkedAtStart(td: TaskDefinition, overrides?: Readonly<Record<string, unknown>>): boolean {
  return (
    td.taskRoleArn !== undefined ||
    overrides?.['taskRoleArn'] !== undefined ||
    td.volumes.some((v) => v['efsVolumeConfiguration'] !== undefined) ||
    td.containerDefinitions.some(
      (c) =>
        c.image.includes('.dkr.ecr.') ||
        c.logConfiguration?.logDriver === 'awslogs' ||
        (c.logConfiguration?.secretOptions?.length ?? 0) > 0 ||
        (c.secrets?.length ?? 0) > 0 ||
        Array.isArray(c['environmentFiles']),
    )
  );
}

/** Until the start-up checks load, a task that needs them is refused rather than started unchecked. */
export function refuseUncheckedStart(
  td: TaskDefinition,
  overrides?: Readonly<Record<string, unknown>>,
): void {
  if (!checkedAtStart(td, overrides)) return;
  throw new AwsError(
    'ServiceUnavailableException',
    `The sandbox is still loading the start-up checks ${td.family} needs; run the task again in a moment.`,
  );
}
