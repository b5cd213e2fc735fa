// A seat's silent link in another process. A return (`resume`) that beats the server's notice of
// its old link's silence must record the drop first, dated from the silence (realtime.ts
// recordSilence); with several processes the old connection is, as often as not, in another one
// (a phone back on a new network reaches whichever process the balancer picks). The process that
// runs the resume asks the others, over the adapter's server-side emit with acknowledgements, and
// each answers for its own connections.
import type { Io } from './broadcast.js';

/** A connection of the seat that went silent: its connection id and since when (server ms). */
export interface Silence {
  conn: string;
  closed: number;
}

/**
 * How long (ms) a resume waits for the other processes' answers. Past it the resume goes on as
 * if none had seen the link go silent (a return counted as before this existed), so a process
 * that stalls costs a return at most this much.
 */
export const SILENCE_QUERY_MS = 400;

const isSilence = (x: unknown): x is Silence =>
  typeof x === 'object' && x !== null && typeof (x as Silence).conn === 'string' && typeof (x as Silence).closed === 'number' && Number.isFinite((x as Silence).closed);

/**
 * Registers this process's answer to the others' `silence` question (`local(meetingId, pid,
 * asker)`: the silence of one of its own connections of that seat other than `asker`, or null)
 * and returns the function that asks the others. The question carries ids only (a meeting, a
 * seat, a connection): nothing of a person. Answers that are not a Silence are ignored; of
 * several, the earliest `closed` counts. Resolves null when no process answers with one within
 * SILENCE_QUERY_MS, or the adapter refuses (a single process: no adapter to ask through).
 */
export function silenceQuery(io: Io, local: (meetingId: string, pid: string, asker: string) => Silence | null): (meetingId: string, pid: string, asker: string) => Promise<Silence | null> {
  io.on('silence', (meetingId, pid, asker, answer) => {
    if (typeof answer !== 'function') return;
    answer(typeof meetingId === 'string' && typeof pid === 'string' && typeof asker === 'string' ? local(meetingId, pid, asker) : null);
  });
  return (meetingId, pid, asker) =>
    new Promise<Silence | null>((resolve) => {
      // The adapter's own wait (its requestsTimeout) is seconds: a resume does not wait that long.
      const timer = setTimeout(resolve, SILENCE_QUERY_MS, null);
      timer.unref();
      const pick = (responses: unknown[]): void => {
        clearTimeout(timer);
        let best: Silence | null = null;
        for (const r of responses) if (isSilence(r) && (best === null || r.closed < best.closed)) best = r;
        resolve(best);
      };
      try {
        io.serverSideEmit('silence', meetingId, pid, asker, (_err: Error | null, responses: unknown[]) => pick(Array.isArray(responses) ? responses : []));
      } catch {
        pick([]);
      }
    });
}
