// The words of a closed group's question about someone at the door, on the real page in jsdom with
// views from the real core, both languages. A fresh tester: with the chair and one member
// present, the member answered «Nei», read «Takk. Svaret ditt er anonymt.», and the chair read
// "Answers: 0 yes, 1 no. You decide.". Now the chair reads how many have answered until two
// have, and the member is told only what is true: the chair sees the counts, from two answers.
import { describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { gathered, joinCmd } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

describe('the ask\'s words', () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);

    it(`(${lang}) with one member, the chair never reads a count; the member's words are true`, async () => {
      const r = gathered({ access: 'closed', others: ['b', 'c'] });
      r.ok(joinCmd('x', { name: 'Carl' }));
      r.ok({ type: 'askMembers', by: 'a', target: 'x' });
      const chair = await mountPage(r, 'a', lang);
      const berit = await mountPage(r, 'b', lang);
      const cato = await mountPage(r, 'c', lang);
      // Before answering, the member reads what the chair will see.
      expect(berit.q('ask-hint')!.textContent).toBe(t.askHint);
      expect(chair.q('ask-counts')!.textContent).toBe(`${t.askQuestion('Carl')} ${t.askTally(0)}`);

      r.ok({ type: 'answerAsk', by: 'b', yes: false });
      chair.push();
      berit.push();
      const one = chair.q('ask-counts')!.textContent!;
      expect(one).toBe(`${t.askQuestion('Carl')} ${t.askTally(1)}`);
      expect(one).not.toContain(t.askCounts(0, 1));
      expect(berit.q('ask-answered')!.textContent).toBe(t.askAnswered);
      expect(`${t.askAnswered} ${t.askHint}`).not.toMatch(/anonym/i);

      r.ok({ type: 'answerAsk', by: 'c', yes: true });
      chair.push();
      cato.push();
      expect(chair.q('ask-counts')!.textContent).toBe(`${t.askQuestion('Carl')} ${t.askCounts(1, 1)}`);
    });
  }

  it('says in both languages that the counts show from two answers', () => {
    expect(dict('en').askAnswered).toBe('Thank you. The chair sees only the counts, once at least two have answered.');
    expect(dict('nb').askAnswered).toBe('Takk. Møtelederen ser bare tallene, og først når minst to har svart.');
    expect(dict('en').askTally(1)).toBe('One has answered. The yes and no counts show once at least two have answered. You decide.');
    expect(dict('nb').askTally(1)).toBe('Én har svart. Tallene for ja og nei vises når minst to har svart. Du bestemmer.');
  });
});
