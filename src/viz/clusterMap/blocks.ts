import type { BaseType, Selection } from 'd3';
import { inkOn, paletteColour, PALETTE, THEME } from '../shared/theme';
import type { TaskPhase } from './types';

/** What a task block shows: its colour category, letter, phase and whether it is selected. */
export interface BlockLook {
  readonly categoryIndex: number;
  readonly letter: string;
  readonly phase: TaskPhase;
  readonly selected: boolean;
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

/** Builds the parts of a task block inside each `<g>`: focus/selection ring, body, letter. */
export function appendBlockParts<D>(g: Selection<SVGGElement, D, BaseType, unknown>): void {
  g.append('rect').attr('class', 'cm-ring');
  g.append('rect').attr('class', 'cm-body');
  g.append('text').attr('class', 'cm-letter');
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
}
