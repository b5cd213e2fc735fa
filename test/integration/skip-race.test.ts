// The chair's skip sent at the same moment as the speaker's Done. Source: a tester over raw
// sockets, 6 people: both were answered ok and the next person was marked skipped without ever
// sharing (their own share, sent at that moment, was refused NOT_YOUR_TURN). A skip (or extend)
// now names the turn it was meant for (view.speaker.turn) and is refused with TURN_ENDED when
// that turn already ended: the next person keeps their turn.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import type { TestClient } from '../helpers/client.js';
import { inRound, pause } from '../helpers/meeting.js';
import { startTestServer } from '../helpers/server.js';

const NAMES = ['Ask', 'Bjørk', 'Hegg', 'Lind', 'Osp', 'Rogn'];

/** Waits until every client's view shows `speaker` holding the turn. */
async function allSee(people: TestClient[], speaker: TestClient): Promise<void> {
  for (const p of people) await p.waitFor((c) => c.latest.speaker?.id === speaker.you, `${speaker.you}'s turn`);
}

describe('a chair\'s skip racing the speaker\'s Done', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => server.close());

  it('sent together: the next person keeps their turn and shares (six people, three races)', async () => {
    const { people } = await inRound(server.url, NAMES);
    const chair = people[0]!;
    await chair.ok('pass');
    for (let i = 1; i <= 3; i++) {
      const speaker = people[i]!;
      const next = people[i + 1]!;
      await allSee(people, speaker);
      const turn = chair.latest.speaker!.turn;
      expect(typeof turn).toBe('number');
      // Both leave at the same moment, as a chair on a slow phone link and the speaker pressing Done.
      const [done, skip] = await Promise.all([speaker.emit('finishShare', {}), chair.emit('skip', { turn })]);
      // Exactly one of them ended the turn: the skip is refused with TURN_ENDED when Done came first.
      if (done.ok) expect(skip).toMatchObject({ ok: false, code: 'TURN_ENDED' });
      else {
        expect(done).toMatchObject({ ok: false, code: 'NOT_YOUR_TURN' });
        expect(skip.ok).toBe(true);
      }
      await allSee(people, next);
      await next.ok('share', { text: `Deling nummer ${i + 1}.` });
      await next.waitFor((c) => c.shares().includes(`Deling nummer ${i + 1}.`), 'own share');
      expect(next.latest.participants.find((p) => p.id === next.you)?.status).toBe('pending');
    }
    people.forEach((p) => p.close());
  });

  it('Done answered first, then the stale skip and extend: TURN_ENDED, nothing changes for anyone', async () => {
    const { people } = await inRound(server.url, NAMES);
    const [chair, b, c] = people as [TestClient, TestClient, TestClient];
    await chair.ok('pass');
    await allSee(people, b);
    const turnOfB = chair.latest.speaker!.turn;
    await b.ok('finishShare');
    await allSee(people, c);
    const seqBefore = chair.lastSeq();
    const deadline = c.latest.speaker!.deadline;
    expect(await chair.emit('skip', { turn: turnOfB })).toMatchObject({ ok: false, code: 'TURN_ENDED', message: 'Den turen var allerede over, så ingenting ble endret.' });
    expect(await chair.emit('extend', { turn: turnOfB })).toMatchObject({ ok: false, code: 'TURN_ENDED' });
    await pause(150);
    // Nothing was committed: no new seq reached anyone, c still holds the turn with its own time.
    expect(chair.lastSeq()).toBe(seqBefore);
    for (const p of people) expect(p.latest.speaker).toMatchObject({ id: c.you, deadline, extended: false });
    await c.ok('share', { text: 'Min tur likevel.' });
    await c.ok('finishShare');
    await chair.waitFor((x) => x.latest.participants.find((p) => p.id === c.you)?.status === 'shared', 'c shared');
    people.forEach((p) => p.close());
  });

  it('the current turn named, or none (an older client): the skip acts as before', async () => {
    const { people } = await inRound(server.url, NAMES.slice(0, 3));
    const [chair, b, c] = people as [TestClient, TestClient, TestClient];
    await chair.ok('pass');
    await allSee(people, b);
    await chair.ok('skip', { turn: chair.latest.speaker!.turn });
    await allSee(people, c);
    await chair.ok('skip');
    await chair.waitFor((x) => x.latest.participants.find((p) => p.id === c.you)?.status === 'skipped', 'c skipped');
    expect(await chair.emit('skip', { turn: 'b' })).toMatchObject({ ok: false, code: 'INVALID_PAYLOAD' });
    people.forEach((p) => p.close());
  });
});
