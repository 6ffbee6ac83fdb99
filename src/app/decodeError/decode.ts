import { PATTERNS, type ErrorPattern, type PatternId } from './patterns';

/** What the decoder read out of the text besides the pattern: names the learner can go and look up. */
export interface DecodedDetails {
  readonly service?: string;
  readonly role?: string;
  readonly action?: string;
  readonly image?: string;
  readonly containerInstance?: string;
  readonly targetGroup?: string;
  readonly exitCode?: number;
}

export type DecodeResult =
  | {
      readonly kind: 'recognised';
      readonly pattern: ErrorPattern;
      /** the part of the text that matched */
      readonly matched: string;
      readonly details: DecodedDetails;
      /** other patterns the text also matches (e.g. a list of events), in table order */
      readonly alsoMatches: ReadonlyArray<PatternId>;
    }
  | { readonly kind: 'empty'; readonly message: string }
  | {
      readonly kind: 'unrecognised';
      readonly message: string;
      /** the failures the decoder knows, to compare with */
      readonly known: ReadonlyArray<{ readonly id: PatternId; readonly title: string }>;
    };

/** Long pastes are cut here: an error text is a few lines, not a log file. */
export const MAX_DECODE_CHARS = 20_000;

const first = (text: string, re: RegExp): string | undefined => re.exec(text)?.[1];

function detailsOf(text: string): DecodedDetails {
  const service = first(text, /\(?service ([\w.-]+)\)?/);
  const role = first(text, /assumed-role\/([\w+=,.@-]+)\//);
  const action = first(text, /perform: ([\w-]+:[\w*]+)/);
  const image =
    first(text, /failed to resolve ref ([^\s:]+(?::[^\s:@]+)?(?:@sha256:\w+)?)/) ??
    first(text, /pull access denied for ([^\s,]+)/) ??
    first(text, /manifest for (\S+) not found/);
  const containerInstance = first(text, /container-instance ([\w-]+)/);
  const targetGroup = first(text, /target-group (arn:[^\s)]+)/);
  const exit = first(text, /exit(?:ed)?(?: with)?(?: code|Code)\W{0,3}(\d{1,3})\b/i);
  return {
    ...(service ? { service } : {}),
    ...(role ? { role } : {}),
    ...(action ? { action } : {}),
    ...(image ? { image } : {}),
    ...(containerInstance ? { containerInstance } : {}),
    ...(targetGroup ? { targetGroup } : {}),
    ...(exit ? { exitCode: Number(exit) } : {}),
  };
}

function matchOf(pattern: ErrorPattern, text: string): string | undefined {
  for (const re of pattern.matches) {
    const m = re.exec(text);
    if (m) return m[0];
  }
  return undefined;
}

/**
 * Reads an error text a learner pasted (a stoppedReason, a container reason, a service event, an API error) and
 * says which known failure it is: the first pattern of the table that matches (patterns.ts orders them so the
 * cause wins over the symptom). Empty or unknown text gets an answer too, never an exception. Pure.
 */
export function decodeError(input: string): DecodeResult {
  const text = input.slice(0, MAX_DECODE_CHARS).trim();
  if (!text)
    return {
      kind: 'empty',
      message: 'Paste an error first: a stopped reason, a container reason, a service event or an API error.',
    };
  const hits = PATTERNS.flatMap((p) => {
    const matched = matchOf(p, text);
    return matched === undefined ? [] : [{ pattern: p, matched }];
  });
  const [best, ...rest] = hits;
  if (!best)
    return {
      kind: 'unrecognised',
      message:
        'This text matches none of the failures the decoder knows. Check that it is the whole message (the ' +
        'stoppedReason, or the container’s reason beside its exit code), or compare it with the list below.',
      known: PATTERNS.map((p) => ({ id: p.id, title: p.title })),
    };
  return {
    kind: 'recognised',
    pattern: best.pattern,
    matched: best.matched,
    details: detailsOf(text),
    alsoMatches: rest.map((h) => h.pattern.id),
  };
}
