// "What does the server hold about me?" speaks words, not identifiers (Issue 14): every fact the
// server reports has a label and an explanation in bokmål and English, and coded values are
// said in words.
import { describe, expect, it } from 'vitest';
import { factValue, factWords } from '../../client/meeting/holding-labels.js';
import { holdingsOf } from '../../shared/privacy/holdings.js';
import { gathered } from '../core/helpers.js';

describe('holdings in words', () => {
  it('every fact of every record has a label and an explanation in nb and en, none of them the raw name', () => {
    const r = gathered({ listed: true });
    const items = ['state', 'log', 'tokens', 'commands', 'secrets', 'directory'] as const;
    const hs = holdingsOf({
      store: 'memory',
      state: r.state,
      pid: 'b',
      log: [],
      tokenOwners: ['b'],
      commandIds: { b: 3, c: 1 },
      joinCode: true,
      ttl: Object.fromEntries(items.map((i) => [i, 1000])),
      keys: Object.fromEntries(items.map((i) => [i, `key-${i}`])),
      lifetimeMs: 60_000,
    });
    expect(hs.items.map((i) => i.item).sort()).toEqual([...items].sort());
    let facts = 0;
    for (const i of hs.items) {
      for (const k of Object.keys(i.facts)) {
        for (const lang of ['nb', 'en'] as const) {
          const w = factWords(i.item, k, lang);
          expect(w.label, `${i.item}.${k} (${lang})`).not.toBe(k);
          expect(w.about.length, `${i.item}.${k} (${lang}) explained`).toBeGreaterThan(5);
        }
        facts++;
      }
    }
    expect(facts).toBeGreaterThan(15);
    expect(factWords('state', 'pseudonym', 'nb').label).toBe('Kallenavnet ditt');
    expect(factValue('state', 'role', 'listener', 'nb')).toBe('lytter');
    expect(factValue('state', 'roundStatus', 'pending', 'en')).toBe('waiting for a turn');
    expect(factValue('state', 'handRaised', false, 'nb')).toBe('nei');
  });
});
