// The hand-written `share` check (server/share-payload.ts) answers only what the schema would
// answer, and answers it the same: for every payload it accepts, commandSchema('share') accepts
// it too and outputs the same value; a payload it leaves alone goes to the schema (realtime.ts
// answer()). Checked on edge cases and on random payloads; and it does answer the usual shares,
// or it would save nothing (Issue 10).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastSharePayload } from '../../server/share-payload.js';
import { commandSchema, LIMITS } from '../../shared/protocol.js';

const schema = commandSchema('share');

/** Asserts that the fast check agrees with the schema on `raw`; returns whether it answered. */
function agrees(raw: unknown): boolean {
  const fast = fastSharePayload(raw);
  const parsed = schema.safeParse(raw);
  if (fast === undefined) return false;
  expect(parsed.success, JSON.stringify(raw)?.slice(0, 200)).toBe(true);
  expect(fast).toStrictEqual(parsed.data);
  return true;
}

const id = 'abcDEF_-12345678';
const usual: unknown[] = [
  { text: 'Jeg har hatt en lang uke.' },
  { text: 'Jeg har hatt en lang uke.', confirm: true },
  { text: 'Jeg har hatt en lang uke.', confirm: false, commandId: id },
  { commandId: id, text: '  spaces around  ' },
  { text: 'line\r\nbreaks\rand\u2028more\n\n\n\nbreaks' },
  { text: 'bidi \u202Eoverride\u202C and \u200Bzero width and \uFEFFbom' },
  { text: 'e\u0301 decomposed, tab\there, nbsp \u00A0\nend' },
  { text: 'emoji 👩‍👩‍👧 and 😀' },
  { text: 'x'.repeat(LIMITS.shareChars) },
  { text: ' '.repeat(LIMITS.shareChars) + 'x' + ' '.repeat(LIMITS.shareChars - 1) },
  { text: '<b>markup</b> stays for the sanitizer' },
];
const refused: unknown[] = [
  null,
  undefined,
  'text',
  42,
  [],
  ['text'],
  {},
  { text: '' },
  { text: '   \n\t ' },
  { text: '\u202E' },
  { text: 'x'.repeat(LIMITS.shareChars + 1) },
  { text: 'x'.repeat(LIMITS.shareChars * 2 + 1) },
  { text: 'lone \uD800 surrogate' },
  { text: 'ok', confirm: 'yes' },
  { text: 'ok', confirm: undefined },
  { text: 'ok', commandId: 'short' },
  { text: 'ok', commandId: 'x'.repeat(65) },
  { text: 'ok', commandId: 'has space!' },
  { text: 'ok', commandId: undefined },
  { text: 'ok', extra: 1 },
  { text: 7 },
  JSON.parse('{"text":"ok","__proto__":{"x":1}}'),
  Object.assign(Object.create({ inherited: 1 }), { text: 'ok' }),
  Object.assign(Object.create(null), { text: 'ok' }),
  Buffer.from('{"text":"ok"}'),
];

describe('fastSharePayload', () => {
  it('answers the usual shares, exactly as the schema does', () => {
    for (const raw of usual) expect(agrees(raw), JSON.stringify(raw).slice(0, 80)).toBe(true);
  });

  it('leaves every payload the schema refuses, and every unusual one, to the schema', () => {
    for (const raw of refused) {
      agrees(raw);
      if (!schema.safeParse(raw).success) expect(fastSharePayload(raw)).toBeUndefined();
    }
  });

  it('agrees with the schema on random payloads', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 60 }),
      fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '\t', '\u00A0', '\u202E', '\u200B', '\u0301', '\uD83D', '\uDE00', '<', 'å'), maxLength: 40 }),
      fc.integer({ min: LIMITS.shareChars - 3, max: LIMITS.shareChars + 3 }).map((n) => 'y'.repeat(n)),
      fc.anything(),
    );
    const payload = fc.record(
      {
        text,
        confirm: fc.oneof(fc.boolean(), fc.constant(undefined), fc.anything()),
        commandId: fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{6,66}$/), fc.string(), fc.constant(undefined)),
        other: fc.anything(),
      },
      { requiredKeys: [] },
    );
    // Mostly well-formed ones too, so the check's acceptances are tested as often as its refusals.
    const likely = fc.record(
      {
        text: fc.string({ unit: fc.constantFrom('a', 'å', ' ', '\n', '\r', '\t', '\u00A0', '\u202E', '\u0301', '😀', '<'), minLength: 0, maxLength: 30 }),
        confirm: fc.boolean(),
        commandId: fc.stringMatching(/^[A-Za-z0-9_-]{7,65}$/),
      },
      { requiredKeys: ['text'] },
    );
    let answered = 0;
    fc.assert(
      fc.property(fc.oneof(likely, payload, fc.anything()), (raw) => {
        if (agrees(raw)) answered += 1;
        else if (!schema.safeParse(raw).success) expect(fastSharePayload(raw)).toBeUndefined();
      }),
      { numRuns: 3000, seed: 10 },
    );
    expect(answered).toBeGreaterThan(100);
  });
});
