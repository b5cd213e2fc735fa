// What the share guard costs per share (issue 12: it runs on the server for every share and in
// the page on every pause in typing). Builds 2,000-character shares (UTF-16 units) from the
// labelled corpus — first-person shares only, and advice, crosstalk and shares mixed — plus a
// trigger-dense one, runs analyzeShare on each many times and prints the median and the 99th
// percentile in ms per share. A benchmark that prints figures, not a timed test.
//   npx tsx scripts/guard-cost.ts
//   npx tsx scripts/guard-cost.ts --model     # the rules and then the server's model (server/guard-model.json)
import { readFileSync } from 'node:fs';
import { analyzeShare } from '../shared/guard/index.js';
import { findByModel, type GuardModel } from '../shared/guard/model.js';
import { CORPUS_NAMES, loadCorpus, type Lang } from './guard-score.js';

/** The share length measured, in UTF-16 units (the server's share cap is of this order). */
export const SHARE_CHARS = 2_000;

/** Sentences joined with spaces, repeated and cut to exactly `chars` UTF-16 units. */
function shareOf(sentences: string[], chars = SHARE_CHARS): string {
  let out = '';
  for (let i = 0; out.length < chars; i++) out += `${sentences[i % sentences.length]} `;
  return out.slice(0, chars);
}

/** Median and 99th percentile (ms) of `runs` analyses of `text`, after a warm-up. */
export function cost(text: string, lang: Lang, runs = 400, model: GuardModel | null = null): { median: number; p99: number } {
  const ctx = { otherNames: CORPUS_NAMES, lang };
  // The server's check runs the model after the rules (shared/meeting/guard-mode.ts).
  const check = (): void => {
    analyzeShare(text, ctx);
    if (model) findByModel(model, text, CORPUS_NAMES);
  };
  for (let i = 0; i < 50; i++) check();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    check();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(runs / 2)] as number, p99: times[Math.floor(runs * 0.99)] as number };
}

if (process.argv[1]?.endsWith('guard-cost.ts')) {
  const corpus = loadCorpus();
  const dense = { nb: 'du bør, du som delte, hva venter du på? det du trenger er ', en: "you should, you who shared, what are you waiting for? what you need is " };
  const model = process.argv.includes('--model')
    ? (JSON.parse(readFileSync(new URL('../server/guard-model.json', import.meta.url), 'utf8')) as GuardModel)
    : null;
  console.log(`share guard cost per ${SHARE_CHARS}-character share (node ${process.version}), ${model ? 'rules and model' : 'rules alone'}`);
  for (const lang of ['nb', 'en'] as const) {
    const mine = corpus.filter((s) => s.lang === lang);
    const cases: [string, string][] = [
      ['first-person shares', shareOf(mine.filter((s) => s.label === 'share').map((s) => s.text))],
      ['mixed corpus', shareOf(mine.map((s) => s.text))],
      ['trigger-dense', shareOf([dense[lang]])],
    ];
    for (const [label, text] of cases) {
      const c = cost(text, lang, 400, model);
      console.log(`  ${lang} ${label.padEnd(20)} median ${c.median.toFixed(2)} ms  p99 ${c.p99.toFixed(2)} ms`);
    }
  }
}
