import { call, wait } from '../../src/course/steps';
import type { Step } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';
import {
  LIFECYCLE_POLICY,
  MAX_RELEASES,
  privateRouteTable,
  privateSubnets,
  REPOSITORY,
  vpcId,
} from './scenario';

/** A lifecycle policy document from its rules (each expires what it selects). */
export const policy = (...selections: ReadonlyArray<Record<string, unknown>>): string =>
  JSON.stringify({
    rules: selections.map((selection, i) => ({
      rulePriority: i + 1,
      selection,
      action: { type: 'expire' },
    })),
  });

export const previewPolicy = (text = LIFECYCLE_POLICY): Step[] => [
  call('ecr', 'StartLifecyclePolicyPreview', { repositoryName: REPOSITORY, lifecyclePolicyText: text }),
  wait(30),
  call('ecr', 'GetLifecyclePolicyPreview', { repositoryName: REPOSITORY }),
];

export const putPolicy = (text = LIFECYCLE_POLICY): Step =>
  call('ecr', 'PutLifecyclePolicy', { repositoryName: REPOSITORY, lifecyclePolicyText: text });

export const immutable = call('ecr', 'PutImageTagMutability', {
  repositoryName: REPOSITORY,
  imageTagMutability: 'IMMUTABLE',
});

export const scanOnPush = call('ecr', 'PutImageScanningConfiguration', {
  repositoryName: REPOSITORY,
  imageScanningConfiguration: { scanOnPush: true },
});

/** Until the policy has run: the sandbox runs a new policy 30 minutes after it is attached. */
export const untilTheRun = wait(1_800);

/** An interface endpoint for `service` in the private subnets (private DNS on, the API's default for Interface). */
export const interfaceEndpoint = (service: 'ecr.api' | 'ecr.dkr' | 'logs'): Step =>
  call('ec2', 'CreateVpcEndpoint', (sim: Simulation) => ({
    VpcId: vpcId(sim),
    ServiceName: `com.amazonaws.${sim.state.region}.${service}`,
    VpcEndpointType: 'Interface',
    SubnetIds: privateSubnets(sim),
    PrivateDnsEnabled: true,
  }));

/** The S3 gateway endpoint on the private subnets' route table (image layers come from S3). */
export const s3Gateway: Step = call('ec2', 'CreateVpcEndpoint', (sim: Simulation) => ({
  VpcId: vpcId(sim),
  ServiceName: `com.amazonaws.${sim.state.region}.s3`,
  VpcEndpointType: 'Gateway',
  RouteTableIds: [privateRouteTable(sim)],
}));

export const endpoints: Step[] = [
  interfaceEndpoint('ecr.api'),
  interfaceEndpoint('ecr.dkr'),
  s3Gateway,
  interfaceEndpoint('logs'),
];

/** Long enough for the service to retry its failed tasks and start new ones. */
export const untilRunning = wait(600);

/** Preview, attach, lock the tags, scan on push, add the endpoints, and let the policy run and the tasks start. */
export default [
  ...previewPolicy(),
  putPolicy(),
  immutable,
  scanOnPush,
  ...endpoints,
  untilTheRun,
] satisfies Step[];

export const alternatives: Step[][] = [
  // the release rule as a wildcard pattern, and untagged images kept by count (the newest 5 are days old at most)
  [
    immutable,
    scanOnPush,
    ...endpoints.slice().reverse(),
    putPolicy(
      policy(
        {
          tagStatus: 'tagged',
          tagPatternList: ['release-*'],
          countType: 'imageCountMoreThan',
          countNumber: MAX_RELEASES,
        },
        { tagStatus: 'untagged', countType: 'imageCountMoreThan', countNumber: 5 },
      ),
    ),
    untilTheRun,
  ],
  // a first policy that is too loose, replaced before it runs (only the newest policy's schedule counts)
  [
    putPolicy(
      policy({ tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 30 }),
    ),
    wait(600),
    putPolicy(),
    immutable,
    scanOnPush,
    ...endpoints,
    untilTheRun,
  ],
];
