// A running meeting for the drills: people seated across server processes, sharing in turn
// (hands mode, so rounds never run out), each "person" surviving their socket: when it drops,
// or the server closes it after saying `restarting`, the person reconnects (to a process of the
// drill's choosing) and resumes with their token, as the page does. Every event each person's sockets received is
// kept, raw, so the drill can prove each share arrived exactly once and in order.
import { Redis } from 'ioredis';
import type { LoggedEvent } from '../../shared/meeting/view.js';
import { meetingKeys } from '../../server/store/redis-keys.js';
import { readLogEntries } from '../../server/store/redis-log.js';
import { TestClient } from '../../test/helpers/client.js';
import { createMeeting } from '../../test/helpers/server.js';
import { refuseDirectRun, sleep, until, type Figures } from './common.js';

/** The people of the two-process drills, the chair first; seated round-robin over the processes. */
export const DRILL_PEOPLE = ['Leder', 'Bjørk', 'Selje', 'Rogn', 'Hegg', 'Osp'];

/** Shares each person should have had against what they got (MeetingDriver.check). */
export interface DeliveryCheck {
  missing: number;
  doubled: number;
  outOfOrder: number;
  /** One line per person with a fault. */
  details: string[];
}

/** The figure every drill reports, under the key 'missing / doubled / out of order (all people)'. */
export const deliveryFigure = (c: DeliveryCheck): string => `${c.missing} / ${c.doubled} / ${c.outOfOrder}`;

/**
 * A drill's verdict: its figures when nothing failed; otherwise an Error naming the drill's own
 * failures, then any share missing, doubled or out of order, followed by all the figures.
 */
export function verdict(figures: Figures, failures: string[], check: DeliveryCheck): Figures {
  const all = [...failures];
  if (check.missing || check.doubled || check.outOfOrder) all.push(check.details.join('; '));
  if (all.length) throw new Error(`${all.join('; ')}\n${JSON.stringify(figures, null, 1)}`);
  return figures;
}

export interface Person {
  name: string;
  /** The socket in use now; replaced on every resume. */
  client: TestClient;
  /** Every event received, on every socket of this person (resume replays included), in arrival order. */
  received: LoggedEvent[];
  /** The seq at which this person was seated (the first view's seq). */
  seatedSeq: number;
  you: string;
  resumes: number;
  /** ms from losing a socket to holding the seat again, per resume. */
  backMs: number[];
  failedResumes: string[];
  moving: boolean;
}

export interface DriverOptions {
  /** Which process a person reconnects to (e.g. "the other one", "any live one"). */
  pickUrl: (p: Person) => string;
  /** Pause between a share and finishing it, ms (a speaker typing). */
  shareMs?: number;
  /** socket.io transports of every connection (default WebSocket only); ['polling'] as a page behind a firewall. */
  transports?: ('websocket' | 'polling')[];
}

export class MeetingDriver {
  readonly people: Person[] = [];
  meetingId = '';
  chairKey = '';
  private running = false;
  private loops: Promise<void>[] = [];
  /** Shares whose `share` command was acknowledged ok. */
  readonly said: string[] = [];
  readonly errors: string[] = [];
  private counter = 0;

  constructor(private readonly opts: DriverOptions) {}

  private connectOpts(): { transports?: ('websocket' | 'polling')[] } {
    return this.opts.transports ? { transports: this.opts.transports } : {};
  }

  /** Creates a meeting on urls[0], seats `names` round-robin over `urls`, and starts a hands round. */
  async start(urls: string[], names: string[]): Promise<void> {
    const m = await createMeeting(urls[0]!);
    this.meetingId = m.meetingId;
    this.chairKey = m.chairKey;
    for (const [i, name] of names.entries()) {
      const client = await TestClient.connect(urls[i % urls.length]!, this.connectOpts());
      const ack = await client.join(this.meetingId, name, i === 0 ? { chairKey: m.chairKey } : {});
      if (!ack.ok) throw new Error(`join ${name}: ${ack.code}`);
      const p: Person = { name, client, received: [], seatedSeq: 'view' in ack ? ack.view.seq : 0, you: ack.you, resumes: 0, backMs: [], failedResumes: [], moving: false };
      this.watch(p, client);
      this.people.push(p);
    }
    const chair = this.people[0]!.client;
    await chair.ok('start');
    await chair.ok('setTurnMode', { mode: 'hands' });
    await chair.ok('advance');
  }

  private watch(p: Person, c: TestClient): void {
    // A person sees the meeting through one socket at a time, as a page does: what an old socket
    // still receives after the person moved on is not theirs any more.
    c.socket.on('event', (e) => {
      if (p.client === c) p.received.push(e);
    });
    // After bye('restarting') the page keeps its socket (and what arrives on it) until the server
    // closes it, then resumes from the last seq it saw: so does the person (see the disconnect).
    c.socket.on('disconnect', (reason) => {
      // A close we asked for is not a drop; everything else (transport close, server close) is.
      if (reason !== 'io client disconnect') void this.move(p, c);
    });
  }

  /** Reconnects the person and resumes their seat; retries until it works or the drill ends. */
  async move(p: Person, from: TestClient): Promise<void> {
    if (p.client !== from || p.moving) return;
    p.moving = true;
    const lost = Date.now();
    try {
      for (let attempt = 0; attempt < 100; attempt++) {
        await sleep(attempt === 0 ? 50 + Math.random() * 200 : 300);
        let next: TestClient;
        try {
          next = await TestClient.connect(this.opts.pickUrl(p), this.connectOpts());
        } catch {
          continue;
        }
        const lastSeq = Math.max(0, ...p.received.map((e) => e.seq), ...p.client.views.map((v) => v.seq));
        const events: LoggedEvent[] = [];
        next.socket.on('event', (e) => events.push(e));
        const ack = await next.resume(this.meetingId, p.client.token, lastSeq).catch(() => null);
        if (!ack?.ok) {
          next.close();
          const code = ack ? ack.code : 'TIMEOUT';
          if (code !== 'STORE_UNAVAILABLE' && code !== 'BUSY' && code !== 'TIMEOUT') {
            p.failedResumes.push(code);
            return;
          }
          continue;
        }
        // Replayed events come first, then what arrived live meanwhile, as the page sees them.
        p.received.push(...ack.missed);
        p.received.push(...events);
        next.socket.off('event');
        if (ack.you !== p.you) p.failedResumes.push('another seat');
        p.client = next;
        this.watch(p, next);
        p.resumes++;
        p.backMs.push(Date.now() - lost);
        return;
      }
      p.failedResumes.push('gave up');
    } finally {
      p.moving = false;
    }
  }

  /** Everyone raises a hand, takes their turn when it comes, shares, finishes; until stop(). */
  run(): void {
    this.running = true;
    this.loops = this.people.map((p) => this.personLoop(p));
  }

  private async personLoop(p: Person): Promise<void> {
    while (this.running) {
      await sleep(40 + Math.random() * 40);
      const c = p.client;
      if (p.moving || !c.socket.connected || c.views.length === 0) continue;
      const v = c.latest;
      try {
        if (v.speaker?.id === p.you) {
          const text = `${p.name} ${++this.counter}`;
          const ack = await c.emit('share', { text });
          if (ack.ok) this.said.push(text);
          await sleep(this.opts.shareMs ?? 100);
          if (p.client === c && c.socket.connected) await c.emit('finishShare', {});
          // Wait for the turn to move on before anything else.
          await until(() => p.client !== c || c.latest.speaker?.id !== p.you, 'turn moved on', 3000).catch(() => undefined);
        } else if (!v.participants.find((x) => x.id === p.you)?.hand && v.phase === 'round') {
          const ack = await c.emit('raiseHand', {});
          if (!ack.ok && ack.code !== 'ALREADY_DONE' && ack.code !== 'STORE_UNAVAILABLE') this.errors.push(`raiseHand ${ack.code}`);
          await until(() => p.client !== c || c.latest.seq > v.seq, 'hand seen', 2000).catch(() => undefined);
        }
      } catch {
        // A socket that dropped mid-command: the person's move() takes over.
      }
    }
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  /** Starts the share round and waits until `n` shares were said (before a drill's fault); returns how many. */
  async runUntilShares(what: string, n = 4, waitMs = 20_000): Promise<number> {
    this.run();
    await until(() => this.said.length >= n, `some shares before ${what}`, waitMs);
    return this.said.length;
  }

  /** A drill's `finally`: the round stopped and every person's socket closed. */
  async close(): Promise<void> {
    await this.stop();
    this.people.forEach((p) => p.client.close());
  }

  /** The shares in the store's log and what reached each person against them (see check). */
  async delivery(redisUrl: string): Promise<{ logged: { seq: number; text: string }[]; check: DeliveryCheck }> {
    const logged = await this.loggedShares(redisUrl);
    return { logged, check: MeetingDriver.check(this.people, logged) };
  }

  /** The meeting's shares in commit order, from the store's log (the ground truth). */
  async loggedShares(redisUrl: string): Promise<{ seq: number; text: string }[]> {
    const r = new Redis(redisUrl);
    try {
      return (await readLogEntries(r, meetingKeys(this.meetingId).log, -1))
        .flatMap((e) => (e.event.type === 'share' ? [{ seq: e.seq, text: e.event.text }] : []));
    } finally {
      r.disconnect();
    }
  }

  /**
   * Checks every person against the log: each share committed after they were seated arrived,
   * exactly once, in commit order. Returns the counts of what was missing, doubled or out of order.
   */
  static check(people: Person[], logged: { seq: number; text: string }[]): DeliveryCheck {
    let missing = 0;
    let doubled = 0;
    let outOfOrder = 0;
    const details: string[] = [];
    for (const p of people) {
      const got = p.received.flatMap((e) => (e.event.type === 'share' ? [{ seq: e.seq, text: e.event.text }] : []));
      const expected = logged.filter((s) => s.seq > p.seatedSeq);
      const counts = new Map<string, number>();
      for (const g of got) counts.set(g.text, (counts.get(g.text) ?? 0) + 1);
      const miss = expected.filter((s) => !counts.has(s.text)).length;
      const dbl = [...counts.values()].filter((n) => n > 1).length;
      let ooo = 0;
      for (let i = 1; i < got.length; i++) if (got[i]!.seq <= got[i - 1]!.seq) ooo++;
      if (miss || dbl || ooo) details.push(`${p.name}: ${miss} missing, ${dbl} doubled, ${ooo} out of order (of ${expected.length})`);
      missing += miss;
      doubled += dbl;
      outOfOrder += ooo;
    }
    return { missing, doubled, outOfOrder, details };
  }
}

refuseDirectRun(import.meta.url);
