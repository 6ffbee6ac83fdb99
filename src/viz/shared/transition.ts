import type { BaseType, Selection } from 'd3';
import type * as TransitionRuntime from './transitionRuntime';

/** How a chart animates: 'auto' follows the reader's prefers-reduced-motion setting. */
export type MotionPreference = 'auto' | 'reduce' | 'full';

/** Default length of an enter, exit or move animation, in milliseconds. */
export const MOTION_MS = 300;

/**
 * The animation length to use in `doc`: 0 when motion is reduced — by preference, by the reader's
 * prefers-reduced-motion setting, or because the environment cannot tell (no matchMedia, as in jsdom).
 */
export function motionDuration(doc: Document, preference: MotionPreference = 'auto'): number {
  if (preference !== 'auto') return preference === 'full' ? MOTION_MS : 0;
  const media = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)');
  return media && !media.matches ? MOTION_MS : 0;
}

type AnySelection<E extends Element, D> = Selection<E, D, BaseType, unknown>;

let runtime: typeof TransitionRuntime | undefined;
let loading: Promise<void> | undefined;

/**
 * Loads d3's transitions (once). Until they are there, every change is drawn at once: the first animation a chart
 * asks for starts the load and is itself drawn without motion, which keeps about 5 KB off the first page.
 */
export function loadTransitions(): Promise<void> {
  loading ??= import('./transitionRuntime').then((module) => {
    runtime = module;
  });
  return loading;
}

/** Whether `duration` can be animated now; asks for the transitions when it could but they are not loaded. */
function canAnimate(duration: number): boolean {
  if (duration <= 0) return false;
  if (runtime) return true;
  void loadTransitions();
  return false;
}

/**
 * Applies `set` to `selection` through a transition of `duration` ms, or at once when `duration` is 0.
 * `set` receives a function that writes one attribute, so the same code serves both paths.
 */
export function animate<E extends Element, D>(
  selection: AnySelection<E, D>,
  duration: number,
  set: (attr: (name: string, value: (d: D) => string | number) => void) => void,
): void {
  if (selection.empty()) return;
  if (!canAnimate(duration)) {
    set((name, value) => selection.attr(name, value));
    return;
  }
  const t = selection.transition().duration(duration);
  set((name, value) => t.attr(name, value));
}

/** Fades entering elements in from transparent (at once when `duration` is 0). */
export function fadeIn<E extends Element, D>(selection: AnySelection<E, D>, duration: number): void {
  if (selection.empty() || !canAnimate(duration)) return;
  selection.attr('opacity', 0).transition().duration(duration).attr('opacity', 1);
}

/** Fades exiting elements out, then removes them (removes at once when `duration` is 0). */
export function fadeOutAndRemove<E extends Element, D>(
  selection: AnySelection<E, D>,
  duration: number,
): void {
  if (!canAnimate(duration)) {
    selection.remove();
    return;
  }
  selection
    .classed('exiting', true)
    .attr('pointer-events', 'none')
    .transition()
    .duration(duration)
    .attr('opacity', 0)
    .remove();
}

/** Stops every running animation under `root` (call before dropping a chart); none can run before the load. */
export function stopAnimations(root: Element): void {
  if (!runtime) return;
  const { interrupt } = runtime;
  interrupt(root);
  for (const el of root.querySelectorAll('*')) interrupt(el);
}
