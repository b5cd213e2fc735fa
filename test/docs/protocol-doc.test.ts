// docs/protocol.md is the public API for other clients: it must name every command, every event
// type, every view field and every error code the code has, with the error messages exactly as
// shared/errors.ts has them. The lists below are checked against the types by tsc (a missing
// or extra key is a compile error) and against the source text at run time.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ERROR_CODES, ERROR_MESSAGES } from '../../shared/errors.js';
import type { DoorReason, DoorView } from '../../shared/meeting/door.js';
import type { EventType } from '../../shared/meeting/events.js';
import type { MeetingView, ParticipantView } from '../../shared/meeting/view.js';
import {
  COMMANDS,
  COMMAND_EVENTS,
  COMMAND_IDS_KEPT,
  commandId,
  LIMITS,
  PROTOCOL_VERSION,
  catchUpPayload,
  createMeetingPayload,
  holdingsPayload,
  joinCodePayload,
  joinPayload,
  resumePayload,
} from '../../shared/protocol.js';
import type { CatchUpResult, ClientToServerEvents, CommandEvent, DirectoryEntry, ServerToClientEvents } from '../../shared/protocol.js';

const doc = readFileSync(new URL('../../docs/protocol.md', import.meta.url), 'utf8');
const realtimeSource = readFileSync(new URL('../../server/realtime.ts', import.meta.url), 'utf8');

/** What a client sends besides the commands, with its payload schema (tsc checks the list is whole). */
const SESSION_EVENTS: Record<Exclude<keyof ClientToServerEvents, CommandEvent>, z.ZodObject> = {
  join: joinPayload, resume: resumePayload, holdings: holdingsPayload, joinCode: joinCodePayload, catchUp: catchUpPayload,
};
const CATCH_UP_FIELDS: Record<keyof CatchUpResult, true> = { view: true, missed: true };
// Without its comments: a comment line ending in ';' would end the union early.
const eventsSource = readFileSync(new URL('../../shared/meeting/events.ts', import.meta.url), 'utf8').replace(/\/\*[\s\S]*?\*\//gu, '');

const EVENT_TYPES: Record<EventType, true> = {
  nextChair: true, membersAsked: true, endingSoon: true, greeterAsked: true, greeterDeclined: true,
  joined: true, waitingRoom: true, admitted: true, denied: true, left: true, connection: true, phase: true,
  chair: true, rotationOpen: true, coChair: true, topic: true, reading: true, note: true, turnMode: true, turn: true, share: true,
  shareEnded: true, roundComplete: true, timeWarning: true, extended: true, moreTimeAsked: true, hands: true, handLowered: true, acknowledged: true, keeperPatch: true,
  muted: true, held: true, guardMode: true, reported: true, shareHidden: true, removed: true, sentToWaiting: true, locked: true, doorWatched: true, doorClosed: true, frozen: true, volunteer: true, ended: true,
  role: true, shareLength: true, plan: true, lastCall: true, handPriority: true,
  discreet: true,
  chairVacant: true, chairFilled: true, turnHeld: true, turnResumed: true,
  segment: true,
  newcomer: true, greeter: true, greeting: true, doorUpdate: true,
};
const VIEW_FIELDS: Record<keyof MeetingView, true> = {
  group: true, practice: true, greeterAsk: true, nextChairHanded: true, ask: true, endsAt: true,
  id: true, seq: true, phase: true, title: true, language: true, formatId: true, access: true, locked: true,
  doorWatched: true, frozen: true, topic: true, chairId: true, coChairId: true, turnMode: true, effectiveMode: true,
  roundNumber: true, roundActive: true, shareMs: true, speaker: true, participants: true, waiting: true, you: true,
  warnMs: true, upNext: true, queuedNotes: true, plan: true,
  discreet: true, present: true, guard: true, reports: true,
  speakerGraceMs: true, graceMs: true, gracePaused: true, chairVacant: true, rotationOpen: true,
  script: true,
  greeterId: true,
  waitingCount: true,
};
const SPEAKER_FIELDS: Record<keyof NonNullable<MeetingView['speaker']>, true> = {
  id: true, turn: true, deadline: true, remainingMs: true, warned: true, extended: true, askedMoreTime: true, frozen: true, heldUntil: true, heldLeftMs: true, heldRemainingMs: true, acks: true,
};
const PARTICIPANT_FIELDS: Record<keyof ParticipantView, true> = {
  id: true, name: true, role: true, volunteer: true, connected: true, muted: true, status: true, hand: true, lateTurn: true, shared: true, hadTurn: true, firstTime: true,
};
const YOU_FIELDS: Record<keyof MeetingView['you'], true> = { id: true, waiting: true, isChair: true, isCoChair: true, isGreeter: true, place: true, ifYouLeave: true, firstMeeting: true };
const SERVER_EVENTS: Record<keyof ServerToClientEvents, true> = { view: true, door: true, event: true, seq: true, nextChairKey: true, bye: true };
const DOOR_FIELDS: Record<keyof DoorView, true> = { id: true, title: true, language: true, formatId: true, access: true, waiting: true, locked: true, reason: true, accepted: true, guidelinesText: true, greeted: true };
const DOOR_REASONS: Record<DoorReason, true> = { wrongCode: true, closed: true, locked: true, held: true, sentBack: true };
const BYE_REASONS: Record<Parameters<ServerToClientEvents['bye']>[0], true> = {
  removed: true, denied: true, ended: true, idle: true, replaced: true, restarting: true, interrupted: true,
};
const DIRECTORY_FIELDS: Record<keyof DirectoryEntry, true> = {
  meetingId: true, groupSlug: true, title: true, language: true, formatId: true, access: true, phase: true, startsAt: true,
  endsAt: true, present: true,
};

/** The text under a heading, up to the next heading. */
function section(heading: string): string {
  const lines = doc.split('\n');
  const start = lines.findIndex((l) => l.trim() === heading);
  if (start < 0) return '';
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => l.startsWith('#'));
  return rest.slice(0, end < 0 ? undefined : end).join('\n');
}

const fieldsOf = (schema: unknown): string[] => Object.keys((schema as z.ZodObject).shape);
const tableRow = (key: string): string | undefined => doc.split('\n').find((l) => l.startsWith(`| \`${key}\` |`));
const cells = (row: string): string[] => row.split(/(?<!\\)\|/u).slice(1, -1).map((c) => c.trim());

/** MeetingEvent's members as written in events.ts, with whether they carry `to`. */
function eventsInSource(): Map<string, boolean> {
  const union = /export type MeetingEvent =([\s\S]*?);\n/u.exec(eventsSource)?.[1] ?? '';
  const out = new Map<string, boolean>();
  for (const m of union.matchAll(/\{\s*type:\s*'(\w+)'([^}]*)\}/gu)) out.set(m[1]!, /\bto:\s*string/u.test(m[2]!));
  return out;
}

describe('docs/protocol.md covers the protocol', () => {
  it('states the protocol version', () => {
    expect(doc).toContain(`PROTOCOL_VERSION = ${PROTOCOL_VERSION}`);
    expect(doc).toContain(`v: ${PROTOCOL_VERSION},`);
  });

  it('documents join and resume with every payload field', () => {
    for (const [name, schema] of [['join', joinPayload], ['resume', resumePayload]] as const) {
      const text = section(`### \`${name}\``);
      expect(text, `a "### \`${name}\`" section`).not.toBe('');
      for (const f of fieldsOf(schema)) expect(text, `${name}.${f}`).toMatch(new RegExp(`\\b${f}\\??:`, 'u'));
      expect(text).toContain('Errors:');
    }
  });

  it.each(COMMAND_EVENTS)('documents the command %s: heading, every payload field, who may send it, errors', (name) => {
    const text = section(`#### \`${name}\``);
    expect(text, `a "#### \`${name}\`" section`).not.toBe('');
    expect(text).toContain('Payload:');
    for (const f of fieldsOf(COMMANDS[name].schema)) expect(text, `${name}.${f}`).toMatch(new RegExp(`\\b${f}:`, 'u'));
    if (fieldsOf(COMMANDS[name].schema).length === 0) expect(text).toContain('Payload: `{}`');
    expect(text).toContain('Errors:');
  });

  it('documents no command the server does not have', () => {
    const documented = [...doc.matchAll(/^#### `(\w+)`$/gmu)].map((m) => m[1]);
    expect(documented.sort()).toEqual([...COMMAND_EVENTS].sort());
  });

  it('the maintained list of event types is exactly the MeetingEvent union in events.ts', () => {
    expect([...eventsInSource().keys()].sort()).toEqual(Object.keys(EVENT_TYPES).sort());
  });

  it('documents every meeting event type with its fields, and marks the private ones', () => {
    for (const [type, isPrivate] of eventsInSource()) {
      const row = tableRow(type);
      expect(row, `a row for event "${type}"`).toBeDefined();
      const fieldsCell = cells(row!)[1] ?? '';
      expect(fieldsCell.includes('`to`'), `event "${type}" ${isPrivate ? 'carries' : 'has no'} \`to\``).toBe(isPrivate);
    }
  });

  it('documents every event field named in events.ts', () => {
    const union = /export type MeetingEvent =([\s\S]*?);\n/u.exec(eventsSource)?.[1] ?? '';
    for (const m of union.matchAll(/\{\s*type:\s*'(\w+)'([^}]*)\}/gu)) {
      const fields = [...m[2]!.matchAll(/(\w+):/gu)].map((f) => f[1]!);
      const row = tableRow(m[1]!) ?? '';
      for (const f of fields) expect(cells(row)[1] ?? '', `${m[1]}.${f}`).toContain(`\`${f}\``);
    }
  });

  it('documents command ids: the field with its exact limits, the repeat answer, and what STORE_UNAVAILABLE means now', () => {
    const text = section('### Command ids');
    expect(text, 'a "### Command ids" section').not.toBe('');
    expect(text).toContain('commandId?: string');
    expect(text).toContain('{ ok: true, repeat: true }');
    expect(text).toContain(`newest ${COMMAND_IDS_KEPT} commands`);
    // The limits as written are the schema's.
    const [min, max] = /(\d+)–(\d+) characters of A–Z a–z 0–9 _ -/u.exec(text)!.slice(1).map(Number);
    expect(commandId.safeParse('a'.repeat(min!)).success).toBe(true);
    expect(commandId.safeParse('a'.repeat(min! - 1)).success).toBe(false);
    expect(commandId.safeParse('a'.repeat(max!)).success).toBe(true);
    expect(commandId.safeParse('a'.repeat(max! + 1)).success).toBe(false);
    // No longer "nothing changed": the outcome of a STORE_UNAVAILABLE command is unknown.
    const row = tableRow('STORE_UNAVAILABLE')!;
    expect(row).not.toMatch(/nothing changed/u);
    expect(row).toContain('may or may not have been applied');
    expect(section('## Acknowledgements')).toContain('**may or may not have\nbeen applied**');
  });

  it('documents every server-to-client event and farewell reason', () => {
    for (const e of Object.keys(SERVER_EVENTS)) expect(tableRow(e), `server event ${e}`).toBeDefined();
    for (const r of Object.keys(BYE_REASONS)) expect(doc, `bye reason ${r}`).toContain(`'${r}'`);
  });

  it('documents every field of the meeting view', () => {
    for (const f of Object.keys(VIEW_FIELDS)) expect(tableRow(f), `view.${f}`).toBeDefined();
    const speakerRow = tableRow('speaker') ?? '';
    for (const f of Object.keys(SPEAKER_FIELDS)) expect(speakerRow, `view.speaker.${f}`).toContain(`\`${f}\``);
    const youRow = tableRow('you') ?? '';
    for (const f of Object.keys(YOU_FIELDS)) expect(youRow, `view.you.${f}`).toContain(f);
    const participants = /`ParticipantView`:([^\n]*\n[^\n]*\n[^\n]*)/u.exec(doc)?.[1] ?? '';
    for (const f of Object.keys(PARTICIPANT_FIELDS)) expect(participants, `ParticipantView.${f}`).toContain(`\`${f}\``);
  });

  it('documents the door view: every field and every reason', () => {
    const text = section('## The door view');
    expect(text, 'a "## The door view" section').not.toBe('');
    for (const f of Object.keys(DOOR_FIELDS)) expect(text, `DoorView.${f}`).toContain(`| \`${f}\` |`);
    for (const r of Object.keys(DOOR_REASONS)) expect(text, `door reason ${r}`).toContain(`\`${r}\``);
  });

  it('has a row for every error code with exactly the messages of shared/errors.ts', () => {
    for (const code of ERROR_CODES) {
      const { nb, en } = ERROR_MESSAGES[code];
      const row = tableRow(code);
      expect(row, `missing row, e.g.: | \`${code}\` | … | ${nb} | ${en} |`).toBeDefined();
      const [, , docNb, docEn] = cells(row!);
      expect(docNb, `${code} nb`).toBe(nb);
      expect(docEn, `${code} en`).toBe(en);
    }
  });

  it('the server registers exactly the documented client events (realtime.ts handler table)', () => {
    const list = /const handlers = new Map<string, Handler>\(\[([\s\S]*?)\n {2}\]\);/u.exec(realtimeSource)?.[1] ?? '';
    const named = [...list.matchAll(/\['(\w+)', \{/gu)].map((m) => m[1]!);
    expect(list).toContain('...COMMAND_EVENTS.map');
    expect(named.sort()).toEqual(Object.keys(SESSION_EVENTS).sort());
  });

  it.each(Object.keys(SESSION_EVENTS))('documents the client event %s: heading, every payload field, its errors, all real codes', (name) => {
    const text = section(`### \`${name}\``);
    expect(text, `a "### \`${name}\`" section`).not.toBe('');
    const fields = fieldsOf(SESSION_EVENTS[name as keyof typeof SESSION_EVENTS]);
    for (const f of fields) expect(text, `${name}.${f}`).toMatch(new RegExp(`\\b${f}\\??:`, 'u'));
    if (fields.length === 0) expect(text).toContain('no fields');
    const errors = /Errors:([\s\S]*)$/u.exec(text)?.[1] ?? '';
    expect(errors, `${name}: an Errors: line`).not.toBe('');
    const codes = [...errors.matchAll(/`([A-Z][A-Z_]{3,})`/gu)].map((m) => m[1]!);
    expect(codes.length).toBeGreaterThan(0);
    for (const c of codes) expect(ERROR_CODES as readonly string[], `${name} names ${c}`).toContain(c);
  });

  it('documents the catchUp acknowledgement and the delivery guarantees a client may rely on', () => {
    const catchUp = section('### `catchUp`');
    for (const f of Object.keys(CATCH_UP_FIELDS)) expect(catchUp, `catchUp ack .${f}`).toMatch(new RegExp(`\\b${f}:`, 'u'));
    const delivery = section('### Delivery: order and exactly once');
    expect(delivery, 'a "### Delivery: order and exactly once" section').not.toBe('');
    // Per socket: one order (views strictly increasing), gaps repaired with catchUp, exactly once after resume.
    expect(delivery).toMatch(/per socket/u);
    expect(delivery).toMatch(/strictly increasing/u);
    expect(delivery).toMatch(/catchUp \{ afterSeq/u);
    expect(delivery).toMatch(/After `resume` with `lastSeq: N`, each room event with `seq > N`[\s\S]*exactly once/u);
    expect(section('### `resume`')).toMatch(/exactly once/u);
    expect(doc).toContain('(#delivery-order-and-exactly-once)');
  });

  it('names no error code that does not exist', () => {
    const known = new Set<string>(ERROR_CODES);
    const notCodes = new Set(['PROTOCOL_VERSION']);
    const named = [...doc.matchAll(/`([A-Z][A-Z_]{3,})`/gu)].map((m) => m[1]!).filter((c) => !notCodes.has(c) && !c.startsWith('RUNDE_'));
    expect(named.filter((c) => !known.has(c))).toEqual([]);
  });

  it('states the text limits of shared/protocol.ts', () => {
    const limits = section('## Text and limits');
    expect(limits).toContain(`| share \`text\` | 1–${LIMITS.shareChars} |`);
    expect(limits).toContain(`| chair note \`text\` | 1–${LIMITS.noteChars} |`);
    expect(limits).toContain(`| topic \`text\` | 0–${LIMITS.topicChars}`);
    expect(limits).toContain(`| meeting \`title\` | 1–${LIMITS.titleChars} |`);
    expect(limits).toContain(`| pseudonym \`name\` | ${LIMITS.nameMin}–${LIMITS.nameMax};`);
    expect(limits).toContain(`1–${LIMITS.joinCodeMax} on \`join\``);
  });

  it('documents the HTTP API', () => {
    for (const h of ['### `GET /api/groups/:slug`', '### `GET /api/feed.json`', '### `GET /api/meetings`', '### `POST /api/meetings`', '### `GET /api/meetings/:id`', '### `GET /api/help`', '### `GET /healthz`']) {
      expect(section(h), h).not.toBe('');
    }
    const directory = section('### `GET /api/meetings`');
    for (const f of Object.keys(DIRECTORY_FIELDS)) expect(directory, `DirectoryEntry.${f}`).toMatch(new RegExp(`\\b${f}:`, 'u'));
    const create = section('### `POST /api/meetings`');
    for (const f of fieldsOf(createMeetingPayload)) expect(create, `CreateMeetingPayload.${f}`).toMatch(new RegExp(`\\b${f}\\??:`, 'u'));
    expect(create).toContain('201 { ok: true, meetingId: string, chairKey: string }');
    expect(section('### `GET /api/meetings/:id`')).toContain('404 MEETING_NOT_FOUND');
    expect(section('### `GET /api/meetings/:id`')).toContain('410 MEETING_ENDED');
  });

  // A chair who had practised a few times was refused their real meeting with only "wait a
  // moment": the two endpoints have separate budgets and a refusal says when to try again.
  it('documents the creation limits: a budget per endpoint, Retry-After and retryAfterMs', () => {
    const limits = section('### Creation limits');
    expect(limits, 'a "### Creation limits" section').not.toBe('');
    for (const s of ['RUNDE_CREATE_PER_HOUR', 'RUNDE_PRACTICE_PER_HOUR', 'Retry-After', '`retryAfterMs`', 'rounded up', '429']) expect(limits, s).toContain(s);
    expect(section('### `POST /api/meetings`')).toContain('#creation-limits');
    expect(section('### `POST /api/practice`')).toContain('RUNDE_PRACTICE_PER_HOUR');
    expect(section('### `POST /api/practice`')).toContain('#creation-limits');
    expect(readFileSync(new URL('../../README.md', import.meta.url), 'utf8')).toContain('| `RUNDE_PRACTICE_PER_HOUR` | `20` |');
  });
});
