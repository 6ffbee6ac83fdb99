/** The sizes, in rem, a legend is laid out with. */
export interface LegendSizes {
  readonly swatch: number;
  readonly font: number;
  readonly legendRow: number;
}

/**
 * Lays legend items out left to right in rows that fit `width`, starting a new row when the next item would
 * overflow. Text widths are estimated from the font size (no layout is read); `gap` (rem) separates items.
 */
export function layoutLegendRows<T extends { readonly text: string }>(
  items: ReadonlyArray<T>,
  x0: number,
  width: number,
  top: number,
  rem: number,
  sizes: LegendSizes,
  gap: number,
): Array<T & { readonly x: number; readonly y: number }> {
  const placed: Array<T & { readonly x: number; readonly y: number }> = [];
  let x = x0;
  let y = top;
  for (const item of items) {
    const w = (sizes.swatch + 0.5) * rem + item.text.length * 0.55 * sizes.font * rem + gap * rem;
    if (x > x0 && x + w > width) {
      x = x0;
      y += sizes.legendRow * rem;
    }
    placed.push({ ...item, x, y });
    x += w;
  }
  return placed;
}
