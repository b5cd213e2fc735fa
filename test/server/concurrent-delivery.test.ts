// Two processes committing to one meeting at once (30 people acknowledging a share together):
// each process's own commit often arrives before the other's commit just before it, so for a
// while there is always some outcome waiting in the delivery buffer, each gap closing within
// milliseconds. A tester saw a healthy process fill "gaps" from the store there (delivery_gap_filled
// from 266 to 271), skipping outcomes still on their way with their private events, and then
// refill again for every late patch whose base it had jumped past. Neither may happen.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Broadcaster, wireOutcome, type Accepted, type Io } from '../../server/broadcast.js';
import { OrderedDelivery } from '../../server/ordered-delivery.js';
import { rememberPatch } from '../../server/store/committed-patch.js';
import { MemoryStore } from '../../server/store/memory.js';
import type { MeetingStore } from '../../server/store/store.js';
import type { MeetingState } from '../../shared/meeting/state.js';

const stateAt = (seq: number, id = 'm'): MeetingState => ({ id, seq, participants: [], topic: null }) as unknown as MeetingState;
const outcome = (seq: number): Accepted => ({ ok: true, state: stateAt(seq), events: [], logged: [], views: [] }) as unknown as Accepted;
const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('delivery while two processes commit to one meeting at once', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it('fills no gap while every gap closes quickly, though the buffer is never empty', async () => {
    // The store is always ahead of what arrived: the next commits are made, not yet published.
    let storedSeq = 10;
    const store = { load: async () => stateAt(storedSeq), readLog: async () => [] } as unknown as MeetingStore;
    const delivered: number[] = [];
    const order = new OrderedDelivery(store, (o) => delivered.push(o.state.seq), 60);
    stop = () => order.stop();
    order.hold('m');
    await order.at('m', 0, () => undefined);
    // Arrival order 12, [14, 11], [16, 13], …: each gap is closed within 15 ms (well inside the
    // 60 ms wait), but one outcome always waits for the one before it.
    storedSeq = 13;
    order.offer(outcome(12), 0);
    for (let n = 11; n < 31; n += 2) {
      await tick(15);
      storedSeq = n + 5;
      order.offer(outcome(n + 3), 0);
      order.offer(outcome(n), 0);
    }
    await tick(15);
    order.offer(outcome(31), 0);
    await tick(100);
    expect(delivered).toEqual(Array.from({ length: 22 }, (_, i) => 11 + i));
  });

  it('a late patch whose base was delivered and passed reads nothing from the store', async () => {
    const store = new MemoryStore({ ttlMs: 60_000, logCap: 10 });
    await store.create(stateAt(8, 'm4'), { chairKeyHash: 'x', joinCodeHash: null, joinCode: null });
    const filled: MeetingState[] = [];
    const b = new Broadcaster({} as Io, false, store, () => undefined, (s) => filled.push(s));
    b.link({ publish: () => undefined }, () => undefined);
    stop = () => b.stop();
    b.order.hold('m4');
    await b.order.at('m4', 0, () => undefined);
    const refill = vi.spyOn(b.order, 'refill');
    const patched = (seq: number): string => {
      const state = stateAt(seq, 'm4');
      rememberPatch(state, { base: seq - 1, baseTag: '', set: ['seq', String(seq)], del: [] });
      return wireOutcome({ ok: true, state, events: [], logged: [], views: [] } as unknown as Accepted, 1);
    };
    // Seq 7 on base 6: delivered here already (seq 8 is), its base long gone.
    b.receive(patched(7));
    await tick(20);
    expect(refill).not.toHaveBeenCalled();
    expect(filled).toEqual([]);
    // Seq 10 on base 9, which never arrives: a real gap, read from the store after the wait.
    b.receive(patched(10));
    await tick(20);
    expect(refill).not.toHaveBeenCalled();
    await tick(300);
    expect(refill).toHaveBeenCalledWith('m4');
    await store.close();
  });

  it('a patch that arrives before its base (this process’s own commit, answered late) waits for it', async () => {
    const store = new MemoryStore({ ttlMs: 60_000, logCap: 10 });
    await store.create(stateAt(8, 'm5'), { chairKeyHash: 'x', joinCodeHash: null, joinCode: null });
    const remote: number[] = [];
    const b = new Broadcaster({} as Io, false, store, (o) => remote.push(o.state.seq));
    b.link({ publish: () => undefined }, () => undefined);
    stop = () => b.stop();
    b.order.hold('m5');
    await b.order.at('m5', 0, () => undefined);
    const refill = vi.spyOn(b.order, 'refill');
    const patched = (seq: number): string => {
      const state = { ...stateAt(seq, 'm5'), topic: `t${seq}` } as MeetingState;
      rememberPatch(state, { base: seq - 1, baseTag: '', set: ['seq', String(seq), 'topic', `"t${seq}"`], del: [] });
      return wireOutcome({ ok: true, state, events: [], logged: [], views: [] } as unknown as Accepted, 1);
    };
    // The other process's 10 and 11 are read before the reply to this process's commit of 9.
    b.receive(patched(10));
    b.receive(patched(11));
    await tick(20);
    b.order.offer({ ok: true, state: stateAt(9, 'm5'), events: [], logged: [], views: [] } as unknown as Accepted, 1);
    expect(remote).toEqual([10, 11]);
    expect(b.order.deliveredSeq('m5')).toBe(11);
    expect(b.order.stateAt('m5', 11)?.topic).toBe('t11');
    await tick(300);
    expect(refill).not.toHaveBeenCalled();
    await store.close();
  });
});
