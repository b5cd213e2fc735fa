// The operator's group file (RUNDE_GROUPS_FILE): JSON or YAML (the `yaml` package parses both).
// Validated as a whole; any fault is one error naming the entry (index and slug) and the field,
// so a bad file stops start-up with a sentence an operator can act on, and a bad reload on
// SIGHUP keeps the groups that were loaded before. README "Weekly groups" shows the format.
import { readFileSync } from 'node:fs';
import { lazyModule } from '../lazy-module.js';

// Loaded when a groups file is read: a server without weekly groups never loads it.
const yaml = lazyModule<typeof import('yaml')>('yaml');
import { z } from 'zod';
import { findFormat, isReadingId, READING_IDS, SEGMENT_KINDS, type SegmentKind } from '../../shared/meeting/formats.js';
import type { Access, Language } from '../../shared/meeting/state.js';
import { isWellFormedText, normalizeText } from '../../shared/text.js';
import { isValidZone, WEEKDAYS, type Slot } from './schedule.js';

/** A group's own reading may be at most this many characters (UTF-16 units), plain text. */
export const OWN_READING_MAX = 5000;
/** Default: the door of a weekly meeting opens this many minutes before its start. */
export const DEFAULT_DOOR_MINUTES = 15;
export const DEFAULT_ZONE = 'Europe/Oslo';

export interface Group {
  /** Stable, URL-safe: /g/<slug>. */
  slug: string;
  name: string;
  language: Language;
  formatId: string;
  access: Access;
  /** sha256 hex of the join code of a closed group, or null. */
  joinCodeHash: string | null;
  /** Shown on the landing page and in the feed. */
  listed: boolean;
  /** IANA time zone of the schedule. */
  timezone: string;
  schedule: Slot[];
  /** The door opens this many ms before the start. */
  doorMs: number;
  /** The group's own readings by reading id (plain text), replacing the format's. */
  readings: Record<string, string>;
  /** Plain-text notes for meeting lists (Meeting Guide `notes`). */
  notes: string | null;
  /**
   * The group's own page for voluntary contributions (https), shown to everyone in the script's
   * contributions pause (Issue 15); Runde never handles money. Null: none.
   */
  contributionUrl: string | null;
  /** The group's own planned segment lengths (ms) by segment kind, replacing the format's (Issue 15). */
  plannedMs: Partial<Record<SegmentKind, number>>;
}

export interface GroupsFile {
  groups: Group[];
  /** The site's public base URL for the feed's links, e.g. https://runde.example; null: from the request. */
  publicUrl: string | null;
}

const slot = z.strictObject({
  day: z.enum(WEEKDAYS, { message: `must be one of ${WEEKDAYS.join(', ')}` }),
  time: z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'must be "HH:MM" (24-hour local time)'),
  minutes: z.number().int().min(15, 'must be at least 15').max(600, 'must be at most 600'),
});

// Lengths in UTF-16 code units, as every text limit (docs/protocol.md "Text and limits"); zod's
// own .max counts code points here.
const plain = (max: number) =>
  z
    .string()
    .refine(isWellFormedText, { message: 'must be well-formed text (it has a lone surrogate)', abort: true })
    .transform(normalizeText)
    .pipe(z.string().refine((s) => s !== '', 'must not be empty').refine((s) => s.length <= max, `must be at most ${max} characters (UTF-16 code units)`));

const group = z
  .strictObject({
    slug: z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, 'must be 1–64 of a–z, 0–9 and "-", not starting or ending with "-"'),
    name: plain(80),
    language: z.enum(['nb', 'en'], { message: 'must be "nb" or "en"' }),
    format: z.string().refine((f) => !!findFormat(f), { message: 'is not a known format' }),
    access: z.enum(['open', 'closed'], { message: 'must be "open" or "closed"' }).optional(),
    joinCodeHash: z.string().regex(/^[0-9a-f]{64}$/, 'must be the sha256 of the code, 64 hex digits').optional(),
    listed: z.boolean().default(true),
    timezone: z.string().default(DEFAULT_ZONE).refine(isValidZone, { message: 'is not an IANA time zone (e.g. Europe/Oslo)' }),
    schedule: z.array(slot).min(1, 'needs at least one weekly time'),
    doorOpensMinutes: z.number().int().min(0).max(120).default(DEFAULT_DOOR_MINUTES),
    readings: z
      .record(z.string(), plain(OWN_READING_MAX))
      .refine((r) => Object.keys(r).every(isReadingId), { message: `may only have ${READING_IDS.join(', ')}` })
      .default({}),
    notes: plain(1000).optional(),
    contributionUrl: z.url({ protocol: /^https$/, message: 'must be an https:// address' }).max(500).optional(),
    // The group's own planned minutes for segments of the script, e.g. { round: 40, open: 10 }.
    segmentMinutes: z.partialRecord(z.enum(SEGMENT_KINDS, { message: `may only have ${SEGMENT_KINDS.join(', ')}` }), z.number().int().min(1).max(180)).default({}),
  })
  .superRefine((g, ctx) => {
    const access = g.access ?? findFormat(g.format)?.access ?? 'open';
    if (g.joinCodeHash && access !== 'closed') ctx.addIssue({ code: 'custom', path: ['joinCodeHash'], message: 'is only for a closed group' });
    const used = new Set(findFormat(g.format)?.readings.map((r) => r.id));
    for (const id of Object.keys(g.readings)) if (!used.has(id)) ctx.addIssue({ code: 'custom', path: ['readings', id], message: `is not a reading of format "${g.format}"` });
    const overlap = firstOverlap(g.schedule);
    if (overlap) {
      const [i, j] = overlap;
      const a = g.schedule[i]!;
      ctx.addIssue({ code: 'custom', path: ['schedule', j], message: `overlaps schedule[${i}] (${a.day} ${a.time} for ${a.minutes} minutes): a group's weekly meetings may follow one another but not overlap` });
    }
  });

const WEEK_MINUTES = 7 * 1440;

/**
 * The first pair [i, j] (i < j) of weekly times that overlap, on the local wall clock of the
 * week (a meeting past midnight runs into the next day, Sunday night into Monday), or null.
 * Back to back (one ends as the next starts) is no overlap. Entries whose day or time is
 * malformed are skipped: their own error is reported.
 */
export function firstOverlap(schedule: readonly { day: string; time: string; minutes: number }[]): [number, number] | null {
  const spans = schedule.map((x) => {
    const day = (WEEKDAYS as readonly string[]).indexOf(x.day);
    const m = /^(\d\d):(\d\d)$/.exec(x.time);
    if (day < 0 || !m || !Number.isFinite(x.minutes)) return null;
    const start = day * 1440 + Number(m[1]) * 60 + Number(m[2]);
    return { start, end: start + x.minutes };
  });
  for (let j = 1; j < spans.length; j++) {
    const b = spans[j];
    if (!b) continue;
    for (let i = 0; i < j; i++) {
      const a = spans[i];
      if (a && [-WEEK_MINUTES, 0, WEEK_MINUTES].some((w) => a.start < b.end + w && b.start + w < a.end)) return [i, j];
    }
  }
  return null;
}

const file = z
  .strictObject({
    publicUrl: z.url({ protocol: /^https?$/ }).optional(),
    groups: z.array(group),
  })
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.groups.forEach((g, i) => {
      if (seen.has(g.slug)) ctx.addIssue({ code: 'custom', path: ['groups', i, 'slug'], message: `"${g.slug}" is used twice` });
      seen.add(g.slug);
    });
  });

export class GroupsFileError extends Error {
  override name = 'GroupsFileError';
}

/** "groups[2] (tirsdag).schedule[0].time" from a zod path and the raw data. */
function where(path: readonly PropertyKey[], raw: unknown): string {
  let out = '';
  path.forEach((p, i) => {
    if (typeof p === 'number') {
      out += `[${p}]`;
      if (i === 1 && path[0] === 'groups') {
        const slug = (raw as { groups?: { slug?: unknown }[] })?.groups?.[p]?.slug;
        if (typeof slug === 'string') out += ` (${slug})`;
      }
    } else out += (out ? '.' : '') + String(p);
  });
  return out || '(top level)';
}

/** Every key an object at this place of the file may have: for "did you mean" on a misspelled one. */
const KNOWN_KEYS = [...Object.keys(file.shape), ...Object.keys(group.shape), ...Object.keys(slot.shape)];

/** Levenshtein distance, for short keys only. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let k = 1; k <= b.length; k++) cur[k] = Math.min(prev[k]! + 1, cur[k - 1]! + 1, prev[k - 1]! + (a[i - 1] === b[k - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** The message for one issue: an unknown key is named, with the known key it is closest to (at most 2 edits). */
function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code !== 'unrecognized_keys') return issue.message;
  const key = issue.keys[0] ?? '';
  const near = KNOWN_KEYS.map((k) => ({ k, d: distance(key.toLowerCase(), k.toLowerCase()) })).sort((x, y) => x.d - y.d)[0];
  return `has an unknown key "${key}"${near && near.d <= 2 ? ` (did you mean "${near.k}"?)` : ''}`;
}

/** Validates parsed data. Throws GroupsFileError naming the entry and field of the first fault. */
export function parseGroups(raw: unknown, source = 'groups file'): GroupsFile {
  const r = file.safeParse(raw);
  if (!r.success) {
    // A misspelled key is the cause of the "missing" field it was meant to be: name it first.
    const issue = r.error.issues.find((x) => x.code === 'unrecognized_keys') ?? r.error.issues[0]!;
    throw new GroupsFileError(`${source}: ${where(issue.path, raw)} ${issueMessage(issue)}`);
  }
  return {
    publicUrl: r.data.publicUrl ? r.data.publicUrl.replace(/\/+$/, '') : null,
    groups: r.data.groups.map((g) => ({
      slug: g.slug,
      name: g.name,
      language: g.language,
      formatId: g.format,
      access: g.access ?? findFormat(g.format)?.access ?? 'open',
      joinCodeHash: g.joinCodeHash ?? null,
      listed: g.listed,
      timezone: g.timezone,
      schedule: g.schedule,
      doorMs: g.doorOpensMinutes * 60_000,
      readings: g.readings,
      notes: g.notes ?? null,
      contributionUrl: g.contributionUrl ?? null,
      plannedMs: Object.fromEntries(Object.entries(g.segmentMinutes).map(([k, m]) => [k, (m as number) * 60_000])),
    })),
  };
}

/** Reads and validates the file at `path` (JSON or YAML). Throws GroupsFileError. */
export function loadGroupsFile(path: string): GroupsFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new GroupsFileError(`${path}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let raw: unknown;
  try {
    raw = yaml().parse(text, { prettyErrors: true });
  } catch (err) {
    throw new GroupsFileError(`${path}: not valid JSON or YAML: ${err instanceof Error ? err.message.split('\n')[0] : 'parse error'}`);
  }
  return parseGroups(raw ?? { groups: [] }, path);
}
