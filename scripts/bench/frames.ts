// What a server sends per share, frame by frame (Issue 10, lean fan-out): `npx tsx
// scripts/bench/frames.ts [kind] [size] [shares]` starts one server child (as the bench does),
// builds one meeting of `size` people (default 12), lets it settle, then sends `shares` shares
// (default 20) one at a time, each after the last one's ack, and prints every frame the members
// received meanwhile by type (socket.io event name, and a meeting event's `type`; acks; pings),
// per share, for the speaker and for the others, with bytes. Pings are engine.io's heartbeats
// (one per connection every 10 s), not the share's.
import { shareText } from './load.js';
import { rundeBenchEnv, startChild, startRedis, type TargetKind, pinToLoadCpu } from './servers.js';
import { buildMeeting, type BenchMeeting } from './targets.js';

const kind = (process.argv[2] ?? 'runde-memory') as TargetKind;
const size = Number(process.argv[3] ?? 12);
const shares = Number(process.argv[4] ?? 20);
pinToLoadCpu();

/** A frame's type: `ping`, `ack`, `event:<meeting event type>`, or the socket.io event's name. */
function frameType(f: string): string {
  if (f === '2') return 'ping';
  if (f.startsWith('43')) return 'ack';
  if (!f.startsWith('42')) return `engine.io ${f.slice(0, 2)}`;
  const name = /^42\d*\["([^"]+)"/.exec(f)?.[1] ?? '?';
  if (name !== 'event') return name;
  return `event:${/"event":\{"type":"([^"]+)"/.exec(f)?.[1] ?? '?'}`;
}

let recording = false;
const seen = new Map<string, { frames: number; bytes: number }>();
const redis = kind === 'runde-redis' ? await startRedis() : null;
const s = await startChild(kind, kind.startsWith('runde') ? rundeBenchEnv(redis?.url) : {});
let meeting!: BenchMeeting;
meeting = await buildMeeting(kind, [`http://127.0.0.1:${s.port}`], size, 0, () => undefined, (member, f) => {
  if (!recording) return;
  const key = `${member === meeting.speaker ? 'speaker' : 'others '} ${frameType(f)}`;
  const row = seen.get(key) ?? { frames: 0, bytes: 0 };
  row.frames += 1;
  row.bytes += Buffer.byteLength(f);
  seen.set(key, row);
});
// Let everything of the set-up (joins, start, advance) arrive first.
await new Promise((r) => setTimeout(r, 500));
recording = true;
for (let i = 0; i < shares; i++) {
  await meeting.share(shareText(i + 1));
  await new Promise((r) => setTimeout(r, 30));
}
await new Promise((r) => setTimeout(r, 300));
recording = false;
console.log(`${kind}, one meeting of ${size}, ${shares} shares: frames received per share (bytes per share)`);
for (const [key, row] of [...seen].sort()) console.log(`  ${key.padEnd(28)} ${(row.frames / shares).toFixed(2).padStart(6)} (${(row.bytes / shares).toFixed(0)} B)`);
const total = [...seen.values()].reduce((a, r) => ({ frames: a.frames + r.frames, bytes: a.bytes + r.bytes }), { frames: 0, bytes: 0 });
console.log(`  total: ${(total.frames / shares).toFixed(2)} frames, ${(total.bytes / shares).toFixed(0)} B per share; per delivery (${size - 1} listeners) ${(total.frames / shares / (size - 1)).toFixed(3)} frames, ${(total.bytes / shares / (size - 1)).toFixed(0)} B`);
meeting.close();
await s.stop();
process.exit(0);
