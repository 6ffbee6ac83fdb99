/**
 * What a chart's drawing depends on besides its data: the host's width, reported by a ResizeObserver after the
 * browser's own layout (reading clientWidth instead would force a layout inside the task that mounts it), and
 * the root font size, which presenter mode changes with a class on <html> (charts are sized in rem). Call it
 * while a component is set up; an effect that reads `width` and `rootChanges` redraws on either. Where there is
 * no ResizeObserver (jsdom) the width stays 0 and the chart keeps the width it was first drawn at.
 */
export function chartSize(host: () => HTMLElement | undefined): {
  readonly width: number;
  readonly rootChanges: number;
} {
  let width = $state(0);
  let rootChanges = $state(0);
  $effect(() => {
    const element = host();
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      for (const entry of entries) width = entry.contentRect.width;
    });
    observer.observe(element);
    return () => observer.disconnect();
  });
  $effect(() => {
    const element = host();
    if (!element) return;
    const observer = new MutationObserver(() => rootChanges++);
    observer.observe(element.ownerDocument.documentElement, {
      attributes: true,
      attributeFilter: ['class', 'style'],
    });
    return () => observer.disconnect();
  });
  return {
    get width() {
      return width;
    },
    get rootChanges() {
      return rootChanges;
    },
  };
}
