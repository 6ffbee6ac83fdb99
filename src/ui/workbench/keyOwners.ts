/**
 * Where a key already means something, it keeps its meaning: Space on a button presses it, arrows move a caret,
 * a slider or tabs, and nothing typed into a field or the editor drives a replay or a presenter's walk. The
 * placement replay and predict-and-reveal both read their keys through this.
 */
const OWNS_SPACE = 'button, a[href], summary, [role="button"], [role="tab"], [role="checkbox"]';
const OWNS_KEYS =
  'input, select, textarea, [contenteditable=""], [contenteditable="true"], .monaco-editor, [role="slider"], [role="tablist"], [role="radiogroup"], [role="listbox"], [role="menu"]';

/** Whether the element the key went to handles `key` itself. */
export function ownsKey(target: EventTarget | null, key: string): boolean {
  const element = target instanceof Element ? target : null;
  return !!element?.closest(OWNS_KEYS) || (key === ' ' && !!element?.closest(OWNS_SPACE));
}
