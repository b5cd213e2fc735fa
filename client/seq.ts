// Ordering of what arrives from the server: the newest view wins, every event is applied once,
// and the highest seq seen is what a resume asks from. Pure, so the rules are unit-tested.
import type { LoggedEvent, MeetingView } from '../shared/meeting/view.js';

export class SeqTracker {
  /** Highest seq seen in any view or event: a resume asks for everything after it. */
  lastSeq = 0;
  private lastEventSeq = -1;
  /** Seqs delivered by a resume's `missed` list: the live copy of the same batch is dropped. */
  private replayed = new Set<number>();

  constructor(lastSeq = 0) {
    this.lastSeq = lastSeq;
  }

  /** Whether a view is at least as new as the one shown. */
  acceptView(v: MeetingView, shown: MeetingView | null): boolean {
    if (shown && v.seq < shown.seq) return false;
    this.lastSeq = Math.max(this.lastSeq, v.seq);
    return true;
  }

  /** Events of one command share its seq and arrive together; anything older was seen already. */
  acceptEvent(e: LoggedEvent, fromReplay = false): boolean {
    if (e.seq < this.lastEventSeq) return false;
    if (!fromReplay && this.replayed.has(e.seq)) return false;
    if (fromReplay) this.replayed.add(e.seq);
    else this.replayed.clear();
    this.lastEventSeq = e.seq;
    this.lastSeq = Math.max(this.lastSeq, e.seq);
    return true;
  }
}
