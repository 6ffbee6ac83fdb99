import { cleanup, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { Session } from '../../../src/app/session.svelte';
import { findScenario } from '../../../src/app/scenarios';
import NetworkView from '../../../src/ui/workbench/NetworkView.svelte';

afterEach(() => cleanup());

const VPC = 'vpc-0a1b2c3d4e5f60718';

describe('NetworkView: ways out', { timeout: 20_000 }, () => {
  it('shows each subnet’s route table and where 0.0.0.0/0 goes, and the VPC’s endpoints', () => {
    const session = new Session(findScenario('mixed-fleet')!);
    const subnet = Object.keys(session.sim.state.ec2.subnets).sort()[0]!;
    const table = session.call('ec2', 'CreateRouteTable', { VpcId: VPC });
    if (!table.ok) throw new Error(table.message);
    const rtb = (table.output as { RouteTable: { RouteTableId: string } }).RouteTable.RouteTableId;
    const assoc = session.call('ec2', 'AssociateRouteTable', { RouteTableId: rtb, SubnetId: subnet });
    if (!assoc.ok) throw new Error(assoc.message);
    const vpce = session.call('ec2', 'CreateVpcEndpoint', {
      VpcId: VPC,
      ServiceName: 'com.amazonaws.us-east-1.s3',
      RouteTableIds: [rtb],
    });
    if (!vpce.ok) throw new Error(vpce.message);
    render(NetworkView, { session });
    const rows = within(screen.getByRole('list', { name: 'Route table per subnet' })).getAllByRole(
      'listitem',
    );
    expect(rows[0]).toHaveTextContent(`${subnet} ${rtb} · no way out (no 0.0.0.0/0 route)`);
    expect(rows[1]).toHaveTextContent(/\(main\) · 0\.0\.0\.0\/0 → NAT gateway nat-0a1b2c3d4e5f60718/);
    expect(screen.getByRole('list', { name: 'VPC endpoints' })).toHaveTextContent(
      new RegExp(`s3 vpce-[0-9a-f]{17} · Gateway · route tables ${rtb}`),
    );
  });
});
