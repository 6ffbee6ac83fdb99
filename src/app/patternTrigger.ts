/**
 * Whether an input event may be the start of a `=~` / `!~` pattern: a typed `~`, pasted or dropped text with
 * one, or a field whose text now has one (dictation and autofill send no keys). The app then starts loading RE2
 * (src/engine/query/regex.ts), well before the request can be sent.
 */
export function mayStartPattern(event: Event): boolean {
  switch (event.type) {
    case 'keydown':
      return (event as KeyboardEvent).key === '~';
    case 'paste':
      return (event as ClipboardEvent).clipboardData?.getData('text').includes('~') ?? false;
    case 'input': {
      const value = (event.target as { value?: unknown } | null)?.value;
      return typeof value === 'string' && value.includes('~');
    }
    case 'drop':
      return (event as DragEvent).dataTransfer?.getData('text').includes('~') ?? false;
    default:
      return false;
  }
}
