import type { PolicyDocument } from '../model/iam';

/**
 * The ARNs of the AWS managed policies the sandbox's starting roles carry, and the one document the first page
 * needs: the instance role's, which agent registration evaluates before anything else loads. The whole catalog
 * (the task execution role's policy included) is in managedPolicies.ts, installed with the later part
 * (roles.ts `installManagedPolicies`); the start-up checks that read it run only once it has loaded.
 */
export const AWS_POLICY_PREFIX = 'arn:aws:iam::aws:policy/';

export const EC2_CONTAINER_SERVICE_ROLE_POLICY = `${AWS_POLICY_PREFIX}service-role/AmazonEC2ContainerServiceforEC2Role`;
export const TASK_EXECUTION_ROLE_POLICY = `${AWS_POLICY_PREFIX}service-role/AmazonECSTaskExecutionRolePolicy`;

export const CORE_POLICY_DOCUMENTS: Readonly<Record<string, PolicyDocument>> = {
  [EC2_CONTAINER_SERVICE_ROLE_POLICY]: {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Action: [
          'ec2:DescribeTags',
          'ecs:CreateCluster',
          'ecs:DeregisterContainerInstance',
          'ecs:DiscoverPollEndpoint',
          'ecs:Poll',
          'ecs:RegisterContainerInstance',
          'ecs:StartTelemetrySession',
          'ecs:UpdateContainerInstancesState',
          'ecs:Submit*',
          'ecr:GetAuthorizationToken',
          'ecr:BatchCheckLayerAvailability',
          'ecr:GetDownloadUrlForLayer',
          'ecr:BatchGetImage',
          'logs:CreateLogStream',
          'logs:PutLogEvents',
        ],
        Resource: '*',
      },
      {
        Effect: 'Allow',
        Action: 'ecs:TagResource',
        Resource: '*',
        Condition: { StringEquals: { 'ecs:CreateAction': ['CreateCluster', 'RegisterContainerInstance'] } },
      },
    ],
  },
};
