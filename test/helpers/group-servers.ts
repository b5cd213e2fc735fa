// Weekly-group tests run on the memory store (one process) and on a real redis-server (two
// processes on it): `a` is the first process's URL, `b` the second's (the same on memory).
// Registers its own beforeAll/afterAll in the calling describe; closes the clients it is given.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import type { TestClient } from './client.js';
import { startRedis, type RedisHandle } from './redis-server.js';
import { startTestServer } from './server.js';

export interface GroupServers {
  a: string;
  b: string;
  readonly clients: TestClient[];
  /** The running servers, first process first (their stores are readable in tests). */
  readonly servers: RunningServer[];
}

/** Starts the servers for this describe with `groupsFile` and the injected clock `now` (ms). */
export function groupServers(setup: 'memory' | 'redis', groupsFile: string, now: () => number): GroupServers {
  let redis: RedisHandle | undefined;
  const servers: RunningServer[] = [];
  const out: GroupServers = { a: '', b: '', clients: [], servers };
  beforeAll(async () => {
    if (setup === 'redis') redis = await startRedis();
    const opts = { groupsFile, now, ...(redis ? { redisUrl: redis.url } : {}) };
    servers.push(await startTestServer(opts));
    if (redis) servers.push(await startTestServer(opts));
    out.a = servers[0]!.url;
    out.b = servers.at(-1)!.url;
  }, 60_000);
  afterAll(async () => {
    for (const c of out.clients) c.close();
    for (const s of servers) await s.close();
    await redis?.stop();
  });
  return out;
}

/**
 * Writes `yaml` as a groups file in a fresh temporary folder, removed after the calling file's
 * tests (its own afterAll); returns the file's path.
 */
export function groupsFileOf(yaml: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'runde-groups-'));
  const file = join(dir, 'groups.yaml');
  writeFileSync(file, yaml);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return file;
}
