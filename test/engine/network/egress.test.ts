import { describe, expect, it } from 'vitest';
import { createSimulation, type Simulation } from '../../../src/engine';
import { egress, routeTableOf } from '../../../src/engine/network/egress';
import { STARTING_IGW, STARTING_MAIN_RTB, STARTING_NAT, type SimState } from '../../../src/engine/state';

/** network/egress.ts: which way start-up traffic leaves a subnet, or why it cannot. */

const VPC = 'vpc-0a1b2c3d4e5f60718';
const call = (s: Simulation, op: string, input: Record<string, unknown>) =>
  s.callByName('ec2', op, input) as Record<string, unknown>;
const stateOf = (s: Simulation) => s.state as unknown as SimState;

/** A simulation whose first default subnet uses a new route table with no way out. */
function isolated(): { s: Simulation; subnet: string; table: string } {
  const s = createSimulation({ seed: 3 });
  const subnet = Object.keys(s.state.ec2.subnets)[0]!;
  const table = (call(s, 'CreateRouteTable', { VpcId: VPC }) as { RouteTable: { RouteTableId: string } })
    .RouteTable.RouteTableId;
  call(s, 'AssociateRouteTable', { RouteTableId: table, SubnetId: subnet });
  return { s, subnet, table };
}

const ecrApi = { kind: 'service', service: 'ecr.api' } as const;
const s3 = { kind: 'service', service: 's3' } as const;
const hub = { kind: 'internet', host: 'registry-1.docker.io' } as const;

describe('egress', () => {
  it('the starting account: every subnet uses the main table and goes out through the NAT, public IP or not', () => {
    const s = createSimulation({ seed: 3 });
    for (const subnetId of Object.keys(s.state.ec2.subnets)) {
      expect(routeTableOf(stateOf(s), subnetId)?.RouteTableId).toBe(STARTING_MAIN_RTB);
      for (const publicIp of [false, true])
        expect(egress(stateOf(s), { subnetId, publicIp }, hub)).toEqual({
          ok: true,
          path: { via: 'nat', natGatewayId: STARTING_NAT },
          routeTableId: STARTING_MAIN_RTB,
        });
    }
  });

  it('a table without 0.0.0.0/0 is no way out, and says so', () => {
    const { s, subnet, table } = isolated();
    const out = egress(stateOf(s), { subnetId: subnet, publicIp: true }, ecrApi);
    expect(out.ok).toBe(false);
    expect(out.ok === false && out.why).toBe(
      `ecr.api: route table ${table} has no way out (no 0.0.0.0/0 route) and no interface endpoint for ecr.api with private DNS in ${VPC}`,
    );
  });

  it('an internet gateway route works only for a sender with a public IP', () => {
    const { s, subnet, table } = isolated();
    call(s, 'CreateRoute', {
      RouteTableId: table,
      DestinationCidrBlock: '0.0.0.0/0',
      GatewayId: STARTING_IGW,
    });
    expect(egress(stateOf(s), { subnetId: subnet, publicIp: true }, hub)).toMatchObject({
      ok: true,
      path: { via: 'igw', internetGatewayId: STARTING_IGW },
    });
    const without = egress(stateOf(s), { subnetId: subnet, publicIp: false }, hub);
    expect(without.ok).toBe(false);
    expect(without.ok === false && without.why).toContain('no public IP');
  });

  it('an interface endpoint serves the whole VPC when private DNS is on, and only its service', () => {
    const { s, subnet } = isolated();
    const other = Object.keys(s.state.ec2.subnets)[2]!;
    const off = call(s, 'CreateVpcEndpoint', {
      VpcId: VPC,
      ServiceName: 'com.amazonaws.us-east-1.ecr.api',
      VpcEndpointType: 'Interface',
      SubnetIds: [other],
      PrivateDnsEnabled: false,
    }) as { VpcEndpoint: { VpcEndpointId: string } };
    expect(egress(stateOf(s), { subnetId: subnet, publicIp: false }, ecrApi).ok).toBe(false);
    call(s, 'DeleteVpcEndpoints', { VpcEndpointIds: [off.VpcEndpoint.VpcEndpointId] });
    const on = call(s, 'CreateVpcEndpoint', {
      VpcId: VPC,
      ServiceName: 'com.amazonaws.us-east-1.ecr.api',
      VpcEndpointType: 'Interface',
      SubnetIds: [other],
    }) as { VpcEndpoint: { VpcEndpointId: string } };
    expect(egress(stateOf(s), { subnetId: subnet, publicIp: false }, ecrApi)).toMatchObject({
      ok: true,
      path: { via: 'interface-endpoint', vpcEndpointId: on.VpcEndpoint.VpcEndpointId },
    });
    expect(
      egress(stateOf(s), { subnetId: subnet, publicIp: false }, { kind: 'service', service: 'ecr.dkr' }).ok,
    ).toBe(false);
  });

  it('an S3 gateway endpoint serves only the subnets whose route table has its route', () => {
    const { s, subnet, table } = isolated();
    call(s, 'CreateVpcEndpoint', {
      VpcId: VPC,
      ServiceName: 'com.amazonaws.us-east-1.s3',
      RouteTableIds: [table],
    });
    expect(egress(stateOf(s), { subnetId: subnet, publicIp: false }, s3)).toMatchObject({
      ok: true,
      path: { via: 'gateway-endpoint' },
    });
    // the S3 endpoint is no way to the internet
    expect(egress(stateOf(s), { subnetId: subnet, publicIp: false }, hub).ok).toBe(false);
  });

  it('a state without route tables (built by hand, saved before) lets everything out', () => {
    const s = createSimulation({ seed: 3 });
    const bare = { ...stateOf(s), ec2: { ...stateOf(s).ec2, routeTables: undefined } } as SimState;
    const subnetId = Object.keys(s.state.ec2.subnets)[0]!;
    expect(egress(bare, { subnetId, publicIp: false }, hub)).toEqual({
      ok: true,
      path: { via: 'unmodelled' },
    });
  });
});
