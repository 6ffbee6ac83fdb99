import { registerScenarioSource, type SandboxRun } from '../openInSandbox';
import { patternById } from './patterns';
import { DECODE_SCENARIOS, type DecodeScenario } from './scenarios';

/** The prefix of the reproducing scenarios' ids (`decode:<pattern id>`). */
export const DECODE_PREFIX = 'decode';

/**
 * A reproducing scenario as the sandbox opens it. For an API error (the message is a refusal, not something the
 * state keeps) the refusal is shown on the sandbox's banner, since it is the outcome to see.
 */
export function decodeRun(scenario: DecodeScenario): SandboxRun {
  let refused: { name: string; message: string } | undefined;
  const apiError = patternById(scenario.patternId).source === 'API error';
  return {
    ...scenario,
    refused: () => refused,
    build(sim) {
      scenario.build(sim);
      refused = undefined;
      const text = apiError ? scenario.reproduce?.(sim) : undefined;
      const colon = text?.indexOf(': ') ?? -1;
      if (text !== undefined && colon > 0)
        refused = { name: text.slice(0, colon), message: text.slice(colon + 2) };
    },
  };
}

/** `decode:<pattern id>` → its sandbox run; undefined for an id it does not know. */
export function resolveDecode(id: string): SandboxRun | undefined {
  const scenario = DECODE_SCENARIOS.find((s) => s.id === id);
  return scenario ? decodeRun(scenario) : undefined;
}

/** Makes `decode:…` ids resolvable (openInSandbox.ts), so a sandbox saved on one is rebuilt after a reload. */
export async function registerSource(): Promise<void> {
  registerScenarioSource(DECODE_PREFIX, resolveDecode);
}
