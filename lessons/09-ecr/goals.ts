import { goal, met, notYet } from '../../src/course/goals';
import type { Simulation } from '../../src/engine/index';
import {
  CLUSTER,
  DAY,
  imagesOf,
  isRelease,
  MAX_RELEASES,
  RELEASES,
  repository,
  REPOSITORY,
  ROLLBACK_RELEASES,
  routeOut,
  SERVICE,
  vpcId,
  UNTAGGED_DAYS,
} from './scenario';

/** The release numbers still in shop/api, oldest first. */
const releasesLeft = (sim: Simulation): number[] =>
  imagesOf(sim)
    .flatMap((i) => i.imageTags)
    .filter((t) => /^release-\d+$/.test(t))
    .map((t) => Number(t.slice('release-'.length)))
    .sort((a, b) => a - b);

export const lifecycleGoal = goal({
  id: 'lifecycle-cleaned',
  description: `A lifecycle policy on ${REPOSITORY} has run and left ≤ ${MAX_RELEASES} release-* images (the ${ROLLBACK_RELEASES} newest among them) and no untagged image older than ${UNTAGGED_DAYS} days`,
  holdFor: 60,
  check(sim) {
    const repo = repository(sim);
    if (!repo) return notYet(`There is no repository ${REPOSITORY}.`);
    if (repo.lifecyclePolicyText === undefined)
      return notYet(`${REPOSITORY} has no lifecycle policy: nothing will keep it clean as CI keeps pushing.`);
    const ranAt = repo.lifecycleLastEvaluatedAt;
    if (ranAt === undefined)
      return notYet(
        'The lifecycle policy is attached but has not run yet (GetLifecyclePolicy: no lastEvaluatedAt).',
      );
    const images = imagesOf(sim);
    const releases = images.filter((i) => isRelease(i.imageTags)).length;
    const newest = releasesLeft(sim);
    const missing = Array.from({ length: ROLLBACK_RELEASES }, (_, i) => RELEASES - i).filter(
      (n) => !newest.includes(n),
    );
    if (missing.length > 0) {
      return notYet(
        `The policy expired rollback targets: release-${missing.sort((a, b) => a - b).join(', release-')} ` +
          `${missing.length === 1 ? 'is' : 'are'} gone. Keep releases by count, not with a rule that selects every image.`,
      );
    }
    if (releases > MAX_RELEASES)
      return notYet(`${releases} release-* images remain after the policy ran; at most ${MAX_RELEASES} may.`);
    const stale = images.filter(
      (i) => i.imageTags.length === 0 && ranAt - i.imagePushedAt > UNTAGGED_DAYS * DAY,
    ).length;
    if (stale > 0) {
      return notYet(
        `${stale} untagged image${stale === 1 ? ' was' : 's were'} older than ${UNTAGGED_DAYS} days when the policy last ran and ${stale === 1 ? 'is' : 'are'} still there.`,
      );
    }
    return met;
  },
  hints: {
    nudge:
      'List the images (ecr describe-images, filter tagStatus UNTAGGED): what piles up, and which images must ' +
      'survive any clean-up? Then look at what a lifecycle rule selects and how it counts.',
    pointer:
      'Two rules: a tagged rule with tagPrefixList ["release-"] and imageCountMoreThan 20, and an untagged rule ' +
      'with sinceImagePushed 7 days. Try it with start-lifecycle-policy-preview first; after put-lifecycle-policy ' +
      'the policy runs later (in the sandbox 30 minutes on), so let the clock run.',
    bottomOut:
      '`ecr put-lifecycle-policy --repository-name shop/api` with {"rules":[{"rulePriority":1,"selection":' +
      '{"tagStatus":"tagged","tagPrefixList":["release-"],"countType":"imageCountMoreThan","countNumber":20},' +
      '"action":{"type":"expire"}},{"rulePriority":2,"selection":{"tagStatus":"untagged","countType":' +
      '"sinceImagePushed","countUnit":"days","countNumber":7},"action":{"type":"expire"}}]}, then advance the ' +
      'clock 30 minutes. A rule with tagStatus any would count every image and expire recent releases.',
  },
});

export const settingsGoal = goal({
  id: 'immutable-scanned',
  description: `${REPOSITORY} has IMMUTABLE tags and scans every pushed image`,
  holdFor: 0,
  check(sim) {
    const repo = repository(sim);
    if (!repo) return notYet(`There is no repository ${REPOSITORY}.`);
    const missing = [
      ...(repo.imageTagMutability === 'IMMUTABLE' ? [] : ['tags are MUTABLE (a push can move release-40)']),
      ...(repo.imageScanningConfiguration.scanOnPush ? [] : ['scan on push is off']),
    ];
    return missing.length ? notYet(`${REPOSITORY}: ${missing.join('; ')}.`) : met;
  },
  hints: {
    nudge:
      'What stops someone pushing a different image as release-40, and what checks each new image for known CVEs?',
    pointer: 'Both are repository settings: image tag mutability and the image scanning configuration.',
    bottomOut:
      '`ecr put-image-tag-mutability --repository-name shop/api --image-tag-mutability IMMUTABLE` and ' +
      '`ecr put-image-scanning-configuration --repository-name shop/api --image-scanning-configuration scanOnPush=true`.',
  },
});

/** The endpoint services a private Fargate task of api needs, and the type each must be. */
export const NEEDED_ENDPOINTS = [
  { service: 'ecr.api', type: 'Interface', why: 'the registry auth token' },
  { service: 'ecr.dkr', type: 'Interface', why: 'the image manifest' },
  { service: 's3', type: 'Gateway', why: 'the image layers' },
  { service: 'logs', type: 'Interface', why: 'the awslogs log stream' },
] as const;

/** api's tasks that serve: RUNNING and meant to keep running. */
const runningApiTasks = (sim: Simulation) =>
  Object.values(sim.state.ecs.tasks).filter(
    (t) =>
      t.group === `service:${SERVICE}` &&
      t.clusterArn.endsWith(`:cluster/${CLUSTER}`) &&
      t.lastStatus === 'RUNNING' &&
      t.desiredStatus === 'RUNNING',
  );

export const privatePullGoal = goal({
  id: 'private-pull',
  description:
    'api runs 2 tasks in subnets with no route out (no NAT or internet gateway route), pulling through VPC endpoints',
  holdFor: 60,
  check(sim) {
    const tasks = runningApiTasks(sim);
    const subnets = [
      ...new Set(tasks.map((t) => t.eni?.subnetId).filter((s): s is string => s !== undefined)),
    ];
    const open = subnets.filter((s) => routeOut(sim, s) !== undefined);
    if (open.length > 0) {
      return notYet(
        `api tasks run in ${open.join(', ')}, whose route table sends 0.0.0.0/0 to ${routeOut(sim, open[0]!)}: ` +
          'the goal is a private service with no route out. Reach AWS through VPC endpoints instead.',
      );
    }
    if (tasks.length < 2) {
      const stopped = Object.values(sim.state.ecs.tasks)
        .filter((t) => t.group === `service:${SERVICE}` && t.lastStatus === 'STOPPED' && t.stoppedReason)
        .sort((a, b) => (b.stoppedAt ?? 0) - (a.stoppedAt ?? 0))[0];
      return notYet(
        `${tasks.length} of 2 api tasks are RUNNING.` +
          (stopped ? ` The last one stopped with: ${stopped.stoppedReason}` : ''),
      );
    }
    const vpc = vpcId(sim);
    const endpoints = Object.values(sim.state.ec2.vpcEndpoints ?? {}).filter((e) => e.VpcId === vpc);
    const missing = NEEDED_ENDPOINTS.filter(
      (n) => !endpoints.some((e) => e.service === n.service && e.VpcEndpointType === n.type),
    );
    if (missing.length > 0)
      return notYet(`The VPC has no ${missing.map((m) => `${m.service} (${m.type})`).join(', ')} endpoint.`);
    return met;
  },
  hints: {
    nudge:
      'Read the stopped reason of an api task: which host does it time out on? Then look at the private subnets’ ' +
      'route table (Instances → Network): where does 0.0.0.0/0 go?',
    pointer:
      'Without a route out, every AWS call the task makes at start-up needs a VPC endpoint: ecr.api (auth token) ' +
      'and ecr.dkr (manifest) as interface endpoints, S3 as a gateway endpoint on the private route table (the ' +
      'layers live in S3), and logs for awslogs. Add them one by one and watch the stopped reason change.',
    bottomOut:
      '`ec2 create-vpc-endpoint --vpc-endpoint-type Interface --service-name com.amazonaws.us-east-1.ecr.api ' +
      '--subnet-ids <both private subnets>`, the same for ecr.dkr and logs, and `--vpc-endpoint-type Gateway ' +
      '--service-name com.amazonaws.us-east-1.s3 --route-table-ids <the private table>`; the service retries and ' +
      'its tasks reach RUNNING. A NAT route would also work, but it is what this design avoids.',
  },
});

export default [lifecycleGoal, settingsGoal, privatePullGoal];
