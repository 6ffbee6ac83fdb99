/**
 * The stoppedReason texts of a task whose start-up work fails, as ECS reports them. Fargate (its agent, platform
 * version 1.4.0) and the ECS agent on EC2 word the same failure differently; each builder takes the launch
 * type. Sources: stopped reasons quoted in public issue threads and the agent's own error formats (see the
 * tests in test/engine/startup/). AWS service errors end as the Go SDK prints them (`status code: 400, request id: …`).
 */

export type Runtime = 'FARGATE' | 'EC2';

const RESOURCE_INIT = 'ResourceInitializationError';
const EXECUTION_RETRIEVAL = `${RESOURCE_INIT}: unable to pull secrets or registry auth: execution resource retrieval failed`;

/** An AWS service error as the Go SDK prints it, after the agent's own words. */
export const serviceError = (code: string, message: string, requestId: string): string =>
  `${code}: ${message} status code: 400, request id: ${requestId}`;

/** No usable credentials: the agent cannot call anything (the sandbox's words; AWS gives no single text for this). */
export const noCredentials = (what: string, why: string): string =>
  `${RESOURCE_INIT}: unable to pull secrets or registry auth: execution resource retrieval failed: ${what}: ` +
  `no valid credentials: ${why}`;

/** ecr:GetAuthorizationToken refused. */
export function registryAuthDenied(runtime: Runtime, error: string): string {
  return runtime === 'FARGATE'
    ? `${EXECUTION_RETRIEVAL}: unable to retrieve ecr registry auth: service call has been retried 3 time(s): ${error}`
    : `CannotPullECRContainerError: ${error}`;
}

/** ecr:BatchGetImage refused (the layer download is refused the same way). */
export function imagePullDenied(
  runtime: Runtime,
  image: string,
  repositoryUri: string,
  tag: string,
  deniedText: string,
): string {
  if (runtime === 'FARGATE') {
    const host = repositoryUri.slice(0, repositoryUri.indexOf('/'));
    return (
      `CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref ${image}: ` +
      `pulling from host ${host} failed with status code [manifests ${tag}]: 403 Forbidden`
    );
  }
  // the agent adds its hint in front of Docker's answer (agent errormessages.formatMissingECRBatchGetImageError)
  return (
    'CannotPullContainerError: The task can’t pull the image. Check that the role has the permissions to pull ' +
    `images from the registry. Error response from daemon: pull access denied for ${repositoryUri}, repository ` +
    `does not exist or may require 'docker login': denied: ${deniedText}`
  );
}

/** A private ECR repository or image that does not exist. */
export function imageMissing(
  runtime: Runtime,
  image: string,
  canonical: string,
  repositoryMissing: boolean,
): string {
  if (runtime === 'FARGATE') {
    const head = `CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref ${canonical}:`;
    return repositoryMissing
      ? `${head} pull access denied, repository does not exist or may require authorization: server message: ` +
          'insufficient_scope: authorization failed'
      : `${head} ${canonical}: not found`;
  }
  return repositoryMissing
    ? 'CannotPullContainerError: The task can’t pull the image. Check whether the image exists. Error response ' +
        `from daemon: pull access denied for ${image.replace(/[:@].*$/, '')}, repository does not exist or may ` +
        "require 'docker login': denied: requested access to the resource is denied"
    : `CannotPullContainerError: Error response from daemon: manifest for ${image} not found: manifest unknown: ` +
        'Requested image not found';
}

/** Parameter Store refused or did not find parameters. */
export function ssmFailure(runtime: Runtime, region: string, error: string): string {
  return runtime === 'FARGATE'
    ? `${EXECUTION_RETRIEVAL}: unable to retrieve secrets from ssm: service call has been retried 1 time(s): ${error}`
    : `Fetching secret data from SSM Parameter Store in ${region}: ${error}`;
}

/** GetParameters answering with InvalidParameters (the names it does not know), as the agent reports it. */
export const invalidParameters = (names: ReadonlyArray<string>): string =>
  `invalid parameters: ${names.join(',')}`;

/** Secrets Manager refused, or the secret, version or JSON key is not there. */
export function asmFailure(runtime: Runtime, region: string, secretId: string, error: string): string {
  // a service error happened fetching the secret; the others while reading a JSON key out of its value
  const fromService = /^[A-Za-z]+Exception: |^NoCredentialProviders/.test(error);
  const detail = fromService ? `failed to fetch secret ${secretId} from secrets manager: ${error}` : error;
  return runtime === 'FARGATE'
    ? `${EXECUTION_RETRIEVAL}: unable to retrieve secret from asm: service call has been retried 1 time(s): ${detail}`
    : `Fetching secret data from AWS Secrets Manager in region ${region}: secret ${secretId}: ${error}`;
}

/** An environment file that could not be downloaded from S3 (the same words on both launch types). */
export const envFileFailure = (fileName: string, s3Error: string): string =>
  `${RESOURCE_INIT}: failed to download env files: file download command: non-empty error stream: ` +
  `failed to download file ${fileName}: failed to write to a temporary file: ${s3Error}`;

export const S3_ACCESS_DENIED = 'AccessDenied: Access Denied';
export const S3_NO_SUCH_KEY = 'NoSuchKey: The specified key does not exist.';
export const S3_NO_SUCH_BUCKET = 'NoSuchBucket: The specified bucket does not exist';

export const LOG_GROUP_MISSING = 'ResourceNotFoundException: The specified log group does not exist.';

/**
 * The awslogs driver failing to create its stream (or, with awslogs-create-group, the group): Fargate reports it
 * when it validates the logger, Docker on EC2 when it creates the container.
 */
export function awslogsFailure(runtime: Runtime, what: 'stream' | 'group', error: string): string {
  const driver = `failed to create Cloudwatch log ${what}: ${error}`;
  return runtime === 'FARGATE'
    ? `${RESOURCE_INIT}: failed to validate logger args: create stream has been retried 1 times: ${driver} : exit status 1`
    : `CannotStartContainerError: Error response from daemon: failed to initialize logging driver: ${driver}`;
}

/*
 * Start-up traffic that finds no way out of the subnet (network/egress.ts): the call waits until it times out.
 * Sources: stopped reasons quoted in public issue threads — Fargate's ECR auth timeout (aws-samples/
 * generative-ai-sagemaker-cdk-demo#4, doctorray117/minecraft-ondemand#74), its SSM and Secrets Manager timeouts
 * (hashicorp/terraform-provider-aws#33044, Releem/releem-agent#195), its CloudWatch Logs connection text
 * (civiform/civiform#7648), its manifest timeout (deepfence/terraform-aws-cloud-scanner#13); Docker's on EC2
 * (aws/amazon-ecs-agent#2061, #2235) and its layer download (aws-quickstart/quickstart-amazon-eks#52). The
 * Fargate layer download and the EC2 ECR-auth, secret, environment-file and log timeouts put the Go SDK's
 * timeout text in the wording these builders already use for other errors of the same call (the sandbox's
 * composition). The IP addresses are the sandbox's: a fixed one per host name.
 */

/** A fixed, plausible public address for an AWS or registry host name (the sandbox's model). */
export function hostAddress(host: string): string {
  let h = 2166136261;
  for (let i = 0; i < host.length; i++) h = Math.imul(h ^ host.charCodeAt(i), 16777619) >>> 0;
  const blocks = [3, 18, 34, 44, 52, 54] as const;
  return `${blocks[h % blocks.length]}.${(h >>> 3) % 256}.${(h >>> 11) % 256}.${((h >>> 19) % 254) + 1}`;
}

const dialTimeout = (host: string): string => `dial tcp ${hostAddress(host)}:443: i/o timeout`;

/** The Go SDK's error for a call that never connected. */
export const sdkTimeout = (method: 'Post' | 'Get', url: string): string =>
  `RequestError: send request failed caused by: ${method} "${url}": ${dialTimeout(new URL(url).host)}`;

const CHECK_NETWORK = '. Please check your task network configuration.';
const CONTEXT_DEADLINE = 'RequestCanceled: request context canceled caused by: context deadline exceeded';

/** ecr:GetAuthorizationToken (api.ecr…) unreachable. */
export function registryAuthTimeout(runtime: Runtime, region: string): string {
  const error = sdkTimeout('Post', `https://api.ecr.${region}.amazonaws.com/`);
  return runtime === 'FARGATE'
    ? `${EXECUTION_RETRIEVAL}: unable to retrieve ecr registry auth: service call has been retried 3 time(s): ${error}${CHECK_NETWORK}`
    : `CannotPullECRContainerError: ${error}`;
}

/** The registry (ecr.dkr, Docker Hub, public.ecr.aws…) unreachable for the manifest. */
export function manifestTimeout(
  runtime: Runtime,
  registryHost: string,
  canonical: string,
  path: string,
  reference: string,
): string {
  return runtime === 'FARGATE'
    ? `CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref ${canonical}: ` +
        `failed to do request: Head "https://${registryHost}/v2/${path}/manifests/${reference}": ${dialTimeout(registryHost)}`
    : `CannotPullContainerError: Error response from daemon: Get "https://${registryHost}/v2/": net/http: request ` +
        'canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)';
}

/** ECR keeps image layers in S3: the layer download unreachable (no S3 gateway endpoint, no route out). */
export function layerTimeout(runtime: Runtime, region: string, layerPath: string): string {
  const host = `prod-${region}-starport-layer-bucket.s3.${region}.amazonaws.com`;
  const url = `https://${host}/${layerPath}`;
  return runtime === 'FARGATE'
    ? `CannotPullContainerError: ref pull has been retried 1 time(s): failed to copy: httpReadSeeker: failed open: ` +
        `failed to do request: Get "${url}": ${dialTimeout(host)}`
    : `CannotPullContainerError: error pulling image configuration: Get "${url}": ${dialTimeout(host)}`;
}

/** Parameter Store unreachable. */
export function ssmTimeout(runtime: Runtime, region: string): string {
  return runtime === 'FARGATE'
    ? `${EXECUTION_RETRIEVAL}: unable to retrieve secrets from ssm: service call has been retried 5 time(s): ${CONTEXT_DEADLINE}${CHECK_NETWORK}`
    : ssmFailure(runtime, region, sdkTimeout('Post', `https://ssm.${region}.amazonaws.com/`));
}

/** Secrets Manager unreachable. */
export function asmTimeout(runtime: Runtime, region: string, secretId: string): string {
  return runtime === 'FARGATE'
    ? `${EXECUTION_RETRIEVAL}: unable to retrieve secret from asm: service call has been retried 5 time(s): ` +
        `failed to fetch secret ${secretId} from secrets manager: ${CONTEXT_DEADLINE}${CHECK_NETWORK}`
    : asmFailure(
        runtime,
        region,
        secretId,
        sdkTimeout('Post', `https://secretsmanager.${region}.amazonaws.com/`),
      );
}

/** CloudWatch Logs unreachable for the awslogs driver. */
export function awslogsTimeout(runtime: Runtime, region: string): string {
  return runtime === 'FARGATE'
    ? `${RESOURCE_INIT}: failed to validate logger args: The task cannot find the Amazon CloudWatch log group ` +
        'defined in the task definition. There is a connection issue between the task and Amazon CloudWatch. ' +
        'Check your network configuration. : signal: killed'
    : awslogsFailure(runtime, 'stream', sdkTimeout('Post', `https://logs.${region}.amazonaws.com/`));
}

/** An environment file's bucket unreachable. */
export const envFileTimeout = (fileName: string, bucket: string, key: string, region: string): string =>
  envFileFailure(fileName, sdkTimeout('Get', `https://${bucket}.s3.${region}.amazonaws.com/${key}`));
