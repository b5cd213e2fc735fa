// What the page says while a connection is down: the banner's words (fresh testers on Issue 10's
// lost-seat story: while the line was cut, nothing said when the seat would be given up, then it
// went on saying the seat was kept after it was gone), the turn line, and the view shown offline.
// Pure, no DOM: unit-tested against the core.
import type { MeetingView } from '../../shared/meeting/view.js';
import type { ConnStatus } from '../connection.js';
import type { Dict } from '../i18n.js';
import { chairState } from './others-words.js';
import { lateTurnByChair as coreLateTurnByChair } from '../../shared/meeting/turn-mode.js';

/** An answer slower than this (ms) is said to be on its way (Composer.answered): a share is answered in well under a second. */
export const SLOW_ANSWER_MS = 3000;

/**
 * The connection banner's words: nothing while connected. While reconnecting, with a view held
 * (`graceMs` from it) and `awayMs` (how long this tab has been without the connection, ms), also
 * how long the seat is still kept (decide.ts gives a seat up `settings.graceMs` after the server
 * saw its connection close), counted down in seconds: a frightened member on a weak phone learns
 * to stay on the page, that the place is not lost, and what to do if it takes longer. The server
 * may see the close a little before or after this tab does, so the count says "about", and once
 * it has run out the seat has "probably" been given up, never that it is still kept.
 * `gracePaused` (the last view's `gracePaused`): the meeting is paused and you do not chair it, so
 * the server keeps the seat while the pause lasts (seat-grace.ts): nothing is counted down then
 * (a tester came back from a break to find a countdown that had run out during it).
 * `chair`: you chair (the last view's `you.isChair`). Past the count, anyone else's seat may still
 * be kept by a pause the chair began after this tab lost the connection, which the page cannot
 * know: the words say so, and to stay (a fresh tester, 2026-12-05: a relative read "given up…
 * join again" while her seat was kept, and might have closed the tab). The chair's own grace runs
 * through a pause (seat-grace.ts), so the chair's words do not hedge.
 * `heard`: whether this page has had a view or the door's answer from the server. Before that it
 * never was in the meeting, so a connection that cannot be made is not "lost": it is waited for,
 * and the page will go in by itself (a fresh tester, offline at the door, read "Connection lost"
 * though she had never connected).
 * `noNetwork`: the browser says this device has no network (Connection.deviceOffline; the page
 * acts on its `offline` event at once, before the server can have noticed anything): the words
 * say what is known, "No connection on this device", not that a connection was lost to the server.
 * `spoken`: the words for the hidden live region that says the banner to screen readers
 * (meeting.ts renderStatus), with no figure that counts down: the seat's time left becomes "a
 * while longer", the banner counting it. A live region cannot keep a running figure in step
 * without saying it again each second, and one said once goes stale while it stays (a fresh
 * tester, 2026-12-06: the banner said 35 seconds, the hidden copy still 40). Figures that do
 * not run (the whole grace period) stay.
 */
export function connectionWords(t: Dict, status: ConnStatus, graceMs: number | undefined, awayMs: number | null, turnHeld = false, gracePaused = false, chair = false, heard = true, noNetwork = false, spoken = false): string {
  if (status === 'connecting') return t.connecting;
  if (status === 'restarting') return t.bye_restarting;
  if (status !== 'reconnecting') return '';
  if (!heard) return t.connectingOffline;
  const lost = noNetwork ? t.noNetworkHere : t.reconnecting;
  // While your own turn is held the turn line counts that down: a second countdown here (the
  // seat's, longer) left a frightened tester not knowing which number mattered.
  if (graceMs === undefined || turnHeld) return noNetwork ? `${lost} ${t.noNetworkWaits}` : lost;
  if (gracePaused) return `${lost} ${t.seatKeptWhilePaused(Math.round(graceMs / 1000))}`;
  const away = awayMs ?? 0;
  if (seatProbablyGone({ graceMs, gracePaused }, away)) return `${lost} ${(chair ? t.seatProbablyGone : t.seatProbablyGoneUnlessPaused)(Math.round(graceMs / 1000))}`;
  return `${lost} ${spoken ? t.seatKeptWhileAwaySaid : t.seatKeptWhileAway(Math.ceil((graceMs - away) / 1000))}`;
}

/**
 * Whether the banner of a page away `awayMs` with `v` as its last view said the seat was probably
 * given up, with the hedge that a pause may have kept it (connectionWords, not the chair's):
 * then a resume that finds the seat kept must say so (a fresh tester, 2026-12-05: back in her
 * seat after a pause, the page said nothing, and only her row quietly changed).
 */
export function seatWasDoubted(v: MeetingView | null, awayMs: number | null): boolean {
  return !!v && !v.you.isChair && seatProbablyGone(v, awayMs);
}

/**
 * Whether this tab has been without the connection (`awayMs`, null while connected) for the
 * seat's whole grace period (`v.graceMs`) while it runs (not while a pause keeps the seat,
 * `v.gracePaused`): what the banner then says (connectionWords), every other line must not
 * contradict, such as "you are next" (on-deck.ts).
 */
export function seatProbablyGone(v: Pick<MeetingView, 'graceMs' | 'gracePaused'>, awayMs: number | null): boolean {
  return !v.gracePaused && awayMs !== null && awayMs >= v.graceMs;
}

/**
 * The turn line when the speaker's connection is down, or null when the ordinary words apply.
 * Offline on your own turn the page must never go on saying "your turn": it counts down the
 * speaker grace from when this tab lost the connection (`offlineSince`, local ms, dated as
 * client/offline-since.ts says), then that the turn has probably moved on (the server may still
 * hold it a little longer; it is never held shorter). Someone else's held turn says so: counted
 * down from `heldLeftMs` (the shown view's `speaker.heldRemainingMs`, view-age.ts), else the
 * longest it may be held, in seconds.
 * While the meeting is paused the hold does not run (turns.ts pauseHold): nothing is counted
 * down then. Someone else's turn says it is held while the pause lasts (the view's
 * `speaker.heldLeftMs`); offline on your own turn with a last view that says paused, the page
 * says the turn is held while the pause lasts (and the seat is kept), then the speaker grace.
 */
export function heldTurnWords(v: MeetingView, t: Dict, online: boolean, offlineSince: number | null, now: number, nameOf: (id: string) => string, heldLeftMs: number | null = null): string | null {
  const sp = v.speaker;
  if (!sp) return null;
  const graceSecs = Math.round(v.speakerGraceMs / 1000);
  if (sp.id === v.you.id) {
    if (online) return null;
    const own = ownOfflineTurn(v, offlineSince, now);
    if (own.state === 'paused') return t.offlineTurnHeldPaused(graceSecs);
    // And what comes after it, said at once (a fresh tester, 2026-12-05, read only the seconds).
    if (own.state === 'held') return t.offlineTurnHeld(Math.ceil(own.leftMs / 1000), lateTurnByChair(v));
    // A pause begun after this tab lost the connection may still hold the turn (connectionWords).
    if (own.state === 'seatGone') return v.you.isChair ? t.offlineTurnSeatGone : t.offlineTurnSeatGoneUnlessPaused;
    return own.byChair ? t.offlineTurnPassedByChair : t.offlineTurnPassed;
  }
  // Paused: the hold is stopped, so its time left does not count down (and no event heard
  // before the pause is counted down either).
  if (sp.heldLeftMs !== null) return t.turnHeldOtherPaused(nameOf(sp.id));
  if (sp.heldUntil === null) return null;
  // Counted down from the server's figure, as the server holds it: from when the connection
  // closed, which the room learns only once the drop has settled (a fresh tester saw "up to 15
  // seconds" here beside "up to 12 seconds" in the transcript); a page reloaded during the hold
  // counts from its view's figure too (a fresh tester, 2026-12-05, read "up to 20 seconds" there
  // beside a countdown).
  if (heldLeftMs !== null) return heldLeftMs > 0 ? t.turnHeldOtherLeft(nameOf(sp.id), Math.ceil(heldLeftMs / 1000)) : t.turnHeldOtherEnding(nameOf(sp.id));
  return t.turnHeldOther(nameOf(sp.id), graceSecs);
}

/** What became of your own turn while this tab is offline, as far as the page can tell (heldTurnWords). */
type OwnOfflineTurn = { state: 'paused' } | { state: 'held'; leftMs: number } | { state: 'seatGone' } | { state: 'movedOn'; byChair: boolean };

function ownOfflineTurn(v: MeetingView, offlineSince: number | null, now: number): OwnOfflineTurn {
  const away = now - (offlineSince ?? now);
  // Paused, the seat is kept (and the turn with it) however long it takes, but the chair's: the
  // chair's grace runs on (seat-grace.ts), and past it the turn is gone.
  if (v.frozen && (v.gracePaused || away < v.graceMs)) return { state: 'paused' };
  const left = v.speakerGraceMs - away;
  if (left > 0) return { state: 'held', leftMs: left };
  // Past the seat's grace period too: no late turn is waiting any more (the seat itself is
  // probably given up; the connection banner says so).
  if (away >= v.graceMs) return { state: 'seatGone' };
  return { state: 'movedOn', byChair: lateTurnByChair(v) };
}

/** Whether this tab is offline on its own turn and the turn is still held for it (paused or counting down). */
export function ownTurnHeldOffline(v: MeetingView, online: boolean, offlineSince: number | null, now: number): boolean {
  if (online || v.speaker?.id !== v.you.id) return false;
  const own = ownOfflineTurn(v, offlineSince, now);
  return own.state === 'held' || own.state === 'paused';
}

/**
 * The line beside the share box offline on your own turn (null otherwise): what becomes of the
 * words, not the turn line's sentences again (heldTurnWords; a fresh tester read the same long
 * sentence twice, one above the other). While the turn is held: for how many more seconds (the
 * same count as the turn line, ownOfflineTurn, so the two never disagree) and what comes after
 * (the turn moves on, a late turn or the chair's, the words kept), or that a pause holds it; keep
 * writing, send once the connection is back. Once it has moved on: the words stay. A fresh
 * tester (2026-12-06): typing on a phone, the turn line at the top was off the screen, and the
 * box said nothing of the turn passing in seconds. The page draws this each second while offline
 * (meeting.ts redraw) into a line that is no live region: it is read with the box, not spoken
 * each second.
 */
export function offlineBoxWords(v: MeetingView, t: Dict, online: boolean, offlineSince: number | null, now: number): string | null {
  if (online || v.speaker?.id !== v.you.id) return null;
  const own = ownOfflineTurn(v, offlineSince, now);
  if (own.state === 'paused') return t.composerOfflineTurnHeldPaused;
  if (own.state === 'held') return t.composerOfflineTurnHeldFor(Math.ceil(own.leftMs / 1000), lateTurnByChair(v));
  return t.composerOfflineTurnGone;
}

/**
 * The core's rule (shared/meeting/turn-mode.ts) read from a view: whether a turn that moved on
 * while its speaker was away comes back only if the chair gives it. A discreet view has no
 * `chairId`; whether anyone chairs is still known (chairState). A fresh tester (2026-12-02): the
 * page promised "you get a late turn" in a chair-picks meeting.
 */
export function lateTurnByChair(v: MeetingView): boolean {
  return coreLateTurnByChair({ phase: v.phase, turnMode: v.turnMode, chairId: chairState(v) === 'none' ? null : (v.chairId ?? 'present') });
}

/**
 * The view as a tab whose connection is down may show it, from the last view it got (`v`), when
 * the connection went down (`offlineSince`, local ms) and now. On your own turn the server holds
 * the turn for the speaker grace with its clock stopped (and while the meeting is paused, however
 * long), so the clock is shown stopped; once the grace counted from the drop has passed, the
 * server has moved the turn on, and nothing on the page may go on saying it is yours (Issue 7):
 * no speaker, and you are no longer next. Online, or on anyone else's turn, the view is shown as
 * it came.
 */
export function offlineView(v: MeetingView, offlineSince: number | null, now: number): MeetingView {
  const sp = v.speaker;
  if (!sp || sp.id !== v.you.id || offlineSince === null) return v;
  // Held (within the grace, or the meeting paused: ownOfflineTurn) as the turn line says; a
  // fresh tester (2026-12-05) saw "sharing now" leave her row 20 s into a pause while the line
  // above said the turn was held while the pause lasts.
  if (ownTurnHeldOffline(v, false, offlineSince, now)) return { ...v, speaker: { ...sp, frozen: true } };
  return { ...v, speaker: null, upNext: v.upNext.filter((id) => id !== v.you.id) };
}
