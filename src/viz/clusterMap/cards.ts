import { range } from 'd3';
import { charsThatFit, clip, barFill } from '../shared/scales';
import type { Joined } from '../shared/join';
import { animate } from '../shared/transition';
import { SIZES, type PlacedCard } from './layout';
import type { Usage } from './types';

/** ENI slots drawn as squares up to this many; beyond it the count alone tells the story. */
const MAX_ENI_SQUARES = 12;

const BARS = [
  { cls: 'cm-cpu', label: 'CPU', pick: (c: PlacedCard) => c.view.cpu },
  { cls: 'cm-mem', label: 'Mem', pick: (c: PlacedCard) => c.view.memory },
] as const;

/** Builds the parts of an instance card inside each entering `<g>`. */
export function buildCards(g: Joined<PlacedCard>): void {
  g.append('rect').attr('class', 'cm-card-frame').attr('rx', 6);
  for (const cls of ['cm-title', 'cm-status', 'cm-note', 'cm-ports']) g.append('text').attr('class', cls);
  const match = g.append('g').attr('class', 'cm-match');
  match.append('rect').attr('rx', 4);
  match.append('text').text('✓ match');
  for (const bar of BARS) {
    const b = g.append('g').attr('class', `cm-bar ${bar.cls}`);
    b.append('text').attr('class', 'cm-bar-label').text(bar.label);
    b.append('rect').attr('class', 'cm-track');
    b.append('rect').attr('class', 'cm-used');
    b.append('text').attr('class', 'cm-value');
  }
  const eni = g.append('g').attr('class', 'cm-eni');
  eni.append('text').attr('class', 'cm-eni-label');
  eni.append('g').attr('class', 'cm-eni-slots');
}

/** The text that stands for what a card shows, so unchanged cards can be skipped. */
export const cardLook = (c: PlacedCard, rem: number): string => {
  const v = c.view;
  return [rem, c.w, c.h, v.title, v.condition, v.statusText, v.highlighted, v.ports.join(), usageText(v.cpu)]
    .concat([usageText(v.memory), usageText(v.eni), v.spot ? 'spot' : '', v.capacityProvider ?? ''])
    .join('|');
};

/** Widths in rem of the badges on a card's top edge: "✓ match" on the right, "Spot" and "CP <name>" on the left. */
const MATCH_BADGE = 4.5;
const SPOT_BADGE = 2.75;
const BADGE_GAP = 0.25;
const BADGE_PAD = 0.3;
const BADGE_FONT = 0.7;

interface Badge {
  readonly cls: string;
  readonly text: string;
  /** left edge and width, in rem from the card's inner left edge */
  readonly x: number;
  readonly w: number;
}

/**
 * The capacity badges of a card, left to right: "Spot" for a Spot Instance, then "CP <name>" for its capacity
 * provider, clipped to the room left of the match badge (the full name is in the tooltip).
 */
function badgesOf(c: PlacedCard, rem: number): Badge[] {
  const v = c.view;
  const badges: Badge[] = v.spot ? [{ cls: 'cm-spot-badge', text: 'Spot', x: 0, w: SPOT_BADGE }] : [];
  if (v.capacityProvider === undefined) return badges;
  const x = v.spot ? SPOT_BADGE + BADGE_GAP : 0;
  const room = c.w / rem - 2 * SIZES.cardPad - x - (v.highlighted ? MATCH_BADGE + BADGE_GAP : 0);
  const text = clip(`CP ${v.capacityProvider}`, charsThatFit(room - 2 * BADGE_PAD, BADGE_FONT));
  const w = Math.min(room, text.length * 0.55 * BADGE_FONT + 2 * BADGE_PAD);
  return [...badges, { cls: 'cm-cp-badge', text, x, w }];
}

const usageText = (u: Usage | undefined) => (u ? `${u.used}/${u.total}` : '–');

/** Draws instance cards: frame, badges, title, status, CPU and memory bars, static ports, ENI slots. */
export function paintCards(g: Joined<PlacedCard>, rem: number, duration: number): void {
  const s = (v: number) => v * rem;
  const pad = s(SIZES.cardPad);
  const lineY = (i: number) => pad + s(SIZES.line) * (i + 0.5);
  const innerOf = (c: PlacedCard) => c.w - 2 * pad;
  const fits = (c: PlacedCard, fontRem: number) => charsThatFit(innerOf(c), fontRem * rem);

  g.attr('class', (c) => `cm-card cm-${c.view.condition}${c.view.highlighted ? ' cm-highlighted' : ''}`);
  g.select('.cm-card-frame')
    .attr('width', (c) => c.w)
    .attr('height', (c) => c.h);
  g.select('.cm-title')
    .attr('x', pad)
    .attr('y', lineY(0))
    .text((c) => clip(c.view.title, fits(c, 0.875)));
  // the badges sit on the card's top edge, clear of the title
  const badgeW = s(MATCH_BADGE);
  const badge = g.select('.cm-match').attr('transform', (c) => `translate(${c.w - pad - badgeW},0)`);
  badge.select('rect').attr('y', -s(0.55)).attr('width', badgeW).attr('height', s(1.1));
  badge
    .select('text')
    .attr('x', badgeW / 2)
    .attr('y', 0);
  g.selectAll<SVGGElement, Badge>('.cm-badge')
    .data((c) => badgesOf(c, rem))
    .join((enter) => {
      const b = enter.append('g');
      b.append('rect').attr('rx', 4);
      b.append('text');
      return b;
    })
    .attr('class', (b) => `cm-badge ${b.cls}`)
    .attr('transform', (b) => `translate(${pad + s(b.x)},0)`)
    .call((b) =>
      b
        .select('rect')
        .attr('y', -s(0.55))
        .attr('width', (d) => s(d.w))
        .attr('height', s(1.1)),
    )
    .call((b) =>
      b
        .select('text')
        .attr('x', (d) => s(d.w) / 2)
        .attr('y', 0)
        .text((d) => d.text),
    );
  g.select('.cm-status')
    .attr('x', pad)
    .attr('y', lineY(1))
    .text((c) => clip(c.view.statusText, fits(c, 0.8)));
  g.select('.cm-note')
    .attr('x', pad)
    .attr('y', lineY(2.5))
    .text((c) => (c.view.cpu ? '' : 'No resources registered yet'));

  // narrow enough that a shrunken card (three AZs side by side) still has a bar to fill
  const labelW = s(2.5);
  const valueW = s(4.25);
  BARS.forEach((bar, i) => {
    const b = g.select(`.${bar.cls}`).attr('transform', `translate(${pad},${lineY(2 + i)})`);
    b.attr('display', (c) => (bar.pick(c) ? null : 'none'));
    const barW = (c: PlacedCard) => innerOf(c) - labelW - valueW;
    const barH = s(0.75);
    b.select('.cm-track')
      .attr('x', labelW)
      .attr('y', -barH / 2)
      .attr('width', barW)
      .attr('height', barH);
    b.select('.cm-value')
      .attr('x', (c) => innerOf(c))
      .text((c) => usageText(bar.pick(c)));
    const used = b
      .select<SVGRectElement>('.cm-used')
      .attr('x', labelW)
      .attr('y', -barH / 2)
      .attr('height', barH);
    animate(used, duration, (attr) =>
      attr('width', (c) => {
        const u = bar.pick(c);
        return u ? barFill(u.used, u.total, barW(c)) : 0;
      }),
    );
  });

  g.select('.cm-ports')
    .attr('x', pad)
    .attr('y', lineY(4))
    .text((c) => clip(`Ports ${c.view.cpu ? c.view.ports.join(', ') || 'none' : '–'}`, fits(c, 0.8)));

  const eni = g.select('.cm-eni').attr('transform', `translate(${pad},${lineY(5)})`);
  eni.select('.cm-eni-label').text((c) => `ENI ${usageText(c.view.eni)}`);
  const side = s(0.6);
  eni
    .select('.cm-eni-slots')
    .attr('transform', `translate(${labelW + s(2)},${-side / 2})`)
    .selectAll('rect')
    .data((c) => {
      const u = c.view.eni;
      return u && u.total <= MAX_ENI_SQUARES ? range(u.total).map((k) => k < u.used) : [];
    })
    .join('rect')
    .attr('class', (on) => `cm-eni-slot${on ? ' cm-on' : ''}`)
    .attr('x', (_, k) => k * side * 1.5)
    .attr('width', side)
    .attr('height', side);
}
