// Which commit a state is (docs/architecture.md, "a patch is only as right as its base"): every
// Redis commit writes a tag, unique to that commit, beside the state's seq, and a commit or a
// patch decided on a state applies only where the stored (or held) state carries that state's
// tag. A seq alone names a state only while every seq is committed once; a store that went back
// in time and then moved on to the same seq on another branch (a failover to a replica that
// lagged) breaks that, and a diff or a patch onto the other branch's state would mix the two.
import { randomBytes } from 'node:crypto';
import type { MeetingState } from '../../shared/meeting/state.js';

/** The state hash's field that holds the tag of the commit that wrote it (never a state key). */
export const TAG_FIELD = 'tag';

// Unique per process start (48 random bits), then a counter: no two commits anywhere share a tag.
const PROCESS_PART = randomBytes(6).toString('base64url');
let counter = 0;

/** A new commit's tag: `<8 characters of this process's start>.<counter in base 36>`. */
export function newTag(): string {
  counter += 1;
  return `${PROCESS_PART}.${counter.toString(36)}`;
}

// Weak: states are never changed once committed or read, and go when nothing holds them.
const tags = new WeakMap<MeetingState, string>();

/** Remembers that `state` is the one the commit tagged `tag` wrote (read, committed or patched). */
export function rememberTag(state: MeetingState, tag: string | undefined): void {
  if (tag) tags.set(state, tag);
}

/** The tag of the commit that wrote `state`, or '' when unknown (a hash written before tags, the memory store). */
export function tagOf(state: MeetingState): string {
  return tags.get(state) ?? '';
}
