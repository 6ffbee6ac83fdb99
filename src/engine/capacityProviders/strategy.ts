import { invalidParameter } from '../errors';

import type { CapacityProviderStrategyItem } from '../model/capacityProvider';

/** One item of a `capacityProviderStrategy` (ecs-reference §8.2): base 0–100000, weight 0–1000, both default 0. */
export type StrategyItem = CapacityProviderStrategyItem;

/** What a provider is, as far as a strategy cares: Fargate's two built-in ones, or an Auto Scaling group's. */
export type ProviderKind = 'FARGATE' | 'ASG';

/**
 * Checks the rules of a strategy that need no account (ecs-reference §8.2): one provider at most sets a base,
 * no provider twice, at least one weight above 0, and Fargate and Auto Scaling group providers not mixed
 * (`kindOf` says which a name is). Pure; throws InvalidParameterException naming `field`.
 */
export function checkStrategyShape(
  items: ReadonlyArray<StrategyItem>,
  kindOf: (name: string) => ProviderKind,
  field: string,
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.capacityProvider)) {
      throw invalidParameter(
        `${field}[${i}]: the capacity provider '${item.capacityProvider}' appears twice in the strategy. ` +
          'List each provider once, with its base and weight.',
        `${field}[${i}].capacityProvider`,
      );
    }
    seen.add(item.capacityProvider);
  });
  const withBase = items.filter((item) => (item.base ?? 0) > 0);
  if (withBase.length > 1) {
    throw invalidParameter(
      `Only one capacity provider in a capacity provider strategy can have a base defined; ` +
        `${withBase.map((b) => b.capacityProvider).join(' and ')} both set one. Keep the base on one provider.`,
      `${field}`,
    );
  }
  if (items.length > 0 && items.every((item) => (item.weight ?? 0) === 0)) {
    throw invalidParameter(
      `The capacity provider strategy gives every provider a weight of 0, so no task could be placed by weight. ` +
        'Give at least one provider a weight greater than 0.',
      `${field}`,
    );
  }
  const kinds = new Set(items.map((item) => kindOf(item.capacityProvider)));
  if (kinds.size > 1) {
    // the wording AWS returns (terraform-aws-modules/terraform-aws-ecs issue #68)
    throw invalidParameter(
      'A capacity provider strategy cannot contain a mix of capacity providers using Auto Scaling groups and ' +
        'Fargate providers. Specify one or the other and try again.',
      `${field}`,
    );
  }
}

/**
 * Which provider each of `count` new tasks goes to, in launch order (ecs-reference §8.2). `existing` counts the
 * tasks already running per provider (a service's; empty for RunTask).
 *
 * The base provider first gets tasks until it holds `base`. Every further task goes to the provider whose
 * share is furthest behind its weight: the one with the smallest (tasks beyond base + 1) / weight, the earlier
 * item of the strategy on a tie; weight-0 providers get none. For counts the weights divide evenly this is the
 * plain ratio (10 tasks, base 2 weight 1 + weight 3 → 4 and 6). How ECS rounds an uneven remainder is not
 * documented (UNVERIFIED): this highest-average rule is the sandbox's, and it never lets a provider fall more
 * than one task behind its share. Pure.
 */
export function distribute(
  items: ReadonlyArray<StrategyItem>,
  count: number,
  existing: Readonly<Record<string, number>> = {},
): string[] {
  const held = items.map((item) => existing[item.capacityProvider] ?? 0);
  const order: string[] = [];
  for (let n = 0; n < count; n++) {
    const baseIndex = items.findIndex((item, i) => (item.base ?? 0) > held[i]!);
    let chosen = baseIndex;
    if (chosen < 0) {
      let best = Infinity;
      items.forEach((item, i) => {
        const weight = item.weight ?? 0;
        if (weight <= 0) return;
        const beyondBase = Math.max(0, held[i]! - (item.base ?? 0));
        const score = (beyondBase + 1) / weight;
        if (score < best) {
          best = score;
          chosen = i;
        }
      });
    }
    if (chosen < 0) break;
    held[chosen]!++;
    order.push(items[chosen]!.capacityProvider);
  }
  return order;
}

/** `distribute`'s answer as counts per provider, in strategy order (providers given none included, at 0). */
export function shares(
  items: ReadonlyArray<StrategyItem>,
  count: number,
  existing: Readonly<Record<string, number>> = {},
): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(items.map((i) => [i.capacityProvider, 0]));
  for (const name of distribute(items, count, existing)) counts[name] = (counts[name] ?? 0) + 1;
  return counts;
}
