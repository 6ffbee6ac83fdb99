import { bool, notSimulated, obj, str } from './taskDefinitionBuilders';

/** ec2 CreateSubnet: a subnet of a VPC, in one Availability Zone. */
export const createSubnetSchema = obj(
  {
    VpcId: str({ maxLength: 64 }),
    CidrBlock: str({ maxLength: 64 }),
    AvailabilityZone: str({ maxLength: 64 }),
    DryRun: notSimulated(bool()),
  },
  ['VpcId', 'CidrBlock'],
);
