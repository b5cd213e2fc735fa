// Ordering of what arrives from the server (docs/protocol.md, "Delivery: order and exactly
// once"). The server sends a seated socket every seq's room events and then its view, in seq
// order, and the acknowledgement of a join, resume or catchUp covers everything up to its view's
// seq. So anything that arrives more than one seq ahead of what we have is a gap: we hold it,
// ask for the log (`catchUp`), show what was missed, then what we held — never out of order,
// never twice, never dropped. Pure, so the rules are unit-tested (test/client/seq.test.ts).
import type { LoggedEvent, MeetingView } from '../shared/meeting/view.js';

/** `seq`: the server's seq notice (a command that changed nothing this person sees): nothing to show, only its seq. */
export type Item = { kind: 'view'; v: MeetingView } | { kind: 'event'; e: LoggedEvent } | { kind: 'seq'; seq: number };

export interface LiveResult {
  /** What to show now, in this order. */
  show: Item[];
  /** A gap was found: send `catchUp { afterSeq }` and pass its answer to `settle`. */
  askAfter: number | null;
}

const seqOf = (i: Item): number => (i.kind === 'view' ? i.v.seq : i.kind === 'seq' ? i.seq : i.e.seq);
/** Private events (with `to`) are never in a log, so never in `missed`: they are never duplicates. */
const isPrivate = (i: Item): boolean => i.kind === 'event' && 'to' in i.e.event;

export class SeqTracker {
  /** Highest seq we have everything up to: a resume or catchUp asks for what follows it. */
  lastSeq: number;
  /** Waiting for an acknowledgement (join, resume, catchUp): live items are held until it comes. */
  private settling = false;
  private held: Item[] = [];
  /** Live items at or below the last acknowledgement's seq were covered by it. */
  private floor = -1;
  /** At the door no seqs arrive: the first one after being let in is where the room starts. */
  private unanchored = false;

  constructor(lastSeq = 0) {
    this.lastSeq = lastSeq;
  }

  /** A join or resume was sent (after `from`, the seq it asks from): hold live items until `settle`. */
  begin(from: number): void {
    this.lastSeq = from;
    this.settling = true;
    this.held = [];
    this.floor = -1;
    this.unanchored = false;
  }

  /** Sent (back) to the door: nothing of the meeting arrives until let in again. */
  atDoor(): void {
    this.unanchored = true;
  }

  get repairing(): boolean {
    return this.settling;
  }

  /**
   * An acknowledgement: its `missed` events, then its view (null at the door). Returns what to
   * show in order: the missed events not yet shown, the view, then the held items after it —
   * up to the next gap, if any (then `askAfter` says so again).
   */
  settle(view: MeetingView | null, missed: LoggedEvent[]): LiveResult {
    this.settling = false;
    const show: Item[] = [];
    for (const e of missed) if (e.seq > this.lastSeq) show.push({ kind: 'event', e });
    if (view) {
      if (view.seq >= this.lastSeq) show.push({ kind: 'view', v: view });
      this.lastSeq = Math.max(this.lastSeq, view.seq);
      this.floor = view.seq;
    } else this.unanchored = true;
    const held = this.held;
    this.held = [];
    return this.feed(held, show);
  }

  /** The gap could not be repaired (no answer): show what was held, in order, and carry on. */
  giveUp(): Item[] {
    this.settling = false;
    const held = this.held.sort((a, b) => seqOf(a) - seqOf(b));
    this.held = [];
    const show = held.filter((i) => isPrivate(i) || seqOf(i) >= this.lastSeq);
    for (const i of show) this.lastSeq = Math.max(this.lastSeq, seqOf(i));
    return show;
  }

  /** A live view or event. */
  live(item: Item): LiveResult {
    return this.feed([item], []);
  }

  private feed(items: Item[], show: Item[]): LiveResult {
    for (const [n, item] of items.entries()) {
      if (this.settling) {
        this.held.push(...items.slice(n));
        return { show, askAfter: null };
      }
      const seq = seqOf(item);
      if (this.unanchored) {
        this.unanchored = false;
        this.lastSeq = Math.max(this.lastSeq, seq - 1);
      }
      if (seq > this.lastSeq + 1) {
        // A gap: hold this and everything after it until the log fills it.
        this.settling = true;
        this.held.push(...items.slice(n));
        return { show, askAfter: this.lastSeq };
      }
      if (isPrivate(item)) {
        show.push(item);
        this.lastSeq = Math.max(this.lastSeq, seq);
        continue;
      }
      // Covered by the last acknowledgement, or older than what we have: seen already.
      if (seq <= this.floor || seq < this.lastSeq) continue;
      this.lastSeq = seq;
      show.push(item);
    }
    return { show, askAfter: null };
  }
}
