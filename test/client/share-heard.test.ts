// What a screen reader hears of a share's parts. A fresh tester (2026-12-06) heard her own share as
// "You share: My facebook is boring these days", then "Anne: Welcome to the newcomer…" for the same
// person (a later part), and another heard «Ingrid: Jeg er mor til…» for her own. Every part is
// now said in the one form of its heading: "You share: …" for one's own, "Kari shares: …" for
// another's, at the start of a block and after it alike. The real transcript in jsdom, the lines
// worded as the page words them (describe.ts), both languages.
import { describe, expect, it } from 'vitest';
import { dict } from '../../client/i18n.js';
import { useDomGlobals } from '../helpers/dom-globals.js';

useDomGlobals(['window', 'document', 'HTMLElement', 'Node', 'Text', 'navigator', 'sessionStorage', 'localStorage']);

describe('a share is heard in one form, every part', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`(${lang}) one's own parts as "You share: …", another's as "<name> shares: …", in a block and after other lines`, async () => {
      const { Transcript } = await import('../../client/meeting/transcript.js');
      const { describe: describeEvent } = await import('../../client/meeting/describe.js');
      const t = dict(lang);
      const tr = new Transcript('Transcript', 'Nothing yet');
      document.body.appendChild(tr.el);
      const ctx = { t, lang, you: 'me', chairId: 'c', formatId: 'aa-open', at: 10_000, nameOf: () => null };
      const heard: string[] = [];
      const add = (e: Parameters<typeof describeEvent>[0]): void => {
        tr.add(describeEvent(e, ctx)!);
        const said = tr.el.querySelector('[data-testid="transcript-announce"]')!.lastElementChild?.textContent ?? '';
        heard.push(said);
      };
      for (const [id, name] of [['me', 'Anne'], ['b', 'Kari']] as const) {
        heard.length = 0;
        add({ type: 'turn', id, name, deadline: 90_000 });
        add({ type: 'share', id, name, text: 'Part one.' });
        add({ type: 'share', id, name, text: 'Part two.' });
        // A line between: the next part starts a block of its own.
        add({ type: 'turnMode', mode: 'hands' });
        add({ type: 'share', id, name, text: 'Part three.' });
        add({ type: 'share', id, name, text: 'Part four.' });
        const who = id === 'me' ? t.tShareHeaderYou : t.tShareHeader(name);
        expect(heard.filter((w) => w.includes('Part'))).toEqual(['Part one.', 'Part two.', 'Part three.', 'Part four.'].map((p) => `${who}: ${p}`));
      }
      tr.el.remove();
      tr.dispose();
    });
  }
});
