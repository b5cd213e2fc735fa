// esbuild's node20 target lowers a regex literal with a Unicode property escape (\p{L}) outside a
// character class to `new RegExp("…")`: written inside a function, that built a regex on every
// call, and the share guard's checks did so on every share (Issue 10: CPU per delivery). The
// server bundle keeps regex literals as written (scripts/server-bundle.ts, `supported`); the only
// RegExp constructions left are the ones the code makes itself from a pattern it computes.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serverBundleOptions } from '../../scripts/server-bundle.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('the server bundle', () => {
  it('keeps every regex literal a literal: no `new RegExp` with a written-out pattern', async () => {
    const r = await build({ ...serverBundleOptions(), entryPoints: [`${ROOT}server/main.ts`], outfile: `${ROOT}dist/unused.js`, write: false });
    const text = r.outputFiles[0]!.text;
    expect(text).toMatch(/\/\[\^?\\p\{L\}/u);
    const lowered = [...text.matchAll(/new RegExp\(\s*["']/gu)].map((m) => text.slice(m.index, m.index + 60));
    expect(lowered).toEqual([]);
  });
});
