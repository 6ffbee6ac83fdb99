import { bool, int, int32, list, notSimulated, obj, oneOf, str, strings } from './taskDefinitionBuilders';

/**
 * Request schemas of RunTask and StartTask (ecs-reference §3, §14): shared with Monaco for completion (hover
 * text in `docs/runTask.ts`), and with ajv in `call`. Rules a schema cannot say (constraint syntax, strategy fields, network mode pairing)
 * are checked by the handlers with the same wording.
 */

// The API model leaves `type` optional, but a constraint or strategy means nothing without it, and ECS refuses
// one; the sandbox says so up front.
export const placementConstraintSchema = obj(
  { type: oneOf(['memberOf', 'distinctInstance']), expression: str({ maxLength: 2000 }) },
  ['type'],
);

export const placementStrategySchema = obj(
  { type: oneOf(['binpack', 'spread', 'random']), field: str({ maxLength: 255 }) },
  ['type'],
);

export const networkConfigurationSchema = obj({
  awsvpcConfiguration: obj(
    {
      subnets: list(str({ minLength: 1, maxLength: 255 }), 16, { minItems: 1 }),
      securityGroups: strings(5, 255),
      assignPublicIp: oneOf(['ENABLED', 'DISABLED']),
    },
    ['subnets'],
  ),
});

const containerOverrideSchema = obj(
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
    environmentFiles: notSimulated(list(obj({ value: str(), type: oneOf(['s3']) }, ['value', 'type']), 10)),
    resourceRequirements: notSimulated(
      list(
        obj(
          { value: str({ maxLength: 255 }), type: oneOf(['GPU', 'InferenceAccelerator', 'NeuronDevice']) },
          ['value', 'type'],
        ),
        10,
      ),
    ),
  },
  ['name'],
);

const overridesSchema = obj({
  containerOverrides: list(containerOverrideSchema, 10),
  cpu: str({ maxLength: 32 }),
  memory: str({ maxLength: 32 }),
  taskRoleArn: str({ maxLength: 2048 }),
  executionRoleArn: str({ maxLength: 2048 }),
  inferenceAcceleratorOverrides: notSimulated(
    list(obj({ deviceName: str({ maxLength: 255 }), deviceType: str({ maxLength: 255 }) }), 10),
  ),
  ephemeralStorage: obj({ sizeInGiB: int(21, 200) }, ['sizeInGiB']),
});

/**
 * An EBS volume ECS creates for the task at launch (for the definition's volume marked `configuredAtLaunch`).
 * The model sets no ranges on its numbers; the sizes and rates are EBS's to check, which the sandbox does not.
 */
const volumeConfigurationSchema = obj(
  {
    name: str({ maxLength: 255 }),
    managedEBSVolume: obj(
      {
        encrypted: bool(),
        kmsKeyId: str(),
        volumeType: str({ maxLength: 64 }),
        sizeInGiB: int32(),
        snapshotId: str({ maxLength: 255 }),
        volumeInitializationRate: int32(),
        iops: int32(),
        throughput: int32(),
        tagSpecifications: list(
          obj(
            {
              resourceType: oneOf(['volume']),
              tags: list(
                obj({ key: str({ minLength: 1, maxLength: 128 }), value: str({ maxLength: 256 }) }),
                50,
              ),
              propagateTags: oneOf(['TASK_DEFINITION', 'SERVICE', 'NONE']),
            },
            ['resourceType'],
          ),
          10,
        ),
        roleArn: str(),
        terminationPolicy: obj({ deleteOnTermination: bool() }, ['deleteOnTermination']),
        filesystemType: oneOf(['ext3', 'ext4', 'xfs', 'ntfs']),
      },
      ['roleArn'],
    ),
  },
  ['name'],
);

/** A capacity provider and its share, as RunTask and CreateCluster take them. */
export const capacityProviderStrategyItem = obj(
  {
    capacityProvider: str({ maxLength: 255 }),
    weight: int(0, 1000),
    base: int(0, 100000),
  },
  ['capacityProvider'],
);

const tagsSchema = list(
  obj({ key: str({ minLength: 1, maxLength: 128 }), value: str({ maxLength: 256 }) }, ['key']),
  50,
);

/** Members RunTask and StartTask share. */
const common = {
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
  volumeConfigurations: notSimulated(list(volumeConfigurationSchema, 10)),
};

export const runTaskSchema = obj(
  {
    ...common,
    count: int(1, 10),
    launchType: oneOf(['EC2', 'FARGATE', 'EXTERNAL', 'MANAGED_INSTANCES']),
    platformVersion: str({ maxLength: 32 }),
    placementConstraints: list(placementConstraintSchema, 10),
    placementStrategy: list(placementStrategySchema, 5),
    clientToken: str({ maxLength: 64 }),
    capacityProviderStrategy: list(capacityProviderStrategyItem, 20),
  },
  ['taskDefinition'],
);

export const startTaskSchema = obj(
  {
    ...common,
    containerInstances: list(str({ minLength: 1, maxLength: 2048 }), 10, { minItems: 1 }),
  },
  ['taskDefinition', 'containerInstances'],
);
