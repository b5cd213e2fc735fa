// What a process tells its own participants when it stops or when the store lost their meetings.
// Everything here acts on this process's sockets only (io.local): a sibling process and its
// people are never touched (io.disconnectSockets() would go cluster-wide through the adapter).
import type { Io } from './broadcast.js';
import { log, ref } from './log.js';
import type { MeetingStore } from './store/store.js';

/** Let a farewell reach the wire before the socket is closed. */
const FLUSH_MS = 200;

const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms).unref());

/**
 * The store's data is gone (Redis restarted empty): tell every local participant whose meeting
 * no longer exists, in words (`bye('interrupted')`; the page explains how to start again), and
 * close their sockets. A meeting created since then is left alone. Returns false if the store
 * could not be asked (try again on the next check).
 */
export async function interruptLostMeetings(io: Io, store: MeetingStore): Promise<boolean> {
  const sockets = await io.local.fetchSockets();
  const byMeeting = new Map<string, typeof sockets>();
  for (const s of sockets) {
    const id = (s.data as { meetingId?: string }).meetingId;
    if (!id) continue;
    byMeeting.set(id, [...(byMeeting.get(id) ?? []), s]);
  }
  let told = 0;
  try {
    for (const [id, group] of byMeeting) {
      if (await store.load(id)) continue;
      for (const s of group) s.emit('bye', 'interrupted');
      told += group.length;
      log('meeting_interrupted', { meeting: ref(id), sockets: group.length });
      setTimeout(() => group.forEach((s) => s.disconnect(true)), FLUSH_MS).unref();
    }
  } catch {
    return false;
  }
  if (told > 0) log('store_lost_told', { sockets: told });
  return true;
}

/**
 * Graceful stop, the part the participants see: every local socket hears `bye('restarting')`
 * (the page reconnects on its own and resumes its seat on whichever process answers), then is
 * closed by this process. Only local sockets; new connections are refused by the caller.
 */
export async function sendEveryoneOff(io: Io): Promise<number> {
  const count = io.sockets.sockets.size;
  io.local.emit('bye', 'restarting');
  await pause(FLUSH_MS);
  io.local.disconnectSockets(true);
  return count;
}
