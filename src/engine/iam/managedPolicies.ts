import type { PolicyDocument } from '../model/iam';
import { AWS_POLICY_PREFIX, CORE_POLICY_DOCUMENTS, EC2_CONTAINER_SERVICE_ROLE_POLICY } from './corePolicies';

/** An AWS managed policy as ListPolicies / GetPolicy show it, with its default version's document. */
export interface ManagedPolicy {
  readonly PolicyName: string;
  readonly Arn: string;
  readonly Path: string;
  readonly Description: string;
  readonly document: PolicyDocument;
}

const allow = (Action: string[], Resource: string | string[] = '*', Sid?: string) => ({
  ...(Sid ? { Sid } : {}),
  Effect: 'Allow' as const,
  Action,
  Resource,
});

const policy = (
  name: string,
  path: string,
  Description: string,
  policyDoc: PolicyDocument,
): [string, ManagedPolicy] => {
  const Arn = `${AWS_POLICY_PREFIX}${path.slice(1)}${name}`;
  return [Arn, { PolicyName: name, Arn, Path: path, Description, document: policyDoc }];
};

/**
 * The AWS managed policies the sandbox knows, by ARN, with the documents of their current default versions
 * (AWS managed policy reference). SecretsManagerReadWrite keeps only its first statement: the others (Lambda,
 * Serverless Application Repository and S3 access for rotation functions) concern resources the sandbox does
 * not have. The descriptions are ours.
 */
export const MANAGED_POLICIES: Readonly<Record<string, ManagedPolicy>> = Object.fromEntries([
  policy(
    'AmazonECSTaskExecutionRolePolicy',
    '/service-role/',
    'What the agent or Fargate needs on behalf of a task: pull private ECR images and send awslogs logs.',
    {
      Version: '2012-10-17',
      Statement: [
        allow([
          'ecr:GetAuthorizationToken',
          'ecr:BatchCheckLayerAvailability',
          'ecr:GetDownloadUrlForLayer',
          'ecr:BatchGetImage',
          'logs:CreateLogStream',
          'logs:PutLogEvents',
        ]),
      ],
    },
  ),
  policy(
    'AmazonEC2ContainerServiceforEC2Role',
    '/service-role/',
    'What the ECS agent on an EC2 container instance needs: register, poll, report state, pull ECR images, write logs.',
    CORE_POLICY_DOCUMENTS[EC2_CONTAINER_SERVICE_ROLE_POLICY]!,
  ),
  policy('AmazonS3ReadOnlyAccess', '/', 'Read every S3 bucket and object.', {
    Version: '2012-10-17',
    Statement: [
      allow(['s3:Get*', 's3:List*', 's3:Describe*', 's3-object-lambda:Get*', 's3-object-lambda:List*']),
    ],
  }),
  policy('AmazonS3FullAccess', '/', 'Every S3 action on every bucket and object.', {
    Version: '2012-10-17',
    Statement: [allow(['s3:*', 's3-object-lambda:*'])],
  }),
  policy('AmazonSSMReadOnlyAccess', '/', 'Read Systems Manager, Parameter Store parameters included.', {
    Version: '2012-10-17',
    Statement: [allow(['ssm:Describe*', 'ssm:Get*', 'ssm:List*'])],
  }),
  policy(
    'SecretsManagerReadWrite',
    '/',
    'Every Secrets Manager action (reading secret values included), plus the lookups its console makes.',
    {
      Version: '2012-10-17',
      Statement: [
        allow(
          [
            'secretsmanager:*',
            'cloudformation:CreateChangeSet',
            'cloudformation:DescribeChangeSet',
            'cloudformation:DescribeStackResource',
            'cloudformation:DescribeStacks',
            'cloudformation:ExecuteChangeSet',
            'docdb-elastic:GetCluster',
            'docdb-elastic:ListClusters',
            'ec2:DescribeSecurityGroups',
            'ec2:DescribeSubnets',
            'ec2:DescribeVpcs',
            'kms:DescribeKey',
            'kms:ListAliases',
            'kms:ListKeys',
            'lambda:ListFunctions',
            'rds:DescribeDBClusters',
            'rds:DescribeDBInstances',
            'redshift:DescribeClusters',
            'redshift-serverless:ListWorkgroups',
            'redshift-serverless:GetNamespace',
            'tag:GetResources',
          ],
          '*',
          'BasePermissions',
        ),
      ],
    },
  ),
  policy('CloudWatchLogsFullAccess', '/', 'Every CloudWatch Logs action on every log group.', {
    Version: '2012-10-17',
    Statement: [allow(['logs:*', 'cloudwatch:GenerateQuery'], '*', 'CloudWatchLogsFullAccess')],
  }),
  policy(
    'AmazonElasticFileSystemClientReadWriteAccess',
    '/',
    'Mount EFS file systems and write to them as an NFS client.',
    {
      Version: '2012-10-17',
      Statement: [
        allow([
          'elasticfilesystem:ClientMount',
          'elasticfilesystem:ClientWrite',
          'elasticfilesystem:DescribeMountTargets',
        ]),
      ],
    },
  ),
]);

/** The managed policies' documents by ARN, for roles.ts `installManagedPolicies`. */
export const MANAGED_POLICY_DOCUMENTS: Readonly<Record<string, PolicyDocument>> = Object.fromEntries(
  Object.values(MANAGED_POLICIES).map((p) => [p.Arn, p.document]),
);

/** A managed policy by ARN, or undefined. */
export const managedPolicy = (arn: string): ManagedPolicy | undefined =>
  Object.prototype.hasOwnProperty.call(MANAGED_POLICIES, arn) ? MANAGED_POLICIES[arn] : undefined;
