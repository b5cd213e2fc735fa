// A gap filled from the store (ordered-delivery.ts) hands the transport every missing seq in
// turn: its room events, or nothing where it logged none (the transport then sends the seq
// notice), and the stored state's views last. Before, the fill handed over the logged events of
// all missing seqs and one view: a seq that logged nothing (an acknowledgement) reached no
// socket, and every client took the next seq for a gap and asked for a catchUp (found by a fresh
// tester: two processes, 29 acknowledgements at once).
import { describe, expect, it } from 'vitest';
import { OrderedDelivery } from '../../server/ordered-delivery.js';
import type { Accepted } from '../../server/broadcast.js';
import { joinCmd, storeMeeting } from '../helpers/store-meeting.js';

describe('a gap filled from the store', () => {
  it('delivers each missing seq in order: its room events or none, the views last', async () => {
    const m = await storeMeeting('gapfill1');
    const { store, commit } = m;
    for (const [id, name] of [['a', 'Ada'], ['b', 'Bjarne'], ['c', 'Cecilie']] as const) await commit(joinCmd(id, name));
    await commit({ type: 'start', by: 'a' });
    await commit({ type: 'advance', by: 'a' });
    const delivered: Accepted[] = [];
    const order = new OrderedDelivery(store, (o) => delivered.push(o), 20);
    order.hold(m.state().id);
    const shared = await commit({ type: 'share', by: m.state().speaker!.id, text: 'Jeg har hatt en lang uke.' });
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
    // Marked as read from the log (shared/protocol.ts SentEvent): the client shows them as missed,
    // after the view, not read out one by one as live.
    const filled = delivered.flatMap((o) => o.logged);
    expect(filled.length).toBeGreaterThan(0);
    expect(filled.every((l) => (l as { filled?: true }).filled === true)).toBe(true);
  });
});
