// Soft warnings under the composer, from the shared guard (pure text analysis). Its rules are
// about a third of the page's code (~120 KB before compression) and are needed only once someone
// writes a share: they come as a chunk of their own, fetched when a meeting's page opens, so the
// first load on a weak link (the front page, the door) does not carry them. Until they are here
// the page shows no hints while typing; the server checks every share all the same.
import type { GuardHint } from './meeting/composer.js';

type GuardModule = typeof import('../shared/guard/index.js');
type EchoSources = import('../shared/guard/index.js').EchoSources;

let guard: GuardModule | null = null;
let loading: Promise<void> | null = null;
let waiting: (() => void)[] = [];

/**
 * Fetches the guard's chunk once (again after a failed try: offline, a dropped link). Resolves
 * when it is here, or when this try failed; never rejects.
 */
export function loadGuard(): Promise<void> {
  loading ??= import('../shared/guard/index.js').then(
    (m) => {
      guard = m;
      const then = waiting;
      waiting = [];
      for (const f of then) f();
    },
    () => {
      loading = null;
    },
  );
  return loading;
}

/** Calls `f` once when the guard's chunk arrives; never if it is here already. */
export function onGuardLoaded(f: () => void): void {
  if (!guard) waiting.push(f);
}

/**
 * The guard's findings for `text` as hints ([] until its chunk is here; asking starts the fetch).
 * `ownName`: the writer's own pseudonym, never warned of as a real name (GuardContext.ownName);
 * `earlier`: the others' shares seen here, for the echo check (GuardContext.earlier).
 */
export function analyze(text: string, otherNames: string[], lang: 'nb' | 'en', ownName?: string, earlier?: EchoSources): GuardHint[] {
  if (!guard) {
    void loadGuard();
    return [];
  }
  return guard.analyzeShare(text, { otherNames, lang, ...(ownName ? { ownName } : {}), ...(earlier ? { earlier } : {}) });
}
