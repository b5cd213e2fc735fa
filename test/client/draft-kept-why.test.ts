// Words kept from a turn that ended say why it ended, in the note beside them (client/meeting/
// draft.ts): a fresh tester (2026-12-05) typed on their turn, went offline, the chair skipped
// them; back, the note said only that the words were kept, the reason stood in the transcript
// above. A frightened first-timer should not have to piece it together.
import { describe, expect, it } from 'vitest';
import { buildView } from '../../shared/meeting/view.js';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';

useDomGlobals(['window', 'document', 'HTMLElement', 'Node', 'Text', 'navigator', 'sessionStorage', 'localStorage']);

describe('the note on words kept from a turn that ended', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`(${lang}) says first why the turn ended: skipped, the connection down, the time out, muted; then what becomes of the words`, async () => {
      const { app } = await import('../../client/app.js');
      app.setLang(lang);
      const { DraftBox } = await import('../../client/meeting/draft.js');
      const r = inRound({ others: ['b', 'c'] });
      r.ok({ type: 'pass', by: 'a' });
      r.ok({ type: 'skip', by: 'a' });
      const v = buildView(r.state, 'b', r.now);
      const cases = [
        ['skipped', lang === 'nb' ? 'Møtelederen gikk videre fra turen din.' : 'The chair moved on from your turn.'],
        ['gone', lang === 'nb' ? 'Forbindelsen var borte da turen din tok slutt.' : 'Your connection was down when your turn ended.'],
        ['timeoutEmpty', lang === 'nb' ? 'Tiden for turen din gikk ut.' : 'The time for your turn ran out.'],
        ['muted', lang === 'nb' ? 'Møtelederen dempet deg, og turen din tok slutt.' : 'The chair muted you, and your turn ended.'],
      ] as const;
      for (const [why, lead] of cases) {
        const box = new DraftBox();
        box.keep('Jeg har tenkt mye på min far denne uken', why);
        box.update(v);
        const note = box.el.querySelector('[data-testid="draft-kept"]')!.textContent ?? '';
        expect(note.startsWith(`${lead} `), note).toBe(true);
        expect(note).toContain(lang === 'nb' ? 'tatt vare på' : 'kept here');
      }
      // Without a reason (words moved from the other tab): the note as before.
      const box = new DraftBox();
      box.keep('Ord fra den andre fanen');
      box.update(v);
      expect(box.el.querySelector('[data-testid="draft-kept"]')!.textContent).toBe(app.t.draftKeptNoTurn);
    });
  }
});
