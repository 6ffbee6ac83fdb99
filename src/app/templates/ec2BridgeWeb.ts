import type { TaskDefinitionTemplate } from './template';

export const ec2BridgeWeb: TaskDefinitionTemplate = {
  id: 'ec2-bridge-web',
  title: 'EC2 web app (bridge, dynamic host port)',
  description:
    'nginx on EC2 in bridge mode; hostPort 0 lets each task get its own free host port, so several fit on one instance.',
  request: {
    family: 'web-bridge',
    networkMode: 'bridge',
    requiresCompatibilities: ['EC2'],
    containerDefinitions: [
      {
        name: 'web',
        image: 'nginx:latest',
        essential: true,
        cpu: 256,
        memory: 512,
        memoryReservation: 256,
        portMappings: [{ containerPort: 80, hostPort: 0, protocol: 'tcp' }],
      },
    ],
  },
};
