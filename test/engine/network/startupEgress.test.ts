import { describe, expect, it } from 'vitest';
import type { Task } from '../../../src/engine/model/ecs';
import { STARTING_IGW } from '../../../src/engine/state';
import { pushImage, putObject, putParameter, putSecret } from '../startup/state';
import {
  ACCOUNT,
  awslogs,
  ec2App,
  fargateApp,
  INSTANCE_ID,
  startWorld,
  type StartWorld,
} from '../startup/world';

/**
 * Start-up traffic without a way out (network/egress.ts in startup/start.ts): each missing path stops the task
 * with the stopped reason its runtime gives, in the order the platform does the work, so adding endpoints one
 * by one shows the next failure.
 */

const VPC = 'vpc-0a1b2c3d4e5f60718';
const call = (w: StartWorld, op: string, input: Record<string, unknown>) =>
  w.sim.callByName('ec2', op, input) as Record<string, unknown>;

/** Gives `subnet` a route table of its own with no 0.0.0.0/0 route; returns the table id. */
function isolate(w: StartWorld, subnet: string): string {
  const table = (call(w, 'CreateRouteTable', { VpcId: VPC }) as { RouteTable: { RouteTableId: string } })
    .RouteTable.RouteTableId;
  call(w, 'AssociateRouteTable', { RouteTableId: table, SubnetId: subnet });
  return table;
}

const iface = (w: StartWorld, service: string, subnet: string) =>
  call(w, 'CreateVpcEndpoint', {
    VpcId: VPC,
    ServiceName: `com.amazonaws.us-east-1.${service}`,
    VpcEndpointType: 'Interface',
    SubnetIds: [subnet],
  });

function runFargate(
  w: StartWorld,
  subnet: string,
  assignPublicIp: 'ENABLED' | 'DISABLED' = 'DISABLED',
): string {
  const out = w.sim.callByName('ecs', 'RunTask', {
    cluster: 'demo',
    taskDefinition: 'app',
    launchType: 'FARGATE',
    networkConfiguration: { awsvpcConfiguration: { subnets: [subnet], assignPublicIp } },
  }) as { tasks: Array<{ taskArn: string }> };
  return out.tasks[0]!.taskArn;
}

/** The awslogs group the definitions log to. */
const withLogGroup = (w: StartWorld): StartWorld => {
  w.sim.callByName('logs', 'CreateLogGroup', { logGroupName: '/ecs/app' });
  return w;
};

function outcome(w: StartWorld, arn: string): Task {
  return w.after(180, arn);
}

const reasonOf = (w: StartWorld, arn: string) => outcome(w, arn).stoppedReason;

const firstSubnet = (w: StartWorld) =>
  Object.values(w.state.ec2.subnets).find((s) => s.AvailabilityZone === 'us-east-1a')!.SubnetId;

describe('Fargate in a subnet with no way out', () => {
  it('fails at each missing path in order: ecr.api, logs, ecr.dkr, S3 layers; then runs', () => {
    const w = withLogGroup(startWorld());
    const subnet = firstSubnet(w);
    const table = isolate(w, subnet);
    const image = pushImage(w.state, 'shop', 'v1', 'nginx:latest');
    w.register(fargateApp({ image, logConfiguration: awslogs('/ecs/app') }));

    const t1 = outcome(w, runFargate(w, subnet));
    expect(t1.lastStatus).toBe('STOPPED');
    expect(t1.stopCode).toBe('TaskFailedToStart');
    expect(t1.stoppedReason).toMatch(
      /^ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve ecr registry auth: service call has been retried 3 time\(s\): RequestError: send request failed caused by: Post "https:\/\/api\.ecr\.us-east-1\.amazonaws\.com\/": dial tcp \d+\.\d+\.\d+\.\d+:443: i\/o timeout\. Please check your task network configuration\.$/,
    );
    // no call reached IAM
    expect(Object.values(w.state.iam.calls).filter((c) => c.taskArn === t1.taskArn)).toEqual([]);

    iface(w, 'ecr.api', subnet);
    expect(reasonOf(w, runFargate(w, subnet))).toBe(
      'ResourceInitializationError: failed to validate logger args: The task cannot find the Amazon CloudWatch log group defined in the task definition. There is a connection issue between the task and Amazon CloudWatch. Check your network configuration. : signal: killed',
    );

    iface(w, 'logs', subnet);
    expect(reasonOf(w, runFargate(w, subnet))).toMatch(
      new RegExp(
        `^CannotPullContainerError: pull image manifest has been retried 5 time\\(s\\): failed to resolve ref ${ACCOUNT}\\.dkr\\.ecr\\.us-east-1\\.amazonaws\\.com/shop:v1: failed to do request: Head "https://${ACCOUNT}\\.dkr\\.ecr\\.us-east-1\\.amazonaws\\.com/v2/shop/manifests/v1": dial tcp [\\d.]+:443: i/o timeout$`,
      ),
    );

    // M20: ecr.api + ecr.dkr (+ logs) are not enough: the layers are in S3
    iface(w, 'ecr.dkr', subnet);
    expect(reasonOf(w, runFargate(w, subnet))).toMatch(
      /^CannotPullContainerError: ref pull has been retried 1 time\(s\): failed to copy: httpReadSeeker: failed open: failed to do request: Get "https:\/\/prod-us-east-1-starport-layer-bucket\.s3\.us-east-1\.amazonaws\.com\/[^"]+": dial tcp [\d.]+:443: i\/o timeout$/,
    );

    call(w, 'CreateVpcEndpoint', {
      VpcId: VPC,
      ServiceName: 'com.amazonaws.us-east-1.s3',
      RouteTableIds: [table],
    });
    const ok = outcome(w, runFargate(w, subnet));
    expect(ok.stoppedReason).toBeUndefined();
    expect(ok.lastStatus).toBe('RUNNING');
  });

  it('Parameter Store comes before the log stream, and its timeout is the SDK deadline', () => {
    const w = withLogGroup(startWorld());
    const subnet = firstSubnet(w);
    isolate(w, subnet);
    putParameter(w.state, '/app/db', 'secret');
    w.register(
      fargateApp({ secrets: [{ name: 'DB', valueFrom: '/app/db' }], logConfiguration: awslogs('/ecs/app') }),
    );
    expect(reasonOf(w, runFargate(w, subnet))).toBe(
      'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: unable to retrieve secrets from ssm: service call has been retried 5 time(s): RequestCanceled: request context canceled caused by: context deadline exceeded. Please check your task network configuration.',
    );
  });

  it('Secrets Manager and S3 environment files time out in their own words', () => {
    const w = withLogGroup(startWorld());
    const subnet = firstSubnet(w);
    const table = isolate(w, subnet);
    const arn = putSecret(w.state, 'db', 'pw');
    w.register(fargateApp({ secrets: [{ name: 'DB', valueFrom: arn }] }));
    expect(reasonOf(w, runFargate(w, subnet))).toBe(
      'ResourceInitializationError: unable to pull secrets or registry auth: execution resource retrieval failed: ' +
        `unable to retrieve secret from asm: service call has been retried 5 time(s): failed to fetch secret ${arn} ` +
        'from secrets manager: RequestCanceled: request context canceled caused by: context deadline exceeded. ' +
        'Please check your task network configuration.',
    );
    iface(w, 'secretsmanager', subnet);
    call(w, 'CreateRoute', {
      RouteTableId: table,
      DestinationCidrBlock: '0.0.0.0/0',
      GatewayId: STARTING_IGW,
    });
    // the call now reaches Secrets Manager: IAM answers (the managed execution policy has no GetSecretValue)
    expect(reasonOf(w, runFargate(w, subnet, 'ENABLED'))).toContain('AccessDeniedException');
    putObject(w.state, 'cfg', 'app.env', 'A=1');
    w.register(fargateApp({ environmentFiles: [{ type: 's3', value: 'arn:aws:s3:::cfg/app.env' }] }));
    expect(reasonOf(w, runFargate(w, subnet, 'DISABLED'))).toMatch(
      /^ResourceInitializationError: failed to download env files: .*failed to download file app\.env: .*RequestError: send request failed caused by: Get "https:\/\/cfg\.s3\.us-east-1\.amazonaws\.com\/app\.env": dial tcp [\d.]+:443: i\/o timeout$/,
    );
  });

  it('a public image needs the internet: an IGW route works only with assignPublicIp ENABLED', () => {
    const w = withLogGroup(startWorld());
    const subnet = firstSubnet(w);
    const table = isolate(w, subnet);
    w.register(fargateApp({}));
    expect(reasonOf(w, runFargate(w, subnet, 'ENABLED'))).toMatch(
      /^CannotPullContainerError: pull image manifest has been retried 5 time\(s\): failed to resolve ref docker\.io\/library\/nginx:latest: failed to do request: Head "https:\/\/registry-1\.docker\.io\/v2\/library\/nginx\/manifests\/latest": dial tcp [\d.]+:443: i\/o timeout$/,
    );
    call(w, 'CreateRoute', {
      RouteTableId: table,
      DestinationCidrBlock: '0.0.0.0/0',
      GatewayId: STARTING_IGW,
    });
    expect(outcome(w, runFargate(w, subnet, 'DISABLED')).stopCode).toBe('TaskFailedToStart');
    expect(outcome(w, runFargate(w, subnet, 'ENABLED')).lastStatus).toBe('RUNNING');
  });

  it('the starting account changes nothing: private subnets reach out through the NAT', () => {
    const w = withLogGroup(startWorld());
    const image = pushImage(w.state, 'shop', 'v1', 'nginx:latest');
    w.register(fargateApp({ image, logConfiguration: awslogs('/ecs/app') }));
    expect(outcome(w, runFargate(w, firstSubnet(w))).lastStatus).toBe('RUNNING');
  });
});

describe('EC2: the agent and Docker on the instance', () => {
  it('pull first (ecr.api, ecr.dkr, S3 layers), then the log stream, in Docker’s and the agent’s words', () => {
    const w = withLogGroup(startWorld());
    const subnet = w.state.ec2.instances[INSTANCE_ID]!.SubnetId;
    const table = isolate(w, subnet);
    const image = pushImage(w.state, 'shop', 'v1', 'nginx:latest');
    w.register(ec2App({ image, logConfiguration: awslogs('/ecs/app') }));

    expect(reasonOf(w, w.run('EC2'))).toMatch(
      /^CannotPullECRContainerError: RequestError: send request failed caused by: Post "https:\/\/api\.ecr\.us-east-1\.amazonaws\.com\/": dial tcp [\d.]+:443: i\/o timeout$/,
    );
    iface(w, 'ecr.api', subnet);
    expect(reasonOf(w, w.run('EC2'))).toBe(
      `CannotPullContainerError: Error response from daemon: Get "https://${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)`,
    );
    iface(w, 'ecr.dkr', subnet);
    expect(reasonOf(w, w.run('EC2'))).toMatch(
      /^CannotPullContainerError: error pulling image configuration: Get "https:\/\/prod-us-east-1-starport-layer-bucket\.s3\.us-east-1\.amazonaws\.com\/[^"]+": dial tcp [\d.]+:443: i\/o timeout$/,
    );
    call(w, 'CreateVpcEndpoint', {
      VpcId: VPC,
      ServiceName: 'com.amazonaws.us-east-1.s3',
      RouteTableIds: [table],
    });
    expect(reasonOf(w, w.run('EC2'))).toMatch(
      /^CannotStartContainerError: Error response from daemon: failed to initialize logging driver: failed to create Cloudwatch log stream: RequestError: send request failed caused by: Post "https:\/\/logs\.us-east-1\.amazonaws\.com\/": dial tcp [\d.]+:443: i\/o timeout$/,
    );
    iface(w, 'logs', subnet);
    const ok = outcome(w, w.run('EC2'));
    expect(ok.stoppedReason).toBeUndefined();
    expect(ok.lastStatus).toBe('RUNNING');
  });

  it('Docker Hub without a way out', () => {
    const w = withLogGroup(startWorld());
    isolate(w, w.state.ec2.instances[INSTANCE_ID]!.SubnetId);
    w.register(ec2App({}));
    expect(reasonOf(w, w.run('EC2'))).toBe(
      'CannotPullContainerError: Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)',
    );
  });
});
