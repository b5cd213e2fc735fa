// V8 drops a regular expression's compiled code after two full collections in which it did not
// run; the guard's ~100 patterns then compiled again inside a share (0.2-0.5 s of CPU, every
// meeting's deliveries held). keepGuardWarm runs the guard after each full collection (Issue 10).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

// Runs in a child started with --expose-gc (vitest's own process has no gc()).
const script = `
const { keepGuardWarm } = await import(${JSON.stringify(`${root}server/guard-warm.ts`)});
let runs = 0;
const w = keepGuardWarm(() => (runs++, 0));
const tick = () => new Promise((r) => setTimeout(r, 20));
const atStart = runs;
for (let i = 0; i < 3; i++) { globalThis.gc(); await tick(); }
const afterGcs = runs;
w.stop();
for (let i = 0; i < 2; i++) { globalThis.gc(); await tick(); }
console.log(JSON.stringify({ atStart, afterGcs, afterStop: runs }));
`;

describe('the guard is kept warm', () => {
  it('runs once at start and again after every full collection, until stopped', () => {
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' });
    const { atStart, afterGcs, afterStop } = JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>;
    expect(atStart).toBe(1);
    expect(afterGcs).toBe(4);
    expect(afterStop).toBe(4);
  });
});
