import { describe, expect, it } from 'vitest';
import { decodeError } from '../../../src/app/decodeError/decode';
import { PATTERNS } from '../../../src/app/decodeError/patterns';
import {
  DECODE_SCENARIOS,
  NOT_REPRODUCIBLE,
  reproducedMessage,
  scenarioFor,
} from '../../../src/app/decodeError/scenarios';
import { buildScenario } from '../../../src/app/timeline';

describe('decode scenarios', () => {
  it('give every pattern a reproducing scenario or a reason the sandbox cannot show it, never both', () => {
    for (const p of PATTERNS) {
      const has = scenarioFor(p.id) !== undefined;
      const not = NOT_REPRODUCIBLE[p.id] !== undefined;
      expect(has !== not, p.id).toBe(true);
    }
    expect(DECODE_SCENARIOS.map((s) => s.id)).toEqual(DECODE_SCENARIOS.map((s) => `decode:${s.patternId}`));
    expect(new Set(DECODE_SCENARIOS.map((s) => s.seed)).size).toBe(DECODE_SCENARIOS.length);
  });

  it.each(DECODE_SCENARIOS.map((s) => [s.id, s] as const))(
    '%s really produces a message the same pattern reads',
    (_id, scenario) => {
      const sim = buildScenario(scenario);
      const message = reproducedMessage(scenario, sim);
      expect(message, `nothing in ${scenario.id} decodes as ${scenario.patternId}`).toBeDefined();
      const r = decodeError(message!);
      expect(r.kind === 'recognised' && r.pattern.id).toBe(scenario.patternId);
    },
    60_000,
  );

  it('does not find a pattern in a scenario that was not built to show it', () => {
    // the not-found scenario's state holds no placement failure: the search is by pattern, not "any message"
    const notFound = scenarioFor('pull-not-found')!;
    const sim = buildScenario(notFound);
    expect(reproducedMessage({ ...notFound, patternId: 'place-memory' }, sim)).toBeUndefined();
  });
});
