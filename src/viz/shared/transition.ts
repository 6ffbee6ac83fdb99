import { interrupt, type BaseType, type Selection } from 'd3';

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
  if (duration <= 0) {
    set((name, value) => selection.attr(name, value));
    return;
  }
  const t = selection.transition().duration(duration);
  set((name, value) => t.attr(name, value));
}

/** Fades entering elements in from transparent (at once when `duration` is 0). */
export function fadeIn<E extends Element, D>(selection: AnySelection<E, D>, duration: number): void {
  if (duration <= 0 || selection.empty()) return;
  selection.attr('opacity', 0).transition().duration(duration).attr('opacity', 1);
}

/** Fades exiting elements out, then removes them (removes at once when `duration` is 0). */
export function fadeOutAndRemove<E extends Element, D>(
  selection: AnySelection<E, D>,
  duration: number,
): void {
  if (duration <= 0) {
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

/**
 * Stops every running animation under `root` (call before dropping a chart). Importing this d3-transition export
 * is also what keeps `selection.transition` in the bundle: the `d3` package is marked free of side effects, so a
 * build that imported only d3-selection functions would drop the patch that adds it.
 */
export function stopAnimations(root: Element): void {
  interrupt(root);
  for (const el of root.querySelectorAll('*')) interrupt(el);
}
