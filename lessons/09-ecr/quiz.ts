import { startOf, refusedBy } from '../../src/course/quizChecks';
import { runSteps, wait } from '../../src/course/steps';
import type { QuizItem, RunIt, Step } from '../../src/course/types';
import type { Simulation } from '../../src/engine/index';
import scenario, {
  CLUSTER,
  DAY,
  imagesOf,
  isRelease,
  LIFECYCLE_POLICY,
  REPOSITORY,
  SERVICE,
  UNTAGGED_DAYS,
} from './scenario';
import { immutable, interfaceEndpoint, policy, putPolicy, s3Gateway, untilTheRun } from './solution';

const lessonStart = startOf(scenario);

/** The release numbers left in shop/api. */
const releaseNumbers = (sim: Simulation) =>
  imagesOf(sim)
    .flatMap((i) => i.imageTags)
    .filter((t) => t.startsWith('release-'))
    .map((t) => Number(t.slice('release-'.length)));

/** api's tasks that are RUNNING now. */
const runningApi = (sim: Simulation) =>
  Object.values(sim.state.ecs.tasks).filter(
    (t) =>
      t.group === `service:${SERVICE}` &&
      t.clusterArn.endsWith(`:cluster/${CLUSTER}`) &&
      t.lastStatus === 'RUNNING' &&
      t.desiredStatus === 'RUNNING',
  ).length;

/** The newest stopped reason of an api task. */
const lastStoppedReason = (sim: Simulation) =>
  Object.values(sim.state.ecs.tasks)
    .filter((t) => t.group === `service:${SERVICE}` && t.lastStatus === 'STOPPED')
    .sort((a, b) => (b.stoppedAt ?? 0) - (a.stoppedAt ?? 0))[0]?.stoppedReason ?? '';

/** A set of endpoints played on the lesson's start, then 10 minutes for the service to retry. */
const endpointsRun = (steps: ReadonlyArray<Step>, look: string): RunIt => ({ steps, advance: 600, look });

const ALL_FOUR = [
  interfaceEndpoint('ecr.api'),
  interfaceEndpoint('ecr.dkr'),
  s3Gateway,
  interfaceEndpoint('logs'),
];
const NO_S3 = [interfaceEndpoint('ecr.api'), interfaceEndpoint('ecr.dkr'), interfaceEndpoint('logs')];
const NO_API = [interfaceEndpoint('ecr.dkr'), s3Gateway, interfaceEndpoint('logs')];

export default [
  {
    id: 'remove-old-images',
    kind: 'single',
    prompt:
      'A CI pipeline pushes dozens of images a day to an Amazon ECR repository, and storage costs keep rising. ' +
      'Untagged images older than a week and all but the newest releases can go. Which solution has the LEAST ' +
      'operational overhead?',
    options: [
      {
        id: 'lifecycle',
        text: 'Attach an ECR lifecycle policy with a rule for untagged images and a rule for release tags.',
        explanation: 'Right: ECR expires matching images itself, with no code to run or schedule.',
      },
      {
        id: 'lambda',
        text: 'A scheduled Lambda function that lists images and calls BatchDeleteImage.',
        explanation:
          'It works, but it is code you write, schedule and maintain: what lifecycle policies do for you.',
      },
      {
        id: 's3-lifecycle',
        text: 'An S3 lifecycle rule on the bucket that holds the image layers.',
        explanation: 'ECR keeps its layers in S3 buckets that are not yours; you cannot put rules on them.',
      },
      {
        id: 'immutable',
        text: 'Turn on tag immutability so that old images are replaced instead of kept.',
        explanation: 'Immutability stops tags moving; it deletes nothing.',
      },
    ],
    correct: ['lifecycle'],
    tags: {
      concepts: ['lifecycle policy', 'Amazon ECR'],
      exams: ['SOA-C03', 'DOP-C02', 'SAA-C03'],
      tasks: ['SOA-3.1', 'DOP-1.3', 'SAA-4.2'],
      facts: ['F79'],
    },
    engineCheck(newSim) {
      const sim = lessonStart(newSim);
      runSteps(sim, [putPolicy(), untilTheRun]);
      const images = imagesOf(sim);
      return (
        images.filter((i) => isRelease(i.imageTags)).length === 20 &&
        !images.some((i) => i.imageTags.length === 0 && sim.now - i.imagePushedAt > (UNTAGGED_DAYS + 1) * DAY)
      );
    },
  },
  {
    id: 'any-rule-trap',
    kind: 'single',
    prompt:
      'A repository holds release-* images and untagged builds. The team must keep at most 20 releases, must be ' +
      'able to roll back to any of the 10 newest, and wants untagged builds gone after 7 days. Which lifecycle ' +
      'policy is MOST appropriate?',
    options: [
      {
        id: 'two-rules',
        text: 'Rule 1: tagged, tagPrefixList ["release-"], imageCountMoreThan 20. Rule 2: untagged, sinceImagePushed 7 days.',
        explanation: 'Right: each rule selects only its own images and counts them separately.',
      },
      {
        id: 'any-count',
        text: 'One rule: tagStatus any, imageCountMoreThan 20.',
        explanation:
          'It keeps the 20 newest images of any kind. Untagged builds are pushed more often than releases, so ' +
          'recent releases are expired while last week’s builds stay.',
      },
      {
        id: 'any-age',
        text: 'One rule: tagStatus any, sinceImagePushed 7 days.',
        explanation: 'It expires every release older than a week, including rollback targets.',
      },
      {
        id: 'untagged-only',
        text: 'One rule: tagStatus untagged, sinceImagePushed 7 days.',
        explanation: 'Untagged builds go, but nothing limits the releases: they keep piling up.',
      },
    ],
    correct: ['two-rules'],
    tags: {
      concepts: ['lifecycle policy'],
      exams: ['DOP-C02', 'SOA-C03'],
      tasks: ['DOP-1.3', 'SOA-3.1'],
      facts: ['F79'],
    },
    engineCheck(newSim) {
      const after = (text: string) => {
        const sim = lessonStart(newSim);
        runSteps(sim, [putPolicy(text), untilTheRun]);
        return releaseNumbers(sim);
      };
      const right = after(LIFECYCLE_POLICY);
      const anyCount = after(policy({ tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 20 }));
      const anyAge = after(
        policy({ tagStatus: 'any', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 7 }),
      );
      const keepsRollbacks = (left: number[]) =>
        [31, 32, 33, 34, 35, 36, 37, 38, 39, 40].every((n) => left.includes(n));
      return (
        right.length === 20 && keepsRollbacks(right) && !keepsRollbacks(anyCount) && !keepsRollbacks(anyAge)
      );
    },
  },
  {
    id: 'preview-first',
    kind: 'single',
    prompt:
      'An engineer has written a lifecycle policy for a production repository that tasks pull from. Before ' +
      'attaching it, they want to see exactly which images it would expire, without deleting anything. What is ' +
      'the MOST efficient way?',
    options: [
      {
        id: 'preview',
        text: 'Run start-lifecycle-policy-preview with the policy, then read get-lifecycle-policy-preview.',
        explanation:
          'Right: the preview lists each image the policy would expire and the rule that catches it, and expires nothing.',
      },
      {
        id: 'copy-repo',
        text: 'Copy the repository, attach the policy to the copy and compare the image lists a day later.',
        explanation: 'Slow and costly; the preview answers the same question in one call.',
      },
      {
        id: 'attach-watch',
        text: 'Attach it and watch the event log; detach it if something important disappears.',
        explanation: 'Expired images are deleted, not hidden: by the time you notice, they are gone.',
      },
    ],
    correct: ['preview'],
    tags: {
      concepts: ['lifecycle policy'],
      exams: ['DOP-C02'],
      tasks: ['DOP-1.3'],
      facts: ['F79'],
    },
    engineCheck(newSim) {
      const sim = lessonStart(newSim);
      const before = imagesOf(sim).length;
      sim.call('ecr', 'StartLifecyclePolicyPreview', {
        repositoryName: REPOSITORY,
        lifecyclePolicyText: LIFECYCLE_POLICY,
      });
      sim.advance(30);
      const preview = sim.call('ecr', 'GetLifecyclePolicyPreview', { repositoryName: REPOSITORY });
      return (
        preview.status === 'COMPLETE' &&
        (preview.summary?.expiringImageTotalCount ?? 0) > 0 &&
        imagesOf(sim).length === before
      );
    },
  },
  {
    id: 'immutable-tags',
    kind: 'single',
    prompt:
      'After an incident, a team found that someone had pushed a different image as release-40 while it was ' +
      'running in production, so a rollback deployed unknown code. Which change is MOST effective at preventing ' +
      'this?',
    options: [
      {
        id: 'immutable',
        text: 'Set the repository’s image tag mutability to IMMUTABLE and tag every build uniquely (e.g. the commit SHA).',
        explanation:
          'Right: a pushed tag then stays on its image; pushing other content under it fails with ImageTagAlreadyExistsException.',
      },
      {
        id: 'scan',
        text: 'Turn on scan on push.',
        explanation: 'Scanning reports known vulnerabilities; it does not stop a tag from moving.',
      },
      {
        id: 'lifecycle',
        text: 'Add a lifecycle rule that expires images pushed under an existing tag.',
        explanation: 'Lifecycle rules expire by count or age; they cannot refuse a push.',
      },
      {
        id: 'latest',
        text: 'Deploy the latest tag instead of release tags.',
        explanation: 'latest moves with every push: the opposite of a fixed rollback target.',
      },
    ],
    correct: ['immutable'],
    tags: {
      concepts: ['tag immutability', 'image push'],
      exams: ['DVA-C02', 'DOP-C02'],
      tasks: ['DVA-3.3', 'DOP-1.3'],
      facts: ['F80'],
    },
    engineCheck(newSim) {
      const sim = lessonStart(newSim);
      runSteps(sim, [immutable]);
      return refusedBy(
        () =>
          sim.call('sim', 'PushImage', {
            repositoryName: REPOSITORY,
            imageTag: 'release-40',
            sourceImage: 'public.ecr.aws/ecs-sandbox/web:v2',
          }),
        /cannot be overwritten because the repository is immutable/,
      );
    },
  },
  {
    id: 'enhanced-scanning',
    kind: 'single',
    prompt:
      'A security team wants every image in the company’s ECR registry checked for vulnerabilities in operating ' +
      'system packages and in application libraries, and re-checked whenever new CVEs are published. Which ' +
      'option needs the LEAST operational overhead?',
    options: [
      {
        id: 'enhanced',
        text: 'Turn on enhanced scanning for the registry (Amazon Inspector) with continuous scanning.',
        explanation:
          'Right: Inspector scans OS and programming-language packages and updates findings as new CVEs appear.',
      },
      {
        id: 'basic',
        text: 'Turn on basic scan on push for every repository.',
        explanation:
          'Basic scanning looks at operating-system packages only, and only when an image is pushed or scanned by hand.',
      },
      {
        id: 'pipeline',
        text: 'Run an open-source scanner in the CI pipeline before each push.',
        explanation:
          'It checks images once, at build time; nothing re-checks old images when new CVEs appear.',
      },
    ],
    correct: ['enhanced'],
    tags: {
      concepts: ['image scanning'],
      exams: ['SOA-C03', 'DOP-C02'],
      tasks: ['SOA-4.2', 'DOP-6.1'],
      facts: ['F81'],
    },
  },
  {
    id: 'private-endpoints',
    kind: 'single',
    prompt:
      'Fargate tasks run in private subnets whose route table has no route to a NAT or internet gateway. They pull ' +
      'their image from Amazon ECR and log with awslogs. Which set of VPC endpoints lets them start with the ' +
      'FEWEST resources?',
    options: [
      {
        id: 'four',
        text: 'Interface endpoints for ecr.api, ecr.dkr and logs, and an S3 gateway endpoint on the subnets’ route table.',
        explanation: 'Right: auth token (ecr.api), manifest (ecr.dkr), layers (S3), log stream (logs).',
        runIt: endpointsRun(ALL_FOUR, 'api’s tasks: both reach RUNNING once the service retries.'),
      },
      {
        id: 'no-s3',
        text: 'Interface endpoints for ecr.api, ecr.dkr and logs.',
        explanation:
          'The manifest arrives, but the layers are fetched from S3 and time out: CannotPullContainerError.',
        runIt: endpointsRun(
          NO_S3,
          'the stopped reason of api’s tasks: the layer download from S3 times out.',
        ),
      },
      {
        id: 'no-api',
        text: 'Interface endpoints for ecr.dkr and logs, and an S3 gateway endpoint.',
        explanation: 'Without ecr.api the task cannot get a registry auth token, so the pull never starts.',
        runIt: endpointsRun(NO_API, 'the stopped reason of api’s tasks: the registry auth call times out.'),
      },
      {
        id: 'everything',
        text: 'All four of the right answer plus ecs, ecs-agent, ecs-telemetry and sts interface endpoints.',
        explanation:
          'The tasks start, but the extra endpoints are not needed for a Fargate pull and each one costs money.',
      },
    ],
    correct: ['four'],
    tags: {
      concepts: ['VPC endpoints', 'private image pull'],
      exams: ['SAA-C03', 'SOA-C03'],
      tasks: ['SAA-1.2', 'SOA-5.3'],
      misconceptions: ['M20'],
      facts: ['F31'],
    },
    engineCheck(newSim) {
      const sim = lessonStart(newSim);
      runSteps(sim, [...NO_S3, wait(600)]);
      const layersFail = runningApi(sim) === 0 && /starport-layer-bucket/.test(lastStoppedReason(sim));
      runSteps(sim, [s3Gateway, wait(600)]);
      return layersFail && runningApi(sim) === 2;
    },
  },
  {
    id: 'pull-through-cache',
    kind: 'single',
    prompt:
      'ECS tasks pull public images from Docker Hub and keep hitting its rate limits during scale-out. The team ' +
      'wants the images served from their own ECR registry and kept in sync with Docker Hub. Which solution has the ' +
      'LEAST operational overhead?',
    options: [
      {
        id: 'ptc',
        text: 'Create an ECR pull through cache rule for Docker Hub with the Docker Hub credentials in a Secrets Manager secret named ecr-pullthroughcache/…, and pull through the rule’s prefix.',
        explanation:
          'Right: the first pull fetches the image from Docker Hub and caches it in your registry; later pulls come from ECR.',
      },
      {
        id: 'copy-job',
        text: 'A nightly job that pulls each image from Docker Hub and pushes it to ECR.',
        explanation: 'It works, but it is a pipeline to build and run, and it lags behind upstream.',
      },
      {
        id: 'replication',
        text: 'Turn on ECR replication from Docker Hub to the registry.',
        explanation:
          'Replication copies between ECR registries (Regions, accounts), not from other registries.',
      },
      {
        id: 'public-ip',
        text: 'Give each task a public IP so that each one pulls directly.',
        explanation: 'Rate limits still apply, and more tasks pulling directly makes them worse.',
      },
    ],
    correct: ['ptc'],
    tags: {
      concepts: ['pull through cache'],
      exams: ['DOP-C02', 'SAA-C03'],
      tasks: ['DOP-1.3', 'SAA-3.1'],
      facts: ['F82'],
    },
  },
  {
    id: 'replication-dr',
    kind: 'multiple',
    prompt:
      'A company runs ECS in us-east-1 and is building a standby in us-west-2. Images pushed to ECR in us-east-1 ' +
      'must be available in us-west-2 without changing the CI pipeline, and old images must be cleaned up in both ' +
      'Regions. Which TWO actions meet these requirements?',
    options: [
      {
        id: 'replication',
        text: 'Add a cross-Region replication rule for us-west-2 to the registry’s replication configuration.',
        explanation:
          'Right: ECR copies every image pushed to matching repositories to the destination Region.',
      },
      {
        id: 'lifecycle-both',
        text: 'Attach lifecycle policies to the repositories in both Regions.',
        explanation:
          'Right: a lifecycle policy acts only in the Region it is created in, and by default replication copies ' +
          'pushes, not deletions. (A rule can now also replicate deletions, lifecycle expirations included; a policy ' +
          'in each Region works either way.)',
      },
      {
        id: 'pipeline-push',
        text: 'Add a second docker push to us-west-2 in the CI pipeline.',
        explanation: 'It works, but it changes the pipeline, which the requirement rules out.',
      },
      {
        id: 'pull-through',
        text: 'Create a pull through cache rule in us-west-2 whose upstream is the us-east-1 registry.',
        explanation:
          'A cache fills only when something pulls through it, so a standby Region that has not pulled yet has ' +
          'nothing; replication copies each image as it is pushed.',
      },
    ],
    correct: ['replication', 'lifecycle-both'],
    tags: {
      concepts: ['replication', 'lifecycle policy'],
      exams: ['SAA-C03', 'DOP-C02'],
      tasks: ['SAA-2.2', 'DOP-3.1'],
      facts: ['F82'],
    },
  },
] satisfies QuizItem[];
