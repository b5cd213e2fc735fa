// How well the guard's model generalises to wordings it has not seen (issue 12), on the corpus
// alone: the corpus was written in batches, each before the rules for it, so each batch is left
// out in turn and scored by
//   rules            — the rules alone
//   model            — the model alone (probability ≥ threshold)
//   rules ∪ model    — flagged when the rules flag it or the model is sure
// in three settings:
//   A  leave one batch out, today's rules (tuned on that batch too: flatters the rules)
//   B  leave one batch out, the rules as they were before that batch was written (from git)
//   C  forward in time: rules and model both as before the batch (model trained on earlier
//      batches only; batches 2–) — the closest to sentences nobody has seen
//   D  the threshold chosen forward in time: on C's rows of every batch but the last two, the
//      threshold (0.50–0.99) with model precision ≥ 0.95 in both languages and the best recall in
//      the weaker one; then scored on the last two batches, which took no part in the choice
//      (how MODEL_THRESHOLD in guard-train.ts was chosen)
// Per language: precision, recall, tp/fp/fn, for several thresholds. Needs the git history.
//   npx tsx scripts/guard-model-eval.ts
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeShare } from '../shared/guard/index.js';
import { findByModel, type GuardModel } from '../shared/guard/model.js';
import { CORPUS_NAMES, loadCorpus, type Lang, type Sample } from './guard-score.js';
import { trainModel } from './guard-train.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const THRESHOLDS = [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97];
type Analyze = typeof analyzeShare;

const git = (...args: string[]): string => execFileSync('git', ['-C', ROOT, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });

/** Batches in a corpus file's text: one per comment section. */
const batchesIn = (text: string): number => text.split('\n').filter((l, i, a) => l.startsWith('#') && !(a[i - 1] ?? '').startsWith('#')).length;

/** For each batch k, the commit that added it (the first whose English corpus has k sections). */
function batchCommits(): Map<number, string> {
  const out = new Map<number, string>();
  const commits = git('log', '--reverse', '--format=%H', '--', 'test/fixtures/guard-corpus.en.tsv').trim().split('\n');
  for (const c of commits) {
    const n = batchesIn(git('show', `${c}:test/fixtures/guard-corpus.en.tsv`));
    for (let k = 1; k <= n; k++) if (!out.has(k)) out.set(k, c);
  }
  return out;
}

/** analyzeShare as it was at `commit` (its shared/ tree unpacked into a temp dir). */
async function rulesAt(commit: string, dir: string): Promise<Analyze> {
  const into = join(dir, commit.slice(0, 10));
  execFileSync('sh', ['-c', `mkdir -p '${into}' && git -C '${ROOT}' archive '${commit}' shared | tar -x -C '${into}'`]);
  const mod = (await import(pathToFileURL(join(into, 'shared', 'guard', 'index.ts')).href)) as { analyzeShare: Analyze };
  return mod.analyzeShare;
}

const rulesFlag = (analyze: Analyze, s: Sample): boolean =>
  analyze(s.text, { otherNames: CORPUS_NAMES, lang: s.lang }).some((h) => h.kind === 'advice' || h.kind === 'crosstalk');

/** The model's highest sentence probability for a sample. */
const prob = (model: GuardModel, s: Sample): number => findByModel({ ...model, threshold: 0 }, s.text, CORPUS_NAMES)?.p ?? 0;

interface Scored {
  s: Sample;
  rules: boolean;
  p: number;
}

function line(name: string, rows: Scored[], flag: (r: Scored) => boolean): string {
  let tp = 0, fp = 0, fn = 0;
  for (const r of rows) {
    const pos = r.s.label !== 'share';
    const hit = flag(r);
    if (pos && hit) tp++;
    else if (pos) fn++;
    else if (hit) fp++;
  }
  const precision = tp + fp ? tp / (tp + fp) : 1, recall = tp + fn ? tp / (tp + fn) : 1;
  return `  ${name.padEnd(22)} precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  (tp ${tp} fp ${fp} fn ${fn})`;
}

function table(title: string, rows: Scored[]): void {
  console.log(`\n== ${title}`);
  for (const lang of ['nb', 'en'] as Lang[]) {
    const mine = rows.filter((r) => r.s.lang === lang);
    console.log(`${lang}: ${mine.length} sentences`);
    console.log(line('rules', mine, (r) => r.rules));
    for (const t of THRESHOLDS) console.log(line(`model ≥ ${t}`, mine, (r) => r.p >= t));
    for (const t of THRESHOLDS) console.log(line(`rules ∪ model ≥ ${t}`, mine, (r) => r.rules || r.p >= t));
    // What the model adds: of what the rules let through, how many positives it catches and how
    // many first-person shares it flags (the cost, as a share of the shares the rules pass).
    const missed = mine.filter((r) => !r.rules && r.s.label !== 'share'), passed = mine.filter((r) => !r.rules && r.s.label === 'share');
    for (const t of THRESHOLDS) {
      const caught = missed.filter((r) => r.p >= t).length, alarms = passed.filter((r) => r.p >= t).length;
      console.log(`  added at ≥ ${String(t).padEnd(14)} caught ${caught}/${missed.length} the rules missed; flagged ${alarms}/${passed.length} shares the rules passed (${((100 * alarms) / Math.max(1, passed.length)).toFixed(1)} %)`);
    }
  }
}

/** Setting D: a threshold chosen on the forward rows of the earlier batches, checked on `later`. */
function chooseThreshold(rows: Scored[], later: number[]): void {
  const pr = (set: Scored[], lang: Lang, t: number): [number, number] => {
    let tp = 0, fp = 0, fn = 0;
    for (const r of set.filter((x) => x.s.lang === lang)) {
      const pos = r.s.label !== 'share', hit = r.p >= t;
      if (pos && hit) tp++;
      else if (pos) fn++;
      else if (hit) fp++;
    }
    return [tp + fp ? tp / (tp + fp) : 1, tp + fn ? tp / (tp + fn) : 1];
  };
  const choose = rows.filter((r) => !later.includes(r.s.batch)), check = rows.filter((r) => later.includes(r.s.batch));
  let best = { t: 0.99, recall: -1 };
  for (let i = 50; i <= 99; i++) {
    const t = i / 100, nb = pr(choose, 'nb', t), en = pr(choose, 'en', t);
    if (nb[0] >= 0.95 && en[0] >= 0.95 && Math.min(nb[1], en[1]) > best.recall) best = { t, recall: Math.min(nb[1], en[1]) };
  }
  console.log(`\n== D: threshold chosen forward in time on batches before ${later.join(', ')}: ${best.t} (model alone, precision / recall)`);
  for (const lang of ['nb', 'en'] as Lang[]) {
    const [p1, r1] = pr(choose, lang, best.t), [p2, r2] = pr(check, lang, best.t);
    console.log(`${lang}: chosen on ${p1.toFixed(3)} / ${r1.toFixed(3)}; batches ${later.join(', ')}: ${p2.toFixed(3)} / ${r2.toFixed(3)}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const corpus = loadCorpus();
  const batches = [...new Set(corpus.map((s) => s.batch))].sort((a, b) => a - b);
  const commits = batchCommits();
  const dir = mkdtempSync(join(tmpdir(), 'guard-rules-'));
  try {
    const a: Scored[] = [], b: Scored[] = [], c: Scored[] = [];
    for (const k of batches) {
      const test = corpus.filter((s) => s.batch === k);
      const commit = commits.get(k);
      if (!commit) throw new Error(`no commit adds batch ${k}`);
      const before = await rulesAt(`${commit}^`, dir);
      const loo = trainModel(corpus.filter((s) => s.batch !== k));
      const fwd = k > 1 ? trainModel(corpus.filter((s) => s.batch < k)) : null;
      for (const s of test) {
        const old = rulesFlag(before, s);
        const pLoo = prob(loo, s);
        a.push({ s, rules: rulesFlag(analyzeShare, s), p: pLoo });
        b.push({ s, rules: old, p: pLoo });
        if (fwd) c.push({ s, rules: old, p: prob(fwd, s) });
      }
      console.log(`batch ${k}: ${test.length} sentences, rules before it from ${commit.slice(0, 7)}^`);
    }
    table('A: leave one batch out, today\'s rules', a);
    table('B: leave one batch out, rules from before the batch', b);
    table('C: forward in time, rules and model from before the batch (batches 2–)', c);
    chooseThreshold(c, batches.slice(-2));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
