import { loadRegexSupport } from '../src/engine/index';

// The app loads RE2 before a pattern can reach the engine (src/engine/query/regex.ts); tests that drive the
// engine directly start with it loaded. test/engine/query/regexLoading.test.ts covers the time before.
await loadRegexSupport();
