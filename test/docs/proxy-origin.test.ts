// Through the README's nginx (docs/deploy/nginx.conf, started with the README's own command),
// a socket opened the way the page opens it — with the page's own Origin, the proxy's address
// with its port — must be taken: WebSocket first, long-polling too. With `proxy_set_header Host
// $host` (the port dropped) the page's origin was refused (WebSocket 400, polling 403) and the
// page silently fell back to long-polling. A socket.io client in Node sends the Origin header a
// browser would; no Origin at all (a non-browser client) is always taken, so it proves nothing.
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startNginx, type NginxHandle } from '../helpers/nginx.js';
import { spawnServer, type ServerProcess } from '../helpers/process.js';

describe("the example nginx takes the page's own origin", () => {
  let proc: ServerProcess;
  let nginx: NginxHandle;

  beforeAll(async () => {
    proc = await spawnServer({ RUNDE_TRUST_PROXY: '1' });
    nginx = await startNginx([proc.port, proc.port]);
  }, 120_000);

  afterAll(async () => {
    await nginx?.stop();
    await proc?.crash();
  });

  /** Connects with only `transport`, sending `origin`; resolves with the transport in use or the error. */
  function connect(transport: 'websocket' | 'polling', origin: string): Promise<string> {
    const socket: Socket = io(nginx.url, { transports: [transport], extraHeaders: { origin }, reconnection: false, timeout: 10_000 });
    return new Promise((resolve) => {
      socket.once('connect', () => {
        resolve(`connected over ${socket.io.engine.transport.name}`);
        socket.close();
      });
      socket.once('connect_error', (err) => {
        resolve(`refused: ${err.message}`);
        socket.close();
      });
    });
  }

  it('a WebSocket and a long-polling socket from the page (Origin = the proxy with its port) connect', { timeout: 60_000 }, async () => {
    expect(new URL(nginx.url).port).not.toBe('');
    expect(await connect('websocket', nginx.url)).toBe('connected over websocket');
    expect(await connect('polling', nginx.url)).toBe('connected over polling');
    // The check still holds: another site's page is refused.
    expect(await connect('websocket', 'http://evil.example')).toMatch(/^refused/u);
  });

  it('the polling handshake with the Origin header answers 200, not 403', { timeout: 30_000 }, async () => {
    const res = await fetch(`${nginx.url}/socket.io/?EIO=4&transport=polling`, { headers: { origin: nginx.url } });
    expect(res.status).toBe(200);
  });
});
