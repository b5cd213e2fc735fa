// Nothing outlives the meeting (README), in this process's memory too: once a meeting has ended,
// no string of the heap holds a participant's pseudonym or a share's words. The share guard kept
// both after the end: the rooms' names in its per-room caches, and the last text it checked in
// its literal checks' and sentence starts' memos (shared/guard/forget.ts), until other meetings'
// shares pushed them out, which on a quiet server was never.
import { afterAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { TestClient } from '../helpers/client.js';
import { heapStringsHolding } from '../helpers/heap-graph.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';
import { createMeeting, startTestServer } from '../helpers/server.js';

// Each case starts its own server: a heap snapshot holds this process's event loop for seconds,
// long enough for a server on Redis started beforehand to count its own process as dead.
const servers: RunningServer[] = [];
let redis: RedisHandle | undefined;
afterAll(async () => {
  for (const s of servers) await s.close();
  await redis?.stop();
});
const memory = async (): Promise<RunningServer> => startTestServer();
const onRedis = async (): Promise<RunningServer> => {
  redis ??= await startRedis();
  return startTestServer({ redisUrl: redis.url });
};

/** Letters made at run time, so that no module's source holds them. */
const letters = (k: number): string => Array.from({ length: k }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');

/** Holds a meeting of two (both named by parts made at run time), one share, and ends it; its clients closed. */
async function meetingThatEnded(srv: RunningServer, chairName: string[], memberName: string[], words: string[]): Promise<void> {
  const { meetingId, chairKey } = await createMeeting(srv.url);
  const chair = await TestClient.connect(srv.url);
  const member = await TestClient.connect(srv.url);
  try {
    expect((await chair.join(meetingId, chairName.join(''), { chairKey })).ok).toBe(true);
    expect((await member.join(meetingId, memberName.join(''))).ok).toBe(true);
    await chair.ok('start');
    await chair.ok('advance');
    await chair.ok('pass');
    await member.waitFor((c) => c.latest.speaker?.id === c.you, "the member's turn");
    // The guard reads the share against the chair's name (the room's names but the speaker's).
    await member.ok('share', { text: `Jeg heter ${memberName.join('')}, og ${words.join('')} er det jeg bærer på i dag.` });
    await chair.waitFor((c) => c.shares().length > 0, 'the share reached the chair');
    await chair.ok('end');
  } finally {
    chair.close();
    member.close();
  }
}

describe('after a meeting ends', () => {
  it.each([
    ['memory', memory],
    ['Redis', onRedis],
  ] as const)("no string of the server's heap holds a pseudonym or a share's words (%s store)", async (_store, server) => {
    const chairName = ['Gq', letters(7)];
    const memberName = ['Qz', letters(7)];
    const words = ['Hemmelig', letters(9)];
    const srv = await server();
    servers.push(srv);
    await meetingThatEnded(srv, chairName, memberName, words);
    await new Promise((r) => setTimeout(r, 300));
    for (const parts of [chairName, memberName, words]) expect(await heapStringsHolding(parts)).toEqual([]);
    // A heap snapshot of a process with two servers takes seconds, more on a loaded machine.
  }, 120_000);
});
