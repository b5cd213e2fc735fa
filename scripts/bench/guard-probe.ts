// Two probes of the share guard inside a running server (Issue 10: CPU per delivery), as esbuild
// plugins for a bench child's bundle (scripts/bench/ab.ts): nothing of them is in the product.
// They rewrite shared/meeting/guard-mode.ts as it is bundled, and fail the build when its code no
// longer reads as they expect, so a probe never measures something else unnoticed.
//   guardOff   — shareFindings finds nothing: what a server costs without the guard.
//   guardTimes — the rules (analyzeShare) and the model (modelFinding) are timed inside the server
//                and run a second time right after, timed too: the first run is what a share pays
//                there, the second what the same work costs with the guard's code and tables
//                still in the CPU's caches. Mean µs per share, on stderr every 10 s.
//   decideTimes — the same for the whole of decide() on a share (the guard included), in
//                server/meetings.ts: decide is pure, so its second run changes nothing.
//   deliverTimes — server/broadcast.ts: how long delivering one committed command to this
//                process's sockets takes (once: a second run would send everything twice), and
//                of that the room's events (emitRoomEvents: socket.io's broadcast, the writes).
import type { Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';

const RULES = 'const findings: GuardFinding[] = analyzeShare(text, { otherNames, lang: s.language })';
const MODEL = 'const m = modelFinding(text, otherNames);';
const BODY = "  const otherNames = s.participants.filter((p) => p.id !== me.id).map((p) => p.name);\n";

/** Replaces `from` by `to` in `source`, once; throws when `from` is not there exactly once. */
function once(source: string, from: string, to: string): string {
  const at = source.indexOf(from);
  if (at < 0 || source.indexOf(from, at + 1) >= 0) throw new Error(`guard-probe: guard-mode.ts no longer holds \`${from}\` once`);
  return source.slice(0, at) + to + source.slice(at + from.length);
}

function rewrite(name: string, edit: (source: string) => string, file = /shared[\\/]meeting[\\/]guard-mode\.ts$/): Plugin {
  return {
    name,
    setup(b) {
      b.onLoad({ filter: file }, async (args) => ({ contents: edit(await readFile(args.path, 'utf8')), loader: 'ts' }));
    },
  };
}

/** shareFindings returns no findings, before any work. */
export const guardOff = (): Plugin => rewrite('guard-off', (src) => once(src, BODY, `  if (text.length >= 0) return [];\n${BODY}`));

// Prepended to guard-mode.ts: the clock and the report (performance.now and setInterval are
// globals in Node, so the rewritten module needs no import).
const TIMES = `
const __t = { n: 0, rules: 0, model: 0, rulesAgain: 0, modelAgain: 0 };
setInterval(() => {
  if (__t.n === 0) return;
  const us = (x: number): string => ((x / __t.n) * 1000).toFixed(0);
  console.error(\`guard per share, µs (\${__t.n} shares): rules \${us(__t.rules)}, again \${us(__t.rulesAgain)}; model \${us(__t.model)}, again \${us(__t.modelAgain)}\`);
  __t.n = __t.rules = __t.model = __t.rulesAgain = __t.modelAgain = 0;
}, 10_000).unref();
function __timed<T>(part: 'rules' | 'model', run: () => T): T {
  const t0 = performance.now();
  const out = run();
  const t1 = performance.now();
  run();
  const t2 = performance.now();
  if (part === 'rules') { __t.n++; __t.rules += t1 - t0; __t.rulesAgain += t2 - t1; } else { __t.model += t1 - t0; __t.modelAgain += t2 - t1; }
  return out;
}
`;

/** Times the rules and the model per share, each run twice (see above). */
export const guardTimes = (): Plugin =>
  rewrite('guard-times', (src) => {
    let out = once(src, RULES, RULES.replace('analyzeShare(text, { otherNames, lang: s.language })', "__timed('rules', () => analyzeShare(text, { otherNames, lang: s.language }))"));
    out = once(out, MODEL, "const m = __timed('model', () => modelFinding(text, otherNames));");
    return TIMES + out;
  });

const DECIDE = 'const d = typeof cmd === \'string\' ? null : decide(state, cmd, now);';
const DECIDE_TIMES = `
const __d = { n: 0, first: 0, again: 0 };
setInterval(() => {
  if (__d.n === 0) return;
  console.error(\`decide() per share, µs (\${__d.n} shares): \${((__d.first / __d.n) * 1000).toFixed(0)}, again \${((__d.again / __d.n) * 1000).toFixed(0)}\`);
  __d.n = __d.first = __d.again = 0;
}, 10_000).unref();
function __decideTimed(state: MeetingState, cmd: Command, now: number): Decision {
  if (cmd.type !== 'share') return decide(state, cmd, now);
  const t0 = performance.now();
  const out = decide(state, cmd, now);
  const t1 = performance.now();
  decide(state, cmd, now);
  __d.n++;
  __d.first += t1 - t0;
  __d.again += performance.now() - t1;
  return out;
}
`;

/** Times decide() on each share in the server, run twice (see above). */
export const decideTimes = (): Plugin =>
  rewrite('decide-times', (src) => DECIDE_TIMES + once(src, DECIDE, DECIDE.replace('decide(state, cmd, now)', '__decideTimed(state, cmd, now)')), /server[\\/]meetings\.ts$/);

const DELIVER = 'private deliver(out: Accepted, now: number): void {';
const EMIT = 'const reached = emitRoomEvents(this.io, room, state, ob.room);';
const DELIVER_TIMES = `
const __dv = { n: 0, all: 0, emit: 0 };
setInterval(() => {
  if (__dv.n === 0) return;
  const us = (x: number): string => ((x / __dv.n) * 1000).toFixed(0);
  console.error(\`deliver per command, µs (\${__dv.n} commands): \${us(__dv.all)}, of which the room's events \${us(__dv.emit)}\`);
  __dv.n = __dv.all = __dv.emit = 0;
}, 10_000).unref();
`;

/** Times each delivery in the server (see above). */
export const deliverTimes = (): Plugin =>
  rewrite(
    'deliver-times',
    (src) => {
      let out = once(src, DELIVER, `${DELIVER}\n    const __t0 = performance.now();\n    this.deliverTimed(out, now);\n    __dv.n++;\n    __dv.all += performance.now() - __t0;\n  }\n\n  private deliverTimed(out: Accepted, now: number): void {`);
      out = once(out, EMIT, `const __e0 = performance.now();\n    ${EMIT}\n    __dv.emit += performance.now() - __e0;`);
      return DELIVER_TIMES + out;
    },
    /server[\\/]broadcast\.ts$/,
  );
