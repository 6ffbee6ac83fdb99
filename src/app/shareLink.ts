// lz-string is CommonJS: its default export is what both Vite and plain Node (the benchmarks) can import
import lzString from 'lz-string';
import { err, ok, type Result } from '../lib/result';
import { SHARE_PREFIX } from './router';
import type { SandboxSnapshot } from './session.svelte';
import { parseSandbox, type SavedSandbox } from './sessionStore';

/**
 * Share links: the URL's hash carries the sandbox's snapshot (scenario and seed, the learner's calls, the clock),
 * compressed with lz-string, and opening it replays to the same state. A link is data from anywhere, so it is
 * checked like saved data (the sandbox record's schema) and then bounded, before anything replays it; every call
 * it holds then goes through the engine's request checks like a call typed in the console.
 */

/** The longest link payload read (a 200-call session is about 10 000 characters). */
export const MAX_PAYLOAD_CHARS = 400_000;
/** At most this many calls and this much simulated time: a link must not make the tab replay for minutes. */
export const MAX_SHARED_CALLS = 2_000;
export const MAX_SHARED_SECONDS = 100 * 86_400;

/** The address that opens `snapshot`: the page's own address with `#/share/<payload>`. */
export function shareUrl(pageUrl: string, snapshot: SandboxSnapshot): string {
  const saved: SavedSandbox = { version: 1, ...snapshot };
  return `${pageUrl.replace(/#.*$/, '')}${SHARE_PREFIX}${lzString.compressToEncodedURIComponent(JSON.stringify(saved))}`;
}

/** The snapshot a share link's hash carries, with its JSON text, or what is wrong with the link. */
export function readShareHash(hash: string): Result<{ saved: SavedSandbox; text: string }, string> {
  const payload = hash.startsWith(SHARE_PREFIX) ? hash.slice(SHARE_PREFIX.length) : '';
  if (payload === '') return err('This share link carries no sandbox: nothing follows #/share/.');
  if (payload.length > MAX_PAYLOAD_CHARS)
    return err(
      `This share link is too long to open (${payload.length.toLocaleString('en-US')} characters; ` +
        `the sandbox reads at most ${MAX_PAYLOAD_CHARS.toLocaleString('en-US')}).`,
    );
  let text: string | null;
  try {
    text = lzString.decompressFromEncodedURIComponent(payload);
  } catch {
    text = null;
  }
  if (!text)
    return err(
      'This share link is damaged: its data could not be unpacked. It may have been cut short when it was ' +
        'copied; ask for the whole link.',
    );
  const parsed = parseSandbox(text);
  if (!parsed.ok) return err(`This share link does not describe a sandbox: ${parsed.error}.`);
  const saved = parsed.value;
  if (!saved) return err('This share link does not describe a sandbox.');
  if (saved.calls.length > MAX_SHARED_CALLS)
    return err(
      `This share link holds ${saved.calls.length} actions; the sandbox opens at most ${MAX_SHARED_CALLS}.`,
    );
  const latest = Math.max(saved.time, saved.horizon, ...saved.calls.map((c) => c.at));
  if (!(latest <= MAX_SHARED_SECONDS))
    return err(
      'This share link runs the clock further than the sandbox replays (100 simulated days at most).',
    );
  return ok({ saved, text });
}
