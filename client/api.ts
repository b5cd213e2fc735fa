// The same-origin HTTP API: meeting directory, creating a meeting, a meeting's door card, help lines.
import type { ErrorCode } from '../shared/errors.js';
import type { CreateMeetingPayload, CreateMeetingResult, DirectoryEntry, GroupCard } from '../shared/protocol.js';
import type { Text } from '../shared/meeting/formats.js';
import type { BROWSER_ITEMS, LOG_LINES, PRIVACY_TEXT, PROCESS_MEMORY, STORED_ITEMS } from '../shared/privacy/catalog.js';

/** `field`: the request's field at fault, when the server names one (POST /api/meetings). */
/** A failure's `doorOpensAt` (ms, with NOT_OPEN_YET): when a weekly meeting's door opens. */
/** A failure's `retryAfterMs` (ms, with a 429 RATE_LIMITED from a creation): how long until it may be tried again. */
export type Result<T> = ({ ok: true } & T) | { ok: false; code: ErrorCode | 'OFFLINE'; message: string; field?: string; doorOpensAt?: number; retryAfterMs?: number };

export interface MeetingCard {
  title: string;
  language: 'nb' | 'en';
  formatId: string;
  access: 'open' | 'closed';
  phase: string;
  locked: boolean;
  /** A weekly group's meeting: a chair key for it was handed on "chair next time" and works once. */
  group: boolean;
  /** How long a seat is kept after its connection or page was lost, ms (the meeting's grace period). */
  graceMs?: number;
  /** Sent with a valid chair key whose holder's seat is still kept: that seat's pseudonym (docs/protocol.md). */
  chairSeat?: { name: string };
  /** Sent (true) with a valid chair key whose holder had a seat that is no longer kept: joining seats them anew, in the chair (docs/protocol.md). */
  chairSeatGone?: boolean;
  /** The holder had passed the chair on and someone else holds it: beside `chairSeat`, the kept seat comes without the chair; beside `chairSeatGone`, joining gives a seat, not the chair. */
  chairPassedOn?: boolean;
  /** Sent (true) when the chair key given opens no chair now (a wrong key, or a weekly group's one-time key already spent): joining with it is an ordinary join. */
  chairKeyWrong?: boolean;
}

export interface HelpLine {
  name: string;
  phone?: string;
  url?: string;
  text: Text;
}

const INIT: RequestInit = { credentials: 'same-origin', cache: 'no-store', referrerPolicy: 'no-referrer' };

async function call<T extends object>(path: string, init: RequestInit = {}): Promise<Result<T>> {
  try {
    const res = await fetch(path, { ...INIT, ...init });
    const body = (await res.json()) as unknown;
    if (body && typeof body === 'object') {
      const b = body as { ok?: boolean; code?: ErrorCode; message?: string; field?: unknown; doorOpensAt?: unknown; retryAfterMs?: unknown };
      if (b.ok === false)
        return {
          ok: false,
          code: b.code ?? 'INTERNAL',
          message: b.message ?? '',
          ...(typeof b.field === 'string' ? { field: b.field } : {}),
          ...(typeof b.doorOpensAt === 'number' ? { doorOpensAt: b.doorOpensAt } : {}),
          ...(typeof b.retryAfterMs === 'number' && b.retryAfterMs > 0 ? { retryAfterMs: b.retryAfterMs } : {}),
        };
      if (!res.ok) return { ok: false, code: 'INTERNAL', message: '' };
      return { ...(body as T), ok: true };
    }
    return { ok: false, code: 'INTERNAL', message: '' };
  } catch {
    return { ok: false, code: 'OFFLINE', message: '' };
  }
}

export const listMeetings = () => call<{ meetings: DirectoryEntry[] }>('/api/meetings');

export const createMeeting = (p: CreateMeetingPayload) =>
  call<CreateMeetingResult>('/api/meetings', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(p) });

/** A practice meeting for one (Issue 15): the server seats its simulated members. */
export const openPractice = (language: 'nb' | 'en', adviceGiver: boolean, interrupter = false) =>
  call<CreateMeetingResult>('/api/practice', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ language, adviceGiver, interrupter }) });

/** The privacy page's catalog (shared/privacy/catalog.ts), as the server serves it. */
export interface PrivacyCatalog {
  stored: typeof STORED_ITEMS;
  memory: typeof PROCESS_MEMORY;
  logs: typeof LOG_LINES;
  browser: typeof BROWSER_ITEMS;
  text: typeof PRIVACY_TEXT;
}

export const getPrivacy = () => call<PrivacyCatalog>('/api/privacy');

export const getGroup = (slug: string) => call<GroupCard>(`/api/groups/${encodeURIComponent(slug)}`);

/** The door's card; `chairKey` (when this tab holds it) opens a practice meeting's card to its person. */
export const getMeeting = (id: string, chairKey: string | null = null) =>
  call<MeetingCard>(`/api/meetings/${encodeURIComponent(id)}`, chairKey ? { headers: { 'x-chair-key': chairKey } } : {});

let helpCache: Promise<Result<{ lines: HelpLine[] }>> | null = null;
export function getHelp(): Promise<Result<{ lines: HelpLine[] }>> {
  helpCache ??= call<{ lines: HelpLine[] }>('/api/help').then((r) => {
    if (!r.ok) helpCache = null;
    return r;
  });
  return helpCache;
}
