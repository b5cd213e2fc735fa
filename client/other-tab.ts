// Whether another tab of this browser already holds a seat in a meeting. A frightened member who
// taps the meeting's link again gets a fresh tab (its own sessionStorage, so no seat), and the
// join form then answered their own pseudonym with "someone in the meeting already uses that
// name" (a fresh tester, 2026-12-03): they may join again under a new name and leave a ghost
// seat. The tabs ask each other over a BroadcastChannel: same origin and same browser profile
// only, in memory, nothing stored; the answer carries no token or name, only "yes, here".

const CHANNEL = 'runde-seats';
/** How long a question waits for another tab's answer, ms: tabs answer within a task or two. */
export const OTHER_TAB_WAIT_MS = 250;

type Message = { ask: string } | { here: string };

let answering = false;

/**
 * From now on this tab answers other tabs' questions about meeting ids it holds a seat in
 * (`holds(id)`, read at the moment of the question). Idempotent; a browser without
 * BroadcastChannel answers nothing.
 */
export function answerSeatQuestions(holds: (meetingId: string) => boolean): void {
  if (answering || typeof BroadcastChannel === 'undefined') return;
  answering = true;
  const ch = new BroadcastChannel(CHANNEL);
  ch.onmessage = (e: MessageEvent<Message>) => {
    const m = e.data;
    if (m && typeof m === 'object' && 'ask' in m && typeof m.ask === 'string' && holds(m.ask)) ch.postMessage({ here: m.ask } satisfies Message);
  };
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
