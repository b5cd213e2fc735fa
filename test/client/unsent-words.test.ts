// Words left in the box when a turn ended because the connection was gone (client/meeting/
// time-box.ts): a fresh tester (2026-12-05) was offline, typing in the box while waiting, when
// the turn came and was passed over; back, the page said "Your connection dropped before this was
// sent", as if a send had been tried and lost. The note says what happened (the connection was
// down when the turn ended), that the words are kept, and when they can go, in both languages.
import { describe, expect, it } from 'vitest';
import { useDomGlobals } from '../helpers/dom-globals.js';

useDomGlobals(['window', 'document', 'HTMLElement', 'Node', 'Text', 'navigator', 'sessionStorage', 'localStorage']);

describe('the note on words not shared when the connection was gone', () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`(${lang}) says the connection was down when the turn ended, not that a send failed; the words are kept`, async () => {
      const { app } = await import('../../client/app.js');
      app.setLang(lang);
      const { TimeBox } = await import('../../client/meeting/time-box.js');
      const box = new TimeBox(() => 'Jeg har tenkt mye på det denne uken.');
      const note = () => box.el.querySelector('[data-testid="composer-unsent"]')!.textContent ?? '';
      for (const [turnAgain, byChair] of [[false, false], [true, false], [false, true]] as const) {
        expect(box.ended('gone', turnAgain, byChair)).toBe(true);
        expect(note()).toMatch(lang === 'nb' ? /^Forbindelsen var borte da turen din tok slutt/ : /^Your connection was down when your turn ended/);
        expect(note()).not.toMatch(/før dette ble sendt|before this was sent/);
        expect(note()).toMatch(lang === 'nb' ? /tatt vare på|Nå er det din tur/ : /kept here|your turn now/);
      }
    });
  }
});

// A fresh tester (2026-12-05): "these words have not been shared yet … send them when you are
// ready" stayed for her whole late turn while she wrote on, pushing the box down on her phone.
describe('the note on unshared words, once the person writes on', () => {
  it('goes at their first keystroke; the page\'s own changes to the box leave it', async () => {
    const { TimeBox } = await import('../../client/meeting/time-box.js');
    let draft = 'Det jeg ville si var';
    const box = new TimeBox(() => draft);
    const unsent = () => box.el.querySelector<HTMLElement>('[data-testid="composer-unsent"]')!;
    expect(box.ended('gone', true)).toBe(true);
    expect(unsent().hidden).toBe(false);
    draft = 'Det jeg ville si var i dag';
    box.draftChanged(false);
    expect(unsent().hidden).toBe(false);
    box.draftChanged(true);
    expect(unsent().hidden).toBe(true);
    // Emptied by the page (the words sent), it goes too, as before.
    expect(box.ended('timeout')).toBe(true);
    draft = '';
    box.draftChanged(false);
    expect(unsent().hidden).toBe(true);
  });
});

// A fresh tester (2026-12-05): the time warning's figure, said to a screen reader when it came,
// was still there to read back 8 s later ("about 25 seconds" at 0:17). It goes once said.
describe("the time warning's figure", () => {
  it('is in the alert when it comes, and gone from it once said', async () => {
    const { vi } = await import('vitest');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    try {
      const { app } = await import('../../client/app.js');
      app.setLang('en');
      const { TimeBox } = await import('../../client/meeting/time-box.js');
      const { inRound } = await import('../core/helpers.js');
      const { buildView } = await import('../../shared/meeting/view.js');
      const r = inRound({ others: ['b'] });
      r.tickAt(r.state.speaker!.deadline - 5_000);
      const v = buildView(r.state, 'a', r.now);
      expect(v.speaker?.warned).toBe(true);
      const box = new TimeBox(() => '');
      box.update(v);
      const warning = box.el.querySelector('[data-testid="time-warning"]')!;
      expect(warning.textContent).toMatch(/about 5 seconds left\./);
      vi.advanceTimersByTime(8_000);
      expect(warning.textContent).not.toMatch(/seconds left/);
      expect(warning.textContent).toMatch(/^Time is nearly up\./);
      box.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
