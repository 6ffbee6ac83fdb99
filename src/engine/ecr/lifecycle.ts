import type { EcrImage } from '../model/storage';
import type { SimTime } from '../model/ids';

/** One rule of an ECR lifecycle policy, as PutLifecyclePolicy checked it. */
interface Rule {
  readonly rulePriority: number;
  readonly selection: {
    readonly tagStatus: 'tagged' | 'untagged' | 'any';
    readonly tagPrefixList?: ReadonlyArray<string>;
    readonly tagPatternList?: ReadonlyArray<string>;
    readonly countType: 'imageCountMoreThan' | 'sinceImagePushed';
    readonly countNumber: number;
  };
}

const DAY = 86_400;

/**
 * Sandbox model of when a lifecycle policy runs: AWS expires images within 24 hours of their meeting the
 * policy's criteria and does not say when exactly. The sandbox runs a policy this long after PutLifecyclePolicy,
 * then every EVALUATION_INTERVAL_SECONDS.
 */
export const FIRST_EVALUATION_SECONDS = 1_800;
export const EVALUATION_INTERVAL_SECONDS = DAY;
/** Sandbox model: a lifecycle policy preview is COMPLETE this long after StartLifecyclePolicyPreview. */
export const PREVIEW_SECONDS = 30;

/** A tag pattern with `*` wildcards as a whole-tag test. */
const patternTest = (pattern: string) => {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return (tag: string) => re.test(tag);
};

/** Whether the rule's tag selection takes the image (several prefixes or patterns: the image must match each). */
function selects(rule: Rule, image: EcrImage): boolean {
  const s = rule.selection;
  if (s.tagStatus === 'untagged') return image.imageTags.length === 0;
  if (s.tagStatus === 'any') return true;
  if (image.imageTags.length === 0) return false;
  const prefixes = s.tagPrefixList ?? [];
  const patterns = (s.tagPatternList ?? []).map(patternTest);
  return (
    prefixes.every((p) => image.imageTags.some((t) => t.startsWith(p))) &&
    patterns.every((test) => image.imageTags.some(test))
  );
}

/**
 * What a lifecycle policy expires now: each expired image's digest with the priority of the rule that expires it.
 * Rules apply in priority order (lowest number first); an image a rule selects is not looked at by later rules.
 * `imageCountMoreThan` keeps the newest N pushes of what the rule selects; `sinceImagePushed` expires what was
 * pushed more than N days ago. Pure.
 */
export function lifecycleVerdicts(
  policyText: string,
  images: ReadonlyArray<EcrImage>,
  now: SimTime,
): ReadonlyMap<string, number> {
  const rules = ((JSON.parse(policyText) as { rules: Rule[] }).rules ?? [])
    .slice()
    .sort((a, b) => a.rulePriority - b.rulePriority);
  const considered = new Set<string>();
  const expired = new Map<string, number>();
  for (const rule of rules) {
    const chosen = images
      .filter((i) => !considered.has(i.imageDigest) && selects(rule, i))
      .sort((a, b) => b.imagePushedAt - a.imagePushedAt || (a.imageDigest < b.imageDigest ? -1 : 1));
    for (const i of chosen) considered.add(i.imageDigest);
    const { countType, countNumber } = rule.selection;
    const gone =
      countType === 'imageCountMoreThan'
        ? chosen.slice(countNumber)
        : chosen.filter((i) => now - i.imagePushedAt > countNumber * DAY);
    for (const i of gone) expired.set(i.imageDigest, rule.rulePriority);
  }
  return expired;
}

/** The digests of the images a lifecycle policy expires now (see lifecycleVerdicts). */
export function expiredImages(
  policyText: string,
  images: ReadonlyArray<EcrImage>,
  now: SimTime,
): ReadonlySet<string> {
  return new Set(lifecycleVerdicts(policyText, images, now).keys());
}
