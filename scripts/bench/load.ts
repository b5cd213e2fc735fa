// The open-loop share load: shares are sent at a fixed rate, round-robin over the meetings'
// speakers, without waiting for acks (a slow server does not slow the load down, it falls
// behind, which is what p99 and delivery measure). Every share is 300 characters with a unique
// tag; a delivery is one non-speaker receiving a frame that holds the tag.
import { performance } from 'node:perf_hooks';
import type { ServerChild } from './servers.js';
import { MARK, shareTag, type BenchMeeting, type Member } from './targets.js';

const FILLER = ' Jeg har hatt en lang uke, og det er godt å være her i kveld. I dag kjenner jeg på takknemlighet.'.repeat(4);

/** Makes a 300-character share text carrying `tag`. */
export function shareText(tag: number): string {
  const head = `${MARK}${tag}${MARK}`;
  return head + FILLER.slice(0, 300 - head.length);
}

export interface LoadResult {
  sharesPerSec: number;
  sent: number;
  expected: number;
  delivered: number;
  deliveriesPerSec: number;
  p50: number;
  p99: number;
  bytesPerDelivery: number;
  /** WebSocket frames received per delivered share (every frame, pings included): each one is a socket write on the server. */
  framesPerDelivery: number;
  cpuPer1000: number;
  /** The user-mode part of cpuPer1000 (ServerChild.userSeconds); the rest is the kernel's. */
  userPer1000: number;
  /** Read- and write-type system calls of the server per delivered share (ServerChild.ioSyscalls). */
  syscallsPerDelivery: number;
  errors: number;
}

/** Tracks sent shares and their deliveries across every member of every meeting. */
export class DeliveryTracker {
  private readonly sentAt = new Map<number, { t: number; meeting: number; speaker: number }>();
  latencies: number[] = [];
  delivered = 0;
  private nextTag = 1;
  /** Deliveries in the window per `meeting:member` (missedBy). */
  private readonly perMember = new Map<string, number>();
  /** Shares in the window per meeting. */
  private readonly sharesIn = new Map<number, number>();
  /** Shares with a lower tag are not counted (sent before the measured window: a warm-up's). */
  private countFrom = 0;

  constructor(private readonly speakers: () => number[]) {}

  /** The frame hook every member reports to. */
  readonly onFrame = (member: number, meeting: number, frame: string): void => {
    const tag = shareTag(frame);
    if (tag < 0) return;
    if (tag < this.countFrom) return;
    const s = this.sentAt.get(tag);
    if (!s || s.meeting !== meeting || s.speaker === member) return;
    this.delivered += 1;
    const k = `${meeting}:${member}`;
    this.perMember.set(k, (this.perMember.get(k) ?? 0) + 1);
    this.latencies.push(performance.now() - s.t);
  };

  newShare(meeting: number): number {
    const tag = this.nextTag++;
    this.sharesIn.set(meeting, (this.sharesIn.get(meeting) ?? 0) + 1);
    this.sentAt.set(tag, { t: performance.now(), meeting, speaker: this.speakers()[meeting] ?? -1 });
    return tag;
  }

  /** Starts a new measured window: only shares made from now on are counted. */
  reset(): void {
    this.latencies = [];
    this.delivered = 0;
    this.countFrom = this.nextTag;
    this.perMember.clear();
    this.sharesIn.clear();
  }

  /**
   * Who missed deliveries in the window: `meeting:member` with the count received and the
   * meeting's shares (`members` per meeting: its members' count, the speaker included), so a
   * shortfall can be told apart as one member gone (every share of one meeting) or shares late.
   */
  missedBy(members: number[], speakers: number[]): string[] {
    const out: string[] = [];
    for (const [meeting, shares] of this.sharesIn) {
      for (let m = 0; m < (members[meeting] ?? 0); m++) {
        if (m === speakers[meeting]) continue;
        const got = this.perMember.get(`${meeting}:${m}`) ?? 0;
        if (got < shares) out.push(`meeting ${meeting} member ${m}: ${got}/${shares}`);
      }
    }
    return out;
  }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

/**
 * Brings back every member whose socket is closed, as a real client would: reconnects it and
 * takes its place back (Runde: `resume` with its token into the same seat, so the meeting's size
 * and turn order are what the round expects; the relays: a join of the same room), waits until
 * every one is back and the reconnect's own frames have arrived (250 ms more), and prints one line
 * when it had to (`note`: what the caller knows, e.g. how long the server was stopped). Called
 * before a round's counters start (runLoad does, and main.ts before it), so no round counts the
 * reconnect's frames, bytes or CPU. Returns how many sockets were closed.
 *
 * Why (performance.md, 2026-12-05): a server stopped (SIGSTOP, the CPU phase) while one of its
 * heartbeat pings waits for its pong, for longer than pingTimeout (10 s), closes that socket
 * on SIGCONT before it reads the pong waiting for it; without this the member stayed out for
 * every later round.
 */
export async function bringBack(meetings: BenchMeeting[], servers: ServerChild[], note = ''): Promise<number> {
  const closed: { meeting: number; index: number; member: Member }[] = [];
  meetings.forEach((m, meeting) => m.members.forEach((member, index) => void (member.open === false && closed.push({ meeting, index, member }))));
  if (closed.length === 0) return 0;
  const t0 = performance.now();
  const acked = await Promise.all(closed.map((c) => c.member.comeBack().catch(() => false)));
  const ms = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 250));
  const notBack = closed.filter((c, k) => !acked[k] || c.member.open === false).length;
  const who = closed.slice(0, 6).map((c) => `meeting ${c.meeting} member ${c.index}`).join(', ') + (closed.length > 6 ? ', …' : '');
  const kinds = [...new Set(servers.map((x) => x.kind))].join(' + ');
  console.log(
    `  reconnected on ${kinds}: ${closed.length === 1 ? "1 member's socket was" : `${closed.length} members' sockets were`} closed (${who})${note}; ` +
      `${closed.length - notBack} back in ${closed.length === 1 ? 'its seat' : 'their seats'} in ${Math.round(ms)} ms${notBack ? `, ${notBack} NOT back` : ''}`,
  );
  return closed.length;
}

/**
 * Sends `rate` shares/s for `warmMs` + `ms`, waits `drainMs`, and measures the last `ms` only:
 * the warm-up runs at the same rate without a break (the server's JIT, caches and timers settle
 * in it), and its shares, their deliveries, bytes and CPU are left out of every figure. The CPU
 * window runs from the end of the warm-up until the last measured share was delivered (or the
 * drain ran out); the warm-up's last shares still in flight at its end (a few ms at most) are
 * the only work of it that can fall inside. `onWindow` runs as the measured window opens.
 */
export async function runLoad(
  meetings: BenchMeeting[],
  tracker: DeliveryTracker,
  servers: ServerChild[],
  rate: number,
  ms: number,
  drainMs = 1500,
  warmMs = 0,
  onWindow: () => void = () => undefined,
): Promise<LoadResult> {
  await bringBack(meetings, servers);
  tracker.reset();
  const members = meetings.flatMap((m) => m.members);
  let bytes0 = 0;
  let frames0 = 0;
  let cpu0 = 0;
  let user0 = 0;
  let calls0 = 0;
  const startWindow = (): void => {
    tracker.reset();
    bytes0 = sum(members.map((x) => x.bytesIn));
    frames0 = sum(members.map((x) => x.framesIn));
    cpu0 = sum(servers.map((s) => s.cpuSeconds()));
    user0 = sum(servers.map((s) => s.userSeconds()));
    calls0 = sum(servers.map((s) => s.ioSyscalls()));
    onWindow();
  };
  startWindow();
  let measuring = warmMs <= 0;
  let total = 0;
  let sent = 0;
  let expected = 0;
  let errors = 0;
  let next = 0;
  const t0 = performance.now();
  const endMs = warmMs + ms;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const elapsed = performance.now() - t0;
      if (!measuring && elapsed >= warmMs) {
        // Only shares made from here on are counted; CPU, bytes and frames from here on.
        measuring = true;
        startWindow();
      }
      const due = Math.min(Math.floor((elapsed / 1000) * rate), Math.floor((endMs / 1000) * rate));
      while (total < due) {
        const mi = next++ % meetings.length;
        const m = meetings[mi]!;
        const tag = tracker.newShare(mi);
        total += 1;
        if (measuring) {
          sent += 1;
          expected += m.members.length - 1;
        }
        m.share(shareText(tag)).catch(() => (errors += 1));
      }
      if (elapsed >= endMs) {
        clearInterval(timer);
        resolve();
      }
    }, 5);
  });
  const wait = performance.now() + drainMs;
  while (tracker.delivered < expected && performance.now() < wait) await new Promise((r) => setTimeout(r, 20));
  if (tracker.delivered < expected) {
    const missed = tracker.missedBy(meetings.map((m) => m.members.length), meetings.map((m) => m.speaker));
    // A member short of everything may have lost its socket during the window (bringBack runs
    // before it, not during it): say how many are closed.
    const closed = members.filter((x) => x.open === false).length;
    console.log(`  not delivered: ${expected - tracker.delivered} (refused shares ${errors}); ${missed.length} members short: ${missed.slice(0, 6).join('; ')}; ${closed} members' sockets closed`);
  }
  const bytes = sum(members.map((x) => x.bytesIn)) - bytes0;
  const frames = sum(members.map((x) => x.framesIn)) - frames0;
  const cpu = sum(servers.map((s) => s.cpuSeconds())) - cpu0;
  const user = sum(servers.map((s) => s.userSeconds())) - user0;
  const calls = sum(servers.map((s) => s.ioSyscalls())) - calls0;
  const lat = tracker.latencies.sort((a, b) => a - b);
  return {
    sharesPerSec: rate,
    sent,
    expected,
    delivered: tracker.delivered,
    deliveriesPerSec: tracker.delivered / (ms / 1000),
    p50: percentile(lat, 50),
    p99: percentile(lat, 99),
    bytesPerDelivery: tracker.delivered ? bytes / tracker.delivered : NaN,
    framesPerDelivery: tracker.delivered ? frames / tracker.delivered : NaN,
    cpuPer1000: tracker.delivered ? (cpu / tracker.delivered) * 1000 : NaN,
    userPer1000: tracker.delivered ? (user / tracker.delivered) * 1000 : NaN,
    syscallsPerDelivery: tracker.delivered ? calls / tracker.delivered : NaN,
    errors,
  };
}
