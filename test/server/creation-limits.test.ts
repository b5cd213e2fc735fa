// The creation limits of POST /api/meetings and POST /api/practice on a real server: each has its
// own budget per address (a first-time chair who practised a few times could not create their
// real meeting when they shared one), and a refusal says when to try again (Retry-After in
// whole seconds, retryAfterMs in the body) instead of only "wait a moment".
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { startTestServer } from '../helpers/server.js';

const MEETING = { title: 'Torsdagsmøtet', formatId: 'standard', language: 'nb', access: 'open', listed: false };

const post = (url: string, path: '/api/meetings' | '/api/practice'): Promise<Response> =>
  fetch(`${url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(path === '/api/meetings' ? MEETING : { language: 'en' }),
  });

/** The statuses of `n` creations in a row on `path`. */
async function statuses(url: string, path: '/api/meetings' | '/api/practice', n: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const res = await post(url, path);
    out.push(res.status);
    await res.body?.cancel();
  }
  return out;
}

/** The 429 every path gives past its limit: a Retry-After header and retryAfterMs that agree. */
async function expectRefusalWithWait(url: string, path: '/api/meetings' | '/api/practice'): Promise<void> {
  const res = await post(url, path);
  expect(res.status).toBe(429);
  const body = (await res.json()) as { ok: boolean; code: string; retryAfterMs?: unknown };
  expect(body).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
  expect(typeof body.retryAfterMs).toBe('number');
  const ms = body.retryAfterMs as number;
  // The window is an hour, just started: the wait is most of it, never more.
  expect(ms).toBeGreaterThan(3500_000);
  expect(ms).toBeLessThanOrEqual(3600_000);
  const header = res.headers.get('retry-after');
  expect(header).toMatch(/^\d+$/u);
  expect(Number(header)).toBe(Math.ceil(ms / 1000));
}

describe('creation limits', () => {
  let server: RunningServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('practice up to its limit leaves the meetings budget untouched, and a refusal says when to try again', async () => {
    server = await startTestServer({ createPerHour: 2, practicePerHour: 3 });
    expect(await statuses(server.url, '/api/practice', 3)).toEqual([201, 201, 201]);
    await expectRefusalWithWait(server.url, '/api/practice');
    // Every practice creation (and the refusal) spent nothing of the real meetings' budget.
    expect(await statuses(server.url, '/api/meetings', 2)).toEqual([201, 201]);
    await expectRefusalWithWait(server.url, '/api/meetings');
  });

  it('meetings up to their limit leave the practice budget untouched', async () => {
    server = await startTestServer({ createPerHour: 2, practicePerHour: 3 });
    expect(await statuses(server.url, '/api/meetings', 3)).toEqual([201, 201, 429]);
    expect(await statuses(server.url, '/api/practice', 4)).toEqual([201, 201, 201, 429]);
  });

  it('reads both limits from the environment, 20 an hour each by default', () => {
    expect(loadConfig({})).toMatchObject({ createPerHour: 20, practicePerHour: 20 });
    expect(loadConfig({ RUNDE_CREATE_PER_HOUR: '5', RUNDE_PRACTICE_PER_HOUR: '7' })).toMatchObject({ createPerHour: 5, practicePerHour: 7 });
    expect(() => loadConfig({ RUNDE_PRACTICE_PER_HOUR: '0' })).toThrow(/RUNDE_PRACTICE_PER_HOUR: expected a whole number of at least 1, got "0"/u);
  });
});
