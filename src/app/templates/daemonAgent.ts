import type { TaskDefinitionTemplate } from './template';

export const daemonAgent: TaskDefinitionTemplate = {
  id: 'daemon-agent',
  title: 'Per-instance agent (static host port)',
  description:
    'A stand-in monitoring agent, one per instance: its fixed host port 9100 leaves no room for a second copy.',
  request: {
    family: 'node-agent',
    networkMode: 'bridge',
    requiresCompatibilities: ['EC2'],
    containerDefinitions: [
      {
        name: 'agent',
        image: 'busybox:latest',
        essential: true,
        cpu: 64,
        memoryReservation: 64,
        command: ['sleep', 'infinity'],
        portMappings: [{ containerPort: 9100, hostPort: 9100, protocol: 'tcp' }],
      },
    ],
  },
};
