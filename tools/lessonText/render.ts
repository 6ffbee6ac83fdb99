import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import { FRONTMATTER_BLOCK, splitFrontmatter } from '../../src/course/frontmatter.ts';
import { renderLesson, splitExplain } from '../../src/course/markdown.ts';
import type { LessonProse } from '../../src/course/types.ts';

let purify: ReturnType<typeof createDOMPurify> | undefined;

/** `lesson.md?frontmatter`: the frontmatter block alone (the whole file when it has none, for the error). */
export const frontmatterModule = (markdown: string): string =>
  `export default ${JSON.stringify(FRONTMATTER_BLOCK.exec(markdown)?.[0] ?? markdown)};`;

/** `lesson.md?lesson`: the body and its two parts rendered to sanitized HTML, a `LessonProse`. */
export function proseModule(markdown: string): string {
  const split = splitFrontmatter(markdown);
  const body = split.ok ? split.value.body : '';
  const parts = splitExplain(body);
  purify ??= createDOMPurify(new JSDOM('').window);
  const prose: LessonProse = {
    body,
    text: { intro: renderLesson(parts.intro, purify), explain: renderLesson(parts.explain, purify) },
  };
  return `export default ${JSON.stringify(prose)};`;
}
