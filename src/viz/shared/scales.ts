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
 * The length of the part of a bar (0…length) that `amount` of a resource (0…total) fills, clamped so an
 * over-committed figure never draws past the bar. A total of 0 fills nothing. (Plain arithmetic rather than a d3
 * scale: d3-scale brings d3-interpolate and d3-color, about 6 KB the first page does not otherwise need.)
 */
export function barFill(amount: number, total: number, length: number): number {
  if (total <= 0) return 0;
  return Math.min(length, Math.max(0, (amount / total) * length));
}

/** About how many characters of text at `fontPx` fit in `widthPx` (an average glyph is ~0.55 em wide). */
export const charsThatFit = (widthPx: number, fontPx: number): number =>
  Math.max(1, Math.floor(widthPx / (0.55 * fontPx)));

/** `text` cut to `max` characters with an ellipsis (the full text stays in the tooltip). */
export const clip = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;
