import { selectAll, type BaseType, type Selection } from 'd3';
import { changes, keyedJoin, type Joined, type Memory } from '../shared/join';
import { charsThatFit, clip } from '../shared/scales';
import { THEME } from '../shared/theme';
import { animate, fadeIn, MOTION_MS } from '../shared/transition';
import { appendBlockParts, paintBlocks, type BlockLook } from './blocks';
import { cardGridTop, SIZES, type Box, type MapLayout } from './layout';
import type { MapOverlay, OverlayContext } from './render';
import type { ReplayMark, ReplayMarkState, ReplayScript, ReplayTarget } from './replay';

/** The step of a replay the map shows now. */
export interface ReplayFrame {
  readonly script: ReplayScript;
  readonly index: number;
}

/** the task glides this many times the map's usual move, so a room can follow it */
const GLIDE = 3;

/**
 * The overlay's looks: a veil greys out what a filter rejected (or a strategy left behind), a frame marks what is
 * still in the running, a pill carries the reason or the rank. Veil opacity, frame width and dash tell the
 * states apart without colour.
 */
const REPLAY_CSS = `
.cm-overlay { pointer-events: none; }
.cm-rp-veil { fill: ${THEME.surface}; opacity: 0; }
.cm-rp-rejected .cm-rp-veil { opacity: 0.78; }
.cm-rp-dropped .cm-rp-veil { opacity: 0.55; }
.cm-rp-outside .cm-rp-veil { opacity: 0.65; }
.cm-rp-frame { fill: none; stroke: none; }
.cm-rp-candidate .cm-rp-frame { stroke: ${THEME.accent}; stroke-width: 2.5; }
.cm-rp-ranked .cm-rp-frame { stroke: ${THEME.accent}; stroke-width: 4; }
.cm-rp-chosen .cm-rp-frame { stroke: ${THEME.ok}; stroke-width: 5; }
.cm-rp-now.cm-rp-rejected .cm-rp-frame { stroke: ${THEME.bad}; stroke-width: 3; stroke-dasharray: 6 3; }
.cm-svg .cm-rp-label { font-weight: 700; text-anchor: middle; }
.cm-svg .cm-rp-rejected .cm-rp-label { fill: ${THEME.bad}; }
.cm-svg .cm-rp-detail { text-anchor: middle; fill: ${THEME.ink}; }
.cm-rp-pill rect { fill: ${THEME.surface}; stroke: ${THEME.ink}; }
.cm-rp-ranked .cm-rp-pill rect { fill: ${THEME.accent}; stroke: none; }
.cm-rp-chosen .cm-rp-pill rect { fill: ${THEME.ok}; stroke: none; }
.cm-svg .cm-rp-pill text { font-size: 0.75rem; font-weight: 700; text-anchor: middle; }
.cm-svg .cm-rp-ranked .cm-rp-pill text, .cm-svg .cm-rp-chosen .cm-rp-pill text { fill: ${THEME.surface}; }
.cm-task[data-replay-hidden] { opacity: 0; }
.cm-rp-ghost .cm-ring { stroke: ${THEME.ink}; stroke-width: 2.5; }
`;

type MarkState = ReplayMarkState | 'outside';

/** One box the overlay draws on: a card, a band or a lane, with what to show there. */
interface Drawn extends Box {
  readonly key: string;
  readonly state: MarkState;
  readonly now: boolean;
  /** on a card: the reason in the middle; on a band or lane, or for ranks: a pill on the top edge */
  readonly label: string;
  readonly detail: string;
  readonly pill: boolean;
}

const targetKey = (t: ReplayTarget) => (t.kind === 'instance' ? t.key : `zone:${t.az}`);

/** The box a zone target stands for: its Fargate lane, else its AZ band. */
function zoneBox(layout: MapLayout, az: string): Box | undefined {
  return (
    layout.lanes.find((l) => l.key === `fargate:${az}`) ?? layout.bands.find((b) => b.key === `az:${az}`)
  );
}

/** What to draw for the step: every mark that has a box on the map, and a light veil on cards it leaves out. */
function drawnOf(layout: MapLayout, marks: ReadonlyArray<ReplayMark>): Drawn[] {
  const cards = new Map(layout.cards.map((c) => [c.key, c]));
  const marked = new Set<string>();
  const out: Drawn[] = [];
  for (const m of marks) {
    const box = m.target.kind === 'instance' ? cards.get(m.target.key) : zoneBox(layout, m.target.az);
    if (!box) continue;
    marked.add(targetKey(m.target));
    const onCard = m.target.kind === 'instance';
    out.push({
      key: targetKey(m.target),
      x: box.x,
      y: box.y,
      w: box.w,
      h: box.h,
      state: m.state,
      now: m.now === true,
      label: m.state === 'candidate' ? '' : m.label,
      detail: m.detail ?? '',
      pill: !onCard || m.state === 'ranked' || m.state === 'chosen' || m.state === 'dropped',
    });
  }
  for (const c of layout.cards) {
    if (marked.has(c.key)) continue;
    out.push({ ...c, state: 'outside', now: false, label: '', detail: '', pill: false });
  }
  return out;
}

/** What each overlay element last showed, so a step repaints only the marks it changes. */
const painted: Memory = new WeakMap();

/** Sets `name` on each element to `value(d)`, touching only those whose value differs (no style invalidation). */
function setChanged<D>(
  sel: Selection<SVGGElement, D, BaseType, unknown>,
  name: string,
  value: (d: D) => string | null,
): void {
  sel.each(function (d) {
    const v = value(d);
    if (this.getAttribute(name) === v) return;
    if (v === null) this.removeAttribute(name);
    else this.setAttribute(name, v);
  });
}

function paintMarks(joined: Joined<Drawn>, rem: number): void {
  const at = (d: Drawn) => `${d.x},${d.y},${d.w},${d.h}`;
  const look = (d: Drawn) => `${d.state}|${d.now}|${d.label}|${d.detail}|${d.pill}|${rem}`;
  const c = changes(joined, painted, at, look);
  const all = selectAll<SVGGElement, Drawn>([...c.moved.nodes(), ...c.restyled.nodes()]);
  all
    .attr('class', (d) => `cm-rp-mark cm-rp-${d.state}${d.now ? ' cm-rp-now' : ''}`)
    .attr('transform', (d) => `translate(${d.x},${d.y})`);
  all
    .select('.cm-rp-veil')
    .attr('width', (d) => d.w)
    .attr('height', (d) => d.h)
    .attr('rx', 8);
  all
    .select('.cm-rp-frame')
    .attr('x', -2)
    .attr('y', -2)
    .attr('width', (d) => d.w + 4)
    .attr('height', (d) => d.h + 4)
    .attr('rx', 9);
  // a rejected card: the reason and what the instance had, in the middle of its veil
  const middle = (d: Drawn) => (d.pill ? '' : d.label);
  all
    .select('.cm-rp-label')
    .attr('x', (d) => d.w / 2)
    .attr('y', (d) => d.h / 2 - 0.6 * rem)
    .text((d) => clip(middle(d), charsThatFit(d.w - rem, 0.8 * rem)));
  all
    .select('.cm-rp-detail')
    .attr('x', (d) => d.w / 2)
    .attr('y', (d) => d.h / 2 + 0.6 * rem)
    .text((d) => (d.pill ? '' : clip(d.detail, charsThatFit(d.w - rem, 0.8 * rem))));
  // a rank, a pick or a zone's count: a pill across the top edge
  const pillText = (d: Drawn) => (d.pill && d.label ? (d.detail ? `${d.label} · ${d.detail}` : d.label) : '');
  const pill = all.select('.cm-rp-pill').attr('display', (d) => (pillText(d) ? null : 'none'));
  const pillW = (d: Drawn) => d.w - rem;
  pill
    .select('rect')
    .attr('x', rem / 2)
    .attr('y', -0.65 * rem)
    .attr('width', pillW)
    .attr('height', 1.3 * rem)
    .attr('rx', 0.65 * rem);
  pill
    .select('text')
    .attr('x', (d) => d.w / 2)
    .attr('y', 0)
    .text((d) => clip(pillText(d), charsThatFit(pillW(d) - rem / 2, 0.75 * rem)));
}

type Ghost = Selection<SVGGElement, { key: string }, BaseType, unknown>;

/** A look for the task when its block is not on the map (stopped since, or never placed). */
const NEUTRAL: BlockLook = { categoryIndex: 0, letter: '•', phase: 'pending', selected: false };

/** Where the task waits while the filters and strategies run: the right end of the first band's heading. */
function waitingSpot(layout: MapLayout): { x: number; y: number } {
  const band = layout.bands[0];
  const head = SIZES.bandHead * layout.rem;
  if (!band) return { x: layout.rem, y: layout.rem };
  return { x: band.x + band.w - layout.rem - layout.cell, y: band.y + (head - layout.cell) / 2 };
}

/** Where the task lands: its own block's slot when it is on the map, else the start of its card's or lane's grid. */
function landingSpot(layout: MapLayout, script: ReplayScript): { x: number; y: number } | undefined {
  const own = layout.tasks.find((t) => t.key === script.taskArn);
  if (own) return own;
  const to = script.destination;
  if (!to) return undefined;
  const pad = SIZES.cardPad * layout.rem;
  if (to.kind === 'instance') {
    const card = layout.cards.find((c) => c.key === to.key);
    return card && { x: card.x + pad, y: card.y + cardGridTop(layout.rem) };
  }
  const box = zoneBox(layout, to.az);
  return box && { x: box.x + pad, y: box.y + (SIZES.cardPad + SIZES.laneHead) * layout.rem };
}

/** The task's stand-in: waits, then glides onto its instance (fades there when motion is reduced). */
function drawGhost(ctx: OverlayContext, frame: ReplayFrame): void {
  const { layout } = ctx;
  const step = frame.script.steps[frame.index]!;
  const spot = (step.arrived && landingSpot(layout, frame.script)) || waitingSpot(layout);
  const at = `translate(${spot.x},${spot.y})`;
  const own = layout.tasks.find((t) => t.key === frame.script.taskArn);
  const ghost: Ghost = ctx.layer
    .selectAll<SVGGElement, { key: string }>('g.cm-rp-ghost')
    .data([{ key: frame.script.traceId }])
    .join((enter) => {
      const g = enter.append('g').attr('class', 'cm-rp-ghost').attr('transform', at);
      appendBlockParts(g);
      return g;
    });
  const look: BlockLook = own ? { ...own.view, phase: 'running', selected: false } : NEUTRAL;
  const lookKey = `${look.categoryIndex}|${look.letter}|${layout.cell}`;
  if (ghost.attr('data-look') !== lookKey) {
    paintBlocks(ghost, layout.cell, ctx.prefix, () => look);
    ghost.classed('cm-rp-ghost', true).attr('data-look', lookKey);
  }
  setChanged(ghost, 'data-replay-at', () => (step.arrived ? 'instance' : 'waiting'));
  if (ghost.attr('transform') === at) return;
  if (ctx.duration > 0) {
    animate(ghost, ctx.duration * GLIDE, (attr) => attr('transform', () => at));
  } else {
    // reduced motion: no travel, the task appears where it goes
    ghost.attr('transform', at);
    fadeIn(ghost, MOTION_MS);
  }
}

/**
 * The overlay of a placement replay: greys out the instances the filters rejected so far with their reason,
 * frames the survivors with their rank and score, and moves the task onto the chosen instance at the last step.
 * Marks the cards (`data-replay-state`, `data-replay-label`) and hides the task's own block while its stand-in
 * is drawn; `clear` puts everything back.
 */
export function replayOverlay(frame: ReplayFrame): MapOverlay {
  const step = frame.script.steps[frame.index]!;
  return {
    draw(ctx) {
      const { layer, layout } = ctx;
      // written once: rewriting a style sheet makes the browser restyle the whole page
      if (layer.select('style').empty()) layer.append('style').text(REPLAY_CSS);
      const drawn = drawnOf(layout, step.marks);
      const byKey = new Map(drawn.map((d) => [d.key, d]));
      setChanged(ctx.cards, 'data-replay-state', (c) => byKey.get(c.key)?.state ?? null);
      setChanged(ctx.cards, 'data-replay-label', (c) => {
        const d = byKey.get(c.key);
        return d?.label ? [d.label, d.detail].filter(Boolean).join(': ') : null;
      });
      setChanged(ctx.tasks, 'data-replay-hidden', (t) => (t.key === frame.script.taskArn ? '' : null));
      const all = keyedJoin(layer, 'cm-rp-mark', drawn, ctx.duration, (g) => {
        g.append('rect').attr('class', 'cm-rp-veil');
        g.append('rect').attr('class', 'cm-rp-frame');
        g.append('text').attr('class', 'cm-rp-label');
        g.append('text').attr('class', 'cm-rp-detail');
        const pill = g.append('g').attr('class', 'cm-rp-pill');
        pill.append('rect');
        pill.append('text');
      }).all;
      paintMarks(all, layout.rem);
      drawGhost(ctx, frame);
    },
    clear(ctx) {
      ctx.layer.selectAll('*').remove();
      ctx.cards.attr('data-replay-state', null).attr('data-replay-label', null);
      ctx.tasks.attr('data-replay-hidden', null);
    },
  };
}
