import { dirname, posix } from 'node:path';
import ts from 'typescript';

/**
 * The layer rules of docs/ARCHITECTURE.md §2 as data, and a checker that reads one source file (its text and
 * its path relative to the repository root) and lists what it breaks. It reads the TypeScript syntax tree,
 * so imports, type-only imports, dynamic imports and `import.meta.glob` are told apart, and names that only
 * appear in comments or strings are never counted. The checker never touches the disk: the self-test feeds
 * it fake files.
 */

export type Layer = 'lib' | 'engine' | 'course' | 'app' | 'editor' | 'viz' | 'ui' | 'lessons' | 'main';

export interface Rule {
  /** layers this one may import (values and types) */
  readonly layers: ReadonlyArray<Layer>;
  /** layers this one may import only with `import type` */
  readonly typeOnlyLayers?: ReadonlyArray<Layer>;
  /** layers this one may load with `import.meta.glob` */
  readonly globLayers?: ReadonlyArray<Layer>;
  /** npm packages this layer may import (exact names, or prefixes ending in '/') */
  readonly packages: ReadonlyArray<string>;
}

const ALL_LAYERS: ReadonlyArray<Layer> = ['lib', 'engine', 'course', 'app', 'editor', 'viz', 'ui', 'lessons'];

export const rules: Readonly<Record<Layer, Rule>> = {
  lib: { layers: ['lib'], packages: [] },
  // pure TypeScript over lib: xstate's pure API (see ENGINE_XSTATE), ajv for the JSON Schemas, re2js for regexes
  engine: { layers: ['lib', 'engine'], packages: ['xstate', 'ajv', 're2js'] },
  // the loader globs lessons/ (the one way course reaches lessons)
  course: { layers: ['lib', 'engine', 'course'], globLayers: ['lessons'], packages: ['marked', 'dompurify'] },
  lessons: { layers: ['lib', 'engine', 'course', 'lessons'], packages: [] },
  // ajv validates saved data against its schemas; rune-based state (.svelte.ts) may use svelte's runtime helpers
  app: {
    layers: ['lib', 'engine', 'course', 'app'],
    packages: [
      'xstate',
      'ajv',
      '@jmespath-community/jmespath',
      'svelte',
      'svelte/reactivity',
      'yaml',
      'lz-string',
    ],
  },
  editor: { layers: ['lib', 'engine', 'editor'], packages: ['monaco-editor/', 'jsonc-parser'] },
  // d3 and engine types only: a chart draws a snapshot it is handed, it never reaches into the app
  viz: { layers: ['lib', 'viz'], typeOnlyLayers: ['engine'], packages: ['d3'] },
  // d3 lives in viz: components hand viz functions a DOM node
  ui: { layers: ['lib', 'engine', 'course', 'app', 'editor', 'viz', 'ui'], packages: ['svelte', 'svelte/'] },
  // src/main.ts and src/start.ts (main loads start after the shell has painted)
  main: { layers: [...ALL_LAYERS, 'main'], packages: ['svelte'] },
};

/** The engine's public file: every other layer imports the engine through it. */
export const ENGINE_ENTRY = 'src/engine/index.ts';
/** Its second public file, the schemas' hover text: apart so that only the lazy editor and console bundle it. */
export const ENGINE_DOCS_ENTRY = 'src/engine/docs.ts';

/** xstate's pure API, the only values the engine may import from xstate (no actors, no clocks). */
export const ENGINE_XSTATE: ReadonlySet<string> = new Set(['setup', 'transition', 'initialTransition']);

/** Globals the engine must not read: wall clock, randomness, timers, the DOM and other host APIs. */
const ENGINE_BANNED_GLOBALS: ReadonlySet<string> = new Set([
  'performance',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'clearTimeout',
  'clearInterval',
  'queueMicrotask',
  'requestAnimationFrame',
  'requestIdleCallback',
  'document',
  'window',
  'navigator',
  'localStorage',
  'sessionStorage',
  'globalThis',
  'fetch',
  'XMLHttpRequest',
  'crypto',
  'process',
]);
/** `Object.member` reads the engine must not make. */
const ENGINE_BANNED_MEMBERS: ReadonlySet<string> = new Set(['Math.random', 'Date.now']);

/** The layer a repository-relative path belongs to; undefined for anything outside the layered tree. */
export function layerOf(rel: string): Layer | undefined {
  if (/^src\/(main|start)(\.ts)?$/.test(rel)) return 'main';
  if (rel === 'lessons' || rel.startsWith('lessons/')) return 'lessons';
  const m = /^src\/([a-z]+)(\/|$)/.exec(rel);
  const name = m?.[1] as Layer | undefined;
  return name && name !== 'main' && ALL_LAYERS.includes(name) ? name : undefined;
}

function isEngineEntry(rel: string): boolean {
  return /^src\/engine(\/(index|docs|views)(\.ts|\.js)?)?$/.test(rel);
}

export interface ImportRef {
  readonly spec: string;
  readonly kind: 'static' | 'dynamic' | 'glob';
  /** the whole import is `import type` / `export type` */
  readonly typeOnly: boolean;
  /** value names taken from a named import (`import { a, type B }` → ['a']) */
  readonly names: ReadonlyArray<string>;
  /** `import * as x` or a default import: the names taken cannot be listed */
  readonly wholeModule: boolean;
  readonly line: number;
}

/** The script of a `.svelte` file (instance and module scripts), else the text itself. */
function scriptOf(rel: string, source: string): string {
  if (!rel.endsWith('.svelte')) return source;
  return [...source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
}

function parse(rel: string, source: string): ts.SourceFile {
  return ts.createSourceFile(rel, scriptOf(rel, source), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
}

function lineOf(file: ts.SourceFile, node: ts.Node): number {
  return file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
}

function clauseRef(decl: ts.ImportDeclaration): Pick<ImportRef, 'typeOnly' | 'names' | 'wholeModule'> {
  const clause = decl.importClause;
  if (!clause) return { typeOnly: false, names: [], wholeModule: true }; // `import './x'` runs the module
  const typeOnly = clause.isTypeOnly;
  const bindings = clause.namedBindings;
  if (bindings && ts.isNamedImports(bindings)) {
    const names = bindings.elements
      .filter((e) => !typeOnly && !e.isTypeOnly)
      .map((e) => (e.propertyName ?? e.name).text);
    return {
      typeOnly: typeOnly || (names.length === 0 && !clause.name),
      names,
      wholeModule: Boolean(clause.name),
    };
  }
  return { typeOnly, names: [], wholeModule: true };
}

/** Every import of a file: static imports and re-exports, `import('…')`, and `import.meta.glob('…')`. */
export function importsOf(rel: string, source: string): ImportRef[] {
  return importsIn(parse(rel, source));
}

function importsIn(file: ts.SourceFile): ImportRef[] {
  const refs: ImportRef[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      refs.push({
        spec: node.moduleSpecifier.text,
        kind: 'static',
        ...clauseRef(node),
        line: lineOf(file, node),
      });
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause : undefined;
      const names = named?.elements
        .filter((e) => !node.isTypeOnly && !e.isTypeOnly)
        .map((e) => (e.propertyName ?? e.name).text);
      refs.push({
        spec: node.moduleSpecifier.text,
        kind: 'static',
        typeOnly: node.isTypeOnly || names?.length === 0,
        names: names ?? [],
        wholeModule: !named,
        line: lineOf(file, node),
      });
    } else if (ts.isCallExpression(node)) {
      const [first] = node.arguments;
      const isDynamic = node.expression.kind === ts.SyntaxKind.ImportKeyword;
      const isGlob = node.expression.getText(file) === 'import.meta.glob';
      const specs = !first
        ? []
        : ts.isStringLiteralLike(first)
          ? [first.text]
          : ts.isArrayLiteralExpression(first)
            ? first.elements.filter(ts.isStringLiteralLike).map((e) => e.text)
            : [];
      if (isDynamic || isGlob) {
        for (const spec of specs) {
          refs.push({
            spec,
            kind: isGlob ? 'glob' : 'dynamic',
            typeOnly: false,
            names: [],
            wholeModule: true,
            line: lineOf(file, node),
          });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return refs;
}

function packageAllowed(spec: string, allowed: ReadonlyArray<string>): boolean {
  if (spec.startsWith('node:')) return false;
  return allowed.some((p) => (p.endsWith('/') ? spec.startsWith(p) : spec === p));
}

/** `import.meta.glob` patterns are root-relative (`/lessons/*`); other specifiers are file-relative. */
function targetOf(rel: string, ref: ImportRef): string {
  const spec = ref.spec.replace(/\?.*$/, '');
  return spec.startsWith('/') ? posix.normalize(spec.slice(1)) : posix.join(dirname(rel), spec);
}

function importViolations(rel: string, layer: Layer, ref: ImportRef): string[] {
  const rule = rules[layer];
  const where = `${rel}:${ref.line} imports '${ref.spec}'`;
  if (!ref.spec.startsWith('.') && !ref.spec.startsWith('/')) {
    if (!packageAllowed(ref.spec, rule.packages)) return [`${where}: package not allowed in ${layer}`];
    if (layer === 'engine' && ref.spec === 'xstate' && !ref.typeOnly) {
      if (ref.wholeModule) return [`${where}: the engine names what it takes from xstate`];
      const impure = ref.names.filter((n) => !ENGINE_XSTATE.has(n));
      if (impure.length > 0) return [`${where}: ${impure.join(', ')} is not xstate's pure API`];
    }
    if (layer === 'viz' && /(^|\/)model\.ts$/.test(rel) && !ref.typeOnly) {
      return [`${where}: a viz model.ts is pure (snapshot → view model), d3 belongs in render code`];
    }
    return [];
  }
  const target = targetOf(rel, ref);
  const targetLayer = layerOf(target);
  if (!targetLayer) return [`${where}: outside the layered tree`];
  const found: string[] = [];
  const allowed =
    ref.kind === 'glob'
      ? rule.globLayers?.includes(targetLayer) || rule.layers.includes(targetLayer)
      : rule.layers.includes(targetLayer) || (ref.typeOnly && rule.typeOnlyLayers?.includes(targetLayer));
  if (!allowed) {
    const typeOnlyWouldDo = rule.typeOnlyLayers?.includes(targetLayer) ? ' (except with `import type`)' : '';
    found.push(`${where}: ${layer} may not import ${targetLayer}${typeOnlyWouldDo}`);
  }
  if (targetLayer === 'engine' && layer !== 'engine' && !isEngineEntry(target)) {
    found.push(`${where}: only ${ENGINE_ENTRY} (and ${ENGINE_DOCS_ENTRY}) are public`);
  }
  return found;
}

/** Reads of the wall clock, randomness, timers, the DOM or host APIs, named as written. */
function engineGlobalViolations(rel: string, file: ts.SourceFile): string[] {
  const found: string[] = [];
  const report = (node: ts.Node, what: string) =>
    found.push(`${rel}:${lineOf(file, node)} uses ${what}: the engine is pure and deterministic`);
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      const member = `${node.expression.text}.${node.name.text}`;
      if (ENGINE_BANNED_MEMBERS.has(member)) report(node, member);
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'Date' &&
      (node.arguments?.length ?? 0) === 0
    ) {
      report(node, ts.isNewExpression(node) ? 'new Date()' : 'Date()');
    } else if (ts.isIdentifier(node) && ENGINE_BANNED_GLOBALS.has(node.text) && isFreeReference(node)) {
      report(node, node.text);
    } else if (ts.isIdentifier(node) && node.text === 'createActor' && isFreeReference(node)) {
      report(node, 'createActor');
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** An identifier that names a global (not a member name, a declared name, a key or an import binding). */
function isFreeReference(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent) && parent.name === node) return false;
  if (ts.isPropertyAssignment(parent) && parent.name === node) return false;
  if (ts.isImportSpecifier(parent) || ts.isImportClause(parent) || ts.isExportSpecifier(parent)) return false;
  if (ts.isQualifiedName(parent) && parent.right === node) return false;
  const declaration = parent as ts.Node & { name?: ts.Node };
  if (declaration.name === node && !ts.isShorthandPropertyAssignment(parent)) return false;
  return true;
}

/** Everything `rel` (a repository-relative path) breaks, given its text. */
export function checkFile(rel: string, source: string): string[] {
  const layer = layerOf(rel);
  if (!layer) return [`${rel}: in no layer (add its folder to test/architecture/layerRules.ts)`];
  const file = parse(rel, source);
  const found = importsIn(file).flatMap((ref) => importViolations(rel, layer, ref));
  if (layer === 'engine') found.push(...engineGlobalViolations(rel, file));
  return found;
}
