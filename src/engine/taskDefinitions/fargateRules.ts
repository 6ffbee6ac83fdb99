import { arr, isEcrImage, num, rec, text, type TaskDraft } from './draft';
import { fargateCpuOptions, fargateMemoryOptions } from './fargateSizes';
import { clientProblem, type TaskDefinitionProblem } from './problem';

/** What Fargate adds to the general rules (ecs-reference §1.6, §11). Messages in ECS's wording where known. */

export const FARGATE_CPU_MEMORY_MESSAGE =
  "Invalid 'cpu' setting for task. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide.";

const FARGATE_LOG_DRIVERS = ['awslogs', 'splunk', 'awsfirelens'];

const listWords = (values: ReadonlyArray<number | string>): string =>
  values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;

function sizeProblems(d: TaskDraft): TaskDefinitionProblem[] {
  const out: TaskDefinitionProblem[] = [];
  if (d.raw.cpu === undefined)
    out.push(clientProblem('cpu', "Fargate requires that 'cpu' be defined at the task level."));
  if (d.raw.memory === undefined)
    out.push(clientProblem('memory', "Fargate requires that 'memory' be defined at the task level."));
  if (d.cpu === undefined || d.memory === undefined) return out;
  const cpus = fargateCpuOptions(d.windows);
  if (!cpus.includes(d.cpu)) {
    const os = d.windows ? 'Windows tasks on Fargate' : 'Fargate';
    out.push(
      clientProblem(
        'cpu',
        `${FARGATE_CPU_MEMORY_MESSAGE} ${os} accept cpu ${listWords(cpus)} (CPU units; 1024 = 1 vCPU), not ${d.cpu}.`,
      ),
    );
    return out;
  }
  const memory = fargateMemoryOptions(d.cpu);
  if (!memory.includes(d.memory)) {
    out.push(
      clientProblem(
        'memory',
        `${FARGATE_CPU_MEMORY_MESSAGE} With cpu ${d.cpu}, Fargate accepts memory ${listWords(memory)} MiB, not ${d.memory}.`,
      ),
    );
  }
  return out;
}

function taskLevelProblems(d: TaskDraft): TaskDefinitionProblem[] {
  const out: TaskDefinitionProblem[] = [];
  if (d.networkMode !== 'awsvpc')
    out.push(clientProblem('networkMode', "Fargate only supports network mode 'awsvpc'."));
  if (arr(d.raw.placementConstraints).length > 0)
    out.push(clientProblem('placementConstraints', 'Fargate does not support task placement constraints.'));
  if (d.raw.ipcMode !== undefined)
    out.push(clientProblem('ipcMode', 'Tasks using the Fargate launch type do not support ipcMode.'));
  if (d.raw.pidMode === 'host')
    out.push(
      clientProblem('pidMode', "Fargate does not support pidMode 'host'. Use 'task' or leave pidMode out."),
    );
  arr(d.raw.volumes).forEach((v, i) => {
    const volume = rec(v);
    if (text(rec(volume?.host)?.sourcePath) !== undefined)
      out.push(
        clientProblem(
          `volumes[${i}].host.sourcePath`,
          'host.sourcePath should not be set for volumes in Fargate.',
        ),
      );
    if (volume?.dockerVolumeConfiguration !== undefined)
      out.push(
        clientProblem(
          `volumes[${i}].dockerVolumeConfiguration`,
          'Fargate does not support Docker volumes. Use a bind mount without sourcePath, or an EFS volume.',
        ),
      );
  });
  return out;
}

function containerProblems(d: TaskDraft): TaskDefinitionProblem[] {
  const hasExecutionRole = text(d.raw.executionRoleArn) !== undefined;
  return d.containers.flatMap((c) => {
    const out: TaskDefinitionProblem[] = [];
    if (!hasExecutionRole && isEcrImage(c.image))
      out.push(
        clientProblem(
          `${c.path}.image`,
          'Fargate requires task definition to have execution role ARN to support ECR images.',
        ),
      );
    if (c.logDriver !== undefined && !FARGATE_LOG_DRIVERS.includes(c.logDriver))
      out.push(
        clientProblem(
          `${c.path}.logConfiguration.logDriver`,
          `Fargate does not support log driver '${c.logDriver}'. Use awslogs, splunk or awsfirelens.`,
        ),
      );
    if (c.logDriver === 'awslogs') {
      if (!hasExecutionRole)
        out.push(
          clientProblem(
            `${c.path}.logConfiguration`,
            'Fargate requires task definition to have execution role ARN to support log driver awslogs.',
          ),
        );
      if (c.logOptions['awslogs-stream-prefix'] === undefined)
        out.push(
          clientProblem(
            `${c.path}.logConfiguration.options`,
            'Fargate requires the awslogs option \'awslogs-stream-prefix\': add it (for example "ecs") so each task writes its own log stream.',
          ),
        );
    }
    if (arr(c.raw.resourceRequirements).some((r) => text(rec(r)?.type) === 'GPU'))
      out.push(
        clientProblem(
          `${c.path}.resourceRequirements`,
          // the sandbox's wording: Fargate has no GPUs (ecs-reference §11); ECS's exact message is not on record
          'Fargate does not support GPU resource requirements. Run GPU tasks on EC2 GPU instances.',
        ),
      );
    if (c.raw.privileged === true)
      out.push(
        clientProblem(
          `${c.path}.privileged`,
          'Fargate does not support privileged containers. Remove privileged.',
        ),
      );
    // only stopTimeout is capped on Fargate; startTimeout has no such limit (ecs-reference §1.2)
    const stopSeconds = num(c.raw.stopTimeout);
    if (stopSeconds !== undefined && stopSeconds > 120)
      out.push(
        clientProblem(
          `${c.path}.stopTimeout`,
          `On Fargate 'stopTimeout' can be at most 120 seconds, not ${stopSeconds}.`,
        ),
      );
    return out;
  });
}

/**
 * Every reason the draft cannot run on Fargate, whether or not it asks for FARGATE. Register reports them
 * when FARGATE is listed in requiresCompatibilities, and adds FARGATE to `compatibilities` when there are none.
 */
export function fargateProblems(d: TaskDraft): TaskDefinitionProblem[] {
  return [...sizeProblems(d), ...taskLevelProblems(d), ...containerProblems(d)];
}
