// The words of a closed group's question about someone at the door, on the real page in jsdom with
// views from the real core, both languages. A fresh tester: with the chair and one member
// present, the member answered «Nei», read «Takk. Svaret ditt er anonymt.», and the chair read
// "Answers: 0 yes, 1 no. You decide.". Now the chair reads how many have answered and how many
// have not until everyone asked has (counts that moved with each answer told the last one's), and
// never a count of one answer; the member is told only what is true.
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
      expect(chair.q('ask-counts')!.textContent).toBe(`${t.askQuestionKeeper('Carl')} ${t.askTally(0, 2)}`);

      r.ok({ type: 'answerAsk', by: 'b', yes: false });
      chair.push();
      berit.push();
      const one = chair.q('ask-counts')!.textContent!;
      expect(one).toBe(`${t.askQuestionKeeper('Carl')} ${t.askTally(1, 1)}`);
      expect(one).not.toContain(t.askCounts(0, 1));
      expect(berit.q('ask-answered')!.textContent).toBe(t.askAnswered);
      expect(`${t.askAnswered} ${t.askHint}`).not.toMatch(/anonym/i);

      r.ok({ type: 'answerAsk', by: 'c', yes: true });
      chair.push();
      cato.push();
      expect(chair.q('ask-counts')!.textContent).toBe(`${t.askQuestionKeeper('Carl')} ${t.askCounts(1, 1)}`);
    });

    it(`(${lang}) with one member present, everyone has answered and still no count shows`, async () => {
      const r = gathered({ access: 'closed', others: ['b'] });
      r.ok(joinCmd('x', { name: 'Carl' }));
      r.ok({ type: 'askMembers', by: 'a', target: 'x' });
      const chair = await mountPage(r, 'a', lang);
      r.ok({ type: 'answerAsk', by: 'b', yes: false });
      chair.push();
      expect(chair.q('ask-counts')!.textContent).toBe(`${t.askQuestionKeeper('Carl')} ${t.askTallyFew}`);
      expect(chair.q('ask-counts')!.textContent).not.toMatch(/[01] (yes|no|ja|nei)/);
    });
  }

  it('says in both languages when the counts show', () => {
    expect(dict('en').askAnswered).toBe('Thank you. The chair sees how many have answered, and the yes and no counts once everyone has, never just one answer.');
    expect(dict('nb').askAnswered).toBe('Takk. Møtelederen ser hvor mange som har svart, og tallene for ja og nei først når alle har svart, aldri bare ett svar.');
    expect(dict('en').askHint).toBe('The chair sees how many have answered, and how many said yes and no once everyone has, never just one answer.');
    expect(dict('nb').askQuestionKeeper('Carl')).toBe('Spørsmål til gruppa: kan Carl bli med?');
    // With none answered, how many are asked (a fresh verifier: "Nobody has answered yet" alone).
    expect(dict('en').askTally(0, 3)).toBe('None of the 3 asked has answered yet. The yes and no counts show once everyone has answered. You decide.');
    expect(dict('nb').askTally(0, 3)).toBe('Ingen av de 3 som er spurt, har svart ennå. Tallene for ja og nei vises når alle har svart. Du bestemmer.');
    expect(dict('en').askTally(0, 1)).toBe('The one asked has not answered yet. The yes and no counts show once everyone has answered. You decide.');
    expect(dict('en').askTally(1, 2)).toBe('One has answered, 2 have not yet. The yes and no counts show once everyone has answered. You decide.');
    expect(dict('nb').askTally(1, 2)).toBe('Én har svart, 2 har ikke svart ennå. Tallene for ja og nei vises når alle har svart. Du bestemmer.');
    expect(dict('en').askTally(2, 1)).toBe('2 have answered, 1 has not yet. The yes and no counts show once everyone has answered. You decide.');
    expect(dict('en').askTallyFew).toBe('Fewer than two have answered, and nobody else asked is left to answer, so no counts are shown. You decide.');
    expect(dict('nb').askTallyFew).toBe('Færre enn to har svart, og ingen andre som ble spurt, er igjen, så ingen tall vises. Du bestemmer.');
  });

  // A fresh tester: a member who had answered yes was handed the chair and read "1 yes, 1 no"
  // where three had answered, with nothing saying their own answer was left out.
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);
    it(`(${lang}) one who answered and then took the chair is told their own answer is not counted`, async () => {
      const r = gathered({ access: 'closed', others: ['b', 'c', 'd'], volunteers: ['b'] });
      r.ok(joinCmd('x', { name: 'Carl' }));
      r.ok({ type: 'askMembers', by: 'a', target: 'x' });
      for (const [id, yes] of [['b', true], ['c', false], ['d', true]] as const) r.ok({ type: 'answerAsk', by: id, yes });
      r.ok({ type: 'handChair', by: 'a', target: 'b' });
      const ann = await mountPage(r, 'b', lang);
      expect(ann.q('ask-counts')!.textContent).toBe(`${t.askQuestionKeeper('Carl')} ${t.askCounts(1, 1)} ${t.askOwnLeftOut}`);
      const chair = await mountPage(r, 'c', lang);
      // A member who has not been a keeper reads no tally.
      expect(chair.q('ask-counts')).toBeNull();
    });

    // A fresh tester on a phone: the question's Yes and No were at the foot of the page, below
    // the fold, while the box above said the meeting had not started.
    it(`(${lang}) the member's question stands near the top of the meeting, above the turn box and the transcript`, async () => {
      const r = gathered({ access: 'closed', others: ['b'] });
      r.ok(joinCmd('x', { name: 'Carl' }));
      r.ok({ type: 'askMembers', by: 'a', target: 'x' });
      const berit = await mountPage(r, 'b', lang);
      const q = berit.q('ask-question')!;
      const transcript = berit.q('transcript')!;
      expect(q.compareDocumentPosition(transcript) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      const tools = berit.q('group-tools')!;
      expect(tools.contains(q)).toBe(false);
      r.ok({ type: 'answerAsk', by: 'b', yes: true });
      berit.push();
      expect(berit.q('ask-answered')!.compareDocumentPosition(transcript) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    });

    // A fresh tester's chair had the question open and read only "Start the meeting" at the top;
    // the tally stood with the tools, below the whole meeting on a phone.
    it(`(${lang}) the chair's tally stands near the top, as the members' question does`, async () => {
      const r = gathered({ access: 'closed', others: ['b', 'c'] });
      r.ok(joinCmd('x', { name: 'Carl' }));
      r.ok({ type: 'askMembers', by: 'a', target: 'x' });
      const chair = await mountPage(r, 'a', lang);
      const counts = chair.q('ask-counts')!;
      expect(counts.compareDocumentPosition(chair.q('transcript')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
      expect(chair.q('group-tools')!.contains(counts)).toBe(false);
      expect(chair.q('ask-panel')!.hidden).toBe(false);
      chair.destroy();
    });

    // A fresh tester's chair pressed "Ask the group about …" and found focus on "Start the
    // meeting", the tally far below on a phone; a member's Yes went the same way.
    it(`(${lang}) focus follows the step pressed: to the tally, to the thanks`, async () => {
      const r = gathered({ access: 'closed', others: ['b', 'c'] });
      r.ok(joinCmd('x', { name: 'Carl' }));
      const chair = await mountPage(r, 'a', lang);
      chair.q<HTMLButtonElement>('ask-members-x')!.focus();
      chair.q<HTMLButtonElement>('ask-members-x')!.click();
      r.ok({ type: 'askMembers', by: 'a', target: 'x' });
      chair.push();
      expect(document.activeElement).toBe(chair.q('ask-counts'));
      chair.destroy();
      const berit = await mountPage(r, 'b', lang);
      berit.q<HTMLButtonElement>('ask-yes')!.focus();
      berit.q<HTMLButtonElement>('ask-yes')!.click();
      r.ok({ type: 'answerAsk', by: 'b', yes: true });
      berit.push();
      expect(document.activeElement).toBe(berit.q('ask-answered'));
      berit.destroy();
    });
  }
});
