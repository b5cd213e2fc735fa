// What a Redis commit wrote, for the publish to the other processes (Issue 10 "lean fan-out"):
// the commit encoded only the fields that changed (state-fields.ts), and the outcome published
// to the other processes carries those same encoded fields instead of the whole state, which a
// receiver holding the previous state patches (broadcast.ts). Kept per committed state object,
// handed out once.
import type { MeetingState } from '../../shared/meeting/state.js';

/**
 * The fields a commit from the state at seq `base` wrote: `set` `[field, json, …]`, `del` field
 * names; `baseTag` the tag of the commit that wrote that state ('' when unknown; commit-tag.ts).
 */
export interface CommittedPatch {
  base: number;
  baseTag: string;
  set: readonly string[];
  del: readonly string[];
}

// Weak: a state that is never published (no other process) takes its patch with it when it goes.
const patches = new WeakMap<MeetingState, CommittedPatch>();

/** Remembers what the commit of `state` wrote (committed states are never changed afterwards). */
export function rememberPatch(state: MeetingState, patch: CommittedPatch): void {
  patches.set(state, patch);
}

/** The patch the commit of `state` wrote, once (then let go), or undefined when it wrote the whole state. */
export function takePatch(state: MeetingState): CommittedPatch | undefined {
  const p = patches.get(state);
  if (p) patches.delete(state);
  return p;
}

// Weak as well: committed states that no other process was listening for (redis.ts outcomesOn).
const unheard = new WeakSet<MeetingState>();

/** The commit of `state` found no other process subscribed to the outcome channel. */
export function rememberUnheard(state: MeetingState): void {
  unheard.add(state);
}

/**
 * Whether the outcome of `state` is to be published: false, once, when its commit found no other
 * process listening (a process that subscribes after the commit reads the store instead); true
 * otherwise (a memory store, a commit that did not ask).
 */
export function takeHeard(state: MeetingState): boolean {
  return !unheard.delete(state);
}
