// Keeps the share guard's patterns compiled while this process has meetings (Issue 10). V8
// throws away a regular expression's compiled code once two full garbage collections pass
// without it running; compiling the guard's ~100 patterns again costs 0.2–0.5 s of CPU, which
// then happened inside a share and held every meeting's deliveries meanwhile. So the guard runs
// over its warm-up text before the first command this process runs (wake) and again after every
// full collection while it has meetings: a pattern that ran since the last collection is kept,
// and one that was thrown away anyway (two collections back to back) is compiled here, not in a
// share. A server without meetings holds no compiled patterns (about 3 MB: idle heap).
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { warmGuard } from '../shared/guard/index.js';

export interface GuardWarm {
  /**
   * Warms the guard now unless it ran since the last full collection: called before every
   * command (cheap when warm). Returns the ms the warm-up took, or null when it was warm.
   */
  wake(): number | null;
  /** Stops the watching (the server's close). */
  stop(): void;
}

/**
 * Watches full (mark-compact) collections: after each, the guard is warmed again if `busy()`
 * (this process has meetings), else left to cool until the next wake. `warm` is the guard's
 * warmGuard (a test counts its runs). Nothing is warmed at start.
 */
export function keepGuardWarm(warm: () => number = warmGuard, busy: () => boolean = () => true): GuardWarm {
  let warmSinceGc = false;
  const wake = (): number | null => {
    if (warmSinceGc) return null;
    warmSinceGc = true;
    return warm();
  };
  const observer = new PerformanceObserver((list) => {
    const major = list.getEntries().some((e) => (e as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR);
    if (!major) return;
    warmSinceGc = false;
    if (busy()) wake();
  });
  observer.observe({ entryTypes: ['gc'] });
  return { wake, stop: () => observer.disconnect() };
}
