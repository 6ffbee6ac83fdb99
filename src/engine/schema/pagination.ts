import { invalidParameter } from '../errors';

/**
 * Pages a list the way the List* operations do: `maxResults` items from where `nextToken` says, and a
 * `nextToken` for the rest. Tokens are opaque to callers; a token this simulator did not issue is rejected.
 */
export function paginate<T>(
  items: ReadonlyArray<T>,
  maxResults: number | undefined,
  nextToken: string | undefined,
  defaultMax = 100,
): { page: T[]; nextToken?: string } {
  let start = 0;
  if (nextToken !== undefined) {
    const m = /^sim-page-(\d+)$/.exec(nextToken);
    if (!m)
      throw invalidParameter(
        'nextToken: this token was not issued by a previous call; omit it to start over.',
        'nextToken',
      );
    start = Number(m[1]);
  }
  const end = start + (maxResults ?? defaultMax);
  const page = items.slice(start, end);
  return end < items.length ? { page, nextToken: `sim-page-${end}` } : { page };
}
