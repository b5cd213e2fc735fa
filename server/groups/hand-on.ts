// After an accepted command: when the core handed "chair next time" on (a private `nextChair`
// event), make the one-time key and send it to that person's socket only, never to the room.
import type { Accepted, Io } from '../broadcast.js';
import { log } from '../log.js';
import { splitConn } from '../seat-holder.js';
import type { MeetingStore } from '../store/store.js';
import type { GroupMeetings } from './occurrences.js';

/**
 * Sends each `nextChair` event's person their key (`nextChairKey`), to the socket that holds
 * their seat (MeetingStore.holder), in whichever process it is: through the adapter, to the
 * room socket.io keeps for every socket id. Nothing is sent when the seat has no holder.
 */
export function deliverNextChairKeys(out: Accepted, groups: GroupMeetings, io: Io, store: Pick<MeetingStore, 'holder'>): void {
  for (const e of out.events) {
    if (e.type !== 'nextChair') continue;
    void groups
      .handOn(out.state)
      .then(async (k) => {
        if (!k) return;
        const holder = await store.holder(out.state.id, e.to);
        if (holder) io.to(splitConn(holder).socketId).emit('nextChairKey', k);
      })
      .catch((err: unknown) => log('hand_on_error', { error: err instanceof Error ? err.name : 'unknown' }));
  }
}
