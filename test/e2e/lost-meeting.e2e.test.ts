// The page of a meeting the store lost (Redis restarted empty) says, in words, that it was
// interrupted and how to start again — also to whoever was not connected at that moment and
// comes back later (a reload: the page resumes its seat; or the link opened afresh), where it
// used to say only "This meeting has ended.". Real process, real Redis, real Chromium.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtClient, joinAtDoor, launchBrowser, newPerson, tid, waitText } from '../helpers/browser.js';
import { TestClient } from '../helpers/client.js';
import { spawnServer, type ServerProcess } from '../helpers/process.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';
import { createMeeting } from '../helpers/server.js';

describe('a page coming back to a meeting the store lost', () => {
  let browser: Browser;
  let redis: RedisHandle;
  let a: ServerProcess;
  let client: { dir: string; dispose(): Promise<void> };
  beforeAll(async () => {
    client = await builtClient();
    redis = await startRedis();
    a = await spawnServer({ REDIS_URL: redis.url, RUNDE_DIST_DIR: client.dir, RUNDE_CREATE_PER_HOUR: '1000', RUNDE_STORE_CHECK_MS: '300' });
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await a?.crash();
    await redis?.stop();
    await client?.dispose();
  });

  it('a reloaded page (its resume) and the link opened afresh say "interrupted", with how to start again, in en and nb', { timeout: 90_000 }, async () => {
    // An English meeting: a bokmål meeting's door would be in bokmål (the page follows the meeting).
    const { meetingId, chairKey } = await createMeeting(a.url, { language: 'en' });
    const chair = await TestClient.connect(a.url);
    expect((await chair.join(meetingId, 'Alfa', { chairKey })).ok).toBe(true);
    const en = await newPerson(browser, { lang: 'en' });
    await en.page.goto(`${a.url}/m/${meetingId}`);
    await joinAtDoor(en.page, 'Stille Fjord');
    // The phone goes to sleep: the page is gone while Redis restarts empty.
    await en.page.goto('about:blank');
    const port = redis.port;
    await redis.crash();
    redis = await startRedis({ port });
    await chair.waitFor((c) => c.byes.includes('interrupted'), 'the chair told interrupted', 20_000);
    await en.page.goBack();
    await waitText(tid(en.page, 'join-unavailable-message'), /interrupted.*create a new meeting from the front page/, 20_000);
    const nb = await newPerson(browser, { lang: 'nb' });
    await nb.page.goto(`${a.url}/m/${meetingId}`);
    await waitText(tid(nb.page, 'join-unavailable-message'), /avbrutt.*lage et nytt møte fra forsiden/, 20_000);
    await en.context.close();
    await nb.context.close();
    chair.close();
  });
});
