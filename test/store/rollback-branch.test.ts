// A store that went back in time and then moved on to the same seq on another branch (a failover
// to a replica that lagged; docs/architecture.md): a process still holding its own branch's state
// at that seq must not write a diff onto the other branch's, nor patch the other branch's copy
// with its own. Two stores on one spawned Redis stand for two processes; the rollback is every
// key of the meeting put back as it was (DUMP before, RESTORE after). Without the commit's tag
// beside the seq, the first process's diff lands on the other branch and leaves a hash that
// promises a share it does not hold (the meeting cannot be read any more).
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Meetings } from '../../server/meetings.js';
import { RedisStore } from '../../server/store/redis.js';
import { keyList, meetingKeys } from '../../server/store/redis-keys.js';
import { readWireOutcome, wireOutcome } from '../../server/broadcast.js';
import type { Command } from '../../shared/meeting/commands.js';
import type { MeetingState } from '../../shared/meeting/state.js';
import { inRound } from '../core/helpers.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';

describe('a store that went back in time: the other branch is never diffed or patched onto', () => {
  let server: RedisHandle;
  const clients: Redis[] = [];
  const stores: RedisStore[] = [];
  beforeAll(async () => {
    server = await startRedis();
  });
  afterAll(async () => {
    for (const s of stores) await s.close();
    for (const c of clients) c.disconnect();
    await server?.stop();
  });

  /** A store on its own connection: one process. */
  const process = (): RedisStore => {
    const client = new Redis(server.url);
    clients.push(client);
    const store = new RedisStore(client, { ttlMs: 60_000, logCap: 1000 });
    stores.push(store);
    return store;
  };

  /** Every key of the meeting as it is now; the function puts them back (the store goes back in time). */
  const snapshot = async (id: string): Promise<() => Promise<void>> => {
    const admin = clients[0]!;
    const keys = keyList(meetingKeys(id));
    const dumps = await Promise.all(keys.map((k) => admin.dumpBuffer(k)));
    return async () => {
      for (let i = 0; i < keys.length; i++) {
        await admin.del(keys[i]!);
        if (dumps[i]) await admin.restore(keys[i]!, 60_000, dumps[i]!, 'REPLACE');
      }
    };
  };

  /** A meeting `id` in its round (`a` chairs) created through store `a`, run by two processes' Meetings. */
  const twoProcesses = async (id: string, others: string[]) => {
    const run = inRound({ id, others });
    const a = process();
    const b = process();
    expect(await a.create(run.state, { chairKeyHash: 'x', joinCodeHash: null, joinCode: null })).toBe(true);
    const exec = async (m: Meetings, cmd: Command): Promise<MeetingState> => {
      const out = await m.run(id, () => cmd);
      if (!out.ok) throw new Error(String(out.code));
      return out.state as MeetingState;
    };
    return { run, id, a, onA: new Meetings(a, () => run.now), onB: new Meetings(b, () => run.now), exec };
  };

  it('a diff decided on one branch is refused on the other; the command is decided again on the stored state', async () => {
    const { run, id, a, onA, onB, exec } = await twoProcesses('branch-diff', ['b', 'c', 'd']);
    const speaker = run.state.speaker!.id;
    // A reads the meeting (and keeps it hot); the store is copied as it is here.
    const start = (await exec(onA, { type: 'setTopic', by: run.state.chairId!, text: 'Tillit' })).seq;
    const goBack = await snapshot(id);
    // A's branch: a share.
    const a1 = await exec(onA, { type: 'share', by: speaker, text: 'Det første avsnittet mitt.' });
    expect(a1.seq).toBe(start + 1);
    // The store goes back; B moves it on to the same seq with another command.
    await goBack();
    const b1 = await exec(onB, { type: 'setTopic', by: run.state.chairId!, text: 'Aksept' });
    expect(b1.seq).toBe(a1.seq);
    // A goes on from its own copy at that seq: the compare must see the other branch.
    const a2 = await exec(onA, { type: 'share', by: speaker, text: 'Og så det andre.' });
    const stored = await a.load(id);
    expect(stored).toEqual(a2);
    expect(stored!.topic).toBe('Aksept');
    // B's branch has no share: A's second part is decided again on it, as the first share there.
    expect(b1.shares ?? []).toHaveLength(0);
    expect(stored!.shares).toHaveLength(1);
  });

  it("a patch published from one branch is not applied to the other branch's copy at its base seq", async () => {
    const { run, id, onA, onB, exec } = await twoProcesses('branch-patch', ['b', 'c']);
    await exec(onA, { type: 'setTopic', by: run.state.chairId!, text: 'Tillit' });
    const goBack = await snapshot(id);
    const a1 = await exec(onA, { type: 'setTopic', by: run.state.chairId!, text: 'Håp' });
    await goBack();
    const b1 = await exec(onB, { type: 'setTopic', by: run.state.chairId!, text: 'Aksept' });
    const b2 = await exec(onB, { type: 'share', by: run.state.speaker!.id, text: 'Hei, jeg deler.' });
    // B's commit wrote only what changed from b1: its publish is a patch on b1.
    const wire = wireOutcome({ ok: true, state: b2, events: [], logged: [], views: [] }, run.now);
    expect(typeof JSON.parse(wire)[2]).toBe('string');
    expect(a1.seq).toBe(b1.seq);
    // A holds its own branch at that seq: told to read the store, not handed a mix.
    expect(readWireOutcome(wire, () => a1)).toEqual({ missing: id, base: b1.seq });
    // B's own copy at that seq is the base the patch was made on.
    const onBranch = readWireOutcome(wire, () => b1);
    expect(onBranch && 'out' in onBranch ? onBranch.out.state : onBranch).toEqual(b2);
  });
});
