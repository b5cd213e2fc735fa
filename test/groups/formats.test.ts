// The five fellowship-style formats as data: phases, share length, open sharing, chair rotation
// and six readings in both languages, written for Runde.
import { describe, expect, it } from 'vitest';
import { FORMATS, READING_IDS, findFormat } from '../../shared/meeting/formats.js';

const FIVE = ['relatives', 'open-meeting', 'na', 'peer-group', 'standard'];

describe('meeting formats', () => {
  it('has the five formats of issue 13 (and the large-meeting variant)', () => {
    expect(FORMATS.map((f) => f.id).sort()).toEqual([...FIVE, 'large'].sort());
  });

  it.each(FIVE)('%s: a text share of 4–5 minutes, and all six readings in bokmål and English', (id) => {
    const f = findFormat(id)!;
    expect(f.settings.shareMs).toBeGreaterThanOrEqual(4 * 60_000);
    expect(f.settings.shareMs).toBeLessThanOrEqual(5 * 60_000);
    expect(f.readings.map((r) => r.id).sort()).toEqual([...READING_IDS].sort());
    for (const r of f.readings) {
      for (const lang of ['nb', 'en'] as const) {
        expect(r.title[lang].length, `${id}.${r.id}.title.${lang}`).toBeGreaterThan(0);
        expect(r.text[lang].length, `${id}.${r.id}.${lang}`).toBeGreaterThan(20);
      }
      expect(r.phase).toBe(r.id === 'silence' || r.id === 'closing' ? 'closing' : 'opening');
    }
  });

  it('goes through the open-sharing phase exactly when the format has open sharing', () => {
    for (const f of FORMATS) {
      expect(f.phases.includes('open'), f.id).toBe(f.settings.openSharing);
      expect(f.phases[0]).toBe('gathering');
      expect(f.phases.at(-1)).toBe('ended');
    }
  });

  it('differs where the fellowships differ: rotation, open sharing, closed circle', () => {
    expect(findFormat('relatives')!.settings.rotateChairEachRound).toBe(true);
    expect(findFormat('standard')!.settings.rotateChairEachRound).toBe(false);
    expect(findFormat('peer-group')).toMatchObject({ access: 'closed', settings: { openSharing: false } });
    expect(findFormat('open-meeting')).toMatchObject({ access: 'open', settings: { openSharing: true } });
  });

  it('says the anonymity statement and the no-advice, no-crosstalk guideline in every format', () => {
    for (const id of FIVE) {
      const f = findFormat(id)!;
      const text = (rid: string, lang: 'nb' | 'en') => f.readings.find((r) => r.id === rid)!.text[lang];
      expect(text('anonymity', 'en')).toMatch(/What you hear here, let it stay here/i);
      expect(text('anonymity', 'nb')).toMatch(/Det du hører her, la det bli her/i);
      expect(text('guidelines', 'en')).toMatch(/advice/);
      expect(text('guidelines', 'en')).toMatch(/crosstalk/);
      expect(text('guidelines', 'nb')).toMatch(/råd/);
      expect(text('guidelines', 'nb')).toMatch(/kryssprat/);
    }
  });

  it('no reading promises a meeting next week: a one-off meeting has none (a fresh tester, 2026-12-03)', () => {
    for (const f of FORMATS) {
      for (const r of f.readings) {
        expect(r.text.en, `${f.id} ${r.id}`).not.toMatch(/next week|every week/i);
        expect(r.text.nb, `${f.id} ${r.id}`).not.toMatch(/neste uke|hver uke/i);
      }
    }
  });

  it('ships no fellowship literature: none of its well-known phrases, no prayer, no higher power', () => {
    const all = FORMATS.flatMap((f) => f.readings.flatMap((r) => [r.text.nb, r.text.en])).join('\n');
    for (const phrase of [/serenity/i, /higher power/i, /høyere makt/i, /God/, /\bGud\b/, /twelve steps/i, /tolv trinn/i, /just for today/i, /bare for i dag/i, /big book/i, /we admitted/i, /powerless/i, /maktesløs/i]) {
      expect(all).not.toMatch(phrase);
    }
  });
});
