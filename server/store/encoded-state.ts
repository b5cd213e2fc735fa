// A committed state's JSON, made once (Issue 10: per share on Redis the state was JSON-encoded
// for the commit, then msgpack-encoded as an object tree for the other processes, and that tree
// decoded again by the sender's own subscriber). The Redis store remembers the string it wrote;
// the broadcaster sends that same string to the other processes, where msgpack carries it as
// one string and each receiver parses it once.
import type { MeetingState } from '../../shared/meeting/state.js';

const encoded = new WeakMap<MeetingState, string>();

/** Remembers `json` as the encoding of `state` (which must not change afterwards: committed states are not). */
export function rememberEncoded(state: MeetingState, json: string): void {
  encoded.set(state, json);
}

/**
 * `JSON.stringify(state)`, from the commit's own encoding when there was one. That encoding is
 * handed out once and then let go: a state is published once, right after its commit, and the
 * current state of every meeting stays alive (hot in Meetings), so a remembered text kept with it
 * would hold a second copy of every meeting, as JSON, for as long as the meeting runs (Issue
 * 10: heap per connection). A later call encodes again.
 */
export function encodedState(state: MeetingState): string {
  const json = encoded.get(state);
  if (json === undefined) return JSON.stringify(state);
  encoded.delete(state);
  return json;
}
