// Issue 7 §1 on the memory store (one process): the delivery order is the commit order here too.
// A join or resume publishes its outcome only after the steps that follow its commit, so while
// people come and go, a speaker's chunks and the hands of others are committed around them; every
// socket must still receive everything in seq order, each event once, and end on the last view.
// (Two processes on one Redis: delivery-two-processes.test.ts.)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { TestClient } from '../helpers/client.js';
import { expectEachEventOnce, expectEverySeq, expectInSeqOrder } from '../helpers/delivery.js';
import { createMeeting, startTestServer } from '../helpers/server.js';

describe('one delivery order on one process (memory store)', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer({ settings: { graceMs: 60_000, shareMs: 120_000 } });
  });
  afterAll(async () => server.close());

  it('gives every socket all share chunks in seq order, each once, while hands move and people join and resume', async () => {
    const { meetingId, chairKey } = await createMeeting(server.url);
    const chair = await TestClient.connect(server.url);
    await chair.join(meetingId, 'Leder', { chairKey, role: 'listener' });
    const speaker = await TestClient.connect(server.url);
    await speaker.join(meetingId, 'Taler');
    const raisers: TestClient[] = [];
    for (const name of ['Hånd', 'Arm']) {
      const c = await TestClient.connect(server.url);
      await c.join(meetingId, name);
      raisers.push(c);
    }
    const listeners: TestClient[] = [];
    for (const name of ['Lytter', 'Lytta']) {
      const c = await TestClient.connect(server.url);
      await c.join(meetingId, name, { role: 'listener' });
      listeners.push(c);
    }
    await chair.ok('start');
    await chair.ok('setTurnMode', { mode: 'hands' });
    await chair.ok('advance');
    await speaker.ok('raiseHand');
    await speaker.waitFor((c) => c.latest.speaker?.id === c.you, 'speaker’s turn');

    const chunks = Array.from({ length: 25 }, (_, i) => `del ${i + 1}`);
    let sharing = true;
    const hands = raisers.map(async (r) => {
      while (sharing) {
        await r.emit('raiseHand', {});
        await r.emit('lowerHand', {});
      }
    });
    // Newcomers join, and listeners drop and resume, while the chunks are committed.
    const newcomers: TestClient[] = [];
    const comings = (async () => {
      for (let i = 0; i < 6; i++) {
        const c = await TestClient.connect(server.url);
        await c.join(meetingId, `Ny${i}`, { role: 'listener' });
        newcomers.push(c);
      }
    })();
    const resumed: TestClient[] = [];
    const goings = (async () => {
      for (const l of listeners) {
        const seen = l.lastSeq();
        l.drop();
        const back = await TestClient.connect(server.url);
        expect((await back.resume(meetingId, l.token, seen)).ok).toBe(true);
        resumed.push(back);
      }
    })();
    for (const text of chunks) await speaker.ok('share', { text });
    sharing = false;
    await Promise.all([...hands, comings, goings]);
    // One last command, so everyone's last view is the meeting's last seq.
    // Its seq from the chair's own view of it: the acknowledgement comes before that delivery.
    await chair.ok('setTopic', { text: 'slutt' });
    await chair.waitFor((c) => c.latest.topic === 'slutt', 'the chair’s own view of the last command', 15_000);
    const last = chair.latest.seq;
    const throughout = [chair, speaker, ...raisers];
    const everyone = [...throughout, ...newcomers, ...resumed];
    for (const c of everyone) await c.waitFor((x) => x.latest.seq >= last, 'the last view', 15_000);
    for (const [i, c] of everyone.entries()) {
      expectInSeqOrder(c, `client ${i}`);
      expectEverySeq(c, `client ${i}`);
      expectEachEventOnce(c, `client ${i}`);
      expect(c.views[c.views.length - 1]!.seq, `client ${i}: last view`).toBe(last);
    }
    for (const c of throughout) expect(c.shares()).toEqual(chunks);
    everyone.forEach((c) => c.close());
  }, 90_000);
});
