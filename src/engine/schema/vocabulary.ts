/**
 * The keywords our request schemas carry beyond draft-07. This is the one list ajv is told about: the
 * build-time generator (tools/validators) and the tests' reference compiler both register it, so the two agree.
 * None of them changes what is valid.
 */

/**
 * Marks a member the sandbox accepts, because AWS does, but does not act on: it is validated (names, types,
 * enums, limits from the AWS API model) and then ignored. The editor, the console and `notSimulatedMembers`
 * show it to the learner instead of refusing a real request.
 */
export const NOT_SIMULATED = 'notSimulated';

/** Every annotation keyword a request schema may use: Monaco's own, and ours. */
export const SCHEMA_ANNOTATION_KEYWORDS: ReadonlyArray<string> = [
  // read by Monaco only
  'markdownDescription',
  'defaultSnippets',
  'doNotSuggest',
  'errorMessage',
  // read by the sandbox (see NOT_SIMULATED)
  NOT_SIMULATED,
];
