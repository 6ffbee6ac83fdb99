import DOMPurify from 'dompurify';
import { Marked, lexer } from 'marked';
import type { Step } from './types';

/** A ```demo block: one call the learner can run on the lesson's scenario by clicking it. */
export interface Demo {
  readonly label: string;
  readonly step: Step;
}

export interface RenderedLesson {
  /** sanitized HTML; each demo block is a `<button data-demo="i">` placeholder */
  readonly html: string;
  readonly demos: ReadonlyArray<Demo>;
  /** demo blocks that could not be read, with the reason (a lesson bug, shown rather than hidden) */
  readonly problems: ReadonlyArray<string>;
}

/**
 * Parses a ```demo block. Its body is JSON: `{ "label": "Run 3 tasks", "call": ["ecs", "RunTask", {…}] }`
 * or `{ "label": "Wait a minute", "advance": 60 }`.
 */
export function parseDemo(text: string): Demo | string {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return `a demo block is not valid JSON: ${e instanceof Error ? e.message : String(e)}`;
  }
  const d = data as { label?: unknown; call?: unknown; advance?: unknown };
  if (typeof d.label !== 'string' || !d.label) return 'a demo block needs a "label"';
  if (
    Array.isArray(d.call) &&
    d.call.length === 3 &&
    typeof d.call[0] === 'string' &&
    typeof d.call[1] === 'string'
  ) {
    return { label: d.label, step: { call: [d.call[0], d.call[1], d.call[2]] } };
  }
  if (typeof d.advance === 'number' && d.advance > 0) return { label: d.label, step: { advance: d.advance } };
  return 'a demo block needs "call": [service, operation, input] or "advance": seconds';
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Renders lesson markdown to sanitized HTML, turning demo blocks into buttons the lesson screen wires up. The
 * build renders every lesson.md this way ahead of time (tools/lessonText/), with a DOMPurify over jsdom.
 */
export function renderLesson(markdown: string, purify: typeof DOMPurify = DOMPurify): RenderedLesson {
  const demos: Demo[] = [];
  const problems: string[] = [];
  const marked = new Marked({
    gfm: true,
    renderer: {
      code({ text, lang }) {
        if (lang === 'demo') {
          const demo = parseDemo(text);
          if (typeof demo === 'string') {
            problems.push(demo);
            return `<p class="demo-problem">${escapeHtml(demo)}</p>`;
          }
          demos.push(demo);
          return `<button type="button" class="demo" data-demo="${demos.length - 1}">▶ ${escapeHtml(demo.label)}</button>`;
        }
        return `<pre><code>${escapeHtml(text)}</code></pre>`;
      },
    },
  });
  // a lesson's table scrolls sideways when it is wider than the text column, so keyboard users must be able to
  // focus it to scroll it (axe: scrollable-region-focusable)
  const raw = marked.parse(markdown, { async: false }).replaceAll('<table>', '<table tabindex="0">');
  const html = purify.sanitize(raw, { ADD_ATTR: ['data-demo'] });
  return { html, demos, problems };
}

/** The demo blocks of a lesson text, read without rendering (no DOM needed: the lesson tests use it). */
export function lessonDemos(markdown: string): { demos: Demo[]; problems: string[] } {
  const demos: Demo[] = [];
  const problems: string[] = [];
  const visit = (tokens: ReturnType<typeof lexer>) => {
    for (const token of tokens) {
      if (token.type === 'code' && token.lang === 'demo') {
        const demo = parseDemo(token.text);
        if (typeof demo === 'string') problems.push(demo);
        else demos.push(demo);
      }
      const children = (token as { tokens?: ReturnType<typeof lexer> }).tokens;
      if (children) visit(children);
    }
  };
  visit(lexer(markdown));
  return { demos, problems };
}

/** Splits lesson.md's body at its "## Explain" heading: the part after it is shown once the goals are met. */
export function splitExplain(body: string): { intro: string; explain: string } {
  const m = /^##\s+Explain\s*$/m.exec(body);
  if (!m) return { intro: body, explain: '' };
  return { intro: body.slice(0, m.index), explain: body.slice(m.index + m[0].length) };
}
