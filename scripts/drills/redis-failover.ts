// Drill: Redis failover through Sentinel. A primary, a replica and three Sentinels on loopback
// (no persistence); two Runde processes connect through the Sentinels. The primary is killed
// mid-meeting: the Sentinels promote the replica, both processes follow, the meeting continues
// with its state, and commands during the switch get STORE_UNAVAILABLE (never a crash, never a
// wait over about a second). Reports the interruption: from the kill to the first command
// accepted again.
//
//   node --import tsx scripts/drills/redis-failover.ts --help   (options, defaults)
import { spawnServer, type ServerProcess } from '../../test/helpers/process.js';
import { MASTER_NAME, startSentinelGroup } from '../../test/helpers/redis-sentinel.js';
import { DRILL_ENV, alive, countBy, isMain, note, num, percentile, pump, runFromCli, sleep, until, type DrillCli, type Figures } from './common.js';
import { MeetingDriver, deliveryFigure, verdict } from './meeting-driver.js';

export async function redisFailoverDrill(o: { afterMs: number } = { afterMs: 5000 }): Promise<Figures> {
  note('starting the Sentinel group');
  const group = await startSentinelGroup();
  const env = { ...DRILL_ENV, RUNDE_REDIS_SENTINELS: group.sentinels, RUNDE_REDIS_MASTER_NAME: MASTER_NAME, RUNDE_LOG_CAP: '100000' };
  const procs: ServerProcess[] = [];
  const urls: string[] = [];
  const driver = new MeetingDriver({ pickUrl: (p) => urls[driver.people.indexOf(p) % 2]! });
  try {
    procs.push(...(await Promise.all([spawnServer(env), spawnServer(env)])));
    urls.push(...procs.map((p) => p.url));
    note('servers up');
    await driver.start(urls, ['Leder', 'Bjørk', 'Selje', 'Rogn']);
    driver.run();
    const flow = pump(driver.people.map((p) => p.client), 4);
    await until(() => driver.said.length >= 4, 'some shares before the failover', 20_000);
    const saidBefore = driver.said.length;
    const participantsBefore = driver.people[0]!.client.latest.participants.map((p) => p.id).sort().join();

    note('killing the primary');
    const oldPort = group.primary.port;
    const killedAt = Date.now();
    await group.primary.crash();
    await until(async () => (await group.primaryPort().catch(() => oldPort)) !== oldPort, 'the replica promoted', 30_000);
    const promotedMs = Date.now() - killedAt;
    await sleep(o.afterMs);
    const acks = await flow.stop();
    await driver.stop();

    const after = acks.filter((a) => a.at >= killedAt);
    // Answers that say the server could not serve the command; any other answer (OK, or the
    // meeting's own refusal such as ALREADY_DONE) came from a working store.
    const faults = new Set(['STORE_UNAVAILABLE', 'TIMEOUT', 'INTERNAL', 'BUSY']);
    // The first command the store took again: the earliest answered (answers arrive out of order).
    const firstOk = after.filter((a) => !faults.has(a.code)).sort((x, y) => x.at + x.ms - (y.at + y.ms))[0];
    const interruptionMs = firstOk ? firstOk.at + firstOk.ms - killedAt : NaN;
    // Every command refused while the primary was switched: each must be a typed "try again".
    const during = after.filter((a) => faults.has(a.code));
    const codes = countBy(during.map((a) => a.code));
    const maxAnswer = Math.max(0, ...after.map((a) => a.ms));
    const saidAfter = driver.said.length - saidBefore;
    const participantsAfter = driver.people[0]!.client.latest.participants.map((p) => p.id).sort().join();
    const logged = await driver.loggedShares(group.replica.url);
    const check = MeetingDriver.check(driver.people, logged);
    const figures: Figures = {
      'replica promoted after (ms)': promotedMs,
      'interruption: kill to first command accepted (s)': num(interruptionMs / 1000, 2),
      'promotion to first command accepted (ms)': firstOk ? firstOk.at + firstOk.ms - killedAt - promotedMs : 'none',
      'commands failed during the switch': during.length,
      'answers during the switch': JSON.stringify(codes),
      'slowest answer after the kill (ms)': maxAnswer,
      'answer time after the kill, p50 (ms)': percentile(after.map((a) => a.ms), 50),
      'server processes up': `${procs.filter(alive).length}/${procs.length}`,
      // The promoted replica holds the epoch key: the data must not be taken for lost.
      'data taken for lost (store_lost, all processes)': procs.reduce((n, p) => n + p.output.filter((l) => l.includes('"event":"store_lost"')).length, 0),
      'subscribers re-subscribed (all processes)': procs.reduce((n, p) => n + p.output.filter((l) => l.includes('"event":"pubsub_resubscribed"')).length, 0),
      'sockets kept through the failover (people)': `${driver.people.filter((p) => p.resumes === 0).length} of ${driver.people.length}`,
      'same people seated after the failover': participantsBefore === participantsAfter,
      'shares before / after the failover': `${saidBefore} / ${saidAfter}`,
      'shares in the promoted replica\u2019s log': logged.length,
      'missing / doubled / out of order (all people)': deliveryFigure(check),
    };
    const failures: string[] = [];
    if (!procs.every(alive)) failures.push('a server process died');
    if (!firstOk) failures.push('no command was accepted after the failover');
    if (figures['data taken for lost (store_lost, all processes)'] !== 0) failures.push('a process took the promoted replica for a Redis restarted empty');
    if (Object.keys(codes).some((c) => c !== 'STORE_UNAVAILABLE')) failures.push(`answers other than STORE_UNAVAILABLE during the switch: ${JSON.stringify(codes)}`);
    if (maxAnswer > 1500) failures.push(`an answer took ${maxAnswer} ms`);
    if (saidAfter === 0) failures.push('the meeting did not continue');
    if (driver.people.some((p) => p.resumes > 0)) failures.push('a socket was dropped by the failover');
    if (participantsBefore !== participantsAfter) failures.push('the meeting lost people in the failover');
    if (logged.length < saidBefore) failures.push(`the promoted replica has ${logged.length} shares of ${saidBefore} said before`);
    return verdict(figures, failures, check);
  } finally {
    await driver.close();
    await Promise.all(procs.map((p) => p.crash()));
    await group.stop();
  }
}

export const CLI: DrillCli = {
  name: 'Drill: Redis failover through Sentinel',
  script: 'scripts/drills/redis-failover.ts',
  proves:
    'A primary, a replica and three Sentinels on loopback; two processes connect through the Sentinels. The primary is killed mid-meeting: the replica is promoted, both processes follow, commands during the switch get STORE_UNAVAILABLE fast (never a crash or a wait over about a second), no socket is dropped, the meeting goes on with its state, every share exactly once in order. Reports the interruption in seconds.',
  options: { seconds: { default: 5, description: 'meeting time after the failover, s' } },
};

if (isMain(import.meta.url)) {
  await runFromCli(CLI, (o) => redisFailoverDrill({ afterMs: o.seconds! * 1000 }));
}
