import { selectAll, type BaseType, type Selection } from 'd3';
import { fadeIn, fadeOutAndRemove } from './transition';

export type Layer = Selection<SVGGElement, unknown, null, undefined>;
export type Joined<D> = Selection<SVGGElement, D, BaseType, unknown>;

/**
 * A keyed join of `<g class=cls>` children of `layer`: entering groups are built by `build` and fade in, leaving
 * ones fade out (elements already fading are left alone, so updates every frame do not keep them alive), and the
 * rest keep their DOM node. Returns every current group in data order (also the DOM order, hence tab order).
 */
export function keyedJoin<D extends { readonly key: string }>(
  layer: Layer,
  cls: string,
  data: ReadonlyArray<D>,
  duration: number,
  build: (entered: Joined<D>) => void,
): { entered: Joined<D>; all: Joined<D> } {
  const joined = layer.selectChildren<SVGGElement, D>(`g.${cls}:not(.exiting)`).data(data, (d) => d.key);
  fadeOutAndRemove(joined.exit(), duration);
  const entered = joined.enter().append('g').attr('class', cls) as unknown as Joined<D>;
  build(entered);
  fadeIn(entered, duration);
  const all = (entered.merge(joined as unknown as Joined<D>) as Joined<D>).order();
  return { entered, all };
}

/** What was last drawn for each element: where it stood and how it looked. */
export type Memory = WeakMap<Element, { readonly at: string; readonly look: string }>;

/**
 * Splits joined elements by what changed since the last call with the same `memory`: `placed` (new here),
 * `moved` (position changed) and `restyled` (anything else changed, new ones included). Unchanged elements
 * appear in none, so a frame touches only what changed.
 */
export function changes<D>(
  all: Joined<D>,
  memory: Memory,
  at: (d: D) => string,
  look: (d: D) => string,
): { placed: Joined<D>; moved: Joined<D>; restyled: Joined<D> } {
  const placed: SVGGElement[] = [];
  const moved: SVGGElement[] = [];
  const restyled: SVGGElement[] = [];
  all.each(function (d) {
    const now = { at: at(d), look: look(d) };
    const before = memory.get(this);
    if (!before) placed.push(this);
    else if (before.at !== now.at) moved.push(this);
    if (!before || before.look !== now.look) restyled.push(this);
    memory.set(this, now);
  });
  const wrap = (nodes: SVGGElement[]) => selectAll<SVGGElement, D>(nodes) as unknown as Joined<D>;
  return { placed: wrap(placed), moved: wrap(moved), restyled: wrap(restyled) };
}
