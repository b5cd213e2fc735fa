// What every benchmarked server child tells its parent over Node's IPC channel: its port once
// listening, and on request its heap after a full garbage collection (children run with
// --expose-gc), so heap per connection is measured the same way for every server.

export type ChildMessage = { type: 'ready'; port: number } | { type: 'heap'; bytes: number };
export type ParentMessage = { type: 'heap' };

/** Reports `port` to the parent and answers heap requests. */
export function serveBenchIpc(port: number): void {
  const send = (m: ChildMessage): void => void process.send?.(m);
  process.on('message', (m: ParentMessage) => {
    if (m.type !== 'heap') return;
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    gc?.();
    send({ type: 'heap', bytes: process.memoryUsage().heapUsed });
  });
  // The parent going away must take the child with it: no stray servers after a benchmark.
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', port });
}
