// Whether another tab of this browser already holds a seat in a meeting. A frightened member who
// taps the meeting's link again gets a fresh tab (its own sessionStorage, so no seat), and the
// join form then answered their own pseudonym with "someone in the meeting already uses that
// name" (a fresh tester, 2026-12-03): they may join again under a new name and leave a ghost
// seat. The tabs ask each other over a BroadcastChannel: same origin and same browser profile
// only, in memory, nothing stored; the answer carries no token or name, only "yes, here". Only
// when the person asks to move their seat to the new tab does its token go there.

const CHANNEL = 'runde-seats';
/** How long a question waits for another tab's answer, ms: tabs answer within a task or two. */
export const OTHER_TAB_WAIT_MS = 250;

/** A seat as this tab keeps it (session.ts Seat): the meeting, its resume token, the last seq seen. */
export interface TabSeat {
  meetingId: string;
  token: string;
  lastSeq: number;
}

type Message = { ask: string } | { here: string } | { take: string; nonce: string } | { seat: TabSeat; nonce: string };

let answering = false;

/**
 * From now on this tab answers other tabs' questions about meeting ids it holds a seat in
 * (`holds(id)`, read at the moment of the question). Idempotent; a browser without
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
      if (seat) ch.postMessage({ seat, nonce: m.nonce } satisfies Message);
    }
  };
}

/**
 * Asks the tab that holds a seat in `meetingId` for it (its token and last seq), for this tab to
 * resume: resolves with the seat, or null when no tab answers within `waitMs` (ms). Only the
 * tabs of this browser profile and origin hear it (BroadcastChannel); nothing is stored here.
 */
export function takeSeatFromOtherTab(meetingId: string, waitMs = OTHER_TAB_WAIT_MS * 4): Promise<TabSeat | null> {
  if (typeof BroadcastChannel === 'undefined') return Promise.resolve(null);
  const nonce = Math.random().toString(36).slice(2);
  return new Promise((resolve) => {
    const ch = new BroadcastChannel(CHANNEL);
    const done = (seat: TabSeat | null): void => {
      clearTimeout(timer);
      ch.close();
      resolve(seat);
    };
    const timer = setTimeout(() => done(null), waitMs);
    ch.onmessage = (e: MessageEvent<Message>) => {
      const m = e.data;
      if (!m || typeof m !== 'object' || !('seat' in m) || m.nonce !== nonce) return;
      const seat = m.seat;
      if (seat && seat.meetingId === meetingId && typeof seat.token === 'string' && typeof seat.lastSeq === 'number') done(seat);
    };
    ch.postMessage({ take: meetingId, nonce } satisfies Message);
  });
}

/**
 * Resolves true when another tab of this browser says it holds a seat in `meetingId` within
 * `waitMs` (ms), else false (also without BroadcastChannel).
 */
export function seatedInOtherTab(meetingId: string, waitMs = OTHER_TAB_WAIT_MS): Promise<boolean> {
  if (typeof BroadcastChannel === 'undefined') return Promise.resolve(false);
  return new Promise((resolve) => {
    const ch = new BroadcastChannel(CHANNEL);
    const done = (yes: boolean): void => {
      clearTimeout(timer);
      ch.close();
      resolve(yes);
    };
    const timer = setTimeout(() => done(false), waitMs);
    ch.onmessage = (e: MessageEvent<Message>) => {
      const m = e.data;
      if (m && typeof m === 'object' && 'here' in m && m.here === meetingId) done(true);
    };
    ch.postMessage({ ask: meetingId } satisfies Message);
  });
}
