// Checks of what one socket received: a meeting's events and views in seq order, each event once.
import { expect } from 'vitest';
import type { LoggedEvent } from '../../shared/meeting/view.js';
import type { TestClient } from './client.js';

/**
 * Everything the socket got (live, and in acknowledgements) came in non-decreasing seq order,
 * views in strictly increasing seq, and no event after a view of a later seq.
 */
export function expectInSeqOrder(c: TestClient, who = 'client'): void {
  const seqs = c.stream.map((x) => x.seq);
  expect(seqs, `${who}: seqs in arrival order`).toEqual([...seqs].sort((a, b) => a - b));
  const views = c.stream.filter((x) => x.kind === 'view').map((x) => x.seq);
  for (let i = 1; i < views.length; i++) expect(views[i]!, `${who}: views strictly increasing`).toBeGreaterThan(views[i - 1]!);
}

/** Every room event, live or replayed, as a comparable key. */
const key = (e: LoggedEvent): string => `${e.seq}:${JSON.stringify(e.event)}`;

/** No event reached the socket twice (live and in `missed`, or twice live). */
export function expectEachEventOnce(c: TestClient, who = 'client'): void {
  const all = [...c.replayed, ...c.events].map(key);
  const dup = all.filter((k, i) => all.indexOf(k) !== i);
  expect(dup, `${who}: events received more than once`).toEqual([]);
}

/**
 * Every seq from the socket's first to its last reached it, as an event, a view, a `seq` notice
 * or in an acknowledgement (which covers every seq up to its view's, replayed or not: a replay
 * leaves `connection` events out): a client that counts on this (client/seq.ts) never sees a
 * false gap.
 */
export function expectEverySeq(c: TestClient, who = 'client'): void {
  const seqs = new Set(c.stream.map((x) => x.seq));
  if (seqs.size === 0) return;
  const lo = Math.min(...seqs);
  const hi = Math.max(...seqs);
  const missing: number[] = [];
  const acked = (s: number): boolean => c.covered.some((a) => s > a.after && s <= a.upTo);
  for (let s = lo; s <= hi; s++) if (!seqs.has(s) && !acked(s)) missing.push(s);
  expect(missing, `${who}: seqs that never reached it`).toEqual([]);
}
