/** The exception names the simulated services answer with, spelled as AWS spells them. */
export type AwsErrorName =
  // ecs
  | 'ClientException'
  | 'InvalidParameterException'
  | 'ClusterNotFoundException'
  | 'ClusterContainsContainerInstancesException'
  | 'ClusterContainsServicesException'
  | 'ClusterContainsTasksException'
  | 'ServiceNotFoundException'
  | 'ServiceNotActiveException'
  | 'TargetNotFoundException'
  | 'AttributeLimitExceededException'
  | 'ResourceNotFoundException'
  | 'ResourceInUseException'
  | 'LimitExceededException'
  | 'AccessDeniedException'
  | 'UnsupportedFeatureException'
  | 'PlatformUnknownException'
  | 'PlatformTaskDefinitionIncompatibilityException'
  // ec2 (EC2 answers with error codes rather than exception classes)
  | 'InvalidParameterValue'
  | 'InvalidParameterCombination'
  | 'MissingParameter'
  | 'InvalidAMIID.Malformed'
  | 'InvalidAMIID.NotFound'
  | 'InvalidInstanceID.Malformed'
  | 'InvalidInstanceID.NotFound'
  | 'InvalidSubnetID.NotFound'
  | 'InsufficientFreeAddressesInSubnet'
  | 'InvalidVpcID.NotFound'
  | 'InvalidSubnet.Range'
  | 'InvalidSubnet.Conflict'
  | 'InvalidGroupId.Malformed'
  | 'InvalidParameterValue.InstanceType'
  | 'InvalidUserData.Malformed'
  | 'InvalidLaunchTemplateName.AlreadyExistsException'
  | 'InvalidLaunchTemplateName.MalformedException'
  | 'InvalidLaunchTemplateName.NotFoundException'
  | 'InvalidLaunchTemplateId.Malformed'
  | 'InvalidLaunchTemplateId.NotFound'
  | 'InvalidLaunchTemplateId.VersionNotFound'
  | 'InvalidParameter'
  | 'InvalidRouteTableID.NotFound'
  | 'InvalidRoute.NotFound'
  | 'RouteAlreadyExists'
  | 'InvalidGatewayID.NotFound'
  | 'InvalidNatGatewayID.NotFound'
  | 'InvalidAssociationID.NotFound'
  | 'Resource.AlreadyAssociated'
  | 'InvalidInternetGatewayID.NotFound'
  | 'NatGatewayNotFound'
  | 'InvalidServiceName'
  | 'InvalidVpcEndpointId.NotFound'
  | 'DuplicateSubnetsInSameZone'
  // autoscaling (Auto Scaling answers with error codes too; it shares ValidationError and ResourceInUse with elbv2)
  | 'AlreadyExists'
  | 'ScalingActivityInProgress'
  | 'InsufficientInstanceCapacity'
  // elbv2 (ELB answers with error codes, like EC2)
  | 'ValidationError'
  | 'DuplicateLoadBalancerName'
  | 'DuplicateTargetGroupName'
  | 'DuplicateListener'
  | 'LoadBalancerNotFound'
  | 'TargetGroupNotFound'
  | 'ListenerNotFound'
  | 'SubnetNotFound'
  | 'InvalidConfigurationRequest'
  | 'InvalidTarget'
  | 'ResourceInUse'
  | 'TargetGroupAssociationLimit'
  | 'PriorityInUse'
  | 'RuleNotFound'
  | 'OperationNotPermitted'
  | 'TooManyRules'
  // application-autoscaling
  | 'ObjectNotFoundException'
  | 'ConcurrentUpdateException'
  | 'InvalidNextTokenException'
  // iam (IAM answers with error codes, like EC2)
  | 'NoSuchEntity'
  | 'EntityAlreadyExists'
  | 'MalformedPolicyDocument'
  | 'DeleteConflict'
  | 'LimitExceeded'
  | 'InvalidInput'
  | 'PolicyEvaluation'
  // ssm
  | 'ParameterNotFound'
  | 'ParameterAlreadyExists'
  | 'ParameterVersionNotFound'
  | 'ParameterPatternMismatchException'
  | 'InvalidKeyId'
  | 'InvalidFilterKey'
  | 'InvalidFilterOption'
  // secretsmanager (also ResourceNotFoundException, InvalidParameterException)
  | 'ResourceExistsException'
  | 'InvalidRequestException'
  // s3api (S3 answers with error codes; HeadObject's missing object is a bare HTTP 404)
  | 'NoSuchBucket'
  | 'NoSuchKey'
  | 'BucketAlreadyOwnedByYou'
  | 'BucketNotEmpty'
  | 'InvalidBucketName'
  | 'InvalidLocationConstraint'
  | 'IllegalLocationConstraintException'
  | 'InvalidArgument'
  | 'PreconditionFailed'
  | '404'
  // ecr
  | 'RepositoryNotFoundException'
  | 'RepositoryAlreadyExistsException'
  | 'RepositoryNotEmptyException'
  | 'ImageNotFoundException'
  | 'ImageTagAlreadyExistsException'
  | 'LifecyclePolicyNotFoundException'
  | 'LifecyclePolicyPreviewNotFoundException'
  | 'LifecyclePolicyPreviewInProgressException'
  // efs (also SubnetNotFound, ValidationException)
  | 'BadRequest'
  | 'FileSystemNotFound'
  | 'FileSystemAlreadyExists'
  | 'FileSystemInUse'
  | 'IncorrectFileSystemLifeCycleState'
  | 'MountTargetNotFound'
  | 'MountTargetConflict'
  | 'AccessPointNotFound'
  | 'AccessPointAlreadyExists'
  | 'PolicyNotFound'
  | 'InvalidPolicyException'
  // logs (also ResourceNotFoundException, InvalidParameterException)
  | 'ResourceAlreadyExistsException'
  // servicediscovery (Cloud Map; also InvalidInput, ResourceInUse) and ECS's NamespaceNotFoundException
  | 'NamespaceAlreadyExists'
  | 'NamespaceNotFound'
  | 'ServiceNotFound'
  | 'NamespaceNotFoundException'
  // any service
  /** CloudWatch: the alarm named does not exist */
  | 'ResourceNotFound'
  | 'ServiceUnavailableException'
  | 'UnknownOperationException'
  | 'ValidationException';

/**
 * What `sim.call` throws for a rejected request. `name` is the AWS exception name; `message` says where (the
 * field path) and what rule was broken, and what to do about it where that is not obvious.
 */
export class AwsError extends Error {
  override readonly name: AwsErrorName;
  /** the request member the error is about, as a path (`containerDefinitions[0].memory`), when there is one */
  readonly field: string | undefined;

  constructor(name: AwsErrorName, message: string, field?: string) {
    super(message);
    this.name = name;
    this.field = field;
  }
}

export const isAwsError = (e: unknown): e is AwsError => e instanceof AwsError;

export const clientException = (message: string, field?: string) =>
  new AwsError('ClientException', message, field);
export const invalidParameter = (message: string, field?: string) =>
  new AwsError('InvalidParameterException', message, field);
export const clusterNotFound = () => new AwsError('ClusterNotFoundException', 'Cluster not found.');
