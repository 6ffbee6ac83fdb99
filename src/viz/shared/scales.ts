import { scaleLinear, type ScaleLinear } from 'd3';

/** Root font size used when the document cannot report one (jsdom, detached nodes). */
export const DEFAULT_REM_PX = 16;

/**
 * The root font size of `doc` in px, so charts laid out in rem grow with the presenter-mode scale
 * (theme.css sets `font-size` on :root). Falls back to 16 px when the document has no computed style.
 */
export function remPx(doc: Document): number {
  const size = Number.parseFloat(doc.defaultView?.getComputedStyle?.(doc.documentElement).fontSize ?? '');
  return Number.isFinite(size) && size > 0 ? size : DEFAULT_REM_PX;
}

/**
 * A scale from an amount of a resource (0…total) to a bar length (0…length), clamped so an over-committed
 * figure never draws past the bar. A total of 0 maps everything to 0.
 */
export function fractionScale(total: number, length: number): ScaleLinear<number, number> {
  return scaleLinear()
    .domain([0, Math.max(total, 1)])
    .range([0, total > 0 ? length : 0])
    .clamp(true);
}

/** About how many characters of text at `fontPx` fit in `widthPx` (an average glyph is ~0.55 em wide). */
export const charsThatFit = (widthPx: number, fontPx: number): number =>
  Math.max(1, Math.floor(widthPx / (0.55 * fontPx)));

/** `text` cut to `max` characters with an ellipsis (the full text stays in the tooltip). */
export const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;
