import type { JsonSchema } from '../../../src/engine/index';
import type { ConsoleCatalog } from '../../../src/app/console/index';

/**
 * A small catalog with request schemas shaped like the real ECS and EC2 ones (member names, nesting, enums,
 * required members), so the console can be tested while the engine's schemas are still being written.
 */
const str = (description?: string): JsonSchema => ({
  type: 'string',
  ...(description ? { description } : {}),
});
const strings: JsonSchema = { type: 'array', items: { type: 'string' } };
const keyValue: JsonSchema = {
  type: 'object',
  properties: { name: str(), value: str() },
  additionalProperties: false,
};

const runTask: JsonSchema = {
  type: 'object',
  description: 'Starts new tasks from a task definition.',
  additionalProperties: false,
  required: ['taskDefinition'],
  definitions: {
    placementStrategy: {
      type: 'object',
      properties: {
        type: { type: 'string', enum: ['random', 'spread', 'binpack'], description: 'How tasks are spread.' },
        field: str('What the strategy works on.'),
      },
      additionalProperties: false,
    },
  },
  properties: {
    cluster: str('The cluster to run the task on. The default cluster when omitted.'),
    taskDefinition: str('The family, family:revision or ARN of the task definition to run.'),
    count: { type: 'integer', minimum: 1, maximum: 10, description: 'How many tasks to start.' },
    launchType: { type: 'string', enum: ['EC2', 'FARGATE', 'EXTERNAL'], description: 'Where the tasks run.' },
    group: str(),
    startedBy: str(),
    enableECSManagedTags: { type: 'boolean', description: 'Tag tasks with the cluster and service.' },
    placementConstraints: {
      type: 'array',
      items: {
        type: 'object',
        properties: { type: { type: 'string', enum: ['distinctInstance', 'memberOf'] }, expression: str() },
        additionalProperties: false,
      },
    },
    placementStrategy: { type: 'array', items: { $ref: '#/definitions/placementStrategy' } },
    networkConfiguration: {
      type: 'object',
      properties: {
        awsvpcConfiguration: {
          type: 'object',
          properties: {
            subnets: strings,
            securityGroups: strings,
            assignPublicIp: { type: 'string', enum: ['ENABLED', 'DISABLED'] },
          },
          required: ['subnets'],
        },
      },
    },
    overrides: {
      type: 'object',
      properties: {
        containerOverrides: {
          type: 'array',
          items: {
            type: 'object',
            properties: { name: str(), command: strings, environment: { type: 'array', items: keyValue } },
          },
        },
        cpu: str(),
        memory: str(),
      },
    },
    tags: { type: 'array', items: { type: 'object', properties: { key: str(), value: str() } } },
  },
};

const describeTasks: JsonSchema = {
  type: 'object',
  required: ['tasks'],
  properties: {
    cluster: str(),
    tasks: strings,
    include: { type: 'array', items: { type: 'string', enum: ['TAGS'] } },
  },
};

const listTasks: JsonSchema = {
  type: 'object',
  properties: {
    cluster: str(),
    family: str(),
    desiredStatus: { type: 'string', enum: ['RUNNING', 'PENDING', 'STOPPED'] },
    maxResults: { type: 'integer' },
  },
};

const putAttributes: JsonSchema = {
  type: 'object',
  required: ['attributes'],
  properties: {
    cluster: str(),
    attributes: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name'],
        properties: { name: str(), value: str(), targetType: str(), targetId: str() },
      },
    },
  },
};

const runInstances: JsonSchema = {
  type: 'object',
  required: ['MinCount', 'MaxCount'],
  properties: {
    ImageId: str('The AMI to launch.'),
    InstanceType: str('The instance type, such as m5.large.'),
    MinCount: { type: 'integer' },
    MaxCount: { type: 'integer' },
    SubnetId: str(),
    SecurityGroupIds: strings,
    IamInstanceProfile: { type: 'object', properties: { Arn: str(), Name: str() } },
    Placement: { type: 'object', properties: { AvailabilityZone: str(), Tenancy: str() } },
    UserData: str('A script the instance runs at boot.'),
    DryRun: { type: 'boolean' },
  },
};

const describeInstances: JsonSchema = {
  type: 'object',
  properties: {
    InstanceIds: strings,
    Filters: {
      type: 'array',
      items: { type: 'object', properties: { Name: str(), Values: strings } },
    },
  },
};

const schemas: Record<string, Record<string, JsonSchema>> = {
  ecs: {
    ListClusters: { type: 'object', properties: { maxResults: { type: 'integer' }, nextToken: str() } },
    CreateCluster: { type: 'object', properties: { clusterName: str() } },
    RunTask: runTask,
    DescribeTasks: describeTasks,
    ListTasks: listTasks,
    PutAttributes: putAttributes,
    DescribeContainerInstances: {
      type: 'object',
      required: ['containerInstances'],
      properties: { cluster: str(), containerInstances: strings },
    },
    ListTaskDefinitionFamilies: { type: 'object', properties: { familyPrefix: str() } },
  },
  ec2: { RunInstances: runInstances, DescribeInstances: describeInstances },
};

export const fakeCatalog: ConsoleCatalog = {
  services: () => Object.keys(schemas).sort(),
  operations: (service) => Object.keys(schemas[service] ?? {}),
  schema: (service, operation) => schemas[service]?.[operation],
};
