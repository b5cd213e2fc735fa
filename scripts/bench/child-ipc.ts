// What every benchmarked server child tells its parent over Node's IPC channel: its port once
// listening, and on request its heap after a full garbage collection (children run with
// --expose-gc), so heap per connection is measured the same way for every server. A CPU profile
// of a chosen stretch (scripts/bench/profile.ts) is started and stopped the same way, through
// the inspector, and written as a .cpuprofile file where the parent asked; a heap snapshot likewise.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { writeHeapSnapshot } from 'node:v8';

export type ChildMessage = { type: 'ready'; port: number } | { type: 'heap'; bytes: number } | { type: 'profiled'; path: string };
export type ParentMessage = { type: 'heap' } | { type: 'profileStart' } | { type: 'profileStop'; path: string } | { type: 'snapshot'; path: string };

/** Reports `port` to the parent and answers heap and profile requests. */
export function serveBenchIpc(port: number): void {
  const send = (m: ChildMessage): void => void process.send?.(m);
  let session: Session | null = null;
  process.on('message', (m: ParentMessage) => {
    if (m.type === 'heap') {
      const gc = (globalThis as { gc?: () => void }).gc;
      gc?.();
      gc?.();
      const bytes = process.memoryUsage().heapUsed;
      // Answered once the event loop has run what the collections queued (GC observers, e.g.
      // Runde's guard-warm.ts), so the next phase does not start inside that work.
      setTimeout(() => send({ type: 'heap', bytes }), 50);
    } else if (m.type === 'snapshot') {
      // A heap snapshot (Chrome DevTools' format) of what the heap holds now.
      writeHeapSnapshot(m.path);
      send({ type: 'profiled', path: m.path });
    } else if (m.type === 'profileStart') {
      session = new Session();
      session.connect();
      session.post('Profiler.enable', () => session!.post('Profiler.start'));
    } else if (m.type === 'profileStop' && session) {
      const s = session;
      s.post('Profiler.stop', (err, res) => {
        if (!err) writeFileSync(m.path, JSON.stringify(res.profile));
        s.disconnect();
        send({ type: 'profiled', path: m.path });
      });
      session = null;
    }
  });
  // The parent going away must take the child with it: no stray servers after a benchmark.
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', port });
}
