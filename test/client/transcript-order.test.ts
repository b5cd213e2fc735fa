// The transcript reads top to bottom. A fresh tester (2026-12-02) saw the last part of a share
// broken by connection drops added to the share's block above the drop-and-return lines that came
// before it. A chunk now goes on at the bottom: in the open block when that is the last entry,
// else in a new block (the old one ends); a block still without words stays where the turn began
// as its heading ("Kari's turn": a fresh tester, 2026-12-05, saw lines of the turn jump above it
// when it moved down).
import { describe, expect, it } from 'vitest';
import { dict } from '../../client/i18n.js';
import { useDomGlobals } from '../helpers/dom-globals.js';

useDomGlobals(['window', 'document', 'HTMLElement', 'Node', 'Text', 'navigator', 'sessionStorage', 'localStorage']);

const order = (el: HTMLElement): string[] =>
  [...el.querySelectorAll('li')].map((li) => (li.dataset.testid === 'transcript-share' ? `share[${[...li.querySelectorAll('.share-chunk')].map((c) => c.textContent).join('|')}]` : (li.textContent ?? '')));

/**
 * An empty transcript in `lang`, and `add(event)` putting a meeting event's line on it as the page
 * words it (describe.ts), read by the chair (`me`) unless `chairId` says who chairs.
 */
async function transcriptIn(lang: 'nb' | 'en', chairId: string | null = 'me') {
  const { Transcript } = await import('../../client/meeting/transcript.js');
  const { describe: describeEvent } = await import('../../client/meeting/describe.js');
  const t = dict(lang);
  const tr = new Transcript('Transcript', 'Nothing yet');
  const ctx = { t, lang, you: 'me', chairId, formatId: 'aa-open', at: 10_000, nameOf: () => null };
  const add = (e: Parameters<typeof describeEvent>[0]) => tr.add(describeEvent(e, ctx)!);
  return { t, tr, add };
}

describe('the transcript keeps reading order', () => {
  it('a chunk after other entries goes on in a new block at the bottom; chunks in a row stay in one block', async () => {
    const { Transcript } = await import('../../client/meeting/transcript.js');
    const tr = new Transcript('Transcript', 'Nothing yet');
    const chunk = (text: string, seq: number) => tr.add({ kind: 'shareChunk', speakerId: 'b', name: 'Lys Morgen', header: 'Lys Morgen shares', text, you: false, seq });
    tr.add({ kind: 'shareStart', speakerId: 'b', header: 'Lys Morgen shares', you: false, mark: 'Lys Morgen’s turn' });
    tr.add({ kind: 'system', text: 'Kari came in.' });
    chunk('Part one.', 1);
    chunk('Part two.', 2);
    tr.add({ kind: 'system', text: 'Lys Morgen lost the connection.' });
    tr.add({ kind: 'system', text: 'Lys Morgen is back.' });
    chunk('Part three.', 5);
    tr.add({ kind: 'shareEnd', speakerId: 'b', header: 'Lys Morgen shared', text: 'done', summary: 'Lys Morgen: done' });
    expect(order(tr.el)).toEqual(['Lys Morgen’s turn', 'Kari came in.', 'share[Part one.|Part two.]', 'Lys Morgen lost the connection.', 'Lys Morgen is back.', 'share[Part three.]']);
    // Only the last block is open; the earlier one no longer shows as live.
    expect([...tr.el.querySelectorAll('li.live')]).toHaveLength(0);
    expect(tr.el.querySelectorAll('li[data-testid="transcript-share"]')[1]?.querySelector('.share-end')?.textContent).toBe('done');
  });
});

// A fresh tester on a weak link (2026-12-02): each drop and return of the speaker added two lines
// for the whole room, pushing the share itself up and out of sight on a phone.
describe('a speaker who drops and comes back again and again', () => {
  it('is one line while nothing else comes between: the latest, with the drops counted (nb and en)', async () => {
    for (const lang of ['nb', 'en'] as const) {
      const { t, tr, add } = await transcriptIn(lang);
      const held = { type: 'turnHeld' as const, id: 'b', name: 'Lys Morgen', until: 30_000 };
      const back = { type: 'turnResumed' as const, id: 'b', name: 'Lys Morgen', deadline: 90_000 };
      tr.add({ kind: 'shareStart', speakerId: 'b', header: 'Lys Morgen', you: false });
      tr.add({ kind: 'shareChunk', speakerId: 'b', name: 'Lys Morgen', header: 'Lys Morgen', text: 'Part one.', you: false, seq: 1 });
      add(held);
      expect(order(tr.el).slice(1)).toEqual([t.tTurnHeld('Lys Morgen', 20)]);
      add(back);
      expect(order(tr.el).slice(1)).toEqual([t.tTurnBackAfter('Lys Morgen', 1)]);
      add(held);
      add(back);
      add(held);
      expect(order(tr.el).slice(1)).toEqual([t.tTurnHeldAgain('Lys Morgen', 3, 20)]);
      add(back);
      expect(order(tr.el).slice(1)).toEqual([t.tTurnBackAfter('Lys Morgen', 3)]);
      // Something else between: the next drop is a line of its own, still counted over the turn
      // (a fresh tester, 2026-12-05, read "again (2nd time)" after a third drop with words between).
      tr.add({ kind: 'shareChunk', speakerId: 'b', name: 'Lys Morgen', header: 'Lys Morgen', text: 'Part two.', you: false, seq: 9 });
      add(held);
      expect(order(tr.el).slice(1)).toEqual([t.tTurnBackAfter('Lys Morgen', 3), 'share[Part two.]', t.tTurnHeldAgain('Lys Morgen', 4, 20)]);
      // Someone else's drop is not folded into it.
      add({ type: 'turnResumed', id: 'c', name: 'Grå Måke', deadline: 90_000 });
      expect(order(tr.el).slice(-2)).toEqual([t.tTurnHeldAgain('Lys Morgen', 4, 20), t.tTurnResumed('Grå Måke')]);
      // The turn over, the next turn counts from one.
      tr.add({ kind: 'shareEnd', speakerId: 'b', header: 'Lys Morgen shared', text: 'done', summary: 'Lys Morgen: done' });
      tr.add({ kind: 'shareStart', speakerId: 'b', header: 'Lys Morgen', you: false });
      add(held);
      expect(order(tr.el).at(-1)).toBe(t.tTurnHeld('Lys Morgen', 20));
    }
    expect(dict('nb').tTurnBackAfter('Lys Morgen', 3)).toBe('Lys Morgen mistet forbindelsen 3 ganger, er tilbake og fortsetter, med tiden som var igjen da forbindelsen ble borte.');
  });

  // A fresh tester (2026-12-05): the chair paused, the speaker dropped once, the chair went on
  // (the hold runs again: a second `turnHeld`, `resumed`), the speaker came back: every page read
  // "lost the connection again (2 times now)", then "2 times, is back".
  it('a drop during a pause, its hold running again after it, is one drop (nb and en)', async () => {
    for (const lang of ['nb', 'en'] as const) {
      const { t, tr, add } = await transcriptIn(lang);
      tr.add({ kind: 'shareStart', speakerId: 'b', header: 'Lys Morgen', you: false });
      add({ type: 'turnHeld', id: 'b', name: 'Lys Morgen', until: 30_000, paused: true });
      expect(order(tr.el).slice(1)).toEqual([t.tTurnHeldPaused('Lys Morgen')]);
      add({ type: 'turnHeld', id: 'b', name: 'Lys Morgen', until: 30_000, resumed: true });
      // Said as the same drop going on (a fresh tester read two "lost the connection" lines).
      expect(order(tr.el).slice(1).at(-1)).toBe(t.tTurnHeldStill('Lys Morgen', 20));
      expect(order(tr.el).filter((line) => /lost the connection|mistet forbindelsen/.test(line))).toHaveLength(1);
      add({ type: 'turnResumed', id: 'b', name: 'Lys Morgen', deadline: 90_000 });
      expect(order(tr.el).at(-1)).toBe(t.tTurnBackAfter('Lys Morgen', 1));
      // A second real drop after it is the second.
      add({ type: 'turnHeld', id: 'b', name: 'Lys Morgen', until: 30_000 });
      expect(order(tr.el).at(-1)).toBe(t.tTurnHeldAgain('Lys Morgen', 2, 20));
    }
    expect(dict('en').tTurnHeldAgain('Lys Morgen', 2, 20)).toBe('Lys Morgen lost the connection again (2 times now). The turn is held for up to 20 seconds.');
    expect(dict('en').tTurnHeldStill('Lys Morgen', 20)).toBe('Lys Morgen still has no connection. The turn is held for up to 20 more seconds.');
  });
});

// A fresh tester (2026-12-05): "time ran out" stood in the share's block above "The chair gave
// more time", which came before it; and the heading "Kari deler … ferdig" read as still going on.
describe('a turn ends at the bottom of the transcript, in the past tense', () => {
  it('its outcome is a line below whatever came after its last words; its heading says it is over (nb and en)', async () => {
    for (const lang of ['nb', 'en'] as const) {
      const { t, tr, add } = await transcriptIn(lang);
      add({ type: 'turn', id: 'b', name: 'Lys Morgen', deadline: 200_000 } as never);
      add({ type: 'share', id: 'b', name: 'Lys Morgen', text: 'Part one.' } as never);
      add({ type: 'extended', id: 'b', deadline: 260_000 });
      add({ type: 'shareEnded', id: 'b', name: 'Lys Morgen', reason: 'timeout' } as never);
      expect(order(tr.el)).toEqual(['share[Part one.]', t.tExtended(t.tSomeone, t.minutes(1, 0), false), t.tTurnOutcome('Lys Morgen', t.tShareEnd_timeout)]);
      const block = tr.el.querySelector<HTMLElement>('li[data-testid="transcript-share"]')!;
      expect(block.querySelector('.share-end')?.textContent).toBe('');
      expect(block.querySelector('.share-header')?.textContent).toBe(t.tShareHeaderDone('Lys Morgen'));
      // With nothing after its words, the outcome stays in the block.
      add({ type: 'turn', id: 'c', name: 'Grå Måke', deadline: 300_000 } as never);
      add({ type: 'share', id: 'c', name: 'Grå Måke', text: 'Mine.' } as never);
      add({ type: 'shareEnded', id: 'c', name: 'Grå Måke', reason: 'finished' } as never);
      const last = tr.el.querySelectorAll<HTMLElement>('li[data-testid="transcript-share"]')[1]!;
      expect(last.querySelector('.share-end')?.textContent).toBe(t.tShareEnd_finished);
      expect(last.querySelector('.share-header')?.textContent).toBe(t.tShareHeaderDone('Grå Måke'));
      expect(tr.el.querySelector('ol')?.lastElementChild).toBe(last);
    }
    expect(dict('nb').tShareHeaderDone('Kari')).toBe('Kari delte');
  });

  it('every block of a turn broken by other lines is headed as over; a turn with no words ends at the bottom', async () => {
    const { t, tr, add } = await transcriptIn('en');
    add({ type: 'turn', id: 'b', name: 'Lys Morgen', deadline: 200_000 } as never);
    add({ type: 'share', id: 'b', name: 'Lys Morgen', text: 'Part one.' } as never);
    add({ type: 'extended', id: 'b', deadline: 260_000 });
    add({ type: 'share', id: 'b', name: 'Lys Morgen', text: 'Part two.' } as never);
    add({ type: 'shareEnded', id: 'b', name: 'Lys Morgen', reason: 'finished' } as never);
    const heads = [...tr.el.querySelectorAll('li[data-testid="transcript-share"] .share-header')].map((x) => x.textContent);
    expect(heads).toEqual([t.tShareHeaderDone('Lys Morgen'), t.tShareHeaderDone('Lys Morgen')]);
    // A turn that is still on keeps the present tense.
    add({ type: 'turn', id: 'me', name: 'Stille Sjø', deadline: 300_000 } as never);
    add({ type: 'share', id: 'me', name: 'Stille Sjø', text: 'Mine.' } as never);
    expect(tr.el.querySelector('ol')?.lastElementChild?.querySelector('.share-header')?.textContent).toBe(t.tShareHeaderYou);
    add({ type: 'shareEnded', id: 'me', name: 'Stille Sjø', reason: 'finished' } as never);
    expect(tr.el.querySelector('ol')?.lastElementChild?.querySelector('.share-header')?.textContent).toBe(t.tShareHeaderDoneYou);
    // Nothing said, and a line came between: the turn's heading stays where it began, the
    // outcome is the last line (a fresh tester read the line as the share's above).
    add({ type: 'turn', id: 'c', name: 'Grå Måke', deadline: 400_000 } as never);
    add({ type: 'extended', id: 'c', deadline: 460_000 });
    add({ type: 'shareEnded', id: 'c', name: 'Grå Måke', reason: 'passed' } as never);
    const lis = [...(tr.el.querySelector('ol')?.children ?? [])];
    expect(lis.slice(-3).map((li) => li.textContent)).toEqual([t.tTurnMark('Grå Måke'), t.tExtended(t.tSomeone, t.minutes(1, 0), false), t.tTurnOutcome('Grå Måke', t.tShareEnd_passed)]);
  });

  it('a line during a turn before its first words stays below the turn’s heading (nb)', async () => {
    const { t, tr, add } = await transcriptIn('nb');
    add({ type: 'turn', id: 'b', name: 'Varm Vind', deadline: 200_000 } as never);
    tr.add({ kind: 'system', text: t.tRoleShareYou });
    add({ type: 'share', id: 'b', name: 'Varm Vind', text: 'Hei.' } as never);
    expect(order(tr.el)).toEqual([t.tTurnMark('Varm Vind'), t.tRoleShareYou, 'share[Hei.]']);
    add({ type: 'shareEnded', id: 'b', name: 'Varm Vind', reason: 'finished' } as never);
    expect([...tr.el.querySelectorAll('.share-header')].map((x) => x.textContent)).toEqual([t.tTurnMark('Varm Vind'), t.tShareHeaderDone('Varm Vind')]);
    expect(dict('nb').tTurnMark('Varm Vind')).toBe('Turen til Varm Vind');
  });
});

describe('a held turn that moved on, with lines after its words', () => {
  it('is said once, by its own line at the bottom', async () => {
    const { t, tr, add } = await transcriptIn('en');
    add({ type: 'turn', id: 'b', name: 'Lys Morgen', deadline: 200_000 } as never);
    add({ type: 'share', id: 'b', name: 'Lys Morgen', text: 'Part one.' } as never);
    add({ type: 'turnHeld', id: 'b', name: 'Lys Morgen', until: 30_000 });
    add({ type: 'shareEnded', id: 'b', name: 'Lys Morgen', reason: 'gone' } as never);
    expect(order(tr.el)).toEqual(['share[Part one.]', t.tTurnHeld('Lys Morgen', 20), t.tTurnMovedOn('Lys Morgen')]);
    // Without a word shared, the turn's heading, the hold and the turn's own line.
    add({ type: 'turn', id: 'c', name: 'Grå Måke', deadline: 300_000 } as never);
    add({ type: 'turnHeld', id: 'c', name: 'Grå Måke', until: 30_000 });
    add({ type: 'shareEnded', id: 'c', name: 'Grå Måke', reason: 'gone' } as never);
    expect(order(tr.el).slice(3)).toEqual([t.tTurnMark('Grå Måke'), t.tTurnHeld('Grå Måke', 20), t.tTurnMovedOn('Grå Måke')]);
  });
});

// A fresh tester (2026-12-05): "Rolig Fugl mistet forbindelsen igjen (2. gang)" for the whole room,
// and "Du mistet forbindelsen igjen (2. gang)" on her own page, pointed at a frightened newcomer
// on a weak link. How often is the chair's to know.
describe('how often a speaker lost the connection', () => {
  it('is counted for the chair only: the others, and the speaker, read each drop as the plain line, no "again", no number (nb and en)', async () => {
    for (const lang of ['nb', 'en'] as const) {
      const held = { type: 'turnHeld' as const, id: 'b', name: 'Lys Morgen', until: 30_000 };
      const back = { type: 'turnResumed' as const, id: 'b', name: 'Lys Morgen', deadline: 90_000 };
      const member = await transcriptIn(lang, 'c');
      member.tr.add({ kind: 'shareStart', speakerId: 'b', header: 'Lys Morgen', you: false });
      member.tr.add({ kind: 'shareChunk', speakerId: 'b', name: 'Lys Morgen', header: 'Lys Morgen', text: 'Part one.', you: false, seq: 1 });
      for (const e of [held, back, held]) member.add(e);
      expect(order(member.tr.el).at(-1)).toBe(member.t.tTurnHeld('Lys Morgen', 20));
      member.add(back);
      expect(order(member.tr.el).at(-1)).toBe(member.t.tTurnBackAfter('Lys Morgen', 1));
      expect(order(member.tr.el).join(' ')).not.toMatch(/\d\. gang|\d times|forbindelsen igjen|connection again/);
      // The speaker's own page.
      const own = await transcriptIn(lang, 'c');
      const mine = { type: 'turnHeld' as const, id: 'me', name: 'Rolig Fugl', until: 30_000 };
      own.tr.add({ kind: 'shareStart', speakerId: 'me', header: 'You', you: true });
      for (const e of [mine, { ...back, id: 'me', name: 'Rolig Fugl' }, mine]) own.add(e);
      expect(order(own.tr.el).at(-1)).toBe(own.t.tTurnHeldYou(20));
      // The chair's page counts.
      const chair = await transcriptIn(lang, 'me');
      chair.tr.add({ kind: 'shareStart', speakerId: 'b', header: 'Lys Morgen', you: false });
      for (const e of [held, back, held]) chair.add(e);
      expect(order(chair.tr.el).at(-1)).toBe(chair.t.tTurnHeldAgain('Lys Morgen', 2, 20));
    }
  });
});
