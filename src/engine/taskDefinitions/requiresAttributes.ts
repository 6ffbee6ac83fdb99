import type { Attribute, ContainerDefinition, NetworkMode } from '../model/taskDefinition';
import { isEcrImage, rec, text } from './draft';
import type { RegisterTaskDefinitionInput } from './input';

/**
 * The container-instance attributes a task of this definition needs on EC2, derived from the features it uses
 * (as ECS reports them in `requiresAttributes`). Placement keeps a task off instances whose agent does not
 * advertise every one of them.
 */

const CAP = 'com.amazonaws.ecs.capability.';
const dockerApi = (version: string) => `${CAP}docker-remote-api.${version}`;

function containerNeeds(c: ContainerDefinition, hasExecutionRole: boolean): string[] {
  const out: string[] = [];
  const driver = c.logConfiguration?.logDriver;
  if (driver !== undefined) {
    out.push(`${CAP}logging-driver.${driver}`, dockerApi('1.18'));
    if (driver === 'awslogs') {
      out.push(dockerApi('1.19'));
      if (hasExecutionRole) out.push('ecs.capability.execution-role-awslogs');
    }
  }
  if (c.memoryReservation !== undefined) out.push(dockerApi('1.21'));
  if (c.healthCheck) {
    out.push('ecs.capability.container-health-check', dockerApi('1.24'));
    if (c.healthCheck.startPeriod !== undefined) out.push(dockerApi('1.29'));
  }
  if (c.dependsOn?.length) out.push('ecs.capability.container-ordering');
  if (isEcrImage(c.image)) {
    out.push(`${CAP}ecr-auth`);
    if (hasExecutionRole) out.push('ecs.capability.execution-role-ecr-pull');
  }
  for (const s of c.secrets ?? [])
    out.push(
      s.valueFrom.includes(':secretsmanager:')
        ? 'ecs.capability.secrets.asm.environment-variables'
        : 'ecs.capability.secrets.ssm.environment-variables',
    );
  if (Array.isArray(c.environmentFiles) && c.environmentFiles.length) out.push('ecs.capability.env-files.s3');
  if (c.dockerLabels !== undefined || c.ulimits !== undefined) out.push(dockerApi('1.18'));
  const firelens = rec(c.firelensConfiguration);
  const router = text(firelens?.type);
  if (router !== undefined) out.push(`ecs.capability.firelens.${router}`);
  // a custom router configuration is read from a file in the image or from S3, each its own capability
  const configType = text(rec(firelens?.options)?.['config-file-type']);
  if (configType === 'file' || configType === 's3')
    out.push(`ecs.capability.firelens.options.config.${configType}`);
  return out;
}

function taskNeeds(input: RegisterTaskDefinitionInput, mode: NetworkMode): string[] {
  const out: string[] = [];
  if (input.taskRoleArn !== undefined) {
    out.push(`${CAP}task-iam-role`);
    if (mode === 'host') out.push(`${CAP}task-iam-role-network-host`);
  }
  if (mode === 'awsvpc') out.push('ecs.capability.task-eni');
  if (input.pidMode !== undefined || input.ipcMode !== undefined)
    out.push('ecs.capability.pid-ipc-namespace-sharing');
  for (const v of input.volumes ?? []) {
    const efs = rec(v.efsVolumeConfiguration);
    if (efs) {
      out.push('ecs.capability.efs');
      if (efs.authorizationConfig !== undefined) out.push('ecs.capability.efsAuth');
    }
    const docker = rec(v.dockerVolumeConfiguration);
    if (docker) out.push(`ecs.capability.docker-plugin.${text(docker.driver) ?? 'local'}`);
  }
  return out;
}

/** The attributes in first-use order, each once. */
export function deriveRequiresAttributes(
  input: RegisterTaskDefinitionInput,
  containers: ReadonlyArray<ContainerDefinition>,
  mode: NetworkMode,
): Attribute[] {
  const hasExecutionRole = input.executionRoleArn !== undefined;
  const names = [
    ...containers.flatMap((c) => containerNeeds(c, hasExecutionRole)),
    ...taskNeeds(input, mode),
  ];
  return [...new Set(names)].map((name) => ({ name }));
}
