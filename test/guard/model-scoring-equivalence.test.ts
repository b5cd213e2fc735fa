// The model's scoring (shared/guard/model.ts) reads a sentence's features as it meets them,
// from tables keyed by the bare feature (Issue 10: it built ~300 strings per sentence). This
// keeps the straightforward version as the reference: modelFeatures' strings looked up one by
// one in a Map of the weights, and the sentence search written as before (with the room's own
// words left out as find leaves them out, written plainly). Both must give the same
// probabilities and the same findings on the whole labelled corpus, the held-back files, and
// generated shares with names of the room in them.
import { describe, expect, it } from 'vitest';
import { findByModel, MIN_WORDS, modelFeatures, NEXT_SENTENCE_VETO, sentenceProbability, type GuardModel, type ModelFinding } from '../../shared/guard/model.js';
import { roomWordSpans } from '../../shared/guard/room-words.js';
import { addressesSomeone, toNewcomers, weLanguage } from '../../shared/guard/unaddressed.js';
import { KIN } from '../../shared/guard/words.js';
import { readGuardModel } from '../../server/guard-model.js';
import { CORPUS_NAMES, loadCorpus, loadHeldBack } from '../../scripts/guard-score.js';

const MODEL = readGuardModel();
const WEIGHTS = new Map(Object.entries(MODEL.weights));

/** The reference: the sum of modelFeatures' weights over the square root of their count. */
function referenceProbability(model: GuardModel, sentence: string, otherNames: string[]): number {
  const f = modelFeatures(sentence, otherNames);
  const scale = 1 / Math.sqrt(Math.max(1, f.length));
  let z = 0;
  for (const k of f) z += WEIGHTS.get(k) ?? 0;
  return 1 / (1 + Math.exp(-(model.bias + z * scale)));
}

function referenceSpans(t: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[^\n.!?…]*(?:[.!?…]+|\n|$)/gu;
  for (let m = re.exec(t); m && m[0]; m = re.exec(t)) {
    const lead = m[0].length - m[0].trimStart().length;
    const start = m.index + lead, end = m.index + m[0].trimEnd().length;
    if (!/\p{L}/u.test(t.slice(start, end))) continue;
    for (let i = start; i < end; i += 400) out.push([i, Math.min(end, i + 400)]);
  }
  return out;
}

/** Whether a name of the room stands in `sentence` as a whole word, any case, not after a family word. */
function referenceNamesMember(sentence: string, otherNames: string[]): boolean {
  const t = sentence.replace(/[\u2019\u2018`\u00B4]/gu, "'").toLowerCase();
  for (const raw of otherNames) {
    const name = raw.normalize('NFC').trim().toLowerCase();
    if (name.length < 2) continue;
    for (let at = t.indexOf(name); at >= 0; at = t.indexOf(name, at + 1)) {
      if (/[\p{L}\p{N}]/u.test(t[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(t[at + name.length] ?? '')) continue;
      const before = /([\p{L}'’]+)[^\p{L}.!?…:\n]*$/u.exec(t.slice(0, at))?.[1];
      if (before === undefined || !KIN.has(before)) return true;
    }
  }
  return false;
}

function referenceFind(model: GuardModel, text: string, otherNames: string[]): ModelFinding | null {
  const t = text.normalize('NFC');
  const spans = referenceSpans(t);
  let best: ModelFinding | null = null;
  spans.forEach(([a, b], i) => {
    const sentence = t.slice(a, b);
    if ((sentence.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < MIN_WORDS) return;
    let p = referenceProbability(model, sentence, otherNames);
    if (p < model.threshold || (best && p <= best.p)) return;
    // Said to nobody in particular (unaddressed.ts), with the room's names looked for plainly.
    const nameIn = referenceNamesMember(sentence, otherNames);
    if (toNewcomers(sentence) || (!nameIn && weLanguage(sentence)) || !addressesSomeone(sentence, nameIn)) return;
    // The room's own words left out, the rest judged alone (room-words.ts), written plainly.
    const own = roomWordSpans(sentence);
    if (own.length > 0) {
      const inOwn = (k: number): boolean => own.some(([s0, e0]) => k >= s0 && k < e0);
      let rest = '';
      for (let k = 0; k < sentence.length; k++) {
        if (!inOwn(k)) rest += sentence[k];
        else if (k === 0 || !inOwn(k - 1)) rest += ' ';
      }
      if ((rest.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) < MIN_WORDS) return;
      p = referenceProbability(model, rest, otherNames);
      if (p < model.threshold || (best && p <= best.p)) return;
    }
    const next = spans[i + 1];
    if (next && referenceProbability(model, t.slice(a, next[1]), otherNames) < NEXT_SENTENCE_VETO) return;
    best = { match: sentence, p };
  });
  return best;
}

const samples = [...loadCorpus(), ...(['author', 'blind', 'blind2', 'blind3'] as const).flatMap((p) => loadHeldBack(p))];
const ROOM = [...CORPUS_NAMES, 'Stille Fjord', 'Anne-Lise', 'Ørn', 'P0', 'x.y'];

/** Shares of a few sentences each, names of the room spliced in, repeats, long runs, odd letters. */
function generated(): string[] {
  const out: string[] = [];
  let seed = 7;
  const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
  for (let k = 0; k < 300; k++) {
    const parts: string[] = [];
    for (let j = 0, m = 1 + rnd(5); j < m; j++) {
      const s = samples[rnd(samples.length)]!.text;
      parts.push(rnd(3) === 0 ? `${ROOM[rnd(ROOM.length)]}, ${s}` : s);
    }
    out.push(parts.join(rnd(2) ? ' ' : '\n'));
  }
  out.push('ja '.repeat(300), 'Du bør, du bør, du bør! '.repeat(40), 'x'.repeat(900), 'Kari’s ´sponsor` sa: «ring ¤ nå»?', '𝐇𝐞𝐢 Kari 𝐝𝐮 𝐛ø𝐫 ring ham nå?', 'ＤＵ ＢØＲ gå på flere møter, Ｋａｒｉ.');
  return out;
}

describe('the model scores as the straightforward reference does', () => {
  const texts = [...samples.map((s) => s.text), ...generated()];

  it('gives every sentence and every text the same probability', () => {
    let n = 0;
    for (const text of texts) {
      for (const names of [CORPUS_NAMES, ROOM, []]) {
        const p = sentenceProbability(MODEL, text, names);
        const r = referenceProbability(MODEL, text, names);
        // Bit for bit: the same terms summed in the same order.
        if (p !== r) expect(p, text).toBe(r);
        n++;
      }
    }
    expect(n).toBeGreaterThan(10_000);
  });

  it('finds the same sentence with the same probability in every text', () => {
    // Far below the threshold too: every sentence the model leans on at all. (One object: the
    // model's scoring form is built once per model object.)
    const low = { ...MODEL, threshold: 0.3 };
    for (const text of texts) {
      for (const names of [CORPUS_NAMES, ROOM]) {
        expect(findByModel(MODEL, text, names), text).toEqual(referenceFind(MODEL, text, names));
        expect(findByModel(low, text, names), text).toEqual(referenceFind(low, text, names));
      }
    }
  });
});
