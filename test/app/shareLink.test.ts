import fc from 'fast-check';
import { compressToEncodedURIComponent } from 'lz-string';
import { describe, expect, it } from 'vitest';
import { findScenario } from '../../src/app/scenarios';
import { Session } from '../../src/app/session.svelte';
import { readShareHash, shareUrl } from '../../src/app/shareLink';
import { MAX_SHARED_CALLS } from '../../src/app/sharedSandbox';

const fleet = findScenario('mixed-fleet')!;
const PAGE = 'https://sandbox.example/app/#/sandbox';

/** A session with work in it: two RunTasks a minute apart, a minute after the last. */
function busySession(): Session {
  const s = new Session(fleet);
  s.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 2 });
  s.advance(60);
  s.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 1 });
  s.advance(60);
  return s;
}

const hashOf = (url: string) => url.slice(url.indexOf('#'));
const payloadHash = (data: unknown) => `#/share/${compressToEncodedURIComponent(JSON.stringify(data))}`;

describe('share links', () => {
  it('round-trip a sandbox: the link replays to an identical state, the opener’s work kept as previous', () => {
    const sender = busySession();
    const url = shareUrl(PAGE, sender.snapshot());
    expect(url.startsWith('https://sandbox.example/app/#/share/')).toBe(true);
    const read = readShareHash(hashOf(url));
    if (!read.ok) throw new Error(read.error);
    const receiver = new Session(fleet);
    receiver.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 1 });
    receiver.openShared(fleet, read.value.saved);
    expect(JSON.stringify(receiver.sim.state)).toBe(JSON.stringify(sender.sim.state));
    expect(receiver.now).toBe(sender.now);
    expect(receiver.previous?.snapshot.calls).toHaveLength(1);
  });

  it('refuses an empty, cut-short or non-sandbox link with a message that says what is wrong', () => {
    const url = shareUrl(PAGE, busySession().snapshot());
    const hash = hashOf(url);
    expect(readShareHash('#/share/')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/carries no sandbox/),
    });
    const cut = readShareHash(hash.slice(0, hash.length - 40));
    expect(cut.ok).toBe(false);
    expect(!cut.ok && cut.error).toMatch(/damaged|does not describe a sandbox/);
    expect(readShareHash(payloadHash({ hello: 'world' }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^This share link does not describe a sandbox: /),
    });
  });

  it('refuses links that would replay too much: too many calls, or the clock run too far', () => {
    const base = { version: 1, scenarioId: fleet.id, seed: fleet.seed, applied: 0, time: 0, horizon: 0 };
    const call = { at: 0, service: 'ecs', operation: 'ListClusters', input: {} };
    expect(
      readShareHash(payloadHash({ ...base, calls: Array(MAX_SHARED_CALLS + 1).fill(call) })),
    ).toMatchObject({
      ok: false,
      error: expect.stringMatching(/opens at most 2000/),
    });
    expect(readShareHash(payloadHash({ ...base, calls: [], time: 1e12, horizon: 1e12 }))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/100 simulated days/),
    });
  });

  it('never throws on random or mutated links', () => {
    const valid = hashOf(shareUrl(PAGE, busySession().snapshot())).slice('#/share/'.length);
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (junk) => {
        const read = readShareHash(`#/share/${junk}`);
        expect(typeof read.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.nat({ max: valid.length - 1 }), fc.constantFrom(...'ABCxyz019+-$'), (at, ch) => {
        const read = readShareHash(`#/share/${valid.slice(0, at)}${ch}${valid.slice(at + 1)}`);
        // a mutation that still decodes must still be a well-formed sandbox record
        if (read.ok) expect(read.value.saved.applied).toBeLessThanOrEqual(read.value.saved.calls.length);
      }),
      { numRuns: 300 },
    );
  });
});
