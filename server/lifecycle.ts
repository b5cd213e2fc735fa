// What a process tells its own participants when it stops or when the store lost their meetings.
// Everything here acts on this process's sockets only (io.local): a sibling process and its
// people are never touched (io.disconnectSockets() would go cluster-wide through the adapter).
import type { Io } from './broadcast.js';
import { log, ref } from './log.js';
import type { MeetingStore } from './store/store.js';

/** Where the meetings the store lost are recorded (server/store/lost-meetings.ts). */
export interface LostRecord {
  /** Ids of the meetings this process knew before the loss (Meetings.knownIds). */
  known(): string[];
  /** Records them as lost; rejects if the store does not answer (then retried). */
  mark(ids: readonly string[]): Promise<void>;
}

/** Let a farewell reach the wire before the socket is closed. */
const FLUSH_MS = 200;

const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms).unref());

/**
 * Sockets told `bye('interrupted')` whose close is still to come (FLUSH_MS): a check that runs
 * again meanwhile (a loaded process, checks every RUNDE_STORE_CHECK_MS) does not tell them twice
 * (a test run under load saw two byes per socket).
 */
const toldInterrupted = new Set<string>();

/** Tells each socket of `group` not told yet `bye('interrupted')` and closes it after FLUSH_MS; returns how many were told now. */
function tellInterrupted(group: { id: string; emit(ev: 'bye', reason: 'interrupted'): unknown; disconnect(close: boolean): unknown }[]): number {
  const fresh = group.filter((s) => !toldInterrupted.has(s.id));
  for (const s of fresh) {
    toldInterrupted.add(s.id);
    s.emit('bye', 'interrupted');
  }
  setTimeout(() => {
    for (const s of fresh) {
      s.disconnect(true);
      toldInterrupted.delete(s.id);
    }
  }, FLUSH_MS).unref();
  return fresh.length;
}

/**
 * The store's data is gone (Redis restarted empty): tell every local participant whose meeting
 * no longer exists, in words (`bye('interrupted')`; the page explains how to start again), and
 * close their sockets. A meeting created since then is left alone. Returns false if the store
 * could not be asked (try again on the next check).
 */
export async function interruptLostMeetings(io: Io, store: MeetingStore, lost?: LostRecord): Promise<boolean> {
  const sockets = await io.local.fetchSockets();
  const byMeeting = new Map<string, typeof sockets>();
  for (const s of sockets) {
    const id = (s.data as { meetingId?: string }).meetingId;
    if (!id) continue;
    byMeeting.set(id, [...(byMeeting.get(id) ?? []), s]);
  }
  let told = 0;
  try {
    // Recorded first, so a person who comes back later (or whose command found it missing)
    // hears "interrupted", never "ended" — also those with no socket here now (a seat in its
    // grace period): the meetings this process knew, not only those with a socket.
    if (lost) {
      const candidates = new Set([...byMeeting.keys(), ...lost.known()]);
      const missing: string[] = [];
      for (const id of candidates) if (!(await store.load(id))) missing.push(id);
      await lost.mark(missing);
    }
    for (const [id, group] of byMeeting) {
      if (await store.load(id)) continue;
      const now = tellInterrupted(group);
      if (now === 0) continue;
      told += now;
      log('meeting_interrupted', { meeting: ref(id), sockets: now });
    }
  } catch {
    return false;
  }
  if (told > 0) log('store_lost_told', { sockets: told });
  return true;
}

/**
 * The store went back in time (Redis promoted a replica that had not seen the latest writes,
 * e.g. after two failovers in a row): for each meeting in `delivered` ([id, newest seq delivered
 * here], OrderedDelivery.deliveredSeqs) whose stored seq is now lower, every local participant
 * is told `bye('interrupted')` — as after a Redis restarted empty: what they saw is no longer
 * what the store holds, and carrying on from an older state would repeat turns and lose
 * shares — and their sockets are closed. Returns how many meetings were found rolled back;
 * throws if the store cannot be read (try again on the next check).
 */
export async function interruptRolledBack(io: Io, store: MeetingStore, delivered: [string, number][]): Promise<number> {
  let found = 0;
  // The seqs alone: the whole state of every such meeting, every check, cost as much CPU as the
  // commits did at 20 shares/s over 20 meetings; and all of them in one round trip, not one per
  // meeting (Issue 10, docs/performance.md).
  const storedSeqs = delivered.length === 0 ? [] : await store.storedSeqs(delivered.map(([id]) => id));
  for (const [i, [id, seq]] of delivered.entries()) {
    const stored = storedSeqs[i] ?? null;
    if (stored === null || stored >= seq) continue;
    found++;
    const group = (await io.local.fetchSockets()).filter((s) => (s.data as { meetingId?: string }).meetingId === id);
    const now = tellInterrupted(group);
    if (now > 0) log('store_rolled_back', { meeting: ref(id), behindBy: seq - stored, sockets: now });
  }
  return found;
}

/** How long the clients get to close their own connections after a stop's disconnect, ms. */
const CLIENT_CLOSE_MS = 2000;

/**
 * Graceful stop, the part the participants see: every local socket hears `bye('restarting')`
 * (the page reconnects on its own and resumes its seat on whichever process answers), then is
 * disconnected by this process. Only local sockets; new connections are refused by the caller.
 *
 * The disconnect leaves each connection for its client to close (`disconnectSockets(false)`):
 * a long-polling client closes by POSTing a close packet with its session id, which a session
 * the server had already dropped answers with HTTP 400. Resolves once every client closed its
 * connection, or after CLIENT_CLOSE_MS (the caller's io.close() then cuts what is left).
 */
export async function sendEveryoneOff(io: Io): Promise<number> {
  const count = io.sockets.sockets.size;
  io.local.emit('bye', 'restarting');
  await pause(FLUSH_MS);
  io.local.disconnectSockets(false);
  const until = Date.now() + CLIENT_CLOSE_MS;
  while (io.engine.clientsCount > 0 && Date.now() < until) await pause(20);
  return count;
}
