import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

const OUTPUT = join(__dirname, '__output__');

/**
 * Makes SVG markup comparable across runs: numbers rounded to 3 decimals, ids renumbered in order of
 * appearance (with every reference to them), one tag per line.
 */
export function normaliseSvg(markup: string): string {
  const ids = [...markup.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]!);
  let out = markup.replace(/-?\d+\.\d{4,}/g, (n) => String(+Number(n).toFixed(3)));
  ids.forEach((id, i) => {
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(["#])${escaped}(?=["')&])`, 'g'), `$1id${i}`);
  });
  return out.replace(/></g, '>\n<') + '\n';
}

/**
 * Compares `svg` (normalised) with test/viz/__output__/<name>.svg. The first run writes the file; a mismatch
 * writes <name>-changed.svg beside it to inspect, and fails.
 */
export function expectSvgSnapshot(name: string, svg: Element): void {
  mkdirSync(OUTPUT, { recursive: true });
  const actual = normaliseSvg(svg.outerHTML);
  const file = join(OUTPUT, `${name}.svg`);
  const changed = join(OUTPUT, `${name}-changed.svg`);
  if (!existsSync(file)) {
    writeFileSync(file, actual);
    return;
  }
  const expected = readFileSync(file, 'utf8');
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect(actual, `${name}.svg changed; see ${name}-changed.svg`).toBe(expected);
}
