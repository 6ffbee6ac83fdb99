import { describe, expect, it } from 'vitest';
import { serviceConnectView } from '../../src/app/serviceConnectView';
import { runSteps } from '../../src/course/steps';
import { createSimulation, type Simulation } from '../../src/engine';
import scenario, { ORDERS, INVENTORY, serviceNamed } from '../../lessons/12-service-connect/scenario';
import solution from '../../lessons/12-service-connect/solution';

const start = (): Simulation => {
  const sim = createSimulation({ seed: scenario.seed });
  scenario.build(sim);
  return sim;
};

describe('the Service Connect section of a service', () => {
  it('shows a service without Service Connect as off, with its failing calls and why', () => {
    const sim = start();
    const view = serviceConnectView(sim, serviceNamed(sim, ORDERS)!.serviceArn)!;
    expect(view.role).toBe('off');
    expect(view.recent[0]!.why).toMatch(/^\d+ connect timeout$/);
    expect(view.success).toMatch(/^0 % of \d+ calls in the last 5 minutes$/);
    expect(view.traffic).toBe('10 requests a second to the URL in INVENTORY_URL');
    expect(view.callers).toHaveLength(2);
  });

  it('lists namespace, alias and endpoints of a client-server service once set up', () => {
    const sim = start();
    runSteps(sim, solution);
    const inv = serviceConnectView(sim, serviceNamed(sim, INVENTORY)!.serviceArn)!;
    expect(inv).toMatchObject({ role: 'client-server', namespace: 'shop' });
    expect(inv.entries[0]).toMatchObject({
      portName: 'api',
      discoveryName: 'api',
      aliases: 'inventory:8080',
    });
    expect(inv.entries[0]!.endpoints.filter((e) => e.inPool)).toHaveLength(2);
    expect(inv.entries[0]!.endpoints[0]!.address).toMatch(/^\d+\.\d+\.\d+\.\d+:8080$/);
    const orders = serviceConnectView(sim, serviceNamed(sim, ORDERS)!.serviceArn)!;
    expect(orders.role).toBe('client');
    expect(orders.recent[0]).toMatchObject({ url: 'http://inventory:8080', failed: 0, via: 'via proxy' });
  });
});
