import { cleanup, fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { Session } from '../../../src/app/session.svelte';
import { findScenario } from '../../../src/app/scenarios';
import InstancesPanel from '../../../src/ui/workbench/InstancesPanel.svelte';

afterEach(() => cleanup());

describe('InstancesPanel', { timeout: 20_000 }, () => {
  it("shows each running instance's public IP as DescribeInstances reports it", () => {
    const session = new Session(findScenario('mixed-fleet')!);
    const described = session.call('ec2', 'DescribeInstances', {});
    if (!described.ok) throw new Error(described.message);
    const running = described.output.Reservations.flatMap((r) => r.Instances).filter(
      (i) => i.PublicIpAddress !== undefined,
    );
    expect(running.length).toBeGreaterThan(0);
    render(InstancesPanel, { session });
    for (const instance of running) {
      const row = screen.getByText(instance.InstanceId).closest('li')!;
      expect(row).toHaveTextContent(`public IP ${instance.PublicIpAddress}`);
    }
  });

  it('fails an instance’s hardware: the service on it starts a replacement elsewhere', async () => {
    const session = new Session(findScenario('web-behind-alb')!);
    const victim = Object.values(session.sim.state.ecs.tasks).find((t) => t.group === 'service:web-svc')!;
    const instanceId = session.sim.state.ecs.containerInstances[victim.containerInstanceArn!]!.ec2InstanceId;
    render(InstancesPanel, { session });
    const row = screen.getByText(instanceId).closest('li')!;
    await fireEvent.click(within(row).getByRole('button', { name: 'Fail hardware' }));
    expect(session.sim.state.ec2.instances[instanceId]?.State).not.toBe('running');
    session.advance(600);
    const live = Object.values(session.sim.state.ecs.tasks).filter(
      (t) => t.group === 'service:web-svc' && t.lastStatus === 'RUNNING',
    );
    expect(live).toHaveLength(4);
    const hosts = live.map(
      (t) => session.sim.state.ecs.containerInstances[t.containerInstanceArn!]!.ec2InstanceId,
    );
    expect(hosts).not.toContain(instanceId);
    // a failed instance cannot fail again
    expect(
      within(screen.getByText(instanceId).closest('li')!).queryByRole('button', { name: 'Fail hardware' }),
    ).toBeNull();
  });
});
