// The answer to "What does the server hold about me?" (the `holdings` request): each record the
// store keeps for the asker's meeting right now, the facts in it about the asker and about the
// meeting, and how long it has left. Built from the stored state and log (pure; the server adds
// the store's remaining lifetimes). Item ids are those of shared/privacy/catalog.ts.
import type { MeetingState } from '../meeting/state.js';
import type { LoggedEvent } from '../meeting/view.js';
import type { StoredItemId } from './catalog.js';

export type Fact = string | number | boolean | null;

export interface Holding {
  item: StoredItemId;
  /** The Redis key or memory-store structure, for this meeting. */
  key: string;
  /** Lifetime remaining in ms (the key's PTTL on Redis), or null when it has no expiry. */
  ttlMs: number | null;
  /** What the record holds, by fact name (see docs/protocol.md, `holdings`). */
  facts: Record<string, Fact>;
}

export interface Holdings {
  store: 'redis' | 'memory';
  items: Holding[];
}

/** Remaining lifetimes in ms of a meeting's records; a record that does not exist is absent. */
export type Lifetimes = Partial<Record<StoredItemId, number | null>>;

const MENTIONS = new Set(['joined', 'admitted', 'left', 'connection', 'muted', 'volunteer', 'chair', 'coChair', 'turn', 'share', 'shareEnded', 'timeWarning', 'extended']);

/** Whether a logged event names `pid` (as its subject, in the hand queue, or in who is next). */
function about(l: LoggedEvent, pid: string): boolean {
  const e = l.event;
  if (e.type === 'hands') return e.queue.includes(pid);
  if (e.type === 'connection' && e.upNext?.includes(pid)) return true;
  return MENTIONS.has(e.type) && 'id' in e && e.id === pid;
}

/**
 * The asker's holdings. `keys` names each record's key for this meeting; `tokenOwners` is the
 * participant id of each stored resume-token hash; `listed` whether the directory names it.
 *
 * Someone at the door (waiting, not seated) learns nothing of the meeting (docs/protocol.md, "The
 * door view"): only the facts about them and the title they were shown, no count that moves with
 * the meeting (its topic, how many are in, how many events the log keeps), and each record's
 * lifetime as `lifetimeMs` (ms), the longest it lives, for what is left of it (renewed at every
 * change) would tell when the meeting last changed. A tester at the door of a closed relatives'
 * meeting read its topic and watched every share come in through the log's count.
 */
export function holdingsOf(o: {
  store: 'redis' | 'memory';
  state: MeetingState;
  pid: string;
  log: LoggedEvent[];
  tokenOwners: string[];
  /** Per seat id, how many command ids the store keeps for it (absent: none). */
  commandIds?: Record<string, number>;
  joinCode: boolean;
  ttl: Lifetimes;
  keys: Partial<Record<StoredItemId, string>>;
  /** The meeting's lifetime setting (ms, RUNDE_MEETING_TTL_MS): the `ttlMs` told someone at the door. */
  lifetimeMs: number;
}): Holdings {
  const { state: s, pid } = o;
  // The words of your shares the state keeps for the chair's list (reports.ts), not hidden.
  const kept = (s.shares ?? []).filter((x) => x.id === pid && x.text !== undefined);
  const me = s.participants.find((p) => p.id === pid);
  const waiting = s.waiting.find((w) => w.id === pid);
  const door = !me && !!waiting;
  const items: Holding[] = [];
  const add = (item: StoredItemId, facts: Record<string, Fact>) => {
    const key = o.keys[item];
    if (key === undefined || !(item in o.ttl)) return;
    const ttl = o.ttl[item] ?? null;
    items.push({ item, key, ttlMs: door && ttl !== null ? o.lifetimeMs : ttl, facts });
  };
  const mine = o.log.filter((l) => about(l, pid));
  const shares = mine.filter((l) => l.event.type === 'share');
  const ids = o.commandIds ?? {};
  if (door) {
    add('state', { pseudonym: waiting.name, role: waiting.role, volunteer: waiting.volunteer ?? false, connected: waiting.connected, title: s.title });
    add('log', { aboutYou: mine.length });
    add('tokens', { yours: o.tokenOwners.filter((t) => t === pid).length });
    // The commands record is there once anyone's command carried an id: named only when one was yours.
    if (ids[pid]) add('commands', { yours: ids[pid] });
    add('secrets', { chairKeyHash: true, joinCodeHash: o.joinCode, joinCode: o.joinCode });
    if (s.listed) add('directory', { meetingListed: true });
    return { store: o.store, items };
  }
  add('state', {
    pseudonym: me?.name ?? waiting?.name ?? null,
    role: me?.role ?? waiting?.role ?? null,
    volunteer: me?.volunteer ?? waiting?.volunteer ?? false,
    connected: me?.connected ?? waiting?.connected ?? false,
    muted: me?.muted ?? false,
    handRaised: s.hands.includes(pid),
    roundStatus: s.roundOrder.find((e) => e.id === pid)?.status ?? null,
    speaking: s.speaker?.id === pid,
    title: s.title,
    topic: s.topic,
    people: s.participants.length,
    waiting: s.waiting.length,
    yourShares: kept.length,
    yourShareChars: kept.reduce((n, x) => n + (x.text?.length ?? 0), 0),
  });
  add('log', {
    entries: o.log.length,
    aboutYou: mine.length,
    yourShares: shares.length,
    yourShareChars: shares.reduce((n, l) => n + (l.event.type === 'share' ? l.event.text.length : 0), 0),
  });
  add('tokens', { entries: o.tokenOwners.length, yours: o.tokenOwners.filter((t) => t === pid).length });
  add('commands', { entries: Object.values(ids).reduce((n, k) => n + k, 0), yours: ids[pid] ?? 0 });
  add('secrets', { chairKeyHash: true, joinCodeHash: o.joinCode, joinCode: o.joinCode });
  if (s.listed) add('directory', { meetingListed: true });
  return { store: o.store, items };
}
