import { dirname, resolve } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import type * as Generator from './generate.ts';
import { GENERATOR, LATER_VALIDATORS_FILE, VALIDATORS_FILE } from './paths.ts';

/**
 * Serves `src/engine/schema/validators.gen.js` and `validatorsLater.gen.js` to Vite (dev server, build, vitest) generated from the schemas as
 * they are now, so it can never be stale there, and keeps the file on disk current for plain Node scripts.
 * The generator is loaded with tsx in a fresh module namespace each time: Vite's config bundle must not hold the
 * engine (editing a schema would restart the dev server), and a regenerated module must see the edited schema.
 */
export function precompiledValidators(): Plugin {
  let root = process.cwd();
  let code: Promise<Record<string, string>> | undefined;
  const files = () => [resolve(root, VALIDATORS_FILE), resolve(root, LATER_VALIDATORS_FILE)];
  const generate = () =>
    (code ??= tsImport(resolve(root, GENERATOR), import.meta.url).then((m: typeof Generator) =>
      m.writeValidators(root),
    ));
  return {
    name: 'precompiled-validators',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    // the file may not exist yet (a fresh clone): resolve it anyway, `load` supplies it
    resolveId(source, importer) {
      if (!importer || !source.endsWith('.gen.js')) return undefined;
      const target = resolve(dirname(importer), source);
      return files().includes(target) ? target : undefined;
    },
    load(id) {
      return files().includes(id) ? generate().then((byFile) => byFile[id]) : undefined;
    },
    // a source file changed (dev server): the next load regenerates
    handleHotUpdate({ file: changed, server }) {
      if (files().includes(changed) || !/\.(ts|js)$/.test(changed)) return;
      if (!changed.startsWith(resolve(root, 'src')) && !changed.startsWith(resolve(root, 'tools'))) return;
      code = undefined;
      for (const file of files()) {
        const mod = server.moduleGraph.getModuleById(file);
        if (mod) server.moduleGraph.invalidateModule(mod);
      }
    },
  };
}
