// What the sanitiser's first text with markup costs a fresh process (Issue 10): the time the
// event loop is blocked by the first sanitizeText that needs a parse (the parser is loaded then),
// and the heap it leaves behind (heapUsed after a full GC, before and after). Then the steady
// cost per text over the XSS corpora. Each run is a new node process, so every first is a first.
//
//   npx tsx scripts/bench/sanitizer-load.ts [runs] [module]
//
// `module` is a sanitize.ts to measure (default: this checkout's server/sanitize.ts); pass an old
// checkout's to compare (e.g. a `git worktree` of the commit before the change).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface Sample {
  firstMs: number;
  heapBeforeMB: number;
  heapAfterMB: number;
  steadyUs: number;
}

const MB = 1024 * 1024;

async function child(modulePath: string): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  const { sanitizeText } = (await import(pathToFileURL(modulePath).href)) as { sanitizeText: (t: string) => string };
  const { CORPUS, XSS } = await import('../../test/helpers/xss-corpus.js');
  gc();
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  sanitizeText('Jeg <b>er</b> her');
  const firstMs = performance.now() - t0;
  gc();
  gc();
  const heapAfter = process.memoryUsage().heapUsed;
  // Without the frameset entry: the DOMPurify step threw on it, and an old checkout is measured too.
  const texts = [...CORPUS, ...XSS].filter((t) => /<[A-Za-z!/?]/.test(t) && !/frameset/i.test(t));
  for (let i = 0; i < 20; i++) for (const t of texts) sanitizeText(t);
  const rounds = 100;
  const t1 = performance.now();
  for (let i = 0; i < rounds; i++) for (const t of texts) sanitizeText(t);
  const steadyUs = ((performance.now() - t1) * 1000) / (rounds * texts.length);
  const sample: Sample = { firstMs, heapBeforeMB: heapBefore / MB, heapAfterMB: heapAfter / MB, steadyUs };
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}

function range(xs: number[], digits: number): string {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s[Math.floor(s.length / 2)]!;
  return `${mid.toFixed(digits)} (${s[0]!.toFixed(digits)}–${s[s.length - 1]!.toFixed(digits)})`;
}

async function main(): Promise<void> {
  if (process.env.SANITIZER_LOAD_CHILD) return child(process.argv[2]!);
  const runs = Number(process.argv[2] ?? 5);
  const modulePath = resolve(process.argv[3] ?? fileURLToPath(new URL('../../server/sanitize.ts', import.meta.url)));
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), modulePath], {
      env: { ...process.env, SANITIZER_LOAD_CHILD: '1' },
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(`child failed: ${r.stderr}`);
    samples.push(JSON.parse(r.stdout.trim().split('\n').pop()!) as Sample);
  }
  console.log(`${modulePath}, ${runs} fresh processes (median, min–max):`);
  console.log(`  first text with markup (parser load + parse): ${range(samples.map((s) => s.firstMs), 0)} ms`);
  console.log(`  heap after GC before it: ${range(samples.map((s) => s.heapBeforeMB), 1)} MB, after it: ${range(samples.map((s) => s.heapAfterMB), 1)} MB`);
  console.log(`  heap it added: ${range(samples.map((s) => s.heapAfterMB - s.heapBeforeMB), 1)} MB`);
  console.log(`  then per text with markup (XSS corpora): ${range(samples.map((s) => s.steadyUs), 0)} us`);
}

await main();
