// Keeps the share guard's patterns compiled (Issue 10). V8 throws away a regular expression's
// compiled code once two full garbage collections pass without it running; compiling the
// guard's ~100 patterns again costs 0.2–0.5 s of CPU, which then happened inside a share and
// held every meeting's deliveries meanwhile. So the guard runs once over its warm-up text at
// start and again after every full collection: a pattern that ran since the last collection is
// kept, and one that was thrown away anyway (two collections back to back) is compiled here,
// not in a share.
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { warmGuard } from '../shared/guard/index.js';

/**
 * Warms the guard now and after each full (mark-compact) collection. Returns the ms the first
 * warm-up took and a function that stops the watching (the server's close). `warm` is the
 * guard's warmGuard (a test counts its runs).
 */
export function keepGuardWarm(warm: () => number = warmGuard): { warmMs: number; stop: () => void } {
  const warmMs = warm();
  const observer = new PerformanceObserver((list) => {
    const major = list.getEntries().some((e) => (e as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR);
    if (major) warm();
  });
  observer.observe({ entryTypes: ['gc'] });
  return { warmMs, stop: () => observer.disconnect() };
}
