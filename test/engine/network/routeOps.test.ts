import { describe, expect, it } from 'vitest';
import { createSimulation, type Simulation } from '../../../src/engine';
import { STARTING_IGW, STARTING_MAIN_RTB, STARTING_NAT } from '../../../src/engine/state';

/** The route table, gateway and VPC endpoint operations (api/ec2/*): request and answer shapes, and their errors. */

const VPC = 'vpc-0a1b2c3d4e5f60718';

function sim(): Simulation {
  return createSimulation({ seed: 7 });
}

const call = (s: Simulation, op: string, input: Record<string, unknown>) =>
  s.callByName('ec2', op, input) as Record<string, unknown>;

function errorOf(fn: () => unknown): { name: string; message: string } {
  try {
    fn();
  } catch (e) {
    return { name: (e as Error).name, message: (e as Error).message };
  }
  throw new Error('expected an error');
}

const subnetIds = (s: Simulation) => Object.keys(s.state.ec2.subnets);

describe('the starting account', () => {
  it('has a main route table sending 0.0.0.0/0 to a NAT gateway, and an internet gateway', () => {
    const s = sim();
    const { RouteTables } = call(s, 'DescribeRouteTables', {
      Filters: [{ Name: 'association.main', Values: ['true'] }],
    }) as { RouteTables: Array<Record<string, unknown>> };
    expect(RouteTables).toEqual([
      {
        Associations: [
          {
            Main: true,
            RouteTableAssociationId: 'rtbassoc-0a1b2c3d4e5f60718',
            RouteTableId: STARTING_MAIN_RTB,
            AssociationState: { State: 'associated' },
          },
        ],
        PropagatingVgws: [],
        RouteTableId: STARTING_MAIN_RTB,
        Routes: [
          {
            DestinationCidrBlock: '172.31.0.0/16',
            GatewayId: 'local',
            Origin: 'CreateRouteTable',
            State: 'active',
          },
          {
            DestinationCidrBlock: '0.0.0.0/0',
            NatGatewayId: STARTING_NAT,
            Origin: 'CreateRoute',
            State: 'active',
          },
        ],
        Tags: [],
        VpcId: VPC,
        OwnerId: '123456789012',
      },
    ]);
    expect(call(s, 'DescribeInternetGateways', {})).toEqual({
      InternetGateways: [
        {
          Attachments: [{ State: 'available', VpcId: VPC }],
          InternetGatewayId: STARTING_IGW,
          OwnerId: '123456789012',
          Tags: [],
        },
      ],
    });
    const nat = (
      call(s, 'DescribeNatGateways', { Filter: [{ Name: 'vpc-id', Values: [VPC] }] }) as {
        NatGateways: Array<Record<string, unknown>>;
      }
    ).NatGateways;
    expect(nat).toHaveLength(1);
    expect(nat[0]).toMatchObject({
      NatGatewayId: STARTING_NAT,
      State: 'available',
      VpcId: VPC,
      ConnectivityType: 'public',
    });
    expect(call(s, 'DescribeVpcEndpoints', {})).toEqual({ VpcEndpoints: [] });
  });

  it('keeps its three subnets (the network adds none)', () => {
    expect(subnetIds(sim())).toHaveLength(3);
  });
});

describe('route tables', () => {
  it('CreateRouteTable → local route only; AssociateRouteTable → the subnet finds it by association.subnet-id', () => {
    const s = sim();
    const { RouteTable } = call(s, 'CreateRouteTable', { VpcId: VPC }) as {
      RouteTable: { RouteTableId: string; Routes: unknown[]; Associations: unknown[] };
    };
    expect(RouteTable.RouteTableId).toMatch(/^rtb-[0-9a-f]{17}$/);
    expect(RouteTable.Routes).toEqual([
      {
        DestinationCidrBlock: '172.31.0.0/16',
        GatewayId: 'local',
        Origin: 'CreateRouteTable',
        State: 'active',
      },
    ]);
    expect(RouteTable.Associations).toEqual([]);
    const subnet = subnetIds(s)[0]!;
    const out = call(s, 'AssociateRouteTable', { RouteTableId: RouteTable.RouteTableId, SubnetId: subnet });
    expect(out).toEqual({
      AssociationId: expect.stringMatching(/^rtbassoc-[0-9a-f]{17}$/),
      AssociationState: { State: 'associated' },
    });
    const found = call(s, 'DescribeRouteTables', {
      Filters: [{ Name: 'association.subnet-id', Values: [subnet] }],
    }) as { RouteTables: Array<{ RouteTableId: string }> };
    expect(found.RouteTables.map((t) => t.RouteTableId)).toEqual([RouteTable.RouteTableId]);
    // associating the subnet again is refused; disassociating sends it back to the main table
    expect(
      errorOf(() => call(s, 'AssociateRouteTable', { RouteTableId: STARTING_MAIN_RTB, SubnetId: subnet }))
        .name,
    ).toBe('Resource.AlreadyAssociated');
    call(s, 'DisassociateRouteTable', { AssociationId: out['AssociationId'] });
    expect(
      (
        call(s, 'DescribeRouteTables', {
          Filters: [{ Name: 'association.subnet-id', Values: [subnet] }],
        }) as {
          RouteTables: unknown[];
        }
      ).RouteTables,
    ).toEqual([]);
  });

  it('CreateRoute to the IGW or the NAT; one route per destination; DeleteRoute removes it', () => {
    const s = sim();
    const id = (call(s, 'CreateRouteTable', { VpcId: VPC }) as { RouteTable: { RouteTableId: string } })
      .RouteTable.RouteTableId;
    expect(
      call(s, 'CreateRoute', {
        RouteTableId: id,
        DestinationCidrBlock: '0.0.0.0/0',
        GatewayId: STARTING_IGW,
      }),
    ).toEqual({
      Return: true,
    });
    expect(
      errorOf(() =>
        call(s, 'CreateRoute', {
          RouteTableId: id,
          DestinationCidrBlock: '0.0.0.0/0',
          NatGatewayId: STARTING_NAT,
        }),
      ),
    ).toEqual({ name: 'RouteAlreadyExists', message: 'The route identified by 0.0.0.0/0 already exists.' });
    expect(call(s, 'DeleteRoute', { RouteTableId: id, DestinationCidrBlock: '0.0.0.0/0' })).toEqual({});
    expect(
      errorOf(() => call(s, 'DeleteRoute', { RouteTableId: id, DestinationCidrBlock: '0.0.0.0/0' })),
    ).toEqual({
      name: 'InvalidRoute.NotFound',
      message: `no route with destination-cidr-block 0.0.0.0/0 in route table ${id}`,
    });
    expect(
      errorOf(() => call(s, 'DeleteRoute', { RouteTableId: id, DestinationCidrBlock: '172.31.0.0/16' })).name,
    ).toBe('InvalidParameterValue');
  });

  it('refuses unknown tables, gateways and NAT gateways, and a route without exactly one target', () => {
    const s = sim();
    expect(errorOf(() => call(s, 'DescribeRouteTables', { RouteTableIds: ['rtb-0000'] }))).toEqual({
      name: 'InvalidRouteTableID.NotFound',
      message: "The routeTable ID 'rtb-0000' does not exist",
    });
    const base = { RouteTableId: STARTING_MAIN_RTB, DestinationCidrBlock: '10.0.0.0/8' };
    expect(errorOf(() => call(s, 'CreateRoute', { ...base, GatewayId: 'igw-0000' })).name).toBe(
      'InvalidGatewayID.NotFound',
    );
    expect(errorOf(() => call(s, 'CreateRoute', { ...base, NatGatewayId: 'nat-0000' })).name).toBe(
      'NatGatewayNotFound',
    );
    expect(errorOf(() => call(s, 'CreateRoute', base)).name).toBe('MissingParameter');
    expect(
      errorOf(() => call(s, 'CreateRoute', { ...base, GatewayId: STARTING_IGW, NatGatewayId: STARTING_NAT }))
        .name,
    ).toBe('InvalidParameterCombination');
    expect(errorOf(() => call(s, 'CreateRouteTable', { VpcId: 'vpc-0000' })).name).toBe(
      'InvalidVpcID.NotFound',
    );
    expect(
      errorOf(() => call(s, 'DisassociateRouteTable', { AssociationId: 'rtbassoc-0a1b2c3d4e5f60718' })).name,
    ).toBe('InvalidParameterValue');
    expect(
      errorOf(() => call(s, 'DescribeRouteTables', { Filters: [{ Name: 'state', Values: ['x'] }] })).name,
    ).toBe('InvalidParameterValue');
  });
});

describe('VPC endpoints', () => {
  it('an interface endpoint: one ENI per subnet, private DNS on by default, the default security group', () => {
    const s = sim();
    const subnet = subnetIds(s)[0]!;
    const { VpcEndpoint } = call(s, 'CreateVpcEndpoint', {
      VpcId: VPC,
      ServiceName: 'com.amazonaws.us-east-1.ecr.dkr',
      VpcEndpointType: 'Interface',
      SubnetIds: [subnet],
    }) as { VpcEndpoint: Record<string, unknown> };
    expect(VpcEndpoint).toMatchObject({
      VpcEndpointId: expect.stringMatching(/^vpce-[0-9a-f]{17}$/),
      VpcEndpointType: 'Interface',
      VpcId: VPC,
      ServiceName: 'com.amazonaws.us-east-1.ecr.dkr',
      State: 'available',
      SubnetIds: [subnet],
      RouteTableIds: [],
      PrivateDnsEnabled: true,
      Groups: [{ GroupId: expect.stringMatching(/^sg-/), GroupName: 'default' }],
      NetworkInterfaceIds: [expect.stringMatching(/^eni-/)],
    });
    // a second one with private DNS for the same service clashes
    expect(
      errorOf(() =>
        call(s, 'CreateVpcEndpoint', {
          VpcId: VPC,
          ServiceName: 'com.amazonaws.us-east-1.ecr.dkr',
          VpcEndpointType: 'Interface',
          SubnetIds: [subnetIds(s)[1]!],
        }),
      ).name,
    ).toBe('InvalidParameter');
  });

  it('a gateway endpoint (the API default type) adds the S3 prefix-list route; deleting it removes the route', () => {
    const s = sim();
    const { VpcEndpoint } = call(s, 'CreateVpcEndpoint', {
      VpcId: VPC,
      ServiceName: 'com.amazonaws.us-east-1.s3',
      RouteTableIds: [STARTING_MAIN_RTB],
    }) as { VpcEndpoint: { VpcEndpointId: string; VpcEndpointType: string; PolicyDocument: string } };
    expect(VpcEndpoint.VpcEndpointType).toBe('Gateway');
    expect(JSON.parse(VpcEndpoint.PolicyDocument).Statement[0].Effect).toBe('Allow');
    const routes = () =>
      (
        call(s, 'DescribeRouteTables', { RouteTableIds: [STARTING_MAIN_RTB] }) as {
          RouteTables: Array<{ Routes: Array<Record<string, string>> }>;
        }
      ).RouteTables[0]!.Routes;
    expect(routes()).toContainEqual({
      DestinationPrefixListId: 'pl-63a5400a',
      GatewayId: VpcEndpoint.VpcEndpointId,
      Origin: 'CreateRoute',
      State: 'active',
    });
    expect(
      (
        call(s, 'DescribeVpcEndpoints', { Filters: [{ Name: 'service-name', Values: ['*.s3'] }] }) as {
          VpcEndpoints: unknown[];
        }
      ).VpcEndpoints,
    ).toHaveLength(1);
    expect(
      call(s, 'DeleteVpcEndpoints', { VpcEndpointIds: [VpcEndpoint.VpcEndpointId, 'vpce-0000'] }),
    ).toEqual({
      Unsuccessful: [
        {
          Error: {
            Code: 'InvalidVpcEndpoint.NotFound',
            Message: "The VpcEndpoint Id 'vpce-0000' does not exist",
          },
          ResourceId: 'vpce-0000',
        },
      ],
    });
    expect(routes().some((r) => r['GatewayId'] === VpcEndpoint.VpcEndpointId)).toBe(false);
  });

  it('refuses services the sandbox does not know and the wrong endpoint type', () => {
    const s = sim();
    const e = errorOf(() =>
      call(s, 'CreateVpcEndpoint', { VpcId: VPC, ServiceName: 'com.amazonaws.us-east-1.kinesis-streams' }),
    );
    expect(e.name).toBe('InvalidServiceName');
    expect(e.message).toMatch(
      /^The Vpc Endpoint Service 'com.amazonaws.us-east-1.kinesis-streams' does not exist/,
    );
    // Gateway is the default type, and ecr.api has interface endpoints only
    expect(
      errorOf(() =>
        call(s, 'CreateVpcEndpoint', { VpcId: VPC, ServiceName: 'com.amazonaws.us-east-1.ecr.api' }),
      ),
    ).toEqual({
      name: 'InvalidParameter',
      message: 'Endpoint type (Gateway) does not match available service types ([Interface]).',
    });
    expect(
      errorOf(() =>
        call(s, 'CreateVpcEndpoint', {
          VpcId: VPC,
          ServiceName: 'com.amazonaws.us-east-1.s3',
          VpcEndpointType: 'Interface',
        }),
      ).name,
    ).toBe('InvalidParameter');
    expect(errorOf(() => call(s, 'DescribeVpcEndpoints', { VpcEndpointIds: ['vpce-0000'] })).name).toBe(
      'InvalidVpcEndpointId.NotFound',
    );
  });
});
