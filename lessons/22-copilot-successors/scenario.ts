import { runSteps } from '../../src/course/steps';
import type { LessonScenario, Prediction } from '../../src/course/types';
import { createSimulation } from '../../src/engine/index';
import { APP, appInit, copilotClusters, environment, svcDeploy, svcInit, WEB } from './copilot';

/**
 * A fresh account (the default VPC and the console's two roles): nothing of Copilot yet. The learner types
 * `copilot` commands in the Copilot tab or the console and edits the manifests Copilot writes.
 */
const scenario = {
  seed: 22,
  build() {},
  controls: ['copilot', 'console', 'services', 'map', 'events', 'time'],
} satisfies LessonScenario;
export default scenario;

/** With test and prod deployed, web deployed to test only: the services in each environment's cluster. */
export function deployToTestProbe(): { test: number; prod: number } {
  const sim = createSimulation({ seed: scenario.seed });
  runSteps(sim, [
    ...appInit(),
    ...environment('test'),
    ...environment('prod'),
    ...svcInit('web', 'Load Balanced Web Service'),
    ...svcDeploy('web', 'Load Balanced Web Service', 'test', WEB),
  ]);
  const clusters = copilotClusters(sim);
  const count = (env: string) =>
    Object.values(sim.state.ecs.services).filter(
      (s) => s.status === 'ACTIVE' && s.clusterArn === clusters.get(env)?.arn,
    ).length;
  return { test: count('test'), prod: count('prod') };
}

export const prediction: Prediction = {
  prompt:
    `The application ${APP} has two deployed environments, test and prod. web's manifest has no environments ` +
    'section. You run copilot svc deploy --name web --env test. How many ECS services does the prod cluster hold afterwards?',
  options: [
    { id: 'none', text: 'None: a deploy goes to the one environment named by --env.' },
    { id: 'one', text: 'One: Copilot deploys every service to every environment of the application.' },
    { id: 'paused', text: 'One, with desired count 0, waiting for a prod deploy.' },
  ],
  outcome() {
    const probe = deployToTestProbe();
    if (probe.prod === 0) return 'none';
    return 'one';
  },
  explanation:
    'copilot svc deploy builds one CloudFormation stack for one service in one environment. prod gets web only ' +
    'when you deploy to prod; its manifest values for prod come from environments.prod, when there is one.',
};
