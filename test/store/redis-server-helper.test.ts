// The test harness itself: a private redis-server on a free port, never the shared 6379, that
// really goes away on stop.
import net from 'node:net';
import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { startRedis } from '../helpers/redis-server.js';

const refuses = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port });
    s.on('connect', () => {
      s.destroy();
      resolve(false);
    });
    s.on('error', () => resolve(true));
  });

describe('startRedis', () => {
  it('starts a private server without persistence on a free port other than 6379, and stops it', async () => {
    const a = await startRedis();
    const b = await startRedis();
    try {
      expect(a.port).not.toBe(6379);
      expect(b.port).not.toBe(a.port);
      expect(a.url).toBe(`redis://127.0.0.1:${a.port}`);
      const c = new Redis(a.url);
      try {
        expect(await c.call('CONFIG', 'GET', 'save')).toEqual(['save', '']);
        expect(await c.call('CONFIG', 'GET', 'appendonly')).toEqual(['appendonly', 'no']);
        expect(await c.call('CONFIG', 'GET', 'bind')).toEqual(['bind', '127.0.0.1']);
      } finally {
        c.disconnect();
      }
    } finally {
      await a.stop();
      await b.stop();
    }
    expect(await refuses(a.port)).toBe(true);
    await a.stop(); // stopping twice is harmless
  });
});
