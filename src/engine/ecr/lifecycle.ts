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
 * The digests of the images a lifecycle policy expires now. Rules apply in priority order (lowest number first);
 * an image a rule selects is not looked at by later rules. `imageCountMoreThan` keeps the newest N pushes of what
 * the rule selects; `sinceImagePushed` expires what was pushed more than N days ago.
 */
export function expiredImages(
  policyText: string,
  images: ReadonlyArray<EcrImage>,
  now: SimTime,
): ReadonlySet<string> {
  const rules = ((JSON.parse(policyText) as { rules: Rule[] }).rules ?? [])
    .slice()
    .sort((a, b) => a.rulePriority - b.rulePriority);
  const considered = new Set<string>();
  const expired = new Set<string>();
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
    for (const i of gone) expired.add(i.imageDigest);
  }
  return expired;
}
