import type { BaseType, Selection } from 'd3';
import { inkOn, paletteColour, PALETTE, THEME } from '../shared/theme';
import type { TargetHealthState } from '../../engine/index';
import type { TaskPhase } from './types';

/**
 * What a task block shows: its colour category, letter, phase and whether it is selected; for a service's
 * task also whether it is of an older deployment and how its load balancer target is doing; for a Fargate
 * Spot task the "S" tag.
 */
export interface BlockLook {
  readonly categoryIndex: number;
  readonly letter: string;
  readonly phase: TaskPhase;
  readonly selected: boolean;
  readonly deployment?: 'old' | 'new';
  readonly target?: TargetHealthState;
  /** the "S" tag is drawn for `fargate` only: a task on a Spot Instance sits in a card that carries the badge */
  readonly spot?: 'fargate' | 'instance';
}

/** The target health mark's class: the shape and fill say the state, so colour is not the only cue. */
export function targetMarkClass(state: TargetHealthState | undefined): string {
  if (state === undefined) return 'cm-health';
  if (state === 'healthy') return 'cm-health cm-target-healthy';
  if (state === 'initial') return 'cm-health cm-target-initial';
  if (state === 'unhealthy') return 'cm-health cm-target-unhealthy';
  return 'cm-health cm-target-other';
}

/** A circle for healthy and initial targets, a diamond for the others, centred on the block's corner. */
function targetMarkPath(state: TargetHealthState | undefined, cell: number): string {
  if (state === undefined) return '';
  const r = Math.max(3.5, cell / 5);
  const [x, y] = [cell, cell];
  if (state === 'healthy' || state === 'initial') {
    return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  }
  return `M${x},${y - r}L${x + r},${y}L${x},${y + r}L${x - r},${y}Z`;
}

const STRIPE = 6;

/** The id of the striped fill for pending blocks of palette colour `index`. */
export const pendingPatternId = (prefix: string, index: number) =>
  `${prefix}-pending-${index % PALETTE.length}`;

/** Appends the striped patterns pending blocks use (one per palette colour) to an SVG `<defs>`. */
export function appendBlockPatterns(
  defs: Selection<SVGDefsElement, unknown, null, undefined>,
  prefix: string,
): void {
  PALETTE.forEach((colour, i) => {
    const p = defs
      .append('pattern')
      .attr('id', pendingPatternId(prefix, i))
      .attr('width', STRIPE)
      .attr('height', STRIPE)
      .attr('patternUnits', 'userSpaceOnUse')
      .attr('patternTransform', 'rotate(45)');
    p.append('rect').attr('width', STRIPE).attr('height', STRIPE).style('fill', THEME.surface);
    p.append('rect')
      .attr('width', STRIPE / 2)
      .attr('height', STRIPE)
      .style('fill', colour);
  });
}

/**
 * Builds the parts of a task block inside each `<g>`: focus/selection ring, body, letter, the corner notch of
 * an old deployment's task and the target health mark.
 */
export function appendBlockParts<D>(g: Selection<SVGGElement, D, BaseType, unknown>): void {
  g.append('rect').attr('class', 'cm-ring');
  g.append('rect').attr('class', 'cm-body');
  g.append('text').attr('class', 'cm-letter');
  g.append('path').attr('class', 'cm-old');
  g.append('path').attr('class', 'cm-health');
}

/**
 * Draws the "S" tag of Fargate Spot tasks: a small square with an S, tucked into the block's top-right corner
 * (the old-deployment notch takes the top-left, the target mark the bottom-right). Created only on blocks that
 * need it, so other blocks carry no extra nodes.
 */
function paintSpotTags<D>(
  g: Selection<SVGGElement, D, BaseType, unknown>,
  cell: number,
  look: (d: D) => BlockLook,
): void {
  const side = Math.max(9, cell * 0.5);
  g.selectAll<SVGGElement, true>('.cm-spot')
    .data((d) => (look(d).spot === 'fargate' ? [true] : []))
    .join((enter) => {
      const tag = enter.append('g').attr('class', 'cm-spot');
      tag.append('rect').attr('rx', 1.5);
      tag.append('text').text('S');
      return tag;
    })
    .attr('transform', `translate(${cell - side * 0.75},${-side * 0.25})`)
    .call((tag) => tag.select('rect').attr('width', side).attr('height', side))
    .call((tag) =>
      tag
        .select('text')
        .attr('x', side / 2)
        .attr('y', side / 2),
    );
}

/**
 * Paints task blocks of side `cell` px: palette colour plus letter for the group; solid, striped or pale for the
 * phase, with a solid, dashed or dotted edge — so neither group nor phase relies on colour alone.
 */
export function paintBlocks<D>(
  g: Selection<SVGGElement, D, BaseType, unknown>,
  cell: number,
  prefix: string,
  look: (d: D) => BlockLook,
): void {
  const ring = 3;
  g.attr('class', (d) => `cm-task cm-${look(d).phase}${look(d).selected ? ' cm-selected' : ''}`);
  g.select('.cm-ring')
    .attr('x', -ring)
    .attr('y', -ring)
    .attr('width', cell + 2 * ring)
    .attr('height', cell + 2 * ring)
    .attr('rx', 5);
  g.select('.cm-body')
    .attr('width', cell)
    .attr('height', cell)
    .attr('rx', 3)
    .style('fill', (d) => {
      const { phase, categoryIndex } = look(d);
      return phase === 'pending'
        ? `url(#${pendingPatternId(prefix, categoryIndex)})`
        : paletteColour(categoryIndex);
    });
  g.select('.cm-letter')
    .attr('x', cell / 2)
    .attr('y', cell / 2)
    .style('fill', (d) => (look(d).phase === 'running' ? inkOn(paletteColour(look(d).categoryIndex)) : null))
    .text((d) => look(d).letter);
  const notch = cell * 0.45;
  g.select('.cm-old').attr('d', (d) => (look(d).deployment === 'old' ? `M0,0h${notch}L0,${notch}Z` : ''));
  g.select('.cm-health')
    .attr('class', (d) => targetMarkClass(look(d).target))
    .attr('d', (d) => targetMarkPath(look(d).target, cell));
  paintSpotTags(g, cell, look);
}
