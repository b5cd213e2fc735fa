// Drill 6: soak. Meetings run continuously on several processes sharing one Redis: in each
// meeting slot a meeting is created, people join spread over the processes, share, pass, raise
// hands and drop and come back (resume on a random process) until the meeting's time is up; the
// chair ends it, the drill checks that every key of it is gone, and the slot starts a new one.
// Every sample prints each process's memory (RSS and JS heap, from its `memory` log line), the
// Redis key count, memory and keys without a TTL. At the end: event latency (share sent to share
// received by the others) p50/p99, errors, and the memory trend after warm-up.
//
//   node --import tsx scripts/drills/soak.ts --help   (options, defaults)
//
// Run it at low priority beside other work: `nice -n 10 node --import tsx scripts/drills/soak.ts ...`.
import { Redis } from 'ioredis';
import { TestClient } from '../../test/helpers/client.js';
import { createMeeting } from '../../test/helpers/server.js';
import { startCluster } from './cluster.js';
import { alive, isMain, maxOf, note, num, percentile, runFromCli, sleep, type DrillCli, type Figures } from './common.js';

export interface SoakOptions {
  durationMs: number;
  meetings: number;
  people: number;
  processes: number;
  /** How long one meeting runs before its chair ends it, ms. */
  meetingMs: number;
  sampleMs: number;
  /** Largest allowed RSS growth from just after warm-up to the end (0.10 = 10 %). */
  maxGrowth: number;
  /** Mean time between two drops of one person's connection, ms. */
  dropEveryMs: number;
  /** Print each sample as it is taken (the long run); the CI test keeps quiet. */
  printSamples?: boolean;
}

export const SOAK_DEFAULTS: SoakOptions = {
  durationMs: 30 * 60_000,
  meetings: 10,
  people: 8,
  processes: 3,
  meetingMs: 120_000,
  sampleMs: 15_000,
  maxGrowth: 0.1,
  dropEveryMs: 30_000,
  printSamples: true,
};

/** One sample: ms since the start; per process RSS and heap in MB (NaN until its first `memory` log line); Redis figures. */
export interface Sample {
  at: number;
  rssMb: number[];
  heapMb: number[];
  keys: number;
  redisMb: number;
  noTtl: number;
}

/** Running totals printed beside each sample. */
export interface SampleCounts {
  shares: number;
  drops: number;
  tryAgain: number;
  errors: number;
}

/** A figure for a printed line: a number that is not known yet (NaN, e.g. no memory line from a process so far) reads 'n/a'. */
const mbOrNa = (x: number): string => (Number.isFinite(x) ? String(x) : 'n/a');

/**
 * One printed sample line. A process that has not logged its memory yet (the first sample can
 * come before its first `memory` line) shows 'n/a', never NaN.
 */
export function formatSample(s: Sample, c: SampleCounts): string {
  return (
    `${String(Math.round(s.at / 1000)).padStart(6)} s  rss MB ${s.rssMb.map(mbOrNa).join(' / ')}  heap MB ${s.heapMb.map(mbOrNa).join(' / ')}  ` +
    `redis keys ${s.keys}  redis MB ${s.redisMb}  keys without TTL ${s.noTtl}  shares ${c.shares}  drops ${c.drops}  try again ${c.tryAgain}  errors ${c.errors}`
  );
}

/** Codes that mean the server failed, not the meeting saying no. */
const FAULTS = new Set(['TIMEOUT', 'INTERNAL', 'STORE_UNAVAILABLE', 'BUSY', 'RATE_LIMITED']);
/**
 * A typed "try again" (Redis did not answer within RUNDE_REDIS_COMMAND_TIMEOUT_MS): the page
 * retries it. Counted apart from errors; at most TRY_AGAIN_LIMIT of all commands may get it
 * (a starved redis-server on a loaded machine gives a few).
 */
const TRY_AGAIN = 'STORE_UNAVAILABLE';
const TRY_AGAIN_LIMIT = 0.01;

async function scan(r: Redis, match: string): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, found] = await r.scan(cursor, 'MATCH', match, 'COUNT', 1000);
    cursor = next;
    keys.push(...found);
  } while (cursor !== '0');
  return keys;
}

export async function soakDrill(o: SoakOptions): Promise<Figures> {
  const cluster = await startCluster(o.processes, { RUNDE_MEMORY_LOG_MS: String(Math.max(1000, Math.floor(o.sampleMs / 3))) });
  const urls = cluster.procs.map((p) => p.url);
  const admin = new Redis(cluster.redis.url);
  const started = Date.now();
  const endAt = started + o.durationMs;
  const samples: Sample[] = [];
  const latencies: number[] = [];
  const errors: string[] = [];
  const refusals = new Map<string, number>();
  const sentAt = new Map<string, number>();
  let meetingsEnded = 0;
  let shares = 0;
  let passes = 0;
  let drops = 0;
  let resumes = 0;
  let keysLeft = 0;
  let counter = 0;
  const fault = (what: string): void => {
    errors.push(what);
    note(`error: ${what}`);
  };
  let commands = 0;
  let tryAgain = 0;
  const answer = (cmd: string, ack: { ok: boolean; code?: string }): boolean => {
    commands++;
    if (ack.ok) return true;
    const code = ack.code ?? 'UNKNOWN';
    if (code === TRY_AGAIN) {
      tryAgain++;
      note(`try again: ${cmd}`);
    } else if (FAULTS.has(code)) fault(`${cmd} ${code}`);
    else refusals.set(code, (refusals.get(code) ?? 0) + 1);
    return false;
  };
  const emit = (c: TestClient, cmd: string, payload: unknown = {}): Promise<{ ok: boolean; code?: string }> =>
    c.emit(cmd, payload).catch(() => ({ ok: false, code: c.socket.connected ? 'TIMEOUT' : 'DISCONNECTED' }));
  const pick = (): string => urls[Math.floor(Math.random() * urls.length)]!;

  const memoryOf = (lines: string[]): { rss: number; heap: number } => {
    for (let i = lines.length - 1; i >= 0; i--) {
      const m = /"event":"memory","rssMb":([\d.]+),"heapMb":([\d.]+)/u.exec(lines[i]!);
      if (m) return { rss: Number(m[1]), heap: Number(m[2]) };
    }
    return { rss: NaN, heap: NaN };
  };

  const sample = async (): Promise<void> => {
    const mem = cluster.procs.map((p) => memoryOf(p.output));
    // Only the memory lines are needed: keep the captured output from growing for 30 minutes.
    for (const p of cluster.procs) if (p.output.length > 2000) p.output.splice(0, p.output.length - 200);
    const keys = await scan(admin, '*');
    const ttls = await Promise.all(keys.map((k) => admin.pttl(k)));
    const info = await admin.info('memory');
    const s: Sample = {
      at: Date.now() - started,
      rssMb: mem.map((m) => m.rss),
      heapMb: mem.map((m) => m.heap),
      keys: keys.length,
      redisMb: Math.round(Number(/used_memory:(\d+)/u.exec(info)?.[1] ?? 0) / 104857.6) / 10,
      noTtl: ttls.filter((t) => t === -1).length,
    };
    samples.push(s);
    if (s.noTtl > 0) fault(`${s.noTtl} Redis keys without a TTL at ${Math.round(s.at / 1000)} s`);
    if (o.printSamples) console.log(formatSample(s, { shares, drops, tryAgain, errors: errors.length }));
  };

  /** One person: their current socket, replaced on every drop. */
  interface Person {
    name: string;
    client: TestClient;
    meetingId: string;
    you: string;
  }

  const watch = (p: Person, c: TestClient): void => {
    c.socket.on('event', (e) => {
      if (e.event.type !== 'share') return;
      const t = sentAt.get(e.event.text);
      if (t !== undefined && e.event.id !== p.you) latencies.push(Date.now() - t);
    });
  };

  const reconnect = async (p: Person): Promise<void> => {
    const old = p.client;
    // A network drop (no goodbye): the seat is kept for the grace period and resumed.
    old.drop();
    drops++;
    const lost = Date.now();
    for (let attempt = 0; attempt < 20; attempt++) {
      await sleep(100 + Math.random() * 300);
      const next = await TestClient.connect(pick()).catch(() => null);
      if (!next) continue;
      const ack = await next.resume(p.meetingId, old.token, old.lastSeq()).catch(() => null);
      if (ack?.ok) {
        p.client = next;
        watch(p, next);
        resumes++;
        return;
      }
      next.close();
      if (ack && !FAULTS.has(ack.code)) {
        note(`resume ${ack.code} for ${p.name} after ${Date.now() - lost} ms, attempt ${attempt + 1}`);
        return fault(`resume ${ack.code}`);
      }
    }
    fault('resume gave up');
  };

  const personLoop = async (p: Person, until: number): Promise<void> => {
    while (Date.now() < until) {
      await sleep(500 + Math.random() * 1000);
      if (Math.random() < 750 / o.dropEveryMs) {
        await reconnect(p);
        continue;
      }
      const c = p.client;
      if (!c.socket.connected || c.views.length === 0) continue;
      const v = c.latest;
      if (v.phase !== 'round') continue;
      if (v.speaker?.id === p.you) {
        if (Math.random() < 0.2) {
          if (answer('pass', await emit(c, 'pass'))) passes++;
          continue;
        }
        const text = `${p.name} ${++counter}`;
        sentAt.set(text, Date.now());
        if (answer('share', await emit(c, 'share', { text }))) shares++;
        await sleep(200 + Math.random() * 400);
        if (p.client === c) answer('finishShare', await emit(c, 'finishShare'));
      } else if (!v.participants.find((x) => x.id === p.you)?.hand && Math.random() < 0.5) {
        answer('raiseHand', await emit(c, 'raiseHand'));
      }
    }
  };

  const runMeeting = async (slot: number): Promise<void> => {
    const until = Math.min(endAt, Date.now() + o.meetingMs);
    const { meetingId, chairKey } = await createMeeting(urls[slot % urls.length]!);
    const people: Person[] = [];
    try {
      for (let i = 0; i < o.people; i++) {
        const client = await TestClient.connect(urls[(slot + i) % urls.length]!);
        const ack = await client.join(meetingId, `P${slot}-${i}`, i === 0 ? { chairKey } : {});
        if (!ack.ok) {
          client.close();
          fault(`join ${ack.code}`);
          continue;
        }
        const p: Person = { name: `P${slot}-${i}`, client, meetingId, you: ack.you };
        watch(p, client);
        people.push(p);
      }
      const chair = people[0];
      if (!chair) return;
      for (const [cmd, payload] of [['start', {}], ['setTurnMode', { mode: 'hands' }], ['advance', {}]] as const) {
        if (!answer(cmd, await emit(chair.client, cmd, payload))) fault(`chair could not ${cmd}`);
      }
      await Promise.all(people.map((p) => personLoop(p, until)));
      // The chair may be mid-move: give it a moment to be seated again.
      for (let i = 0; i < 20 && !chair.client.socket.connected; i++) await sleep(100);
      // A "try again" is tried again, as the chair would click again.
      let ended = await emit(chair.client, 'end');
      for (let i = 0; i < 5 && !ended.ok && ended.code === TRY_AGAIN; i++) {
        tryAgain++;
        await sleep(1000);
        ended = await emit(chair.client, 'end');
      }
      if (!answer('end', ended)) return fault('the chair could not end the meeting');
      meetingsEnded++;
      // Every key of the meeting must be gone (the end deletes them at once).
      let left: string[] = [];
      for (let i = 0; i < 50; i++) {
        left = await scan(admin, `*${meetingId}*`);
        if (left.length === 0) break;
        await sleep(100);
      }
      if (left.length) {
        keysLeft += left.length;
        fault(`keys of an ended meeting left: ${left.map((k) => k.replace(meetingId, '<id>')).join(' ')}`);
      }
    } finally {
      for (const p of people) p.client.close();
    }
  };

  const slotLoop = async (slot: number): Promise<void> => {
    // Staggered, so meetings do not all start and end together.
    await sleep((slot * Math.min(o.meetingMs, 20_000)) / o.meetings);
    while (Date.now() < endAt - 5000) {
      await runMeeting(slot).catch((err: unknown) => fault(`meeting: ${err instanceof Error ? err.message : String(err)}`));
    }
  };

  try {
    if (o.printSamples) console.log(`soak: ${o.meetings} meetings x ${o.people} people on ${o.processes} processes for ${Math.round(o.durationMs / 1000)} s`);
    let sampling = true;
    const sampler = (async () => {
      await sleep(Math.min(o.sampleMs, 3000));
      while (sampling) {
        await sample().catch((err: unknown) => fault(`sample: ${err instanceof Error ? err.message : String(err)}`));
        await sleep(o.sampleMs);
      }
    })();
    await Promise.all(Array.from({ length: o.meetings }, (_, i) => slotLoop(i)));
    // After the last meeting ended: one more sample, and no meeting key may remain.
    await sleep(Math.min(o.sampleMs, 3000));
    sampling = false;
    await sampler;
    await sample();
    const meetingKeys = await scan(admin, 'runde:m:*');

    const up = cluster.procs.filter(alive).length;
    if (up < cluster.procs.length) fault(`${cluster.procs.length - up} server processes died`);
    if (meetingKeys.length) fault(`${meetingKeys.length} meeting keys left at the end`);

    // The trend: RSS just after warm-up (the second quarter of the samples) against the last
    // quarter. Only samples with every process's memory line (the first may come before any).
    const mem = samples.filter((s) => s.rssMb.every(Number.isFinite) && s.heapMb.every(Number.isFinite));
    if (mem.length < 4) fault(`only ${mem.length} memory samples`);
    const q = Math.max(1, Math.floor(mem.length / 4));
    const median = (xs: number[]): number => percentile(xs, 50);
    const growth = cluster.procs.map((_, i) => {
      const base = median(mem.slice(q, 2 * q).map((s) => s.rssMb[i]!));
      const last = median(mem.slice(-q).map((s) => s.rssMb[i]!));
      return { base, last, growth: last / base - 1 };
    });
    const heapGrowth = cluster.procs.map((_, i) => {
      const base = median(mem.slice(q, 2 * q).map((s) => s.heapMb[i]!));
      const last = median(mem.slice(-q).map((s) => s.heapMb[i]!));
      return last / base - 1;
    });
    const worst = Math.max(...growth.map((g) => g.growth));
    const pct = (x: number): string => (Number.isFinite(x) ? `${(x * 100).toFixed(1)} %` : 'n/a');
    const figures: Figures = {
      'duration (s)': Math.round((Date.now() - started) / 1000),
      'meetings x people, processes': `${o.meetings} x ${o.people}, ${o.processes}`,
      'meetings run to their end': meetingsEnded,
      'shares / passes': `${shares} / ${passes}`,
      'drops, all resumed': `${drops}, ${resumes}`,
      'share latency p50 / p99 (ms)': `${percentile(latencies, 50)} / ${percentile(latencies, 99)} (${latencies.length} deliveries)`,
      'samples (with memory)': `${samples.length} (${mem.length})`,
      'RSS after warm-up -> end, per process (MB)': growth.map((g) => `${g.base} -> ${g.last}`).join(', '),
      'RSS growth after warm-up, per process': growth.map((g) => pct(g.growth)).join(', '),
      'RSS max, per process (MB)': cluster.procs.map((_, i) => maxOf(mem.map((s) => s.rssMb[i]!))).join(', '),
      'heap growth after warm-up, per process': heapGrowth.map(pct).join(', '),
      'heap max, per process (MB)': cluster.procs.map((_, i) => maxOf(mem.map((s) => s.heapMb[i]!))).join(', '),
      'Redis keys min / max / at the end': `${num(Math.min(...samples.map((s) => s.keys)))} / ${maxOf(samples.map((s) => s.keys))} / ${samples.at(-1)?.keys ?? 'n/a'}`,
      'Redis memory min / max (MB)': `${num(Math.min(...samples.map((s) => s.redisMb)))} / ${maxOf(samples.map((s) => s.redisMb))}`,
      'keys without a TTL, worst sample': Math.max(0, ...samples.map((s) => s.noTtl)),
      'keys of ended meetings left': keysLeft,
      'meeting keys at the end': meetingKeys.length,
      'server processes up': `${up}/${cluster.procs.length}`,
      'commands, of them answered "try again" (STORE_UNAVAILABLE)': `${commands}, ${tryAgain} (${((tryAgain / Math.max(1, commands)) * 100).toFixed(2)} %)`,
      'errors': errors.length,
      'refusals by the meeting (not errors)': JSON.stringify(Object.fromEntries(refusals)),
    };
    const failures = [...new Set(errors)].slice(0, 10);
    if (worst > o.maxGrowth) failures.push(`RSS grew ${pct(worst)} after warm-up (limit ${pct(o.maxGrowth)})`);
    if (meetingsEnded === 0) failures.push('no meeting ran to its end');
    if (tryAgain > TRY_AGAIN_LIMIT * commands) failures.push(`${tryAgain} of ${commands} commands answered "try again"`);
    if (failures.length) throw new Error(`${failures.join('; ')}\n${JSON.stringify(figures, null, 1)}`);
    return figures;
  } finally {
    admin.disconnect();
    await cluster.close();
  }
}

export const CLI: DrillCli = {
  name: 'Drill: soak',
  script: 'scripts/drills/soak.ts',
  proves:
    'Meetings run continuously on several processes sharing one Redis (create, join spread over the processes, share, pass, raise hands, drop and resume on a random process, the chair ends it, the next starts). Every sample: no Redis key without a TTL; every ended meeting leaves no key; at the end: zero errors and RSS growth from just after warm-up under --max-growth. Prints each sample, then share latency p50/p99 and the memory trend. Run it niced beside other work: nice -n 10 node --import tsx scripts/drills/soak.ts ...',
  options: {
    seconds: { default: SOAK_DEFAULTS.durationMs / 1000, description: 'how long the soak runs, s' },
    meetings: { default: SOAK_DEFAULTS.meetings, description: 'meetings running at once' },
    people: { default: SOAK_DEFAULTS.people, description: 'people in each meeting' },
    processes: { default: SOAK_DEFAULTS.processes, description: 'server processes' },
    'meeting-seconds': { default: SOAK_DEFAULTS.meetingMs / 1000, description: 'how long one meeting runs before its chair ends it, s' },
    'sample-seconds': { default: SOAK_DEFAULTS.sampleMs / 1000, description: 'time between two samples, s' },
    'drop-seconds': { default: SOAK_DEFAULTS.dropEveryMs / 1000, description: "mean time between two drops of one person's connection, s" },
    'max-growth': { default: SOAK_DEFAULTS.maxGrowth, description: 'largest allowed RSS growth after warm-up (0.10 = 10 %)' },
  },
};

if (isMain(import.meta.url)) {
  await runFromCli(CLI, (a) =>
    soakDrill({
      ...SOAK_DEFAULTS,
      durationMs: a.seconds! * 1000,
      meetings: a.meetings!,
      people: a.people!,
      processes: a.processes!,
      meetingMs: a['meeting-seconds']! * 1000,
      sampleMs: a['sample-seconds']! * 1000,
      dropEveryMs: a['drop-seconds']! * 1000,
      maxGrowth: a['max-growth']!,
    }),
  );
}
