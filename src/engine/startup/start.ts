import type { EngineContext } from '../context';
import { parseImageReference } from '../catalog/images';
import { findEcrImage, parseEcrImage } from '../ecr/images';
import { efsMountFailure } from '../efs/mount';
import { accessDeniedText, authorize } from '../iam/calls';
import { ensureLogGroup, findLogGroup, logGroupArn, logStreamArn } from '../logs/groups';
import type { Task } from '../model/ecs';
import type { ContainerDefinition } from '../model/taskDefinition';
import { bucketArn, getObject, objectArn, parseS3Arn } from '../s3/objects';
import { parseSecretValueFrom, resolveSecretValue } from '../secretsManager/valueFrom';
import { findParameter, parameterArn } from '../ssm/parameters';
import { seededUuid } from '../tasks/eni';
import { hexDigest } from '../../lib/digest';
import type { EndpointService } from '../model/ec2';
import { egress, type Destination, type Origin } from '../network/egress';
import { applyOverrides, type TaskOverride } from '../tasks/overrides';
import { environmentFilesOf, resolveContainerConfig, type FetchedSecret } from './config';
import { checkedAtStart } from './guard';
import * as text from './messages';
import {
  applicationCredentials,
  definitionOf,
  executionCredentials,
  instanceOf,
  pullAndLogCredentials,
  taskIdOf,
  taskRoleArnOf,
  type Credentials,
} from './roles';

/**
 * A task's start-up work, done when it enters PENDING (installed as laterHooks.startTask): every call ECS makes
 * on the task's behalf goes through IAM (iam/calls.ts authorize, which records it), in the order the platform
 * works. Fargate: registry credentials, secrets, environment files, the awslogs stream, EFS volumes, then the
 * image pull. EC2 (the agent): the image pull with its registry credentials, secrets, environment files, EFS
 * volumes, then the awslogs stream as Docker creates the container. The first failure becomes the task's
 * stoppedReason (Task.startFailure, stopCode TaskFailedToStart, applied by the lifecycle); otherwise the record
 * gets each container's configuration and the images its private ECR images run as.
 */

interface Failure {
  readonly container?: string;
  readonly message: string;
}

/** One start-up run: the task, its runtime's wording, and what was fetched so far. */
class StartRun {
  readonly runtime: text.Runtime;
  readonly files = new Map<string, string>();
  readonly secrets = new Map<string, FetchedSecret>();
  readonly runImages: Record<string, string> = {};
  private registryAuthorized = false;

  constructor(
    readonly ctx: EngineContext,
    readonly task: Task,
    readonly containers: ReadonlyArray<ContainerDefinition>,
  ) {
    this.runtime = task.launchType === 'FARGATE' ? 'FARGATE' : 'EC2';
  }

  /**
   * Where the task's start-up traffic leaves from (network/egress.ts): the task ENI's subnet on Fargate, with a
   * public IP when assignPublicIp is ENABLED; the instance's subnet and public IP on EC2 (the agent and Docker
   * on the host make the calls). Undefined when the sandbox cannot tell, and then nothing is refused.
   */
  private origin(): Origin | undefined {
    if (this.runtime === 'FARGATE') {
      const eni = this.task.eni;
      // a subnet the state does not hold (a hand-built test world) cannot be told either
      return eni && this.ctx.state.ec2.subnets[eni.subnetId]
        ? { subnetId: eni.subnetId, publicIp: eni.assignPublicIp === 'ENABLED' }
        : undefined;
    }
    const instance = instanceOf(this.ctx.state, this.task);
    return instance
      ? { subnetId: instance.SubnetId, publicIp: instance.PublicIpAddress !== undefined }
      : undefined;
  }

  /** Whether the task's start-up traffic gets to `to` (network/egress.ts). */
  reaches(to: Destination): boolean {
    const from = this.origin();
    return from === undefined || egress(this.ctx.state, from, to).ok;
  }

  /** An AWS service of `region`: its endpoint in the VPC when it is this region, else a host on the internet. */
  private service(service: EndpointService, region: string, host: string): Destination {
    return region === this.ctx.state.region ? { kind: 'service', service } : { kind: 'internet', host };
  }

  /** A public registry image (a catalog image, not private ECR): its manifest comes from the internet. */
  publicPull(c: ContainerDefinition): Failure | undefined {
    const ref = parseImageReference(c.image);
    if (!ref) return undefined;
    const host = ref.registry === 'docker.io' ? 'registry-1.docker.io' : ref.registry;
    if (this.reaches({ kind: 'internet', host })) return undefined;
    return {
      container: c.name,
      message: text.manifestTimeout(
        this.runtime,
        host,
        ref.canonical,
        ref.path,
        ref.tag ?? ref.digest ?? 'latest',
      ),
    };
  }

  /** Makes one call with `creds`; undefined when allowed, else the error as the SDK prints it. */
  ask(creds: Credentials, action: string, resource: string, purpose: string): string | undefined {
    const call = authorize(this.ctx, {
      principal: creds.principal,
      ...(creds.problem === undefined && creds.roleName !== undefined ? { roleName: creds.roleName } : {}),
      action,
      resource,
      purpose,
      taskArn: this.task.taskArn,
      ...(creds.ec2InstanceId !== undefined ? { ec2InstanceId: creds.ec2InstanceId } : {}),
    });
    if (call.decision === 'allowed') return undefined;
    if (creds.problem !== undefined || call.roleName === undefined)
      return `NoCredentialProviders: no valid providers in chain (ECS Sandbox: ${creds.problem ?? 'no credentials'})`;
    return text.serviceError(
      'AccessDeniedException',
      accessDeniedText(this.ctx.state, call, creds.session),
      seededUuid(this.ctx),
    );
  }

  /** The deny sentence alone (Docker's `denied: …` carries no exception name or request id). */
  private deniedSentence(
    creds: Credentials,
    action: string,
    resource: string,
    purpose: string,
  ): string | undefined {
    const error = this.ask(creds, action, resource, purpose);
    if (error === undefined) return undefined;
    const m = /^AccessDeniedException: (.*) status code: 400, request id: .*$/.exec(error);
    return m ? m[1]! : error;
  }

  /** ecr:GetAuthorizationToken, once per task, when any container's image is in private ECR. */
  registryAuth(): Failure | undefined {
    if (this.registryAuthorized) return undefined;
    const first = this.containers.map((c) => parseEcrImage(c.image)).find((r) => r !== undefined);
    if (!first) return undefined;
    this.registryAuthorized = true;
    if (!this.reaches(this.service('ecr.api', first.region, `api.ecr.${first.region}.amazonaws.com`)))
      return { message: text.registryAuthTimeout(this.runtime, first.region) };
    const creds = pullAndLogCredentials(this.ctx.state, this.task);
    const error = this.ask(creds, 'ecr:GetAuthorizationToken', '*', 'get a registry token for ECR');
    return error === undefined ? undefined : { message: text.registryAuthDenied(this.runtime, error) };
  }

  /** Pulls each private ECR image (BatchGetImage, GetDownloadUrlForLayer); catalog images need no call. */
  pullImages(): Failure | undefined {
    const auth = this.registryAuth();
    if (auth) return auth;
    const state = this.ctx.state;
    for (const c of this.containers) {
      const ref = parseEcrImage(c.image);
      if (!ref) {
        const blocked = this.publicPull(c);
        if (blocked) return blocked;
        continue;
      }
      const creds = pullAndLogCredentials(state, this.task);
      const canonical = parseImageReference(c.image)?.canonical ?? c.image;
      const repoArn = `arn:aws:ecr:${ref.region}:${ref.registryId}:repository/${ref.repositoryName}`;
      const host = `${ref.registryId}.dkr.ecr.${ref.region}.amazonaws.com`;
      const uri = `${host}/${ref.repositoryName}`;
      const tag = ref.tag ?? ref.digest ?? 'latest';
      // the manifest comes from the registry (ecr.dkr), then the layers from S3
      if (!this.reaches(this.service('ecr.dkr', ref.region, host)))
        return {
          container: c.name,
          message: text.manifestTimeout(this.runtime, host, canonical, ref.repositoryName, tag),
        };
      for (const action of ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer']) {
        const denied = this.deniedSentence(creds, action, repoArn, `pull image ${c.image} (${c.name})`);
        if (denied !== undefined)
          return {
            container: c.name,
            message: text.imagePullDenied(this.runtime, canonical, uri, tag, denied),
          };
        // the layers are fetched only once the manifest came back
        const found = findEcrImage(state, c.image);
        if (!found) {
          const sameAccount = ref.registryId === state.accountId && ref.region === state.region;
          const repositoryMissing = !sameAccount || !state.ecr.repositories[ref.repositoryName];
          return {
            container: c.name,
            message: text.imageMissing(this.runtime, c.image, canonical, repositoryMissing),
          };
        }
        this.runImages[c.name] = found.image.sourceImage;
      }
      const layerHost = `prod-${ref.region}-starport-layer-bucket.s3.${ref.region}.amazonaws.com`;
      if (!this.reaches(this.service('s3', ref.region, layerHost))) {
        const key = `${hexDigest(`${c.image}/layer`, 8)}-${ref.registryId}-${hexDigest(c.image, 32)}`;
        return { container: c.name, message: text.layerTimeout(this.runtime, ref.region, key) };
      }
    }
    return undefined;
  }

  /** `secrets` (and awslogs `secretOptions`): Parameter Store first, then Secrets Manager, with the execution role. */
  fetchSecrets(): Failure | undefined {
    const state = this.ctx.state;
    const refs = this.containers.flatMap((c) => [
      ...(c.secrets ?? []),
      ...(c.logConfiguration?.secretOptions ?? []),
    ]);
    if (refs.length === 0) return undefined;
    const creds = executionCredentials(state, this.task);
    const ssm = refs.filter((r) => parseSecretValueFrom(r.valueFrom) === undefined);
    const asm = refs.filter((r) => parseSecretValueFrom(r.valueFrom) !== undefined);
    const missing: string[] = [];
    if (ssm.length > 0 && !this.reaches({ kind: 'service', service: 'ssm' }))
      return { message: text.ssmTimeout(this.runtime, state.region) };
    for (const r of ssm) {
      if (this.secrets.has(r.valueFrom)) continue;
      const resource = r.valueFrom.startsWith('arn:') ? r.valueFrom : parameterArn(state, r.valueFrom);
      const error = this.ask(
        creds,
        'ssm:GetParameters',
        resource,
        `read parameter ${r.valueFrom} (${r.name})`,
      );
      if (error !== undefined) return { message: text.ssmFailure(this.runtime, state.region, error) };
      const parameter = findParameter(state, r.valueFrom);
      if (!parameter) missing.push(r.valueFrom);
      else this.secrets.set(r.valueFrom, { value: parameter.Value, source: 'ssm' });
    }
    // GetParameters answers for all the names at once; the agent reports every unknown one
    if (missing.length > 0)
      return { message: text.ssmFailure(this.runtime, state.region, text.invalidParameters(missing)) };
    if (asm.length > 0 && !this.reaches({ kind: 'service', service: 'secretsmanager' }))
      return {
        message: text.asmTimeout(
          this.runtime,
          state.region,
          parseSecretValueFrom(asm[0]!.valueFrom)!.secretId,
        ),
      };
    for (const r of asm) {
      if (this.secrets.has(r.valueFrom)) continue;
      const ref = parseSecretValueFrom(r.valueFrom)!;
      const resolved = resolveSecretValue(state, r.valueFrom);
      const resource = resolved.secretArn ?? ref.secretId;
      const error = this.ask(
        creds,
        'secretsmanager:GetSecretValue',
        resource,
        `read secret ${r.valueFrom} (${r.name})`,
      );
      if (error !== undefined)
        return { message: text.asmFailure(this.runtime, state.region, ref.secretId, error) };
      if (!resolved.ok) {
        const detail = resolved.message.startsWith('ResourceNotFoundException')
          ? `${resolved.message} status code: 400, request id: ${seededUuid(this.ctx)}`
          : resolved.message;
        return { message: text.asmFailure(this.runtime, state.region, ref.secretId, detail) };
      }
      this.secrets.set(r.valueFrom, { value: resolved.value, source: 'secretsmanager' });
    }
    return undefined;
  }

  /** `environmentFiles`: s3:GetBucketLocation on the bucket, then s3:GetObject on each file, with the execution role. */
  downloadFiles(): Failure | undefined {
    const state = this.ctx.state;
    const creds = executionCredentials(state, this.task);
    for (const c of this.containers) {
      for (const file of environmentFilesOf(c)) {
        if (this.files.has(file.value)) continue;
        const where = parseS3Arn(file.value);
        const name = file.value.slice(file.value.lastIndexOf('/') + 1);
        if (!where) return { container: c.name, message: text.envFileFailure(name, text.S3_NO_SUCH_KEY) };
        if (!this.reaches({ kind: 'service', service: 's3' }))
          return {
            container: c.name,
            message: text.envFileTimeout(name, where.bucket, where.key, state.region),
          };
        const s3Denied = (error: string) =>
          error.startsWith('AccessDenied') ? text.S3_ACCESS_DENIED : error;
        const located = this.ask(
          creds,
          's3:GetBucketLocation',
          bucketArn(where.bucket),
          `locate bucket ${where.bucket}`,
        );
        if (located !== undefined)
          return { container: c.name, message: text.envFileFailure(name, s3Denied(located)) };
        const got = this.ask(
          creds,
          's3:GetObject',
          objectArn(where.bucket, where.key),
          `read environment file ${file.value} (${c.name})`,
        );
        if (got !== undefined)
          return { container: c.name, message: text.envFileFailure(name, s3Denied(got)) };
        if (!Object.prototype.hasOwnProperty.call(state.s3.buckets, where.bucket))
          return { container: c.name, message: text.envFileFailure(name, text.S3_NO_SUCH_BUCKET) };
        const object = getObject(state, where.bucket, where.key);
        if (!object) return { container: c.name, message: text.envFileFailure(name, text.S3_NO_SUCH_KEY) };
        this.files.set(file.value, object.Body);
      }
    }
    return undefined;
  }

  /**
   * The awslogs driver of each container: CreateLogStream in the group; a missing group is created only with
   * `awslogs-create-group: "true"` and logs:CreateLogGroup.
   */
  openLogStreams(): Failure | undefined {
    const state = this.ctx.state;
    for (const c of this.containers) {
      const config = c.logConfiguration;
      if (config?.logDriver !== 'awslogs') continue;
      const options = config.options ?? {};
      const group = options['awslogs-group'];
      if (!group) continue;
      const prefix = options['awslogs-stream-prefix'];
      const stream = prefix ? `${prefix}/${c.name}/${taskIdOf(this.task)}` : taskIdOf(this.task);
      const region = options['awslogs-region'] ?? state.region;
      if (!this.reaches(this.service('logs', region, `logs.${region}.amazonaws.com`)))
        return { container: c.name, message: text.awslogsTimeout(this.runtime, region) };
      const creds = pullAndLogCredentials(state, this.task);
      const streamError = this.ask(
        creds,
        'logs:CreateLogStream',
        logStreamArn(state, group, stream),
        `create log stream ${group}:${stream}`,
      );
      if (streamError !== undefined)
        return { container: c.name, message: text.awslogsFailure(this.runtime, 'stream', streamError) };
      if (findLogGroup(state, group)) continue;
      if (options['awslogs-create-group'] !== 'true')
        return {
          container: c.name,
          message: text.awslogsFailure(this.runtime, 'stream', text.LOG_GROUP_MISSING),
        };
      const groupError = this.ask(
        creds,
        'logs:CreateLogGroup',
        `${logGroupArn(state, group)}:log-stream:`,
        `create log group ${group}`,
      );
      if (groupError !== undefined)
        return { container: c.name, message: text.awslogsFailure(this.runtime, 'group', groupError) };
      ensureLogGroup(this.ctx, group);
    }
    return undefined;
  }

  mountVolumes(): Failure | undefined {
    const failure = efsMountFailure(this.ctx, this.task);
    return failure === undefined ? undefined : { message: failure };
  }
}

/** The steps in the order each platform works (see the module comment). */
const ORDER: Record<text.Runtime, ReadonlyArray<(run: StartRun) => Failure | undefined>> = {
  FARGATE: [
    (r) => r.registryAuth(),
    (r) => r.fetchSecrets(),
    (r) => r.downloadFiles(),
    (r) => r.openLogStreams(),
    (r) => r.mountVolumes(),
    (r) => r.pullImages(),
  ],
  EC2: [
    (r) => r.pullImages(),
    (r) => r.fetchSecrets(),
    (r) => r.downloadFiles(),
    (r) => r.mountVolumes(),
    (r) => r.openLogStreams(),
  ],
};

/** laterHooks.startTask: the task record after its start-up work (see the module comment). */
export function startTask(ctx: EngineContext, task: Task): Task {
  if (task.startFailure || task.containerConfig) return task;
  const td = definitionOf(ctx.state, task);
  // a task with no start-up work is left as it is, so it is the same record whether or not this part had
  // loaded when it started (guard.ts); its configuration is derived when read (containerConfigOf)
  if (!td) return task;
  const effective = applyOverrides(td, task.overrides as TaskOverride);
  const run = new StartRun(ctx, task, effective.containerDefinitions);
  if (!checkedAtStart(td, task.overrides)) {
    // only the pull of its public images can fail; routes can only have changed once this part had loaded
    for (const c of effective.containerDefinitions) {
      const failure = run.publicPull(c);
      if (failure) return { ...task, startFailure: failure };
    }
    return task;
  }
  for (const step of ORDER[run.runtime]) {
    const failure = step(run);
    if (failure) return { ...task, startFailure: failure };
  }
  // the agent hands out task-role credentials only when ECS could assume the role
  const taskRole = taskRoleArnOf(ctx.state, task);
  const credentialsId =
    taskRole !== undefined && applicationCredentials(ctx.state, task).problem === undefined
      ? seededUuid(ctx)
      : undefined;
  const containerConfig = resolveContainerConfig(
    ctx.state,
    task,
    effective.containerDefinitions,
    { files: run.files, secrets: run.secrets },
    credentialsId,
  );
  return {
    ...task,
    containerConfig,
    ...(Object.keys(run.runImages).length > 0 ? { runImages: run.runImages } : {}),
  };
}
