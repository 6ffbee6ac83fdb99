import type { Simulation } from '../../engine/index';
import { decodeError } from './decode';
import type { PatternId } from './patterns';
import { messagesIn } from './scenarios';

export interface SandboxError {
  readonly text: string;
  readonly patternId: PatternId;
  readonly title: string;
}

/**
 * The error texts the sandbox holds now that the decoder recognises (stopped reasons, container reasons, service
 * events), each once, at most `limit`: what the panel offers to decode with one click. Pure.
 */
export function sandboxErrors(sim: Simulation, limit = 8): ReadonlyArray<SandboxError> {
  const seen = new Set<string>();
  const out: SandboxError[] = [];
  const all = messagesIn(sim);
  for (let i = all.length - 1; i >= 0 && out.length < limit; i--) {
    const text = all[i]!;
    if (seen.has(text)) continue;
    seen.add(text);
    const r = decodeError(text);
    if (r.kind === 'recognised') out.push({ text, patternId: r.pattern.id, title: r.pattern.title });
  }
  return out;
}
