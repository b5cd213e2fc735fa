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
}): Holdings {
  const { state: s, pid } = o;
  // The words of your shares the state keeps for the chair's list (reports.ts), not hidden.
  const kept = (s.shares ?? []).filter((x) => x.id === pid && x.text !== undefined);
  const me = s.participants.find((p) => p.id === pid);
  const waiting = s.waiting.find((w) => w.id === pid);
  const items: Holding[] = [];
  const add = (item: StoredItemId, facts: Record<string, Fact>) => {
    const key = o.keys[item];
    if (key === undefined || !(item in o.ttl)) return;
    items.push({ item, key, ttlMs: o.ttl[item] ?? null, facts });
  };
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
  const mine = o.log.filter((l) => about(l, pid));
  const shares = mine.filter((l) => l.event.type === 'share');
  add('log', {
    entries: o.log.length,
    aboutYou: mine.length,
    yourShares: shares.length,
    yourShareChars: shares.reduce((n, l) => n + (l.event.type === 'share' ? l.event.text.length : 0), 0),
  });
  add('tokens', { entries: o.tokenOwners.length, yours: o.tokenOwners.filter((t) => t === pid).length });
  const ids = o.commandIds ?? {};
  add('commands', { entries: Object.values(ids).reduce((n, k) => n + k, 0), yours: ids[pid] ?? 0 });
  add('secrets', { chairKeyHash: true, joinCodeHash: o.joinCode, joinCode: o.joinCode });
  if (s.listed) add('directory', { meetingListed: true });
  return { store: o.store, items };
}
