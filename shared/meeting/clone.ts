// A deep copy of the meeting state for decide(), which changes its own copy and never its input.
// One part is shared instead of copied: the records of posted shares (`shares`, up to 2,000 per
// meeting), which the core replaces and never changes (reports.ts), so a command costs the same
// in a meeting's 2,000th share as in its first (Issue 10: CPU per delivery).
// The state is plain data (it is stored as JSON): objects, arrays, strings, numbers, booleans,
// null (and undefined, kept as structuredClone keeps it). A walk over exactly that is several
// times faster than structuredClone, which serialises and parses back (Issue 10: CPU per share).

import type { MeetingState } from './state.js';

/**
 * decide()'s own copy of `state`: a deep copy (clonePlain), except that the `shares` array is a
 * new array holding the same PostedShare records. Those records must therefore never be changed
 * in place: reports.ts replaces a record it updates (a report, a hide). The memory store
 * deep-freezes what it commits, so a change in place would throw there rather than alter an
 * older state.
 */
export function cloneState(state: MeetingState): MeetingState {
  const out: Record<string, unknown> = {};
  for (const k in state) {
    if (!Object.prototype.hasOwnProperty.call(state, k)) continue;
    const v = (state as unknown as Record<string, unknown>)[k];
    const x = k === 'shares' && Array.isArray(v) ? [...v] : clonePlain(v);
    if (k === '__proto__') Object.defineProperty(out, k, { value: x, enumerable: true, writable: true, configurable: true });
    else out[k] = x;
  }
  return out as unknown as MeetingState;
}

/** A deep copy of plain data `v` (objects and arrays; any other value is shared as is). */
export function clonePlain<T>(v: T): T {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) {
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = clonePlain(v[i]);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  for (const k in v) {
    if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
    const x = clonePlain((v as Record<string, unknown>)[k]);
    // An own key named __proto__ (JSON.parse makes one) stays a key, as structuredClone keeps it.
    if (k === '__proto__') Object.defineProperty(out, k, { value: x, enumerable: true, writable: true, configurable: true });
    else out[k] = x;
  }
  return out as T;
}
