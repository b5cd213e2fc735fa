// Every text field on the wire counts its length in UTF-16 code units (string.length), as
// docs/protocol.md promises, and refuses ill-formed UTF-16 (a lone surrogate) — on the socket
// (join, every command with text) and over HTTP (POST /api/meetings). Fresh tester of issue 12:
// zod's own .max counted code points, so 2000 emoji (4000 units) passed as a share, and
// "lone \ud800 surrogate" was stored and delivered.
import { describe, expect, it } from 'vitest';
import { COMMANDS, LIMITS, PROTOCOL_VERSION, createFieldOf, createMeetingPayload, joinPayload, pseudonym } from '../../shared/protocol.js';
import { isWellFormedText } from '../../shared/text.js';

const EMOJI = '😀'; // one code point, two UTF-16 units
const join = { v: PROTOCOL_VERSION, meetingId: 'm1', name: 'Gjest', role: 'participant', volunteer: false, pledge: true };
const create = { title: 'Møte', formatId: 'standard', language: 'nb', access: 'open', listed: false };

/** Every free-text command field and its limit in units. */
const TEXT_COMMANDS = [
  ['share', LIMITS.shareChars],
  ['chairNote', LIMITS.noteChars],
  ['setTopic', LIMITS.topicChars],
] as const;

describe('lengths are UTF-16 code units', () => {
  it('a command text of emoji is measured in units: at the limit accepted, one unit over refused', () => {
    for (const [name, max] of TEXT_COMMANDS) {
      const schema = COMMANDS[name].schema;
      expect(schema.safeParse({ text: EMOJI.repeat(max / 2) }).success, name).toBe(true);
      expect(schema.safeParse({ text: EMOJI.repeat(max / 2) + 'x' }).success, name).toBe(false);
      // The tester's kind of case: fewer code points than the limit, more units (1800 as a note).
      expect(schema.safeParse({ text: EMOJI.repeat(max * 0.9) }).success, name).toBe(false);
    }
    expect(COMMANDS.share.schema.safeParse({ text: EMOJI.repeat(LIMITS.shareChars) }).success).toBe(false);
    expect(COMMANDS.setTopic.schema.safeParse({ text: EMOJI.repeat(150) }).success).toBe(false);
  });

  it('before normalisation a field may be at most twice its limit, in units', () => {
    for (const [name, max] of TEXT_COMMANDS) {
      const schema = COMMANDS[name].schema;
      // Invisible characters are stripped by normalisation: what is left fits, but not what was sent.
      expect(schema.safeParse({ text: 'a' + '\u200B'.repeat(max * 2 - 1) }).success, name).toBe(true);
      expect(schema.safeParse({ text: 'a' + '\u200B'.repeat(max * 2) }).success, name).toBe(false);
      expect(schema.safeParse({ text: 'a' + '\u200B'.repeat(max - 1) + EMOJI.repeat(max / 2) }).success, name).toBe(false);
    }
  });

  it('a title over HTTP, a pseudonym and join codes count units too', () => {
    expect(createMeetingPayload.safeParse({ ...create, title: EMOJI.repeat(LIMITS.titleChars / 2) }).success).toBe(true);
    expect(createMeetingPayload.safeParse({ ...create, title: EMOJI.repeat(60) }).success).toBe(false);
    expect(createFieldOf({ ...create, title: EMOJI.repeat(60) })).toBe('title');
    expect(pseudonym.safeParse('Å'.repeat(LIMITS.nameMax)).success).toBe(true);
    expect(pseudonym.safeParse('𝓐'.repeat(LIMITS.nameMax / 2 + 1)).success).toBe(false);
    expect(joinPayload.safeParse({ ...join, joinCode: EMOJI.repeat(LIMITS.joinCodeMax / 2) }).success).toBe(true);
    expect(joinPayload.safeParse({ ...join, joinCode: EMOJI.repeat(LIMITS.joinCodeMax / 2 + 1) }).success).toBe(false);
    expect(joinPayload.safeParse({ ...join, chairKey: EMOJI.repeat(33) }).success).toBe(false);
    expect(createMeetingPayload.safeParse({ ...create, joinCode: EMOJI.repeat(LIMITS.joinCodeMax / 2 + 1) }).success).toBe(false);
    // The shortest join code is 4 units: two emoji reach it, one does not.
    expect(createMeetingPayload.safeParse({ ...create, joinCode: EMOJI.repeat(2) }).success).toBe(true);
    expect(createMeetingPayload.safeParse({ ...create, joinCode: EMOJI + 'x' }).success).toBe(false);
    expect(createMeetingPayload.safeParse({ ...create, formatId: EMOJI.repeat(17) }).success).toBe(false);
  });
});

describe('ill-formed UTF-16 is refused in every text field', () => {
  const LONE = ['lone \ud800 surrogate', '\ud800 lone', 'tail \udfff', 'reversed \udc00\ud800 pair', 'end \ud83d'];

  it('isWellFormedText answers as String.prototype.isWellFormed', () => {
    for (const s of [...LONE, 'ok', EMOJI, '', 'æøå 𝓐 \u200D']) {
      expect(isWellFormedText(s), JSON.stringify(s)).toBe((s as string & { isWellFormed(): boolean }).isWellFormed());
    }
  });

  it('on the socket: share, chair note, topic, pseudonym, join codes and chair key', () => {
    for (const bad of LONE) {
      for (const [name] of TEXT_COMMANDS) expect(COMMANDS[name].schema.safeParse({ text: bad }).success, `${name} ${JSON.stringify(bad)}`).toBe(false);
      expect(joinPayload.safeParse({ ...join, name: `Kari ${bad.includes('\ud800') ? '\ud800' : '\udfff'}` }).success).toBe(false);
      expect(joinPayload.safeParse({ ...join, joinCode: bad }).success).toBe(false);
      expect(joinPayload.safeParse({ ...join, chairKey: bad }).success).toBe(false);
    }
    // Whole pairs are characters like any other.
    expect(COMMANDS.share.schema.safeParse({ text: `paired ${EMOJI}` }).success).toBe(true);
  });

  it('over HTTP: the title and the join code, with the field named', () => {
    for (const bad of LONE) {
      expect(createMeetingPayload.safeParse({ ...create, title: bad }).success).toBe(false);
      expect(createFieldOf({ ...create, title: bad })).toBe('title');
      expect(createFieldOf({ ...create, joinCode: `code ${bad}` })).toBe('joinCode');
    }
  });
});

describe('a topic: only an explicit empty text clears it', () => {
  it("'' clears; text that normalises to nothing is refused like any other field", () => {
    const topic = COMMANDS.setTopic.schema;
    expect(topic.safeParse({ text: '' })).toMatchObject({ success: true, data: { text: '' } });
    for (const empty of ['   ', '\u200B', '\n\n', '\u202E']) {
      expect(topic.safeParse({ text: empty }).success, JSON.stringify(empty)).toBe(false);
      expect(COMMANDS.share.schema.safeParse({ text: empty }).success, JSON.stringify(empty)).toBe(false);
    }
    expect(topic.safeParse({ text: '  Håp  ' })).toMatchObject({ success: true, data: { text: 'Håp' } });
  });
});
