// Drill: one of two processes is killed (SIGKILL) mid-meeting. Proves: its people are back on the
// other process within 10 s through their resume tokens, with the same seats; the round goes on
// there; every share committed arrives at every person exactly once, in order.
//
//   node --import tsx scripts/drills/process-kill.ts --help   (options, defaults)
import { startCluster } from './cluster.js';
import { alive, isMain, note, percentile, runFromCli, sleep, until, type DrillCli, type Figures } from './common.js';
import { DRILL_PEOPLE, MeetingDriver, deliveryFigure, verdict } from './meeting-driver.js';

export async function processKillDrill(o: { afterMs: number } = { afterMs: 5000 }): Promise<Figures> {
  note('starting');
  const cluster = await startCluster(2);
  const [a, b] = cluster.procs as [(typeof cluster.procs)[0], (typeof cluster.procs)[0]];
  const driver = new MeetingDriver({ pickUrl: () => b.url });
  try {
    await driver.start([a.url, b.url], DRILL_PEOPLE);
    const onA = driver.people.filter((_, i) => i % 2 === 0);
    const saidBefore = await driver.runUntilShares('the kill');
    note('killing a');
    await a.crash();
    await until(() => onA.every((p) => p.resumes >= 1 || p.failedResumes.length > 0), 'everyone on the killed process back', 15_000);
    await sleep(o.afterMs);
    await driver.stop();
    const saidAfter = driver.said.length - saidBefore;
    const { logged, check } = await driver.delivery(cluster.redis.url);
    const back = onA.flatMap((p) => p.backMs);
    const figures: Figures = {
      'people on the killed process back on the other': `${onA.filter((p) => p.resumes >= 1).length} of ${onA.length}`,
      'drop to seat held again, p50 / max (ms)': `${percentile(back, 50)} / ${Math.max(0, ...back)}`,
      'same seat after the move': onA.every((p) => p.failedResumes.length === 0),
      'shares before / after the kill': `${saidBefore} / ${saidAfter}`,
      'shares logged': logged.length,
      'missing / doubled / out of order (all people)': deliveryFigure(check),
      'surviving process up': alive(b),
    };
    const failures: string[] = [];
    if (onA.some((p) => p.failedResumes.length)) failures.push(`resumes failed: ${onA.flatMap((p) => p.failedResumes).join(', ')}`);
    if (Math.max(0, ...back) > 10_000) failures.push('someone took longer than 10 s to be back');
    if (saidAfter === 0) failures.push('the round did not go on after the kill');
    if (!alive(b)) failures.push('the surviving process died');
    return verdict(figures, failures, check);
  } finally {
    await driver.close();
    await cluster.close();
  }
}

export const CLI: DrillCli = {
  name: 'Drill: a process killed (SIGKILL) mid-meeting',
  script: 'scripts/drills/process-kill.ts',
  proves:
    'SIGKILL of one of two processes mid-meeting: its people are back on the other within 10 s through their resume tokens, with the same seats; the round goes on; every share committed arrives at every person exactly once, in order.',
  options: { seconds: { default: 5, description: 'meeting time after the kill, s' } },
};

if (isMain(import.meta.url)) {
  await runFromCli(CLI, (o) => processKillDrill({ afterMs: o.seconds! * 1000 }));
}
