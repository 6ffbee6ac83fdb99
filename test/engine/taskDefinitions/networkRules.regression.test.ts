import { describe, expect, it } from 'vitest';
import { createSimulation, AwsError } from '../../../src/engine';

describe('RegisterTaskDefinition host port reuse inside one container', () => {
  it('rejects two container ports mapped to the same static host port (found by the property tests)', () => {
    const sim = createSimulation({ seed: 1 });
    const register = () =>
      sim.callByName('ecs', 'RegisterTaskDefinition', {
        family: 'web',
        containerDefinitions: [
          {
            name: 'app',
            image: 'nginx:latest',
            memory: 64,
            portMappings: [
              { containerPort: 80, hostPort: 8080 },
              { containerPort: 53, hostPort: 8080 },
            ],
          },
        ],
      });
    expect(register).toThrow(AwsError);
    expect(register).toThrow(
      /Host port 8080\/tcp is already mapped by containerDefinitions\[0\]\.portMappings\[0\]/,
    );
  });

  it('still accepts the same host port for tcp and udp', () => {
    const sim = createSimulation({ seed: 1 });
    const out = sim.callByName('ecs', 'RegisterTaskDefinition', {
      family: 'dns',
      containerDefinitions: [
        {
          name: 'dns',
          image: 'nginx:latest',
          memory: 64,
          portMappings: [
            { containerPort: 53, hostPort: 53, protocol: 'udp' },
            { containerPort: 54, hostPort: 53, protocol: 'tcp' },
          ],
        },
      ],
    }) as { taskDefinition: { revision: number } };
    expect(out.taskDefinition.revision).toBe(1);
  });
});
