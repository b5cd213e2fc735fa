// A fresh tester's eighth round of findings (2026-12-06), through the server's check with the model
// registered (shared/meeting/guard-mode.ts shareFindings): a handle offered with a platform in other
// sentence shapes passed ("Add me on insta, I am sunnyblessed", "sunnyblessed on insta if anyone
// wants to chat", «Snap meg gjerne: annebjorg»), or was stopped only as advice («Søk opp annebjorg
// på instagram»); and a welcome in the vocative ("Welcome, newcomer.") was not read as a welcome,
// so its welcoming follow-up was stopped as a reply. Each kind in both languages; the ordinary
// sentences about platforms, and a fellowship's page, still name no handle.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGuardModel } from '../../server/guard-model.js';
import { useGuardModel } from '../../shared/guard/model.js';
import { itStopsHandles, serverCheck } from './server-check.js';

const check = (text: string, lang: 'nb' | 'en') => serverCheck(text, lang, ['Kari', 'Per']);
const kinds = (text: string, lang: 'nb' | 'en') => check(text, lang).map((f) => f.kind);

describe("a fresh tester's eighth findings, with the server model registered", () => {
  beforeAll(() => useGuardModel(readGuardModel()));
  afterAll(() => useGuardModel(null));

  describe('a handle offered beside a platform, in other shapes of sentence, is contact details', () => {
    const handles = [
      // The tester's own.
      ['Add me on insta, I am sunnyblessed', 'en', 'sunnyblessed'],
      ['Look me up on facebook, sunnyblessed', 'en', 'sunnyblessed'],
      ['sunnyblessed on insta if anyone wants to chat', 'en', 'sunnyblessed'],
      ['Snap meg gjerne: annebjorg', 'nb', 'annebjorg'],
      ['Søk opp annebjorg på instagram', 'nb', 'annebjorg'],
      // The same kinds: an ask to add, find, follow or write, then the word alone after a break.
      ["Add me on snap – it's annebjorg", 'en', 'annebjorg'],
      ['Follow me on tiktok: stillehjerte', 'en', 'stillehjerte'],
      ["Text me on whatsapp, I'm kariloved", 'en', 'kariloved'],
      ['Legg meg til på snap, jeg er annebjorg', 'nb', 'annebjorg'],
      ['Finn meg på facebook, solskinnsjenta', 'nb', 'solskinnsjenta'],
      ['Skriv til meg på messenger: annebjorg', 'nb', 'annebjorg'],
      // A handle to search for.
      ['Look up sunnyblessed on insta', 'en', 'sunnyblessed'],
      ['You can search for annebjorg on facebook if you want', 'en', 'annebjorg'],
      ['Søk etter solglad på insta', 'nb', 'solglad'],
      // "X on <platform>" offering oneself.
      ['stayhopeful on tiktok, add me', 'en', 'stayhopeful'],
      ['annebjorg på snap hvis noen vil prate', 'nb', 'annebjorg'],
      ['solglad på insta, bare send en melding', 'nb', 'solglad'],
    ] as const;
    itStopsHandles(handles);
    // Ordinary sentences in the same shapes: nothing in a handle's place, or a word that describes.
    it.each([
      ["Look me up on facebook sometime, it's all old pictures", 'en'],
      ["Add me on snap, I'm new.", 'en'],
      ['Find me on facebook, thanks.', 'en'],
      ['Follow me on insta, okay?', 'en'],
      ['Look me up on facebook if you want, I am mostly quiet there.', 'en'],
      ['I was always looking for validation on instagram.', 'en'],
      ['I search for validation on instagram.', 'en'],
      ['Everyone on facebook is fake.', 'en'],
      ['Fights on facebook when I drink.', 'en'],
      ['Legg meg til på facebook, jeg er ny her.', 'nb'],
      ['Snap meg gjerne hvis du vil prate.', 'nb'],
      ['Jeg søker etter trøst på instagram.', 'nb'],
    ] as const)('an ordinary sentence passes: %s', (text, lang) => {
      expect(check(text, lang)).toEqual([]);
    });
    // A fellowship's or a group's page is no one's handle: no contact details. The order to search
    // is the advice rules' as any order to the room is («Søk» stays their finding, as before).
    it.each([
      ['Søk opp AA på facebook, de har en gruppe', 'nb'],
      ['Søk opp AA på facebook', 'nb'],
      ['Søk opp Anonyme Alkoholikere på facebook', 'nb'],
      ['Søk opp gruppa på facebook.', 'nb'],
      ['Søk opp oss på facebook.', 'nb'],
      ['Look up AA on facebook, they have a group', 'en'],
      ['Search for the group on facebook.', 'en'],
    ] as const)("a fellowship's page names no handle: %s", (text, lang) => {
      expect(kinds(text, lang)).not.toContain('pii');
    });
  });

  describe('a welcome in the vocative ("Welcome, newcomer") is a welcome', () => {
    it.each([
      // The tester's own.
      ['Welcome, newcomer. You are in the right place.', 'en'],
      // The same kind.
      ['Welcome newcomers! We are so glad you came.', 'en'],
      ['Welcome, newcomer. Keep coming back.', 'en'],
      ['Velkommen, nykommer. Du er på rett sted.', 'nb'],
      ['Velkommen, du som er ny. Godt at du kom.', 'nb'],
      ['Velkommen, dere som er nye. Dere er på rett sted.', 'nb'],
    ] as const)('its welcoming follow-up passes: %s', (text, lang) => {
      expect(check(text, lang)).toEqual([]);
    });
    it.each([
      // A promise about the newcomer's life after it stays crosstalk (decided last round).
      ['Welcome, newcomer. It gets better.', 'en', 'crosstalk'],
      ['Welcome, newcomer, it gets better.', 'en', 'crosstalk'],
      ['Velkommen, du som er ny. Det blir bedre.', 'nb', 'crosstalk'],
      ['Velkommen, nykommer. Det går over.', 'nb', 'crosstalk'],
      // An order after it stays advice; a member named is still a reply.
      ['Welcome, newcomer. You should get a sponsor.', 'en', 'advice'],
      ['Welcome, Kari. You are in the right place.', 'en', 'crosstalk'],
      ['Velkommen, Kari. Du er på rett sted.', 'nb', 'crosstalk'],
    ] as const)('what is no welcome stays found: %s', (text, lang, kind) => {
      expect(kinds(text, lang)).toContain(kind);
    });
  });
});
