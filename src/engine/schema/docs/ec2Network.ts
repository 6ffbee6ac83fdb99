import type { SchemaDocs } from './schemaDocs';

/** Hover text for ec2 CreateSubnet (schema/ec2Network.ts). */
export const createSubnetDocs: SchemaDocs = {
  VpcId: 'The VPC the subnet belongs to (the default VPC is 172.31.0.0/16).',
  CidrBlock:
    'The block of addresses, inside the VPC and from /16 to /28 (a /28 has 16 addresses; AWS keeps 5, so 11 are usable).',
  AvailabilityZone: 'The zone the subnet lives in. Omitted: EC2 picks one.',
  DryRun: 'Not simulated: the sandbox always makes the subnet.',
};
