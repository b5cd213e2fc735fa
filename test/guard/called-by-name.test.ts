// After an ask to be added or found on a platform, a capitalised given name alone calls someone by
// name, and is no username: "Add me on facebook, Kari." quoted "Kari", a member of the room, as a
// username (a fresh tester, 2026-12-06). The ask to a member stays crosstalk; a name given with
// "I am" beside a platform, and a handle that is no given name, stay contact details.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGuardModel } from '../../server/guard-model.js';
import { useGuardModel } from '../../shared/guard/model.js';
import { serverCheck } from './server-check.js';

const check = (text: string, lang: 'nb' | 'en') => serverCheck(text, lang, ['Kari', 'Per']);

describe('a given name called after an ask to add one on a platform', () => {
  beforeAll(() => useGuardModel(readGuardModel()));
  afterAll(() => useGuardModel(null));

  const called = [
    ['Add me on facebook, Kari.', 'en', 'Kari'],
    ['Legg meg til på facebook, Kari.', 'nb', 'Kari'],
    ['Follow me on insta, Per!', 'en', 'Per'],
    ['Finn meg på snap, Ingrid', 'nb', null],
    ['Add me on facebook, Ingrid.', 'en', null],
  ] as const;
  for (const [text, lang, member] of called) {
    it(`"${text}": no username is named${member ? `; calling ${member} in the room is still crosstalk` : ''}`, () => {
      const found = check(text, lang);
      expect(found.filter((f) => f.kind === 'pii')).toEqual([]);
      expect(found.filter((f) => f.kind === 'crosstalk').map((f) => f.match)).toEqual(member ? [member] : []);
    });
  }

  const handles = [
    ['Add me on facebook, I am Ingrid', 'en', 'Ingrid'],
    ['Legg meg til på facebook, jeg heter Kari', 'nb', 'Kari'],
    ['Add me on facebook, Sunnyblessed', 'en', 'Sunnyblessed'],
    ['Finn meg på facebook, Solskinnsjenta', 'nb', 'Solskinnsjenta'],
    ['Look me up on facebook, sunnyblessed', 'en', 'sunnyblessed'],
  ] as const;
  for (const [text, lang, handle] of handles) {
    it(`"${text}": "${handle}" is still named as contact details`, () => {
      expect(check(text, lang).filter((f) => f.kind === 'pii').map((f) => f.match)).toContain(handle);
    });
  }
});

// Bokmål's "-ete" adjectives say what an account is like: «Min insta er rotete» named "rotete" as a
// username. A given name with that ending, and an ordinary handle, stay contact details.
describe('an account described with a bokmål "-ete" adjective', () => {
  beforeAll(() => useGuardModel(readGuardModel()));
  afterAll(() => useGuardModel(null));
  for (const text of ['Min insta er rotete.', 'Snapen min er tullete nå', 'Facebooken min er klissete av reklame.']) {
    it(`"${text}" names no username`, () => expect(check(text, 'nb').filter((f) => f.kind === 'pii')).toEqual([]));
  }
  for (const [text, handle] of [['Min insta er merete', 'merete'], ['Min snap er annebjorg', 'annebjorg']] as const) {
    it(`"${text}": "${handle}" is still a username`, () => expect(check(text, 'nb').filter((f) => f.kind === 'pii').map((f) => f.match)).toContain(handle));
  }
});
