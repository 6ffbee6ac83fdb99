import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (file: string) => gzipSync(readFileSync(file)).length;

/**
 * Sizes of the built app (run `npm run build` first): what the first page loads (the entry script, the
 * stylesheets and the modules it preloads, gzip) and the Monaco chunks that load only when the editor opens.
 */
export function benchBundle(dist = 'dist'): {
  firstPageJsKB: number;
  firstPageCssKB: number;
  monacoKB: number;
  totalKB: number;
} {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?(assets\/[^"]+)"/g)].map((m) => m[1]!);
  const js = refs.filter((r) => r.endsWith('.js'));
  const css = refs.filter((r) => r.endsWith('.css'));
  const assets = readdirSync(join(dist, 'assets'));
  // what opening the editor adds: Monaco's chunk and stylesheet, its two workers, the JSON mode, the icon font
  const monaco = assets.filter((a) =>
    /^(editor|editor\.worker|json\.worker|jsonMode|codicon)-.*\.(js|css|ttf)$/.test(a),
  );
  const sum = (files: string[]) => files.reduce((n, f) => n + gz(join(dist, f)), 0) / 1024;
  const total = assets.reduce((n, a) => n + statSync(join(dist, 'assets', a)).size, 0) / 1024;
  return {
    firstPageJsKB: sum(js),
    firstPageCssKB: sum(css),
    monacoKB: sum(monaco.map((a) => join('assets', a))),
    totalKB: total,
  };
}
