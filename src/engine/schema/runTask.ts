import type { JsonSchema } from './jsonSchema';
import { bool, int, list, obj, oneOf, str, strings } from './taskDefinitionBuilders';

/**
 * Request schemas of RunTask and StartTask (ecs-reference §3, §14): shared with Monaco for completion (hover
 * text in `docs/runTask.ts`), and with ajv in `call`. Rules a schema cannot say (constraint syntax, strategy fields, network mode pairing)
 * are checked by the handlers with the same wording.
 */

export const placementConstraintSchema: JsonSchema = obj({
  type: oneOf(['memberOf', 'distinctInstance']),
  expression: str({ maxLength: 2000 }),
});

export const placementStrategySchema: JsonSchema = obj({
  type: oneOf(['binpack', 'spread', 'random']),
  field: str({ maxLength: 255 }),
});

export const networkConfigurationSchema: JsonSchema = obj({
  awsvpcConfiguration: obj(
    {
      subnets: list({ type: 'string', minLength: 1, maxLength: 255 }, 16, { minItems: 1 }),
      securityGroups: strings(5, 255),
      assignPublicIp: oneOf(['ENABLED', 'DISABLED']),
    },
    ['subnets'],
  ),
});

const containerOverrideSchema: JsonSchema = obj(
  {
    name: str({ maxLength: 255 }),
    command: strings(100, 8192),
    environment: list(
      obj({
        name: str({ maxLength: 255 }),
        value: str({ maxLength: 8192 }),
      }),
      100,
    ),
    cpu: int(0, 196608),
    memory: int(4, 1048576),
    memoryReservation: int(4, 1048576),
  },
  ['name'],
);

const overridesSchema: JsonSchema = obj({
  containerOverrides: list(containerOverrideSchema, 10),
  cpu: str({ maxLength: 32 }),
  memory: str({ maxLength: 32 }),
  taskRoleArn: str({ maxLength: 2048 }),
  executionRoleArn: str({ maxLength: 2048 }),
  ephemeralStorage: obj({ sizeInGiB: int(21, 200) }, ['sizeInGiB']),
});

const tagsSchema: JsonSchema = list(
  obj({ key: str({ minLength: 1, maxLength: 128 }), value: str({ maxLength: 256 }) }, ['key']),
  50,
);

/** Members RunTask and StartTask share. */
const common: Record<string, JsonSchema> = {
  cluster: str({ maxLength: 2048 }),
  taskDefinition: str({ minLength: 1, maxLength: 2048 }),
  group: str({ maxLength: 255 }),
  startedBy: str({ maxLength: 128 }),
  networkConfiguration: networkConfigurationSchema,
  overrides: overridesSchema,
  tags: tagsSchema,
  enableECSManagedTags: bool(),
  propagateTags: oneOf(['TASK_DEFINITION', 'SERVICE', 'NONE']),
  referenceId: str({ maxLength: 1024 }),
  enableExecuteCommand: bool(),
};

export const runTaskSchema: JsonSchema = obj(
  {
    ...common,
    count: int(1, 10),
    launchType: oneOf(['EC2', 'FARGATE']),
    platformVersion: str({ maxLength: 32 }),
    placementConstraints: list(placementConstraintSchema, 10),
    placementStrategy: list(placementStrategySchema, 5),
    clientToken: str({ maxLength: 64 }),
  },
  ['taskDefinition'],
);

export const startTaskSchema: JsonSchema = obj(
  {
    ...common,
    containerInstances: list({ type: 'string', minLength: 1, maxLength: 2048 }, 10, { minItems: 1 }),
  },
  ['taskDefinition', 'containerInstances'],
);
