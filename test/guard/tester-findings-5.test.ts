// A fresh tester's fifth round of findings (2026-12-06), through the server's check with the model
// registered (shared/meeting/guard-mode.ts shareFindings): a social platform named with a handle
// passed with no hint, a welcome to whoever is new and the room's goodbyes were read as crosstalk
// or advice, "Same here, …" and "Det samme her, …" disagreed, and a third party's full name whose
// given name is a member's pseudonym was read as addressing the member. Each kind in both languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGuardModel } from '../../server/guard-model.js';
import { useGuardModel } from '../../shared/guard/model.js';
import { serverCheck } from './server-check.js';

const check = (text: string, lang: 'nb' | 'en', others: string[] = ['Kari', 'Per']) => serverCheck(text, lang, others);
const kinds = (text: string, lang: 'nb' | 'en', others?: string[]) => check(text, lang, others).map((f) => f.kind);

describe("a fresh tester's fifth findings, with the server model registered", () => {
  beforeAll(() => useGuardModel(readGuardModel()));
  afterAll(() => useGuardModel(null));

  describe('a social platform named with a handle: a contact detail quoting the handle', () => {
    it.each([
      ['Add me on snapchat, my name there is anneb84.', 'en', 'anneb84'],
      ['Legg meg til på snap, jeg heter anneb84 der.', 'nb', 'anneb84'],
      ['Find me on facebook as annebjorg.', 'en', 'annebjorg'],
      ['I am anne_b on insta if anyone wants to talk.', 'en', 'anne_b'],
      ["I'm annebjorg there, on tiktok.", 'en', 'annebjorg'],
      ['My username is anneb84 on discord.', 'en', 'anneb84'],
      ['Search me up on telegram as anneb84.', 'en', 'anneb84'],
      ['Du finner meg på face som annebjorg.', 'nb', 'annebjorg'],
      ['Brukernavnet mitt er anneb84 på instagram.', 'nb', 'anneb84'],
      ['Jeg heter anneb84 der, på whatsapp altså.', 'nb', 'anneb84'],
      ['Søk meg opp på messenger, brukernavn er anneb84.', 'nb', 'anneb84'],
      ['Legg meg til på kik som anneb84.', 'nb', 'anneb84'],
    ] as const)('%s', (text, lang, handle) => {
      const pii = check(text, lang).filter((f) => f.kind === 'pii');
      expect(pii.map((f) => f.match.toLowerCase())).toContain(handle);
    });
    it.each([
      ['I deleted facebook.', 'en'],
      ['Jeg så det på facebook.', 'nb'],
      ['My daughter is on snapchat all night.', 'en'],
      ['I saw him on facebook as a teenager.', 'en'],
      ['Jeg heter Anne og datteren min er på snap hele tiden.', 'nb'],
      ['I found a group on reddit as well.', 'en'],
      ['Min sønn bruker tiktok som en flukt.', 'nb'],
      ['I am tired there is no signal in the cabin.', 'en'],
      ['He told me to find him on facebook, and I did not.', 'en'],
    ] as const)('no contact finding: %s', (text, lang) => {
      expect(check(text, lang).filter((f) => f.kind === 'pii')).toEqual([]);
    });
  });

  describe('a welcome to whoever is new is said to the room: no crosstalk', () => {
    it.each([
      ['Velkommen til deg som er ny. Jeg husker mitt første møte, jeg gråt hele tiden.', 'nb'],
      ['Velkommen til dere som er nye, dere er på rett sted.', 'nb'],
      ['Til nykommeren: velkommen, jeg er glad du kom.', 'nb'],
      ['Velkommen til den som er ny, du er på rett sted.', 'nb'],
      ['Welcome to our newcomer, you are in the right place.', 'en'],
      ['To the newcomer: welcome, I am glad you came.', 'en'],
      ['To the newcomers: welcome, you are in the right place.', 'en'],
      ['Til deg som er ny: velkommen.', 'nb'],
      ['A special welcome to those who are new tonight, we are glad you are here.', 'en'],
    ] as const)('%s', (text, lang) => {
      expect(check(text, lang)).toEqual([]);
    });
    it.each([
      ['To the newcomer: get a sponsor.', 'en'],
      ['Til deg som er ny: skaff deg en sponsor.', 'nb'],
      ['Velkommen til deg som er ny, du burde skaffe deg en sponsor.', 'nb'],
      ['Welcome to our newcomer, you should get a sponsor.', 'en'],
    ] as const)('advice to them stays advice: %s', (text, lang) => {
      expect(kinds(text, lang)).toContain('advice');
    });
    it.each([
      // A promise about their life is a reply to them, as the corpus labels it.
      ['To the newcomer: welcome, it gets better.', 'en'],
      ['Til den nye: velkommen, det blir bedre.', 'nb'],
      // Someone not picked out as new is still someone replied to.
      ['Til deg som delte sist: velkommen tilbake.', 'nb'],
      ['To the person who shared last: welcome back.', 'en'],
    ] as const)('a reply stays crosstalk: %s', (text, lang) => {
      expect(kinds(text, lang)).toContain('crosstalk');
    });
  });

  describe("the room's slogans and goodbyes: no advice", () => {
    it.each([
      ['If you are new, please keep coming back.', 'en'],
      ['If you are new here, keep coming back.', 'en'],
      ['Hvis du er ny, fortsett å komme.', 'nb'],
      ['Hvis du er ny, kom tilbake.', 'nb'],
      ['Take care of yourselves this week.', 'en'],
      ['Ta vare på dere selv denne uka.', 'nb'],
      ['Please take good care of yourselves.', 'en'],
    ] as const)('%s', (text, lang) => {
      expect(check(text, lang)).toEqual([]);
    });
    it.each([
      ['Ta vare på deg selv.', 'nb'],
      ['Take care of yourself and call your sponsor.', 'en'],
      ['If you are new, you should get a sponsor.', 'en'],
    ] as const)('to one person it stays: %s', (text, lang) => {
      expect(check(text, lang).length).toBeGreaterThan(0);
    });
  });

  describe('"Same here" and "Det samme her" agree: crosstalk', () => {
    it.each([
      ['Same here, I hid in the car for hours.', 'en'],
      ['Det samme her, jeg gjemte meg i bilen i timevis.', 'nb'],
      ['Samme her, jeg gjemte meg i bilen i timevis.', 'nb'],
      ['The same here, I hid in the car for hours.', 'en'],
    ] as const)('%s', (text, lang) => {
      expect(kinds(text, lang)).toContain('crosstalk');
    });
    it.each([
      ['It was the same here in Norway.', 'en'],
      ['Det er det samme her hjemme.', 'nb'],
    ] as const)('mid-sentence it is no reply: %s', (text, lang) => {
      expect(kinds(text, lang)).not.toContain('crosstalk');
    });
  });

  describe("a third party's full name that begins with a member's pseudonym: the full-name hint", () => {
    it.each([
      ['Kari Nordmann på kommunen ringte om mamma.', 'nb', 'Kari Nordmann'],
      ['Per Hansen fra barnevernet kom på besøk.', 'nb', 'Per Hansen'],
      ['Kari Nordmann from the council called about mum.', 'en', 'Kari Nordmann'],
      ['Yesterday Per Hansen from the school called me.', 'en', 'Per Hansen'],
    ] as const)('%s', (text, lang, name) => {
      const found = check(text, lang);
      expect(found.map((f) => [f.kind, f.match])).toContainEqual(['pii', name]);
      expect(found.filter((f) => f.kind === 'crosstalk')).toEqual([]);
    });
    it.each([
      ['Kari, du har rett.', 'nb'],
      ['Per, thank you for that.', 'en'],
      ['Takk Kari. Nordmann som jeg er, ringte jeg ikke.', 'nb'],
    ] as const)('a member named stays crosstalk: %s', (text, lang) => {
      expect(kinds(text, lang)).toContain('crosstalk');
    });
  });
});
