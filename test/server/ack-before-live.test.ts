// A join's or resume's acknowledgement reaches the socket before any live event delivered after
// the state it was answered at (protocol.md `resume`: "in `missed` if seq ≤ view.seq, live after
// the acknowledgement otherwise"). A fresh tester (2026-12-05, 980 resumes at once on two
// processes and Redis) saw ~1 % of returning clients get a live share before the reply: the
// delivery queue took the next outcome as soon as the seating job's promise settled, and a commit
// reply read in the same turn of the event loop offered it while the acknowledgement was still
// on its way up the resume's chain of promises.
import { describe, expect, it } from 'vitest';
import { decide } from '../../shared/meeting/decide.js';
import { DEFAULT_SETTINGS, FORMATS } from '../../shared/meeting/formats.js';
import { createMeeting, type MeetingState } from '../../shared/meeting/state.js';
import { isPrivate } from '../../shared/meeting/view.js';
import type { Command } from '../../shared/meeting/commands.js';
import { OrderedDelivery } from '../../server/ordered-delivery.js';
import { MemoryStore } from '../../server/store/memory.js';
import type { Accepted } from '../../server/broadcast.js';

const joinCmd = (id: string, name: string): Command => ({ type: 'join', id, name, role: 'participant', volunteer: false, pledge: true, chairKey: id === 'a', joinCode: false });

/** `n` turns of the microtask queue, as a chain of awaits on the way to an acknowledgement takes. */
const ticks = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await Promise.resolve();
};

describe('the acknowledgement of a seating goes before what is delivered after it', () => {
  it('an outcome offered while the acknowledgement is on its way is delivered after it', async () => {
    const store = new MemoryStore({ ttlMs: 60_000, logCap: 100 });
    let s: MeetingState = createMeeting({ id: 'ackfirst1', title: 'Ack', language: 'nb', formatId: FORMATS[0]!.id, access: 'open', listed: false, settings: DEFAULT_SETTINGS, turnMode: 'circle', startsAt: null }, Date.now());
    expect(await store.create(s, { chairKeyHash: 'x', joinCodeHash: null, joinCode: null })).toBe(true);
    const commit = async (cmd: Command): Promise<Accepted> => {
      const now = Date.now();
      const d = decide(s, cmd, now);
      if (!d.ok) throw new Error(`${cmd.type}: ${d.code}`);
      const logged = d.events.filter((e) => !isPrivate(e)).map((event) => ({ seq: d.state.seq, at: now, event }));
      expect(await store.commit(s.id, s.seq, d.state, logged)).toBe(true);
      s = d.state;
      return { ok: true, state: d.state, events: d.events, logged, views: [] };
    };
    for (const [id, name] of [['a', 'Ada'], ['b', 'Bjarne']] as const) await commit(joinCmd(id, name));
    const seen: string[] = [];
    const order = new OrderedDelivery(store, (o) => seen.push(`live ${o.state.seq}`), 20);
    order.hold(s.id);
    // The queue learns where the meeting is.
    await order.at(s.id, 0, () => undefined);
    const next = await commit({ type: 'setTopic', by: 'a', text: 'Aksept' });
    // A seating job answered at the delivered seq; its acknowledgement goes out some awaits later,
    // and the commit of another command is offered in between (its reply read in the same turn).
    const answeredAt = await order.at(s.id, 0, (d) => {
      void ticks(3).then(() => order.offer(next, Date.now()));
      return d!.seq;
    });
    await ticks(10);
    seen.push(`ack ${answeredAt}`);
    for (let i = 0; i < 50 && !seen.includes(`live ${next.state.seq}`); i++) await new Promise((r) => setTimeout(r, 10));
    order.stop();
    expect(seen).toEqual([`ack ${next.state.seq - 1}`, `live ${next.state.seq}`]);
  });
});
