// A join's or resume's acknowledgement reaches the socket before any live event delivered after
// the state it was answered at (protocol.md `resume`: "in `missed` if seq ≤ view.seq, live after
// the acknowledgement otherwise"). A fresh tester (2026-12-05, 980 resumes at once on two
// processes and Redis) saw ~1 % of returning clients get a live share before the reply: the
// delivery queue took the next outcome as soon as the seating job's promise settled, and a commit
// reply read in the same turn of the event loop offered it while the acknowledgement was still
// on its way up the resume's chain of promises.
import { describe, expect, it } from 'vitest';
import { OrderedDelivery } from '../../server/ordered-delivery.js';
import { joinCmd, storeMeeting } from '../helpers/store-meeting.js';

/** `n` turns of the microtask queue, as a chain of awaits on the way to an acknowledgement takes. */
const ticks = async (n: number): Promise<void> => {
  for (let i = 0; i < n; i++) await Promise.resolve();
};

describe('the acknowledgement of a seating goes before what is delivered after it', () => {
  it('an outcome offered while the acknowledgement is on its way is delivered after it', async () => {
    const m = await storeMeeting('ackfirst1');
    const { store, commit } = m;
    for (const [id, name] of [['a', 'Ada'], ['b', 'Bjarne']] as const) await commit(joinCmd(id, name));
    const seen: string[] = [];
    const order = new OrderedDelivery(store, (o) => seen.push(`live ${o.state.seq}`), 20);
    order.hold(m.state().id);
    // The queue learns where the meeting is.
    await order.at(m.state().id, 0, () => undefined);
    const next = await commit({ type: 'setTopic', by: 'a', text: 'Aksept' });
    // A seating job answered at the delivered seq; its acknowledgement goes out some awaits later,
    // and the commit of another command is offered in between (its reply read in the same turn).
    const answeredAt = await order.at(m.state().id, 0, (d) => {
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
