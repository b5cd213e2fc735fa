// The connection banner's words (fresh tester on Issue 10's lost-seat story: while the line was
// cut, nothing said when the seat would be given up). Pure, no DOM: unit-tested against the core.
import type { ConnStatus } from '../connection.js';
import type { Dict } from '../i18n.js';

/**
 * The connection banner's words: nothing while connected. While reconnecting, with a view held
 * (`graceMs` from it), also how long the seat is kept after a drop (decide.ts gives a seat up
 * `settings.graceMs` after the server saw its connection close): a frightened member on a weak
 * phone learns they have not lost their place, and what to do if it takes longer. No countdown:
 * the server may see the close before or after this tab does, so only the rule is stated.
 */
export function connectionWords(t: Dict, status: ConnStatus, graceMs: number | undefined): string {
  if (status === 'connecting') return t.connecting;
  if (status === 'restarting') return t.bye_restarting;
  if (status !== 'reconnecting') return '';
  return graceMs === undefined ? t.reconnecting : `${t.reconnecting} ${t.seatKeptWhileAway(Math.round(graceMs / 1000))}`;
}
