import { Document, isMap, isScalar, isSeq, type Node } from 'yaml';
import type { PathComment, TranslatedObject } from './types';

/** Comment text wrapped at about `width` characters, each line starting with a space (yaml adds the `#`). */
function lines(text: string, width = 96): string {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.trim().split(/\s+/)) {
      if (line && line.length + word.length + 1 > width) {
        out.push(` ${line}`);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(` ${line}`);
  }
  return out.join('\n');
}

/** The node a comment goes before: a map key (so it sits above `key:`), or a list item. */
function commentTarget(doc: Document, path: PathComment['path']): Node | undefined {
  if (path.length === 0) return undefined;
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  const last = path.at(-1)!;
  if (isMap(parent)) {
    const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === last);
    return pair && isScalar(pair.key) ? pair.key : undefined;
  }
  if (isSeq(parent) && typeof last === 'number') return parent.items[last] as Node | undefined;
  return undefined;
}

/**
 * The objects as one multi-document YAML text, each with its header comment and its field comments. Pure.
 * A comment whose path does not exist is left out, never an error.
 */
export function toYaml(objects: ReadonlyArray<TranslatedObject>): string {
  return objects
    .map((o) => {
      // no anchors: each object reads on its own, as kubectl users write them
      const doc = new Document(o.object, { aliasDuplicateObjects: false });
      doc.commentBefore = lines(o.header);
      for (const c of o.comments) {
        const target = commentTarget(doc, c.path);
        if (target)
          target.commentBefore = target.commentBefore
            ? `${target.commentBefore}\n${lines(c.text)}`
            : lines(c.text);
      }
      return doc.toString({ lineWidth: 0 });
    })
    .join('---\n');
}
