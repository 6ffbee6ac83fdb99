import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';

/**
 * Enforces docs/ARCHITECTURE.md §2: which layer may import which. Each source file's imports are read as text
 * (static, side-effect and dynamic forms) and resolved to a layer or a package name.
 */
const root = resolve(__dirname, '../..');

type Layer = 'lib' | 'engine' | 'course' | 'app' | 'editor' | 'viz' | 'ui' | 'lessons' | 'main';

interface Rule {
  /** layers this one may import (values) */
  layers: ReadonlyArray<Layer>;
  /** npm packages this layer may import (exact names or prefixes ending in '/') */
  packages: ReadonlyArray<string>;
  /** layers this one may import only with `import type` */
  typeOnlyLayers?: ReadonlyArray<Layer>;
  /** when importing the engine, only these files are allowed (relative to src/engine) */
  enginePublicOnly?: boolean;
}

const rules: Record<Exclude<Layer, 'main'>, Rule> = {
  lib: { layers: ['lib'], packages: [] },
  // the engine: pure TypeScript over lib; xstate's pure API, ajv for the shared JSON Schemas, re2js for regexes
  engine: { layers: ['lib', 'engine'], packages: ['xstate', 'ajv', 're2js'] },
  course: { layers: ['lib', 'engine', 'course'], packages: ['marked', 'dompurify'], enginePublicOnly: true },
  lessons: { layers: ['lib', 'engine', 'course', 'lessons'], packages: [], enginePublicOnly: true },
  app: { layers: ['lib', 'engine', 'course', 'app'], packages: ['xstate', 'lz-string'] },
  editor: { layers: ['lib', 'engine', 'editor'], packages: ['monaco-editor/'] },
  viz: { layers: ['lib', 'viz'], packages: ['d3', 'd3-'], typeOnlyLayers: ['engine', 'app'] },
  ui: {
    layers: ['lib', 'engine', 'course', 'app', 'editor', 'viz', 'ui'],
    packages: ['svelte', 'svelte/', 'marked', 'dompurify', 'd3', 'lz-string'],
  },
};

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else if (/\.(ts|svelte)$/.test(name)) out.push(full);
  }
  return out;
}

function layerOf(file: string): Layer | undefined {
  const rel = relative(root, file).replaceAll('\\', '/');
  if (rel === 'src/main.ts') return 'main';
  if (rel.startsWith('lessons/')) return 'lessons';
  const m = /^src\/([a-z]+)\//.exec(rel);
  return m ? (m[1] as Layer) : undefined;
}

interface ImportRef {
  spec: string;
  typeOnly: boolean;
}

function importsOf(source: string): ImportRef[] {
  const refs: ImportRef[] = [];
  const staticRe = /^\s*(import|export)\s+(type\s+)?[^'"`;]*?from\s+['"]([^'"]+)['"]/gm;
  const bareRe = /^\s*import\s+['"]([^'"]+)['"]/gm;
  const dynamicRe = /import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const m of source.matchAll(staticRe)) refs.push({ spec: m[3]!, typeOnly: Boolean(m[2]) });
  for (const m of source.matchAll(bareRe)) refs.push({ spec: m[1]!, typeOnly: false });
  for (const m of source.matchAll(dynamicRe)) refs.push({ spec: m[1]!, typeOnly: false });
  return refs;
}

function packageAllowed(spec: string, allowed: ReadonlyArray<string>): boolean {
  if (spec.startsWith('node:')) return false;
  return allowed.some((p) => (p.endsWith('/') || p.endsWith('-') ? spec.startsWith(p) : spec === p));
}

const files = [...walk(join(root, 'src')), ...walk(join(root, 'lessons'))];

function violations(): string[] {
  const found: string[] = [];
  for (const file of files) {
    const layer = layerOf(file);
    if (!layer || layer === 'main') continue;
    const rule = rules[layer];
    const source = readFileSync(file, 'utf8');
    for (const { spec, typeOnly } of importsOf(source)) {
      const where = `${relative(root, file)} imports '${spec}'`;
      if (!spec.startsWith('.')) {
        if (!packageAllowed(spec, rule.packages)) found.push(`${where}: package not allowed in ${layer}`);
        continue;
      }
      const target = resolve(dirname(file), spec);
      const targetLayer = layerOf(
        target.endsWith('.ts') || target.endsWith('.svelte') ? target : `${target}.ts`,
      );
      if (!targetLayer) {
        found.push(`${where}: outside the layered tree`);
        continue;
      }
      if (targetLayer === 'ui' && layer !== 'ui') found.push(`${where}: nothing but main.ts imports ui`);
      const typeOnlyOk = typeOnly && rule.typeOnlyLayers?.includes(targetLayer);
      if (!rule.layers.includes(targetLayer) && !typeOnlyOk) {
        found.push(`${where}: ${layer} may not import ${targetLayer}`);
      }
      if (rule.enginePublicOnly && targetLayer === 'engine') {
        const relTarget = relative(join(root, 'src/engine'), target).replaceAll('\\', '/');
        if (!/^index(\.ts)?$/.test(relTarget)) found.push(`${where}: only src/engine/index.ts is public`);
      }
    }
  }
  return found;
}

describe('architecture: layer dependency rules (docs/ARCHITECTURE.md §2)', () => {
  it('finds source files to check', () => {
    expect(files.some((f) => layerOf(f) === 'engine')).toBe(true);
  });

  it('no layer imports what docs/ARCHITECTURE.md forbids', () => {
    expect(violations()).toEqual([]);
  });

  it('the engine uses no wall clock, timers, DOM or Math.random', () => {
    const banned =
      /\bMath\.random\b|\bDate\.now\b|new Date\(\s*\)|\bsetTimeout\b|\bsetInterval\b|\bdocument\.|\bwindow\./;
    const offenders = files
      .filter((f) => layerOf(f) === 'engine')
      .filter((f) => banned.test(readFileSync(f, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '')))
      .map((f) => relative(root, f));
    expect(offenders).toEqual([]);
  });

  it('detects a forbidden import (the checker itself works)', () => {
    const refs = importsOf(
      `import * as d3 from 'd3';\nimport type { X } from '../engine/model';\nconst m = import('monaco-editor/editor');`,
    );
    expect(refs).toEqual([
      { spec: 'd3', typeOnly: false },
      { spec: '../engine/model', typeOnly: true },
      { spec: 'monaco-editor/editor', typeOnly: false },
    ]);
    expect(packageAllowed('d3', rules.engine.packages)).toBe(false);
    expect(packageAllowed('svelte', rules.engine.packages)).toBe(false);
    expect(packageAllowed('xstate', rules.engine.packages)).toBe(true);
  });
});
