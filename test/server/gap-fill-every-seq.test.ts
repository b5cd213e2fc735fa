// A gap filled from the store (ordered-delivery.ts) hands the transport every missing seq in
// turn: its room events, or nothing where it logged none (the transport then sends the seq
// notice), and the stored state's views last. Before, the fill handed over the logged events of
// all missing seqs and one view: a seq that logged nothing (an acknowledgement) reached no
// socket, and every client took the next seq for a gap and asked for a catchUp (found by a fresh
// tester: two processes, 29 acknowledgements at once).
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

describe('a gap filled from the store', () => {
  it('delivers each missing seq in order: its room events or none, the views last', async () => {
    const store = new MemoryStore({ ttlMs: 60_000, logCap: 100 });
    let s: MeetingState = createMeeting({ id: 'gapfill1', title: 'Gap', language: 'nb', formatId: FORMATS[0]!.id, access: 'open', listed: false, settings: DEFAULT_SETTINGS, turnMode: 'circle', startsAt: null }, Date.now());
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
    for (const [id, name] of [['a', 'Ada'], ['b', 'Bjarne'], ['c', 'Cecilie']] as const) await commit(joinCmd(id, name));
    await commit({ type: 'start', by: 'a' });
    await commit({ type: 'advance', by: 'a' });
    const delivered: Accepted[] = [];
    const order = new OrderedDelivery(store, (o) => delivered.push(o), 20);
    order.hold(s.id);
    const shared = await commit({ type: 'share', by: s.speaker!.id, text: 'Jeg har hatt en lang uke.' });
    order.offer(shared, Date.now());
    await new Promise((r) => setTimeout(r, 50));
    delivered.length = 0;
    // Three commits this process never hears of: two acknowledgements (nothing logged) around a topic.
    await commit({ type: 'acknowledge', by: 'b', kind: 'thanks' });
    await commit({ type: 'setTopic', by: 'a', text: 'Aksept' });
    await commit({ type: 'acknowledge', by: 'c', kind: 'heart' });
    const next = await commit({ type: 'setTopic', by: 'a', text: 'Håp' });
    order.offer(next, Date.now());
    for (let i = 0; i < 50 && !delivered.some((o) => o.state.seq === next.state.seq); i++) await new Promise((r) => setTimeout(r, 20));
    order.stop();
    const base = shared.state.seq;
    expect(delivered.map((o) => o.state.seq)).toEqual([base + 1, base + 2, base + 3, base + 4]);
    expect(delivered.map((o) => o.logged.map((l) => `${l.seq}:${l.event.type}`))).toEqual([[], [`${base + 2}:topic`], [], [`${base + 4}:topic`]]);
    expect(delivered.slice(0, 3).every((o) => o.views.length === 0)).toBe(true);
    expect(delivered[3]!.views).toEqual(['a', 'b', 'c']);
  });
});
