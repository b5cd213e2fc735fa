// One structural compare for plain JSON data, pure: the Redis store's per-field diff
// (server/store/state-fields.ts) and the core's "whose view changed" (meeting/outbox.ts) use it.

/**
 * Whether `a` and `b` encode to the same JSON, structurally, without encoding either: an object
 * property that is undefined counts as absent (as JSON drops it). A false "differs" only costs
 * a field written again; a false "same" would lose a change, so anything not plainly equal differs.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let defined = 0;
  for (const k in x) {
    const v = x[k];
    if (v === undefined) continue;
    defined++;
    if (!sameJson(v, y[k])) return false;
  }
  for (const k in y) if (y[k] !== undefined) defined--;
  return defined === 0;
}
