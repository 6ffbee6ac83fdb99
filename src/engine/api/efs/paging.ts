import { AwsError } from '../../errors';

/** EFS's Marker paging: the marker is the position of the next item (opaque to the caller). */
export function page<T>(
  all: ReadonlyArray<T>,
  marker: string | undefined,
  max: number,
): { items: T[]; next?: string } {
  const start = marker === undefined ? 0 : Number.parseInt(marker, 36);
  if (!Number.isInteger(start) || start < 0 || start > all.length)
    throw new AwsError('BadRequest', 'Invalid Marker');
  const items = all.slice(start, start + max);
  const end = start + items.length;
  return end < all.length ? { items, next: end.toString(36) } : { items };
}
