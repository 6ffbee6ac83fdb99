/** Small request builders shared by the task-definition tests. Plain data; each call returns a fresh object. */

export const ECR_IMAGE = '123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1';
export const EXECUTION_ROLE = 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole';

type Json = Record<string, unknown>;

/** A minimal valid container: name, public image, 256 MiB. */
export const aContainer = (overrides: Json = {}): Json => ({
  name: 'app',
  image: 'nginx:1.27',
  memory: 256,
  ...overrides,
});

/** A minimal valid EC2 (bridge) registration request. */
export const anEc2Definition = (overrides: Json = {}): Json => ({
  family: 'web',
  containerDefinitions: [aContainer()],
  ...overrides,
});

/** A minimal valid Fargate registration request: awsvpc, 256 CPU units, 512 MiB. */
export const aFargateDefinition = (overrides: Json = {}): Json => ({
  family: 'web',
  requiresCompatibilities: ['FARGATE'],
  networkMode: 'awsvpc',
  cpu: '256',
  memory: '512',
  containerDefinitions: [{ name: 'app', image: 'nginx:1.27' }],
  ...overrides,
});

/** An awslogs log configuration with every option Fargate needs. */
export const awslogs = (options: Json = {}): Json => ({
  logDriver: 'awslogs',
  options: {
    'awslogs-group': '/ecs/web',
    'awslogs-region': 'us-east-1',
    'awslogs-stream-prefix': 'ecs',
    ...options,
  },
});
