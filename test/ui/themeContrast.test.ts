import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/viz/shared/theme';

/**
 * Every text colour of every theme in src/ui/theme.css against every background it can sit on, computed from the
 * stylesheet itself: WCAG AA (4.5:1) for light and dark, AAA (7:1) for high contrast.
 */

// read as text: vitest does not load stylesheets (the tests run from the repository's root)
const css = readFileSync('src/ui/theme.css', 'utf8');

/** The declarations of the first rule whose selector is exactly `selector`. */
function block(selector: string): string {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`theme.css has no rule for ${selector}`);
  return css.slice(start, css.indexOf('}', start));
}

/** Token name → value, `light-dark(a, b)` taken as its `side`. */
function tokens(selector: string, side: 0 | 1): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name, value] of block(selector).matchAll(/--([\w-]+):\s*([^;]+);/g)) {
    const pair = /^light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)$/i.exec(value!);
    found.set(name!, pair ? pair[side + 1]! : value!.trim());
  }
  return found;
}

const light = tokens(':root', 0);
const dark = tokens(':root', 1);
const contrast = new Map([...dark, ...tokens(":root[data-theme='contrast']", 0)]);

const TEXT = ['ink', 'ink-muted', 'accent', 'ok', 'bad', 'warn'];
const BACKGROUNDS = ['bg', 'surface', 'note-bg', 'info-bg', 'ok-bg', 'bad-bg', 'subtle-bg'];
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ...TEXT.flatMap((text) => BACKGROUNDS.map((background) => [text, background] as const)),
  ['accent-ink', 'accent'],
  ['top-ink', 'top-bg'],
  // the current mode's button in the top bar
  ['top-bg', 'top-ink'],
  // chart labels drawn on marks (src/viz/*/styles.ts)
  ['surface', 'accent'],
  ['surface', 'ink'],
  ['surface', 'warn'],
  ['surface', 'bad'],
  ...['code-ink', 'code-muted', 'code-accent', 'code-bad', 'code-warn'].map(
    (text) => [text, 'code-bg'] as const,
  ),
];

describe.each([
  ['light', light, 4.5],
  ['dark', dark, 4.5],
  ['high contrast', contrast, 7],
])('the %s theme', (_name, theme, minimum) => {
  it.each(PAIRS)(`--%s on --%s reads at ${minimum}:1 or more`, (text, background) => {
    const [fg, bg] = [theme.get(text), theme.get(background)];
    expect(fg, text).toMatch(/^#[0-9a-f]{6}$/i);
    expect(bg, background).toMatch(/^#[0-9a-f]{6}$/i);
    expect(contrastRatio(fg!, bg!)).toBeGreaterThanOrEqual(minimum);
  });
});
