// The words beside a stopped share clock (client/meeting/clock-mark.ts), for the speaker's own
// clock and everyone else's countdown alike. A fresh tester (2026-12-02) read "(paused)" on their
// own clock while offline, where the chair had paused nothing, beside "(not updated, no
// connection)" for the same clock elsewhere. Views come from the real core.
import { describe, expect, it } from 'vitest';
import { clockMark } from '../../client/meeting/clock-mark.js';
import { dict, type Lang } from '../../client/i18n.js';
import { buildView } from '../../shared/meeting/view.js';
import { inRound } from '../core/helpers.js';

describe.each(['en', 'nb'] as Lang[])('clockMark (%s)', (lang) => {
  const t = dict(lang);

  it('says why the clock is stopped: your own turn offline, someone else’s offline, a held turn, the chair’s pause; nothing while it runs', () => {
    const r = inRound({ settings: { graceMs: 60_000, speakerGraceMs: 20_000 } });
    const speaker = r.speaker!;
    const listener = r.state.participants.find((p) => p.id !== speaker)!.id;
    const mine = buildView(r.state, speaker, r.now);
    const theirs = buildView(r.state, listener, r.now);
    expect(clockMark(mine, true, t)).toBeNull();
    expect(clockMark(theirs, true, t)).toBeNull();
    // This page offline on its own turn: the page shows the clock stopped (connection-words.ts offlineView
    // marks it frozen), as the server holds it; the words are not the chair's pause.
    const offlineMine = { ...mine, speaker: { ...mine.speaker!, frozen: true } };
    expect(clockMark(offlineMine, false, t)).toBe(t.countdownOfflineMine);
    expect(t.countdownOfflineMine).not.toBe(t.countdownPaused);
    // Offline on someone else's turn: where it was last known, not live.
    expect(clockMark(theirs, false, t)).toBe(t.countdownOffline);
    // The speaker's connection dropped: the room sees the clock stopped while the turn is held.
    r.ok({ type: 'disconnect', by: speaker, at: r.now });
    const held = buildView(r.state, listener, r.now);
    expect(held.speaker?.frozen).toBe(true);
    expect(clockMark(held, true, t)).toBe(t.countdownHeld);
    expect(t.countdownHeld).not.toBe(t.countdownPaused);
    r.ok({ type: 'reconnect', by: speaker });
    expect(clockMark(buildView(r.state, listener, r.now), true, t)).toBeNull();
    // The chair's pause: "paused", for the speaker and the room alike.
    r.ok({ type: 'freeze', by: 'a', on: true });
    expect(clockMark(buildView(r.state, listener, r.now), true, t)).toBe(t.countdownPaused);
    expect(clockMark(buildView(r.state, speaker, r.now), true, t)).toBe(t.countdownPaused);
    // Offline on your own turn in the paused meeting: named as the banner above names it (a fresh
    // tester, 2026-12-05, read "stopped while you have no connection" under the pause's banner).
    expect(clockMark(buildView(r.state, speaker, r.now), false, t)).toBe(t.countdownPaused);
    expect(clockMark(buildView(r.state, listener, r.now), false, t)).toBe(t.countdownOffline);
  });
});
