import { describe, expect, it } from 'vitest';
import { defaultLang, dict } from '../../client/i18n.js';
import { ERROR_MESSAGES } from '../../shared/errors.js';
import { LIMITS, PROTOCOL_VERSION } from '../../client/wire.js';
import * as protocol from '../../shared/protocol.js';

/** Argument positions that are wording flags (booleans), per string. */
const FLAG_ARGS: Record<string, number[]> = { tNewcomer: [1, 2], confirmUnposted: [1], confirmUnpostedEnd: [1], confirmLaterEnd: [1], reportGuardHint: [1], offlineTurnHeld: [1], composerOfflineTurnHeldFor: [1], chairSays_lastCall: [1], confirmLate: [1], confirmLateHands: [1], planLeftLateOnly: [2], planLateTurns: [1], confirmHandsNamed: [1], chairSays_picksWaitsAway: [1], chairSays_picksSelfAway: [2], timeWarning: [0], tExtended: [2], tExtendedYou: [1], chairSays_roundDoneTimeUp: [2, 3], quickExitHint: [0], helpEscape: [0] };

describe('client strings', () => {
  // A fresh tester's chair read "the meeting is 10 min ahead of the plan" after a quick opening
  // as something gone wrong; a third (C, 2026-12-03) read "10 min to spare" as the meeting ending
  // early. It says where the meeting stands against the plan, and that nothing needs doing.
  it('says a meeting ahead of its plan is ahead, and that there is no need to hurry (nb and en)', () => {
    expect(dict('nb').scriptAhead(10)).toBe('Møtet ligger 10 min foran planen: ingen grunn til å skynde seg.');
    expect(dict('en').scriptAhead(10)).toBe('The meeting is 10 min ahead of its plan: no need to hurry.');
  });

  // The status line said "Møteleder har mistet forbindelsen" while the transcript beside it said
  // "Møtelederen mistet forbindelsen": two names for the one person. Every bokmål string about the
  // chair's lost connection names them as the transcript does (the definite "møtelederen").
  it('names the chair alike in every bokmål line about the chair losing the connection', () => {
    const nb = dict('nb') as Record<string, unknown>;
    const texts = Object.values(nb).map((v) => (typeof v === 'function' ? String((v as (...a: unknown[]) => unknown)('X', 2, 3)) : String(v)));
    const chairDrop = texts.filter((t) => /^Møteleder\S* (har )?mistet forbindelsen/.test(t));
    expect(chairDrop.length).toBeGreaterThanOrEqual(8);
    expect(chairDrop.filter((t) => !t.startsWith('Møtelederen '))).toEqual([]);
  });

  // A fresh tester (2026-12-05) read "Møteleder ga mer tid" and "Møtelederen mistet forbindelsen"
  // as two names. Every bokmål sentence with the chair as its subject says "Møtelederen"; the bare
  // word stays for labels and compounds ("Møteleder", "Møteleder-rollen", "Møteleder neste gang").
  it('names the chair alike in every bokmål sentence the chair is the subject of', () => {
    const nb = dict('nb') as Record<string, unknown>;
    const texts = Object.values(nb).map((v) => (typeof v === 'function' ? String((v as (...a: unknown[]) => unknown)('X', 2, 3)) : String(v)));
    texts.push(...Object.values(ERROR_MESSAGES).map((m) => m.nb));
    const bare = /(?:^|[.!?:]\s)Møteleder (?:har|spør|åpner|legger|skriver|gir|ga|slipper|kan|velger|sender|fjernet|dempet|avsluttet|er|sendte|tar|ber|vil)\b/u;
    expect(texts.filter((t) => bare.test(t))).toEqual([]);
    expect(texts.filter((t) => /(?:^|[.!?:]\s)Møtelederen /u.test(t)).length).toBeGreaterThanOrEqual(30);
  });

  it('has every string in both languages, non-empty, with the same arguments', () => {
    const nb = dict('nb') as Record<string, unknown>;
    const en = dict('en') as Record<string, unknown>;
    expect(Object.keys(en).sort()).toEqual(Object.keys(nb).sort());
    for (const [key, v] of Object.entries(nb)) {
      const other = en[key];
      expect(typeof other, key).toBe(typeof v);
      if (typeof v === 'function' && typeof other === 'function') {
        expect(other.length, key).toBe(v.length);
        // Flag arguments (booleans that choose the wording) are tried both ways and never shown;
        // every other argument is shown: a translation that drops the speaker's name is a bug.
        const flags = FLAG_ARGS[key] ?? [];
        for (const flag of [true, false]) {
          const args = Array.from({ length: v.length }, (_, i) => (flags.includes(i) ? flag : `ARG${i}`));
          for (const out of [v(...args), other(...args)]) {
            expect(out.trim().length, key).toBeGreaterThan(0);
            for (const a of args) if (typeof a === 'string') expect(out, key).toContain(a);
          }
        }
      } else {
        expect(String(v).trim().length, key).toBeGreaterThan(0);
        expect(String(other).trim().length, key).toBeGreaterThan(0);
      }
    }
  });

  it('defaults to bokmål for Norwegian browsers and English otherwise', () => {
    expect(defaultLang(['nb-NO'])).toBe('nb');
    expect(defaultLang(['no'])).toBe('nb');
    expect(defaultLang(['nn-NO', 'en'])).toBe('nb');
    expect(defaultLang(['en-US', 'nb'])).toBe('en');
    expect(defaultLang(['sv-SE'])).toBe('en');
    expect(defaultLang([])).toBe('en');
  });

  it('mirrors the protocol constants it cannot import at run time', () => {
    expect(PROTOCOL_VERSION).toBe(protocol.PROTOCOL_VERSION);
    expect(LIMITS).toEqual(protocol.LIMITS);
  });
});
