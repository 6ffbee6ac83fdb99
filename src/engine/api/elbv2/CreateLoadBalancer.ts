import type { EngineContext } from '../../context';
import { PROVISIONING_SECONDS } from '../../elbv2/defaults';
import { ALB_HOSTED_ZONE_ID, dnsName, loadBalancerArn } from '../../elbv2/names';
import { loadBalancerOutput, type LoadBalancerOutput } from '../../elbv2/output';
import { checkExclusive, checkName } from '../../elbv2/rules';
import { AwsError } from '../../errors';
import type { Subnet } from '../../model/ec2';
import type { LoadBalancer } from '../../model/elbv2';
import { createLoadBalancerSchema } from '../../schema/elbv2';
import type { Infer } from '../../schema/taskDefinitionBuilders';
import { defaultSecurityGroup } from '../ec2/instanceNetwork';
import { defineOperation } from '../operation';

export type CreateLoadBalancerInput = Infer<typeof createLoadBalancerSchema>;

export interface CreateLoadBalancerOutput {
  readonly LoadBalancers: LoadBalancerOutput[];
}

/** The subnets the load balancer is in: known, in one VPC, at least two AZs, one subnet per AZ. */
function subnetsOf(ctx: EngineContext, input: CreateLoadBalancerInput): Subnet[] {
  checkExclusive(input, ['Subnets', 'SubnetMappings']);
  const field = input.SubnetMappings ? 'SubnetMappings' : 'Subnets';
  const ids = input.Subnets ?? (input.SubnetMappings ?? []).flatMap((m) => (m.SubnetId ? [m.SubnetId] : []));
  const subnets = ids.map((id) => {
    const subnet = ctx.state.ec2.subnets[id];
    if (!subnet) {
      throw new AwsError(
        'SubnetNotFound',
        `The subnet ID '${id}' was not found. DescribeSubnets lists the subnets.`,
        field,
      );
    }
    return subnet;
  });
  const azs = new Set(subnets.map((s) => s.AvailabilityZone));
  if (azs.size !== subnets.length) {
    throw new AwsError(
      'InvalidConfigurationRequest',
      'A load balancer cannot be attached to two subnets in the same Availability Zone: give one subnet per AZ.',
      field,
    );
  }
  if (azs.size < 2) {
    throw new AwsError(
      'ValidationError',
      'An Application Load Balancer needs subnets in at least two Availability Zones: give two or more subnets in different AZs.',
      field,
    );
  }
  if (new Set(subnets.map((s) => s.VpcId)).size > 1) {
    throw new AwsError(
      'InvalidConfigurationRequest',
      'The subnets of a load balancer must all be in one VPC.',
      field,
    );
  }
  return subnets;
}

const sameSettings = (lb: LoadBalancer, scheme: string, subnets: ReadonlyArray<Subnet>) =>
  lb.Scheme === scheme &&
  lb.AvailabilityZones.map((az) => az.SubnetId).join() === subnets.map((s) => s.SubnetId).join();

/**
 * Creates an Application Load Balancer: `provisioning`, then `active` a minute later. Creating one with the
 * name and settings of an existing one returns it (as AWS does); Network and Gateway Load Balancers are not
 * simulated.
 */
export const CreateLoadBalancer = defineOperation<CreateLoadBalancerInput, CreateLoadBalancerOutput>({
  schema: createLoadBalancerSchema,
  schemaError: 'ValidationError',
  handle(ctx, input) {
    const type = input.Type ?? 'application';
    if (type !== 'application') {
      throw new AwsError(
        'InvalidConfigurationRequest',
        `Type '${type}' is not simulated: the sandbox simulates Application Load Balancers only. Leave Type out or set it to 'application'.`,
        'Type',
      );
    }
    checkName(input.Name, 'load balancer');
    const subnets = subnetsOf(ctx, input);
    const scheme = input.Scheme ?? 'internet-facing';
    const existing = Object.values(ctx.state.elbv2.loadBalancers).find(
      (lb) => lb.LoadBalancerName === input.Name,
    );
    if (existing) {
      if (sameSettings(existing, scheme, subnets))
        return { LoadBalancers: [loadBalancerOutput(ctx.state, existing)] };
      throw new AwsError(
        'DuplicateLoadBalancerName',
        `A load balancer named '${input.Name}' already exists with other settings. Choose another name, or delete it first.`,
        'Name',
      );
    }
    const vpcId = subnets[0]!.VpcId;
    const arn = loadBalancerArn(ctx.state, input.Name, ctx.randomHex(16));
    const lb: LoadBalancer = {
      LoadBalancerArn: arn,
      LoadBalancerName: input.Name,
      DNSName: dnsName(ctx.state, input.Name, String(1_000_000_000 + ctx.randomInt(999_999_999)), scheme),
      CanonicalHostedZoneId: ALB_HOSTED_ZONE_ID,
      createdAt: ctx.now,
      Scheme: scheme,
      VpcId: vpcId,
      state: 'provisioning',
      Type: 'application',
      AvailabilityZones: subnets.map((s) => ({ ZoneName: s.AvailabilityZone, SubnetId: s.SubnetId })),
      SecurityGroups: input.SecurityGroups?.length
        ? input.SecurityGroups
        : [defaultSecurityGroup(vpcId).GroupId],
    };
    ctx.tx.set(ctx.state.elbv2.loadBalancers, arn, lb);
    ctx.schedule(PROVISIONING_SECONDS, { kind: 'elbv2.loadBalancerActive', loadBalancerArn: arn });
    return { LoadBalancers: [loadBalancerOutput(ctx.state, lb)] };
  },
});
