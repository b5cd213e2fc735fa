// A graceful switch behind the README's nginx (docs/deploy/nginx.conf, started with the README's
// own command): two processes on one Redis, a meeting whose people use long-polling (as a page
// does where a firewall blocks WebSockets), SIGTERM to the process that holds them. Every
// request nginx answers during and after the switch must be a success: no HTTP 400 (a
// long-polling request carrying a session id the other process does not know), no 403 (a new
// connection refused by the stopping process), no 5xx — except the inherent case explained
// below (docs/reliability.md, with figures). And everyone resumes; every share once.
import { afterAll, describe, expect, it } from 'vitest';
import { DRILL_ENV, countBy, sleep, until } from '../../scripts/drills/common.js';
import { MeetingDriver, deliveryFigure } from '../../scripts/drills/meeting-driver.js';
import { startNginx, type NginxHandle } from '../helpers/nginx.js';
import { spawnServer, type ServerProcess } from '../helpers/process.js';
import { startRedis, type RedisHandle } from '../helpers/redis-server.js';

describe('a graceful switch behind nginx', () => {
  let redis: RedisHandle | undefined;
  const procs: ServerProcess[] = [];
  let nginx: NginxHandle | undefined;
  let driver: MeetingDriver | undefined;

  afterAll(async () => {
    await driver?.close();
    await nginx?.stop();
    await Promise.all(procs.map((p) => p.crash()));
    await redis?.stop();
  });

  it('long-polling people on the stopped process move with no 403 or 5xx and at most a few racing 400s (8-9 before)', { timeout: 240_000 }, async () => {
    redis = await startRedis();
    const env = { ...DRILL_ENV, REDIS_URL: redis.url, RUNDE_TRUST_PROXY: '1', RUNDE_LOG_CAP: '100000' };
    procs.push(...(await Promise.all([spawnServer(env), spawnServer(env)])));
    nginx = await startNginx([procs[0]!.port, procs[1]!.port], { accessLog: true });
    const url = nginx.url;
    driver = new MeetingDriver({ pickUrl: () => url, transports: ['polling'] });
    await driver.start([url], ['Leder', 'Bjørk', 'Selje', 'Rogn']);
    // Long-polling through a proxy is slow on a loaded machine: wait up to a minute.
    const saidBefore = await driver.runUntilShares('the switch', 3, 60_000);

    // ip_hash: every request from 127.0.0.1 goes to one process. Stop that one.
    const last = nginx.log().at(-1)!.split(' ');
    const holder = procs.find((p) => last[4] === `127.0.0.1:${p.port}`)!;
    expect(holder, last.join(' ')).toBeDefined();
    const other = procs.find((p) => p !== holder)!;
    const mark = nginx.log().length;
    process.kill(holder.pid, 'SIGTERM');
    expect(await holder.exited).toEqual({ code: 0, signal: null });
    await until(() => driver!.people.every((p) => p.resumes >= 1 || p.failedResumes.length > 0), 'everyone resumed', 20_000);
    await sleep(3000);
    await driver.stop();

    const lines = nginx.log().slice(mark);
    const statuses = countBy(lines.map((l) => l.split(' ')[0]!));
    console.log({ holder: holder.port, other: other.port, 'requests during and after the switch': lines.length, statuses, 'shares before / after': `${saidBefore} / ${driver.said.length - saidBefore}` });
    expect(driver.people.flatMap((p) => p.failedResumes)).toEqual([]);
    // What remains is a race inherent to long-polling through a proxy (docs/reliability.md,
    // with figures): a request that crosses the moment the stopping process closes its port
    // (a command POSTed beside its client's own close packet; or a request of a session just
    // opened on the sibling, sent while the stopping one still listens) is answered 400. Before
    // the fix every long-polling person's next requests were (8-13 per switch with 4 people).
    const failed = lines.filter((l) => !/^(200|101) /u.test(l));
    expect(failed.every((l) => /^400 [\d, ]*400 (POST|GET) polling /u.test(l)), failed.join('\n')).toBe(true);
    expect(failed.length, failed.join('\n')).toBeLessThanOrEqual(3);
    // They are on the other process now.
    expect(nginx.log().at(-1)!.split(' ')[4]).toBe(`127.0.0.1:${other.port}`);
    expect(driver.said.length).toBeGreaterThan(saidBefore);
    const { check } = await driver.delivery(redis.url);
    expect(deliveryFigure(check), check.details.join('; ')).toBe('0 / 0 / 0');
  });
});
