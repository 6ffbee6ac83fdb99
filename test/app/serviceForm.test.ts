import { describe, expect, it } from 'vitest';
import {
  cliInputCommand,
  completeServiceForm,
  createServiceInput,
  defaultBounds,
  type ServiceFormFields,
} from '../../src/app/serviceForm';
import { anAccount } from '../builders/account';
import { registerWeb } from '../engine/services/world';

const FIELDS: ServiceFormFields = {
  cluster: 'default',
  serviceName: 'web-svc',
  taskDefinition: 'web:1',
  schedulingStrategy: 'REPLICA',
  desiredCount: 3,
  launchType: 'EC2',
  minimumHealthyPercent: 100,
  maximumPercent: 200,
  circuitBreaker: false,
  rollback: true,
  healthCheckGracePeriodSeconds: 30,
  targetGroupArn: '',
  loadBalancedPort: '',
  placement: 'default',
};

function world() {
  const sim = anAccount(2).withCluster('default').withInstances(2, 'm5.large').build();
  registerWeb(sim, 'v1');
  return sim;
}

describe('the create-service form', () => {
  it('sends only what a plain replica service needs: no strategy, no load balancer, rollback only with the breaker', () => {
    const input = createServiceInput(completeServiceForm(world(), FIELDS));
    expect(input).toEqual({
      cluster: 'default',
      serviceName: 'web-svc',
      taskDefinition: 'web:1',
      launchType: 'EC2',
      schedulingStrategy: 'REPLICA',
      desiredCount: 3,
      deploymentConfiguration: {
        minimumHealthyPercent: 100,
        maximumPercent: 200,
        deploymentCircuitBreaker: { enable: false, rollback: false },
      },
    });
  });

  it('gives a daemon no desired count and no strategy, with its own default bounds', () => {
    const bounds = defaultBounds('DAEMON');
    const input = createServiceInput(
      completeServiceForm(world(), {
        ...FIELDS,
        schedulingStrategy: 'DAEMON',
        placement: 'binpack-memory',
        minimumHealthyPercent: bounds.min,
        maximumPercent: bounds.max,
      }),
    );
    expect(input).not.toHaveProperty('desiredCount');
    expect(input).not.toHaveProperty('placementStrategy');
    expect(input.deploymentConfiguration).toMatchObject({ minimumHealthyPercent: 0, maximumPercent: 100 });
  });

  it('registers the task definition’s first port mapping behind the chosen target group', () => {
    const sim = world();
    const input = createServiceInput(
      completeServiceForm(sim, { ...FIELDS, targetGroupArn: 'arn:tg', placement: 'az-then-binpack' }),
    );
    expect(input.loadBalancers).toEqual([
      { targetGroupArn: 'arn:tg', containerName: 'web', containerPort: 8080 },
    ]);
    expect(input.healthCheckGracePeriodSeconds).toBe(30);
    expect(input.placementStrategy).toEqual([
      { type: 'spread', field: 'attribute:ecs.availability-zone' },
      { type: 'binpack', field: 'memory' },
    ]);
  });

  it('is accepted by the engine as it is', () => {
    const sim = world();
    const out = sim.call('ecs', 'CreateService', createServiceInput(completeServiceForm(sim, FIELDS)));
    expect(out.service.desiredCount).toBe(3);
  });

  it('quotes the JSON for a shell, single quotes included', () => {
    const command = cliInputCommand('create-service', { serviceName: "it's" });
    expect(command).toBe(`aws ecs create-service --cli-input-json '{\n  "serviceName": "it'\\''s"\n}'`);
  });
});
