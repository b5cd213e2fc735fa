// One beat for every clock on the meeting page. Each clock once ran its own half-second interval,
// so two clocks of one turn (the big countdown and "Time left" in the speaker's box) showed
// seconds one apart for up to half a second (a fresh tester saw 0:24 beside 0:25). On one beat
// they redraw in the same task, from the same moment.

/** How often the page's clocks redraw (ms): twice a second, so a second never shows late by more than half. */
export const BEAT_MS = 500;

const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;

/**
 * Calls `fn` on every beat (every BEAT_MS, all listeners in one task) until the returned function
 * is called. The interval runs only while someone listens.
 */
export function onBeat(fn: () => void): () => void {
  listeners.add(fn);
  timer ??= setInterval(() => {
    for (const f of [...listeners]) f();
  }, BEAT_MS);
  return () => {
    listeners.delete(fn);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}
