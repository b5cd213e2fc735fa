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

/**
 * decide()'s own copy of `state` for a `share`, the command a meeting runs most (Issue 10: CPU per
 * delivery): a new top-level object whose fields are `state`'s own, except the parts a share
 * changes in place, which are copied: `shares` (a new array, as cloneState makes it), `speaker`
 * (`posted`) and `script` (followPhase may move it on). Everything else (participants, the door,
 * the settings, …) is shared with `state`, so a share neither copies a 50-person meeting nor has
 * its commit freeze or compare it again. The share path (guardShare, recordShare, decide's
 * closing steps) only assigns other fields, never changes what they hold; a change in place there
 * would reach `state` and is caught: the memory store freezes every committed state (a write
 * throws) and the core's tests check that decide leaves its input as it was.
 */
export function cloneForShare(state: MeetingState): MeetingState {
  const out = { ...state };
  if (Array.isArray(state.shares)) out.shares = [...state.shares];
  // Only keys `state` has: a missing one stays missing, not an own key set to undefined.
  if (Object.prototype.hasOwnProperty.call(state, 'speaker')) out.speaker = clonePlain(state.speaker);
  if (Object.prototype.hasOwnProperty.call(state, 'script')) out.script = clonePlain(state.script);
  return out;
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
