// The `share` payload checked by hand on the hot path (Issue 10: CPU per share). zod's parse of it
// (shared/protocol.ts: a strict object, the text's two length checks around its normalisation,
// `confirm`, the optional `commandId`) took ~2 % of the server's CPU under the share load, as
// baseline code: 40 shares a second never get it optimised. This answers only what it can answer
// exactly as the schema would: a plain object holding a well-formed text within the limits and,
// optionally, a boolean `confirm` and a well-formed `commandId`. For anything else it answers
// nothing and the schema decides, so every refusal, and what it says, is still the schema's
// (test/server/share-payload.test.ts checks both on random and edge payloads).
import { LIMITS } from '../shared/limits.js';
import { isWellFormedText, normalizeText } from '../shared/text.js';

/** What `commandSchema('share')` outputs for a payload it accepts. */
export interface SharePayload {
  text: string;
  confirm?: boolean;
  commandId?: string;
}

const COMMAND_ID = /^[A-Za-z0-9_-]+$/;

/**
 * The parsed `share` payload (its text normalised) when `raw` is a plain object whose own keys
 * are `text` (a string of at most 2 × LIMITS.shareChars UTF-16 units, well-formed, that keeps
 * 1–LIMITS.shareChars units once normalised) and optionally `confirm` (a boolean) and `commandId`
 * (8–64 of `A-Z a-z 0-9 _ -`); undefined otherwise, whether the payload is invalid or merely
 * unusual (an explicit `undefined`, another prototype): then the caller asks the schema.
 */
export function fastSharePayload(raw: unknown): SharePayload | undefined {
  if (typeof raw !== 'object' || raw === null || Object.getPrototypeOf(raw) !== Object.prototype) return undefined;
  let text: unknown;
  let confirm: unknown;
  let commandId: unknown;
  for (const k in raw) {
    if (!Object.prototype.hasOwnProperty.call(raw, k)) return undefined;
    const v: unknown = (raw as Record<string, unknown>)[k];
    if (k === 'text') text = v;
    else if (k === 'confirm') confirm = v;
    else if (k === 'commandId') commandId = v;
    else return undefined;
  }
  // Present with `undefined` as its value: left to the schema (its output keeps such a key).
  if (confirm === undefined && Object.prototype.hasOwnProperty.call(raw, 'confirm')) return undefined;
  if (commandId === undefined && Object.prototype.hasOwnProperty.call(raw, 'commandId')) return undefined;
  if (confirm !== undefined && typeof confirm !== 'boolean') return undefined;
  if (commandId !== undefined && (typeof commandId !== 'string' || commandId.length < 8 || commandId.length > 64 || !COMMAND_ID.test(commandId))) return undefined;
  if (typeof text !== 'string' || text.length > LIMITS.shareChars * 2 || !isWellFormedText(text)) return undefined;
  const normal = normalizeText(text);
  if (normal.length < 1 || normal.length > LIMITS.shareChars || !isWellFormedText(normal)) return undefined;
  const out: SharePayload = { text: normal };
  if (confirm !== undefined) out.confirm = confirm;
  if (commandId !== undefined) out.commandId = commandId;
  return out;
}
