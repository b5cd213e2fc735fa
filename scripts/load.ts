// Load drill on loopback: M meetings of N participants run a share round at once; every share's
// delivery time (emit -> received by every other participant) is measured. Bounded and
// self-stopping. Run: npx tsx scripts/load.ts [meetings=20] [people=8] [sharesPerTurn=3]
// With REDIS_URL set, the server runs on that Redis (use a throwaway redis-server, never a
// shared one). Target: p99 delivery under 100 ms at 20 x 8 on this 2-core machine.
import { performance } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import { startServer } from '../server/app.js';
import { setLogSink } from '../server/log.js';
import { PROTOCOL_VERSION, type Ack, type JoinResult } from '../shared/protocol.js';
import type { LoggedEvent, MeetingView } from '../shared/meeting/view.js';

const MEETINGS = Number(process.argv[2] ?? 20);
const PEOPLE = Number(process.argv[3] ?? 8);
const SHARES = Number(process.argv[4] ?? 3);

setLogSink(() => undefined);
const server = await startServer({ port: 0, host: '127.0.0.1', rate: { points: 10_000, windowMs: 1000 }, postRate: { points: 10_000, windowMs: 1000 }, seatsPerAddress: { points: 100_000, windowMs: 1000 }, createPerHour: 100_000 }, { REDIS_URL: process.env.REDIS_URL });
const latencies: number[] = [];
const sentAt = new Map<string, { t: number; left: number }>();

interface Person { socket: Socket; you: string; view: MeetingView | null }

async function person(meetingId: string, name: string, chairKey?: string): Promise<Person> {
  const socket = io(server.url, { transports: ['websocket'], forceNew: true, reconnection: false });
  const p: Person = { socket, you: '', view: null };
  socket.on('view', (v: MeetingView) => {
    if (!p.view || v.seq >= p.view.seq) p.view = v;
  });
  socket.on('event', (e: LoggedEvent) => {
    if (e.event.type !== 'share') return;
    const rec = sentAt.get(e.event.text);
    if (!rec || e.event.id === p.you) return;
    rec.left -= 1;
    if (rec.left === 0) latencies.push(performance.now() - rec.t);
  });
  await new Promise<void>((r) => socket.once('connect', () => r()));
  const ack = (await socket.emitWithAck('join', { v: PROTOCOL_VERSION, meetingId, name, role: 'participant', volunteer: false, pledge: true, ...(chairKey ? { chairKey } : {}) })) as Ack<JoinResult>;
  if (!ack.ok) throw new Error(ack.code);
  if ('door' in ack) throw new Error('an open meeting held a load-test joiner at the door');
  p.you = ack.you;
  p.view = ack.view;
  return p;
}

async function meeting(m: number): Promise<void> {
  const res = await fetch(`${server.url}/api/meetings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: `Load ${m}`, formatId: 'standard', language: 'nb', access: 'open', listed: false }) });
  const { meetingId, chairKey } = (await res.json()) as { meetingId: string; chairKey: string };
  const people: Person[] = [];
  for (let i = 0; i < PEOPLE; i++) people.push(await person(meetingId, `P ${m} ${i}`, i === 0 ? chairKey : undefined));
  await people[0]!.socket.emitWithAck('start', {});
  await people[0]!.socket.emitWithAck('advance', {});
  for (const p of people) {
    const deadline = Date.now() + 10_000;
    while (p.view?.speaker?.id !== p.you) {
      if (Date.now() > deadline) throw new Error('turn never came');
      await new Promise((r) => setTimeout(r, 2));
    }
    for (let k = 0; k < SHARES; k++) {
      const text = `m${m} ${p.you} ${k} ` + 'Jeg deler litt.'.repeat(10);
      sentAt.set(text, { t: performance.now(), left: PEOPLE - 1 });
      await p.socket.emitWithAck('share', { text });
    }
    await p.socket.emitWithAck('finishShare', {});
  }
  await people[0]!.socket.emitWithAck('end', {});
  people.forEach((p) => p.socket.close());
}

const t0 = performance.now();
await Promise.all(Array.from({ length: MEETINGS }, (_, m) => meeting(m)));
const secs = (performance.now() - t0) / 1000;
await server.close();

latencies.sort((a, b) => a - b);
const pct = (p: number): string => (latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN).toFixed(1);
console.log(`load: ${MEETINGS} meetings x ${PEOPLE} people, ${latencies.length} shares delivered to all in ${secs.toFixed(1)} s (${process.env.REDIS_URL ? 'redis' : 'memory'} store)`);
console.log(`load: delivery to every other participant p50 ${pct(50)} ms, p95 ${pct(95)} ms, p99 ${pct(99)} ms, max ${pct(100)} ms`);
process.exit(0);
