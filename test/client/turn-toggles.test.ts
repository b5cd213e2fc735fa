// The settings for a turn of one's own ("a soft sound when it is my turn", "notify me when I am
// next", "a soft sound when time is nearly up") are offered only while a turn can still come to
// the person. A tester found them offered to someone who came in after the round began, to
// someone whose one turn was over, and after the round was complete. The page's real code in
// jsdom, views from the real core, every state a turn can or cannot come in, in both languages.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import { turnToggles } from '../../client/meeting/turn-toggles.js';
import { buildView } from '../../shared/meeting/view.js';
import { gathered, inRound, T0, type Run } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

// A browser that can notify: without one the notify setting is never offered (on-deck.ts).
const g = globalThis as Record<string, unknown>;
beforeAll(() => {
  g.Notification = class {
    static permission = 'default';
    static requestPermission = () => Promise.resolve('default');
  };
});
afterAll(() => {
  delete g.Notification;
});

/** The peer group's format: one round, no open sharing after it. */
const PEER_GROUP = { formatId: 'peer-group', settings: { openSharing: false } } as const;

/** A circle round everyone has had their turn in (each passes). */
function roundComplete(r: Run): Run {
  while (r.state.roundActive && r.state.speaker) r.ok({ type: 'pass', by: r.state.speaker.id });
  expect(r.state.roundActive).toBe(false);
  return r;
}

interface Case {
  name: string;
  /** The meeting, and whose page it is. */
  at(): { r: Run; you: string };
  /** Whether the turn settings are offered: the turn chime and the notification (and the time chime, unless `timeSound` says otherwise). */
  offered: boolean;
  /** The notification alone, where it differs (the chair picks: nobody is ever "next"). */
  notify?: boolean;
  /** The time chime alone, where it differs (on one's own last turn). */
  timeSound?: boolean;
}

const CASES: Case[] = [
  { name: 'gathering, a circle format', at: () => ({ r: gathered({ others: ['b', 'c'] }), you: 'b' }), offered: true },
  { name: 'in a circle round, a turn ahead', at: () => ({ r: inRound({ others: ['b', 'c', 'd'] }), you: 'd' }), offered: true },
  {
    // A latecomer in a round still going joins the end of the circle (membership.ts): a turn comes.
    name: 'came in while the round was going, no open sharing after it (the circle takes them in at its end)',
    at: () => {
      const r = inRound({ others: ['b', 'c'], ...PEER_GROUP });
      r.join('d');
      expect(buildView(r.state, 'd', r.now).upNext).toContain('d');
      return { r, you: 'd' };
    },
    offered: true,
  },
  {
    name: 'came in after the round was complete, open sharing after it (a raised hand can bring a turn)',
    at: () => {
      const r = roundComplete(inRound({ others: ['b', 'c'] }));
      r.join('d');
      return { r, you: 'd' };
    },
    offered: true,
  },
  {
    name: 'own turn over, the round going on, no open sharing after it',
    at: () => {
      const r = inRound({ others: ['b', 'c', 'd'], ...PEER_GROUP });
      r.ok({ type: 'pass', by: 'a' });
      r.ok({ type: 'pass', by: 'b' });
      return { r, you: 'b' };
    },
    offered: false,
  },
  {
    name: 'the round complete, no open sharing after it',
    at: () => ({ r: roundComplete(inRound({ others: ['b', 'c'], ...PEER_GROUP })), you: 'b' }),
    offered: false,
  },
  {
    name: 'came in after the round was complete, no open sharing after it',
    at: () => {
      const r = roundComplete(inRound({ others: ['b', 'c'], ...PEER_GROUP }));
      r.join('d');
      return { r, you: 'd' };
    },
    offered: false,
  },
  {
    name: 'on one’s own turn, the last in the round, no open sharing after it',
    at: () => {
      const r = inRound({ others: ['b', 'c'], ...PEER_GROUP });
      r.ok({ type: 'pass', by: 'a' });
      r.ok({ type: 'pass', by: 'b' });
      expect(r.speaker).toBe('c');
      return { r, you: 'c' };
    },
    offered: false,
    timeSound: true,
  },
  {
    name: 'open sharing, no hand up (a raised hand can bring a turn)',
    at: () => {
      const r = roundComplete(inRound({ others: ['b', 'c'] }));
      r.ok({ type: 'advance', by: 'a' });
      expect(r.state.phase).toBe('open');
      return { r, you: 'b' };
    },
    offered: true,
  },
  {
    name: 'by hands, past the last call with no hand up',
    at: () => {
      const r = inRound({ others: ['b', 'c', 'd'], turnMode: 'hands', settings: { shareMs: 30 * 60_000 } });
      r.ok({ type: 'setPlan', by: 'a', endsInMs: 20 * 60_000, lastCallMs: 5 * 60_000 });
      r.ok({ type: 'raiseHand', by: 'b' });
      r.ok({ type: 'raiseHand', by: 'd' });
      r.tickAt(T0 + 15 * 60_000);
      return { r, you: 'c' };
    },
    offered: false,
  },
  {
    name: 'by hands, past the last call with a hand raised in time',
    at: () => {
      const r = inRound({ others: ['b', 'c', 'd'], turnMode: 'hands', settings: { shareMs: 30 * 60_000 } });
      r.ok({ type: 'setPlan', by: 'a', endsInMs: 20 * 60_000, lastCallMs: 5 * 60_000 });
      r.ok({ type: 'raiseHand', by: 'b' });
      r.ok({ type: 'raiseHand', by: 'd' });
      r.tickAt(T0 + 15 * 60_000);
      return { r, you: 'd' };
    },
    offered: true,
  },
  { name: 'a listener', at: () => ({ r: inRound({ others: ['b', 'c', 'd'], listeners: ['d'] }), you: 'd' }), offered: false },
  {
    name: 'the chair picks, open sharing after the round',
    at: () => ({ r: inRound({ others: ['b', 'c'], turnMode: 'chairPicks' }), you: 'b' }),
    offered: true,
  },
  {
    name: 'the chair picks, no open sharing after the round (nobody is ever "next")',
    at: () => ({ r: inRound({ others: ['b', 'c'], turnMode: 'chairPicks', ...PEER_GROUP }), you: 'b' }),
    offered: true,
    notify: false,
  },
  {
    name: 'the closing',
    at: () => {
      const r = inRound({ others: ['b', 'c'] });
      while (r.state.phase !== 'closing') r.ok({ type: 'advance', by: 'a' });
      return { r, you: 'b' };
    },
    offered: false,
  },
];

/** Shown: neither it nor anything around it is hidden. */
function shown(el: HTMLElement | null): boolean {
  expect(el).not.toBeNull();
  for (let e: HTMLElement | null = el; e; e = e.parentElement) if (e.hidden) return false;
  return true;
}

describe('the settings for one’s own turn are offered only while a turn can still come', () => {
  for (const c of CASES) {
    for (const lang of ['nb', 'en'] as const) {
      it(`(${lang}) ${c.name}`, async () => {
        const { r, you } = c.at();
        const notify = c.notify ?? c.offered;
        const timeSound = c.timeSound ?? c.offered;
        expect(turnToggles(buildView(r.state, you, r.now))).toEqual({ turnSound: c.offered, notify, timeSound });
        const page = await mountPage(r, you, lang);
        const t = dict(lang);
        const labelShown = (text: string) => [...page.container.querySelectorAll('label')].some((l) => l.textContent === text && shown(l as HTMLElement));
        expect(shown(page.q('sound-toggle')), 'turn chime').toBe(c.offered);
        expect(labelShown(t.soundLabel)).toBe(c.offered);
        expect(shown(page.q('notify-toggle')), 'notification').toBe(notify);
        expect(labelShown(t.notifyLabel)).toBe(notify);
        expect(shown(page.q('time-sound-toggle')), 'time chime').toBe(timeSound);
        expect(labelShown(t.timeSoundLabel)).toBe(timeSound);
        page.destroy();
      });
    }
  }

  it('come back when a turn can come again: a listener who chooses to share before the round', async () => {
    const r = gathered({ others: ['b', 'c', 'd'], listeners: ['d'] });
    const page = await mountPage(r, 'd');
    expect(shown(page.q('sound-toggle'))).toBe(false);
    r.ok({ type: 'setRole', by: 'd', role: 'participant' });
    page.push();
    expect(shown(page.q('sound-toggle'))).toBe(true);
    expect(shown(page.q('notify-toggle'))).toBe(true);
    expect(shown(page.q('time-sound-toggle'))).toBe(true);
    page.destroy();
  });
});
