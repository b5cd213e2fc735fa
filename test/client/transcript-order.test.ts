// The transcript reads top to bottom. A fresh tester (2026-12-02) saw the last part of a share
// broken by connection drops added to the share's block above the drop-and-return lines that came
// before it. A chunk now goes on at the bottom: in the open block when that is the last entry,
// else in a new block (the old one ends); a block still without words moves down instead.
import { describe, expect, it } from 'vitest';
import { useDomGlobals } from '../helpers/dom-globals.js';

useDomGlobals(['window', 'document', 'HTMLElement', 'Node', 'Text', 'navigator', 'sessionStorage', 'localStorage']);

const order = (el: HTMLElement): string[] =>
  [...el.querySelectorAll('li')].map((li) => (li.dataset.testid === 'transcript-share' ? `share[${[...li.querySelectorAll('.share-chunk')].map((c) => c.textContent).join('|')}]` : (li.textContent ?? '')));

describe('the transcript keeps reading order', () => {
  it('a chunk after other entries goes on in a new block at the bottom; chunks in a row stay in one block', async () => {
    const { Transcript } = await import('../../client/meeting/transcript.js');
    const tr = new Transcript('Transcript', 'Nothing yet');
    const chunk = (text: string, seq: number) => tr.add({ kind: 'shareChunk', speakerId: 'b', header: 'Lys Morgen shares', text, you: false, seq });
    tr.add({ kind: 'shareStart', speakerId: 'b', header: 'Lys Morgen shares', you: false });
    tr.add({ kind: 'system', text: 'Kari came in.' });
    chunk('Part one.', 1);
    chunk('Part two.', 2);
    tr.add({ kind: 'system', text: 'Lys Morgen lost the connection.' });
    tr.add({ kind: 'system', text: 'Lys Morgen is back.' });
    chunk('Part three.', 5);
    tr.add({ kind: 'shareEnd', speakerId: 'b', text: 'done', summary: 'Lys Morgen: done' });
    expect(order(tr.el)).toEqual(['Kari came in.', 'share[Part one.|Part two.]', 'Lys Morgen lost the connection.', 'Lys Morgen is back.', 'share[Part three.]']);
    // Only the last block is open; the earlier one no longer shows as live.
    expect([...tr.el.querySelectorAll('li.live')]).toHaveLength(0);
    expect(tr.el.querySelectorAll('li[data-testid="transcript-share"]')[1]?.querySelector('.share-end')?.textContent).toBe('done');
  });
});
