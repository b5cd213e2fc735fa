// A fresh tester's seventh round of findings (2026-12-06), through the server's check with the model
// registered (shared/meeting/guard-mode.ts shareFindings): a handle introduced on a named platform
// passed when it ended as a word does ("My snap is sunnyblessed.") or when words followed it ("Min
// snap er annebjorg hvis noen vil"), and a promise to the newcomer in the sentence after a welcome
// ("Welcome to the newcomer. It gets better.") passed where the same words in one sentence were
// crosstalk. Each kind in both languages; the ordinary sentences about platforms still pass.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGuardModel } from '../../server/guard-model.js';
import { useGuardModel } from '../../shared/guard/model.js';
import { itStopsHandles, serverCheck } from './server-check.js';

const check = (text: string, lang: 'nb' | 'en', others: string[] = ['Kari', 'Per']) => serverCheck(text, lang, others);
const kinds = (text: string, lang: 'nb' | 'en', others?: string[]) => check(text, lang, others).map((f) => f.kind);

describe("a fresh tester's seventh findings, with the server model registered", () => {
  beforeAll(() => useGuardModel(readGuardModel()));
  afterAll(() => useGuardModel(null));

  describe('a word in the handle\'s place on a named platform is a handle unless it describes the account or the speaker', () => {
    const handles = [
      // The tester's own.
      ['My snap is sunnyblessed.', 'en', 'sunnyblessed'],
      ['Snapen min er solskinnsjenta.', 'nb', 'solskinnsjenta'],
      ['Min snap er annebjorg hvis noen vil', 'nb', 'annebjorg'],
      ['My insta is annebjorg if anyone wants to talk', 'en', 'annebjorg'],
      ["I'm annebjorg on facebook if you want to chat", 'en', 'annebjorg'],
      ['Jeg er på facebook. Jeg heter annebjorg der, bare send en melding', 'nb', 'annebjorg'],
      // The same kind: other endings, other words after, "there" / "der" pointing back.
      ['My insta is stayhopeful.', 'en', 'stayhopeful'],
      ["I'm sunnyblessed on insta.", 'en', 'sunnyblessed'],
      ['My tiktok is annebjorg so add me', 'en', 'annebjorg'],
      ['My facebook name is kariloved, just send a message', 'en', 'kariloved'],
      ['My discord is annebjorg and I answer most nights', 'en', 'annebjorg'],
      ["I'm on snapchat. I'm annebjorg there.", 'en', 'annebjorg'],
      ['Instaen min er solglad om noen vil prate', 'nb', 'solglad'],
      ['Facebooken min er annebjorg, bare send en melding', 'nb', 'annebjorg'],
      ['Jeg er solskinnsjenta på snap hvis du vil prate', 'nb', 'solskinnsjenta'],
      ['Tiktoken min er stillehjerte så bare legg meg til', 'nb', 'stillehjerte'],
      ['Legg meg til på snap. Der heter jeg annebjorg.', 'nb', 'annebjorg'],
      ['Jeg er på insta. Jeg er lykkejenta der.', 'nb', 'lykkejenta'],
    ] as const;
    itStopsHandles(handles);
    // Ordinary sentences about platforms, each in a slot where a handle could stand.
    it.each([
      ['My facebook is full of old pictures.', 'en'],
      ['I deleted snapchat last year.', 'en'],
      ['My insta is mostly my dog now.', 'en'],
      ['My facebook is where I keep up with family.', 'en'],
      ['My insta is private now.', 'en'],
      ['My snap is abandoned.', 'en'],
      ['My facebook is outdated.', 'en'],
      ['My insta is exhausting, so I log off early.', 'en'],
      ['My insta is overwhelming if I look at it too long.', 'en'],
      ['My facebook account is deactivated.', 'en'],
      ['My discord is dead, but I still check it.', 'en'],
      ['My insta is archived so nobody sees it.', 'en'],
      ['My insta is cats.', 'en'],
      ['My facebook is a mess.', 'en'],
      ["I'm on facebook every night, and I hate it.", 'en'],
      ["I'm lurking on reddit when I can't sleep.", 'en'],
      ["I'm tagged on facebook in old photos.", 'en'],
      ["I'm hooked on tiktok if I'm honest.", 'en'],
      ["I'm happier on instagram than in real life.", 'en'],
      ['I used to be on facebook. I am never there now.', 'en'],
      ['My daughter is on snapchat all night.', 'en'],
      ['Instagram er giftig for meg.', 'nb'],
      ['Jeg er på facebook hver kveld.', 'nb'],
      ['Snapen min er stille nå.', 'nb'],
      ['Facebooken min er full av gamle bilder.', 'nb'],
      ['Min insta er privat hvis du lurer.', 'nb'],
      ['Snapchaten min er nedlagt.', 'nb'],
      ['Instaen min er kjedelig, så jeg la den bort.', 'nb'],
      ['Tiktoken min er overveldende om kvelden.', 'nb'],
      ['Jeg er innlogget på facebook hele dagen.', 'nb'],
      ['Min facebook er stengt, men jeg savner den ikke.', 'nb'],
      ['Snapen min er blokkert, så jeg bruker sms.', 'nb'],
      ['Facebooken min er tom hvis noen lurer.', 'nb'],
      ['Jeg er sjelden på snap nå.', 'nb'],
      ['Jeg slettet snap og insta i fjor.', 'nb'],
      ['Jeg var på snap i mange år. Jeg er ikke der nå.', 'nb'],
      ['Jeg var på facebook før. Der er jeg stille.', 'nb'],
      ['Jeg er avhengig på tiktok, ærlig talt.', 'nb'],
    ] as const)('an ordinary sentence passes: %s', (text, lang) => {
      expect(check(text, lang)).toEqual([]);
    });
  });

  describe('a promise about the newcomer\'s life after a welcome belongs to the welcome: crosstalk', () => {
    it.each([
      // The tester's own.
      ['Welcome to the newcomer. It gets better.', 'en'],
      ['Velkommen til deg som er ny. Det blir bedre.', 'nb'],
      // The same kind: other promises, after the welcome's follow-ups, or in its own sentence.
      ['Welcome to our newcomer. It will get easier.', 'en'],
      ["Welcome to all the newcomers. It'll be okay.", 'en'],
      ['A special welcome to the newcomer! Things get easier.', 'en'],
      ['Welcome to the newcomer. Keep coming back. It gets better.', 'en'],
      // In one sentence the English passed too, while the bokmål was crosstalk.
      ['Welcome to the newcomer, it gets better.', 'en'],
      ["Welcome to the newcomer, it's going to be okay.", 'en'],
      ['Velkommen til den nye. Godt at du kom. Det går over.', 'nb'],
      ['Velkommen til dere som er nye. Alt blir bra.', 'nb'],
      ['Velkommen til deg som er ny. Det kommer til å gå bra.', 'nb'],
      ['Velkommen til deg som er ny, det ordner seg.', 'nb'],
    ] as const)('%s', (text, lang) => {
      expect(kinds(text, lang)).toContain('crosstalk');
    });
    it.each([
      ['Welcome to the newcomer. You are in the right place.', 'en'],
      ['Welcome to the newcomer. Keep coming back.', 'en'],
      ['Welcome to our newcomer. We are so glad you came.', 'en'],
      ['Velkommen til deg som er ny. Godt at du kom.', 'nb'],
      ['Velkommen til dere som er nye. Dere er på rett sted. Fortsett å komme.', 'nb'],
      // The speaker's own story, or no welcome before it.
      ['Welcome to the newcomer. For me it got better slowly.', 'en'],
      ['I had a hard week. It gets better though.', 'en'],
      ['Jeg hadde en tung uke. Det blir bedre.', 'nb'],
      ['Velkommen til deg som er ny. Det ble bedre for meg etter hvert.', 'nb'],
    ] as const)('a welcoming follow-up or a promise without a welcome passes: %s', (text, lang) => {
      expect(check(text, lang)).toEqual([]);
    });
  });
});
