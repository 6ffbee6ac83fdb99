import { hexDigest, uint32Digest } from '../../lib/digest';
import { arnName } from '../../lib/arn';
import { pullImage } from '../catalog/images';
import type { Task, TaskContainer } from '../model/ecs';

/**
 * The container's `runtimeId` once it has started, as the runtime names it: on EC2 the 64-hex Docker container
 * id, on Fargate the task id, a dash and a number (the form Fargate's containerd reports). Derived from the
 * container's ARN, so the same seed gives the same ids without drawing from the generator.
 */
export function containerRuntimeId(task: Task, container: TaskContainer): string | undefined {
  if (container.startedAt === undefined) return undefined;
  return task.launchType === 'FARGATE'
    ? `${arnName(task.taskArn)}-${uint32Digest(container.containerArn)}`
    : hexDigest(container.containerArn, 64);
}

/**
 * The image a container really runs: for a private ECR image, the catalog image pushed to it (Task.runImages, set
 * when the task started); else its own image reference.
 */
export const runImageOf = (task: Task, container: TaskContainer): string =>
  task.runImages?.[container.name] ?? container.image;

/**
 * The `imageDigest` (`sha256:…`) of the manifest the container's image resolved to, once the task's pull has
 * finished and the image exists in the simulated registry (the catalog holds each tag's digest).
 */
export function containerImageDigest(task: Task, container: TaskContainer): string | undefined {
  if (task.pullStoppedAt === undefined) return undefined;
  const pulled = pullImage(runImageOf(task, container));
  return pulled.ok ? `sha256:${pulled.image.digest}` : undefined;
}
