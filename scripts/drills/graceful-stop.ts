// Drill: graceful stop (SIGTERM) of one of two processes in a running meeting. Proves: only its
// own sockets are affected (the other process's people see nothing), it takes no new
// connections, its people are told to move (bye 'restarting') and resume on the other process
// keeping seat and turn (no drop, departure or lost turn is ever shown), every share arrives
// exactly once and in order, and the process exits 0 within 10 s.
//
//   node --import tsx scripts/drills/graceful-stop.ts --help   (options, defaults)
import { TestClient } from '../../test/helpers/client.js';
import { startCluster } from './cluster.js';
import { alive, isMain, maxOf, note, percentile, runFromCli, seatLosses, sleep, until, type DrillCli, type Figures } from './common.js';
import { DRILL_PEOPLE, MeetingDriver, deliveryFigure, verdict } from './meeting-driver.js';

export async function gracefulStopDrill(o: { afterMs: number } = { afterMs: 5000 }): Promise<Figures> {
  note('starting');
  const cluster = await startCluster(2);
  note('cluster up');
  const [a, b] = cluster.procs as [(typeof cluster.procs)[0], (typeof cluster.procs)[0]];
  const driver = new MeetingDriver({ pickUrl: () => b.url });
  try {
    await driver.start([a.url, b.url], DRILL_PEOPLE);
    const onA = driver.people.filter((_, i) => i % 2 === 0);
    const onB = driver.people.filter((_, i) => i % 2 === 1);
    const bSockets = new Map(onB.map((p) => [p, p.client]));
    note('seated');
    const saidBefore = await driver.runUntilShares('the stop');

    note('stopping a');
    const t0 = Date.now();
    process.kill(a.pid, 'SIGTERM');
    // New connections are refused while it drains.
    await until(() => onA.every((p) => p.client.byes.includes('restarting')), 'everyone on the stopping process told', 3000);
    const refused = await TestClient.connect(a.url).then((c) => (c.close(), false), () => true);
    note('waiting for exit');
    const exit = await a.exited;
    note('exited');
    const exitMs = Date.now() - t0;
    await until(() => onA.every((p) => p.resumes >= 1), 'everyone on the stopping process resumed', 10_000);
    await sleep(o.afterMs);
    await driver.stop();
    const saidAfter = driver.said.length - saidBefore;

    const { logged, check } = await driver.delivery(cluster.redis.url);
    const bTouched = onB.filter((p) => p.client !== bSockets.get(p) || p.resumes > 0).length;
    const losses = seatLosses(onB[0]!.received);
    const back = onA.flatMap((p) => p.backMs);
    const figures: Figures = {
      'exit code, signal': `${exit.code}, ${exit.signal}`,
      'SIGTERM to exit (ms)': exitMs,
      'new connection to the stopping process refused': refused,
      'people on the other process disturbed': `${bTouched} of ${onB.length}`,
      'people moved (resumed on the other process)': `${onA.filter((p) => p.resumes >= 1).length} of ${onA.length}`,
      'close to seat held again, p50 / max (ms)': `${percentile(back, 50)} / ${maxOf(back)}`,
      'same seat after the move': onA.every((p) => p.failedResumes.length === 0),
      'drops / departures / turns lost shown to the room': `${losses.dropsShown} / ${losses.left} / ${losses.turnsLost}`,
      'shares before / after the stop': `${saidBefore} / ${saidAfter}`,
      'shares logged': logged.length,
      'missing / doubled / out of order (all people)': deliveryFigure(check),
    };
    const failures: string[] = [];
    if (exit.code !== 0) failures.push(`exit code ${exit.code}`);
    if (exitMs > 10_000) failures.push(`exit after ${exitMs} ms`);
    if (!refused) failures.push('a new connection was accepted while stopping');
    if (bTouched) failures.push(`${bTouched} people on the other process were disturbed`);
    if (!alive(b)) failures.push('the other process died');
    if (losses.dropsShown || losses.left || losses.turnsLost) failures.push('a drop, departure or lost turn was shown');
    if (saidAfter === 0) failures.push('no share after the stop');
    if (onA.some((p) => p.failedResumes.length)) failures.push(`resumes failed: ${onA.flatMap((p) => p.failedResumes).join(', ')}`);
    return verdict(figures, failures, check);
  } finally {
    await driver.close();
    await cluster.close();
  }
}

export const CLI: DrillCli = {
  name: 'Drill: graceful stop (SIGTERM) of one of two processes',
  script: 'scripts/drills/graceful-stop.ts',
  proves:
    'SIGTERM to one of two processes mid-meeting affects only its own sockets: it refuses new connections, tells its people to move, they resume on the other process keeping seat and turn (no drop, departure or lost turn shown), every share arrives exactly once and in order, and it exits 0 within 10 s.',
  options: { seconds: { default: 5, description: 'meeting time after the stop, s' } },
};

if (isMain(import.meta.url)) {
  await runFromCli(CLI, (o) => gracefulStopDrill({ afterMs: o.seconds! * 1000 }));
}
