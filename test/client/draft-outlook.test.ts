// The draft box's words promise a turn only where one is coming. A fresh tester (2026-12-06) read
// "The round is complete" at the top and, beside the draft box, that it "moves to the text box
// when your turn starts": no turn was coming. Each fix so far had found one such state (the
// closing, a turn already had, the last call); this walks them all, from views of the real core,
// in both languages: the line beside the draft box (besideDraftWords) and the note on words kept
// there (keptWords) promise the share box at the turn exactly when the reader is in line.
import { describe, expect, it } from 'vitest';
import { dict } from '../../client/i18n.js';
import { besideDraftWords, draftOutlook, keptWords, waitingReason, type DraftOutlook } from '../../client/meeting/draft-words.js';
import { othersWordsNow } from '../../client/meeting/others-words.js';
import { buildView, type MeetingView } from '../../shared/meeting/view.js';
import { gathered, inRound, T0, type Run } from '../core/helpers.js';

/** A circle round everyone has had their turn in (each passes). */
function roundComplete(r: Run): Run {
  while (r.state.roundActive && r.state.speaker) r.ok({ type: 'pass', by: r.state.speaker.id });
  expect(r.state.roundActive).toBe(false);
  expect(r.state.phase).toBe('round');
  return r;
}

/** The peer group's format: one round, no open sharing after it (its settings as the server gives them). */
const PEER_GROUP = { formatId: 'peer-group', settings: { openSharing: false } } as const;

interface Case {
  name: string;
  view(): MeetingView;
  outlook: DraftOutlook;
  /** The top line is "The round is complete" (the tester's case). */
  roundDone?: boolean;
}

const CASES: Case[] = [
  { name: 'before the start, a circle format', view: () => buildView(gathered().state, 'b', T0), outlook: 'turn' },
  {
    name: 'in a circle round, further back in line',
    view: () => {
      const r = inRound({ others: ['b', 'c', 'd'] });
      return buildView(r.state, 'd', r.now);
    },
    outlook: 'turn',
  },
  {
    name: 'owed a late turn, back after a drop',
    view: () => {
      const r = inRound({ others: ['b', 'c', 'd'], settings: { graceMs: 60_000 } });
      r.ok({ type: 'disconnect', by: 'b' });
      r.ok({ type: 'pass', by: 'a' });
      r.ok({ type: 'reconnect', by: 'b' });
      const v = buildView(r.state, 'b', r.now);
      expect(v.participants.find((p) => p.id === 'b')?.status).toBe('missed');
      return v;
    },
    outlook: 'turn',
  },
  {
    name: 'had the turn, the round still going, open sharing after it',
    view: () => {
      const r = inRound({ others: ['b', 'c'] });
      r.ok({ type: 'pass', by: 'a' });
      r.ok({ type: 'pass', by: 'b' });
      return buildView(r.state, 'b', r.now);
    },
    outlook: 'openLater',
  },
  {
    name: 'had the turn, the round still going, no open sharing in the format',
    view: () => {
      const r = inRound({ others: ['b', 'c'], ...PEER_GROUP });
      r.ok({ type: 'pass', by: 'a' });
      r.ok({ type: 'pass', by: 'b' });
      return buildView(r.state, 'b', r.now);
    },
    outlook: 'noMore',
  },
  {
    name: 'the round complete, open sharing after it',
    view: () => {
      const r = roundComplete(inRound({ others: ['b', 'c'] }));
      return buildView(r.state, 'b', r.now);
    },
    outlook: 'openLater',
    roundDone: true,
  },
  {
    name: 'the round complete, no open sharing in the format',
    view: () => {
      const r = roundComplete(inRound({ others: ['b', 'c'], ...PEER_GROUP }));
      return buildView(r.state, 'b', r.now);
    },
    outlook: 'noMore',
    roundDone: true,
  },
  {
    name: 'came in after the round was complete (never in it), open sharing after it',
    view: () => {
      const r = roundComplete(inRound({ others: ['b', 'c'] }));
      r.join('d');
      return buildView(r.state, 'd', r.now);
    },
    outlook: 'openLater',
    roundDone: true,
  },
  {
    name: 'came in after the round was complete, no open sharing in the format',
    view: () => {
      const r = roundComplete(inRound({ others: ['b', 'c'], ...PEER_GROUP }));
      r.join('d');
      return buildView(r.state, 'd', r.now);
    },
    outlook: 'noMore',
    roundDone: true,
  },
  {
    name: 'a listener who chose to share after the round was complete',
    view: () => {
      const r = roundComplete(inRound({ others: ['b', 'c', 'd'], listeners: ['d'], ...PEER_GROUP }));
      r.ok({ type: 'setRole', by: 'd', role: 'participant' });
      return buildView(r.state, 'd', r.now);
    },
    outlook: 'noMore',
    roundDone: true,
  },
  {
    name: 'a listener',
    view: () => {
      const r = inRound({ others: ['b', 'c', 'd'], listeners: ['d'] });
      return buildView(r.state, 'd', r.now);
    },
    outlook: 'listener',
  },
  {
    name: 'muted by the chair while in line',
    view: () => {
      const r = inRound({ others: ['b', 'c', 'd'] });
      r.ok({ type: 'mute', by: 'a', target: 'd', on: true });
      return buildView(r.state, 'd', r.now);
    },
    outlook: 'muted',
  },
  {
    name: 'open sharing, no hand up',
    view: () => {
      const r = roundComplete(inRound({ others: ['b', 'c'] }));
      r.ok({ type: 'advance', by: 'a' });
      return buildView(r.state, 'b', r.now);
    },
    outlook: 'raiseHand',
  },
  {
    name: 'open sharing, a hand up behind the speaker',
    view: () => {
      const r = roundComplete(inRound({ others: ['b', 'c'] }));
      r.ok({ type: 'advance', by: 'a' });
      r.ok({ type: 'raiseHand', by: 'c' });
      r.ok({ type: 'raiseHand', by: 'b' });
      expect(r.speaker).toBe('c');
      return buildView(r.state, 'b', r.now);
    },
    outlook: 'turn',
  },
  {
    name: 'a round by hands (the large format), no hand up',
    view: () => {
      const r = inRound({ others: ['b', 'c'], turnMode: 'hands' });
      return buildView(r.state, 'b', r.now);
    },
    outlook: 'raiseHand',
  },
  {
    name: 'past the last call with no hand up',
    view: () => {
      const r = inRound({ others: ['b', 'c', 'd'], turnMode: 'hands', settings: { shareMs: 30 * 60_000 } });
      r.ok({ type: 'setPlan', by: 'a', endsInMs: 20 * 60_000, lastCallMs: 5 * 60_000 });
      r.ok({ type: 'raiseHand', by: 'b' });
      r.tickAt(T0 + 15 * 60_000);
      return buildView(r.state, 'c', r.now);
    },
    outlook: 'lastCall',
  },
  {
    name: 'past the last call with a hand raised in time',
    view: () => {
      const r = inRound({ others: ['b', 'c', 'd'], turnMode: 'hands', settings: { shareMs: 30 * 60_000 } });
      r.ok({ type: 'setPlan', by: 'a', endsInMs: 20 * 60_000, lastCallMs: 5 * 60_000 });
      r.ok({ type: 'raiseHand', by: 'b' });
      r.ok({ type: 'raiseHand', by: 'd' });
      r.tickAt(T0 + 15 * 60_000);
      const v = buildView(r.state, 'd', r.now);
      expect(v.plan.lastCall).toBe(true);
      return v;
    },
    outlook: 'turn',
  },
  {
    name: 'the chair picks who shares',
    view: () => {
      const r = inRound({ others: ['b', 'c'], turnMode: 'chairPicks' });
      return buildView(r.state, 'b', r.now);
    },
    outlook: 'chairPicks',
  },
  {
    name: 'the closing',
    view: () => {
      const r = inRound({ others: ['b', 'c'] });
      while (r.state.phase !== 'closing') r.ok({ type: 'advance', by: 'a' });
      return buildView(r.state, 'b', r.now);
    },
    outlook: 'over',
  },
];

/** The promise that the words move to the share box at the turn. */
const PROMISE = { nb: /når det blir din tur/, en: /when your turn starts/ } as const;
/** The share box's own promise of a turn. */
const SHARE_BOX_PROMISE = { nb: /når det blir din tur/, en: /when it is your turn/ } as const;
/** An invitation to raise a hand. */
const HAND = { nb: /rekk(er du)? opp/, en: /raise your hand/ } as const;

describe('the draft box promises a turn only where one is coming', () => {
  for (const c of CASES) {
    it(`${c.name}: ${c.outlook}`, () => {
      const v = c.view();
      expect(v.speaker?.id).not.toBe(v.you.id);
      expect(draftOutlook(v)).toBe(c.outlook);
      const coming = c.outlook === 'turn';
      // A turn is coming exactly when the reader is in line, or (before the round) the circle will reach them.
      if (v.phase !== 'gathering') expect(coming).toBe(v.upNext.includes(v.you.id));
      for (const lang of ['nb', 'en'] as const) {
        const t = dict(lang);
        if (c.roundDone) expect(othersWordsNow(v, t)).toBe(t.turnNone_roundDone);
        for (const words of [besideDraftWords(v, t), keptWords(v, t)]) {
          expect(PROMISE[lang].test(words), `${lang}: ${words}`).toBe(coming);
          // Where no hand can bring a turn, none is suggested.
          if (['noMore', 'lastCall', 'over', 'listener', 'muted'].includes(c.outlook)) expect(words, `${lang}: ${words}`).not.toMatch(HAND[lang]);
        }
        // The share box's own line, when the draft box is not shown (a fresh tester: "You can
        // write when it is your turn" to someone who came in after the round).
        if (!['over', 'listener', 'muted'].includes(c.outlook)) {
          const line = waitingReason(v, null, t);
          expect(SHARE_BOX_PROMISE[lang].test(line), `${lang}: ${line}`).toBe(coming);
          if (['noMore', 'lastCall'].includes(c.outlook)) expect(line, `${lang}: ${line}`).not.toMatch(HAND[lang]);
        }
      }
    });
  }
});
