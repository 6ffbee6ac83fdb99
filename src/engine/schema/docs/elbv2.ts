import type { OperationName } from '../../api/registry';
import { under, type SchemaDocs } from './schemaDocs';

/** Hover text for the Elastic Load Balancing v2 requests (schema/elbv2.ts), in our own words. */

const tagsDoc = 'Tags for the resource.';

const targetsDocs = (what: string): SchemaDocs =>
  under('Targets', {
    '': what,
    '[].Id':
      'For target type `instance`, an EC2 instance id (`i-…`); for type `ip`, an IPv4 address (a task ENI’s private IP).',
    '[].Port':
      'The port the target receives traffic on (for a bridge task, its host port). Omitted: the target group’s port.',
  });

const healthCheckDocs: SchemaDocs = {
  HealthCheckProtocol: 'The protocol of health checks: HTTP or HTTPS. Omitted: the target group’s protocol.',
  HealthCheckPort:
    '`traffic-port` (default): check each target on the port it receives traffic on. Or a fixed port number.',
  HealthCheckEnabled: 'Health checks are always on for target types instance and ip; `false` is refused.',
  HealthCheckPath: 'The path the health check requests (default `/`).',
  HealthCheckIntervalSeconds: 'Seconds between health checks of each target (5–300, default 30).',
  HealthCheckTimeoutSeconds:
    'Seconds without an answer after which a check fails with Target.Timeout (2–120, default 5; less than the interval).',
  HealthyThresholdCount:
    'Checks in a row an unhealthy target must pass to be healthy again (2–10, default 5). A new target needs one.',
  UnhealthyThresholdCount: 'Failed checks in a row that make a target unhealthy (2–10, default 2).',
  Matcher: 'Which answers count as a pass.',
  'Matcher.HttpCode': 'HTTP codes that pass: `200` (default), `200,202` or a range `200-299`.',
};

const targetGroupArnDoc = { TargetGroupArn: 'The ARN of the target group.' };

/** The members of a list of listener actions under `at`. */
const actionDocs = (at: string) =>
  under(`${at}[]`, {
    Type: 'The action: `forward` is simulated; the others are kept as given.',
    TargetGroupArn: 'For `forward`: the target group that receives the requests.',
    Order: 'The order of the action (1–50000).',
    ForwardConfig: 'For `forward`: target groups, as an alternative to TargetGroupArn.',
    'ForwardConfig.TargetGroups': 'The target groups to forward to.',
    'ForwardConfig.TargetGroups[].TargetGroupArn': 'A target group ARN.',
  });

/** The members of a rule's conditions. */
const conditionDocs = under('Conditions[]', {
  Field:
    'The condition: `path-pattern`, `host-header`, `http-header`, `http-request-method`, `query-string` or `source-ip`.',
  Values: 'For path-pattern and host-header: the patterns to match (`*` and `?` wildcards).',
});

export const elbv2Docs: Readonly<Record<OperationName<'elbv2'>, SchemaDocs>> = {
  CreateLoadBalancer: {
    Name: 'The load balancer’s name: up to 32 letters, digits or hyphens; unique in the account.',
    Subnets: 'Subnets in at least two Availability Zones, one per AZ, all in one VPC.',
    SubnetMappings: 'Subnets, as mappings (give Subnets or SubnetMappings, not both).',
    'SubnetMappings[].SubnetId': 'A subnet id.',
    SecurityGroups: 'Security group ids for the load balancer. Omitted: the VPC’s default group.',
    Scheme: '`internet-facing` (default, a public DNS name) or `internal` (reachable inside the VPC only).',
    Type: 'The load balancer type. The sandbox simulates `application` (default) only.',
    Tags: tagsDoc,
  },
  DescribeLoadBalancers: {
    LoadBalancerArns: 'Describe these load balancers (by ARN).',
    Names: 'Describe these load balancers (by name).',
  },
  DeleteLoadBalancer: {
    LoadBalancerArn: 'The ARN of the load balancer to delete; its listeners go with it.',
  },
  CreateTargetGroup: {
    Name: 'The target group’s name: up to 32 letters, digits or hyphens.',
    Protocol: 'The protocol the load balancer uses to reach targets: HTTP or HTTPS for an ALB.',
    Port: 'The port targets receive traffic on unless a target names its own.',
    VpcId: 'The VPC of the targets.',
    TargetType:
      '`instance` (default): register EC2 instance ids, for bridge and host tasks. `ip`: register addresses, required for awsvpc and Fargate tasks.',
    ...healthCheckDocs,
  },
  DescribeTargetGroups: {
    LoadBalancerArn: 'Describe the target groups this load balancer forwards to.',
    TargetGroupArns: 'Describe these target groups (by ARN).',
    Names: 'Describe these target groups (by name).',
  },
  DeleteTargetGroup: {
    TargetGroupArn: 'The ARN of the target group to delete. Refused while a listener forwards to it.',
  },
  ModifyTargetGroup: { ...targetGroupArnDoc, ...healthCheckDocs },
  DescribeTargetGroupAttributes: targetGroupArnDoc,
  ModifyTargetGroupAttributes: {
    ...targetGroupArnDoc,
    Attributes: 'The attributes to set.',
    'Attributes[].Key':
      'The attribute, e.g. `deregistration_delay.timeout_seconds` (seconds a deregistered target drains, 0–3600, default 300).',
    'Attributes[].Value': 'The new value, as a string.',
  },
  CreateListener: {
    LoadBalancerArn: 'The load balancer that gets the listener.',
    Protocol: 'The protocol clients connect with: HTTP or HTTPS.',
    Port: 'The port the load balancer listens on (one listener per port).',
    DefaultActions:
      'What the listener’s default rule does with requests; a `forward` action sends them to a target group.',
    ...actionDocs('DefaultActions'),
    Tags: tagsDoc,
  },
  DescribeListeners: {
    LoadBalancerArn: 'Describe the listeners of this load balancer.',
    ListenerArns: 'Describe these listeners (by ARN).',
  },
  DeleteListener: { ListenerArn: 'The ARN of the listener to delete (its rules go with it).' },
  CreateRule: {
    ListenerArn: 'The listener that gets the rule.',
    Priority:
      'Where the rule is evaluated (1–50000, lowest first, unique on the listener; the default rule comes last).',
    Conditions:
      'When the rule applies: 1 or more conditions, at most 3 values each and 5 in all. The sandbox keeps them; it routes no requests by path or host.',
    ...conditionDocs,
    Actions: 'What the rule does with a request it matches; a `forward` action sends it to target groups.',
    ...actionDocs('Actions'),
    Tags: tagsDoc,
  },
  DescribeRules: {
    ListenerArn: 'Describe the rules of this listener, its default rule last.',
    RuleArns: 'Describe these rules (by ARN).',
  },
  ModifyRule: {
    RuleArn: 'The rule to change (a default rule’s actions are its listener’s default actions).',
    Conditions: 'The new conditions, replacing all of them (not for a default rule).',
    ...conditionDocs,
    Actions: 'The new actions, replacing all of them.',
    ...actionDocs('Actions'),
  },
  DeleteRule: { RuleArn: 'The rule to delete (not a default rule).' },
  RegisterTargets: {
    ...targetGroupArnDoc,
    ...targetsDocs('The targets to register; each starts `initial` and is health-checked every interval.'),
  },
  DeregisterTargets: {
    ...targetGroupArnDoc,
    ...targetsDocs('The targets to deregister; each drains for the deregistration delay, then leaves.'),
  },
  DescribeTargetHealth: {
    ...targetGroupArnDoc,
    ...targetsDocs('Only these targets. Omitted: every registered target.'),
  },
};
