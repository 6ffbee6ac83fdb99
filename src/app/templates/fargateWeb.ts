import type { TaskDefinitionTemplate } from './template';

export const fargateWeb: TaskDefinitionTemplate = {
  id: 'fargate-web',
  title: 'Fargate web app',
  description:
    'A web app on Fargate: awsvpc networking, a valid task size (0.25 vCPU, 512 MiB) and logs sent to CloudWatch.',
  request: {
    family: 'web-fargate',
    networkMode: 'awsvpc',
    requiresCompatibilities: ['FARGATE'],
    cpu: '256',
    memory: '512',
    executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    containerDefinitions: [
      {
        name: 'web',
        image: 'public.ecr.aws/ecs-sandbox/web:v1',
        essential: true,
        portMappings: [{ containerPort: 8080, protocol: 'tcp' }],
        logConfiguration: {
          logDriver: 'awslogs',
          options: {
            'awslogs-group': '/ecs/web-fargate',
            'awslogs-region': 'us-east-1',
            'awslogs-stream-prefix': 'web',
          },
        },
      },
    ],
  },
};
