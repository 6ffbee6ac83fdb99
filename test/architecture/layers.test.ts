import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { checkFile, importsOf, layerOf } from './layerRules';

/** Enforces docs/ARCHITECTURE.md §2 (the rules live in ./layerRules.ts) on every file of src/ and lessons/. */
const root = resolve(__dirname, '../..');

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    // generated files (*.gen.js: ajv's standalone validators, git-ignored) are not written by hand
    else if (/\.(ts|js|svelte)$/.test(name) && !name.endsWith('.gen.js')) out.push(full);
  }
  return out;
}

const files = [...walk(join(root, 'src')), ...walk(join(root, 'lessons'))].map((f) =>
  relative(root, f).replaceAll('\\', '/'),
);

describe('architecture: layer rules (docs/ARCHITECTURE.md §2)', () => {
  it('finds source files in every layer', () => {
    const layers = new Set(files.map(layerOf));
    for (const layer of [
      'lib',
      'engine',
      'course',
      'app',
      'editor',
      'viz',
      'ui',
      'lessons',
      'main',
    ] as const) {
      expect(layers).toContain(layer);
    }
  });

  it('no file breaks a rule', () => {
    expect(files.flatMap((f) => checkFile(f, readFileSync(join(root, f), 'utf8')))).toEqual([]);
  }, 60_000); // parses every file: about a second on an idle machine, far more on a loaded one
});

/**
 * The checker itself: for each rule, a fake file (never written to disk) that breaks it must be reported, and
 * a near miss that keeps it must not, so a rule that silently stopped matching fails here.
 */
describe('architecture: the checker catches each kind of violation', () => {
  const violating: ReadonlyArray<[rule: string, file: string, source: string, reported: string]> = [
    // packages per layer
    [
      'the engine imports no UI package',
      'src/engine/x.ts',
      `import { mount } from 'svelte';`,
      'package not allowed in engine',
    ],
    [
      'the engine imports no Node built-in',
      'src/engine/x.ts',
      `import { readFileSync } from 'node:fs';`,
      'package not allowed',
    ],
    [
      'ui never imports d3 (d3 lives in viz)',
      'src/ui/Map.svelte',
      `<script lang="ts">\n  import * as d3 from 'd3';\n</script>`,
      `'d3': package not allowed in ui`,
    ],
    [
      'ui never imports a d3 module by path',
      'src/ui/x.ts',
      `import { select } from 'd3/dist/d3';`,
      'package not allowed in ui',
    ],
    [
      'the editor imports no d3',
      'src/editor/x.ts',
      `import { select } from 'd3';`,
      'package not allowed in editor',
    ],
    [
      'app imports no d3',
      'src/app/x.svelte.ts',
      `import { select } from 'd3';`,
      'package not allowed in app',
    ],
    [
      'app imports no svelte component helpers',
      'src/app/x.ts',
      `import { fade } from 'svelte/transition';`,
      'package not allowed in app',
    ],
    [
      'lessons import no packages',
      'lessons/01-x/scenario.ts',
      `import { marked } from 'marked';`,
      'package not allowed in lessons',
    ],
    // layer to layer
    [
      'the engine imports only lib and itself',
      'src/engine/x.ts',
      `import { session } from '../app/session.svelte';`,
      'engine may not import app',
    ],
    [
      'lib imports nothing',
      'src/lib/x.ts',
      `import type { SimState } from '../engine/index';`,
      'lib may not import engine',
    ],
    [
      'course does not import app',
      'src/course/x.ts',
      `import { drafts } from '../app/drafts';`,
      'course may not import app',
    ],
    [
      'lessons do not import app',
      'lessons/01-x/goals.ts',
      `import { session } from '../../src/app/session.svelte';`,
      'lessons may not import app',
    ],
    [
      'the editor does not import app',
      'src/editor/x.ts',
      `import { x } from '../app/drafts';`,
      'editor may not import app',
    ],
    [
      'viz never imports app, not even types',
      'src/viz/x/render.ts',
      `import type { Session } from '../../app/session.svelte';`,
      'viz may not import app',
    ],
    [
      'viz imports engine types only',
      'src/viz/x/render.ts',
      `import { createSimulation } from '../../engine/index';`,
      'viz may not import engine (except with `import type`)',
    ],
    [
      'viz imports engine types only, also in re-exports',
      'src/viz/x/render.ts',
      `export { narrate } from '../../engine/index';`,
      'viz may not import engine',
    ],
    [
      'nothing but main.ts imports ui',
      'src/app/x.ts',
      `import App from '../ui/App.svelte';`,
      'app may not import ui',
    ],
    [
      'nothing but main.ts imports ui, also lazily',
      'src/editor/x.ts',
      `const m = () => import('../ui/Panel.svelte');`,
      'editor may not import ui',
    ],
    [
      'nothing outside the layered tree',
      'src/lib/x.ts',
      `import { run } from '../../bench/run';`,
      'outside the layered tree',
    ],
    ['every src folder is a layer', 'src/extra/x.ts', `export const x = 1;`, 'in no layer'],
    // the engine's public entry
    [
      'ui imports the engine only through index.ts',
      'src/ui/x.svelte',
      `<script lang="ts">\n  import { portsInUse } from '../engine/tasks/dynamicPorts';\n</script>`,
      'only src/engine/index.ts (and src/engine/docs.ts) are public',
    ],
    [
      'the editor imports engine types only through index.ts',
      'src/editor/x.ts',
      `import type { JsonSchema } from '../engine/schema/jsonSchema';`,
      'only src/engine/index.ts (and src/engine/docs.ts) are public',
    ],
    [
      'app imports the engine only through index.ts',
      'src/app/x.ts',
      `import { documentedSchema } from '../engine/schema/docs/index';`,
      'only src/engine/index.ts (and src/engine/docs.ts) are public',
    ],
    [
      'course imports the engine only through index.ts',
      'src/course/x.ts',
      `export type { Task } from '../engine/model/ecs';`,
      'only src/engine/index.ts (and src/engine/docs.ts) are public',
    ],
    [
      'lessons import the engine only through index.ts',
      'lessons/01-x/goals.ts',
      `import { taskReservation } from '../../src/engine/taskDefinitions';`,
      'only src/engine/index.ts (and src/engine/docs.ts) are public',
    ],
    [
      'viz imports engine types only through index.ts',
      'src/viz/x/model.ts',
      `import type { Task } from '../../engine/model/ecs';`,
      'only src/engine/index.ts (and src/engine/docs.ts) are public',
    ],
    [
      'a dynamic import reaches no engine internals',
      'src/ui/x.ts',
      `const m = await import('../engine/placement/place');`,
      'only src/engine/index.ts (and src/engine/docs.ts) are public',
    ],
    [
      'a glob reaches no engine internals',
      'src/ui/x.ts',
      `const m = import.meta.glob('/src/engine/**/*.ts');`,
      'only src/engine/index.ts (and src/engine/docs.ts) are public',
    ],
    [
      'a glob reaches no layer the importer may not import',
      'src/viz/x/render.ts',
      `const m = import.meta.glob(['/lessons/*/quiz.ts']);`,
      'viz may not import lessons',
    ],
    // xstate in the engine
    [
      'the engine runs no xstate actors',
      'src/engine/x.ts',
      `import { setup, createActor } from 'xstate';`,
      'createActor is not xstate',
    ],
    [
      'the engine names what it takes from xstate',
      'src/engine/x.ts',
      `import * as xstate from 'xstate';`,
      'names what it takes from xstate',
    ],
    [
      'the engine calls no createActor, however it got it',
      'src/engine/x.ts',
      `declare const x: { createActor: unknown };\nconst { createActor } = x;\ncreateActor;`,
      'uses createActor',
    ],
    // viz models are pure
    [
      'a viz model.ts does not import d3',
      'src/viz/chart/model.ts',
      `import { scaleLinear } from 'd3';`,
      'a viz model.ts is pure',
    ],
    // the engine is pure and deterministic
    [
      'no Math.random in the engine',
      'src/engine/x.ts',
      `export const r = () => Math.random();`,
      'uses Math.random',
    ],
    ['no Date.now in the engine', 'src/engine/x.ts', `export const t = Date.now();`, 'uses Date.now'],
    ['no new Date() in the engine', 'src/engine/x.ts', `export const t = new Date();`, 'uses new Date()'],
    ['no new Date without parentheses', 'src/engine/x.ts', `export const t = new Date;`, 'uses new Date()'],
    ['no Date() in the engine', 'src/engine/x.ts', `export const t = Date();`, 'uses Date()'],
    [
      'no performance.now() in the engine',
      'src/engine/x.ts',
      `export const t = performance.now();`,
      'uses performance',
    ],
    ['no timers in the engine', 'src/engine/x.ts', `setTimeout(() => undefined, 1);`, 'uses setTimeout'],
    [
      'no intervals in the engine',
      'src/engine/x.ts',
      `export const i = setInterval(() => undefined, 1);`,
      'uses setInterval',
    ],
    [
      'no microtasks in the engine',
      'src/engine/x.ts',
      `queueMicrotask(() => undefined);`,
      'uses queueMicrotask',
    ],
    [
      'no animation frames in the engine',
      'src/engine/x.ts',
      `requestAnimationFrame(() => undefined);`,
      'uses requestAnimationFrame',
    ],
    [
      'no DOM in the engine',
      'src/engine/x.ts',
      `export const el = document.createElement('div');`,
      'uses document',
    ],
    ['no window in the engine', 'src/engine/x.ts', `export const w = window.innerWidth;`, 'uses window'],
    [
      'no storage in the engine',
      'src/engine/x.ts',
      `export const s = localStorage.getItem('k');`,
      'uses localStorage',
    ],
    [
      'no globalThis in the engine',
      'src/engine/x.ts',
      `export const g = globalThis['Math'];`,
      'uses globalThis',
    ],
    ['no crypto in the engine', 'src/engine/x.ts', `export const u = crypto.randomUUID();`, 'uses crypto'],
  ];

  it.each(violating)('%s', (_rule, file, source, reported) => {
    const found = checkFile(file, source);
    expect(
      found.some((v) => v.includes(reported)),
      `expected "${reported}" in ${JSON.stringify(found)}`,
    ).toBe(true);
  });

  const keeping: ReadonlyArray<[rule: string, file: string, source: string]> = [
    [
      'the engine may use xstate’s pure API and its types',
      'src/engine/x.ts',
      `import { setup, transition, initialTransition, type AnyStateMachine } from 'xstate';\nimport type { ActorRefFrom } from 'xstate';`,
    ],
    [
      'the engine may turn a simulated time into a Date',
      'src/engine/x.ts',
      `export const iso = (s: number) => new Date(s * 1000).toISOString();\nexport const utc = Date.UTC(2024, 0, 1);`,
    ],
    [
      'names only in comments, strings or as members are not reads',
      'src/engine/x.ts',
      `// Math.random and Date.now are banned; so is setTimeout\n/** document the window of time */\nexport const a = { window: 1, document: 'Math.random()' };\nexport const b = a.window;\ntype T = { performance: number };\nexport const c = (t: T) => t.performance;`,
    ],
    [
      'viz may import engine types through index.ts',
      'src/viz/x/model.ts',
      `import type { SimState, Task } from '../../engine/index';\nimport { type DeepReadonly } from '../../engine/index';`,
    ],
    [
      'viz render code may import d3',
      'src/viz/x/render.ts',
      `import { select } from 'd3';\nimport type { Selection } from 'd3';`,
    ],
    [
      'ui may import the engine’s entry, app, course, editor and viz',
      'src/ui/X.svelte',
      `<script lang="ts">\n  import { createSimulation } from '../engine/index';\n  import { session } from '../app/session.svelte';\n  import { drawMap } from '../viz/clusterMap/render';\n  import { mount } from 'svelte';\n  const lazy = () => import('./Other.svelte');\n</script>`,
    ],
    [
      'the engine entry may be imported as a folder',
      'src/app/x.ts',
      `import { createSimulation } from '../engine';`,
    ],
    [
      'the course loader may glob lessons',
      'src/course/loader.ts',
      `const md = import.meta.glob<string>('/lessons/*/lesson.md', { query: '?raw', eager: true });`,
    ],
    [
      'the editor may import monaco and jsonc-parser',
      'src/editor/x.ts',
      `import * as monaco from 'monaco-editor/editor';\nimport { parseTree } from 'jsonc-parser';\nimport Worker from 'monaco-editor/editor/editor.worker?worker';`,
    ],
    [
      'app state may use svelte’s runtime helpers',
      'src/app/x.svelte.ts',
      `import { untrack } from 'svelte';\nimport { SvelteMap } from 'svelte/reactivity';`,
    ],
    [
      'main.ts mounts ui',
      'src/main.ts',
      `import { mount } from 'svelte';\nimport App from './ui/App.svelte';`,
    ],
  ];

  it.each(keeping)('allows: %s', (_rule, file, source) => {
    expect(checkFile(file, source)).toEqual([]);
  });

  it('reads static, type-only, re-exported, dynamic and glob imports with their lines', () => {
    const refs = importsOf(
      'src/ui/x.ts',
      `import * as d3 from 'd3';\nimport type { X } from '../engine/model';\nimport { a, type B } from './a';\nexport { c } from './c';\nconst m = import('./lazy');\nconst g = import.meta.glob('/lessons/*/quiz.ts');`,
    );
    expect(
      refs.map(({ spec, kind, typeOnly, names, line }) => ({ spec, kind, typeOnly, names, line })),
    ).toEqual([
      { spec: 'd3', kind: 'static', typeOnly: false, names: [], line: 1 },
      { spec: '../engine/model', kind: 'static', typeOnly: true, names: [], line: 2 },
      { spec: './a', kind: 'static', typeOnly: false, names: ['a'], line: 3 },
      { spec: './c', kind: 'static', typeOnly: false, names: ['c'], line: 4 },
      { spec: './lazy', kind: 'dynamic', typeOnly: false, names: [], line: 5 },
      { spec: '/lessons/*/quiz.ts', kind: 'glob', typeOnly: false, names: [], line: 6 },
    ]);
  });
});
