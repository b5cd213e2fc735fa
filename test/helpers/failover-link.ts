// A TCP front for several server processes, as a load balancer with fail-over would be: each
// new connection goes to the first process that accepts it (a stopping process closes its
// listener first, so new connections then reach the next one). Connections already open stay
// where they are. Loopback only, for tests.
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';

export interface FailoverLink {
  url: string;
  /** How many connections each target received, in the order of `targets`. */
  counts: number[];
  close(): Promise<void>;
}

export async function failoverLink(targetUrls: string[]): Promise<FailoverLink> {
  const targets = targetUrls.map((u) => new URL(u));
  const counts = targets.map(() => 0);
  const sockets = new Set<Socket>();
  const server = createServer((down) => {
    sockets.add(down);
    down.pause();
    const tryTarget = (i: number): void => {
      const t = targets[i];
      if (!t) return void down.destroy();
      const up = connect(Number(t.port), t.hostname);
      up.once('error', () => {
        up.destroy();
        tryTarget(i + 1);
      });
      up.once('connect', () => {
        counts[i]!++;
        sockets.add(up);
        up.removeAllListeners('error');
        const drop = (): void => {
          down.destroy();
          up.destroy();
        };
        up.on('error', drop);
        down.on('error', drop);
        up.on('close', () => {
          sockets.delete(up);
          down.end();
        });
        down.on('close', () => {
          sockets.delete(down);
          up.end();
        });
        down.pipe(up);
        up.pipe(down);
        down.resume();
      });
    };
    tryTarget(0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
