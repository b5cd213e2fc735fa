// The share box and the draft box (client/meeting/composer.ts, draft.ts) with the real code in a
// DOM, views from the real core: what a fresh tester on a weak link saw go wrong.
import { describe, expect, it } from 'vitest';
import { dict } from '../../client/i18n.js';
import { buildView, type MeetingView } from '../../shared/meeting/view.js';
import type { Ack } from '../../shared/protocol.js';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';

useDomGlobals(['window', 'document', 'HTMLElement', 'Node', 'Text', 'Event', 'sessionStorage', 'localStorage', 'navigator', 'matchMedia'], (w) => {
  w.matchMedia = () => ({ matches: false });
});

const flush = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

async function composerWith(share: (text: string, confirm: boolean) => Promise<Ack>, finishes: string[] = []) {
  const { Composer } = await import('../../client/meeting/composer.js');
  const errors: string[] = [];
  let otherNoteCleared = 0;
  const c = new Composer({
    share,
    releaseHeld: async () => ({ ok: true }),
    finish: async () => {
      finishes.push('finish');
      return { ok: true };
    },
    pass: async () => ({ ok: true }),
    error: (code) => void errors.push(code),
    notSent: () => void otherNoteCleared++,
  });
  document.body.replaceChildren(c.el);
  const q = (id: string) => c.el.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
  return { c, errors, cleared: () => otherNoteCleared, pass: () => q('pass') as HTMLButtonElement, send: () => q('composer-send') as HTMLButtonElement, slow: () => q('composer-slow') };
}

/** A share the guard asks a look at until it is sent with `confirm`; each call noted in `calls`. */
const guardAsks =
  (calls: string[]) =>
  async (text: string, confirm: boolean): Promise<Ack> => {
    calls.push(`share${confirm ? ' confirmed' : ''}`);
    return confirm ? { ok: true } : { ok: false, code: 'GUARD_HINT', message: 'look', findings: [{ kind: 'advice', match: text }] };
  };

describe('Pass after a part was sent, through a connection drop', () => {
  it('stays hidden through the same turn (the offline guess that it moved on, and back to it), and nothing can be pressed once the turn is not yours', async () => {
    const { heldTurnWords } = await import('../../client/meeting/connection-words.js');
    const { offlineView } = await import('../../client/meeting/connection-words.js');
    const t = dict('en');
    const r = inRound({ others: ['b', 'c'] });
    const me = r.speaker!;
    const v = buildView(r.state, me, r.now);
    const { c, pass, send } = await composerWith(async () => ({ ok: true }));
    c.update(v, true);
    expect(pass().hidden).toBe(false);
    c.input.value = 'A first part';
    send().click();
    await flush();
    expect(pass().hidden).toBe(true);
    // Offline past the speaker's grace: the page guesses the turn has moved on (no speaker in the
    // view), and keeps the box open for what is written. The part was sent in this turn.
    const since = Date.now() - v.speakerGraceMs - 1000;
    const guessed = offlineView(v, since, Date.now());
    expect(guessed.speaker).toBe(null);
    const words = heldTurnWords(v, t, false, since, Date.now(), () => '');
    expect(words).not.toBe(null);
    c.update(guessed, false, words);
    expect(pass().hidden).toBe(true);
    expect(pass().disabled).toBe(true);
    // Back: the server had held the same turn. Pass stays hidden; Send is back.
    c.update(v, true);
    expect(pass().hidden).toBe(true);
    expect(send().disabled).toBe(false);
    // The same turn's `turn` event, replayed after the resume's view, does not make it new.
    c.resetTurn(v.speaker!.turn!);
    expect(pass().hidden).toBe(true);
    // The turn moves on: nothing of it can be pressed any more.
    r.ok({ type: 'finishShare', by: me });
    const after = buildView(r.state, me, r.now);
    expect(after.speaker?.id).not.toBe(me);
    c.update(after, true);
    expect(pass().disabled).toBe(true);
    expect(send().disabled).toBe(true);
    expect(c.input.disabled).toBe(true);
  });
});

describe('one notice on words a stalled send did not get through', () => {
  it('"Not sent … press Send again" shows only while Send can come back, and gives way to the note on what became of the words', async () => {
    const r = inRound({ others: ['b', 'c'] });
    const me = r.speaker!;
    const v = buildView(r.state, me, r.now);
    let answer: (a: Ack) => void = () => undefined;
    const { c, slow, cleared } = await composerWith(() => new Promise<Ack>((res) => (answer = res)));
    c.update(v, true);
    c.input.value = 'Sent into a stall';
    c.el.querySelector<HTMLButtonElement>('[data-testid="composer-send"]')!.click();
    // The turn goes while the send is on its way; every retry runs out afterwards.
    r.ok({ type: 'finishShare', by: me });
    c.update(buildView(r.state, me, r.now), true);
    answer({ ok: false, code: 'BUSY', message: 'timeout' });
    await flush();
    expect(slow().hidden).toBe(true);
    expect(c.input.value).toBe('Sent into a stall');
    // On your own turn it says so, and the page's other note on the words goes (deps.notSent).
    const r2 = inRound({ others: ['b', 'c'] });
    const v2 = buildView(r2.state, r2.speaker!, r2.now);
    const second = await composerWith(async () => ({ ok: false, code: 'BUSY', message: 'timeout' }));
    second.c.update(v2, true);
    second.c.input.value = 'Sent into a stall';
    second.send().click();
    await flush();
    expect(second.slow().hidden).toBe(false);
    // Sent and unanswered: it may have arrived, so it is not said to be lost (a fresh tester heard
    // "Not sent" of words the room had).
    expect(second.slow().textContent).toBe(dict('en').composerNotConfirmed);
    expect(second.cleared()).toBe(1);
    expect(cleared()).toBe(0);
    // The note saying the connection dropped before it was sent (TimeBox) says what holds: this goes.
    second.c.clearNotSent();
    expect(second.slow().hidden).toBe(true);
  });
});

// A fresh tester (2026-12-06) on a phone: her part's own share event came, the answer to it did not
// (the link had gone), and the line by the buttons said "Sending once the connection is back …
// your text stays in the box" over words she typed after it; another send into a stall was said
// "Not sent" when the room had it.
describe('what the line by the buttons says of a send whose answer is lost', () => {
  it('"Not sent" only when it was never sent; a part the room has is not "still sending"', async () => {
    const { SLOW_ANSWER_MS } = await import('../../client/meeting/connection-words.js');
    const t = dict('en');
    const r = inRound({ others: ['b', 'c'] });
    const v = buildView(r.state, r.speaker!, r.now);
    const never = await composerWith(async () => ({ ok: false, code: 'BUSY', message: 'offline' }));
    never.c.update(v, true);
    never.c.input.value = 'Never left the phone';
    never.send().click();
    await flush();
    expect(never.slow().textContent).toBe(t.composerNotSent);

    let answer: (a: Ack) => void = () => undefined;
    const { c, slow, send } = await composerWith(() => new Promise<Ack>((res) => (answer = res)));
    c.update(v, true);
    c.input.value = 'First part.';
    send().click();
    await new Promise((res) => setTimeout(res, SLOW_ANSWER_MS + 50));
    c.update(v, false);
    expect(slow().hidden).toBe(false);
    expect(slow().textContent).toBe(t.composerSlowOffline);
    // Its own share event is here (it came before the link went); she types on.
    expect(c.sharedSeen('First part.')).toBe('');
    c.input.value = ' Second part.';
    expect(slow().hidden).toBe(true);
    c.update(v, true);
    expect(slow().hidden).toBe(true);
    // Every retry runs out: the room has it, nothing is said of it.
    answer({ ok: false, code: 'BUSY', message: 'timeout' });
    await flush();
    expect(slow().hidden).toBe(true);
    expect(c.input.value).toBe(' Second part.');
  });
});

describe('words moved between the boxes while someone types', () => {
  it('the draft box: kept words put in front keep the typist\'s caret (and selection) on the same characters', async () => {
    const { DraftBox } = await import('../../client/meeting/draft.js');
    const d = new DraftBox();
    document.body.replaceChildren(d.el);
    d.el.hidden = false;
    d.input.value = 'I was typing here';
    d.input.focus();
    d.input.setSelectionRange(6, 12);
    const end = d.keep('Earlier words  ');
    expect(d.input.value).toBe('Earlier words\nI was typing here');
    expect(document.activeElement).toBe(d.input);
    expect([d.input.selectionStart, d.input.selectionEnd]).toEqual([6 + 14, 12 + 14]);
    expect(end).toBe('Earlier words'.length);
  });

  it('the share box: a draft put after what is written keeps the caret of someone typing in it; the draft\'s caret moves with its words', async () => {
    const r = inRound({ others: ['b', 'c'] });
    const v: MeetingView = buildView(r.state, r.speaker!, r.now);
    const { c } = await composerWith(async () => ({ ok: true }));
    c.update(v, true);
    c.input.value = 'Written here ';
    c.input.focus();
    c.input.setSelectionRange(3, 3);
    const at = c.appendDraft('from the draft');
    expect(c.input.value).toBe('Written here\nfrom the draft');
    expect(at).toBe('Written here\n'.length);
    expect(c.input.selectionStart).toBe(3);
    const { movedCaret } = await import('../../client/meeting/caret.js');
    c.focusAt(movedCaret({ start: 5, end: 5, dir: 'none' }, at, at + 'from the draft'.length));
    expect(c.input.selectionStart).toBe(at + 5);
  });
});

describe('the draft box says what it is for', () => {
  it('has a short placeholder in both languages', async () => {
    const { DraftBox } = await import('../../client/meeting/draft.js');
    const { app } = await import('../../client/app.js');
    const seen: string[] = [];
    for (const lang of ['nb', 'en'] as const) {
      app.setLang(lang);
      const placeholder = new DraftBox().input.placeholder;
      expect(placeholder.trim().length, lang).toBeGreaterThan(0);
      expect(placeholder.length, lang).toBeLessThanOrEqual(100);
      expect(placeholder).toBe(dict(lang).draftPlaceholder);
      // The line under the share box already says the draft moves there when the turn comes; the
      // placeholder said it a third time (a fresh tester, 2026-12-05).
      expect(placeholder).not.toMatch(/flyttes|moves/);
      seen.push(placeholder);
    }
    expect(seen[0]).not.toBe(seen[1]);
  });
});

describe('the draft box with words in it', () => {
  it('stays in view for someone further back in line, not only the next one (a fresh tester, 2026-12-03: back from a drop, number 2 in line, the words out of sight)', async () => {
    const { DraftBox } = await import('../../client/meeting/draft.js');
    const r = inRound({ others: ['b', 'c', 'd'] });
    const box = new DraftBox();
    document.body.replaceChildren(box.el);
    const v = buildView(r.state, 'c', r.now);
    expect(v.upNext.indexOf('c')).toBeGreaterThan(0);
    box.update(v);
    expect(box.el.hidden).toBe(true);
    box.text = 'My husband drank again and I do not know';
    box.update(v);
    expect(box.el.hidden).toBe(false);
    // Its standing note promises no turn, true also when none comes (a second fresh tester read
    // "Nothing is sent until it is your turn" after their turn was over).
    for (const lang of ['nb', 'en'] as const) expect(dict(lang).draftHint).not.toMatch(/your turn|din tur/);
  });
});

describe('the draft box in the closing', () => {
  it('says kept words are not sent, and promises no turn (a second fresh tester, 2026-12-03; nb and en)', async () => {
    const { DraftBox } = await import('../../client/meeting/draft.js');
    const { app } = await import('../../client/app.js');
    for (const lang of ['nb', 'en'] as const) {
      app.setLang(lang);
      const r = inRound({ others: ['b', 'c'] });
      const box = new DraftBox();
      document.body.replaceChildren(box.el);
      box.keep('Jeg vil bare si hei.');
      box.update(buildView(r.state, 'c', r.now));
      const note = () => box.el.querySelector('[data-testid="draft-kept"]')!.textContent;
      // Still in line (not next): the turn comes, and the words move to the text box then (a
      // third fresh tester, 2026-12-03: "if you get another turn" under "You are number 3 in line").
      expect(buildView(r.state, 'c', r.now).upNext.indexOf('c')).toBeGreaterThan(0);
      expect(note()).toBe(dict(lang).draftKept);
      // After their turn, none comes in this round: how to get one.
      for (let i = 0; i < 5 && r.state.speaker?.id !== 'c'; i++) r.ok({ type: 'finishShare', by: r.state.speaker!.id });
      r.ok({ type: 'pass', by: 'c' });
      box.update(buildView(r.state, 'c', r.now));
      expect(buildView(r.state, 'c', r.now).upNext).not.toContain('c');
      expect(note()).toBe(dict(lang).draftKeptNoTurn);
      while (r.state.phase !== 'closing') r.ok({ type: 'advance', by: 'a' });
      box.update(buildView(r.state, 'c', r.now));
      expect(box.el.hidden).toBe(false);
      expect(note()).toBe(dict(lang).draftKeptOver);
    }
  });
});

describe('the guard asks for a look after a press of Done', () => {
  it('says the share is not sent yet, and "Send as it is, and finish" sends it and ends the turn; after Send it only sends', async () => {
    const t = dict('en');
    const r = inRound({ others: ['b', 'c'] });
    const v = buildView(r.state, r.speaker!, r.now);
    const calls: string[] = [];
    const share = guardAsks(calls);
    const { c } = await composerWith(share, calls);
    c.update(v, true);
    const q = (id: string) => c.el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    c.input.value = 'You should call your sponsor.';
    q('finish-share')!.click();
    await flush();
    await flush();
    expect(calls).toEqual(['share']);
    // What "Send as it is" shows, and to whom (a fresh tester, 2026-12-05: an anxious member read
    // it as the ordinary send). Advice: no "words quoted above" (they are no one's details).
    expect(q('guard-not-sent')?.textContent).toBe(t.guardNotSentYetWords);
    expect(q('guard-not-sent')?.textContent).toMatch(/everyone in the meeting will read it as you wrote it/u);
    expect(q('guard-send-anyway')?.textContent).toBe(t.guardSendAnywayFinish);
    q('guard-send-anyway')!.click();
    await flush();
    await flush();
    expect(calls).toEqual(['share', 'share confirmed', 'finish']);

    // A look asked for after Send: sending it as it is only sends (the turn goes on).
    calls.length = 0;
    c.input.value = 'You should call your sponsor.';
    q('composer-send')!.click();
    await flush();
    await flush();
    expect(q('guard-send-anyway')?.textContent).toBe(t.guardSendAnyway);
    q('guard-send-anyway')!.click();
    await flush();
    await flush();
    expect(calls).toEqual(['share', 'share confirmed']);
  });
});

describe('the line under a look asked for says what is true of its hints', () => {
  // A fresh tester (2026-12-06) read "everyone in the meeting will see the words quoted above too"
  // under a welcome stopped as crosstalk: the quoted words are someone's details only in a contact
  // or personal-details hint. Under advice or crosstalk alone the line says what sending does.
  it.each(['en', 'nb'] as const)('%s: details name the quoted words; advice and crosstalk do not', async (lang) => {
    const { app } = await import('../../client/app.js');
    const before = app.lang;
    app.setLang(lang);
    try {
      const t = dict(lang);
      const r = inRound({ others: ['b', 'c'] });
      const v = buildView(r.state, r.speaker!, r.now);
      for (const [findings, line] of [
        [[{ kind: 'crosstalk', match: 'You are in the right place' }], t.guardNotSentYetWords],
        [[{ kind: 'advice', match: 'You should' }], t.guardNotSentYetWords],
        [[{ kind: 'advice', match: 'You should' }, { kind: 'crosstalk', match: 'Kari' }], t.guardNotSentYetWords],
        [[{ kind: 'pii', match: 'sunnyblessed' }], t.guardNotSentYet],
        [[{ kind: 'crosstalk', match: 'Kari' }, { kind: 'pii', match: 'sunnyblessed' }], t.guardNotSentYet],
      ] as const) {
        const share = async (_text: string, confirm: boolean): Promise<Ack> =>
          confirm ? { ok: true } : { ok: false, code: 'GUARD_HINT', message: 'look', findings: [...findings] };
        const { c } = await composerWith(share);
        c.update(v, true);
        c.input.value = 'Welcome, newcomer. You are in the right place. My snap is sunnyblessed.';
        c.el.querySelector<HTMLButtonElement>('[data-testid="composer-send"]')!.click();
        await flush();
        await flush();
        const shown = c.el.querySelector('[data-testid="guard-not-sent"]')?.textContent;
        expect(shown, JSON.stringify(findings)).toBe(line);
        if (line === t.guardNotSentYetWords) expect(shown).not.toMatch(/quoted above|sitert over/u);
      }
    } finally {
      app.setLang(before);
    }
  });
});

// A fresh tester (2026-12-03): offline, the banner said the connection was lost while the line by
// the buttons said "still sending … the connection is slow".
describe('the still-sending line', () => {
  it('says the text goes once the connection is back while offline, and the slow link once online again', async () => {
    const { SLOW_ANSWER_MS } = await import('../../client/meeting/connection-words.js');
    const t = dict('en');
    const r = inRound({ others: ['b', 'c'] });
    const v = buildView(r.state, r.speaker!, r.now);
    let answer: (a: Ack) => void = () => undefined;
    const { c, slow, send } = await composerWith(() => new Promise<Ack>((res) => (answer = res)));
    c.update(v, true);
    c.input.value = 'Sent into a stall';
    send().click();
    await new Promise((res) => setTimeout(res, SLOW_ANSWER_MS + 50));
    expect(slow().textContent).toBe(t.composerSlow);
    c.update(v, false);
    expect(slow().textContent).toBe(t.composerSlowOffline);
    c.update(v, true);
    expect(slow().textContent).toBe(t.composerSlow);
    answer({ ok: true });
    await flush();
    expect(slow().hidden).toBe(true);
  });
});

// A second fresh tester (2026-12-03): in the closing (the contributions pause) the line under the
// share box still said "You can write when it is your turn", with no turn to come.
describe('the line under the share box in the closing', () => {
  it('says the sharing is over, not that a turn will come (en and nb)', async () => {
    const r = inRound({ others: ['b', 'c'] });
    while (r.state.phase !== 'closing') r.ok({ type: 'advance', by: 'a' });
    const { c } = await composerWith(async () => ({ ok: true }));
    for (const lang of ['en', 'nb'] as const) {
      const { app } = await import('../../client/app.js');
      app.setLang(lang);
      c.update(buildView(r.state, 'b', r.now), true);
      const reason = c.el.querySelector('[data-testid="composer-reason"]')!.textContent;
      expect(reason).toBe(dict(lang).composerDisabledClosing);
      expect(reason).not.toBe(dict(lang).composerDisabledNobody);
    }
  });
});

// A fresh tester (2026-12-05): after pressing Done, the line under the greyed box said "You can
// write when it is your turn", read as another turn to come in the round.
describe('the line under the share box once your turn in the round is over', () => {
  it('says you have had your turn, not that one will come (en and nb); before it, that it will', async () => {
    const r = inRound({ others: ['b', 'c', 'd'] });
    r.ok({ type: 'finishShare', by: 'a' });
    const first = r.speaker!;
    const waiting = buildView(r.state, first, r.now).upNext.at(-1)!;
    r.shareDone(first);
    const { c } = await composerWith(async () => ({ ok: true }));
    const { app } = await import('../../client/app.js');
    for (const lang of ['en', 'nb'] as const) {
      app.setLang(lang);
      const speaker = r.state.participants.find((p) => p.id === r.speaker)!.name;
      c.update(buildView(r.state, first, r.now), true);
      expect(c.el.querySelector('[data-testid="composer-reason"]')!.textContent).toBe(dict(lang).composerRoundDoneWaiting(speaker));
      c.update(buildView(r.state, waiting, r.now), true);
      expect(c.el.querySelector('[data-testid="composer-reason"]')!.textContent).toBe(dict(lang).composerDisabledWaiting(speaker));
    }
  });
});

// A fresh tester (2026-12-03): after sending a part, the line under the box still said "…, or
// Pass" while the Pass button was gone. The how-to names Pass only while Pass is offered.
describe('the how-to under the share box on your own turn', () => {
  it('names Pass until a part is sent, then only Done (en and nb); a new turn names it again', async () => {
    const { app } = await import('../../client/app.js');
    for (const lang of ['en', 'nb'] as const) {
      app.setLang(lang);
      const t = dict(lang);
      const r = inRound({ others: ['b', 'c'] });
      const me = r.speaker!;
      const v = buildView(r.state, me, r.now);
      const { c, pass, send } = await composerWith(async () => ({ ok: true }));
      const reason = () => c.el.querySelector('[data-testid="composer-reason"]')!.textContent;
      c.update(v, true);
      expect([t.turnYouHint, t.turnYouHintTouch]).toContain(reason());
      c.input.value = 'A first part';
      send().click();
      await flush();
      expect(pass().hidden).toBe(true);
      expect([t.turnYouHintSent, t.turnYouHintSentTouch]).toContain(reason());
      expect(reason()).not.toContain(lang === 'en' ? 'Pass' : 'Stå over');
      // A view of the same turn keeps it so.
      c.update(v, true);
      expect([t.turnYouHintSent, t.turnYouHintSentTouch]).toContain(reason());
      // A new turn of yours: Pass is back, and the line names it.
      c.resetTurn();
      expect(pass().hidden).toBe(false);
      expect([t.turnYouHint, t.turnYouHintTouch]).toContain(reason());
    }
  });
});

describe('a share held by the guard when the turn ends', () => {
  // A fresh tester (2026-12-03), guard on hold: "Done" with a share held ended the turn, the held
  // words vanished, and nothing said they had not been shared. They go to the draft box now.
  it('comes back as words not shared, for the draft box; offline it waits to be known', async () => {
    const r = inRound({ others: ['b', 'c'] });
    r.state.guardMode = 'hold';
    const me = r.speaker!;
    const held = 'You should call your sponsor tonight.';
    r.ok({ type: 'share', by: me, text: held });
    const { c } = await composerWith(async () => ({ ok: true }));
    const v1 = buildView(r.state, me, r.now);
    expect(v1.guard.held?.text).toBe(held);
    c.update(v1, true);
    r.ok({ type: 'finishShare', by: me });
    const v2 = buildView(r.state, me, r.now);
    expect(v2.speaker?.id).not.toBe(me);
    // Offline: the page does not know yet; nothing moves.
    c.update(v2, false);
    expect(c.takeKept()).toBeNull();
    c.update(v2, true);
    expect(c.takeKept()).toBe(held);
  });
});

describe('the how-to under the share box with a share held', () => {
  // A fresh tester (2026-12-03): with a share held the line said "send more", as if it had gone out.
  it('says the share is held and unseen, in en and nb; after "Send as it is" it says "send more"', async () => {
    const { app } = await import('../../client/app.js');
    for (const lang of ['en', 'nb'] as const) {
      app.setLang(lang);
      const t = dict(lang);
      const r = inRound({ others: ['b', 'c'] });
      r.state.guardMode = 'hold';
      const me = r.speaker!;
      const { c, send } = await composerWith(async () => ({ ok: true }));
      const reason = () => c.el.querySelector('[data-testid="composer-reason"]')!.textContent;
      c.update(buildView(r.state, me, r.now), true);
      c.input.value = 'You should call your sponsor tonight.';
      send().click();
      await flush();
      r.ok({ type: 'share', by: me, text: 'You should call your sponsor tonight.' });
      c.update(buildView(r.state, me, r.now), true);
      expect(reason()).toBe(t.turnYouHintHeld);
      r.ok({ type: 'releaseHeld', by: me });
      c.update(buildView(r.state, me, r.now), true);
      expect([t.turnYouHintSent, t.turnYouHintSentTouch]).toContain(reason());
    }
  });
});

describe('a share held by the guard, while the speaker writes on', () => {
  // Tester B (2026-12-03), hold mode: the held box did not say what the share was held for, and new
  // text written meanwhile got no hint at all (the server then held it without a word).
  it('the held share says what it was held for, and new text is looked at below it', async () => {
    const { Composer } = await import('../../client/meeting/composer.js');
    const { analyzeShare } = await import('../../shared/guard/index.js');
    const r = inRound({ others: ['b', 'c'] });
    r.state.guardMode = 'hold';
    const me = r.speaker!;
    r.ok({ type: 'share', by: me, text: 'You should call your sponsor tonight.' });
    const c = new Composer({
      share: async () => ({ ok: true }),
      releaseHeld: async () => ({ ok: true }),
      finish: async () => ({ ok: true }),
      pass: async () => ({ ok: true }),
      error: () => undefined,
      notSent: () => undefined,
      analyze: (text, otherNames, lang, ownName) => analyzeShare(text, { otherNames, lang, ...(ownName ? { ownName } : {}) }),
    });
    document.body.replaceChildren(c.el);
    c.update(buildView(r.state, me, r.now), true);
    c.input.value = 'Ring meg på 912 34 567.';
    c.input.dispatchEvent(new Event('input'));
    await new Promise((res) => setTimeout(res, 400));
    const q = (id: string) => c.el.querySelectorAll(`[data-testid="${id}"]`).length;
    expect(q('guard-held')).toBe(1);
    expect(q('guard-held-hint-advice')).toBe(1);
    expect(q('guard-release')).toBe(1);
    expect(q('guard-hint-pii')).toBe(1);
    // Tester A (2026-12-03): "Rephrase it" puts the held words back in the box, after what is there.
    c.el.querySelector<HTMLButtonElement>('[data-testid="guard-held-edit"]')!.click();
    expect(c.input.value).toBe('Ring meg på 912 34 567.\nYou should call your sponsor tonight.');
  });
});

describe('Done with a share held by the guard', () => {
  // Tester C (2026-12-03) pressed Done with a share held: the turn ended at once and the circle
  // said "has shared". Done asks first now; only the yes finishes.
  it('asks first, and finishes only on the yes', async () => {
    const r = inRound({ others: ['b', 'c'] });
    r.state.guardMode = 'hold';
    const me = r.speaker!;
    r.ok({ type: 'share', by: me, text: 'You should call your sponsor tonight.' });
    const finishes: string[] = [];
    const { c } = await composerWith(async () => ({ ok: true }), finishes);
    c.update(buildView(r.state, me, r.now), true);
    c.el.querySelector<HTMLButtonElement>('[data-testid="finish-share"]')!.click();
    await flush();
    expect(finishes).toEqual([]);
    const ask = c.el.querySelector<HTMLElement>('[data-testid="pass-confirm"]')!;
    expect(ask.hidden).toBe(false);
    const { app } = await import('../../client/app.js');
    expect(ask.textContent).toContain(app.t.composerFinishHeld);
    c.el.querySelector<HTMLButtonElement>('[data-testid="pass-confirm-yes"]')!.click();
    await flush();
    expect(finishes).toEqual(['finish']);
  });
});

describe('Done with nothing shared', () => {
  // Tester A (2026-12-03): Done with an empty box passed the turn without a word (the server ends
  // it as a pass). It asks first; after a part was sent, Done finishes at once.
  it('asks whether to pass, and finishes only on the yes; after a part, no question', async () => {
    const { app } = await import('../../client/app.js');
    app.setLang('en');
    const r = inRound({ others: ['b', 'c'] });
    const me = r.speaker!;
    const finishes: string[] = [];
    const { c, send } = await composerWith(async () => ({ ok: true }), finishes);
    c.update(buildView(r.state, me, r.now), true);
    const done = c.el.querySelector<HTMLButtonElement>('[data-testid="finish-share"]')!;
    done.click();
    await flush();
    expect(finishes).toEqual([]);
    const ask = c.el.querySelector<HTMLElement>('[data-testid="pass-confirm"]')!;
    expect(ask.hidden).toBe(false);
    expect(ask.textContent).toContain(app.t.composerFinishEmpty);
    c.el.querySelector<HTMLButtonElement>('[data-testid="pass-confirm-yes"]')!.click();
    await flush();
    expect(finishes).toEqual(['finish']);
    // A new turn: a part sent, then Done finishes without a question.
    const { c: c2, send: send2 } = await composerWith(async () => ({ ok: true }), finishes);
    void send;
    c2.update(buildView(r.state, me, r.now), true);
    c2.input.value = 'A part of my share.';
    send2().click();
    await flush();
    c2.el.querySelector<HTMLButtonElement>('[data-testid="finish-share"]')!.click();
    await flush();
    expect(finishes).toEqual(['finish', 'finish']);
  });
});

// A fresh tester on a weak link (2026-12-04): offline, "Send as it is" looked usable and a tap
// did nothing and said nothing; "Pass anyway?" vanished without a word when the line dropped.
describe('what waits for the connection on a held turn', () => {
  it('"Send as it is" is disabled offline as Send is, and sends once back', async () => {
    const r = inRound({ others: ['b', 'c'] });
    const v = buildView(r.state, r.speaker!, r.now);
    const calls: string[] = [];
    const share = guardAsks(calls);
    const { c, send } = await composerWith(share, calls);
    c.update(v, true);
    const anyway = () => c.el.querySelector<HTMLButtonElement>('[data-testid="guard-send-anyway"]')!;
    c.input.value = 'You should call your sponsor.';
    send().click();
    await flush();
    await flush();
    expect(anyway().disabled).toBe(false);
    // Offline on the turn, still held: writing goes on, nothing sends.
    c.update({ ...v, speaker: { ...v.speaker!, frozen: true } as typeof v.speaker }, false);
    expect(send().disabled).toBe(true);
    expect(anyway().disabled).toBe(true);
    anyway().click();
    await flush();
    expect(calls).toEqual(['share']);
    // Back: it sends as it is.
    c.update(v, true);
    expect(anyway().disabled).toBe(false);
    anyway().click();
    await flush();
    await flush();
    expect(calls).toEqual(['share', 'share confirmed']);
  });

  it('"Pass anyway?" stays open offline with its answer waiting, answers once back, and goes when the turn does', async () => {
    const r = inRound({ others: ['b', 'c'] });
    const me = r.speaker!;
    const v = buildView(r.state, me, r.now);
    const passes: string[] = [];
    const { c, pass } = await composerWith(async () => ({ ok: true }));
    (c as unknown as { deps: { pass: () => Promise<Ack> } }).deps.pass = async () => {
      passes.push('pass');
      return { ok: true };
    };
    c.update(v, true);
    const q = (id: string) => c.el.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`)!;
    c.input.value = 'Two lines written';
    pass().click();
    expect(q('pass-confirm').hidden).toBe(false);
    c.update(v, false);
    expect(q('pass-confirm').hidden).toBe(false);
    expect(q('pass-confirm-yes').disabled).toBe(true);
    // The disabled answer says what it waits for (a fresh tester, 2026-12-04: no reason given).
    expect(q('pass-confirm-wait').hidden).toBe(false);
    expect(q('pass-confirm-wait').textContent).toBe((await import('../../client/app.js')).app.t.confirmWaitOffline);
    c.update(v, true);
    expect(q('pass-confirm-yes').disabled).toBe(false);
    expect(q('pass-confirm-wait').hidden).toBe(true);
    q('pass-confirm-yes').dispatchEvent(new window.MouseEvent('click', { detail: 1 }));
    await flush();
    expect(passes).toEqual(['pass']);
    // Asked again, and the turn moves on meanwhile: the question no longer applies.
    pass().click();
    expect(q('pass-confirm').hidden).toBe(false);
    r.ok({ type: 'finishShare', by: me });
    c.update(buildView(r.state, me, r.now), true);
    expect(q('pass-confirm').hidden).toBe(true);
  });
});

// A fresh tester came in after the round: the share box said "You can write when it is your
// turn" with no turn ahead (the draft box, hidden, said nothing). Its line follows draftOutlook.
describe("the share box's line for someone waiting, the draft box not shown", () => {
  it('promises a turn to someone in line, and none to someone whose round turn is over with open sharing after it (en)', async () => {
    const { app } = await import('../../client/app.js');
    app.setLang('en');
    const t = dict('en');
    const r = inRound({ others: ['b', 'c', 'd'] });
    const { c } = await composerWith(async () => ({ ok: true }));
    const reason = () => c.el.querySelector('[data-testid="composer-reason"]')!.textContent;
    c.update(buildView(r.state, 'd', r.now), true);
    expect(reason()).toBe(t.composerDisabledWaiting('Ada'));
    // The round goes round; a newcomer seated after it has no turn in it.
    while (r.state.roundActive && r.state.speaker) r.ok({ type: 'pass', by: r.state.speaker.id });
    r.join('n');
    c.update(buildView(r.state, 'n', r.now), true);
    expect(reason()).toBe(t.composerWaitOpenLater(null));
  });
});
