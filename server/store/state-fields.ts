// The Redis store keeps a meeting's state as one hash field per top-level state key, each its
// own JSON (Issue 10 "lean fan-out"): a commit writes only the fields whose value differs from the
// state it was decided on, so an accepted share no longer re-encodes (and sends) the whole state,
// whose arrays grow with the meeting. `shares` only ever grows by one element per posted share,
// so it is kept one field per element (`shares:<i>`, with `shares` holding the count): a share
// appends one small field instead of re-encoding every share before it.
//
// Field names: `<key>` (JSON of state[key]; `seq` is a number, so its JSON is the plain decimal
// the commit script compares), `shares` (the count) and `shares:<i>`. A key whose value is
// undefined has no field (JSON drops undefined too), so absent-vs-undefined comes back absent.
// Pure: no I/O; the only cost of a diff is a structural walk of the two states, no encoding of
// what did not change.
import { sameJson } from '../../shared/same-json.js';
import { createMeeting, type MeetingState } from '../../shared/meeting/state.js';
import { DEFAULT_SETTINGS } from '../../shared/meeting/formats.js';
import { TAG_FIELD } from './commit-tag.js';

/** The field that holds the count of `shares`; its elements are `shares:<i>`. */
export const SHARES_FIELD = 'shares';
const shareField = (i: number): string => `${SHARES_FIELD}:${i}`;

/** The field of the layout before this one (the whole state as one JSON); read, never written. */
export const LEGACY_FIELD = 'json';

/**
 * The state's keys in the order createMeeting makes them: a loaded state gets its keys in this
 * order (then any others), so it encodes the same way wherever it was loaded, whatever order
 * Redis hands the hash's fields out in.
 */
const KEY_ORDER: readonly string[] = Object.keys(
  createMeeting({ id: 'x', title: '', language: 'en', formatId: '', access: 'open', listed: false, settings: DEFAULT_SETTINGS, turnMode: 'circle', startsAt: null }, 0),
);

/** The structural compare the diff uses (shared/same-json.ts). */
export { sameJson };

/** Flat `[field, value, field, value, …]` as HSET takes it. */
export type FieldList = string[];

/** Every field of `state` as `[field, json, …]` (create, and a commit without a base). */
export function allFields(state: MeetingState): FieldList {
  const out: FieldList = [];
  const s = state as unknown as Record<string, unknown>;
  for (const k in s) {
    const v = s[k];
    if (v === undefined) continue;
    if (k === SHARES_FIELD) pushShares(out, v as unknown[], 0);
    else out.push(k, JSON.stringify(v));
  }
  return out;
}

function pushShares(out: FieldList, shares: unknown[], from: number): void {
  out.push(SHARES_FIELD, String(shares.length));
  for (let i = from; i < shares.length; i++) out.push(shareField(i), JSON.stringify(shares[i]));
}

/**
 * What a commit from `base` to `next` writes: `set` (`[field, json, …]`) and `del` (fields to
 * remove: keys that became undefined, shares beyond a shorter array). `seq` is always set.
 * `base` must be the state stored at `base.seq` (the one the command was decided on).
 */
export function changedFields(base: MeetingState, next: MeetingState): { set: FieldList; del: string[] } {
  const set: FieldList = [];
  const del: string[] = [];
  const b = base as unknown as Record<string, unknown>;
  const n = next as unknown as Record<string, unknown>;
  for (const k in n) {
    const v = n[k];
    if (k === SHARES_FIELD) continue;
    if (v === undefined) {
      if (b[k] !== undefined) del.push(k);
    } else if (k === 'seq' || !sameJson(b[k], v)) set.push(k, JSON.stringify(v));
  }
  for (const k in b) if (k !== SHARES_FIELD && b[k] !== undefined && !(k in n)) del.push(k);
  diffShares(b[SHARES_FIELD] as unknown[] | undefined, n[SHARES_FIELD] as unknown[] | undefined, set, del);
  return { set, del };
}

function diffShares(before: unknown[] | undefined, after: unknown[] | undefined, set: FieldList, del: string[]): void {
  if (after === undefined) {
    if (before === undefined) return;
    del.push(SHARES_FIELD);
    for (let i = 0; i < before.length; i++) del.push(shareField(i));
    return;
  }
  if (before === undefined) return pushShares(set, after, 0);
  if (before.length !== after.length) set.push(SHARES_FIELD, String(after.length));
  for (let i = 0; i < after.length; i++) if (i >= before.length || !sameJson(before[i], after[i])) set.push(shareField(i), JSON.stringify(after[i]));
  for (let i = after.length; i < before.length; i++) del.push(shareField(i));
}

/**
 * The state from its hash (HGETALL's record), or null for an empty record (no such meeting).
 * Reads the old layout too (one `json` field): a meeting written before it is still read. The
 * commit's tag (`tag`, commit-tag.ts) is the store's, not the state's: left out.
 * Throws when a share field the count promises is missing (a store that lost part of a hash).
 */
export function stateFromFields(record: Record<string, string>): MeetingState | null {
  const legacy = record[LEGACY_FIELD];
  if (legacy !== undefined) return JSON.parse(legacy) as MeetingState;
  if (record.seq === undefined) return null;
  const out: Record<string, unknown> = {};
  for (const k of KEY_ORDER) if (k in record) out[k] = readField(record, k);
  for (const k in record) if (!(k in out) && k !== TAG_FIELD && !k.startsWith(`${SHARES_FIELD}:`)) out[k] = readField(record, k);
  return out as unknown as MeetingState;
}

function readField(record: Record<string, string>, k: string): unknown {
  if (k !== SHARES_FIELD) return JSON.parse(record[k]!);
  const count = Number(record[k]);
  const shares: unknown[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const raw = record[shareField(i)];
    if (raw === undefined) throw new Error(`stored state is missing ${shareField(i)}`);
    shares[i] = JSON.parse(raw);
  }
  return shares;
}

/**
 * The state `base` becomes with a commit's changed fields: `set` maps field names (as
 * changedFields writes them) to their parsed values, `del` lists the fields removed. What did not
 * change is shared with `base` (states are never mutated); `shares` is a new array when any share
 * field changed. Throws when a share field the count promises is neither in `set` nor in `base`.
 */
export function applyFields(base: MeetingState, set: Record<string, unknown>, del: readonly string[]): MeetingState {
  const out: Record<string, unknown> = { ...(base as unknown as Record<string, unknown>) };
  let shares = base.shares as unknown[] | undefined;
  let sharesTouched = false;
  for (const f of del) {
    if (f === SHARES_FIELD) {
      shares = undefined;
      sharesTouched = true;
    } else if (!f.startsWith(`${SHARES_FIELD}:`)) delete out[f];
  }
  for (const f in set) {
    if (f === SHARES_FIELD) {
      const count = set[f] as number;
      const next = new Array<unknown>(count);
      for (let i = 0; i < count && shares && i < shares.length; i++) next[i] = shares[i];
      shares = next;
      sharesTouched = true;
    } else if (!f.startsWith(`${SHARES_FIELD}:`)) out[f] = set[f];
  }
  for (const f in set) {
    if (!f.startsWith(`${SHARES_FIELD}:`)) continue;
    if (!sharesTouched) {
      shares = shares ? shares.slice() : [];
      sharesTouched = true;
    }
    shares![Number(f.slice(SHARES_FIELD.length + 1))] = set[f];
  }
  if (sharesTouched) {
    if (shares === undefined) delete out[SHARES_FIELD];
    else {
      for (let i = 0; i < shares.length; i++) if (shares[i] === undefined) throw new Error(`patch is missing ${shareField(i)}`);
      out[SHARES_FIELD] = shares;
    }
  }
  return out as unknown as MeetingState;
}
