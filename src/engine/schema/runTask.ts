import type { JsonSchema } from './jsonSchema';
import { bool, int, list, obj, oneOf, str, strings } from './taskDefinitionBuilders';

/**
 * Request schemas of RunTask and StartTask (ecs-reference §3, §14): shared with Monaco for completion and hover,
 * and with ajv in `call`. Rules a schema cannot say (constraint syntax, strategy fields, network mode pairing)
 * are checked by the handlers with the same wording.
 */

export const placementConstraintSchema: JsonSchema = obj(
  {
    type: oneOf(
      ['memberOf', 'distinctInstance'],
      'memberOf: only instances the expression selects may take the task. distinctInstance: no two tasks of the ' +
        'same group on one instance.',
    ),
    expression: str(
      'A cluster query language expression, such as `attribute:ecs.availability-zone in [us-east-1a, us-east-1b]`. ' +
        'Required for memberOf; leave it out for distinctInstance.',
      { maxLength: 2000 },
    ),
  },
  'A rule every instance must satisfy to take the task. Constraints from the task definition and the request ' +
    'all apply (at most 10 in total).',
);

export const placementStrategySchema: JsonSchema = obj(
  {
    type: oneOf(
      ['binpack', 'spread', 'random'],
      'binpack: fill the instance with the least free cpu or memory first. spread: even out tasks across ' +
        'instances or attribute values. random: any instance that qualifies.',
    ),
    field: str(
      "binpack: 'cpu' or 'memory'. spread: 'instanceId' (or 'host') or 'attribute:<name>', such as " +
        "'attribute:ecs.availability-zone'. random: leave it out.",
      { maxLength: 255 },
    ),
  },
  'How to choose among the instances that passed every check. Several strategies apply in order, each only ' +
    'breaking the ties the one before left.',
);

export const networkConfigurationSchema: JsonSchema = obj(
  {
    awsvpcConfiguration: obj(
      {
        subnets: list(
          { type: 'string', minLength: 1, maxLength: 255 },
          'The subnets (same VPC) the task ENI may go in; up to 16. On EC2 the instance must be in one of their AZs.',
          16,
          { minItems: 1 },
        ),
        securityGroups: strings(
          'Security groups for the task ENI; up to 5. Default: the VPC default group.',
          5,
          255,
        ),
        assignPublicIp: oneOf(
          ['ENABLED', 'DISABLED'],
          'Give the task ENI a public IP (Fargate in a public subnet only; EC2 task ENIs never get one). ' +
            'Default DISABLED.',
        ),
      },
      'Where the task ENI goes and which security groups guard it.',
      ['subnets'],
    ),
  },
  "Networking for an awsvpc task definition: required when its networkMode is 'awsvpc', not allowed otherwise.",
);

const containerOverrideSchema: JsonSchema = obj(
  {
    name: str('The name of the container (from the task definition) these overrides apply to.', {
      maxLength: 255,
    }),
    command: strings('Replaces the container command for this task only.', 100, 8192),
    environment: list(
      obj(
        {
          name: str('Variable name.', { maxLength: 255 }),
          value: str('Variable value.', { maxLength: 8192 }),
        },
        'An environment variable.',
      ),
      "Variables added to (or replacing, by name) the container's environment for this task only.",
      100,
    ),
    cpu: int('CPU units for the container (1 vCPU = 1024), replacing the definition value.', 0, 196608),
    memory: int('Hard memory limit in MiB, replacing the definition value.', 4, 1048576),
    memoryReservation: int('Soft memory limit in MiB, replacing the definition value.', 4, 1048576),
  },
  'Changes to one container for this task only.',
  ['name'],
);

const overridesSchema: JsonSchema = obj(
  {
    containerOverrides: list(containerOverrideSchema, 'Per-container overrides.', 10),
    cpu: str('Task-level CPU units (or vCPU, e.g. "1 vCPU") replacing the definition value.', {
      maxLength: 32,
    }),
    memory: str('Task-level memory in MiB (or GB, e.g. "2 GB") replacing the definition value.', {
      maxLength: 32,
    }),
    taskRoleArn: str('IAM role the containers use for AWS calls, for this task only.', { maxLength: 2048 }),
    executionRoleArn: str('IAM role ECS uses to pull images and write logs, for this task only.', {
      maxLength: 2048,
    }),
  },
  'Changes to the task definition for these tasks only. Resource overrides change what placement reserves.',
);

const tagsSchema: JsonSchema = list(
  obj(
    { key: str('Tag key.', { minLength: 1, maxLength: 128 }), value: str('Tag value.', { maxLength: 256 }) },
    'A key/value label.',
    ['key'],
  ),
  'Labels on the task; up to 50.',
  50,
);

/** Members RunTask and StartTask share. */
const common: Record<string, JsonSchema> = {
  cluster: str("The cluster's name or ARN. Default: the cluster named 'default'.", { maxLength: 2048 }),
  taskDefinition: str(
    "What to run: 'family' (latest ACTIVE revision), 'family:revision', or a task definition ARN.",
    { minLength: 1, maxLength: 2048 },
  ),
  group: str(
    "The task group, counted by spread and distinctInstance and matched by task:group. Default 'family:<family>'.",
    { maxLength: 255 },
  ),
  startedBy: str('Free text recorded on the task (ListTasks can filter by it); up to 128 characters.', {
    maxLength: 128,
  }),
  networkConfiguration: networkConfigurationSchema,
  overrides: overridesSchema,
  tags: tagsSchema,
  enableECSManagedTags: bool('Add the aws:ecs:clusterName tag to the task.'),
  propagateTags: oneOf(
    ['TASK_DEFINITION', 'SERVICE', 'NONE'],
    "Copy tags from the task definition ('TASK_DEFINITION') onto the task. Default: none copied.",
  ),
  referenceId: str('An id of your own to find the task by later; up to 1024 characters.', {
    maxLength: 1024,
  }),
  enableExecuteCommand: bool('Allow ECS Exec into the containers (recorded only in this simulator).'),
};

export const runTaskSchema: JsonSchema = obj(
  {
    ...common,
    count: int('How many tasks to place, 1–10. Each sees the tasks placed before it.', 1, 10),
    launchType: oneOf(
      ['EC2', 'FARGATE'],
      'EC2: placed on your container instances by the strategies and constraints. FARGATE: AWS runs each task, ' +
        'spread across the AZs of your subnets. Default EC2.',
    ),
    platformVersion: str("Fargate only: the platform version. Default 'LATEST' (1.4.0).", { maxLength: 32 }),
    placementConstraints: list(
      placementConstraintSchema,
      "Rules instances must satisfy (EC2 only); with the definition's constraints at most 10.",
      10,
    ),
    placementStrategy: list(
      placementStrategySchema,
      'How to choose among qualifying instances (EC2 only), up to 5, applied in order. Default: random.',
      5,
    ),
    clientToken: str('An idempotency token of your choice; up to 64 characters.', { maxLength: 64 }),
  },
  'Places and starts tasks from a task definition.',
  ['taskDefinition'],
);

export const startTaskSchema: JsonSchema = obj(
  {
    ...common,
    containerInstances: list(
      { type: 'string', minLength: 1, maxLength: 2048 },
      'The container instances (ids or ARNs) to start one task on each, up to 10. No strategy is applied; each ' +
        'instance must still have room.',
      10,
      { minItems: 1 },
    ),
  },
  'Starts one task on each of the listed container instances, bypassing placement strategies.',
  ['taskDefinition', 'containerInstances'],
);
