import { describe, expect, it } from 'vitest';
import { taskDefinitionTemplates, templateText } from '../../../src/app/templates';
import { createSimulation } from '../../../src/engine';
import { validateInput } from '../../../src/engine/schema/validate';
import { registerTaskDefinitionSchema } from '../../../src/engine/schema/taskDefinition';
import { taskDefinitionProblems } from '../../../src/engine/taskDefinitions';

const cases = taskDefinitionTemplates.map((t) => [t.title, t] as const);

describe('task definition templates', () => {
  it('offers the four starting points in menu order', () => {
    expect(taskDefinitionTemplates.map((t) => t.id)).toEqual([
      'ec2-bridge-web',
      'fargate-web',
      'app-with-sidecar',
      'daemon-agent',
    ]);
  });

  it('gives every template a unique id, a title and a one-line description', () => {
    expect(new Set(taskDefinitionTemplates.map((t) => t.id)).size).toBe(taskDefinitionTemplates.length);
    for (const t of taskDefinitionTemplates) {
      expect(t.title.length).toBeGreaterThan(5);
      expect(t.description).not.toContain('\n');
      expect(t.description.length).toBeLessThanOrEqual(140);
    }
  });

  it.each(cases)('%s passes the shared JSON Schema', (_title, t) => {
    expect(() =>
      validateInput(registerTaskDefinitionSchema, t.request, 'InvalidParameterException'),
    ).not.toThrow();
  });

  it.each(cases)('%s breaks none of the engine rules', (_title, t) => {
    expect(taskDefinitionProblems(t.request)).toEqual([]);
  });

  it.each(cases)('%s registers as revision 1 of its family', (_title, t) => {
    const sim = createSimulation({ seed: 1 });
    const out = sim.call('ecs', 'RegisterTaskDefinition', JSON.parse(templateText(t)));
    expect(out.taskDefinition).toMatchObject({ family: t.request.family, revision: 1, status: 'ACTIVE' });
  });

  it('uses a dynamic host port in the EC2 bridge template and a static one in the agent template', () => {
    const port = (id: string) =>
      taskDefinitionTemplates.find((t) => t.id === id)!.request.containerDefinitions[0]!.portMappings?.[0];
    expect(port('ec2-bridge-web')).toMatchObject({ containerPort: 80, hostPort: 0 });
    expect(port('daemon-agent')).toMatchObject({ containerPort: 9100, hostPort: 9100 });
  });

  it('makes the app wait for its sidecar, which is not essential', () => {
    const t = taskDefinitionTemplates.find((x) => x.id === 'app-with-sidecar')!;
    const [app, sidecar] = t.request.containerDefinitions;
    expect(app!.dependsOn).toEqual([{ containerName: sidecar!.name, condition: 'START' }]);
    expect(sidecar!.essential).toBe(false);
  });

  it('renders the request as indented JSON ending in a newline', () => {
    const text = templateText(taskDefinitionTemplates[0]!);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "family": "web-bridge"');
  });
});
