import { readFile } from 'node:fs/promises';
import { tsImport } from 'tsx/esm/api';
import type { Plugin } from 'vite';
import type * as Render from './render.ts';

/** `lesson.md?frontmatter` is what the lesson list needs; `lesson.md?lesson` is the prose, rendered. */
const QUERIES = ['?frontmatter', '?lesson'] as const;

/**
 * Splits each lesson.md into what the lesson list needs (its frontmatter, bundled with the list) and its prose,
 * rendered to sanitized HTML when the app is built or served and fetched when the lesson opens (render.ts). The
 * page never runs the markdown parser: in Chromium its first run took about 75 ms for one lesson, a long task on
 * the lesson screen. The loader still checks the frontmatter (src/course/loader.ts `readEntry`). The renderer is
 * loaded with tsx, as the validators' generator is, so Vite's config bundle does not hold the course's code.
 */
export function lessonText(): Plugin {
  let render: Promise<typeof Render> | undefined;
  return {
    name: 'lesson-text',
    async load(id) {
      const query = QUERIES.find((q) => id.endsWith(`lesson.md${q}`));
      if (!query) return null;
      const file = id.slice(0, -query.length);
      this.addWatchFile(file);
      const [markdown, module] = await Promise.all([
        readFile(file, 'utf8'),
        (render ??= tsImport('./render.ts', import.meta.url) as Promise<typeof Render>),
      ]);
      return query === '?frontmatter' ? module.frontmatterModule(markdown) : module.proseModule(markdown);
    },
  };
}
