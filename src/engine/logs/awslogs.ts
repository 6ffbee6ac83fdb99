import { arnName } from '../../lib/arn';
import { hexDigest } from '../../lib/digest';
import type { Task } from '../model/ecs';
import type { TaskDefinition } from '../model/taskDefinition';
import type { SimState } from '../state';

/**
 * Where the awslogs log driver sends a container's output. Stream names follow AWS: with
 * `awslogs-stream-prefix`, `<prefix>/<container-name>/<task-id>`; without one (allowed on EC2 only), the stream
 * is named after the Docker container id the daemon gave the container (the 64-hex id DescribeTasks shows as
 * `runtimeId`, tasks/containerRuntime.ts).
 */
export function awslogsStreamName(
  _state: SimState,
  task: Task,
  containerName: string,
  prefix: string | undefined,
): string {
  if (prefix !== undefined && prefix !== '') return `${prefix}/${containerName}/${arnName(task.taskArn)}`;
  const container = task.containers.find((c) => c.name === containerName);
  // the Docker container id, as containerRuntimeId derives it from the container's ARN
  return container ? hexDigest(container.containerArn, 64) : `${containerName}/${arnName(task.taskArn)}`;
}

/** A container's awslogs settings, read from its task definition; undefined when it does not use awslogs. */
export interface AwslogsTarget {
  readonly container: string;
  readonly group: string;
  readonly stream: string;
  /** `awslogs-create-group: "true"` */
  readonly createGroup: boolean;
  readonly region?: string;
}

/** Whether a task definition (records are replaced, never mutated) has a container using awslogs. */
const usesAwslogs = new WeakMap<TaskDefinition, boolean>();

/** The awslogs targets of a task's containers (those whose logConfiguration uses the awslogs driver). */
export function awslogsTargets(state: SimState, task: Task): ReadonlyArray<AwslogsTarget> {
  const td = state.ecs.taskDefinitions[task.taskDefinitionArn];
  if (!td) return [];
  let uses = usesAwslogs.get(td);
  if (uses === undefined) {
    uses = td.containerDefinitions.some((c) => c.logConfiguration?.logDriver === 'awslogs');
    usesAwslogs.set(td, uses);
  }
  if (!uses) return [];
  const out: AwslogsTarget[] = [];
  for (const c of td.containerDefinitions) {
    const config = c.logConfiguration;
    if (config?.logDriver !== 'awslogs') continue;
    const options = config.options ?? {};
    const group = options['awslogs-group'];
    if (!group) continue;
    out.push({
      container: c.name,
      group,
      stream: awslogsStreamName(state, task, c.name, options['awslogs-stream-prefix']),
      createGroup: options['awslogs-create-group'] === 'true',
      ...(options['awslogs-region'] ? { region: options['awslogs-region'] } : {}),
    });
  }
  return out;
}
