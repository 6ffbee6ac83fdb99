import { compileQuery } from '../query';
import { arr, rec, text, validatesForInstances, type TaskDraft } from './draft';
import { isS3BucketRef, S3_MOUNT_EXPLANATION } from '../volumes/s3Mount';
import { clientProblem, type TaskDefinitionProblem } from './problem';

/** Task-level rules: size ranges on EC2, placement constraints and volumes (ecs-reference §1.1, §1.5). */

const EC2_CPU = { min: 128, max: 196608 };

function sizeProblems(d: TaskDraft): TaskDefinitionProblem[] {
  const out: TaskDefinitionProblem[] = [];
  if (d.cpu !== undefined && validatesForInstances(d) && (d.cpu < EC2_CPU.min || d.cpu > EC2_CPU.max))
    out.push(
      clientProblem(
        'cpu',
        `Task 'cpu' must be between ${EC2_CPU.min} and ${EC2_CPU.max} CPU units (0.125 to 192 vCPU), not ${d.cpu}.`,
      ),
    );
  if (d.memory === 0) out.push(clientProblem('memory', "Task 'memory' must be greater than 0 MiB."));
  return out;
}

function constraintProblems(d: TaskDraft): TaskDefinitionProblem[] {
  return arr(d.raw.placementConstraints).flatMap((c, i): TaskDefinitionProblem[] => {
    const r = rec(c);
    const type = text(r?.type);
    const field = `placementConstraints[${i}]`;
    if (type === 'distinctInstance')
      return [clientProblem(`${field}.type`, "constraint.type 'distinctInstance' is not supported.")];
    if (type !== 'memberOf')
      return type === undefined
        ? []
        : [
            {
              field: `${field}.type`,
              message: `Unknown placement constraint type '${type}'. A task definition accepts only memberOf.`,
              errorName: 'InvalidParameterException',
            },
          ];
    const expression = text(r?.expression);
    if (expression === undefined || expression.trim() === '')
      return [
        {
          field: `${field}.expression`,
          message:
            'A memberOf constraint needs an expression (for example attribute:ecs.instance-type =~ t3.*).',
          errorName: 'InvalidParameterException',
        },
      ];
    const compiled = compileQuery(expression);
    if (compiled.ok) return [];
    const { message, offset, length } = compiled.error;
    return [
      {
        field: `${field}.expression`,
        message: `The memberOf expression is not a valid cluster query: ${message}`,
        errorName: 'InvalidParameterException',
        offset,
        length,
      },
    ];
  });
}

const VOLUME_KINDS = [
  'host',
  'dockerVolumeConfiguration',
  'efsVolumeConfiguration',
  'fsxWindowsFileServerVolumeConfiguration',
  's3filesVolumeConfiguration',
  'configuredAtLaunch',
] as const;

function volumeProblems(d: TaskDraft): TaskDefinitionProblem[] {
  const out: TaskDefinitionProblem[] = [];
  const names = new Set<string>();
  let launchConfigured = 0;
  arr(d.raw.volumes).forEach((v, i) => {
    const volume = rec(v);
    if (!volume) return;
    const name = text(volume.name);
    if (name !== undefined && names.has(name))
      out.push(
        clientProblem(
          `volumes[${i}].name`,
          `Volume name '${name}' is used twice. Volume names must be unique.`,
        ),
      );
    if (name !== undefined) names.add(name);
    const kinds = VOLUME_KINDS.filter((k) => volume[k] !== undefined && volume[k] !== false);
    if (kinds.length > 1)
      out.push(
        clientProblem(
          `volumes[${i}]`,
          `A volume can have only one type, but this one sets ${kinds.join(' and ')}.`,
        ),
      );
    const field = `volumes[${i}]`;
    const efs = rec(volume.efsVolumeConfiguration);
    const auth = rec(efs?.authorizationConfig);
    const tls = efs?.transitEncryption === 'ENABLED';
    if (text(auth?.accessPointId) !== undefined) {
      const root = text(efs?.rootDirectory);
      if (root !== undefined && root !== '/')
        out.push(
          clientProblem(
            `${field}.efsVolumeConfiguration.rootDirectory`,
            'When using an EFS access point, the root directory must either be set to "/" or be omitted.',
          ),
        );
      if (!tls)
        out.push(
          clientProblem(
            `${field}.efsVolumeConfiguration.transitEncryption`,
            'An EFS access point requires transit encryption: set transitEncryption to ENABLED.',
          ),
        );
    }
    if (auth?.iam === 'ENABLED' && !tls)
      out.push(
        clientProblem(
          `${field}.efsVolumeConfiguration.transitEncryption`,
          'EFS IAM authorization requires transit encryption: set transitEncryption to ENABLED.',
        ),
      );
    const s3Path = [
      ['host.sourcePath', rec(volume.host)?.sourcePath],
      ['efsVolumeConfiguration.fileSystemId', efs?.fileSystemId],
      ['s3filesVolumeConfiguration.fileSystemArn', rec(volume.s3filesVolumeConfiguration)?.fileSystemArn],
    ].find(([, value]) => isS3BucketRef(value));
    if (s3Path) out.push(clientProblem(`${field}.${String(s3Path[0])}`, S3_MOUNT_EXPLANATION));
    if (volume.configuredAtLaunch === true && ++launchConfigured > 1)
      out.push(
        clientProblem(
          `volumes[${i}].configuredAtLaunch`,
          'Only one volume of a task definition can be configured at launch.',
        ),
      );
  });
  return out;
}

/** ECS refuses a `tags` list that is present but empty (omit the member instead). */
function tagProblems(d: TaskDraft): TaskDefinitionProblem[] {
  return Array.isArray(d.raw.tags) && d.raw.tags.length === 0
    ? [clientProblem('tags', 'Tags can not be empty.')]
    : [];
}

/** ECS fetches `secrets` with the execution role on every launch type, so a definition with secrets needs one. */
function secretsProblems(d: TaskDraft): TaskDefinitionProblem[] {
  if (text(d.raw.executionRoleArn) !== undefined) return [];
  const c = d.containers.find((c) => arr(c.raw.secrets).length > 0);
  return c
    ? [
        clientProblem(
          `${c.path}.secrets`,
          "When you are specifying container secrets, you must also specify a value for 'executionRoleArn'.",
        ),
      ]
    : [];
}

/** Problems with task-level members other than the containers. */
export function taskProblems(d: TaskDraft): TaskDefinitionProblem[] {
  return [
    ...sizeProblems(d),
    ...constraintProblems(d),
    ...volumeProblems(d),
    ...tagProblems(d),
    ...secretsProblems(d),
  ];
}
