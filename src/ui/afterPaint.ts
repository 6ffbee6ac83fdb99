/**
 * Resolves once the browser has had the chance to paint what is in the DOM now: after the next frame, in a new
 * task. Startup awaits it between its steps so each is its own task and the screen updates in between. A
 * hidden tab runs no frames, so a timer resolves it there.
 */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }),
    );
  });
}
