import type { OperationName } from '../../api/registry';
import type { SchemaDocs } from './schemaDocs';

/** Hover text for the Amazon ECR requests (schema/ecr.ts) and sim PushImage, in our own words. */

const repoDoc =
  'The repository name: lowercase, digits, . _ - and / for namespaces (e.g. team/web), 2–256 characters.';
const registryDoc = 'Your account id (the registry); default your own.';
const imageIdsDoc = 'Images by imageDigest (sha256:…) and/or imageTag.';

export const ecrDocs = {
  CreateRepository: {
    '': 'Creates a private repository, <account>.dkr.ecr.<region>.amazonaws.com/<name>. Tasks pull from it with the execution role (Fargate) or the instance role (EC2 without one); push images with sim PushImage.',
    registryId: registryDoc,
    repositoryName: repoDoc,
    tags: 'Key/value tags.',
    'tags[].Key': "The tag's key.",
    'tags[].Value': "The tag's value.",
    imageTagMutability:
      'MUTABLE (default: pushing a tag again moves it) or IMMUTABLE (a tag, once pushed, stays on its image).',
    imageTagMutabilityExclusionFilters: 'Tags exempt from the mutability setting: not simulated.',
    imageScanningConfiguration: 'Scan settings.',
    'imageScanningConfiguration.scanOnPush':
      'Scan each pushed image for vulnerabilities (kept, not simulated).',
    encryptionConfiguration: 'KMS encryption: not simulated (AES256).',
  },
  DescribeRepositories: {
    '': 'Lists repositories with their URIs, or the ones named (an unknown name fails the call).',
    registryId: registryDoc,
    repositoryNames: 'Only these repositories.',
    nextToken: 'The nextToken of the previous page.',
    maxResults: 'At most this many per page.',
  },
  DeleteRepository: {
    '': 'Deletes a repository; one that still holds images only with force.',
    registryId: registryDoc,
    repositoryName: repoDoc,
    force: 'true deletes its images too.',
  },
  DescribeImages: {
    '': "Lists a repository's images: digest, tags, size, push time.",
    registryId: registryDoc,
    repositoryName: repoDoc,
    imageIds: imageIdsDoc,
    'imageIds[].imageDigest': 'sha256:… of the image.',
    'imageIds[].imageTag': 'A tag, e.g. v1.',
    nextToken: 'The nextToken of the previous page.',
    maxResults: 'At most this many per page.',
    filter: 'Which images to list.',
    'filter.tagStatus': 'TAGGED, UNTAGGED or ANY (default).',
    'filter.imageStatus': 'Archived images: not simulated.',
  },
  BatchDeleteImage: {
    '': 'Deletes images. By digest the image and all its tags go; by tag only that tag goes, and the image with its last tag. What is not found comes back under failures.',
    registryId: registryDoc,
    repositoryName: repoDoc,
    imageIds: imageIdsDoc,
    'imageIds[].imageDigest': 'sha256:… of the image.',
    'imageIds[].imageTag': 'A tag, e.g. v1.',
  },
  PutLifecyclePolicy: {
    '': "Sets the repository's lifecycle policy (JSON rules that expire old images). Nothing expires at once: AWS expires images within 24 hours of meeting the rules; the sandbox runs the policy 30 minutes after this call, then daily. Rules run lowest rulePriority first; an image one rule selects is not looked at by later rules. Try it first with StartLifecyclePolicyPreview.",
    registryId: registryDoc,
    repositoryName: repoDoc,
    lifecyclePolicyText:
      'The policy as a JSON string: {"rules":[{"rulePriority":1,"selection":{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":14},"action":{"type":"expire"}}]}.',
  },
  GetLifecyclePolicy: {
    '': "Reads the repository's lifecycle policy and when it last ran (lastEvaluatedAt).",
    registryId: registryDoc,
    repositoryName: repoDoc,
  },
  DeleteLifecyclePolicy: {
    '': "Removes the repository's lifecycle policy; no further runs.",
    registryId: registryDoc,
    repositoryName: repoDoc,
  },
  StartLifecyclePolicyPreview: {
    '': 'A dry run: which images would this lifecycle policy expire now? Expires nothing. Read the answer with GetLifecyclePolicyPreview (the sandbox finishes a preview in 30 seconds).',
    registryId: registryDoc,
    repositoryName: repoDoc,
    lifecyclePolicyText: "The policy to try, as a JSON string; default the repository's own policy.",
  },
  GetLifecyclePolicyPreview: {
    '': 'The result of the last preview: status (IN_PROGRESS, COMPLETE), the images it would expire with the rule that selects each, and summary.expiringImageTotalCount.',
    registryId: registryDoc,
    repositoryName: repoDoc,
    imageIds: 'Only these images (not with nextToken or maxResults).',
    'imageIds[].imageDigest': 'sha256:… of the image.',
    'imageIds[].imageTag': 'A tag, e.g. v1.',
    nextToken: 'The nextToken of the previous page.',
    maxResults: 'At most this many per page (1–100, default 100).',
    filter: 'Which results to list.',
    'filter.tagStatus': 'TAGGED, UNTAGGED or ANY (default).',
  },
  PutImageTagMutability: {
    '': 'Sets whether a push may move an existing tag to other content.',
    registryId: registryDoc,
    repositoryName: repoDoc,
    imageTagMutability:
      'IMMUTABLE: a tag stays on its first image (a push with other content fails with ImageTagAlreadyExistsException); MUTABLE: a push moves it.',
    imageTagMutabilityExclusionFilters: 'Tags exempt from the mutability setting: not simulated.',
  },
  PutImageScanningConfiguration: {
    '': 'Turns basic scanning on push on or off for the repository (the sandbox records it; it makes no findings).',
    registryId: registryDoc,
    repositoryName: repoDoc,
    imageScanningConfiguration: 'Scan settings.',
    'imageScanningConfiguration.scanOnPush': 'true: every pushed image is scanned for known vulnerabilities.',
  },
} satisfies Readonly<Record<OperationName<'ecr'>, SchemaDocs>>;

export const pushImageDocs: SchemaDocs = {
  '': 'Simulator control: what docker tag + docker push do. Copies an image of the simulated registry (e.g. nginx:latest) into your private repository under a tag; tasks that run <repositoryUri>:<tag> behave like the source image. Same source and build, same digest; pushing a tag to another image leaves the old one untagged (MUTABLE).',
  repositoryName: 'The private repository (ecr CreateRepository first).',
  imageTag: 'The tag to push as (default latest). In an IMMUTABLE repository an existing tag cannot move.',
  sourceImage:
    "The image to push: one of the simulated registry's images (see the Images tab), or one already in your private registry.",
  build:
    'A build id, e.g. a git commit SHA: pushes a new build of the source image (same behaviour, a digest of its own), as a CI pipeline does for each commit.',
};
