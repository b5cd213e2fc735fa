// The fellowships' slogans are said to the whole room, worded as orders: not advice. A fresh
// tester (2026-12-03) had "Keep coming back, it works!" stopped as advice; the classifier read
// "Ta det du kan bruke, og la resten ligge." as advice once the rules let it be.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGuardModel } from '../../server/guard-model.js';
import { useGuardModel } from '../../shared/guard/model.js';
import { shareFindings } from '../../shared/meeting/guard-mode.js';
import type { MeetingState } from '../../shared/meeting/state.js';

const meeting = (language: 'nb' | 'en') =>
  ({ participants: [{ id: 'a', name: 'Kari' }, { id: 'b', name: 'Ola' }], language, guardMode: 'nudge' }) as unknown as MeetingState;

describe('slogans, with the server model registered', () => {
  beforeAll(() => useGuardModel(readGuardModel()));
  afterAll(() => useGuardModel(null));

  it.each([
    ['Keep coming back, it works!', 'en'],
    ['Take what you like and leave the rest.', 'en'],
    ['Let go and let God.', 'en'],
    ['Fortsett å komme tilbake, det virker!', 'nb'],
    ['Ta det du kan bruke, og la resten ligge.', 'nb'],
    ['Ta med deg det du trenger, og la resten ligge.', 'nb'],
    ['Keep it simple.', 'en'],
    ['It works if you work it.', 'en'],
    ['Live and let live.', 'en'],
    ['First things first.', 'en'],
    ['Just for today.', 'en'],
    ['Ta en dag av gangen.', 'nb'],
    ['Hold det enkelt.', 'nb'],
    ['Lev og la leve.', 'nb'],
    ['Først ting først.', 'nb'],
  ] as const)('%s: no finding', (text, lang) => {
    expect(shareFindings(meeting(lang), { id: 'a' }, text)).toEqual([]);
  });

  it.each([
    ['Keep your distance from him.', 'en', 'Keep'],
    ['You should keep coming back.', 'en', 'You should'],
    ['Keep it away from him.', 'en', 'Keep'],
  ] as const)('%s: still advice', (text, lang, match) => {
    expect(shareFindings(meeting(lang), { id: 'a' }, text)).toEqual([{ kind: 'advice', match }]);
  });
});
