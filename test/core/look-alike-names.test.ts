// Look-alike pseudonyms (fresh tester D3): a name that renders like one already present or waiting
// (Cyrillic or Greek letters standing in for Latin ones, digits for letters) is NAME_TAKEN, by the
// UTS #39 confusables skeleton (shared/meeting/name-skeleton.ts); accents still tell names apart.
import { describe, expect, it } from 'vitest';
import { looksAlike, skeleton } from '../../shared/meeting/name-skeleton.js';
import { gathered, joinCmd } from './helpers.js';

describe('look-alike pseudonyms are NAME_TAKEN', () => {
  it.each([
    ['\u0410da', 'Cyrillic А for A'],
    ['Ad\u0430', 'Cyrillic а for a'],
    ['Bj\u0430rn\u0435', 'Cyrillic а and е'],
    ['bj\u0430rne', 'lower case and Cyrillic а'],
    ['\u0392jarne', 'Greek Β for B'],
    ['Bjarn\u0435 ', 'a trailing space is normalised away before; Cyrillic е'],
  ])('%j (%s) is taken next to Ada and Bjarne', (name) => {
    const r = gathered();
    r.no(joinCmd('d', { name: name.trim() }), 'NAME_TAKEN');
  });

  it('a look-alike of someone waiting at the door is taken too', () => {
    const r = gathered({ access: 'closed' });
    r.join('d');
    expect(r.state.waiting.map((w) => w.name)).toEqual(['Dagny']);
    r.no(joinCmd('e', { name: 'D\u0430gny' }), 'NAME_TAKEN');
  });

  it.each(['Åda', 'Adå', 'Bjørne', 'Bjarni'])('%j differs by more than a look-alike letter: it may join', (name) => {
    const r = gathered();
    r.join('d', { name });
    expect(r.state.participants.map((p) => p.name)).toContain(name);
  });
});

describe('the skeleton', () => {
  it.each([
    ['Leder', 'L\u0435der'],
    ['Leder', 'l\u0435der'],
    ['Anna', '\u0410nn\u0430'],
    ['Stille Fjord', 'Stille Fj\u043Erd'],
    ['Ian', 'lan'],
    ['Ola', '0la'],
    ['Kim', 'Kirn'],
  ])('%j and %j look alike', (a, b) => {
    expect(looksAlike(a, b)).toBe(true);
  });

  it.each([
    ['Kari', 'Kåri'],
    ['Håp', 'Hap'],
    ['Øystein', 'Oystein'],
    ['Per', 'Pål'],
    ['Zoe', 'Ζωή'],
  ])('%j and %j do not', (a, b) => {
    expect(looksAlike(a, b)).toBe(false);
  });

  it('is NFD both sides of the mapping, so a composed and a decomposed å are one', () => {
    expect(skeleton('K\u00E5ri')).toBe(skeleton('Ka\u030Ari'));
  });
});
