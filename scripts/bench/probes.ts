// Probes inside a running server (Issue 10: CPU per delivery), as esbuild plugins for a bench
// child's bundle (scripts/bench/ab.ts): nothing of them is in the product. Each rewrites one
// source file as it is bundled, and fails the build when that file no longer reads as it
// expects, so a probe never measures something else unnoticed. Timings are mean µs, printed on
// stderr every 10 s.
//   guardOff     — shareFindings finds nothing: what a server costs without the guard.
//   guardTimes   — the rules (analyzeShare) and the model (modelFinding) timed on each share, and
//                  run a second time right after, timed too: the first run is what a share pays
//                  there, the second what the same work costs with its code and tables still in
//                  the CPU's caches.
//   decideTimes  — the same for the whole of decide() on a share (the guard included), in
//                  server/meetings.ts: decide is pure, so its second run changes nothing.
//   deliverTimes — server/broadcast.ts: how long delivering one committed command to this
//                  process's sockets takes (once: a second run would send everything twice), and
//                  of that the room's events (emitRoomEvents: socket.io's broadcast, the writes).
import type { Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';

const GUARD_MODE = /shared[\\/]meeting[\\/]guard-mode\.ts$/;
const MEETINGS = /server[\\/]meetings\.ts$/;
const BROADCAST = /server[\\/]broadcast\.ts$/;

/** A plugin that gives `file` to `edit`, with `once` to replace a piece of it that must be there exactly once. */
function rewrite(name: string, file: RegExp, edit: (source: string, once: (from: string, to: string) => string) => string): Plugin {
  return {
    name,
    setup(b) {
      b.onLoad({ filter: file }, async (args) => {
        let source = await readFile(args.path, 'utf8');
        const once = (from: string, to: string): string => {
          const at = source.indexOf(from);
          if (at < 0 || source.indexOf(from, at + 1) >= 0) throw new Error(`${name}: ${basename(args.path)} no longer holds \`${from}\` once`);
          return (source = source.slice(0, at) + to + source.slice(at + from.length));
        };
        return { contents: edit(source, once), loader: 'ts' };
      });
    },
  };
}

/**
 * Source that declares the counters `v` (`n` and each of `fields`, in ms) and prints every 10 s
 * `title, µs (n unit): field mean, …` (the means per n), then resets them. Prepended to a module:
 * performance.now, setInterval and console are globals in Node, so it needs no import.
 */
function counters(v: string, title: string, unit: string, fields: string[]): string {
  const means = fields.map((f) => `${f} \${((${v}.${f} / ${v}.n) * 1000).toFixed(0)}`).join(', ');
  return `
const ${v} = { n: 0, ${fields.map((f) => `${f}: 0`).join(', ')} };
setInterval(() => {
  if (${v}.n === 0) return;
  console.error(\`${title}, µs (\${${v}.n} ${unit}): ${means}\`);
  ${v}.n = 0;
  ${fields.map((f) => `${v}.${f} = 0;`).join(' ')}
}, 10_000).unref();
`;
}

/**
 * Source of `__twice(c, first, again, run)`: runs `run` twice, adds the first run's time to
 * `c[first]` and the second's to `c[again]`, and returns the first run's result.
 */
const TWICE = `
function __twice<T>(c: Record<string, number>, first: string, again: string, run: () => T): T {
  const t0 = performance.now();
  const out = run();
  const t1 = performance.now();
  run();
  c[first]! += t1 - t0;
  c[again]! += performance.now() - t1;
  return out;
}
`;

const BODY = "  const otherNames = s.participants.filter((p) => p.id !== me.id).map((p) => p.name);\n";
const RULES = 'analyzeShare(text, { otherNames, lang: s.language })';
const MODEL = 'const m = modelFinding(text, otherNames);';

/** shareFindings returns no findings, before any work. */
export const guardOff = (): Plugin => rewrite('guard-off', GUARD_MODE, (_, once) => once(BODY, `  if (text.length >= 0) return [];\n${BODY}`));

/** Times the rules and the model per share, each run twice (see above). */
export const guardTimes = (): Plugin =>
  rewrite('guard-times', GUARD_MODE, (_, once) => {
    once(BODY, `${BODY}  __g.n++;\n`);
    once(`= ${RULES}`, `= __twice(__g, 'rules', 'rulesAgain', () => ${RULES})`);
    const out = once(MODEL, "const m = __twice(__g, 'model', 'modelAgain', () => modelFinding(text, otherNames));");
    return counters('__g', 'guard per share', 'shares', ['rules', 'rulesAgain', 'model', 'modelAgain']) + TWICE + out;
  });

const DECIDE = "const d = typeof cmd === 'string' ? null : decide(state, cmd, now);";

/** Times decide() on each share in the server, run twice (see above). */
export const decideTimes = (): Plugin =>
  rewrite('decide-times', MEETINGS, (_, once) => {
    const timed = "cmd.type === 'share' ? (__d.n++, __twice(__d, 'first', 'again', () => decide(state, cmd, now))) : decide(state, cmd, now)";
    const out = once(DECIDE, DECIDE.replace('decide(state, cmd, now)', timed));
    return counters('__d', 'decide() per share', 'shares', ['first', 'again']) + TWICE + out;
  });

const DELIVER = 'private deliver(out: Accepted, now: number): void {';
const EMIT = 'const reached = emitRoomEvents(this.io, room, state, ob.room);';

/** Times each delivery in the server (see above). */
export const deliverTimes = (): Plugin =>
  rewrite('deliver-times', BROADCAST, (_, once) => {
    once(DELIVER, `${DELIVER}\n    const t0 = performance.now();\n    this.deliverTimed(out, now);\n    __dv.n++;\n    __dv.all += performance.now() - t0;\n  }\n\n  private deliverTimed(out: Accepted, now: number): void {`);
    const out = once(EMIT, `const e0 = performance.now();\n    ${EMIT}\n    __dv.roomEvents += performance.now() - e0;`);
    return counters('__dv', 'deliver per command', 'commands', ['all', 'roomEvents']) + out;
  });

/**
 * Source of `__pm`, one per process (on globalThis, shared by every module a probe rewrites):
 * `start()` when a share arrives, `mark(name)` at each step of its path, `end()` when it is
 * answered. Prints every 10 s the mean µs between consecutive marks, per share. Only one share is
 * followed at a time: a mark with no share under way is ignored, and a share that arrives while
 * another is under way restarts the count (rare at the bench's 40 shares/s: a share's path is
 * ~1.5 ms).
 */
const PATH_MARKS = `
const __pm: { start(): void; mark(name: string): void; end(): void } = ((globalThis as Record<string, unknown>).__runde_path_marks ??= (() => {
  const sums = new Map<string, number>();
  let last = 0, lastName = '', active = false, n = 0;
  const mark = (name: string): void => {
    if (!active) return;
    const t = performance.now();
    const k = lastName + ' > ' + name;
    sums.set(k, (sums.get(k) ?? 0) + (t - last));
    last = t;
    lastName = name;
  };
  setInterval(() => {
    if (n === 0) return;
    let total = 0;
    for (const v of sums.values()) total += v;
    console.error('share path, µs per share (' + n + ' shares; ' + ((total / n) * 1000).toFixed(0) + ' in all): ' + [...sums].map(([k, v]) => k + ' ' + ((v / n) * 1000).toFixed(0)).join(', '));
    sums.clear();
    n = 0;
  }, 10_000).unref();
  return {
    start(): void { active = true; n++; last = performance.now(); lastName = 'arrived'; },
    mark,
    end(): void { mark('answered'); active = false; },
  };
})()) as never;
`;

/**
 * One share's path through the server, step by step (wall time, µs per share, which on the
 * memory store is the main thread's CPU: nothing on the path waits for I/O): from the socket.io
 * packet (inbound.ts) through the payload check and the command (realtime.ts), the per-meeting
 * queue, the command's build, decide(), the store's commit and the views' recipients
 * (meetings.ts), to the delivery (broadcast.ts: outbox, seats, the room's broadcast), the
 * timer (clock.schedule) and the acknowledgement. What comes before the packet (reading and
 * decoding the socket) and after the acknowledgement (writes completing) is not in it.
 */
export const pathTimes = (): Plugin[] => [
  rewrite('path-times-inbound', /server[\\/]inbound\.ts$/, (_, once) => {
    const s = once('  const allowed = limiter.take(socket.id);\n  queueMicrotask(() => {\n', "  if (name === 'share') __pm.start();\n  const allowed = limiter.take(socket.id);\n  queueMicrotask(() => {\n    __pm.mark('gate');\n");
    return PATH_MARKS + s;
  }),
  rewrite('path-times-realtime', /server[\\/]realtime\.ts$/, (_, once) => {
    once('    const quick = fast?.(args[0]);\n    if (quick !== undefined) return ack(await fn(quick));', "    __pm.mark('answer');\n    const quick = fast?.(args[0]);\n    __pm.mark('payload checked');\n    if (quick !== undefined) {\n      const r = await fn(quick);\n      __pm.mark('command resolved');\n      ack(r);\n      __pm.end();\n      return;\n    }");
    once('    beforeCommand();\n    const out = commandId ?', "    __pm.mark('runCommand');\n    beforeCommand();\n    const out = commandId ?");
    once("    done(out);\n    if (name === 'leave') await seatLeft", "    __pm.mark('run resolved');\n    done(out);\n    if (name === 'leave') await seatLeft");
    const s = once('    clock.schedule(out.state);\n    deps.afterAccepted', "    __pm.mark('delivered');\n    clock.schedule(out.state);\n    __pm.mark('timer set');\n    deps.afterAccepted");
    return PATH_MARKS + s;
  }),
  rewrite('path-times-meetings', MEETINGS, (_, once) => {
    once('      let fromHot = this.hot.has(id);', "      __pm.mark('queue');\n      let fromHot = this.hot.has(id);");
    once('        const cmd = make(state);\n', "        const cmd = make(state);\n        __pm.mark('command built');\n");
    once(`${DECIDE}\n`, `${DECIDE}\n        __pm.mark('decide');\n`);
    once('          if (committed) {\n            if (d.state.phase', "          __pm.mark('commit');\n          if (committed) {\n            if (d.state.phase");
    const s = once(
      '        if (committed) return { ok: true, state: d.state, events: d.events, logged, views: viewRecipients(state, d.state, d.events, now) };',
      "        if (committed) {\n          __pm.mark('kept');\n          const views = viewRecipients(state, d.state, d.events, now);\n          __pm.mark('view recipients');\n          return { ok: true, state: d.state, events: d.events, logged, views };\n        }",
    );
    return PATH_MARKS + s;
  }),
  rewrite('path-times-broadcast', BROADCAST, (_, once) => {
    once('    const ob = outbox(state, out.events, out.logged, now, out.views);\n', "    __pm.mark('to deliver');\n    const ob = outbox(state, out.events, out.logged, now, out.views);\n    __pm.mark('outbox');\n");
    const s = once(EMIT, `__pm.mark('seats');\n    ${EMIT}\n    __pm.mark('room broadcast');`);
    return PATH_MARKS + s;
  }),
];
