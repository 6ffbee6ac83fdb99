/**
 * Colours and CSS hooks shared by every chart. Categorical colours come from the Okabe–Ito palette, which stays
 * distinguishable for the common forms of colour blindness; charts still pair every colour with a letter or a
 * pattern so colour is never the only cue.
 */
export const PALETTE: ReadonlyArray<string> = [
  '#E69F00', // orange
  '#56B4E9', // sky blue
  '#009E73', // bluish green
  '#F0E442', // yellow
  '#0072B2', // blue
  '#D55E00', // vermillion
  '#CC79A7', // reddish purple
  '#000000', // black
];

/** The theme variables from src/ui/theme.css, with fallbacks so a chart still reads without that sheet. */
export const THEME = {
  ink: 'var(--ink, #17202b)',
  inkMuted: 'var(--ink-muted, #4a5565)',
  line: 'var(--line, #c9d1db)',
  accent: 'var(--accent, #0b5cad)',
  focus: 'var(--focus, #ff9f1a)',
  ok: 'var(--ok, #1d6b32)',
  bad: 'var(--bad, #a3231b)',
  warn: 'var(--warn, #8a5a00)',
  surface: 'var(--surface, #ffffff)',
  font: 'var(--font, system-ui, sans-serif)',
} as const;

/** The palette colour for a category index (cycles; the letter keeps repeated colours apart). */
export const paletteColour = (index: number): string => PALETTE[index % PALETTE.length]!;

/** A short label for a category index: A…Z, then AA, AB… (shown on the mark and in the legend). */
export function categoryLetter(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : categoryLetter(Math.floor(index / 26) - 1) + letter;
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG contrast ratio between two #rrggbb colours (1…21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white, whichever reads better on `background` (for labels drawn on palette colours). */
export const inkOn = (background: string): string =>
  contrastRatio(background, '#000000') >= contrastRatio(background, '#ffffff') ? '#000000' : '#ffffff';
