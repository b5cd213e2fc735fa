// The circle's own row while this tab's connection is down (client/meeting/circle.ts): a fresh
// tester's chair, offline past the seat's grace, read "(you) · chair" in the circle while the
// chair bar said someone else had probably taken over as chair.
import { describe, expect, it } from 'vitest';
import { buildView } from '../../shared/meeting/view.js';
import { inRound } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';

useDomGlobals(['window', 'document', 'location', 'HTMLElement', 'HTMLButtonElement', 'Node', 'Text', 'navigator', 'sessionStorage', 'localStorage', 'MouseEvent', 'KeyboardEvent', 'Event']);

describe("the circle's own row", () => {
  for (const lang of ['nb', 'en'] as const) {
    it(`(${lang}) online: your roles; offline: also disconnected; past the grace: seat probably given up, no role; back: as before`, async () => {
      const { app } = await import('../../client/app.js');
      const { Circle } = await import('../../client/meeting/circle.js');
      app.setLang(lang);
      const t = app.t;
      const r = inRound({ others: ['b'] });
      // a chairs and speaks.
      const v = buildView(r.state, 'a', r.now);
      const circle = new Circle(null);
      document.body.replaceChildren(circle.el);
      const own = () => circle.el.querySelector<HTMLElement>('[data-participant="a"]')!;
      const badges = () => own().querySelector('.badges')!.textContent;
      circle.update(v);
      expect(badges()).toBe([t.badgeSpeaking, t.badgeChair].join(' · '));
      expect(own().classList.contains('offline')).toBe(false);
      circle.update(v, 'offline');
      expect(badges()).toBe([t.badgeSpeaking, t.badgeChair, t.badgeOffline].join(' · '));
      expect(own().classList.contains('offline')).toBe(true);
      circle.update(v, 'gone');
      expect(badges()).toBe(t.badgeSeatGone);
      expect(own().classList.contains('speaking')).toBe(false);
      // Others' rows are drawn as the last view said.
      expect(circle.el.querySelector('[data-participant="b"] .badges')!.textContent).not.toContain(t.badgeOffline);
      circle.update(v, 'online');
      expect(badges()).toBe([t.badgeSpeaking, t.badgeChair].join(' · '));
    });
  }
});

// A fresh tester (2026-12-05) read "was away · disconnected" (past beside present) in the row of
// someone still gone: the mark says what became of the turn.
describe("a row whose turn came while its person was away", () => {
  it('says the late turn comes later in the round, beside the connection mark (nb and en)', async () => {
    const { app } = await import('../../client/app.js');
    const { Circle } = await import('../../client/meeting/circle.js');
    for (const lang of ['nb', 'en'] as const) {
      app.setLang(lang);
      const t = app.t;
      const r = inRound({ others: ['b', 'c'], settings: { speakerGraceMs: 1_000, graceMs: 60_000 } });
      r.ok({ type: 'finishShare', by: 'a' });
      const away = r.speaker!;
      r.ok({ type: 'disconnect', by: away });
      r.tickAt(r.now + 1_000);
      const v = buildView(r.state, 'a', r.now);
      expect(v.participants.find((p) => p.id === away)?.status).toBe('missed');
      const circle = new Circle(null);
      document.body.replaceChildren(circle.el);
      circle.update(v);
      const badges = (): string | null => circle.el.querySelector<HTMLElement>(`[data-participant="${away}"] .badges`)!.textContent;
      // In a circle round the late turn comes by itself at the round's end: said so (a fresh
      // tester, 2026-12-05, read "missed their turn" as "you lost your turn").
      expect(badges()).toBe([t.badgeLateTurn, t.badgeOffline].join(' · '));
      expect(t.badgeLateTurn).toBe(lang === 'nb' ? 'får ordet senere i runden' : 'turn later in the round');
    }
  });
});

// A fresh tester (2026-12-05): after "I would like to share after all" her row went blank while the
// top of her page said she was next.
describe('the row of whoever shares next', () => {
  it('says "next", on every page, and no longer once that turn has begun (nb and en)', async () => {
    const { app } = await import('../../client/app.js');
    const { Circle } = await import('../../client/meeting/circle.js');
    for (const lang of ['nb', 'en'] as const) {
      app.setLang(lang);
      const t = app.t;
      const r = inRound({ others: ['b', 'c'] });
      const badges = (reader: string, id: string): string => {
        const circle = new Circle(null);
        document.body.replaceChildren(circle.el);
        circle.update(buildView(r.state, reader, r.now));
        return circle.el.querySelector<HTMLElement>(`[data-participant="${id}"] .badges`)!.textContent ?? '';
      };
      const next = buildView(r.state, 'a', r.now).upNext[0]!;
      expect(badges('a', next)).toContain(t.badgeNext);
      expect(badges(next, next)).toContain(t.badgeNext);
      r.ok({ type: 'finishShare', by: 'a' });
      expect(r.speaker).toBe(next);
      expect(badges('a', next)).not.toContain(t.badgeNext);
      expect(t.badgeNext).toBe(lang === 'nb' ? 'neste' : 'next');
    }
  });
});
