// A page in a meeting on process A; A gets SIGTERM (graceful stop). The page says, calmly, that
// the server is restarting, and resumes by itself on process B (behind a small fail-over front,
// as a load balancer would be) with its seat, its turn and the words it was typing. Real
// processes on a real Redis, real Chromium.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtClient, launchBrowser, participantId, roundScene, tid, WAIT_MS, waitText } from '../helpers/browser.js';
import { failoverLink, type FailoverLink } from '../helpers/failover-link.js';
import { spawnServer, type ServerProcess } from '../helpers/process.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';

describe('a page whose process stops gracefully', () => {
  let browser: Browser;
  let redis: RedisHandle;
  let a: ServerProcess;
  let b: ServerProcess;
  let front: FailoverLink;
  let client: { dir: string; dispose(): Promise<void> };
  beforeAll(async () => {
    client = await builtClient();
    redis = await startRedis();
    const env = { REDIS_URL: redis.url, RUNDE_DIST_DIR: client.dir, RUNDE_CREATE_PER_HOUR: '1000' };
    [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
    front = await failoverLink([a.url, b.url]);
    browser = await launchBrowser();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await front?.close();
    await Promise.all([a?.crash(), b?.crash()]);
    await redis?.stop();
    await client?.dispose();
  });

  it('shows "restarting", then resumes on the other process with seat, turn and draft intact', async () => {
    const scene = await roundScene(browser, front.url, 'en');
    try {
      const page = scene.speaker.page;
      // Everything so far went to A: B has not been asked for anything.
      expect(front.counts[1]).toBe(0);
      const seat = await participantId(page, 'Stille Fjord');
      const draft = 'I was in the middle of saying that this week';
      await tid(page, 'composer').fill(draft);
      // Every text the status line shows from now on, and any error shown.
      await page.evaluate(() => {
        const w = window as unknown as { statusSeen: string[] };
        w.statusSeen = [];
        const el = document.querySelector('[data-testid="connection-status"]')!;
        const err = document.querySelector('[data-testid="error-message"]')!;
        new MutationObserver(() => {
          if (!(el as HTMLElement).hidden) w.statusSeen.push(`status: ${el.textContent ?? ''}`);
          if (!(err as HTMLElement).hidden) w.statusSeen.push(`error: ${err.textContent ?? ''}`);
        }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      });

      const movedAt = Date.now();
      process.kill(a.pid, 'SIGTERM');
      expect(await a.exited).toEqual({ code: 0, signal: null });
      // Back, with no click: connected again (the status line hides), on B.
      await expect.poll(() => b.output.filter((l) => l.includes('"event":"resumed"')).length, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
      await tid(page, 'connection-status').waitFor({ state: 'hidden', timeout: 20_000 });
      const seen = await page.evaluate(() => (window as unknown as { statusSeen: string[] }).statusSeen);
      expect(seen.some((s) => /^status: The server is restarting/u.test(s)), seen.join(' | ')).toBe(true);
      expect(seen.filter((s) => s.startsWith('error:')), seen.join(' | ')).toEqual([]);

      // Same seat, still their turn, the words they were typing still there.
      expect(await participantId(page, 'Stille Fjord')).toBe(seat);
      await page.locator('[data-testid="turn-status"].mine').waitFor({ timeout: WAIT_MS });
      expect(await tid(page, 'composer').inputValue()).toBe(draft);
      await expect.poll(() => tid(page, 'composer').isEnabled(), { timeout: WAIT_MS }).toBe(true);
      // And it is live on B: the share reaches the others.
      await tid(page, 'finish-share').click();
      await waitText(scene.listener.page.locator('[data-testid="share-chunk"]').last(), draft);
      expect(front.counts[1]).toBeGreaterThan(0);

      // A fresh tester (2026-12-04): the page read the server's heartbeat from the engine it had
      // before the move, so the next drop was counted from the move ("kept for about 26 more
      // seconds" of 60, or "probably given up" while it was kept). Two of B's pings later, B
      // dies: each page counts its seat's grace from now. (26 s after the move, a count from A's
      // last ping would show at most 60 - 16 = 44 s.)
      await page.waitForTimeout(Math.max(0, 26_000 - (Date.now() - movedAt)));
      await b.crash();
      const counts = await Promise.all(
        [scene.chair, scene.speaker, scene.listener].map(async (who) => {
          const status = tid(who.page, 'connection-status');
          await waitText(status, /Reconnecting/, 20_000);
          // A page whose own turn is held counts the turn down instead (turn line), not the seat.
          return /kept for about (\d+) more second/.exec((await status.textContent()) ?? '')?.[1];
        }),
      );
      const kept = counts.filter((c) => c !== undefined).map(Number);
      expect(kept.length, counts.join()).toBeGreaterThanOrEqual(2);
      for (const secs of kept) expect(secs).toBeGreaterThanOrEqual(50);
    } finally {
      await scene.close();
    }
  }, 180_000);
});
