// V8 drops a regular expression's compiled code after two full collections in which it did not
// run; the guard's ~100 patterns then compiled again inside a share (0.2-0.5 s of CPU, every
// meeting's deliveries held). keepGuardWarm runs the guard before the first command and after
// each full collection while the process has meetings; a server without meetings holds no
// compiled patterns (Issue 10: idle heap).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

// Runs in a child started with --expose-gc (vitest's own process has no gc()).
const script = `
const { keepGuardWarm } = await import(${JSON.stringify(`${root}server/guard-warm.ts`)});
let runs = 0;
let busy = false;
const w = keepGuardWarm(() => (runs++, 0), () => busy);
const tick = () => new Promise((r) => setTimeout(r, 20));
const atStart = runs;
for (let i = 0; i < 2; i++) { globalThis.gc(); await tick(); }
const idleGcs = runs;
const first = w.wake();
const again = w.wake();
const afterWake = runs;
busy = true;
for (let i = 0; i < 3; i++) { globalThis.gc(); await tick(); }
const afterGcs = runs;
const warmAfterGc = w.wake();
w.stop();
for (let i = 0; i < 2; i++) { globalThis.gc(); await tick(); }
console.log(JSON.stringify({ atStart, idleGcs, first, again, afterWake, afterGcs, warmAfterGc, afterStop: runs }));
`;

describe('the guard is kept warm', () => {
  it('runs before the first command, not at start, and after every full collection while there are meetings, until stopped', () => {
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    const r = JSON.parse(out.trim().split('\n').pop()!) as Record<string, number | null>;
    expect(r.atStart).toBe(0);
    expect(r.idleGcs).toBe(0);
    expect(r.first).toBe(0);
    expect(r.again).toBeNull();
    expect(r.afterWake).toBe(1);
    expect(r.afterGcs).toBe(4);
    expect(r.warmAfterGc).toBeNull();
    expect(r.afterStop).toBe(4);
  });
});
