// Every text ends the guard's analysis: letters outside the BMP (surrogate pairs such as
// "\u{1D400}"), emoji and lone surrogates next to words, names and rule phrases. A `u`-flag regex
// restarted inside a surrogate pair goes back to the pair's first unit, and the guard's match loop
// once stepped one unit at a time there: one share held the server's event loop for ever (found by
// the socket fuzzer, which then hung CI). The analysis runs in a child process with a time limit,
// so a regression fails here instead of hanging the test run.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

const script = `
const fc = (await import('fast-check')).default;
const { analyzeShare } = await import(${JSON.stringify(`${root}shared/guard/index.ts`)});
const { pseudonymProblem } = await import(${JSON.stringify(`${root}shared/guard/pseudonym.ts`)});
const ASTRAL = ['\\u{1D400}', '\\u{1D41A}', '\\u{10400}', '\\u{1F600}', '\\u{20000}', '\\uD800', '\\uDC00'];
const CONTEXT = ['x', 'X', ' ', '.', 'Kari', 'Kari Nordmann', 'du bør', 'you should', '@', 'www.', '12', 'I ', 'i ', 'fra '];
const texts = [];
for (const a of ASTRAL) for (const b of CONTEXT) for (const c of CONTEXT) {
  texts.push(b + a + c, a + b + a + c, b + a + a + 'bc ' + c, b + ' ' + a + 'bc ' + c + ' ' + a);
}
texts.push(...fc.sample(fc.string({ unit: 'binary', maxLength: 80 }), { seed: 1212, numRuns: 3000 }));
let n = 0;
for (const t of texts) {
  for (const lang of ['nb', 'en']) { analyzeShare(t, { otherNames: ['Kari', 'Per'], lang }); n++; }
  pseudonymProblem(t);
}
console.log('analysed ' + n);
`;

describe('the guard on astral letters and lone surrogates', () => {
  it('finishes every analysis (within 60 s for all of them, in a child process)', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(run.signal, 'the analysis did not finish: a text held the guard in a loop').toBeNull();
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toMatch(/^analysed \d{4,}$/);
  }, 90_000);
});
