import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (file: string) => gzipSync(readFileSync(file)).length;

/**
 * Sizes of the built app (run `npm run build` first): the Monaco chunks that load only when the editor opens, and
 * the whole build. What the first page loads is measured in a browser (firstPage.ts): index.html names only the
 * entry, which imports the rest.
 */
export function benchBundle(dist = 'dist'): { monacoKB: number; totalKB: number } {
  const assets = readdirSync(join(dist, 'assets'));
  // what opening the editor adds: Monaco's chunk and stylesheet, its two workers, the JSON mode, the icon font
  const monaco = assets.filter((a) =>
    /^(editor|editor\.worker|json\.worker|jsonMode|codicon)-.*\.(js|css|ttf)$/.test(a),
  );
  const total = assets.reduce((n, a) => n + statSync(join(dist, 'assets', a)).size, 0) / 1024;
  return {
    monacoKB: monaco.reduce((n, a) => n + gz(join(dist, 'assets', a)), 0) / 1024,
    totalKB: total,
  };
}
