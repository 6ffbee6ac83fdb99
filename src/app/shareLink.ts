// lz-string is CommonJS: its default export is what both Vite and plain Node (the benchmarks) can import
import lzString from 'lz-string';
import { err, type Result } from '../lib/result';
import { SHARE_PREFIX } from './router';
import type { SandboxSnapshot } from './session.svelte';
import type { SavedSandbox } from './sessionStore';
import { checkSharedSandbox, type SharedSandbox } from './sharedSandbox';

/**
 * Share links: the URL's hash carries the sandbox's snapshot (scenario and seed, the learner's calls, the clock),
 * compressed with lz-string, and opening it replays to the same state. The link is checked and bounded like any
 * sandbox from outside (sharedSandbox.ts) before anything replays it.
 */

/** The longest link payload read (a 200-call session is about 10 000 characters). */
export const MAX_PAYLOAD_CHARS = 400_000;

/** The address that opens `snapshot`: the page's own address with `#/share/<payload>`. */
export function shareUrl(pageUrl: string, snapshot: SandboxSnapshot): string {
  const saved: SavedSandbox = { version: 1, ...snapshot };
  return `${pageUrl.replace(/#.*$/, '')}${SHARE_PREFIX}${lzString.compressToEncodedURIComponent(JSON.stringify(saved))}`;
}

/** The snapshot a share link's hash carries, with its JSON text, or what is wrong with the link. */
export function readShareHash(hash: string): Result<SharedSandbox, string> {
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
  return checkSharedSandbox(text, 'share link');
}
