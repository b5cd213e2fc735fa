// The server enforces the turn: crosstalk is refused and reaches nobody; acknowledgements are
// wordless and reach the speaker only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { inRound, pause } from '../helpers/meeting.js';
import { startTestServer } from '../helpers/server.js';

describe('turn rules over real sockets', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server.close());

  it('answers crosstalk with NOT_YOUR_TURN and delivers it to nobody, the chair included', async () => {
    const { people } = await inRound(server.url, ['Ask', 'Bjørk', 'Hegg']);
    const [speaker, other, third] = people as [typeof people[0], typeof people[0], typeof people[0]];
    // The chair (Ask) is the first speaker here, so let the turn pass to Bjørk first.
    await speaker.ok('pass');
    await other.waitFor((c) => c.latest.speaker?.id === c.you, 'Bjørk’s turn');
    const crosstalk = await speaker.emit('share', { text: 'Du burde egentlig…' });
    expect(crosstalk).toMatchObject({ ok: false, code: 'NOT_YOUR_TURN' });
    const fromThird = await third.emit('share', { text: 'Jeg er enig med deg' });
    expect(fromThird).toMatchObject({ ok: false, code: 'NOT_YOUR_TURN' });
    await other.ok('share', { text: 'Min egen deling.' });
    await pause(150);
    for (const p of people) expect(p.shares()).toEqual(['Min egen deling.']);
    people.forEach((p) => p.close());
  });

  it('delivers an acknowledgement to the speaker only, without saying who sent it', async () => {
    const { people } = await inRound(server.url, ['Eik', 'Osp', 'Rogn']);
    const [speaker, a, b] = people as [typeof people[0], typeof people[0], typeof people[0]];
    await a.ok('acknowledge', { kind: 'heart' });
    expect(await a.emit('acknowledge', { kind: 'heart' })).toMatchObject({ ok: false, code: 'ALREADY_DONE' });
    expect(await a.emit('acknowledge', { kind: 'Du er flink!' })).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    await speaker.waitFor((c) => c.events.some((e) => e.event.type === 'acknowledged'), 'acknowledgement');
    const ack = speaker.events.find((e) => e.event.type === 'acknowledged')!;
    expect(ack.event).toEqual({ type: 'acknowledged', kind: 'heart', to: speaker.you, acks: 1 });
    expect(speaker.latest.speaker?.acks).toBe(1);
    await pause(100);
    expect(b.events.some((e) => e.event.type === 'acknowledged')).toBe(false);
    expect(b.latest.speaker?.acks).toBeNull();
    people.forEach((p) => p.close());
  });

  it('ends a turn by itself at the deadline after a warning', async () => {
    const quick = await startTestServer({ settings: { shareMs: 600, warnMs: 300 } });
    try {
      const { people } = await inRound(quick.url, ['Lind', 'Selje']);
      const [first, second] = people as [typeof people[0], typeof people[0]];
      await second.waitFor((c) => c.latest.speaker?.id === c.you, 'turn after timeout', 3000);
      const types = first.events.map((e) => e.event.type);
      expect(types.indexOf('timeWarning')).toBeGreaterThan(-1);
      expect(first.events.find((e) => e.event.type === 'shareEnded')?.event).toMatchObject({ reason: 'timeoutEmpty', id: first.you });
      people.forEach((p) => p.close());
    } finally {
      await quick.close();
    }
  });
});
