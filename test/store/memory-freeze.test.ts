// The memory store hands out the very objects it committed (no copy per load or readLog), so it
// deep-freezes them at the commit: every object and array inside a committed state and its logged
// events, however deep, throws where someone tries to change it (server/store/memory.ts deepFreeze).
import { describe, expect, it } from 'vitest';
import { MemoryStore } from '../../server/store/memory.js';
import { meeting, newId, secretsFor } from '../contract/store.contract.js';
import type { LoggedEvent } from '../../shared/meeting/view.js';
import type { PostedShare } from '../../shared/meeting/state.js';

describe('MemoryStore: what a commit stores is frozen throughout', () => {
  it('freezes nested records, arrays and events, and leaves a record frozen before as it was', async () => {
    const store = new MemoryStore({ ttlMs: 60_000, logCap: 100 });
    const id = newId();
    const state = meeting(id);
    await store.create(state, secretsFor(id));
    const shared: PostedShare = { seq: 1, id: 'p', hidden: false, reports: [] };
    Object.freeze(shared);
    const next = {
      ...structuredClone(state),
      seq: 1,
      participants: [{ id: 'p', name: 'P', role: 'participant' as const, volunteer: false, joinedSeq: 0, joinOrder: 0, connected: true, disconnectedAt: null, muted: false }],
      roundOrder: [{ id: 'p', status: 'pending' as const }],
      shares: [shared],
      ownReadings: { r: 'text' },
    };
    const log: LoggedEvent[] = [{ seq: 1, at: 5, event: { type: 'note', text: 'hi' } }];
    expect(await store.commit(id, 0, next, log)).toBe(true);
    const loaded = (await store.load(id))!;
    for (const v of [loaded, loaded.participants, loaded.participants[0], loaded.roundOrder[0], loaded.settings, loaded.shares, loaded.ownReadings]) expect(Object.isFrozen(v)).toBe(true);
    expect(loaded.shares![0]).toBe(shared);
    expect(() => {
      loaded.participants[0]!.connected = false;
    }).toThrow(TypeError);
    const read = await store.readLog(id, 0);
    expect(Object.isFrozen(read[0])).toBe(true);
    expect(Object.isFrozen(read[0]!.event)).toBe(true);
    await store.close();
  });

  it('freezes the posted-share records a commit adds or replaces, wherever they sit among those it keeps', async () => {
    const store = new MemoryStore({ ttlMs: 60_000, logCap: 100 });
    const id = newId();
    await store.create(meeting(id), secretsFor(id));
    const record = (seq: number, reports: PostedShare['reports'] = []): PostedShare => ({ seq, id: 'p', hidden: false, reports });
    let current = (await store.load(id))!;
    const commit = async (shares: PostedShare[]): Promise<PostedShare[]> => {
      expect(await store.commit(id, current.seq, { ...current, seq: current.seq + 1, shares }, [])).toBe(true);
      current = (await store.load(id))!;
      return current.shares!;
    };
    const [a, b, c] = await commit([record(1), record(2), record(3)]);
    // The first record trimmed, the last replaced (a report), one added.
    const replaced = record(3, [{ by: 'q', reason: 'advice' }]);
    const kept = await commit([b!, replaced, record(4)]);
    expect(kept[0]).toBe(b);
    // The first record replaced as well: nothing lines up with the state before.
    const again = await commit([record(2, [{ by: 'r', reason: 'crisis' }]), kept[1]!, kept[2]!, record(5)]);
    for (const r of [a, b, c, ...kept, ...again]) {
      expect(Object.isFrozen(r)).toBe(true);
      expect(Object.isFrozen(r!.reports)).toBe(true);
    }
    expect(Object.isFrozen(kept[1]!.reports[0])).toBe(true);
    expect(Object.isFrozen(again[0]!.reports[0])).toBe(true);
    expect(() => again[3]!.reports.push({ by: 'x', reason: 'personal' })).toThrow(TypeError);
    await store.close();
  });
});
