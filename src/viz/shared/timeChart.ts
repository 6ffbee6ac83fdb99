import { keyedJoin, type Joined, type Layer } from './join';

/** Pieces two time charts share (the rollout timeline, the scaling chart). */

export const translate = (x: number, y: number): string => `translate(${x},${y})`;

/** A numbered badge placed above a time chart's plot (a rollout step, a scaling activity). */
export interface PlacedPill {
  readonly key: string;
  readonly x: number;
  /** which row of badges it sits in, so close ones do not overlap */
  readonly row: number;
  readonly width: number;
  /** what the badge says, and the tooltip that explains it */
  readonly label: string;
  readonly title: string;
  /** its class, for its kind's look */
  readonly className: string;
}

/** Where badges go: the first row's centre, the distance between rows, the plot's bottom, the badge height. */
export interface PillGeometry {
  readonly top: number;
  readonly rowHeight: number;
  readonly plotBottom: number;
  readonly height: number;
}

/** Pill-shaped badges, each with a dashed line down to its moment on the plot and a title (keyed join). */
export function drawPills(
  layer: Layer,
  cls: string,
  pills: ReadonlyArray<PlacedPill>,
  geometry: PillGeometry,
  duration: number,
): void {
  const all = keyedJoin(layer, cls, pills, duration, (g) => {
    g.append('line');
    g.append('rect');
    g.append('text');
    g.append('title');
  }).all;
  const h = geometry.height;
  const y = (p: PlacedPill) => geometry.top + p.row * geometry.rowHeight;
  all.attr('class', (p) => `${cls} ${p.className}`).attr('transform', (p) => translate(p.x, y(p)));
  all
    .select('line')
    .attr('y1', h / 2)
    .attr('y2', (p) => geometry.plotBottom - y(p));
  all
    .select('rect')
    .attr('x', (p) => -p.width / 2)
    .attr('y', -h / 2)
    .attr('width', (p) => p.width)
    .attr('height', h)
    .attr('rx', h / 2);
  all.select('text').text((p) => p.label);
  all.select('title').text((p) => p.title);
}

/** Axis ticks: a `<g>` per tick holding a line and a text (with class `textClass`) saying the tick's text. */
export function joinTicks<T extends { readonly key: string; readonly text: string }>(
  layer: Layer,
  cls: string,
  textClass: string,
  ticks: ReadonlyArray<T>,
  duration: number,
): Joined<T> {
  const all = keyedJoin(layer, cls, ticks, duration, (g) => {
    g.append('line');
    g.append('text').attr('class', textClass);
  }).all;
  all.select('text').text((t) => t.text);
  return all;
}

/** The time axis's ticks under the plot: a short line down from `bottom` and the time below it. */
export function drawTimeTicks<T extends { readonly key: string; readonly text: string; readonly at: number }>(
  layer: Layer,
  cls: string,
  textClass: string,
  ticks: ReadonlyArray<T>,
  bottom: number,
  rem: number,
  duration: number,
): void {
  const all = joinTicks(layer, cls, textClass, ticks, duration);
  all
    .select('line')
    .attr('x1', (t) => t.at)
    .attr('x2', (t) => t.at)
    .attr('y1', bottom)
    .attr('y2', bottom + 0.3 * rem);
  all
    .select('text')
    .attr('x', (t) => t.at)
    .attr('y', bottom + 1.1 * rem);
}
