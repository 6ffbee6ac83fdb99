/** Schedules a callback for the next frame and returns a way to cancel it (requestAnimationFrame in the app). */
export type FrameScheduler = (callback: (timeMs: number) => void) => () => void;

export const animationFrames: FrameScheduler = (callback) => {
  const id = requestAnimationFrame(callback);
  return () => cancelAnimationFrame(id);
};

/** Longest real-time gap one frame may cover, so a backgrounded tab does not jump minutes when it returns. */
const MAX_FRAME_SECONDS = 0.25;

/**
 * Drives virtual time while playing: each frame advances `speed()` virtual seconds per real second elapsed.
 * Returns `stop`.
 */
export function play(
  advance: (seconds: number) => void,
  speed: () => number,
  frames: FrameScheduler = animationFrames,
): () => void {
  let last: number | undefined;
  let cancel = () => {};
  const tick = (t: number) => {
    if (last !== undefined) advance(Math.min((t - last) / 1000, MAX_FRAME_SECONDS) * speed());
    last = t;
    cancel = frames(tick);
  };
  cancel = frames(tick);
  return () => cancel();
}
