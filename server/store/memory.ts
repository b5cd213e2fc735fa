// The embedded store for a single process. Same contract as the Redis store (the shared
// contract suite runs against both), including expiry: a meeting and everything tied to it is
// gone ttlMs after its last commit. No caller can change stored state except through commit:
// a committed state and its logged events are stored as given and deep-frozen (the core never
// changes its input, so nothing needs a copy: Issue 10, CPU and heap per share), and handed out
// as stored; a frozen value throws where someone tries to change it. Secrets are copied.
import type { MeetingState } from '../../shared/meeting/state.js';
import type { LoggedEvent } from '../../shared/meeting/view.js';
import { isStorableId } from './redis-keys.js';
import type { Lifetimes } from '../../shared/privacy/holdings.js';
import { COMMAND_IDS_KEPT } from '../../shared/protocol.js';
import type { CommandOnce, MeetingSecrets, MeetingStore, SeatClaim, SeatHolder, StoreInspection, StoreOptions } from './store.js';

interface Entry {
  state: MeetingState;
  log: LoggedEvent[];
  secrets: MeetingSecrets;
  /** Resume-token hash -> seat id. */
  tokens: Map<string, string>;
  /**
   * Seat id -> the connection holding it (Redis keeps it as `holder:<seat id>` in the tokens
   * hash). A map of its own keyed by the seat id string the state already holds: no
   * `holder:<id>` key string per seat (Issue 10: heap per connection).
   */
  holders: Map<string, string>;
  /** Per seat id: the newest command ids its commits carried, oldest first, each with the seq it made. */
  commands: Map<string, { id: string; seq: number }[]>;
  expiresAt: number;
}

/** Longest pause between sweeps; expiry is also checked on every read, so this only frees memory. */
const MAX_SWEEP_MS = 60_000;

export function checkStoreOptions(opts: StoreOptions): void {
  if (!Number.isSafeInteger(opts.ttlMs) || opts.ttlMs < 1) throw new Error('StoreOptions.ttlMs must be a positive integer');
  if (!Number.isSafeInteger(opts.logCap) || opts.logCap < 1) throw new Error('StoreOptions.logCap must be a positive integer');
}

export class MemoryStore implements MeetingStore {
  private readonly meetings = new Map<string, Entry>();
  private readonly sweeper: ReturnType<typeof setInterval>;

  constructor(private readonly opts: StoreOptions) {
    checkStoreOptions(opts);
    this.sweeper = setInterval(() => this.sweep(), Math.min(opts.ttlMs, MAX_SWEEP_MS));
    // The sweep must never keep a process alive on its own.
    this.sweeper.unref();
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, e] of this.meetings) if (e.expiresAt <= now) this.meetings.delete(id);
  }

  private live(id: string): Entry | null {
    const e = this.meetings.get(id);
    if (!e) return null;
    if (e.expiresAt <= Date.now()) {
      this.meetings.delete(id);
      return null;
    }
    return e;
  }

  async create(state: MeetingState, secrets: MeetingSecrets): Promise<boolean> {
    if (!isStorableId(state.id)) throw new Error('invalid meeting id');
    if (this.live(state.id)) return false;
    this.meetings.set(state.id, {
      state: deepFreeze(structuredClone(state)),
      log: [],
      secrets: structuredClone(secrets),
      tokens: new Map(),
      holders: new Map(),
      commands: new Map(),
      expiresAt: Date.now() + this.opts.ttlMs,
    });
    return true;
  }

  async load(id: string): Promise<MeetingState | null> {
    const e = this.live(id);
    return e ? e.state : null;
  }

  // `base` is not needed here: the memory store keeps the new state object as it is (no encoding).
  async storedSeq(id: string): Promise<number | null> {
    return this.live(id)?.state.seq ?? null;
  }

  async storedSeqs(ids: readonly string[]): Promise<(number | null)[]> {
    return ids.map((id) => this.live(id)?.state.seq ?? null);
  }

  async commit(id: string, expectedSeq: number, next: MeetingState, log: LoggedEvent[], guard?: SeatHolder, claim?: SeatClaim, once?: CommandOnce, _base?: MeetingState): Promise<boolean> {
    if (next.id !== id) throw new Error('commit: state id does not match meeting id');
    const e = this.live(id);
    if (!e) return false;
    // A command id this seat already committed: the same step answers "done", whatever the seq.
    const done = once ? e.commands.get(once.pid)?.find((c) => c.id === once.commandId) : undefined;
    if (once && done) {
      once.repeatOf = done.seq;
      return false;
    }
    if (e.state.seq !== expectedSeq) return false;
    if (guard && e.holders.get(guard.pid) !== guard.conn) {
      guard.refused = true;
      return false;
    }
    // Stored frozen, so load and readLog can hand them out without a copy (a resume storm reads
    // the log once per resume: copying it was ~9 % of the storm's CPU, Issue 10); nobody may
    // change a stored state or a logged event, and a frozen one throws where someone tries.
    const state = freezeState(next, e.state);
    const added = log.map(deepFreeze);
    if (claim) {
      claim.replaced = e.holders.get(claim.pid) ?? null;
      e.tokens.set(claim.tokenHash, claim.pid);
      e.holders.set(claim.pid, claim.conn);
    }
    if (once) {
      const kept = e.commands.get(once.pid) ?? [];
      kept.push({ id: once.commandId, seq: state.seq });
      if (kept.length > COMMAND_IDS_KEPT) kept.splice(0, kept.length - COMMAND_IDS_KEPT);
      e.commands.set(once.pid, kept);
    }
    e.state = state;
    e.log.push(...added);
    if (e.log.length > this.opts.logCap) e.log.splice(0, e.log.length - this.opts.logCap);
    e.expiresAt = Date.now() + this.opts.ttlMs;
    return true;
  }

  async committedCommand(id: string, pid: string, commandId: string): Promise<number | null> {
    return this.live(id)?.commands.get(pid)?.find((c) => c.id === commandId)?.seq ?? null;
  }

  async forgetLog(id: string, atSeq: number): Promise<void> {
    const e = this.live(id);
    if (e && e.state.seq === atSeq) e.log = [];
  }

  async readLog(id: string, afterSeq: number): Promise<LoggedEvent[]> {
    const e = this.live(id);
    if (!e) return [];
    // The log is in seq order: find the first entry after afterSeq instead of testing them all
    // (a resume storm reads it once per resume; a long meeting's log holds RUNDE_LOG_CAP entries).
    let lo = 0;
    let hi = e.log.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (e.log[mid]!.seq > afterSeq) hi = mid;
      else lo = mid + 1;
    }
    return e.log.slice(lo);
  }

  async secrets(id: string): Promise<MeetingSecrets | null> {
    const e = this.live(id);
    return e ? structuredClone(e.secrets) : null;
  }

  async putToken(id: string, tokenHash: string, participantId: string): Promise<void> {
    // A token for a meeting that is gone would be an orphan: drop it, as the Redis store does.
    this.live(id)?.tokens.set(tokenHash, participantId);
  }

  async findToken(id: string, tokenHash: string): Promise<string | null> {
    return this.live(id)?.tokens.get(tokenHash) ?? null;
  }

  async swapHolder(id: string, pid: string, conn: string): Promise<string | null> {
    const e = this.live(id);
    if (!e) return null;
    const prev = e.holders.get(pid) ?? null;
    e.holders.set(pid, conn);
    return prev;
  }

  async holder(id: string, pid: string): Promise<string | null> {
    return this.live(id)?.holders.get(pid) ?? null;
  }

  async listed(): Promise<string[]> {
    const ids: string[] = [];
    for (const id of [...this.meetings.keys()]) {
      const e = this.live(id);
      if (e?.state.listed) ids.push(id);
    }
    return ids;
  }

  async destroy(id: string): Promise<void> {
    this.meetings.delete(id);
  }

  async inspect(id: string): Promise<StoreInspection | null> {
    const e = this.live(id);
    if (!e) return null;
    const left = Math.max(0, e.expiresAt - Date.now());
    const keys: StoreInspection['keys'] = {};
    const ttl: Lifetimes = {};
    // One entry holds all its records and they expire together; there is no directory here. The
    // command ids are named once there are any, as in Redis (whose key exists only then).
    const items = e.commands.size > 0 ? (['state', 'log', 'secrets', 'tokens', 'commands'] as const) : (['state', 'log', 'secrets', 'tokens'] as const);
    for (const item of items) {
      keys[item] = `MemoryStore.meetings[${id}].${item}`;
      ttl[item] = left;
    }
    const commandIds = Object.fromEntries([...e.commands].map(([pid, kept]) => [pid, kept.length]));
    return { keys, ttl, tokenOwners: [...e.tokens.values()], commandIds };
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    this.meetings.clear();
  }
}

/**
 * deepFreeze(next) for a state committed on top of `prev` (stored, so frozen throughout): the
 * posted-share records `next` shares with `prev` are not walked. The records only grow at the end
 * and are trimmed at the front (reports.ts), so those of `prev` sit in `next` at one offset; a
 * record that is not the one at that place in `prev` (new, or replaced by a report or a hide) is
 * frozen as usual. A meeting keeps up to 2,000 records: walking them all took ~45 us per command.
 */
function freezeState(next: MeetingState, prev: MeetingState): MeetingState {
  const shares: unknown = next.shares;
  const before = prev.shares;
  if (!Array.isArray(shares) || !Array.isArray(before) || Object.isFrozen(shares)) return deepFreeze(next);
  Object.freeze(shares);
  const offset = shares.length > 0 ? before.indexOf(shares[0]) : -1;
  for (let i = 0; i < shares.length; i++) {
    const record: unknown = shares[i];
    if (offset >= 0 && before[offset + i] === record) continue;
    deepFreeze(record);
  }
  return deepFreeze(next);
}

/**
 * Freezes `v` and everything it holds (plain data: objects and arrays); returns `v`. What is
 * frozen already (a posted-share record a new state shares with the one before) is not walked
 * again. Runs on every commit over the whole state: no array of values per object and no call
 * per string or number (Issue 10: CPU per share; Object.values made it twice as slow).
 */
function deepFreeze<T>(v: T): T {
  if (typeof v !== 'object' || v === null || Object.isFrozen(v)) return v;
  Object.freeze(v);
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (typeof x === 'object' && x !== null) deepFreeze(x);
    }
  } else {
    for (const k in v) {
      // Own keys only (plain data has no others): as Object.values read them.
      if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
      const x: unknown = (v as Record<string, unknown>)[k];
      if (typeof x === 'object' && x !== null) deepFreeze(x);
    }
  }
  return v;
}
