// Where the sanitizer runs, and in what order. Lengths and emptiness are checked on the normalised
// text as sent (the payload's schema, first of all checks) and, for text that holds markup, again
// on the text as it will be delivered; the sanitizer's parse, the expensive step, runs only for a
// command the meeting would accept: seat, role, phase and turn come first (docs/protocol.md).
import type { z } from 'zod';
import type { ErrorCode } from '../shared/errors.js';
import type { Command } from '../shared/meeting/commands.js';
import { decide } from '../shared/meeting/decide.js';
import { errorMessage } from '../shared/errors.js';
import { shareFindings, type GuardFinding } from '../shared/meeting/guard-mode.js';
import type { MeetingState } from '../shared/meeting/state.js';
import type { Ack } from '../shared/protocol.js';
import { normalizeText } from '../shared/text.js';
import { sanitizePayload } from './sanitize.js';

/** Whether any string in the payload could hold markup (the sanitizer's own cheap test). */
function mayHoldMarkup(v: unknown): boolean {
  if (typeof v === 'string') return /<[A-Za-z!/?]/.test(v);
  if (v && typeof v === 'object') return Object.values(v).some(mayHoldMarkup);
  return false;
}

/**
 * Whether cleaning left nothing of a string that had words: text that was only markup. In every
 * field, also one where `''` means something (a topic's `''` clears it), that is refused, never
 * taken for the empty value.
 */
function emptied(before: unknown, after: unknown): boolean {
  if (typeof before === 'string') return before !== '' && typeof after === 'string' && normalizeText(after) === '';
  if (!before || typeof before !== 'object' || !after || typeof after !== 'object') return false;
  const a = after as Record<string, unknown>;
  return Object.entries(before as Record<string, unknown>).some(([k, v]) => emptied(v, a[k]));
}

/**
 * Parses `raw` with `schema`, sanitizes every string, and parses the result again, so the
 * schema's limits (min/max length, shape) hold for the cleaned text. INVALID_PAYLOAD when either
 * parse fails, or cleaning emptied a string: `<b></b>` as a share, note, title or topic is
 * empty once cleaned, so it is refused, not delivered.
 */
export function parseClean<S extends z.ZodType>(schema: S, raw: unknown): { ok: true; data: z.output<S> } | { ok: false } {
  const first = schema.safeParse(raw);
  if (!first.success) return { ok: false };
  if (!mayHoldMarkup(first.data)) return { ok: true, data: first.data };
  const cleaned = sanitizePayload(first.data);
  if (emptied(first.data, cleaned)) return { ok: false };
  const second = schema.safeParse(cleaned);
  return second.success ? { ok: true, data: second.data } : { ok: false };
}

/**
 * Builds the core command for an already parsed payload. When the payload may hold markup, the
 * command is first tried on `state` as sent (decide is pure and cheap); only if the meeting
 * would take it does the payload pay for the sanitizer and a second parse.
 */
export function cleanCommand<S extends z.ZodType>(
  state: MeetingState,
  schema: S,
  payload: z.output<S>,
  build: (p: z.output<S>) => Command,
  now: number,
): Command | ErrorCode {
  if (!mayHoldMarkup(payload)) return build(payload);
  const dry = decide(state, build(payload), now);
  if (!dry.ok) return dry.code;
  const clean = parseClean(schema, payload);
  return clean.ok ? build(clean.data) : 'INVALID_PAYLOAD';
}

/**
 * The GUARD_HINT answer to a share: what the guard asks the speaker to look at again. `found` is
 * what the guard found when the meeting refused the share (Decision.findings); only without it
 * (a refusal decided before the core, e.g. the sanitizer's dry run) is the guard run again.
 */
export function guardHint(state: MeetingState, pid: string, payload: unknown, found?: GuardFinding[]): Ack<never> {
  const text = (payload as { text?: unknown }).text;
  const findings = found ?? (typeof text === 'string' ? shareFindings(state, { id: pid }, text) : []);
  return { ok: false, code: 'GUARD_HINT', message: errorMessage('GUARD_HINT', state.language), findings };
}
