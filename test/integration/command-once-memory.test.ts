// Command ids on the embedded (memory) store: an acknowledgement lost on a dropped connection is
// the same fault as STORE_UNAVAILABLE on Redis — the client cannot know whether its command was
// applied — so a command sent again with its id, on the same socket or after resuming on a new
// one, is a no-op answered with the same success, flagged `repeat`.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { TestClient } from '../helpers/client.js';
import { inRound, pause } from '../helpers/meeting.js';
import { startTestServer } from '../helpers/server.js';

describe('command ids on the memory store', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server.close());

  it('a duplicate id is a no-op with the same success ack, also after a drop and resume on a new socket', async () => {
    const { meetingId, people } = await inRound(server.url, ['Ask', 'Bjørk', 'Hegg']);
    const [speaker, other, third] = people as [TestClient, TestClient, TestClient];
    expect(await speaker.emit('share', { text: 'Én gang.', commandId: 'mem-share-01' })).toEqual({ ok: true });
    expect(await speaker.emit('share', { text: 'Én gang.', commandId: 'mem-share-01' })).toEqual({ ok: true, repeat: true });
    // The ack was lost with the connection: the page resumes and sends the same action again.
    speaker.drop();
    const back = await TestClient.connect(server.url);
    expect((await back.resume(meetingId, speaker.token, speaker.lastSeq())).ok).toBe(true);
    expect(await back.emit('share', { text: 'Én gang.', commandId: 'mem-share-01' })).toEqual({ ok: true, repeat: true });
    await pause(150);
    for (const p of [other, third]) expect(p.shares()).toEqual(['Én gang.']);
    // A repeat the core would now refuse (the turn has moved on) is still the same success.
    expect(await back.emit('pass', { commandId: 'mem-pass-0001' })).toEqual({ ok: true });
    await other.waitFor((c) => c.latest.speaker?.id === c.you, 'Bjørk’s turn');
    expect(await back.emit('pass', { commandId: 'mem-pass-0001' })).toEqual({ ok: true, repeat: true });
    expect(await back.emit('pass', {})).toMatchObject({ ok: false, code: 'NOT_YOUR_TURN' });
    await pause(100);
    expect(other.latest.speaker?.id).toBe(other.you);
    // Ids are per seat: another seat's command with the same id is its own command.
    expect(await other.emit('share', { text: 'Min tur.', commandId: 'mem-share-01' })).toEqual({ ok: true });
    await third.waitFor((c) => c.shares().length === 2, 'the second share');
    expect(third.shares()).toEqual(['Én gang.', 'Min tur.']);
    // "What does the server hold about me?" names the record and counts the asker's ids.
    const h = (await back.emit('holdings', {})) as unknown as { ok: true; holdings: { items: { item: string; facts: Record<string, unknown> }[] } };
    expect(h.holdings.items.find((i) => i.item === 'commands')?.facts).toEqual({ entries: 3, yours: 2 });
    // A refused command leaves no id behind: sent again once allowed, it is applied.
    expect(await third.emit('share', { text: 'Nå?', commandId: 'mem-share-03' })).toMatchObject({ ok: false, code: 'NOT_YOUR_TURN' });
    for (const p of [back, other, third]) p.close();
  });

  it('a leave is applied once: sent again from the now seatless socket it is NOT_IN_MEETING, and nobody sees a second leave', async () => {
    const { people } = await inRound(server.url, ['Lind', 'Selje', 'Gran']);
    const [, leaver, stay] = people as [TestClient, TestClient, TestClient];
    expect(await leaver.emit('leave', { commandId: 'mem-leave-01' })).toEqual({ ok: true });
    // The socket holds no seat any more: a repeat cannot even be looked up for it.
    expect(await leaver.emit('leave', { commandId: 'mem-leave-01' })).toMatchObject({ ok: false, code: 'NOT_IN_MEETING' });
    await stay.waitFor((c) => c.events.some((e) => e.event.type === 'left'), 'the leave');
    expect(stay.events.filter((e) => e.event.type === 'left')).toHaveLength(1);
    for (const p of people) p.close();
  });
});
