// The others' status line follows the script's segment and who chairs (Issue 15 re-trial: after
// the chair's connection dropped, a member read "the readings come by themselves" through the
// silence and the topic). Views come from the real core, walked through every segment of the
// script; the chair's drop is applied as the client applies it (patchView on a connection event).
import { describe, expect, it } from 'vitest';
import { dict, type Lang } from '../../client/i18n.js';
import { chairState, othersWordsNow } from '../../client/meeting/others-words.js';
import { SEGMENT_KINDS } from '../../shared/meeting/formats.js';
import { patchView } from '../../shared/meeting/view-patch.js';
import { buildView, type MeetingView } from '../../shared/meeting/view.js';
import { gathered } from '../core/helpers.js';

/** Member b's view at every opening and closing segment of the script, from the start to the last. */
function viewsBySegment(): MeetingView[] {
  const r = gathered();
  r.ok({ type: 'start', by: 'a' });
  const out: MeetingView[] = [];
  for (;;) {
    const v = buildView(r.state, 'b', r.now);
    if (!v.script) break;
    // The sharing is worded by turn mode (turnNone_*), the rest by segment.
    if (!v.speaker && v.script.kind !== 'round' && v.script.kind !== 'open') out.push(v);
    const last = v.script.index === v.script.segments.length - 1;
    if (last) break;
    r.ok({ type: 'nextSegment', by: 'a' });
  }
  return out;
}

const away = (v: MeetingView): MeetingView => patchView(v, [{ type: 'connection', id: v.chairId!, connected: false }]);
const none = (v: MeetingView): MeetingView => ({ ...v, chairId: null, chairVacant: true });

describe("the others' status line", () => {
  const views = viewsBySegment();
  it('covers the opening and closing segments of the script', () => {
    expect(views.map((v) => v.script!.kind)).toEqual(expect.arrayContaining(['welcome', 'readings', 'silence', 'topic', 'contributions', 'announcements', 'closing']));
  });

  for (const lang of ['nb', 'en'] as const satisfies readonly Lang[]) {
    const t = dict(lang);
    const worded = SEGMENT_KINDS.filter((k) => k !== 'round' && k !== 'open');
    const own = (k: (typeof worded)[number]) => [t[`segPresent_${k}`], t[`segScript_${k}`]];
    it(`(${lang}) says the current segment's words for every segment and chair state, never another segment's`, () => {
      for (const v of views) {
        const kind = v.script!.kind as (typeof worded)[number];
        for (const [state, view] of [['present', v], ['away', away(v)], ['none', none(v)]] as const) {
          expect(chairState(view), `${kind} ${state}`).toBe(state);
          const words = othersWordsNow(view, t) ?? '';
          expect(own(kind).some((w) => words.includes(w)), `${kind} ${state}: ${words}`).toBe(true);
          for (const other of worded.filter((k) => k !== kind)) {
            for (const w of own(other).filter((x) => !own(kind).includes(x))) expect(words, `${kind} ${state} says ${other}`).not.toContain(w);
          }
          if (state === 'away') expect(words.startsWith(t.turnScript_chairAway('').trim())).toBe(true);
          if (state === 'none') expect(words.startsWith(t.turnScript_noChair('').trim())).toBe(true);
          if (state === 'present') expect(words).not.toContain(t.turnScript_chairAway('').trim());
        }
      }
    });

    it(`(${lang}) the contributions pause says what it is for in one plain line: the group pays its own way, nobody has to give (a fresh tester's members read only its title)`, () => {
      const v = views.find((x) => x.script!.kind === 'contributions')!;
      const want = lang === 'nb' ? /gruppa bærer sine egne utgifter selv.*Ingen må gi/ : /the group pays its own way.*Nobody has to give/;
      for (const view of [v, away(v), none(v)]) expect(othersWordsNow(view, t)).toMatch(want);
    });

    // A fresh tester (2026-12-05): the chair posted the welcome, then dropped; every member read
    // "The welcome comes by itself" right under the welcome in their transcript.
    it(`(${lang}) a segment whose readings are all posted says so, chair away or none`, () => {
      const r = gathered();
      r.ok({ type: 'start', by: 'a' });
      for (const seg of ['welcome', 'readings'] as const) {
        let v = buildView(r.state, 'b', r.now);
        expect(v.script!.kind).toBe(seg);
        expect(othersWordsNow(away(v), t)).toContain(t[`segScript_${seg}`]);
        for (const { id } of v.script!.readings) r.ok({ type: 'postReading', by: 'a', readingId: id });
        v = buildView(r.state, 'b', r.now);
        for (const view of [away(v), none(v)]) {
          const words = othersWordsNow(view, t) ?? '';
          expect(words).toContain(t[`segScriptRead_${seg}`]);
          expect(words).not.toContain(t[`segScript_${seg}`]);
        }
        expect(othersWordsNow(v, t)).toBe(t[`segPresent_${seg}`]);
        r.ok({ type: 'nextSegment', by: 'a' });
      }
    });

    // A fresh tester (2026-12-05): paused, with the chair's connection down, the line said the
    // meeting went on by itself while the transcript said it stayed paused.
    it(`(${lang}) paused with the chair away, the line says it stays paused, in every segment`, () => {
      for (const v of views) {
        const words = othersWordsNow(away({ ...v, frozen: true }), t);
        expect(words).toBe(t.tChairDroppedPaused);
        expect(words).not.toContain(t.turnScript_chairAway('').trim());
        // The chair here, the line is the pause too, never the segment's words.
        expect(othersWordsNow({ ...v, frozen: true }, t)).toBe(t.tFrozen);
      }
    });

    it(`(${lang}) a discreet meeting's member, not shown who chairs, reads of a chair unless the chair is vacant`, () => {
      const v = { ...views[0]!, chairId: null, discreet: true };
      expect(chairState(v)).toBe('present');
      expect(othersWordsNow(v, t)).toBe(t.segPresent_welcome);
      expect(chairState({ ...v, chairVacant: true })).toBe('none');
    });
  }
});

// A fresh tester (2026-12-05): once the chair had set the topic, the members still read "The chair
// is setting today's topic".
describe("the others' status line at the topic", () => {
  it('says the topic is set once it is (nb and en)', () => {
    const r = gathered();
    r.ok({ type: 'start', by: 'a' });
    while (buildView(r.state, 'b', r.now).script?.kind !== 'topic') r.ok({ type: 'nextSegment', by: 'a' });
    for (const lang of ['nb', 'en'] as const) {
      const t = dict(lang);
      expect(othersWordsNow(buildView(r.state, 'b', r.now), t)).toBe(t.segPresent_topic);
    }
    r.ok({ type: 'setTopic', by: 'a', text: 'Acceptance' });
    for (const lang of ['nb', 'en'] as const) {
      const t = dict(lang);
      expect(othersWordsNow(buildView(r.state, 'b', r.now), t)).toBe(t.segPresent_topicSet);
      expect(t.segPresent_topicSet).not.toBe(t.segPresent_topic);
    }
  });
});
