// Drill: for a while (2 minutes from the command line) of a running meeting across two
// processes, people's connections drop at random every few seconds, sometimes mid-share, and
// each comes back on a random process. Proves: every person ends with the complete, ordered
// sequence of shares committed while they were seated, exactly once; nobody loses their seat.
//
//   node --import tsx scripts/drills/flaky-clients.ts --help   (options, defaults)
import { startCluster } from './cluster.js';
import { isMain, note, percentile, runFromCli, seatLosses, sleep, until, type DrillCli, type Figures } from './common.js';
import { DRILL_PEOPLE, MeetingDriver, deliveryFigure, verdict } from './meeting-driver.js';

export async function flakyClientsDrill(o: { durationMs: number; dropEveryMs?: number } = { durationMs: 120_000 }): Promise<Figures> {
  note('starting');
  const cluster = await startCluster(2);
  const urls = cluster.procs.map((p) => p.url);
  const driver = new MeetingDriver({ pickUrl: () => urls[Math.floor(Math.random() * urls.length)]! });
  const dropEvery = o.dropEveryMs ?? 2000;
  let drops = 0;
  let midShare = 0;
  try {
    await driver.start(urls, DRILL_PEOPLE);
    driver.run();
    const until_ = Date.now() + o.durationMs;
    while (Date.now() < until_) {
      await sleep(dropEvery / 2 + Math.random() * dropEvery);
      const seated = driver.people.filter((p) => !p.moving && p.client.socket.connected);
      // One drop in three hits the speaker, mid-share.
      const speakerId = seated[0]?.client.latest.speaker?.id;
      const speaker = seated.find((p) => p.you === speakerId);
      const victim = speaker && Math.random() < 1 / 3 ? speaker : seated[Math.floor(Math.random() * seated.length)];
      if (!victim) continue;
      if (victim === speaker) midShare++;
      drops++;
      victim.client.drop();
    }
    await until(() => driver.people.every((p) => !p.moving && p.client.socket.connected), 'everyone back', 15_000);
    // Let the last commands' events arrive everywhere.
    await driver.stop();
    const logged = await driver.loggedShares(cluster.redis.url);
    // The last commands' events may still be on their way on a loaded machine: wait (bounded).
    await until(() => MeetingDriver.check(driver.people, logged).missing === 0, 'the last shares delivered', 5000).catch(() => undefined);
    const check = MeetingDriver.check(driver.people, logged);
    const back = driver.people.flatMap((p) => p.backMs);
    const losses = seatLosses(driver.people[0]!.received);
    const figures: Figures = {
      'duration (s)': Math.round(o.durationMs / 1000),
      'drops (of them mid-share)': `${drops} (${midShare})`,
      'resumes': driver.people.reduce((n, p) => n + p.resumes, 0),
      'drop to seat held again, p50 / max (ms)': `${percentile(back, 50)} / ${Math.max(0, ...back)}`,
      'seats lost (failed resumes)': driver.people.reduce((n, p) => n + p.failedResumes.length, 0),
      'departures shown': losses.left,
      'shares said (acknowledged) / logged': `${driver.said.length} / ${logged.length}`,
      'missing / doubled / out of order (all people)': deliveryFigure(check),
    };
    const failures: string[] = [];
    if (driver.people.some((p) => p.failedResumes.length)) failures.push(`resumes failed: ${driver.people.flatMap((p) => p.failedResumes).join(', ')}`);
    if (losses.left) failures.push('someone was shown as having left');
    if (logged.length === 0) failures.push('no share was said');
    return verdict(figures, failures, check);
  } finally {
    await driver.close();
    await cluster.close();
  }
}

export const CLI: DrillCli = {
  name: 'Drill: flaky clients across two processes',
  script: 'scripts/drills/flaky-clients.ts',
  proves:
    'For a while of a meeting across two processes, connections drop at random every 1-3 s (one in three mid-share), each person coming back on a random process: everyone ends with every share committed while seated, exactly once, in order; nobody loses their seat.',
  options: { seconds: { default: 120, description: 'how long connections drop, s' } },
};

if (isMain(import.meta.url)) {
  await runFromCli(CLI, (o) => flakyClientsDrill({ durationMs: o.seconds! * 1000 }));
}
