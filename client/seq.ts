// Ordering of what arrives from the server (docs/protocol.md, "Delivery: order and exactly
// once"). The server sends a seated socket every seq's room events and then its view, in seq
// order, and the acknowledgement of a join, resume or catchUp covers everything up to its view's
// seq. So anything that arrives more than one seq ahead of what we have is a gap: we hold it,
// ask for the log (`catchUp`), show what was missed, then what we held — never out of order,
// never twice, never dropped. Pure, so the rules are unit-tested (test/client/seq.test.ts).
//
// Missed events reach the page one way only, whatever brought them (a join's or resume's
// acknowledgement, a catchUp's answer, a server's gap fill from the store's log): as one
// `caughtUp` item, the view that holds their effects first, then the events. The page tells an
// event shown after a view at or above its seq as history (client/meeting/replay-news.ts): into
// the transcript unheard, a call to act no longer true left out, one still true said once.
import type { LoggedEvent, MeetingView } from '../shared/meeting/view.js';
import type { SentEvent } from '../shared/protocol.js';

/** What arrives from the server. `seq`: the server's seq notice (a command that changed nothing this person sees): nothing to show, only its seq. */
export type Arrival = { kind: 'view'; v: MeetingView } | { kind: 'event'; e: SentEvent } | { kind: 'seq'; seq: number };

/**
 * What to show. `caughtUp`: events this page missed (`missed`, in seq order, each ≤ `v.seq`) and
 * the view that holds their effects: show `v` first (unless already shown), then `missed` as history.
 */
export type Item = Arrival | { kind: 'caughtUp'; v: MeetingView; missed: LoggedEvent[] };

export interface LiveResult {
  /** What to show now, in this order. */
  show: Item[];
  /** A gap was found: send `catchUp { afterSeq }` and pass its answer to `settle`. */
  askAfter: number | null;
}

const seqOf = (i: Arrival): number => (i.kind === 'view' ? i.v.seq : i.kind === 'seq' ? i.seq : i.e.seq);
/** Private events (with `to`) are never in a log, so never in `missed`: they are never duplicates. */
const isPrivate = (i: Arrival): boolean => i.kind === 'event' && 'to' in i.e.event;
/** A room event a server's gap fill read from the store's log (docs/protocol.md "Every seq, no gaps"): missed, not live. */
const isFilled = (i: Arrival): boolean => i.kind === 'event' && i.e.filled === true && !isPrivate(i);
/** The event as logged, without the wire's `filled` mark. */
const logged = (e: SentEvent): LoggedEvent => ({ seq: e.seq, at: e.at, event: e.event });

export class SeqTracker {
  /** Highest seq we have everything up to: a resume or catchUp asks for what follows it. */
  lastSeq: number;
  /** Waiting for an acknowledgement (join, resume, catchUp): live items are held until it comes. */
  private settling = false;
  /** A server's gap fill is arriving: its events are held until its view, which closes it. */
  private filling = false;
  private held: Arrival[] = [];
  /** Live items at or below the last acknowledgement's seq were covered by it. */
  private floor = -1;
  /** At the door no seqs arrive: the first one after being let in is where the room starts. */
  private unanchored = false;

  constructor(lastSeq = 0) {
    this.lastSeq = lastSeq;
  }

  /**
   * A join or resume was sent (after `from`, the seq it asks from): hold live items until `settle`.
   * Whatever was held before (a gap repair or a gap fill cut short by the connection) is dropped:
   * the acknowledgement brings its room events again, in `missed`, with the view.
   */
  begin(from: number): void {
    this.lastSeq = from;
    this.settling = true;
    this.filling = false;
    this.held = [];
    this.floor = -1;
    this.unanchored = false;
  }

  /** Sent (back) to the door: nothing of the meeting arrives until let in again. */
  atDoor(): void {
    this.unanchored = true;
  }

  /** Waiting for an acknowledgement or for a gap fill's view: what arrives is held. */
  get repairing(): boolean {
    return this.settling || this.filling;
  }

  /**
   * An acknowledgement: its `missed` events, then its view (null at the door). Returns what to
   * show in order: the missed events not yet shown with the view (one `caughtUp`), then the held
   * items after it — up to the next gap, if any (then `askAfter` says so again).
   */
  settle(view: MeetingView | null, missed: LoggedEvent[]): LiveResult {
    this.settling = false;
    this.filling = false;
    const show: Item[] = [];
    const fresh = missed.filter((e) => e.seq > this.lastSeq);
    if (view) {
      // `missed` ends at view.seq: a view older than what we have brings nothing new.
      if (view.seq >= this.lastSeq) show.push({ kind: 'caughtUp', v: view, missed: fresh });
      this.lastSeq = Math.max(this.lastSeq, view.seq);
      this.floor = view.seq;
    } else this.unanchored = true;
    const held = this.held;
    this.held = [];
    return this.feed(held, show);
  }

  /** A live view, event or seq notice. */
  live(item: Arrival): LiveResult {
    return this.feed([item], []);
  }

  private feed(items: Arrival[], show: Item[]): LiveResult {
    for (const [n, item] of items.entries()) {
      if (this.settling) {
        this.held.push(...items.slice(n));
        return { show, askAfter: null };
      }
      if (this.filling) {
        if (item.kind !== 'view') {
          this.held.push(item);
          continue;
        }
        // The fill's view: what it holds was missed, shown with it, unless a seq is missing.
        const fill = this.closeFill(item.v);
        if (fill === null) {
          this.settling = true;
          this.held.push(...items.slice(n));
          return { show, askAfter: this.lastSeq };
        }
        show.push(...fill);
        continue;
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
      if (isFilled(item)) {
        // A server's gap fill: history, held until the view it ends with (lastSeq stays, so a
        // resume meanwhile asks for it again).
        this.filling = true;
        this.held.push(item);
        continue;
      }
      this.lastSeq = seq;
      show.push(item);
    }
    return { show, askAfter: null };
  }

  /**
   * A gap fill's view `v` arrived: the held room events (and seq notices) must run on from
   * lastSeq without a gap up to `v.seq`. Then returns the `caughtUp` to show (and any private
   * event held, after it); null when a seq is missing (then the log is asked, as for any gap).
   */
  private closeFill(v: MeetingView): Item[] | null {
    let top = this.lastSeq;
    for (const i of this.held) {
      if (isPrivate(i)) continue;
      const s = seqOf(i);
      if (s > top + 1) return null;
      top = Math.max(top, s);
    }
    if (v.seq > top + 1 || v.seq < top) return null;
    const held = this.held;
    this.held = [];
    this.filling = false;
    const missed = held.flatMap((i) => (i.kind === 'event' && !isPrivate(i) && i.e.seq > this.lastSeq ? [logged(i.e)] : []));
    this.lastSeq = v.seq;
    return [{ kind: 'caughtUp', v, missed }, ...held.filter(isPrivate)];
  }
}
