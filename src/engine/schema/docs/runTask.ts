import { under, type SchemaDocs } from './schemaDocs';
import { capacityProviderStrategyDocs } from './capacityProviders';

/** Hover text for RunTask and StartTask (schema/runTask.ts). */

const placementConstraintDocs: SchemaDocs = {
  '': 'A rule every instance must satisfy to take the task. Constraints from the task definition and the request all apply (at most 10 in total).',
  type: 'memberOf: only instances the expression selects may take the task. distinctInstance: no two tasks of the same group on one instance.',
  expression:
    'A cluster query language expression, such as `attribute:ecs.availability-zone in [us-east-1a, us-east-1b]`. Required for memberOf; leave it out for distinctInstance.',
};

const placementStrategyDocs: SchemaDocs = {
  '': 'How to choose among the instances that passed every check. Several strategies apply in order, each only breaking the ties the one before left.',
  type: 'binpack: fill the instance with the least free cpu or memory first. spread: even out tasks across instances or attribute values. random: any instance that qualifies.',
  field:
    "binpack: 'cpu' or 'memory'. spread: 'instanceId' (or 'host') or 'attribute:<name>', such as 'attribute:ecs.availability-zone'. random: leave it out.",
};

const networkConfigurationDocs: SchemaDocs = {
  '': "Networking for an awsvpc task definition: required when its networkMode is 'awsvpc', not allowed otherwise.",
  awsvpcConfiguration: 'Where the task ENI goes and which security groups guard it.',
  'awsvpcConfiguration.subnets':
    'The subnets (same VPC) the task ENI may go in; up to 16. On EC2 the instance must be in one of their AZs.',
  'awsvpcConfiguration.securityGroups':
    'Security groups for the task ENI; up to 5. Default: the VPC default group.',
  'awsvpcConfiguration.assignPublicIp':
    'Give the task ENI a public IP (Fargate in a public subnet only; EC2 task ENIs never get one). Default DISABLED.',
};

const overridesDocs: SchemaDocs = {
  '': 'Changes to the task definition for these tasks only. Resource overrides change what placement reserves.',
  containerOverrides: 'Per-container overrides.',
  'containerOverrides[]': 'Changes to one container for this task only.',
  'containerOverrides[].name':
    'The name of the container (from the task definition) these overrides apply to.',
  'containerOverrides[].command': 'Replaces the container command for this task only.',
  'containerOverrides[].environment':
    "Variables added to (or replacing, by name) the container's environment for this task only.",
  'containerOverrides[].environment[]': 'An environment variable.',
  'containerOverrides[].environment[].name': 'Variable name.',
  'containerOverrides[].environment[].value': 'Variable value.',
  'containerOverrides[].cpu': 'CPU units for the container (1 vCPU = 1024), replacing the definition value.',
  'containerOverrides[].memory': 'Hard memory limit in MiB, replacing the definition value.',
  'containerOverrides[].memoryReservation': 'Soft memory limit in MiB, replacing the definition value.',
  cpu: 'Task-level CPU units (or vCPU, e.g. "1 vCPU") replacing the definition value.',
  memory: 'Task-level memory in MiB (or GB, e.g. "2 GB") replacing the definition value.',
  taskRoleArn: 'IAM role the containers use for AWS calls, for this task only.',
  executionRoleArn: 'IAM role ECS uses to pull images and write logs, for this task only.',
  ephemeralStorage: 'Scratch disk for this Fargate task, replacing the definition value (default 20 GiB).',
  'ephemeralStorage.sizeInGiB': 'Ephemeral storage in GiB, 21–200. DescribeTasks reports what the task got.',
};

const tagsDocs: SchemaDocs = {
  '': 'Labels on the task; up to 50.',
  '[]': 'A key/value label.',
  '[].key': 'Tag key.',
  '[].value': 'Tag value.',
};

const runTaskCommonDocs: SchemaDocs = {
  cluster: "The cluster's name or ARN. Default: the cluster named 'default'.",
  taskDefinition:
    "What to run: 'family' (latest ACTIVE revision), 'family:revision', or a task definition ARN.",
  group:
    "The task group, counted by spread and distinctInstance and matched by task:group. Default 'family:<family>'.",
  startedBy: 'Free text recorded on the task (ListTasks can filter by it); up to 128 characters.',
  ...under('networkConfiguration', networkConfigurationDocs),
  ...under('overrides', overridesDocs),
  ...under('tags', tagsDocs),
  enableECSManagedTags: 'Add the aws:ecs:clusterName tag to the task.',
  propagateTags:
    "Copy tags from the task definition ('TASK_DEFINITION') onto the task. Default: none copied.",
  referenceId: 'An id of your own to find the task by later; up to 1024 characters.',
  enableExecuteCommand: 'Allow ECS Exec into the containers (recorded only in this simulator).',
};

export const runTaskDocs: SchemaDocs = {
  '': 'Places and starts tasks from a task definition.',
  ...runTaskCommonDocs,
  count: 'How many tasks to place, 1–10. Each sees the tasks placed before it.',
  launchType:
    'EC2: placed on your container instances by the strategies and constraints. FARGATE: AWS runs each task, spread across the AZs of your subnets. Default EC2.',
  platformVersion: "Fargate only: the platform version. Default 'LATEST' (1.4.0).",
  placementConstraints:
    "Rules instances must satisfy (EC2 only); with the definition's constraints at most 10.",
  ...under('placementConstraints[]', placementConstraintDocs),
  placementStrategy:
    'How to choose among qualifying instances (EC2 only), up to 5, applied in order. Default: random.',
  ...under('placementStrategy[]', placementStrategyDocs),
  clientToken: 'An idempotency token of your choice; up to 64 characters.',
  ...capacityProviderStrategyDocs,
};

export const startTaskDocs: SchemaDocs = {
  '': 'Starts one task on each of the listed container instances, bypassing placement strategies.',
  ...runTaskCommonDocs,
  containerInstances:
    'The container instances (ids or ARNs) to start one task on each, up to 10. No strategy is applied; each instance must still have room.',
};
