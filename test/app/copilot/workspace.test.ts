import { describe, expect, it } from 'vitest';
import { createDraftStore, type DraftStorage } from '../../../src/app/drafts';
import { runCopilot } from '../../../src/app/copilot/cli';
import { copilotResources } from '../../../src/app/copilot/resources';
import { CopilotWorkspace, fileRole } from '../../../src/app/copilot/workspace.svelte';
import { createSimulation } from '../../../src/engine/index';

function memoryStorage(): DraftStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

describe('the Copilot workspace', () => {
  it('is saved with the drafts, per context, and read back after a reload', () => {
    const storage = memoryStorage();
    const ws = new CopilotWorkspace('lesson:22-copilot-successors', createDraftStore({ storage }));
    ws.write('copilot/web/manifest.yml', 'name: web\n');
    const reloaded = new CopilotWorkspace('lesson:22-copilot-successors', createDraftStore({ storage }));
    expect(reloaded.files).toEqual({ 'copilot/web/manifest.yml': 'name: web\n' });
    expect(new CopilotWorkspace('sandbox', createDraftStore({ storage })).files).toEqual({});
  });

  it('says so when the saved files cannot be read, and starts empty', () => {
    const storage = memoryStorage();
    createDraftStore({ storage }).save('sandbox/copilot', '{not json');
    const ws = new CopilotWorkspace('sandbox', createDraftStore({ storage }));
    expect(ws.files).toEqual({});
    expect(ws.problem).toMatch(/could not be read/);
  });

  it.each([
    ['copilot/.workspace', { kind: 'workspace' }],
    ['copilot/web/manifest.yml', { kind: 'workload', name: 'web' }],
    ['copilot/environments/test/manifest.yml', { kind: 'environment', name: 'test' }],
    ['copilot/web/addons/db.yml', { kind: 'other' }],
  ])('knows what %s is', (path, role) => {
    expect(fileRole(path)).toEqual(role);
  });
});

describe('what Copilot created', () => {
  it('lists each resource, simulated or only listed, and whether it exists', () => {
    const sim = createSimulation({ seed: 5 });
    const ws = new CopilotWorkspace('sandbox');
    for (const line of [
      'copilot app init shop',
      'copilot env init --name test',
      'copilot env deploy --name test',
      'copilot svc init --name report --svc-type "Backend Service"',
      'copilot svc deploy --name report --env test',
    ])
      expect(runCopilot(line, sim, ws).stderr).toBe('');
    const groups = copilotResources(sim.state, 'shop');
    expect(groups.map((g) => g.title)).toEqual([
      'Application shop',
      'Environment test',
      'Backend Service report in test',
    ]);
    const env = groups[1]!.rows;
    expect(env.find((r) => r.kind === 'ECS cluster')).toEqual({
      kind: 'ECS cluster',
      name: 'shop-test-Cluster',
      simulated: true,
      exists: true,
    });
    // no web service yet: the shared load balancer is not there
    expect(env.find((r) => r.kind.startsWith('Application Load Balancer'))?.exists).toBe(false);
    expect(env.filter((r) => !r.simulated).map((r) => r.kind)).toEqual([
      'VPC, 2 public + 2 private subnets, internet gateway (sandbox: default VPC)',
      'Service discovery namespace',
      'CloudFormation stack',
    ]);
    const svc = groups[2]!.rows;
    expect(svc.filter((r) => r.simulated).every((r) => r.exists)).toBe(true);
    expect(svc.map((r) => r.name)).toContain('/copilot/shop-test-report');
  });
});
