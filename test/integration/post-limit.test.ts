// What one seat may post (Config.postRate, RUNDE_POST_POINTS / RUNDE_POST_WINDOW_MS): a fresh
// tester (2026-12-04) sent 60 `share` events at once from a speaker's raw socket, and 37 of up to
// 2,000 characters reached every screen within a second, under the socket's own limit. Past the
// seat's limit a post is refused RATE_LIMITED and changes nothing; a repeat of one applied is
// still answered as a repeat; the next window posts again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { inRound, pause } from '../helpers/meeting.js';
import { startTestServer } from '../helpers/server.js';

const DEFAULT = loadConfig({}).postRate;

describe('the per-seat post limit', () => {
  let server: RunningServer;
  beforeAll(async () => {
    // The product's own limit (the test servers lift it otherwise), in a window short enough to wait out.
    server = await startTestServer({ postRate: { points: DEFAULT.points, windowMs: 1500 } });
  }, 60_000);
  afterAll(async () => server.close());

  it('is 8 posts in 10 s by default', () => {
    expect(DEFAULT).toEqual({ points: 8, windowMs: 10_000 });
  });

  it('a flood of shares from the speaker: the limit is posted, the rest refused RATE_LIMITED, nobody sees them; a repeat is still a repeat; the next window posts', async () => {
    const { people } = await inRound(server.url, ['Rolig Elv', 'Stille Fjord', 'Lys Morgen']);
    const [speaker, , listener] = people as [typeof people[0], typeof people[0], typeof people[0]];
    const acks = await Promise.all(Array.from({ length: 20 }, (_, i) => speaker.emit('share', { text: `Del ${i}`, commandId: `flood-part-${String(i).padStart(2, '0')}` })));
    const codes = acks.map((a) => (a.ok ? 'ok' : a.code));
    expect(codes.filter((c) => c === 'ok')).toHaveLength(DEFAULT.points);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(20 - DEFAULT.points);
    await listener.waitFor((c) => c.shares().length === DEFAULT.points, 'the posted shares');
    await pause(300);
    expect(listener.shares()).toHaveLength(DEFAULT.points);
    // The first share sent again with its id (its answer lost): a repeat, not a refusal.
    const firstOk = acks.findIndex((a) => a.ok);
    expect(await speaker.emit('share', { text: `Del ${firstOk}`, commandId: `flood-part-${String(firstOk).padStart(2, '0')}` })).toMatchObject({ ok: true, repeat: true });
    // The window over, the speaker posts again.
    await pause(1600);
    expect(await speaker.emit('share', { text: 'Etter pausen' })).toMatchObject({ ok: true });
    await listener.waitFor((c) => c.shares().includes('Etter pausen'), 'the share after the window');
    people.forEach((p) => p.close());
  });

  it("counts the chair's notes too, per seat: the others' posts are not held back by it", async () => {
    const { people } = await inRound(server.url, ['Rolig Elv', 'Stille Fjord']);
    const [chair, member] = people as [typeof people[0], typeof people[0]];
    const acks = await Promise.all(Array.from({ length: 12 }, (_, i) => chair.emit('chairNote', { text: `Merknad ${i}` })));
    expect(acks.filter((a) => !a.ok && a.code === 'RATE_LIMITED')).toHaveLength(12 - DEFAULT.points);
    // The chair is the speaker here (first in the round): sharing is held back with the notes.
    expect(await chair.emit('share', { text: 'Min del' })).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    await chair.ok('finishShare');
    await member.waitFor((c) => c.latest.speaker?.id === c.you, 'the member\'s turn');
    expect(await member.emit('share', { text: 'Min tur' })).toMatchObject({ ok: true });
    people.forEach((p) => p.close());
  });
});
