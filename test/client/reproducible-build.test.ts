// The client build is reproducible: building the same source twice, into different directories,
// gives the same files with the same bytes. index.html names the SHA-256 of the JavaScript
// bundle it loads, so the page can show the hash of the code it runs.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildClient } from '../../scripts/build-client.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function files(dir: string, base = dir): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) for (const [k, v] of files(p, base)) out.set(k, v);
    else out.set(relative(base, p), readFileSync(p));
  }
  return out;
}

describe('reproducible client build', () => {
  it('gives identical bytes when built twice, and index.html names the bundle hash', async () => {
    const [a, b] = [0, 1].map(() => {
      const d = mkdtempSync(join(tmpdir(), 'runde-build-'));
      dirs.push(d);
      return join(d, 'client');
    });
    await buildClient({ outDir: a!, quiet: true });
    await buildClient({ outDir: b!, quiet: true });
    const fa = files(a!);
    const fb = files(b!);
    expect([...fa.keys()].sort()).toEqual([...fb.keys()].sort());
    expect(fa.size).toBeGreaterThan(4);
    for (const [name, bytes] of fa) expect(bytes.equals(fb.get(name)!), name).toBe(true);
    const html = fa.get('index.html')!.toString('utf8');
    const js = /src="\/assets\/(app-[^"]+\.js)"/.exec(html)?.[1];
    expect(js).toBeDefined();
    const hash = createHash('sha256').update(fa.get(join('assets', js!))!).digest('hex');
    expect(html).toContain(`<meta name="runde-code" content="sha256-${hash}">`);
  }, 120_000);
});
