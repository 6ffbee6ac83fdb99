import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_FILE_CHARS,
  readScenarioFile,
  scenarioFileName,
  scenarioFileText,
} from '../../src/app/scenarioFile';
import { findScenario } from '../../src/app/scenarios';
import { Session } from '../../src/app/session.svelte';
import { MAX_SHARED_CALLS } from '../../src/app/sharedSandbox';

const fleet = findScenario('mixed-fleet')!;

function busySession(): Session {
  const s = new Session(fleet);
  s.call('ecs', 'RunTask', { cluster: 'demo', taskDefinition: 'web', count: 2 });
  s.advance(90);
  return s;
}

const fileOf = (sandbox: unknown) =>
  JSON.stringify({ format: 'ecs-sandbox/scenario', version: 1, title: 'x', sandbox });

describe('scenario files', () => {
  it('round-trip a sandbox: the file opens to an identical state', () => {
    const sender = busySession();
    const text = scenarioFileText(sender.snapshot(), fleet.title);
    expect(JSON.parse(text)).toMatchObject({ format: 'ecs-sandbox/scenario', title: fleet.title });
    const read = readScenarioFile(text);
    if (!read.ok) throw new Error(read.error);
    const opener = new Session(fleet);
    opener.openShared(fleet, read.value.saved);
    expect(opener.sim.state).toEqual(sender.sim.state);
    expect(opener.calls).toEqual(sender.calls);
  });

  it('names the download after the scenario and the simulated time', () => {
    expect(scenarioFileName(busySession().snapshot())).toMatch(/^mixed-fleet-t\d+s\.json$/);
  });

  it('refuses what is not a scenario file, saying what is wrong', () => {
    expect(readScenarioFile('{"clusters": [')).toMatchObject({ ok: false, error: /^This file is not JSON/ });
    expect(readScenarioFile('{"clusters": []}')).toMatchObject({
      ok: false,
      error: /not an ECS Sandbox scenario file: its "format" should be "ecs-sandbox\/scenario"/,
    });
    expect(readScenarioFile(JSON.stringify({ format: 'ecs-sandbox/scenario', version: 2 }))).toMatchObject({
      ok: false,
      error: 'This scenario file has version 2; this sandbox reads version 1.',
    });
    const snapshot = busySession().snapshot();
    expect(readScenarioFile(fileOf({ ...snapshot, version: 1, calls: 'none' }))).toMatchObject({
      ok: false,
      error: /^This scenario file does not describe a sandbox: .*calls/,
    });
    const call = snapshot.calls[0]!;
    expect(
      readScenarioFile(fileOf({ ...snapshot, version: 1, calls: Array(MAX_SHARED_CALLS + 1).fill(call) })),
    ).toMatchObject({ ok: false, error: /holds 2001 actions; the sandbox opens at most 2000/ });
    expect(readScenarioFile(' '.repeat(MAX_FILE_CHARS + 1))).toMatchObject({ ok: false, error: /too large/ });
  });

  it('never throws on any text, nor on a mutated real file', () => {
    const real = scenarioFileText(busySession().snapshot(), fleet.title);
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(readScenarioFile(text).ok).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.nat(real.length - 1), fc.string({ maxLength: 3 }), (at, insert) => {
        const result = readScenarioFile(real.slice(0, at) + insert + real.slice(at + 1));
        // a mutation may still be a valid file (a changed digit in a time); either way it is an answer, not a throw
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
