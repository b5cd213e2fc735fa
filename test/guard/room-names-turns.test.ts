// Each speaker's guard reads the share against the names of the others in the room, so every
// turn of every meeting brings a list of names of its own. Building the room's patterns for each
// new list cost ~5 ms of the guard per turn (a regex of all the names, one per name with Unicode
// classes, each read into the literal program), and the literal program, which only grows, kept
// every pseudonym for the life of the process: a name outlived its meeting (Issue 10; README:
// nothing outlives the meeting).
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeShare } from '../../shared/guard/index.js';
import { literalProgramSize } from '../../shared/guard/literals.js';
import { findByModel } from '../../shared/guard/model.js';
import { readGuardModel } from '../../server/guard-model.js';

const model = readGuardModel();
/** Letters for a number: 0 "a", 25 "z", 26 "ba"… */
const letters = (k: number): string => (k >= 26 ? letters(Math.floor(k / 26)) : '') + String.fromCharCode(97 + (k % 26));
/** A meeting of `n` with names unlike any word of the shares below, as the door's pseudonyms are ("Vindhaneb Fjellrevc"). */
const room = (m: number, n: number): string[] => Array.from({ length: n }, (_, i) => `Vindhane${letters(m)} Fjellrev${letters(i)}`);
/** Every speaker's list of the others, as the core hands it to the guard (guard-mode.ts guardContext). */
const turns = (names: string[]): string[][] => names.map((_, s) => names.filter((__, i) => i !== s));
const PLAIN = 'Jeg har hatt en tung uke, men jeg kom meg hit i kveld. Jeg er takknemlig for at jeg er edru i dag.';

const realRegExp = globalThis.RegExp;
afterEach(() => {
  globalThis.RegExp = realRegExp;
});

function regexpsMadeBy(run: () => void): string[] {
  const made: string[] = [];
  globalThis.RegExp = new Proxy(realRegExp, {
    construct(target, args) {
      made.push(String(args[0]).slice(0, 60));
      return Reflect.construct(target, args) as object;
    },
  });
  try {
    run();
  } finally {
    globalThis.RegExp = realRegExp;
  }
  return made;
}

describe("the room's names at each turn", () => {
  it('a share that names nobody builds no pattern of the names, whoever speaks', () => {
    analyzeShare(PLAIN, { otherNames: ['Kari'], lang: 'nb' });
    findByModel(model, PLAIN, ['Kari']);
    const made = regexpsMadeBy(() => {
      for (let m = 0; m < 20; m++)
        for (const others of turns(room(m, 12))) {
          analyzeShare(PLAIN, { otherNames: others, lang: 'nb' });
          findByModel(model, PLAIN, others);
        }
    });
    expect(made).toEqual([]);
  });

  it('a name of short words ("P 1", "Jo B") is looked for whole: its letters alone, in every text, build nothing', () => {
    const short = Array.from({ length: 30 }, (_, i) => `P ${i}`).concat(['Jo B', 'An Li']);
    const text = 'Jeg gikk på 12 møter i april, 3 av dem på jobb. Bare jeg og de andre. Anne li kom.';
    analyzeShare(text, { otherNames: short.slice(1), lang: 'nb' });
    const made = regexpsMadeBy(() => {
      for (const others of turns(short)) {
        analyzeShare(text, { otherNames: others, lang: 'nb' });
        findByModel(model, text, others);
      }
    });
    expect(made).toEqual([]);
    // Written with other white space between its words, the name is still found.
    const found = analyzeShare('Som P\u00A012 sa, og som Jo\n B sa.', { otherNames: short, lang: 'nb' }).filter((f) => f.kind === 'crosstalk');
    expect(found.map((f) => f.match)).toEqual(expect.arrayContaining(['P\u00A012']));
  });

  it('puts no name in the literal program, which lives as long as the process', () => {
    const share = (names: string[]): string => `${names[0]} sa noe i sted. ${names[1]!.split(' ')[0]}, du bør ringe sponsoren din.`;
    for (const others of turns(room(100, 6))) analyzeShare(share(others), { otherNames: others, lang: 'nb' });
    const before = literalProgramSize();
    for (let m = 101; m < 131; m++) for (const others of turns(room(m, 8))) analyzeShare(share(others), { otherNames: others, lang: 'nb' });
    expect(literalProgramSize()).toEqual(before);
  });

  it('still finds a name of the room in every speaker\'s share', () => {
    for (let m = 200; m < 210; m++) {
      const names = room(m, 6);
      for (const others of turns(names)) {
        const found = analyzeShare(`Som ${others[2]} sa, det hjalp meg.`, { otherNames: others, lang: 'nb' });
        expect(found.some((f) => f.kind === 'crosstalk' && f.match.includes(others[2]!))).toBe(true);
        const part = others[3]!.split(' ')[0]!;
        expect(analyzeShare(`${part}, du bør ringe sponsoren din.`, { otherNames: others, lang: 'nb' }).some((f) => f.kind === 'crosstalk')).toBe(true);
      }
    }
  });
});
