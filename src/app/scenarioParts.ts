/* What the sandbox scenarios (scenarios.ts, scenarioBuilds.ts) build with. */
import { launchContainerInstances } from '../course/fixtures';
import { DEMO_APP, type InputOf, type Simulation } from '../engine/index';

/**
 * Launches one container instance of `instanceType` in `availabilityZone` for cluster demo, with the Name tag
 * `name` that the map shows on its card.
 */
export const launchIntoDemo = (
  sim: Simulation,
  instanceType: string,
  availabilityZone: string,
  name: string,
) => launchContainerInstances(sim, { cluster: 'demo', instanceType, availabilityZone, name });

/** The task definition most scenarios start with: nginx on a dynamic host port. */
export const webTaskDefinition = {
  family: 'web',
  networkMode: 'bridge',
  containerDefinitions: [
    {
      name: 'web',
      image: 'nginx:latest',
      cpu: 256,
      memory: 512,
      essential: true,
      portMappings: [{ containerPort: 80, hostPort: 0, protocol: 'tcp' }],
    },
  ],
} satisfies InputOf<'ecs', 'RegisterTaskDefinition'>;

/** Revision `tag` of family `web`: the sandbox's demo app image, port 8080 on a dynamic host port, `cpu` units. */
export const demoWeb = (tag: string, cpu = 256) =>
  ({
    family: 'web',
    networkMode: 'bridge',
    containerDefinitions: [
      {
        name: 'web',
        image: `${DEMO_APP}:${tag}`,
        cpu,
        memory: 512,
        portMappings: [{ containerPort: 8080, hostPort: 0, protocol: 'tcp' }],
      },
    ],
  }) satisfies InputOf<'ecs', 'RegisterTaskDefinition'>;

/** Agents register within two minutes of launch; scenarios wait that long so the learner starts on a ready cluster. */
export const AGENT_BOOT = 120;
