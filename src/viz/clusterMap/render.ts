import { select, type BaseType, type Selection } from 'd3';
import { changes, keyedJoin, type Joined, type Layer, type Memory } from '../shared/join';
import { remPx } from '../shared/scales';
import { animate, motionDuration, stopAnimations, type MotionPreference } from '../shared/transition';
import { appendBlockParts, appendBlockPatterns, paintBlocks } from './blocks';
import { buildCards, cardLook, paintCards } from './cards';
import {
  layoutClusterMap,
  SIZES,
  type MapLayout,
  type PlacedBand,
  type PlacedCard,
  type PlacedLane,
  type PlacedTask,
} from './layout';
import { createLegend } from './legend';
import { CLUSTER_MAP_CSS, CLUSTER_MAP_HTML_CSS } from './styles';
import { attachTooltip } from './tooltip';
import type { ClusterMapModel } from './types';

export interface RenderOptions {
  /** called when the learner clicks a task block or presses Enter/Space on it */
  readonly onSelectTask?: (taskArn: string) => void;
  /** px; default: the container's width, or 1040 when it reports none (jsdom) */
  readonly width?: number;
  /** px per rem; default: the document's root font size */
  readonly remPx?: number;
  readonly motion?: MotionPreference;
}

/** What an overlay draws with: the map's layout and marks, a layer above them, and the motion to use. */
export interface OverlayContext {
  /** the overlay's own layer, above every mark and hidden from assistive technology (the narration speaks) */
  readonly layer: Layer;
  readonly layout: MapLayout;
  readonly cards: Selection<SVGGElement, PlacedCard, BaseType, unknown>;
  readonly tasks: Selection<SVGGElement, PlacedTask, BaseType, unknown>;
  /** the map's id prefix (block patterns) */
  readonly prefix: string;
  /** ms for a change when motion is allowed, else 0 */
  readonly duration: number;
}

/** A state drawn over the map (a placement replay): drawn after each update, cleared when replaced. */
export interface MapOverlay {
  draw(ctx: OverlayContext): void;
  clear(ctx: OverlayContext): void;
}

export interface ClusterMapRenderer {
  /** Redraws for a new model; only what changed is touched. */
  update(model: ClusterMapModel): void;
  /** Draws `overlay` over the map now and after every update (the previous one is cleared); none when undefined. */
  setOverlay(overlay: MapOverlay | undefined): void;
  /** The layout of the last update (for tests and the benchmark). */
  readonly layout: MapLayout | undefined;
  /** Stops animations, removes listeners and everything the renderer added to the container. */
  destroy(): void;
}

const DEFAULT_WIDTH = 1040;
let mapsCreated = 0;

const translate = (x: number, y: number) => `translate(${x},${y})`;

/**
 * Creates the cluster map inside `container` (using the container's own document, so it works in jsdom): an SVG
 * whose picture layer (role img, named by the model's summary) holds the bands, lanes and instance cards, and
 * whose task layer holds one focusable button per task; a legend and a tooltip follow. Joins are keyed by
 * instance id and task ARN; placed tasks fade in, stopped ones fade out, moved marks glide, and all of it is
 * instant when motion is reduced.
 */
export function createClusterMap(container: HTMLElement, options: RenderOptions = {}): ClusterMapRenderer {
  const doc = container.ownerDocument;
  const prefix = `cm${++mapsCreated}`;
  const root = select(container).append('div').attr('class', 'cm-root');
  root.append('style').text(CLUSTER_MAP_HTML_CSS);
  const svg = root.append('svg').attr('class', 'cm-svg').attr('xmlns', 'http://www.w3.org/2000/svg');
  svg.attr('role', 'group').attr('aria-label', 'Cluster map');
  svg.append('style').text(CLUSTER_MAP_CSS);
  appendBlockPatterns(svg.append('defs'), prefix);
  const picture = svg.append('g').attr('class', 'cm-picture').attr('role', 'img');
  const layers = {
    bands: picture.append('g').attr('class', 'cm-bands') as Layer,
    lanes: picture.append('g').attr('class', 'cm-lanes') as Layer,
    cards: picture.append('g').attr('class', 'cm-cards') as Layer,
    tasks: svg.append('g').attr('class', 'cm-tasks').attr('role', 'group') as Layer,
  };
  layers.tasks.attr('aria-label', 'Tasks: Tab to each, Enter or Space to explain its placement');
  const legendDiv = root.append('div').attr('class', 'cm-legend').node()!;
  const drawLegend = createLegend(legendDiv, prefix);
  const tooltip = attachTooltip(
    root.node()!,
    '.cm-task, .cm-card',
    (mark) => select<Element, { view: { tooltip: ReadonlyArray<string> } }>(mark).datum()?.view.tooltip,
    `${prefix}-tip`,
  );

  const selectFrom = (e: Event) => {
    const mark = e.target instanceof Element ? e.target.closest('.cm-task') : null;
    const d = mark ? select<Element, PlacedTask | undefined>(mark).datum() : undefined;
    if (!d) return false;
    options.onSelectTask?.(d.key);
    return true;
  };
  const svgNode = svg.node()!;
  const onClick = (e: Event) => void selectFrom(e);
  const onKey = (e: KeyboardEvent) => {
    if ((e.key === 'Enter' || e.key === ' ') && selectFrom(e)) e.preventDefault();
  };
  svgNode.addEventListener('click', onClick);
  svgNode.addEventListener('keydown', onKey);

  const memory: Record<'bands' | 'lanes' | 'cards' | 'tasks', Memory> = {
    bands: new WeakMap(),
    lanes: new WeakMap(),
    cards: new WeakMap(),
    tasks: new WeakMap(),
  };
  let layout: MapLayout | undefined;
  let overlay: MapOverlay | undefined;
  // added on the first overlay and removed with the last, so the map without one is exactly as before
  let overlayLayer: Layer | undefined;
  const overlayContext = (): OverlayContext | undefined =>
    layout &&
    overlayLayer && {
      layer: overlayLayer,
      layout,
      cards: layers.cards.selectAll<SVGGElement, PlacedCard>('.cm-card'),
      tasks: layers.tasks.selectAll<SVGGElement, PlacedTask>('.cm-task'),
      prefix,
      duration: motionDuration(doc, options.motion),
    };

  function update(model: ClusterMapModel): void {
    // read sizes before writing anything, so the browser need not lay out the page mid-update
    const width = options.width ?? (container.clientWidth || DEFAULT_WIDTH);
    const rem = options.remPx ?? remPx(doc);
    const previous = layout;
    // the first draw shows the map as it is: there is nothing to move from, and not animating it keeps d3's
    // transitions (loaded on the first animation, shared/transition.ts) off the first page
    const duration = previous ? motionDuration(doc, options.motion) : 0;
    layout = layoutClusterMap(model, width, rem, previous?.slots);
    const L = layout;
    if (L.width !== previous?.width || L.height !== previous.height) {
      svg.attr('width', L.width).attr('height', L.height).attr('viewBox', `0 0 ${L.width} ${L.height}`);
    }
    picture.attr('aria-label', model.summary);

    drawBoxes(layers.bands, 'cm-band', L.bands, memory.bands, duration, (d) => d.label, [rem / 2, rem]);
    const laneLabelAt = [rem * SIZES.cardPad, rem * (SIZES.cardPad + SIZES.laneHead / 2)] as const;
    const laneLabel = (d: PlacedLane) => `${d.view.label} (${d.view.tasks.length})`;
    drawBoxes(layers.lanes, 'cm-lane', L.lanes, memory.lanes, duration, laneLabel, laneLabelAt);

    const cards = keyedJoin(layers.cards, 'cm-card', L.cards, duration, buildCards).all;
    paintCards(
      place(cards, memory.cards, duration, (c) => cardLook(c, rem)),
      rem,
      duration,
    );

    const tasks = keyedJoin(layers.tasks, 'cm-task', L.tasks, duration, (g) => {
      g.attr('tabindex', 0).attr('role', 'button');
      appendBlockParts(g);
    }).all;
    const taskLook = (t: PlacedTask) =>
      `${L.cell}|${t.view.ariaLabel}|${t.view.phase}|${t.view.categoryIndex}|${t.view.selected}|${t.view.deployment}|${t.view.target}|${t.view.spot}`;
    const restyled = place(tasks, memory.tasks, duration, taskLook);
    paintBlocks(restyled, L.cell, prefix, (t) => t.view);
    restyled
      .attr('tabindex', 0)
      .attr('aria-label', (t) => t.view.ariaLabel)
      .attr('aria-pressed', (t) => String(t.view.selected));

    drawLegend(model);
    tooltip.refresh();
    if (overlay) overlay.draw(overlayContext()!);
  }

  return {
    update,
    get layout() {
      return layout;
    },
    setOverlay(next) {
      const before = overlayContext();
      if (overlay && before) overlay.clear(before);
      overlay = next;
      if (!overlay) {
        overlayLayer?.remove();
        overlayLayer = undefined;
        return;
      }
      overlayLayer ??= svg.append('g').attr('class', 'cm-overlay').attr('aria-hidden', 'true') as Layer;
      const ctx = overlayContext();
      if (ctx) overlay.draw(ctx);
    },
    destroy() {
      stopAnimations(root.node()!);
      svgNode.removeEventListener('click', onClick);
      svgNode.removeEventListener('keydown', onKey);
      tooltip.destroy();
      root.remove();
    },
  };
}

/**
 * Puts new marks in place at once and glides moved ones; returns the marks whose look changed (new ones
 * included) for the caller to paint.
 */
function place<D extends { x: number; y: number }>(
  all: Joined<D>,
  memory: Memory,
  duration: number,
  look: (d: D) => string,
): Joined<D> {
  const at = (d: D) => translate(d.x, d.y);
  const c = changes(all, memory, at, look);
  c.placed.attr('transform', at);
  animate(c.moved, duration, (attr) => attr('transform', at));
  return c.restyled;
}

/**
 * Draws band or lane boxes: a frame and a label each. New frames appear at their size, resized ones grow
 * smoothly, and a label is written only when its text changes.
 */
function drawBoxes<D extends PlacedBand | PlacedLane>(
  layer: Layer,
  cls: string,
  data: ReadonlyArray<D>,
  memory: Memory,
  duration: number,
  label: (d: D) => string,
  labelAt: readonly [number, number],
): void {
  const all = keyedJoin(layer, cls, data, duration, (g) => {
    g.append('rect').attr('class', `${cls}-frame`).attr('rx', 8);
    g.append('text').attr('class', `${cls}-label`);
  }).all;
  const restyled = place(all, memory, duration, (d) => `${d.w}|${d.h}|${label(d)}|${labelAt.join()}`);
  const size = (attr: (name: string, value: (d: D) => number) => void) => {
    attr('width', (d) => d.w);
    attr('height', (d) => d.h);
  };
  const frames = restyled.select<SVGRectElement>('rect');
  const fresh = frames.filter(function () {
    return !this.hasAttribute('width');
  });
  const resized = frames.filter(function () {
    return this.hasAttribute('width');
  });
  size((name, value) => fresh.attr(name, value));
  animate(resized, duration, size);
  restyled.select('text').attr('x', labelAt[0]).attr('y', labelAt[1]).text(label);
}

/** Creates the map in `container` and draws `model` once; call `update` on the result for later states. */
export function renderClusterMap(
  container: HTMLElement,
  model: ClusterMapModel,
  options: RenderOptions = {},
): ClusterMapRenderer {
  const renderer = createClusterMap(container, options);
  renderer.update(model);
  return renderer;
}
