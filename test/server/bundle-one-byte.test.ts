// The server bundle's source text stays in the heap for the life of the process, and V8 keeps a
// string at one byte per character only when every character is at most U+00FF (Latin-1): one
// curly apostrophe in a regex literal doubles the whole bundle's source (Issue 10, idle heap;
// 0.3 MB measured). esbuild escapes such characters in strings, not in regex literals or
// String.raw templates (the guard's patterns): those are written with \uXXXX escapes in the source.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serverBundleOptions } from '../../scripts/server-bundle.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('the server bundle', () => {
  it('holds only Latin-1 characters, so V8 stores its source one byte per character', async () => {
    const r = await build({ ...serverBundleOptions(), entryPoints: [`${ROOT}server/main.ts`], outfile: `${ROOT}dist/unused.js`, write: false });
    const text = r.outputFiles[0]!.text;
    const wide = [...text.matchAll(/[^\x00-\xff]/gu)].map((m) => `${m[0]} in …${text.slice(Math.max(0, m.index - 40), m.index + 10)}…`);
    expect(text.length).toBeGreaterThan(100_000);
    expect(wide).toEqual([]);
  });
});
