// Fresh tester of issue 12, end to end: lengths are UTF-16 code units on every path, ill-formed
// UTF-16 (a lone surrogate) is refused on the socket and over HTTP (never stored, never listed),
// and text that cleans to nothing is refused in every field, a topic too: only an explicit ''
// clears a topic.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { sanitizeText } from '../../server/sanitize.js';
import { LIMITS } from '../../shared/protocol.js';
import { TestClient } from '../helpers/client.js';
import { inRound, pause } from '../helpers/meeting.js';
import { startTestServer } from '../helpers/server.js';

const EMOJI = '😀';

describe('hostile text on every path', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer({ rate: { points: 1000, windowMs: 10_000 }, createPerHour: 1000 });
    sanitizeText('<b>warm</b>');
  }, 60_000);
  afterAll(async () => server.close());

  const post = (body: object): Promise<Response> =>
    fetch(`${server.url}/api/meetings`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const create = { formatId: 'standard', language: 'nb', access: 'open', listed: true };

  it('on the socket: over-long text in units, lone surrogates and markup-only topics change nothing', async () => {
    const { people, meetingId } = await inRound(server.url, ['Kilde', 'Bekk']);
    const [chair, other] = people as [TestClient, TestClient];
    await chair.ok('setTopic', { text: 'Håp' });
    await other.waitFor((c) => c.latest.topic === 'Håp', 'topic');
    const before = chair.latest.seq;
    const refused: [string, object][] = [
      ['share', { text: EMOJI.repeat(LIMITS.shareChars) }],
      ['share', { text: 'lone \ud800 surrogate' }],
      ['chairNote', { text: EMOJI.repeat(900) }],
      ['chairNote', { text: 'note \udfff' }],
      ['setTopic', { text: EMOJI.repeat(150) }],
      ['setTopic', { text: '\ud800 topic' }],
      ['setTopic', { text: '<b></b>' }],
      ['setTopic', { text: ' <i> </i> ' }],
      ['setTopic', { text: '   ' }],
    ];
    for (const [name, payload] of refused) {
      expect({ name, payload, ack: await chair.emit(name, payload) }).toMatchObject({ name, payload, ack: { ok: false, code: 'INVALID_PAYLOAD' } });
    }
    const stranger = await TestClient.connect(server.url);
    expect(await stranger.join(meetingId, 'Kari \ud800')).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    await pause(50);
    expect(chair.latest.seq).toBe(before);
    expect(other.latest.topic).toBe('Håp');
    expect(other.shares()).toEqual([]);
    // At the limit in units, and an explicit '' clears the topic.
    await chair.ok('share', { text: EMOJI.repeat(LIMITS.shareChars / 2) });
    await chair.ok('setTopic', { text: '' });
    await other.waitFor((c) => c.shares().length === 1 && c.latest.topic === null, 'share and cleared topic');
    [...people, stranger].forEach((p) => p.close());
  });

  it('over HTTP: a title of lone surrogates or too many units is 400 with the field named, and never listed', async () => {
    for (const title of ['\ud800 lone', 'lone \udc00', EMOJI.repeat(60)]) {
      const res = await post({ ...create, title });
      expect({ title, status: res.status }).toEqual({ title, status: 400 });
      expect(await res.json()).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD', field: 'title' });
    }
    const code = await post({ ...create, title: 'Møte', access: 'closed', joinCode: 'kode \ud800' });
    expect(code.status).toBe(400);
    expect(await code.json()).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD', field: 'joinCode' });
    expect((await post({ ...create, title: EMOJI.repeat(LIMITS.titleChars / 2) })).status).toBe(201);
    const dir = (await (await fetch(`${server.url}/api/meetings`)).json()) as { meetings: { title: string }[] };
    expect(dir.meetings.filter((m) => !(m.title as string & { isWellFormed(): boolean }).isWellFormed() || m.title.length > LIMITS.titleChars)).toEqual([]);
  });
});
