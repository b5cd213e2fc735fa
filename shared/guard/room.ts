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

/** How many names' results perName keeps: past it, they are all let go and made again as needed. */
const NAMES_MAX = 4096;

/**
 * `make(name)`, kept per name (by content) until forgetRooms, so a new list of names (each
 * speaker's list of the others is one: every turn brings one) costs a lookup per name, not the
 * work per name again (Issue 10). `make` must depend on the name alone.
 */
export function perName<T>(make: (name: string) => T): (name: string) => T {
  const byName = new Map<string, T>();
  forgetters.push(() => byName.clear());
  return (name) => {
    let value = byName.get(name);
    if (value === undefined) {
      if (byName.size >= NAMES_MAX) byName.clear();
      value = make(name);
      byName.set(name, value);
    }
    return value;
  };
}
