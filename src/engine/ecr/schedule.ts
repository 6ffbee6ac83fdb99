import type { EngineContext } from '../context';
import type { EcrImage, EcrRepository } from '../model/storage';
import { onTimer } from '../timerHandlers';
import { EVALUATION_INTERVAL_SECONDS, lifecycleVerdicts } from './lifecycle';

/**
 * Lifecycle policies on the simulated clock. PutLifecyclePolicy schedules the first run (lifecycle.ts says when);
 * each run expires what the policy selects, logs `EcrImagesExpired`, and schedules the next one a day later.
 * Changing or deleting the policy bumps the repository's `lifecyclePolicyVersion`, which leaves older timers stale.
 */

/** Schedules the run of the repository's policy `delay` seconds from now, for policy version `version`. */
export function scheduleLifecycleRun(
  ctx: EngineContext,
  repositoryName: string,
  version: number,
  delay: number,
): void {
  ctx.schedule(delay, { kind: 'ecr.lifecycle', repositoryName, version });
}

/** The repository's images without the expired ones. Pure. */
const without = (images: Readonly<Record<string, EcrImage>>, gone: ReadonlyMap<string, number>) =>
  Object.fromEntries(Object.entries(images).filter(([digest]) => !gone.has(digest)));

/** One run of a repository's lifecycle policy, unless the timer is stale (policy changed, deleted, or repo gone). */
export function runLifecycle(ctx: EngineContext, repositoryName: string, version: number): void {
  const repos = ctx.state.ecr.repositories;
  const repo: EcrRepository | undefined = Object.prototype.hasOwnProperty.call(repos, repositoryName)
    ? repos[repositoryName]
    : undefined;
  if (!repo || repo.lifecyclePolicyText === undefined || (repo.lifecyclePolicyVersion ?? 0) !== version)
    return;
  const gone = lifecycleVerdicts(repo.lifecyclePolicyText, Object.values(repo.images), ctx.now);
  const images = without(repo.images, gone);
  ctx.tx.set(repos, repositoryName, { ...repo, images, lifecycleLastEvaluatedAt: ctx.now });
  if (gone.size > 0) {
    ctx.emit({
      type: 'EcrImagesExpired',
      at: ctx.now,
      repositoryName,
      imageDigests: [...gone.keys()].sort(),
      remaining: Object.keys(images).length,
    });
  }
  scheduleLifecycleRun(ctx, repositoryName, version, EVALUATION_INTERVAL_SECONDS);
}

/** Registers the lifecycle policy timer (timerRegistry.ts). */
export function registerEcrTimers(): void {
  onTimer('ecr.lifecycle', (ctx, timer) => runLifecycle(ctx, timer.repositoryName, timer.version));
}
