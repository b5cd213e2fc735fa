// The share guard's model (shared/guard/model.ts, weights in server/guard-model.json): the
// shipped weights are exactly what scripts/guard-train.ts makes from the corpus, it is
// deterministic, it catches recommendations the rules let through, and it never flags
// first-person sharing, intense feelings or swearing about oneself. The example sentences here
// were written for this test (none is in the corpus or any held-back file).
import { afterEach, describe, expect, it } from 'vitest';
import { HINTS } from '../../shared/guard/hints.js';
import { analyzeShare } from '../../shared/guard/index.js';
import { withServerFindings } from '../../shared/guard/modes.js';
import { findByModel, MIN_WORDS, modelFinding, NEXT_SENTENCE_VETO, sentenceProbability, sentencesOf, useGuardModel } from '../../shared/guard/model.js';
import { readGuardModel } from '../../server/guard-model.js';
import { CORPUS_NAMES, loadCorpus } from '../../scripts/guard-score.js';
import { trainModel } from '../../scripts/guard-train.js';

const GUARD_MODEL = readGuardModel();
const corpus = loadCorpus();
const ruleFlags = (text: string, lang: 'nb' | 'en'): boolean =>
  analyzeShare(text, { otherNames: CORPUS_NAMES, lang }).some((h) => h.kind !== 'pii');

/** Recommendations and verdicts with no "you" and no order: the rules let them through. */
const MISSED_BY_RULES: [string, 'nb' | 'en'][] = [
  ['Det ville vært snillest å kaste ham ut.', 'nb'],
  ['Svaret er åpenbart å gå fra ham.', 'nb'],
  ['Kicking him out would be the kindest thing.', 'en'],
];

/** First-person sharing, intense feelings and swearing about oneself: never flagged. */
const SHARING = [
  'I was so angry last night that I threw my phone at the wall.',
  'I keep blaming myself for everything, and I hate it.',
  'Fuck, I am so tired of my own excuses.',
  'Damn it, I relapsed again and I hate myself for it.',
  'What helped me was calling my sponsor every morning.',
  'I should have asked for help much sooner.',
  'My hands were shaking when I told my wife the truth.',
  'I still feel ashamed of what I did to my kids.',
  'Jeg var så sint i går at jeg kastet telefonen i veggen.',
  'Faen, jeg er så lei av mine egne unnskyldninger.',
  'Pokker, jeg sprakk igjen og jeg hater meg selv for det.',
  'Det som hjalp meg var å ringe fadderen min hver morgen.',
  'Jeg burde ha bedt om hjelp mye før.',
  'Jeg gråt hele veien hjem fra møtet.',
  'Hendene mine skalv da jeg fortalte kona mi sannheten.',
  'Jeg skammer meg fortsatt over det jeg gjorde mot barna.',
];

afterEach(() => useGuardModel(null));

describe('the guard model', () => {
  it('ships the weights scripts/guard-train.ts makes from the corpus (run it after the corpus changes)', () => {
    const trained = trainModel(corpus, { threshold: GUARD_MODEL.threshold });
    expect(Object.keys(GUARD_MODEL.weights).length).toBeGreaterThan(1000);
    expect(trained).toEqual(GUARD_MODEL);
  });

  it('is deterministic: the same share gets the same finding every time', () => {
    const text = `${SHARING[0]} ${MISSED_BY_RULES[2]?.[0]}`;
    const first = findByModel(GUARD_MODEL, text, CORPUS_NAMES);
    for (let i = 0; i < 5; i++) expect(findByModel(GUARD_MODEL, text, CORPUS_NAMES)).toEqual(first);
    expect(first?.p).toBeGreaterThanOrEqual(GUARD_MODEL.threshold);
  });

  it.each(MISSED_BY_RULES)('catches what the rules let through: %s', (text, lang) => {
    expect(ruleFlags(text, lang)).toBe(false);
    expect(findByModel(GUARD_MODEL, text, CORPUS_NAMES)).toMatchObject({ match: text });
  });

  it.each(SHARING)('never flags first-person sharing, feelings or swearing about oneself: %s', (text) => {
    expect(corpus.some((s) => s.text === text)).toBe(false);
    expect(findByModel(GUARD_MODEL, text, CORPUS_NAMES)).toBeNull();
  });

  it('never flags the corpus\'s feelings and swearing, alone or run together into one long share', () => {
    const feelings = corpus.filter((s) => s.label === 'share' && (s.kind === 'feelings' || s.kind === 'swearing')).map((s) => s.text);
    expect(feelings.length).toBeGreaterThanOrEqual(40);
    for (const t of feelings) expect(findByModel(GUARD_MODEL, t, CORPUS_NAMES), t).toBeNull();
    expect(findByModel(GUARD_MODEL, [...feelings, ...SHARING].join(' ').slice(0, 2000), CORPUS_NAMES)).toBeNull();
  });

  it('says nothing on fragments of fewer than MIN_WORDS words (a chunk, a pseudonym, a label)', () => {
    // Each of these scored 0.90–0.97 before the floor; the first is a share text in failover-resume.test.ts.
    for (const text of ['hemmelig før du kom', 'first share', 'share before the crash', 'Du er neste', 'Taler', 'the end']) {
      expect(text.split(' ').length).toBeLessThan(MIN_WORDS);
      expect(findByModel(GUARD_MODEL, text, CORPUS_NAMES), text).toBeNull();
    }
  });

  it('names the stretch it is about, as written, inside a longer share', () => {
    const text = `${SHARING[8]}\n${MISSED_BY_RULES[0]?.[0]} ${SHARING[9]}`;
    const f = findByModel(GUARD_MODEL, text, CORPUS_NAMES);
    expect(f).not.toBeNull();
    expect(text).toContain(f?.match);
    expect(f?.match).toContain(MISSED_BY_RULES[0]?.[0]);
  });

  it('splits sentences after . ! ? … and line breaks, long ones in pieces of 400', () => {
    expect(sentencesOf('Hei. Du bør gå!! Jeg vet…\nNy linje\n\n ? Siste')).toEqual(['Hei.', 'Du bør gå!!', 'Jeg vet…', 'Ny linje', 'Siste']);
    expect(sentencesOf('x'.repeat(900)).map((w) => w.length)).toEqual([400, 400, 100]);
  });

  it.each([
    ['Du lærer deg å gå på tå rundt ham.', 'Det gjorde jeg i mange år.'],
    ['You learn to tiptoe around him.', 'I did that for years.'],
  ])('lets a generic "you" through when the next sentence owns it: %s', (generic, owned) => {
    // Alone the sentence is flagged; read with the next one the model leans towards sharing.
    expect(findByModel(GUARD_MODEL, generic, CORPUS_NAMES)).toMatchObject({ match: generic });
    expect(sentenceProbability(GUARD_MODEL, `${generic} ${owned}`, CORPUS_NAMES)).toBeLessThan(NEXT_SENTENCE_VETO);
    expect(findByModel(GUARD_MODEL, `${generic} ${owned}`, CORPUS_NAMES)).toBeNull();
  });

  it('is consulted only once registered (the server does; the page never loads it)', () => {
    const text = MISSED_BY_RULES[1]?.[0] as string;
    expect(modelFinding(text, CORPUS_NAMES)).toBeNull();
    useGuardModel(GUARD_MODEL);
    expect(modelFinding(text, CORPUS_NAMES)).toMatchObject({ match: text });
  });
});

describe('the page after the server\'s GUARD_HINT', () => {
  const advice = { kind: 'advice', hint: HINTS.advice };
  it('adds a general hint for each kind the server found and the page\'s rules did not', () => {
    expect(withServerFindings([], [{ kind: 'advice' }])).toEqual([advice]);
    expect(withServerFindings([], [{ kind: 'crosstalk' }, { kind: 'crosstalk' }])).toEqual([{ kind: 'crosstalk', hint: HINTS.crosstalkReply }]);
  });
  it("carries the server's words for the page to quote (a fresh tester could not tell what the general hint meant)", () => {
    const sentence = 'Vi burde alle være snillere mot oss selv.';
    expect(withServerFindings([], [{ kind: 'advice', match: sentence }])).toEqual([{ ...advice, matches: [sentence] }]);
  });
  it('adds nothing the page already shows, nor for contact details (the page always finds those)', () => {
    const own = { kind: 'advice', match: 'Du bør', hint: HINTS.advice };
    expect(withServerFindings([own], [{ kind: 'advice' }])).toEqual([own]);
    expect(withServerFindings([], [{ kind: 'pii' }])).toEqual([]);
  });
});
