// Anonymity is a feature under test: the server's log carries no pseudonym, no share text, no
// address and no secret, and the directory shows nothing about who is present.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { TestClient } from '../helpers/client.js';
import { serverLogs, startTestServer, createMeeting } from '../helpers/server.js';

describe('what the server keeps and tells', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server.close());

  it('logs no pseudonym, text, address, token or chair key', async () => {
    serverLogs.length = 0;
    const { meetingId, chairKey } = await createMeeting(server.url, { title: 'Hemmelig tittel', listed: true });
    const a = await TestClient.connect(server.url);
    await a.join(meetingId, 'Synnøve Solbakken', { chairKey });
    const b = await TestClient.connect(server.url);
    await b.join(meetingId, 'Tiril', { volunteer: true });
    await a.ok('start');
    await a.ok('advance');
    await a.ok('share', { text: 'Min sønn ringte i går' });
    await b.emit('share', { text: 'kryssprat som avvises' });
    await b.emit('__proto__', { text: 'søppel' });
    a.close();
    b.close();
    await new Promise((r) => setTimeout(r, 100));
    const logs = serverLogs.join('\n');
    expect(serverLogs.length).toBeGreaterThan(0);
    for (const secret of ['Synnøve', 'Tiril', 'Min sønn', 'kryssprat', 'søppel', 'Hemmelig', chairKey, a.token, b.token, '127.0.0.1', meetingId]) {
      expect(logs).not.toContain(secret);
    }
  });

  it('lists a listed meeting with no count below five people, never with names', async () => {
    const { meetingId, chairKey } = await createMeeting(server.url, { title: 'Åpent møte', listed: true });
    const a = await TestClient.connect(server.url);
    await a.join(meetingId, 'Vandrer', { chairKey });
    const res = await fetch(`${server.url}/api/meetings`);
    const body = (await res.json()) as { meetings: { meetingId: string; present: number | null }[] };
    const entry = body.meetings.find((m) => m.meetingId === meetingId);
    // One person: a count would say so. Fewer than five shows none at all ("a few").
    expect(entry).toMatchObject({ title: 'Åpent møte', present: null });
    expect(JSON.stringify(body)).not.toContain('Vandrer');
    const unlisted = await createMeeting(server.url, { title: 'Skjult', listed: false });
    const again = (await (await fetch(`${server.url}/api/meetings`)).json()) as { meetings: { meetingId: string }[] };
    expect(again.meetings.some((m) => m.meetingId === unlisted.meetingId)).toBe(false);
    a.close();
  });
});
