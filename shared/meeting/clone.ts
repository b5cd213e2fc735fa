// A deep copy of the meeting state for decide(), which changes its own copy and never its input.
// The state is plain data (it is stored as JSON): objects, arrays, strings, numbers, booleans,
// null (and undefined, kept as structuredClone keeps it). A walk over exactly that is several
// times faster than structuredClone, which serialises and parses back (Issue 10: CPU per share).

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
