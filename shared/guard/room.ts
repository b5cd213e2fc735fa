// What the guard makes of the names in a room (the pseudonyms of the others in a meeting), made
// once per room rather than once per share (Issue 10: normalising and collecting a 50-person
// room's names in every share's checks was a visible part of the guard's CPU). A meeting's names
// stay the same from one share to the next, and a server holds many meetings, so the results are
// kept per list of names; the list just seen is recognised without building its key, since one
// share's checks (crosstalk, pii, model) are all handed the same list.

/** Every perRoom cache's way to drop what it keeps (forgetRooms). */
const forgetters: (() => void)[] = [];

/**
 * Drops every room's results kept by every perRoom cache: the pseudonyms they were made from
 * must not outlive their meeting (README: nothing outlives the meeting). The next share of a
 * meeting still running builds its room's again (well under a millisecond).
 */
export function forgetRooms(): void {
  for (const f of forgetters) f();
}

/** How many rooms' results are kept (a process serves many meetings at once). */
const ROOMS_MAX = 256;

/**
 * `make(names)`, kept per list of names (by content, never by identity: a caller may reuse and
 * change an array). `make` must depend on the names alone.
 */
export function perRoom<T>(make: (names: readonly string[]) => T): (names: readonly string[]) => T {
  const byKey = new Map<string, T>();
  let last: string[] = [];
  let lastValue: T | undefined;
  let known = false;
  forgetters.push(() => {
    byKey.clear();
    last = [];
    lastValue = undefined;
    known = false;
  });
  return (names) => {
    if (known && names.length === last.length) {
      let same = true;
      for (let i = 0; i < names.length; i++) {
        if (names[i] !== last[i]) {
          same = false;
          break;
        }
      }
      if (same) return lastValue as T;
    }
    const key = names.join('\u0000');
    let value = byKey.get(key);
    if (value === undefined && !byKey.has(key)) {
      value = make(names);
      if (byKey.size >= ROOMS_MAX) byKey.delete(byKey.keys().next().value!);
      byKey.set(key, value);
    }
    last = [...names];
    lastValue = value;
    known = true;
    return value as T;
  };
}
