import type { TaskDefinitionTemplate } from './template';

export const appWithSidecar: TaskDefinitionTemplate = {
  id: 'app-with-sidecar',
  title: 'App with a sidecar (dependsOn)',
  description:
    'Two containers in one task: the app waits for its helper to start, and only the app is essential.',
  request: {
    family: 'app-with-sidecar',
    networkMode: 'bridge',
    requiresCompatibilities: ['EC2'],
    containerDefinitions: [
      {
        name: 'app',
        image: 'public.ecr.aws/ecs-sandbox/web:v1',
        essential: true,
        memory: 512,
        portMappings: [{ containerPort: 8080, hostPort: 0, protocol: 'tcp' }],
        dependsOn: [{ containerName: 'sidecar', condition: 'START' }],
      },
      {
        name: 'sidecar',
        image: 'busybox:latest',
        essential: false,
        memory: 64,
        command: ['sleep', 'infinity'],
      },
    ],
  },
};
