/**
 * The failures "Decode an error" recognises: how each reads (the texts the sandbox's engine writes, which follow
 * ECS's, plus the other wordings AWS uses for the same failure), and what it means in our words. Pure data.
 *
 * Order matters: `decode` takes the first pattern that matches, so a text that names both a start-up failure and
 * the AccessDenied inside it is read as the start-up failure, and a network timeout wins over what timed out.
 */

export type PatternId =
  | 'network-timeout'
  | 'registry-auth'
  | 'pull-access-denied'
  | 'pull-not-found'
  | 'secrets'
  | 'env-file'
  | 'log-group'
  | 'oom'
  | 'essential-exited'
  | 'container-health'
  | 'elb-health'
  | 'circuit-breaker'
  | 'start-throttled'
  | 'no-instances'
  | 'place-memory'
  | 'place-cpu'
  | 'host-port'
  | 'place-attribute'
  | 'place-constraint'
  | 'place-gpu'
  | 'fargate-size'
  | 'capacity-provider'
  | 'app-access-denied';

/** Where a learner meets the text: a stopped task, a container, a service's events, or an API call's error. */
export type Source = 'stopped task' | 'container' | 'service events' | 'API error' | "the application's logs";

export interface ErrorPattern {
  readonly id: PatternId;
  readonly title: string;
  /** any one of these matching means this pattern (case-insensitive) */
  readonly matches: ReadonlyArray<RegExp>;
  readonly source: Source;
  /** what happened, in one or two sentences */
  readonly whatHappened: string;
  /** where to look next in the console or the sandbox */
  readonly whereToLook: string;
  /** the usual fixes, most likely first */
  readonly fixes: ReadonlyArray<string>;
  /** a sample text to try the decoder on (as the sandbox writes it) */
  readonly example: string;
}

export const PATTERNS: ReadonlyArray<ErrorPattern> = [
  {
    id: 'network-timeout',
    title: 'The task could not reach a registry or an AWS API (network)',
    matches: [/i\/o timeout/i, /context deadline exceeded/i, /dial tcp [^\s]+: (connect|lookup)/i],
    source: 'stopped task',
    whatHappened:
      'Before the containers started, a request the task makes on its own behalf (pulling the image, fetching ' +
      'a secret, creating a log stream) got no answer. Nothing refused it: the packets had no route.',
    whereToLook:
      'The task’s subnets and route tables: a private subnet needs a NAT gateway, or VPC endpoints for ECR ' +
      '(ecr.api and ecr.dkr), an S3 gateway endpoint for the image layers, and logs / secretsmanager / ssm ' +
      'endpoints for what the task uses. A public subnet needs assignPublicIp ENABLED on Fargate.',
    fixes: [
      'Add a NAT gateway route, or the interface endpoints the task needs plus the S3 gateway endpoint.',
      'On Fargate in a public subnet, turn on assignPublicIp.',
      'Check that the endpoints’ security groups let HTTPS (443) in from the tasks.',
    ],
    example:
      'CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to do request: Head ' +
      '"https://123456789012.dkr.ecr.us-east-1.amazonaws.com/v2/shop/api/manifests/v1": dial tcp ' +
      '10.0.1.25:443: i/o timeout',
  },
  {
    id: 'registry-auth',
    title: 'The execution role could not get a registry login (ECR auth)',
    matches: [
      /unable to retrieve ecr registry auth/i,
      /CannotPullECRContainerError/i,
      /ecr:GetAuthorizationToken/i,
      /execution resource retrieval failed: .*no valid credentials/i,
    ],
    source: 'stopped task',
    whatHappened:
      'To pull a private ECR image, the task first asks ECR for a login token with the execution role’s ' +
      'credentials. ECR refused (or there were no credentials), so no container was created.',
    whereToLook:
      'The task definition’s executionRoleArn, and that role’s policies in IAM (the Identity tab lists every ' +
      'call the agent made and which role it used).',
    fixes: [
      'Set executionRoleArn on the task definition (a role ecs-tasks.amazonaws.com may assume).',
      'Attach AmazonECSTaskExecutionRolePolicy to it, or allow ecr:GetAuthorizationToken (resource *).',
      'Do not give this permission to the task role: the task role is for the application, not the start-up.',
    ],
    example:
      'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval ' +
      'failed: unable to retrieve ecr registry auth: service call has been retried 3 time(s): ' +
      'AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/api-execution/3f2a… is not ' +
      'authorized to perform: ecr:GetAuthorizationToken on resource: * status code: 400, request id: 5b1c…',
  },
  {
    id: 'pull-access-denied',
    title: 'The image pull was refused (permissions on the repository)',
    matches: [
      /CannotPullContainerError.*403 Forbidden/i,
      /CannotPullContainerError.*Check that the role has the permissions/i,
      /CannotPullContainerError.*(AccessDenied|not authorized to perform)/i,
    ],
    source: 'stopped task',
    whatHappened:
      'The registry login worked, but reading the image itself (its manifest or layers) was refused: the ' +
      'execution role may not call ecr:BatchGetImage / ecr:GetDownloadUrlForLayer on that repository, or the ' +
      'repository policy shuts it out.',
    whereToLook:
      'The execution role’s policies and the repository’s own policy (cross-account pulls need both sides).',
    fixes: [
      'Allow ecr:BatchGetImage, ecr:GetDownloadUrlForLayer and ecr:BatchCheckLayerAvailability on the ' +
        'repository for the execution role (AmazonECSTaskExecutionRolePolicy has them).',
      'For another account’s repository, also allow the role in that repository’s policy.',
    ],
    example:
      'CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref ' +
      '123456789012.dkr.ecr.us-east-1.amazonaws.com/shop/api:v1: pulling from host ' +
      '123456789012.dkr.ecr.us-east-1.amazonaws.com failed with status code [manifests v1]: 403 Forbidden',
  },
  {
    id: 'pull-not-found',
    title: 'The image (or its tag) does not exist',
    matches: [
      /CannotPullContainerError.*(not found|manifest unknown|repository does not exist|Check whether the image exists)/i,
    ],
    source: 'stopped task',
    whatHappened:
      'The registry answered, and it has no image under that name and tag (or, for a repository it will not ' +
      'show you, it answers as if there were none). Retrying will not help.',
    whereToLook:
      'The container definition’s `image`: spelling, registry host, repository and tag. Then the registry ' +
      '(aws ecr describe-images, or the Images tab in the sandbox).',
    fixes: [
      'Correct the image reference, or push the tag you meant before deploying.',
      'Prefer immutable tags or digests, so a deploy never points at a tag that was moved or deleted.',
      'A Docker Hub "pull access denied … may require docker login" for a public name usually means a typo.',
    ],
    example:
      'CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref ' +
      'docker.io/library/nginx:1.99: docker.io/library/nginx:1.99: not found',
  },
  {
    id: 'secrets',
    title: 'A secret or parameter could not be fetched at start-up',
    matches: [
      /unable to retrieve secrets? from (asm|ssm)/i,
      /Fetching secret data from/i,
      /unable to pull secrets or registry auth/i,
    ],
    source: 'stopped task',
    whatHappened:
      'The task definition injects a value from Secrets Manager or Parameter Store (`secrets` or a log ' +
      'option’s secretOptions). ECS fetches it before starting the container, with the execution role, and the ' +
      'fetch failed: the role may not read it, the name or ARN is wrong, or the KMS key is not usable.',
    whereToLook:
      'The `secrets[].valueFrom` values, and the execution role’s policy (secretsmanager:GetSecretValue, ' +
      'ssm:GetParameters, kms:Decrypt for a customer managed key).',
    fixes: [
      'Give the execution role read on exactly those secrets or parameters (and kms:Decrypt if needed).',
      'Fix the ARN or name (a Secrets Manager ARN ends in six random characters; a JSON key needs ' +
        '`arn:…:secret:name-AbCdEf:key::`).',
      'A secret is read only when a task starts: after rotating it, force a new deployment.',
    ],
    example:
      'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval ' +
      'failed: unable to retrieve secret from asm: service call has been retried 1 time(s): failed to fetch ' +
      'secret arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf from secrets manager: ' +
      'AccessDeniedException: …',
  },
  {
    id: 'env-file',
    title: 'An environment file could not be downloaded from S3',
    matches: [/failed to download env files/i],
    source: 'stopped task',
    whatHappened:
      'The task definition lists `environmentFiles` in S3. ECS downloads them with the execution role before ' +
      'the container starts, and the download failed.',
    whereToLook: 'The environmentFiles ARNs, the object in S3, and the execution role’s s3:GetObject.',
    fixes: [
      'Allow s3:GetObject on the object (and s3:GetBucketLocation on the bucket) for the execution role.',
      'Check the bucket and key; the file must end in .env.',
    ],
    example:
      'ResourceInitializationError: failed to download env files: file download command: non-empty error ' +
      'stream: failed to download file app.env: failed to write to a temporary file: NoSuchKey: The specified ' +
      'key does not exist.',
  },
  {
    id: 'log-group',
    title: 'The log driver could not start (log group or permissions)',
    matches: [
      /failed to validate logger args/i,
      /failed to initialize logging driver/i,
      /failed to create Cloudwatch log (stream|group)/i,
      /log group does not exist/i,
    ],
    source: 'stopped task',
    whatHappened:
      'The awslogs driver creates the task’s log stream before the container runs. The group does not exist ' +
      '(and the driver was not told to create it), or the execution role may not write to it.',
    whereToLook:
      'logConfiguration.options (awslogs-group, awslogs-region) and CloudWatch Logs; the execution role for ' +
      'logs:CreateLogStream and logs:PutLogEvents.',
    fixes: [
      'Create the log group (or set awslogs-create-group to "true" and allow logs:CreateLogGroup).',
      'Allow logs:CreateLogStream and logs:PutLogEvents for the execution role.',
      'Check the region option: the group must exist in the region named there.',
    ],
    example:
      'ResourceInitializationError: failed to validate logger args: create stream has been retried 1 times: ' +
      'failed to create Cloudwatch log stream: ResourceNotFoundException: The specified log group does not ' +
      'exist. : exit status 1',
  },
  {
    id: 'oom',
    title: 'A container was killed for using too much memory (exit code 137)',
    matches: [
      /OutOfMemoryError/i,
      /OOM ?Killed/i,
      /killed due to memory usage/i,
      /exit(ed)?( with)?( code|Code)\W{0,3}137\b/i,
    ],
    source: 'container',
    whatHappened:
      'The container went above its hard memory limit (`memory` of the container, or the task’s memory on ' +
      'Fargate) and the kernel killed it with SIGKILL: exit code 137 = 128 + 9. If it was essential, the task ' +
      'stopped. (137 also follows a stop that waited out stopTimeout; then the stoppedReason says who stopped it.)',
    whereToLook:
      'The stopped task’s container: exit code and reason. Then memory use before the kill (Container ' +
      'Insights, MemoryUtilization) against the container’s `memory` and the task size.',
    fixes: [
      'Raise the hard limit (`memory`), or the task size on Fargate, to cover the peak.',
      'Use memoryReservation for what placement should reserve, and keep `memory` as the ceiling.',
      'Find the leak or cap the runtime’s heap (e.g. a JVM -Xmx below the limit).',
    ],
    example: 'OutOfMemoryError: Container killed due to memory usage (exit code 137)',
  },
  {
    id: 'essential-exited',
    title: 'An essential container exited, so the task stopped',
    matches: [/Essential container in task exited/i],
    source: 'stopped task',
    whatHappened:
      'A container marked essential (the default) stopped, and ECS stops the whole task when that happens. ' +
      'This text says only that; the reason is in that container’s exit code and reason.',
    whereToLook:
      'The stopped task’s containers (exit code, reason) and the application’s own logs just before the exit.',
    fixes: [
      'Read the exit code: 137 → memory or a forced kill, 1 → the application failed (see its logs), 127 → ' +
        'command not found, 0 → a process that finished when a server was expected.',
      'Fix the image, command or configuration; roll back to the previous revision meanwhile.',
      'Make helpers that may finish early non-essential (essential: false).',
    ],
    example: 'Essential container in task exited',
  },
  {
    id: 'container-health',
    title: 'The container health check kept failing',
    matches: [/failed container health checks/i],
    source: 'stopped task',
    whatHappened:
      'The container definition has a healthCheck command, it reported UNHEALTHY (retries used up after the ' +
      'startPeriod), and the service replaced the task.',
    whereToLook:
      'The container’s healthCheck (command, interval, retries, startPeriod) and what the application answers.',
    fixes: [
      'Fix the check command (it runs inside the container: the tool it calls must exist there).',
      'Give a slow starter a startPeriod, so early failures do not count.',
      'Fix the application if it really is unhealthy.',
    ],
    example: 'Task failed container health checks',
  },
  {
    id: 'elb-health',
    title: 'The load balancer’s health checks failed',
    matches: [
      /failed ELB health checks/i,
      /is unhealthy in \(?target-group/i,
      /Target\.(ResponseCodeMismatch|Timeout|FailedHealthChecks)/i,
      /Health checks failed with these codes/i,
    ],
    source: 'service events',
    whatHappened:
      'The task is registered in a target group, and the load balancer’s checks of it failed: the wrong ' +
      'path or port, a success code that does not match, a server that starts slower than the grace period, or ' +
      'a security group that blocks the balancer. The service stopped the task and started another.',
    whereToLook:
      'The target group’s health check settings (path, port, matcher), the target health reason ' +
      '(describe-target-health), the service’s healthCheckGracePeriodSeconds, and the task’s security group.',
    fixes: [
      'Point the health check at a path and port the application answers with a success code.',
      'Set healthCheckGracePeriodSeconds longer than the start-up time.',
      'Let the load balancer’s security group reach the task’s port.',
    ],
    example:
      'service web (port 8080) is unhealthy in (target-group arn:aws:elasticloadbalancing:us-east-1:' +
      '123456789012:targetgroup/web-tg/0123456789abcdef) due to (reason Health checks failed with these codes: [404]).',
  },
  {
    id: 'circuit-breaker',
    title: 'The deployment circuit breaker stopped the rollout',
    matches: [/deployment circuit breaker/i],
    source: 'service events',
    whatHappened:
      'The new deployment’s tasks kept failing (failed to start, or failed health checks) past the breaker’s ' +
      'threshold, so ECS marked the deployment FAILED and, with rollback on, went back to the last good one.',
    whereToLook: 'The stopped tasks of the failed deployment: their stoppedReason says why each failed.',
    fixes: [
      'Decode a stopped task of the new revision and fix that cause.',
      'Deploy again once fixed; the breaker resets with a new deployment.',
    ],
    example: 'ECS deployment circuit breaker: tasks failed to start.',
  },
  {
    id: 'start-throttled',
    title: 'The service keeps failing to start tasks (throttled)',
    matches: [/unable to consistently start tasks successfully/i],
    source: 'service events',
    whatHappened:
      'The service’s tasks keep stopping before they ever run, so ECS waits longer and longer between tries ' +
      '(up to 15 minutes). The cause is in the stopped tasks, not in this event.',
    whereToLook: 'The service’s stopped tasks and their stoppedReason.',
    fixes: [
      'Decode a stopped task’s reason and fix it.',
      'Update the service (e.g. a new task definition) to reset the back-off.',
    ],
    example: 'service api is unable to consistently start tasks successfully.',
  },
  {
    id: 'no-instances',
    title: 'Unable to place: the cluster has no container instances',
    matches: [/No Container Instances were found in your cluster/i],
    source: 'service events',
    whatHappened:
      'The task uses the EC2 launch type (or no launch type, which means EC2), and no container instance is ' +
      'registered in that cluster.',
    whereToLook:
      'The cluster’s container instances; the instances’ user data (ECS_CLUSTER) and instance role; or the ' +
      'launch type you meant.',
    fixes: [
      'Launch instances with ECS_CLUSTER set to this cluster and an instance role (ecsInstanceRole).',
      'Or run the task on Fargate (launchType FARGATE or a Fargate capacity provider).',
      'Or give the cluster a capacity provider whose Auto Scaling group adds instances.',
    ],
    example:
      'service api was unable to place a task because no container instance met all of its requirements. ' +
      'Reason: No Container Instances were found in your cluster. For more information, see the ' +
      'Troubleshooting section.',
  },
  {
    id: 'place-memory',
    title: 'Unable to place: not enough free memory on any instance',
    matches: [/insufficient memory available/i, /RESOURCE:MEMORY/],
    source: 'service events',
    whatHappened:
      'Placement counts what tasks reserve, not what they use: no instance has the task’s memory left ' +
      'unreserved (the container `memory`, or `memoryReservation` when only that is set).',
    whereToLook:
      'The container instances’ remaining memory (registered − reserved), and the task definition’s memory figures.',
    fixes: [
      'Add instances (or let a capacity provider with managed scaling add them).',
      'Lower the reservation (memoryReservation for placement, memory as the hard cap).',
      'Use a larger instance type; note that an instance registers less memory than its nominal size.',
    ],
    example:
      'service api was unable to place a task because no container instance met all of its requirements. The ' +
      'closest matching container-instance 0123456789abcdef0123456789abcdef has insufficient memory available. ' +
      'For more information, see the Troubleshooting section.',
  },
  {
    id: 'place-cpu',
    title: 'Unable to place: not enough free CPU units on any instance',
    matches: [/insufficient CPU units available/i, /RESOURCE:CPU/],
    source: 'service events',
    whatHappened:
      'No instance has the CPU units the task reserves left unreserved (1 vCPU = 1024 units). Measured CPU ' +
      'use does not matter to placement.',
    whereToLook: 'The instances’ remaining CPU and the task definition’s cpu figures.',
    fixes: [
      'Add instances or use larger ones.',
      'Reserve less CPU per task, if the application really needs less.',
    ],
    example:
      'service api was unable to place a task because no container instance met all of its requirements. The ' +
      'closest matching container-instance 0123456789abcdef0123456789abcdef has insufficient CPU units ' +
      'available. For more information, see the Troubleshooting section.',
  },
  {
    id: 'host-port',
    title: 'A static host port is already in use on the instance',
    matches: [
      /already using a port required by your task/i,
      /RESOURCE:PORTS/,
      /port is already allocated/i,
      /address already in use/i,
    ],
    source: 'service events',
    whatHappened:
      'The task maps a fixed hostPort (bridge or host mode), and every instance with room already has a task ' +
      'on that port. One instance can hold only one task per static host port, so a service with more tasks ' +
      'than instances cannot place the rest; a rolling update needs a free instance too.',
    whereToLook: 'The task definition’s portMappings (hostPort) and the network mode.',
    fixes: [
      'Use dynamic host ports: hostPort 0 (or leave it out) in bridge mode, with a load balancer target group ' +
        'that learns each port.',
      'Or use awsvpc: each task gets its own ENI and its own ports.',
      'Or add instances (at least one per task, plus one for rolling updates).',
    ],
    example:
      'service web was unable to place a task because no container instance met all of its requirements. The ' +
      'closest matching container-instance 0123456789abcdef0123456789abcdef is already using a port required by ' +
      'your task. For more information, see the Troubleshooting section.',
  },
  {
    id: 'place-attribute',
    title: 'Unable to place: no instance has an attribute the task requires',
    matches: [/missing an attribute required by your task/i, /"?\bATTRIBUTE\b"?/],
    source: 'service events',
    whatHappened:
      'The task definition needs a capability (a log driver, awsvpc, a platform feature) or an attribute that ' +
      'no instance advertises, or the instances are in another VPC than the task’s subnets.',
    whereToLook:
      'The task definition’s requiresAttributes (shown on describe-task-definition) against the instances’ attributes.',
    fixes: [
      'Enable the capability in the agent’s configuration (e.g. ECS_AVAILABLE_LOGGING_DRIVERS) and restart it.',
      'Use instances (AMI, agent version) that have it, or drop the requirement.',
    ],
    example:
      'service api was unable to place a task because no container instance met all of its requirements. The ' +
      'closest matching container-instance 0123456789abcdef0123456789abcdef is missing an attribute required by ' +
      'your task. For more information, see the Troubleshooting section.',
  },
  {
    id: 'place-constraint',
    title: 'Unable to place: a placement constraint rules out every instance',
    matches: [
      /MemberOf placement constraint unsatisfied/i,
      /DistinctInstance placement constraint unsatisfied/i,
    ],
    source: 'service events',
    whatHappened:
      'A memberOf expression matches no instance with room, or distinctInstance needs one instance per task ' +
      'and there are fewer instances than tasks.',
    whereToLook:
      'The service’s and the task definition’s placementConstraints; the instances’ attributes ' +
      '(aws ecs list-container-instances --filter "…" shows what an expression selects).',
    fixes: [
      'Fix the expression (attribute names, values, quoting) so it selects the instances you meant.',
      'Add instances that match, or relax the constraint.',
    ],
    example:
      'service api was unable to place a task because no container instance met all of its requirements. The ' +
      'closest matching container-instance 0123456789abcdef0123456789abcdef encountered error "MemberOf ' +
      'placement constraint unsatisfied.". For more information, see the Troubleshooting section.',
  },
  {
    id: 'place-gpu',
    title: 'Unable to place: not enough GPUs',
    matches: [/RESOURCE:GPU/],
    source: 'service events',
    whatHappened:
      'The task reserves GPUs (resourceRequirements type GPU), and no instance has that many free. GPUs are ' +
      'reserved whole, one task per GPU.',
    whereToLook: 'The instances’ types (g and p families have GPUs) and their remaining GPUs.',
    fixes: [
      'Add GPU instances (ECS GPU-optimized AMI) to the cluster, or through a capacity provider.',
      'Fargate has no GPUs: GPU tasks run on EC2 (or ECS Managed Instances).',
    ],
    example:
      'service infer was unable to place a task because no container instance met all of its requirements. The ' +
      'closest matching container-instance 0123456789abcdef0123456789abcdef encountered error "RESOURCE:GPU". ' +
      'For more information, see the Troubleshooting section.',
  },
  {
    id: 'fargate-size',
    title: 'Not a valid Fargate task size',
    matches: [
      /Invalid '(cpu|memory)' setting/i,
      /No Fargate configuration exists for given values/i,
      /Invalid CPU or memory value/i,
      /Fargate does not support GPU/i,
    ],
    source: 'API error',
    whatHappened:
      'Fargate runs only fixed combinations of task CPU and memory (e.g. 0.25 vCPU with 0.5–2 GB), and has no ' +
      'GPUs. The request asked for something outside them.',
    whereToLook: 'The task-level cpu and memory of the task definition (or the RunTask overrides).',
    fixes: [
      'Pick a valid pair: 256 → 512/1024/2048; 512 → 1024–4096; 1024 → 2048–8192; 2048 → 4096–16384; ' +
        '4096 → 8192–30720 (MiB), and larger sizes up to 16 vCPU.',
      'For GPUs, run on EC2 GPU instances.',
    ],
    example:
      "ClientException: Invalid 'cpu' setting for task. For more information, see the Troubleshooting section " +
      'of the Amazon ECS Developer Guide.',
  },
  {
    id: 'capacity-provider',
    title: 'A capacity provider strategy the cluster cannot use',
    matches: [
      /capacity provider strategy cannot contain/i,
      /not associated with the cluster/i,
      /launchType and (a )?capacityProviderStrategy/i,
      /capacity provider .*(not found|does not exist|INACTIVE)/i,
    ],
    source: 'API error',
    whatHappened:
      'The request names capacity providers the cluster does not have, mixes a launch type with a strategy, ' +
      'or combines providers that cannot share one strategy (Fargate and Auto Scaling group providers).',
    whereToLook: 'The cluster’s capacityProviders and default strategy (describe-clusters).',
    fixes: [
      'Associate the providers first: put-cluster-capacity-providers (FARGATE, FARGATE_SPOT or your ASG provider).',
      'Send either launchType or capacityProviderStrategy, never both.',
      'Keep Fargate and Auto Scaling group providers in separate strategies.',
    ],
    example:
      'InvalidParameterException: The specified capacity provider strategy cannot contain a capacity provider ' +
      'that is not associated with the cluster.',
  },
  {
    id: 'app-access-denied',
    title: 'The application’s own AWS call was denied (task role)',
    matches: [/is not authorized to perform/i, /AccessDenied(Exception)?\b/, /Unable to locate credentials/i],
    source: "the application's logs",
    whatHappened:
      'The task is running, and a call the application makes through an AWS SDK was refused. The SDK in a ' +
      'container uses the task role; the execution role only serves ECS’s start-up work, and the instance role ' +
      'is what a task without a task role falls back to on EC2 (never on Fargate).',
    whereToLook:
      'The role named in the message (assumed-role/<role>/<task id>), the action and resource it names, and the ' +
      'task definition’s taskRoleArn.',
    fixes: [
      'Allow exactly that action on that resource in the task role’s policy.',
      'Set taskRoleArn if the task has none ("Unable to locate credentials" on Fargate).',
      'Check for an explicit Deny, a bucket or key policy, or a permissions boundary.',
    ],
    example:
      'An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:sts::123456789012:' +
      'assumed-role/reports-task/0a1b2c3d is not authorized to perform: s3:PutObject on resource: ' +
      'arn:aws:s3:::reports-out/q1.csv because no identity-based policy allows the s3:PutObject action',
  },
];

export const patternById = (id: PatternId): ErrorPattern => PATTERNS.find((p) => p.id === id)!;
