// The HTTP side: health, help lines, the meeting directory and meeting creation. Nothing here
// logs or stores a client address; the creation rate limit keys on a salted hash that expires.
import express from 'express';
import { RateLimiterMemory } from './rate-limiter.js';
import { errorMessage, type ErrorCode } from '../shared/errors.js';
import { findFormat } from '../shared/meeting/formats.js';
import { keptKeySeat, keyOpensChair, keySeatGone } from '../shared/meeting/chair.js';
import { isOwnChairKey } from './groups/own-chair-key.js';
import { createMeeting } from '../shared/meeting/state.js';
import { createFieldOf, createMeetingPayload, type CreateField, type DirectoryEntry } from '../shared/protocol.js';
import type { Config } from './config.js';
import { randomSecret, safeEqual, secretToken, sha256, type Ids } from './ids.js';
import { log, ref } from './log.js';
import { errorName, errorSite } from './error-site.js';
import { parseClean } from './sanitize-command.js';
import type { MeetingStore } from './store/store.js';
import { shownCount, type GroupMeetings } from './groups/occurrences.js';
import { isStoreUnavailable } from './store/unavailable.js';
import type { PracticeRooms } from './practice.js';
import { z } from 'zod';
import { BROWSER_ITEMS, LOG_LINES, PRIVACY_TEXT, PROCESS_MEMORY, STORED_ITEMS } from '../shared/privacy/catalog.js';

export interface HttpDeps {
  config: Config;
  store: MeetingStore;
  ids: Ids;
  now: () => number;
  /** Weekly groups: their meetings now and in the next 24 hours join the directory. */
  groups?: GroupMeetings;
  /** Practice rooms (Issue 15): seats their simulated members. */
  practice?: PracticeRooms;
  /** True if the store lost this issued, missing meeting (Redis restarted empty): 410 MEETING_INTERRUPTED. */
  wasLost?: (meetingId: string) => Promise<boolean>;
}

/** POST /api/practice: the practice meeting's language. */
const practicePayload = z.strictObject({ language: z.enum(['nb', 'en']), adviceGiver: z.boolean().optional(), interrupter: z.boolean().optional() });

/** The directory lists meetings running now and starting within this window. */
const DIRECTORY_AHEAD_MS = 24 * 3600_000;

/** `field`: for a refused create, the body field at fault (docs/protocol.md, POST /api/meetings). */
const failure = (res: express.Response, status: number, code: ErrorCode, field?: CreateField): void => {
  res.status(status).json({ ok: false, code, message: errorMessage(code), ...(field ? { field } : {}) });
};

/**
 * Takes one creation from `limiter` for `key`. Within the budget: true. Refused: answers
 * 429 RATE_LIMITED with when to try again, the standard `Retry-After` header (whole seconds,
 * rounded up) and `retryAfterMs` in the body (ms, the limiter's own `msBeforeNext`), so the page
 * can say "in about 14 minutes" instead of "wait a moment", and returns false.
 */
async function takeCreation(limiter: RateLimiterMemory, key: string, res: express.Response): Promise<boolean> {
  try {
    await limiter.consume(key);
    return true;
  } catch (rejection) {
    // The memory limiter rejects with its result (never an Error); anything else is a fault.
    if (rejection instanceof Error) throw rejection;
    const left = (rejection as { msBeforeNext?: unknown }).msBeforeNext;
    // At least 1 ms: a refusal always says to wait, never "now" (the window may end this very ms).
    const retryAfterMs = Math.max(1, Math.ceil(typeof left === 'number' && Number.isFinite(left) ? left : 3600_000));
    res.setHeader('Retry-After', String(Math.ceil(retryAfterMs / 1000)));
    res.status(429).json({ ok: false, code: 'RATE_LIMITED', message: errorMessage('RATE_LIMITED'), retryAfterMs });
    return false;
  }
}

/** An error the last handler answers with this status and INVALID_PAYLOAD (see httpErrors). */
const clientError = (status: 400 | 415, message: string): Error => Object.assign(new Error(message), { status, expose: true });

/**
 * JSON bodies are UTF-8 (RFC 8259 §8.1). A declared charset other than UTF-8 is 415, whatever
 * the parser could decode: body-parser alone would take any `utf-*` (UTF-16 read as garbage, 400).
 */
const utf8Only: express.RequestHandler = (req, _res, next) => {
  const charset = /;\s*charset\s*=\s*"?([^";\s]*)/iu.exec(req.headers['content-type'] ?? '')?.[1]?.toLowerCase();
  if (charset !== undefined && charset !== 'utf-8') return next(clientError(415, 'unsupported charset'));
  next();
};

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
/** Bytes that are not UTF-8 are refused (400), never decoded to U+FFFD and stored as a title. */
const mustBeUtf8 = (_req: unknown, _res: unknown, body: Buffer): void => {
  try {
    strictUtf8.decode(body);
  } catch {
    throw clientError(400, 'body is not UTF-8');
  }
};

export function apiRouter({ config, store, ids, now, groups, practice, wasLost }: HttpDeps): express.Router {
  /** Whether `key` (a request header, or undefined) is the meeting's chair key (compared by hash, in constant time). */
  /**
   * Which chair key `key` is: the one the meeting was made with (`made`), a weekly group's
   * meeting's own key (`own`, groups/own-chair-key.ts), or null for none. Constant-time compares.
   */
  const chairKeyKind = async (id: string, key: string | undefined): Promise<'made' | 'own' | null> => {
    if (!key || key.length > 64) return null;
    const secrets = await store.secrets(id);
    if (!secrets) return null;
    if (isOwnChairKey(ids, id, secrets, key)) return 'own';
    return safeEqual(sha256(key), secrets.chairKeyHash) ? 'made' : null;
  };
  const api = express.Router();
  // A fresh salt per process: the hashed address is useless outside these limiters' memory.
  const salt = randomSecret();
  const createLimiter = new RateLimiterMemory({ points: config.createPerHour, duration: 3600 });
  // Practice has its own budget: a first-time chair who practised a few times must still be able
  // to create the real meeting (they once shared one limit).
  const practiceLimiter = new RateLimiterMemory({ points: config.practicePerHour, duration: 3600 });
  /** The limiters' key for a request: a salted hash of its address, never the address itself. */
  const addressKey = (req: express.Request): string => sha256(salt + (req.ip ?? ''));

  api.use((_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  api.use(utf8Only);
  api.use(express.json({ limit: '4kb', verify: mustBeUtf8 }));

  api.get('/help', (_req, res) => {
    res.json({ lines: config.helpLines });
  });

  // The privacy page's catalog, served rather than bundled: no first load carries it (the page's
  // budget, 150 KB compressed; it was a sixth of the script).
  api.get('/privacy', (_req, res) => {
    res.json({ ok: true, stored: STORED_ITEMS, memory: PROCESS_MEMORY, logs: LOG_LINES, browser: BROWSER_ITEMS, text: PRIVACY_TEXT });
  });

  api.get('/meetings', async (_req, res) => {
    const meetings: DirectoryEntry[] = [];
    for (const id of await store.listed()) {
      const s = await store.load(id);
      if (!s || !s.listed || s.phase === 'ended') continue;
      if (s.startsAt !== null && s.startsAt > now() + DIRECTORY_AHEAD_MS) continue;
      meetings.push({
        meetingId: s.id,
        groupSlug: null,
        title: s.title,
        language: s.language,
        formatId: s.formatId,
        access: s.access,
        phase: s.phase,
        startsAt: s.startsAt,
        endsAt: null,
        present: shownCount(s.participants.filter((p) => p.connected).length),
      });
    }
    if (groups) meetings.push(...(await groups.directory()));
    meetings.sort((a, b) => (a.startsAt ?? 0) - (b.startsAt ?? 0));
    res.json({ meetings });
  });

  api.get('/meetings/:id', async (req, res) => {
    const id = req.params.id;
    if (!ids.issued(id)) return failure(res, 404, 'MEETING_NOT_FOUND');
    let s = await store.load(id);
    // A weekly occurrence's listed id before anyone opened its door, or before its door opens.
    const occ = !s && groups ? await groups.lookup(id) : null;
    if (occ?.kind === 'open') s = occ.state;
    if (occ?.kind === 'notOpenYet') {
      return void res.status(409).json({ ok: false, code: 'NOT_OPEN_YET', message: errorMessage('NOT_OPEN_YET'), doorOpensAt: occ.doorOpensAt, startsAt: occ.startsAt });
    }
    if (!s) return failure(res, 410, (await wasLost?.(id)) ? 'MEETING_INTERRUPTED' : 'MEETING_ENDED');
    // A practice meeting is its person's alone: to anyone without its chair key (the page sends
    // it in X-Chair-Key) it is a meeting that no longer exists, as join answers them.
    const key = req.get('x-chair-key');
    const kind = key === undefined ? null : await chairKeyKind(id, key);
    const keyHeld = kind !== null;
    if (s.practice && !keyHeld) return failure(res, 410, 'MEETING_ENDED');
    const own = kind === 'own';
    // A key given that opens no chair now (a wrong one, or a weekly group's one-time key already
    // spent): the join would be an ordinary one, so the door must not promise the chair.
    const keyWrong = key !== undefined && (!keyHeld || !keyOpensChair(s, own));
    // The chair key's holder whose seat is still kept (a closed tab, another device): the door
    // offers the way back to it by name, one press, instead of the whole form (a third fresh
    // tester, 2026-12-03, filled the form again as a returning chair). The core says which seat.
    const holder = keyHeld ? keptKeySeat(s, own) : undefined;
    res.json({ ok: true, title: s.title, language: s.language, formatId: s.formatId, access: s.access, phase: s.phase, locked: s.locked, group: !!s.group, graceMs: s.settings.graceMs, ...(holder ? { chairSeat: { name: holder.name }, ...(s.chairId !== holder.id ? { chairPassedOn: true } : {}) } : {}), ...(keyWrong ? { chairKeyWrong: true } : {}), ...(keyHeld && keySeatGone(s, own) ? { chairSeatGone: true, ...(s.chairPassedOn && s.chairId !== null ? { chairPassedOn: true } : {}) } : {}) });
  });

  api.post('/meetings', async (req, res) => {
    if (!(await takeCreation(createLimiter, addressKey(req), res))) return;
    // Titles are cleaned like every text on a socket, and their length checked after cleaning.
    const parsed = parseClean(createMeetingPayload, req.body);
    const format = parsed.ok ? findFormat(parsed.data.formatId) : undefined;
    // Which field is at fault: the schema's first issue; a body that parses but not once cleaned
    // of markup has an empty title (the only free text); an unknown format is the format.
    if (!parsed.ok) return failure(res, 400, 'INVALID_PAYLOAD', createMeetingPayload.safeParse(req.body).success ? 'title' : createFieldOf(req.body));
    if (!format) return failure(res, 400, 'INVALID_PAYLOAD', 'formatId');
    const p = parsed.data;
    const id = ids.meetingId();
    const chairKey = secretToken();
    const state = createMeeting(
      {
        id,
        title: p.title,
        language: p.language,
        formatId: format.id,
        access: p.access,
        listed: p.listed,
        settings: { ...format.settings, ...config.settings },
        turnMode: format.turnMode,
        startsAt: p.startsAt ?? null,
        discreet: p.discreet ?? false,
        guardMode: p.guardMode ?? 'nudge',
      },
      now(),
    );
    await store.create(state, { chairKeyHash: sha256(chairKey), joinCodeHash: p.joinCode ? sha256(p.joinCode) : null, joinCode: p.joinCode ?? null });
    log('meeting_created', { meeting: ref(id), format: format.id, access: p.access, listed: p.listed, discreet: p.discreet ?? false });
    res.status(201).json({ ok: true, meetingId: id, chairKey });
  });

  // A practice meeting for one (Issue 15): unlisted, reachable only with its chair key, with the
  // server's simulated members seated by its join code (kept in this process's memory only).
  api.post('/practice', async (req, res) => {
    if (!(await takeCreation(practiceLimiter, addressKey(req), res))) return;
    const parsed = practicePayload.safeParse(req.body);
    const format = findFormat('standard');
    if (!parsed.success || !format || !practice) return failure(res, 400, 'INVALID_PAYLOAD');
    const lang = parsed.data.language;
    const id = ids.meetingId();
    const chairKey = secretToken();
    const joinCode = secretToken();
    const state = createMeeting(
      {
        id,
        title: lang === 'nb' ? 'Øvingsmøte' : 'Practice meeting',
        language: lang,
        formatId: format.id,
        access: 'closed',
        listed: false,
        settings: { ...format.settings, ...config.settings },
        turnMode: format.turnMode,
        startsAt: null,
        practice: true,
      },
      now(),
    );
    await store.create(state, { chairKeyHash: sha256(chairKey), joinCodeHash: sha256(joinCode), joinCode: null });
    practice.start(id, joinCode, lang, parsed.data.adviceGiver ?? false, parsed.data.interrupter ?? false);
    res.status(201).json({ ok: true, meetingId: id, chairKey });
  });

  api.use(httpErrors);
  return api;
}

/**
 * The last error handler, for the API and the static files alike. Whatever a client sent that
 * express or a parser refused (malformed JSON 400, oversize 413, a charset or Content-Encoding it
 * cannot read 415, a path outside the assets 403/404) is that client's fault: the same status
 * and a typed INVALID_PAYLOAD body, never a stack trace. Anything else is INTERNAL, logged by
 * error name only.
 */
export function httpErrors(err: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction): void {
  const e = err as { status?: unknown; statusCode?: unknown };
  const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (status >= 400 && status < 500) return failure(res, status, status === 404 ? 'NOT_FOUND' : 'INVALID_PAYLOAD');
  // Redis unreachable: a typed "try again" at once, never a long wait (store/redis-connection.ts).
  if (isStoreUnavailable(err)) return failure(res, 503, 'STORE_UNAVAILABLE');
  log('http_error', { error: errorName(err), at: errorSite(err) });
  failure(res, 500, 'INTERNAL');
}

/** Any path nothing else answered: a typed 404 (not express's HTML page). */
export function notFound(_req: express.Request, res: express.Response): void {
  failure(res, 404, 'NOT_FOUND');
}
