// Runs commands against stored meetings: load (or this process's own copy) -> decide ->
// compare-and-set, retried when another process committed first. Commands for one meeting run one at a time within this process, so
// retries only happen between processes. No meeting rule lives here: decide() has them all.
import type { ErrorCode } from '../shared/errors.js';
import type { Command } from '../shared/meeting/commands.js';
import { decide, type Decision } from '../shared/meeting/decide.js';
import type { GuardFinding } from '../shared/meeting/guard-mode.js';
import { forgetGuardMemory } from '../shared/guard/forget.js';
import { forgetsLog } from '../shared/meeting/membership.js';
import { viewRecipients } from '../shared/meeting/outbox.js';
import type { MeetingEvent } from '../shared/meeting/events.js';
import type { MeetingState } from '../shared/meeting/state.js';
import { isPrivate, type LoggedEvent } from '../shared/meeting/view.js';
import type { CommandOnce, MeetingStore, SeatClaim, SeatHolder } from './store/store.js';

export type Outcome =
  /** `views`: who is sent a new view (viewRecipients: only those whose view changed). */
  | { ok: true; state: MeetingState; events: MeetingEvent[]; logged: LoggedEvent[]; views: string[] }
  | { ok: false; code: ErrorCode; state: MeetingState | null; findings?: GuardFinding[] };

/**
 * The command's id was already committed for its seat (a retry whose first answer was lost or
 * came as STORE_UNAVAILABLE): nothing was applied now. `seq` is the seq its first commit made.
 */
export interface Repeat {
  ok: 'repeat';
  seq: number;
}

// Two processes contending on one meeting on a loaded machine lost 12 rounds in a row once (a share
// refused BUSY while hands went up and down on the other process): each round is a load and a
// commit, slower on a busy host, and a retry costs only its back-off.
const MAX_ATTEMPTS = 24;
/** How many meetings' states a process keeps as its own copies (each a few KB to ~100 KB). */
const HOT_MAX = 1000;

export class Meetings {
  private readonly queues = new Map<string, Promise<unknown>>();
  /**
   * Per meeting, the last state this process committed or was delivered (Issue 10: keep the
   * state hot where its commands run; the store keeps the truth and the compare-and-set).
   * Never mutated: decide() works on its own copy.
   */
  private readonly hot = new Map<string, MeetingState>();

  /**
   * `onEnded` runs after a command ended a meeting and before its keys are deleted (weekly groups
   * mark an occurrence its chair ended); its failure is swallowed: the meeting is deleted anyway.
   * `onUncertain(id)` runs when a commit threw (timed out, STORE_UNAVAILABLE, connection lost):
   * its outcome is unknown, so the meeting must be read back from the store (uncertain.ts).
   */
  constructor(
    readonly store: MeetingStore,
    private readonly now: () => number = Date.now,
    private readonly onEnded: (state: MeetingState) => Promise<void> = async () => undefined,
    private readonly onUncertain: (id: string) => void = () => undefined,
  ) {}

  /** Serializes work per meeting within this process. */
  private serial<T>(id: string, work: () => Promise<T>): Promise<T> {
    const prev = this.queues.get(id) ?? Promise.resolve();
    const next = prev.then(work, work);
    const tail = next.catch(() => undefined);
    this.queues.set(id, tail);
    void tail.then(() => {
      if (this.queues.get(id) === tail) this.queues.delete(id);
    });
    return next;
  }

  /**
   * Runs a command. `make` builds it from the freshly loaded state (or returns an error code),
   * so a retry after a conflict re-derives everything from the state that won. With `guard`, the
   * command commits only while that connection holds the seat; once another socket holds it,
   * the result is `NOT_IN_MEETING` (the store decides, atomically with the commit). With
   * `claim`, the seat it names for the decided state (a join's token and holder) is written in
   * the same atomic commit (store.ts SeatClaim): a failed join leaves no seat and no token.
   */
  run(id: string, make: (s: MeetingState) => Command | ErrorCode, guard?: SeatHolder, claim?: (next: MeetingState) => SeatClaim): Promise<Outcome> {
    return this.exec(id, make, guard, claim) as Promise<Outcome>;
  }

  /**
   * As `run`, for a client command carrying a command id (`once`: its seat and id): applied at
   * most once. The store checks and records the id atomically with the commit (store.ts
   * CommandOnce); a command the core refuses is looked up too, because a command applied once
   * is often refused the second time (a `pass` is no longer your turn). Either way a repeat
   * resolves to `Repeat`, never to an error.
   */
  runOnce(id: string, make: (s: MeetingState) => Command | ErrorCode, guard: SeatHolder | undefined, once: { pid: string; commandId: string }): Promise<Outcome | Repeat> {
    return this.exec(id, make, guard, undefined, once);
  }

  private exec(
    id: string,
    make: (s: MeetingState) => Command | ErrorCode,
    guard?: SeatHolder,
    claim?: (next: MeetingState) => SeatClaim,
    once?: { pid: string; commandId: string },
  ): Promise<Outcome | Repeat> {
    return this.serial(id, async () => {
      // First from the state this process committed last (no store read); a stale one fails the
      // commit's compare-and-set, and a refusal decided on it is checked against the store.
      let fromHot = this.hot.has(id);
      for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
        const state = fromHot ? this.hot.get(id)! : await this.store.load(id);
        if (!state) {
          this.hot.delete(id);
          return { ok: false, code: 'MEETING_NOT_FOUND', state: null };
        }
        const cmd = make(state);
        const now = this.now();
        const d = typeof cmd === 'string' ? null : decide(state, cmd, now);
        if (!d || !d.ok) {
          if (fromHot && (await this.staleHot(id, state))) {
            fromHot = false;
            attempt--;
            continue;
          }
          if (once) {
            const seq = await this.store.committedCommand(id, once.pid, once.commandId);
            if (seq !== null) return { ok: 'repeat', seq };
          }
          if (typeof cmd === 'string') return { ok: false, code: cmd, state };
          const refused = d as Extract<Decision, { ok: false }>;
          return refused.findings ? { ok: false, code: refused.code, state, findings: refused.findings } : { ok: false, code: refused.code, state };
        }
        const logged = d.events.filter((e) => !isPrivate(e)).map((event) => ({ seq: d.state.seq, at: now, event }));
        const mark: CommandOnce | undefined = once ? { ...once } : undefined;
        let committed: boolean;
        try {
          // `state` is the stored state at its seq (the compare-and-set checks that seq), so the
          // store writes only what the command changed (Issue 10, state-fields.ts).
          if (guard) guard.refused = false;
          committed = await this.store.commit(id, state.seq, d.state, logged, guard, claim?.(d.state), mark, state);
          if (committed) {
            if (d.state.phase === 'ended') {
              this.dropEnded(id);
              await this.onEnded(d.state).catch(() => undefined);
              await this.store.destroy(id);
            } else {
              if (forgetsLog(state, d.state)) await this.store.forgetLog(id, d.state.seq);
              this.keepHot(d.state);
            }
          }
        } catch (err) {
          // The commit may have been applied (Redis runs what it was sent once it answers again)
          // or applied and then not published (a later step failed): our copy and every client
          // may be behind the store, and nobody else will tell them. Read it back (uncertain.ts).
          this.hot.delete(id);
          this.onUncertain(id);
          throw err;
        }
        if (committed) return { ok: true, state: d.state, events: d.events, logged, views: viewRecipients(state, d.state, d.events, now) };
        // Refused only for the seat's holder: `state` is still the stored one, so it stays hot.
        if (guard?.refused) {
          if (!fromHot) this.keepHot(state);
          return { ok: false, code: 'NOT_IN_MEETING', state };
        }
        this.hot.delete(id);
        if (mark?.repeatOf !== undefined) return { ok: 'repeat', seq: mark.repeatOf };
        if (guard && (await this.store.holder(id, guard.pid)) !== guard.conn) return { ok: false, code: 'NOT_IN_MEETING', state };
        // Someone else committed first: back off a little (not when only our copy was old), then
        // decide again on their state.
        if (!fromHot) await new Promise((r) => setTimeout(r, Math.random() * 5 * (attempt + 1)));
        // A failure on our own old copy is not contention: it does not use up an attempt.
        else attempt--;
        fromHot = false;
      }
      return { ok: false, code: 'BUSY', state: null };
    });
  }

  /**
   * A meeting found ended in the store by a repeat (its `end` was committed, but its answer was
   * lost, so the deletion that follows an answered end never ran): what an end does afterwards,
   * now. `onEnded`'s failure is swallowed, as in `run`.
   */
  async endedUnanswered(state: MeetingState): Promise<void> {
    this.dropEnded(state.id);
    await this.onEnded(state).catch(() => undefined);
    await this.store.destroy(state.id);
  }

  /**
   * A state committed by another process (delivered through the adapter): kept as this
   * process's copy when it is newer, so the next command here needs no store read either.
   */
  observe(state: MeetingState): void {
    const mine = this.hot.get(state.id);
    if (state.phase === 'ended') this.dropEnded(state.id);
    else if (!mine || state.seq > mine.seq) this.keepHot(state);
  }

  /**
   * An ended meeting let go of here: its copy, and what the share guard kept of it (its names, the
   * last text it checked: shared/guard/forget.ts), since nothing may outlive the meeting.
   */
  private dropEnded(id: string): void {
    this.hot.delete(id);
    forgetGuardMemory();
  }

  /** This process's copy of a meeting's state (committed or delivered here last), if it holds one. */
  current(id: string): MeetingState | undefined {
    return this.hot.get(id);
  }

  /**
   * Ids of the meetings this process holds a copy of (at most HOT_MAX, never ended ones): after
   * the store lost its data, these are recorded as lost (server/store/lost-meetings.ts).
   */
  knownIds(): string[] {
    return [...this.hot.keys()];
  }

  /**
   * Whether the store holds a newer state than `state` (then it is dropped as our copy). Only the
   * stored seq is read: each seq is committed once (compare-and-set), so the same seq is the same
   * state (with Redis one field, not the whole meeting parsed, for every refusal on our copy).
   */
  private async staleHot(id: string, state: MeetingState): Promise<boolean> {
    const seq = await this.store.storedSeq(id);
    if (seq === state.seq) return false;
    this.hot.delete(id);
    return true;
  }

  /** Most recently used last; the oldest copy goes when there are more than HOT_MAX. */
  private keepHot(state: MeetingState): void {
    this.hot.delete(state.id);
    this.hot.set(state.id, state);
    if (this.hot.size > HOT_MAX) this.hot.delete(this.hot.keys().next().value!);
  }
}
