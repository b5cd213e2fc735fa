// After an accepted command: when the core handed "chair next time" on (a private `nextChair`
// event), make the one-time key and send it to that person's sockets only, never to the room.
import { personalRoom, type Accepted, type Io } from '../broadcast.js';
import { log } from '../log.js';
import type { GroupMeetings } from './occurrences.js';

export function deliverNextChairKeys(out: Accepted, groups: GroupMeetings, io: Io): void {
  for (const e of out.events) {
    if (e.type !== 'nextChair') continue;
    void groups
      .handOn(out.state)
      .then((k) => {
        if (k) io.to(personalRoom(out.state.id, e.to)).emit('nextChairKey', k);
      })
      .catch((err: unknown) => log('hand_on_error', { error: err instanceof Error ? err.name : 'unknown' }));
  }
}
