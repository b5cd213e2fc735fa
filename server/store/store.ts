// The one storage contract both stores fulfil (the shared contract suite in test/contract/
// proves it). A meeting is one versioned record (its state; the version is state.seq) plus a
// capped log of room events, a secrets record and resume-token hashes. Every key expires.
import type { MeetingState } from '../../shared/meeting/state.js';
import type { LoggedEvent } from '../../shared/meeting/view.js';
import type { StoredItemId } from '../../shared/privacy/catalog.js';
import type { Lifetimes } from '../../shared/privacy/holdings.js';

export interface MeetingSecrets {
  /** sha256 hex of the one-time chair key. */
  chairKeyHash: string;
  /** sha256 hex of the join code of a closed meeting, or null: what a join is checked against. */
  joinCodeHash: string | null;
  /**
   * The join code itself, so the chair (whoever holds it now) can see it again. Kept in this
   * key only, which has the meeting's TTL and is deleted at its end; anyone able to read it could
   * already read the meeting's whole state. See docs/architecture.md ("The join code").
   */
  joinCode: string | null;
}

/**
 * Which socket speaks for a seat: `{ pid, conn }` where `conn` is an opaque connection id
 * (`<process id>/<socket id>`, see server/seat-holder.ts). A commit guarded by a holder only
 * happens while that connection still holds the seat, so a replaced socket's drop or close can
 * never give up a seat that moved on to another socket (Issue 7 §3).
 */
export interface SeatHolder {
  pid: string;
  conn: string;
  /**
   * Set by the store when `commit` returned false only because this connection no longer holds
   * the seat (the seq matched): the caller's copy of the state is still the stored one, so it
   * needs no read back (a reconnect storm's drops, refused after their seats resumed, each cost
   * a full read of a 50-person meeting's state before, Issue 10).
   */
  refused?: boolean;
}

/**
 * A new (or returned) seat's resume token and holder, written by `commit` in the same atomic
 * step as the join that makes the seat: a seat never exists without its token and holder, nor a
 * token without its seat (a failure leaves neither). `tokenHash` is sha256 hex of the token.
 */
export interface SeatClaim {
  pid: string;
  tokenHash: string;
  conn: string;
  /** Set by the store on a successful commit: the connection that held the seat before, or null. */
  replaced?: string | null;
}

/**
 * A command's id (shared/protocol.ts `commandId`) for `commit`, per seat: the store remembers
 * it, in the same atomic step as the commit, with the seq the commit made (the newest
 * COMMAND_IDS_KEPT per seat, expiring and deleted with the meeting). A commit carrying an id the
 * seat already committed changes nothing, returns false and sets `repeatOf` to that seq.
 */
export interface CommandOnce {
  pid: string;
  commandId: string;
  /** Set by the store when the id was already committed: the seq its commit made. */
  repeatOf?: number;
}

export interface MeetingStore {
  /** Stores a new meeting. Rejects (returns false) if the id exists. */
  create(state: MeetingState, secrets: MeetingSecrets): Promise<boolean>;
  load(id: string): Promise<MeetingState | null>;
  /**
   * The stored state's seq, or null when the meeting does not exist: what `load(id)?.seq` gives,
   * without reading the state (the store check asks it of every meeting with a socket here,
   * every RUNDE_STORE_CHECK_MS).
   */
  storedSeq(id: string): Promise<number | null>;
  /**
   * storedSeq of each of `ids`, in their order (null for a missing meeting or an id that is not
   * storable): the rollback check asks it of every meeting with a socket here, every
   * RUNDE_STORE_CHECK_MS, and the Redis store sends the questions in one write, not one round
   * trip per meeting (Issue 10).
   */
  storedSeqs(ids: readonly string[]): Promise<(number | null)[]>;
  /**
   * Atomically: if the stored state's seq equals `expectedSeq`, replace it with `next`, append
   * `log` to the event log (trimmed to the newest `logCap` entries) and refresh every key's TTL.
   * Returns false, changing nothing, when the seq differs (someone else committed first), or when
   * `guard` is given and its connection no longer holds the seat (see `holder`; then, the seq
   * having matched, `guard.refused` is set). With `claim`,
   * the seat's token and holder are written in the same step (and `claim.replaced` set); if
   * writing them fails (throws), nothing of the commit is stored.
   *
   * With `once`, the command id is checked first: already committed by that seat, nothing is
   * written, `once.repeatOf` is set and the result is false (whatever the seq). Otherwise it is
   * remembered with the commit, atomically (never a commit without its id, nor an id without it).
   *
   * `base`, when given, is the state stored at `expectedSeq` (the one the command was decided on,
   * `base.seq === expectedSeq`): a store may then write only what differs from it (the Redis
   * store does, state-fields.ts; the memory store ignores it). A base that is not the stored
   * state at that seq is a caller's bug (the stored state would mix the two); one whose seq or id
   * differs is ignored (the whole state is written).
   */
  commit(id: string, expectedSeq: number, next: MeetingState, log: LoggedEvent[], guard?: SeatHolder, claim?: SeatClaim, once?: CommandOnce, base?: MeetingState): Promise<boolean>;
  /** The seq made by the commit that carried `commandId` for seat `pid`, or null (never, forgotten, or the meeting gone). */
  committedCommand(id: string, pid: string, commandId: string): Promise<number | null>;
  /**
   * Atomically makes `conn` the holder of seat `pid` and returns the previous holder (null if
   * none, or if the meeting does not exist — then nothing is stored). Expires with the meeting.
   */
  swapHolder(id: string, pid: string, conn: string): Promise<string | null>;
  /** The connection that holds seat `pid`, or null. */
  holder(id: string, pid: string): Promise<string | null>;
  /**
   * Deletes the meeting's whole event log, but only while its state is still at `atSeq` (a
   * later commit's entries are never lost). For a weekly group's meeting its last person has
   * left (shared/meeting/membership.ts, forgetsLog): nobody is left who could resume from it.
   */
  forgetLog(id: string, atSeq: number): Promise<void>;
  /** Log entries with seq > afterSeq, oldest first; read-only (the memory store hands out its own, frozen). */
  readLog(id: string, afterSeq: number): Promise<LoggedEvent[]>;
  secrets(id: string): Promise<MeetingSecrets | null>;
  /** Remembers a resume token's hash for a participant, with the meeting's TTL. */
  putToken(id: string, tokenHash: string, participantId: string): Promise<void>;
  findToken(id: string, tokenHash: string): Promise<string | null>;
  /** Ids of listed meetings that still exist. */
  listed(): Promise<string[]>;
  /** Deletes every key of the meeting at once. */
  destroy(id: string): Promise<void>;
  close(): Promise<void>;
  /**
   * What the store holds for a meeting beyond its state, for "What does the server hold about
   * me?": each record's key (Redis) or structure (memory) and its remaining lifetime in ms (PTTL;
   * null: no expiry; a record that does not exist is absent), and the participant id of every
   * stored resume-token hash. Null when the meeting is gone.
   */
  inspect(id: string): Promise<StoreInspection | null>;
}

export interface StoreInspection {
  keys: Partial<Record<StoredItemId, string>>;
  ttl: Lifetimes;
  tokenOwners: string[];
  /** Per seat id, how many command ids are kept for it (CommandOnce); seats with none are absent. */
  commandIds: Record<string, number>;
}

export interface StoreOptions {
  /** Lifetime of every key of a meeting, refreshed on each commit (default 4 h). */
  ttlMs: number;
  /** How many log entries to keep per meeting. */
  logCap: number;
}
