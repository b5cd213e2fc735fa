// False positives a fresh tester found (2026-12-06): discourse openers and memories read as orders,
// the bokmål "Let go and let God", a Christmas greeting read as a full name, and goodbyes to the
// whole room read as advice. The true orders beside each stay flagged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGuardModel } from '../../server/guard-model.js';
import { useGuardModel } from '../../shared/guard/model.js';
import { shareFindings } from '../../shared/meeting/guard-mode.js';
import type { MeetingState } from '../../shared/meeting/state.js';

const meeting = (language: 'nb' | 'en') =>
  ({ participants: [{ id: 'a', name: 'Kari' }, { id: 'b', name: 'Ola' }], language, guardMode: 'nudge' }) as unknown as MeetingState;

describe('a fresh tester\'s false positives, with the server model registered', () => {
  beforeAll(() => useGuardModel(readGuardModel()));
  afterAll(() => useGuardModel(null));

  it.each([
    // Discourse openers and memories
    ['Look, I just need to say it.', 'en'],
    ['Listen, I never told anyone this.', 'en'],
    ['Hør her, jeg har aldri fortalt dette til noen.', 'nb'],
    ['Remember when we were kids and he was fine?', 'en'],
    ['Husk at jeg er ny, så jeg vet ikke helt hvordan dette fungerer.', 'nb'],
    // Slogans
    ['Slipp taket og la Gud.', 'nb'],
    ['Let go and let God.', 'en'],
    // Greetings
    ['God Jul og Godt Nytt År.', 'nb'],
    ['Happy New Year and Merry Christmas.', 'en'],
    ['God Påske, alle sammen.', 'nb'],
    // Goodbyes to the whole room
    ['Stay safe, everyone.', 'en'],
    ['Take care, everyone.', 'en'],
    ['Take care, all.', 'en'],
    ['Take care of yourselves, everyone.', 'en'],
    ['Ta vare på dere selv.', 'nb'],
    ['Ta godt vare på dere selv, alle sammen!', 'nb'],
  ] as const)('%s: no finding', (text, lang) => {
    expect(shareFindings(meeting(lang), { id: 'a' }, text)).toEqual([]);
  });

  it.each([
    ['Look for a sponsor.', 'en', 'Look'],
    ['Listen to your sponsor.', 'en', 'Listen'],
    ['Look, just leave him.', 'en', 'Look'],
    ['Hør her, gå fra ham.', 'nb', 'Hør her, gå'],
    ['Hør på meg: gå fra ham.', 'nb', 'gå'],
    ['Husk å ringe fadderen din.', 'nb', 'Husk'],
    ['Remember to call your sponsor.', 'en', 'Remember to'],
    ['Stay safe.', 'en', 'Stay'],
    ['Take care, Kari.', 'en', 'Take'],
    ['Take care of yourself, Kari.', 'en', 'Take'],
    ['Ta vare på deg selv.', 'nb', 'Ta'],
  ] as const)('%s: still advice', (text, lang, match) => {
    expect(shareFindings(meeting(lang), { id: 'a' }, text)).toEqual([{ kind: 'advice', match }]);
  });

  it('a greeting is no full name, a name beside it still is', () => {
    expect(shareFindings(meeting('nb'), { id: 'a' }, 'God Jul, Per Hansen.')).toEqual([{ kind: 'pii', match: 'Per Hansen' }]);
  });
});
