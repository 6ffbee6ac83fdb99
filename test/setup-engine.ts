import { loadLaterEngine, loadRegexSupport } from '../src/engine/index';

// The app loads RE2 before a pattern can reach the engine (src/engine/query/regex.ts); tests that drive the
// engine directly start with it loaded. test/engine/query/regexLoading.test.ts covers the time before.
await loadRegexSupport();

// The validators of services, load balancers and sim controls load after the first page
// (src/engine/schema/validate.ts); tests start with them, test/engine/schema/laterValidators.test.ts covers before.
await loadLaterEngine();

// the sandbox scenarios other than the first screen's load their builds later (src/app/scenarios.ts)
const { loadScenarioBuilds } = await import('../src/app/scenarios');
await loadScenarioBuilds();
