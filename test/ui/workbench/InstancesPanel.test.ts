import { cleanup, render, screen } from '@testing-library/svelte';
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
});
