// Drill: Redis frozen (SIGSTOP) with shares flowing, then let go on (SIGCONT). A write sent to
// the frozen Redis times out at the server (STORE_UNAVAILABLE after the command timeout) and is
// still carried out when Redis goes on, so "try again" is not "nothing changed". Twice, on two
// processes: once as the page sends (client/command-sender.ts: a command id per action, retried
// with it), where no share may be lost or applied twice and every listener hears each once, in
// order; and once without ids (the old way, retrying the same payload), whose doubled shares
// show why the ids are needed.
//
//   node --import tsx scripts/drills/redis-freeze.ts [--seconds <freeze, default 2>] [--rate <shares/s, default 5>]
import { CommandSender, type CommandTransport } from '../../client/command-sender.js';
import { meetingKeys } from '../../server/store/redis-keys.js';
import { readLogEntries } from '../../server/store/redis-log.js';
import type { LoggedEvent } from '../../shared/meeting/view.js';
import type { Ack } from '../../shared/protocol.js';
import { Redis } from 'ioredis';
import { TestClient } from '../../test/helpers/client.js';
import { spawnServer, type ServerProcess } from '../../test/helpers/process.js';
import { startRedis, type RedisHandle } from '../../test/helpers/redis-server.js';
import { createMeeting } from '../../test/helpers/server.js';
import { DRILL_ENV, alive, countBy, isMain, note, percentile, runFromCli, sleep, until, type DrillCli, type Figures } from './common.js';

export interface RedisFreezeOptions {
  /** How long Redis stays frozen (ms). */
  freezeMs: number;
  /** New shares per second from the speaker (each a new action; they overlap while frozen). */
  perSecond: number;
}

/** The page's timings (client/command-sender.ts SENDER_DEFAULTS), a shorter answer wait. */
const PAGE = { ackTimeoutMs: 5000, retryForMs: 12_000, retryDelayMs: 1000, uncertainKept: 16 };

interface Action {
  text: string;
  duringFreeze: boolean;
  /** Every answer to every attempt of this action, in order. */
  answers: string[];
  final: string;
}

interface PhaseResult {
  actions: Action[];
  /** Answer times (ms) of attempts sent while Redis was frozen. */
  frozenAnswerMs: number[];
  log: LoggedEvent[];
}

/** How much longer than asked the freeze may last while no share was answered "try again" yet (ms). */
const EXTRA_FREEZE_MS = 8000;

const code = (a: Ack<object> | null): string => (a === null ? 'NO_ANSWER' : a.ok ? ('repeat' in a && a.repeat ? 'REPEAT' : 'OK') : a.code);

export async function redisFreezeDrill(o: RedisFreezeOptions = { freezeMs: 2000, perSecond: 5 }): Promise<Figures> {
  const redis: RedisHandle = await startRedis();
  const admin = new Redis(redis.url);
  const env = { ...DRILL_ENV, REDIS_URL: redis.url, RUNDE_REDIS_COMMAND_TIMEOUT_MS: '1000' };
  const procs: ServerProcess[] = await Promise.all([spawnServer(env), spawnServer(env)]);
  const [a, b] = procs as [ServerProcess, ServerProcess];
  const clients: TestClient[] = [];
  let frozen = false;
  /** How long each phase's freeze lasted (ms). */
  const frozenFor: number[] = [];
  const freeze = (on: boolean): void => {
    frozen = on;
    process.kill(redis.pid, on ? 'SIGSTOP' : 'SIGCONT');
  };
  try {
    /** One meeting per phase: the speaker (who chairs) on A, listeners on A and B. */
    const meeting = async (): Promise<{ meetingId: string; speaker: TestClient; listeners: TestClient[] }> => {
      const { meetingId, chairKey } = await createMeeting(a.url);
      const speaker = await TestClient.connect(a.url);
      clients.push(speaker);
      if (!(await speaker.join(meetingId, 'Leder', { chairKey })).ok) throw new Error('the chair could not join');
      const listeners: TestClient[] = [];
      for (const [i, name] of ['Bjørk', 'Selje', 'Rogn'].entries()) {
        const c = await TestClient.connect(i % 2 === 0 ? b.url : a.url);
        clients.push(c);
        const ack = await c.join(meetingId, name);
        if (!ack.ok) throw new Error(`join ${name}: ${ack.code}`);
        listeners.push(c);
      }
      await speaker.ok('start');
      await speaker.ok('advance');
      await speaker.waitFor((c) => c.latest.speaker?.id === c.you, 'the chair’s turn', 10_000);
      return { meetingId, speaker, listeners };
    };

    const phase = async (withIds: boolean): Promise<PhaseResult & { listeners: TestClient[] }> => {
      const m = await meeting();
      const frozenAnswerMs: number[] = [];
      const actions: Action[] = [];
      const transport = (answers: string[]): CommandTransport => ({
        ready: () => m.speaker.socket.connected,
        emit: (event, payload, onAck) => {
          const t0 = Date.now();
          const whileFrozen = frozen;
          m.speaker.socket.emit(event as 'share', payload as never, ((ack: Ack<object>) => {
            answers.push(code(ack));
            if (whileFrozen) frozenAnswerMs.push(Date.now() - t0);
            onAck(ack);
          }) as never);
        },
        onLost: (fn) => {
          m.speaker.socket.once('disconnect', fn);
          return () => void m.speaker.socket.off('disconnect', fn);
        },
      });
      /** The old way: the same payload again after "try again", with no id. */
      const sendPlain = async (payload: object, answers: string[]): Promise<Ack<object> | null> => {
        const until = Date.now() + PAGE.retryForMs;
        for (;;) {
          const t0 = Date.now();
          const whileFrozen = frozen;
          const ack = await m.speaker.emit('share', payload).catch(() => null);
          answers.push(code(ack));
          if (whileFrozen) frozenAnswerMs.push(Date.now() - t0);
          if (ack && !(!ack.ok && ack.code === 'STORE_UNAVAILABLE')) return ack;
          if (Date.now() + PAGE.retryDelayMs > until) return ack;
          await sleep(PAGE.retryDelayMs);
        }
      };
      const send = async (i: number): Promise<void> => {
        const action: Action = { text: `Deling ${withIds ? 'A' : 'B'}-${i}.`, duringFreeze: frozen, answers: [], final: '' };
        actions.push(action);
        const ack = withIds
          ? await new CommandSender(transport(action.answers), PAGE).send('share', { text: action.text })
          : await sendPlain({ text: action.text }, action.answers);
        action.final = code(ack);
      };
      // A second of normal flow, the freeze, a second and a half after it. The freeze lasts until
      // a share was answered "try again" (on a loaded machine the servers may read the first
      // shares late), at most EXTRA_FREEZE_MS longer than asked.
      const t0 = Date.now();
      const inFlight: Promise<void>[] = [];
      let i = 0;
      let resumedAt = 0;
      const triedAgain = (): boolean => actions.some((x) => x.answers.includes('STORE_UNAVAILABLE'));
      while (!resumedAt || Date.now() - resumedAt < 1500) {
        const t = Date.now() - t0;
        if (t >= 1000 && !frozen && !resumedAt) {
          note(`${withIds ? 'ids' : 'no ids'}: freezing Redis`);
          freeze(true);
        }
        if (frozen && t >= 1000 + o.freezeMs && (triedAgain() || t >= 1000 + o.freezeMs + EXTRA_FREEZE_MS)) {
          freeze(false);
          resumedAt = Date.now();
          frozenFor.push(resumedAt - t0 - 1000);
          note('Redis goes on');
        }
        inFlight.push(send(i++));
        await sleep(1000 / o.perSecond);
      }
      if (frozen) freeze(false);
      await Promise.all(inFlight);
      // Everything answered: let the last deliveries (a repeat's refill) arrive.
      const applied = async (): Promise<LoggedEvent[]> => readLogEntries(admin, meetingKeys(m.meetingId).log, -1);
      const shares = async (): Promise<number> => (await applied()).filter((l) => l.event.type === 'share').length;
      const expected = await shares();
      await until(() => m.listeners.every((c) => c.shares().length >= expected), 'every listener has every applied share', 10_000).catch(() => undefined);
      await sleep(500);
      return { actions, frozenAnswerMs, log: await applied(), listeners: m.listeners };
    };

    const withIds = await phase(true);
    const without = await phase(false);

    const tally = (r: PhaseResult & { listeners: TestClient[] }) => {
      const inLog = r.log.flatMap((l) => (l.event.type === 'share' ? [l.event.text] : []));
      const times = new Map<string, number>();
      for (const t of inLog) times.set(t, (times.get(t) ?? 0) + 1);
      const doubled = [...times.values()].filter((n) => n > 1).length;
      const lost = r.actions.filter((x) => (x.final === 'OK' || x.final === 'REPEAT') && !times.has(x.text)).length;
      let heardWrong = 0;
      for (const c of r.listeners) if (JSON.stringify(c.shares()) !== JSON.stringify(inLog)) heardWrong++;
      const during = r.actions.filter((x) => x.duringFreeze);
      return {
        sent: r.actions.length,
        during: during.length,
        tryAgain: r.actions.filter((x) => x.answers.includes('STORE_UNAVAILABLE') || x.answers.includes('NO_ANSWER')).length,
        repeats: r.actions.filter((x) => x.answers.includes('REPEAT')).length,
        unresolved: r.actions.filter((x) => x.final !== 'OK' && x.final !== 'REPEAT').length,
        finals: JSON.stringify(countBy(r.actions.map((x) => x.final))),
        applied: inLog.length,
        doubled,
        lost,
        heardWrong,
        answerMs: `${percentile(r.frozenAnswerMs, 50)} / ${Math.max(0, ...r.frozenAnswerMs)}`,
      };
    };
    const w = tally(withIds);
    const n = tally(without);
    const up = procs.every(alive);
    const figures: Figures = {
      'server processes up throughout': `${procs.filter(alive).length}/${procs.length}`,
      'freeze, asked / lasted with ids / without (ms)': `${o.freezeMs} / ${frozenFor.join(' / ')}`,
      'with command ids (the page): shares sent / of them during the freeze': `${w.sent} / ${w.during}`,
      'with ids: shares answered try again (or not at all) at least once': w.tryAgain,
      'with ids: retries answered repeat (applied before)': w.repeats,
      'with ids: final answers': w.finals,
      'with ids: shares applied / doubled after resume / lost': `${w.applied} / ${w.doubled} / ${w.lost}`,
      'with ids: listeners whose transcript differs from the store (of 3)': w.heardWrong,
      'answer time while frozen, p50 / max (ms)': w.answerMs,
      'without ids (old way): shares sent / during the freeze / answered try again': `${n.sent} / ${n.during} / ${n.tryAgain}`,
      'without ids: shares applied / doubled after resume': `${n.applied} / ${n.doubled}`,
    };
    if (!up) throw new Error(`a server process died: ${JSON.stringify(figures)}`);
    if (w.doubled > 0 || w.lost > 0 || w.heardWrong > 0 || w.unresolved > 0 || w.applied !== w.sent) throw new Error(`with command ids: ${JSON.stringify(figures)}`);
    if (w.tryAgain === 0) throw new Error(`the freeze answered nothing with "try again": ${JSON.stringify(figures)}`);
    return figures;
  } finally {
    if (frozen) process.kill(redis.pid, 'SIGCONT');
    clients.forEach((c) => c.close());
    await Promise.all(procs.map((p) => p.crash()));
    await admin.quit().catch(() => undefined);
    await redis.stop();
  }
}

export const CLI: DrillCli = {
  name: 'Drill: Redis frozen (SIGSTOP) with shares flowing, then going on',
  script: 'scripts/drills/redis-freeze.ts',
  proves:
    'Shares sent while Redis is frozen are answered STORE_UNAVAILABLE after the command timeout, and Redis still carries out the writes it was sent when it goes on. Sent as the page sends them (a command id per action, retried with it), every share is applied exactly once and every listener on both processes hears each once, in the store order; sent the old way (retried without an id), shares are doubled — the figures show both.',
  options: {
    seconds: { default: 2, description: 'how long Redis stays frozen, s' },
    rate: { default: 5, description: 'new shares per second' },
  },
};

if (isMain(import.meta.url)) {
  await runFromCli(CLI, (o) => redisFreezeDrill({ freezeMs: o.seconds! * 1000, perSecond: o.rate! }));
}
