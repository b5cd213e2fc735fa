// Whether another tab of this browser already holds a seat in a meeting. A frightened member who
// taps the meeting's link again gets a fresh tab (its own sessionStorage, so no seat), and the
// join form then answered their own pseudonym with "someone in the meeting already uses that
// name" (a fresh tester, 2026-12-03): they may join again under a new name and leave a ghost
// seat. The tabs ask each other over a BroadcastChannel: same origin and same browser profile
// only, in memory, nothing stored; the answer carries no token or name, only "yes, here". Only
// when the person asks to move their seat to the new tab does its token go there.

const CHANNEL = 'runde-seats';
/**
 * How long a question waits for another tab's answer, ms. An idle tab answers within a task or
 * two; a busy or throttled one (an older phone under load) much later: a loaded host's seat tab
 * answered after the 250 ms once allowed, and the door never offered the way to the seat
 * (2026-12-04). The door shows meanwhile and takes an answer whenever it comes; a move keeps its
 * button busy until the seat comes or the wait ends.
 */
export const OTHER_TAB_WAIT_MS = 5_000;

/** A seat as this tab keeps it (session.ts Seat): the meeting, its resume token, the last seq seen. */
export interface TabSeat {
  meetingId: string;
  token: string;
  lastSeq: number;
}

/** `unsent`: what the tab giving the seat had written and not sent (its share box and draft), if anything. */
type Message = { ask: string } | { here: string } | { take: string; nonce: string } | { seat: TabSeat; nonce: string; unsent?: string } | { ended: string };

let answering = false;

/**
 * The meeting page open in this tab, for a seat moved to another tab: its unsent words go with
 * the seat (a third fresh tester, 2026-12-03, lost a half-written share moving the seat), and the
 * page is told the move was asked for, so it does not say "someone has your link".
 */
export interface SeatGiver {
  meetingId: string;
  /** What the page's boxes hold and was not sent ('' when nothing). */
  unsent(): string;
  /** The seat is going to another tab of this browser, at the person's request; `withWords`: its unsent words go along. */
  movedAway(withWords: boolean): void;
}

let giver: SeatGiver | null = null;

/** Registers the meeting page open in this tab; null with `was`: that page is gone (a later page's registration stays). */
export function setSeatGiver(g: SeatGiver | null, was?: SeatGiver): void {
  if (g === null && was !== undefined && giver !== was) return;
  giver = g;
}

/** Caps the words handed over, in UTF-16 units (a share box and a draft, with room to spare). */
const UNSENT_MAX = 20_000;

/**
 * From now on this tab answers other tabs' questions about meeting ids it holds a seat in
 * (`seatIn(id)`, read at the moment of the question). Idempotent; a browser without
 * BroadcastChannel answers nothing.
 */
export function answerSeatQuestions(seatIn: (meetingId: string) => TabSeat | null): void {
  if (answering || typeof BroadcastChannel === 'undefined') return;
  answering = true;
  const ch = new BroadcastChannel(CHANNEL);
  ch.onmessage = (e: MessageEvent<Message>) => {
    const m = e.data;
    if (!m || typeof m !== 'object') return;
    if ('ask' in m && typeof m.ask === 'string' && seatIn(m.ask)) ch.postMessage({ here: m.ask } satisfies Message);
    // The person asks, from a new tab, to have their seat there (an older phone user who cannot
    // find the old tab, a second tester, 2026-12-03): the token goes to that tab, which resumes
    // the seat; this tab is then told it was opened elsewhere, as with a duplicated tab.
    if ('take' in m && typeof m.take === 'string' && typeof m.nonce === 'string') {
      const seat = seatIn(m.take);
      if (!seat) return;
      const page = giver?.meetingId === m.take ? giver : null;
      const unsent = page?.unsent().slice(0, UNSENT_MAX) ?? '';
      page?.movedAway(unsent !== '');
      ch.postMessage({ seat, nonce: m.nonce, ...(unsent ? { unsent } : {}) } satisfies Message);
    }
  };
}

/**
 * Posts `question` to the other tabs of this browser and resolves with the first answer `pick`
 * accepts (a non-null value), or `fallback` when none does within `waitMs` (ms) or the browser
 * has no BroadcastChannel. The channel is closed either way.
 */
function askOtherTabs<T>(question: Message, pick: (answer: Message) => T | null, fallback: T, waitMs: number): Promise<T> {
  if (typeof BroadcastChannel === 'undefined') return Promise.resolve(fallback);
  return new Promise((resolve) => {
    const ch = new BroadcastChannel(CHANNEL);
    const done = (value: T): void => {
      clearTimeout(timer);
      ch.close();
      resolve(value);
    };
    const timer = setTimeout(() => done(fallback), waitMs);
    ch.onmessage = (e: MessageEvent<Message>) => {
      const m = e.data;
      if (!m || typeof m !== 'object') return;
      const value = pick(m);
      if (value !== null) done(value);
    };
    ch.postMessage(question);
  });
}

/**
 * Asks the tab that holds a seat in `meetingId` for it (its token and last seq), for this tab to
 * resume: resolves with the seat and the words that tab had not sent (`unsent`, at most 20,000
 * UTF-16 units), or null when no tab answers within `waitMs` (ms). Only the
 * tabs of this browser profile and origin hear it (BroadcastChannel); nothing is stored here.
 */
export function takeSeatFromOtherTab(meetingId: string, waitMs = OTHER_TAB_WAIT_MS): Promise<{ seat: TabSeat; unsent?: string } | null> {
  const nonce = Math.random().toString(36).slice(2);
  return askOtherTabs<{ seat: TabSeat; unsent?: string } | null>(
    { take: meetingId, nonce },
    (m) => {
      if (!('seat' in m) || m.nonce !== nonce) return null;
      const seat = m.seat;
      if (!(seat && seat.meetingId === meetingId && typeof seat.token === 'string' && typeof seat.lastSeq === 'number')) return null;
      return typeof m.unsent === 'string' && m.unsent ? { seat, unsent: m.unsent.slice(0, UNSENT_MAX) } : { seat };
    },
    null,
    waitMs,
  );
}

/**
 * Resolves true when another tab of this browser says it holds a seat in `meetingId` within
 * `waitMs` (ms), else false (also without BroadcastChannel).
 */
export function seatedInOtherTab(meetingId: string, waitMs = OTHER_TAB_WAIT_MS): Promise<boolean> {
  return askOtherTabs({ ask: meetingId }, (m) => ('here' in m && m.here === meetingId ? true : null), false, waitMs);
}

/**
 * Tells the other tabs of this browser that meeting `meetingId` has ended (this tab was there at
 * its end): a tab whose seat was moved here, set aside with "Take the meeting back here", learns
 * it too and forgets its seat (a fresh tester, 2026-12-04: it kept inviting the person back, and
 * kept the ended meeting's resume token, until pressed). Carries the meeting id alone.
 */
export function tellOtherTabsEnded(meetingId: string): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const ch = new BroadcastChannel(CHANNEL);
  ch.postMessage({ ended: meetingId } satisfies Message);
  ch.close();
}

/** Runs `fn` once when another tab says meeting `meetingId` ended; returns the function that stops listening. */
export function onEndedElsewhere(meetingId: string, fn: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const ch = new BroadcastChannel(CHANNEL);
  ch.onmessage = (e: MessageEvent<Message>) => {
    const m = e.data;
    if (!m || typeof m !== 'object' || !('ended' in m) || m.ended !== meetingId) return;
    ch.close();
    fn();
  };
  return () => ch.close();
}
