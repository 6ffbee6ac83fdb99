/** A tooltip that follows the pointer or the keyboard focus over chart marks. */
export interface Tooltip {
  hide(): void;
  /** re-reads the lines of the mark on show (after the data changed); hides if the mark is gone */
  refresh(): void;
  destroy(): void;
}

/**
 * Shows the lines `linesOf(mark)` returns for the mark under the pointer or holding focus, below it, inside
 * `container` (which must be positioned). Marks are found by `selector` through event delegation, so marks may
 * come and go freely. The focused mark is described by the tooltip (aria-describedby); Escape hides it.
 */
export function attachTooltip(
  container: HTMLElement,
  selector: string,
  linesOf: (mark: Element) => ReadonlyArray<string> | undefined,
  id: string,
): Tooltip {
  const doc = container.ownerDocument;
  const tip = container.appendChild(doc.createElement('div'));
  tip.className = 'cm-tooltip';
  tip.id = id;
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  let current: Element | undefined;

  const show = (mark: Element) => {
    const lines = linesOf(mark);
    if (!lines?.length) return hide();
    current = mark;
    tip.replaceChildren(
      ...lines.map((line) => {
        const div = doc.createElement('div');
        div.textContent = line;
        return div;
      }),
    );
    const box = mark.getBoundingClientRect();
    const frame = container.getBoundingClientRect();
    tip.style.left = `${box.left - frame.left}px`;
    tip.style.top = `${box.bottom - frame.top + 6}px`;
    tip.hidden = false;
  };
  const hide = () => {
    current?.removeAttribute('aria-describedby');
    current = undefined;
    tip.hidden = true;
  };
  const markOf = (e: Event) =>
    e.target instanceof Element ? (e.target.closest(selector) ?? undefined) : undefined;

  const onOver = (e: Event) => {
    const mark = markOf(e);
    if (mark && mark !== current) show(mark);
    else if (!mark) hide();
  };
  const onFocus = (e: Event) => {
    const mark = markOf(e);
    if (!mark) return;
    show(mark);
    if (current === mark) mark.setAttribute('aria-describedby', id);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') hide();
  };
  const listeners: Array<[string, EventListener]> = [
    ['pointerover', onOver],
    ['pointerleave', hide],
    ['focusin', onFocus],
    ['focusout', hide],
    ['keydown', onKey as EventListener],
  ];
  for (const [type, fn] of listeners) container.addEventListener(type, fn);
  return {
    hide,
    refresh() {
      if (current?.isConnected) show(current);
      else hide();
    },
    destroy() {
      for (const [type, fn] of listeners) container.removeEventListener(type, fn);
      tip.remove();
    },
  };
}
