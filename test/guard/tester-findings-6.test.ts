// A fresh tester's sixth round of findings (2026-12-06), through the server's check with the model
// registered (shared/meeting/guard-mode.ts shareFindings) unless a case says otherwise: "It's not
// your fault" and "Det er ikke din feil" disagreed, a welcome to whoever is new covered neither the
// welcoming sentence after it nor a welcome the speaker led up to, an offer of contact got an advice
// finding beside its contact details, "I'm annebjorg on facebook" passed, a member's pseudonym
// with a surname after it said to her got the full-name hint, "My insta is annebjorg" and
// "Facebooken min er annebjorg" passed, and the handle's hint spoke of "@"
// beside a username written without one. Each kind in both languages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGuardModel } from '../../server/guard-model.js';
import { HINTS } from '../../shared/guard/hints.js';
import { modelFinding, useGuardModel } from '../../shared/guard/model.js';
import { hints } from './helpers.js';
import { serverCheck } from './server-check.js';

const check = (text: string, lang: 'nb' | 'en', others: string[] = ['Kari', 'Per']) => serverCheck(text, lang, others);
const kinds = (text: string, lang: 'nb' | 'en', others?: string[]) => check(text, lang, others).map((f) => f.kind);

describe("a fresh tester's sixth findings, with the server model registered", () => {
  beforeAll(() => useGuardModel(readGuardModel()));
  afterAll(() => useGuardModel(null));

  describe('"It\'s not your fault" said to a listener is crosstalk in both languages', () => {
    it.each([
      ["It's not your fault.", 'en'],
      ['It is not your fault.', 'en'],
      ["It wasn't your fault.", 'en'],
      ['None of this is your fault.', 'en'],
      ['Det er ikke din feil.', 'nb'],
      ['Det var ikke din skyld.', 'nb'],
      ['Det er ikke skylden din.', 'nb'],
      ['Du har ingen skyld i dette.', 'nb'],
    ] as const)('%s', (text, lang) => {
      expect(kinds(text, lang)).toEqual(['crosstalk']);
    });
    it.each([
      ["My sponsor told me it's not my fault.", 'en'],
      ["My sponsor told me: it's not your fault.", 'en'],
      ['I told my son it was not your fault, it was mine.', 'en'],
      ["It's not my fault. I say that to myself in the mirror now.", 'en'],
      ['Sponsoren min sa at det ikke var min feil.', 'nb'],
      ['Sponsoren min sa: det er ikke din feil.', 'nb'],
      ['Det er viktig for meg at ungene vet at ingenting av dette var deres feil.', 'nb'],
      ['Han har ingen skyld.', 'nb'],
    ] as const)('in a story or of someone else it passes: %s', (text, lang) => {
      expect(check(text, lang)).toEqual([]);
    });
  });

  describe("a welcome's follow-up sentence belongs to the welcome", () => {
    it.each([
      ['Velkommen til deg som er ny. Du er på rett sted.', 'nb'],
      ['Welcome to our newcomer. You are in the right place.', 'en'],
      ['Welcome to our newcomer. You are in the right place. We are so glad you came, keep coming back!', 'en'],
      ['Velkommen til dere som er nye. Dere er på rett sted. Godt at dere kom.', 'nb'],
      ["Welcome to the newcomer. I'm so glad you found us tonight.", 'en'],
      ['Velkommen til den nye. Så glad for at du kom.', 'nb'],
      ['Til deg som er ny: velkommen. Du er hjertelig velkommen her.', 'nb'],
    ] as const)('%s', (text, lang) => {
      expect(check(text, lang)).toEqual([]);
    });
    it.each([
      ['Welcome to the newcomer. You should get a sponsor.', 'en', 'advice'],
      ['Velkommen til deg som er ny. Du burde skaffe deg en sponsor.', 'nb', 'advice'],
      ['Welcome to the newcomer. You are in the right place, get a sponsor.', 'en', 'crosstalk'],
      ['Velkommen til deg som er ny. Du er på rett sted, skaff deg en sponsor.', 'nb', 'crosstalk'],
      // A welcome with a promise about their life is a reply, and so is what follows it.
      ['Welcome to the newcomer, it gets better. You are in the right place.', 'en', 'crosstalk'],
      ['Velkommen til den nye, det blir bedre. Du er på rett sted.', 'nb', 'crosstalk'],
      // Not after a welcome: said to someone.
      ['I had a hard week. You are in the right place.', 'en', 'crosstalk'],
      ['Welcome to the newcomer. I had a hard week. You are in the right place.', 'en', 'crosstalk'],
      ['Jeg hadde en tung uke. Du er på rett sted.', 'nb', 'crosstalk'],
    ] as const)('advice, a promise or no welcome before stays: %s', (text, lang, kind) => {
      expect(kinds(text, lang)).toContain(kind);
    });
  });

  describe('a welcome the speaker leads up to is said to the room, as the opening form is', () => {
    it.each([
      ['Jeg vil bare si velkommen til deg som er ny.', 'nb'],
      ['I just want to say welcome to the newcomer.', 'en'],
      ['Og så vil jeg si velkommen til deg som er ny, du er på rett sted.', 'nb'],
      ['I want to welcome you who are new, you are in the right place.', 'en'],
      ['Kan jeg bare si til deg som er ny: velkommen.', 'nb'],
      ['Jeg har lyst til å si velkommen til dere som er nye, dere er på rett sted.', 'nb'],
      ["I'd like to say a special welcome to those who are new, you are in the right place.", 'en'],
    ] as const)('%s', (text, lang) => {
      expect(check(text, lang)).toEqual([]);
    });
    it.each([
      ['I just want to say to the newcomer: get a sponsor.', 'en', 'advice'],
      ['Jeg vil bare si til deg som er ny: skaff deg en sponsor.', 'nb', 'advice'],
      ['I want to say welcome to the newcomer, you should get a sponsor.', 'en', 'advice'],
      ['Jeg vil bare si velkommen til deg som er ny, du burde skaffe deg en sponsor.', 'nb', 'advice'],
      ['I just want to say to the newcomer, it gets better.', 'en', 'crosstalk'],
      ['Jeg vil si til deg som delte sist: velkommen tilbake.', 'nb', 'crosstalk'],
    ] as const)('advice, a promise or someone else stays: %s', (text, lang, kind) => {
      expect(kinds(text, lang)).toContain(kind);
    });
  });

  describe('an offer of contact stopped for its details gets no advice finding as well', () => {
    it.each([
      ['You can call me on 912 34 567 after the meeting.', 'en', '912 34 567'],
      ['You can always email me at anne.b@example.com if you want to talk after the meeting.', 'en', 'anne.b@example.com'],
      ['Add me on snap: anne_84, if you ever need someone to talk to after meetings.', 'en', 'anne_84'],
      ['Du kan alltid ringe meg på 912 34 567 etter møtet.', 'nb', '912 34 567'],
      ['Legg meg til på snap: anne_84, hvis du trenger noen å snakke med etter møtene.', 'nb', 'anne_84'],
      ['Du kan sende meg en melding på 912 34 567 hvis du vil prate etter møtet i kveld.', 'nb', '912 34 567'],
    ] as const)('%s', (text, lang, detail) => {
      expect(check(text, lang).map((f) => [f.kind, f.match])).toEqual([['pii', detail]]);
    });
    it('the model, asked alone, still reads such offers as advice (so the test above means something)', () => {
      const flagged = ['You can call me on 912 34 567 after the meeting.', 'Legg meg til på snap: anne_84, hvis du trenger noen å snakke med etter møtene.'].filter(
        (t) => modelFinding(t, ['Kari', 'Per']) !== null,
      );
      expect(flagged.length).toBeGreaterThan(0);
    });
    it.each([
      ['You can call me on 912 34 567, but you have to promise to leave him.', 'en'],
      ['You can always email me at anne.b@example.com, and you should leave him.', 'en'],
      ['Du kan ringe meg på 912 34 567, men du må love å gå fra ham.', 'nb'],
      ['You can call me on 912 34 567 after the meeting. Honestly the only way out for anyone is to leave him for good.', 'en'],
    ] as const)('advice beside the offer stays: %s', (text, lang) => {
      expect(kinds(text, lang)).toEqual(expect.arrayContaining(['pii', 'advice']));
    });
  });

  describe('a plain word introduced as oneself on a named platform is a handle', () => {
    it.each([
      ["I'm annebjorg on facebook.", 'en', 'annebjorg'],
      ['I am annebjorg on insta.', 'en', 'annebjorg'],
      ['Jeg er annebjorg på facebook.', 'nb', 'annebjorg'],
      ['Jeg er Annebjorg på snap.', 'nb', 'Annebjorg'],
    ] as const)('%s', (text, lang, handle) => {
      expect(check(text, lang).map((f) => [f.kind, f.match])).toContainEqual(['pii', handle]);
    });
    it.each([
      ["I'm on facebook too.", 'en'],
      ['I am tired on facebook', 'en'],
      ["I'm active on facebook.", 'en'],
      ["I'm hooked on tiktok.", 'en'],
      ["I'm never on facebook.", 'en'],
      ["I'm constantly on instagram.", 'en'],
      ["I'm blocked on facebook now.", 'en'],
      ["I'm Norwegian on facebook.", 'en'],
      ["I'm sober on facebook.", 'en'],
      ["I'm lurking on reddit.", 'en'],
      ["I'm somewhere on facebook, I think.", 'en'],
      ["I'm still on facebook.", 'en'],
      ['Jeg er sjelden på facebook.', 'nb'],
      ['Jeg er blokkert på facebook.', 'nb'],
      ['Jeg er mye på snap.', 'nb'],
      ['Jeg er aktiv på facebook.', 'nb'],
      ['Jeg er ikke på facebook.', 'nb'],
      ['Jeg er også på facebook.', 'nb'],
      ['Jeg er avhengig på tiktok, innrømmer jeg.', 'nb'],
    ] as const)('a word of how one is there is no handle: %s', (text, lang) => {
      expect(check(text, lang)).toEqual([]);
    });
  });

  describe('a platform named as one\'s own, then "is" / "er" and a handle, is contact details', () => {
    it.each([
      // The tester's own.
      ['Snapchaten min er annebjorg59.', 'nb', 'annebjorg59'],
      ['Instagrammen min er annebjorg59.', 'nb', 'annebjorg59'],
      ['Facebooken min er annebjorg.', 'nb', 'annebjorg'],
      ['Min snap er annebjorg59.', 'nb', 'annebjorg59'],
      ['Brukernavnet mitt på snap er annebjorg.', 'nb', 'annebjorg'],
      ['My insta is annebjorg.', 'en', 'annebjorg'],
      ['My snap is annebjorg59', 'en', 'annebjorg59'],
      ['My facebook name is annebjorg', 'en', 'annebjorg'],
      ['My username on snapchat is annebjorg.', 'en', 'annebjorg'],
      // The same kind: other platforms, definite and compound forms, an account or a page.
      ['Min insta er annebjorg.', 'nb', 'annebjorg'],
      ['Tiktoken min heter annebjorg.', 'nb', 'annebjorg'],
      ['Discorden min er annebjorg, bare legg meg til.', 'nb', 'annebjorg'],
      ['fb-en min er annebjorg.', 'nb', 'annebjorg'],
      ['Snapnavnet mitt er annebjorg.', 'nb', 'annebjorg'],
      ['Facebook-navnet mitt er annebjorg.', 'nb', 'annebjorg'],
      ['Instakontoen min er annebjorg.', 'nb', 'annebjorg'],
      ['Kontoen min på insta er annebjorg.', 'nb', 'annebjorg'],
      ['Mitt navn på face er annebjorg.', 'nb', 'annebjorg'],
      ["My insta's annebjorg.", 'en', 'annebjorg'],
      ['My facebook account is annebjorg.', 'en', 'annebjorg'],
      ['My account on insta is annebjorg.', 'en', 'annebjorg'],
      ['My tiktok is annebjorg, follow me', 'en', 'annebjorg'],
      ['My discord is Annebjorg!', 'en', 'Annebjorg'],
    ] as const)('%s', (text, lang, handle) => {
      expect(check(text, lang).map((f) => [f.kind, f.match])).toContainEqual(['pii', handle]);
    });
    it.each([
      ['Snapchaten min er full av bilder.', 'nb'],
      ['Min facebook er stengt.', 'nb'],
      ['Facebooken min er borte.', 'nb'],
      ['Facebooken min er død.', 'nb'],
      ['Facebooken min er nede.', 'nb'],
      ['Snapchaten min er tom.', 'nb'],
      ['Min insta er privat.', 'nb'],
      ['Min tiktok er søppel.', 'nb'],
      ['Facebooken min er et helvete.', 'nb'],
      ['Facebook-kontoen min er slettet.', 'nb'],
      ['Instaen min er kjedelig.', 'nb'],
      ['Kontoen min på facebook er låst.', 'nb'],
      ['My insta is private now.', 'en'],
      ['My facebook is a mess.', 'en'],
      ['My snap is gone.', 'en'],
      ['My facebook is dead.', 'en'],
      ['My insta is down.', 'en'],
      ['My facebook is toxic.', 'en'],
      ['My insta is trash.', 'en'],
      ['My facebook account is deleted.', 'en'],
      ["My facebook's gone.", 'en'],
      ['My x is toxic.', 'en'],
      ['My facebook name is my real name.', 'en'],
      // Named as a username, what it is like is no handle either.
      ['My username on snapchat is old.', 'en'],
      ['My name on insta is embarrassing.', 'en'],
      ['Brukernavnet mitt på snap er gammelt.', 'nb'],
      ['Brukernavnet mitt er pinlig.', 'nb'],
    ] as const)('what the account is like is no handle: %s', (text, lang) => {
      expect(check(text, lang)).toEqual([]);
    });
  });

  describe("a member's one-word pseudonym with a surname after it, said to her, is crosstalk", () => {
    // The whole name is the crosstalk finding; the full-name hint on the same words gives way to
    // it, as it does for any pseudonym in the room (guard index.ts).
    it.each([
      ['Kari Nordmann, du har rett.', 'nb', 'Kari Nordmann'],
      ['Kari Nordmann, you are right.', 'en', 'Kari Nordmann'],
      ['Per Hansen, thank you for that.', 'en', 'Per Hansen'],
      ['Hei Kari Nordmann, jeg vet hvordan du har det.', 'nb', 'Kari Nordmann'],
      ['Kari Nordmann: takk for det du sa.', 'nb', 'Kari Nordmann'],
    ] as const)('%s', (text, lang, name) => {
      const found = check(text, lang);
      expect(found.map((f) => [f.kind, f.match])).toContainEqual(['crosstalk', name]);
      expect(found.filter((f) => f.kind === 'pii')).toEqual([]);
    });
    it.each([
      ['Kari Nordmann på kommunen ringte meg.', 'nb', 'Kari Nordmann'],
      ['Kari Nordmann, du vet, var sjefen min.', 'nb', 'Kari Nordmann'],
      ['Jeg møtte Per Hansen, du husker ham kanskje.', 'nb', 'Per Hansen'],
      ['Kari Nordmann, the woman from the council, called me.', 'en', 'Kari Nordmann'],
    ] as const)('a third party stays one: %s', (text, lang, name) => {
      const found = check(text, lang);
      expect(found.map((f) => [f.kind, f.match])).toContainEqual(['pii', name]);
      expect(found.filter((f) => f.kind === 'crosstalk')).toEqual([]);
    });
  });

  describe('the handle hint speaks of no "@" the share did not have', () => {
    it.each([
      ['Add me on snapchat, my name there is anneb84.', 'en'],
      ["I'm annebjorg on facebook.", 'en'],
      ['Legg meg til på snap, jeg heter anneb84 der.', 'nb'],
      ['Skriv til @anneb84 om du vil.', 'nb'],
    ] as const)('%s', (text, lang) => {
      const handle = hints(text, [], lang).filter((h) => h.hint === HINTS.handle);
      expect(handle.length).toBe(1);
      for (const l of ['nb', 'en'] as const) expect(handle[0]!.hint[l]).not.toContain('@');
    });
  });
});
