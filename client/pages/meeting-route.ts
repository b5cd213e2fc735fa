// /m/<id>: the door, then the meeting. Moves the chair key and join code out of the URL fragment
// into this page's memory at once (the fragment leaves the address bar and history), resumes a seat this tab already holds, and goes back to the door
// (keeping what was typed) when a join is refused.
import type { ErrorCode } from '../../shared/errors.js';
import type { JoinPayload } from '../../shared/protocol.js';
import { getMeeting } from '../api.js';
import type { MeetingCard } from '../api.js';
import { app } from '../app.js';
import { fill, h } from '../dom.js';
import { errorText } from '../errors.js';
import type { Analyze } from '../meeting/live-hints.js';
import { seatGivenUpText } from '../meeting/edges.js';
import { answerSeatQuestions, seatedInOtherTab, takeSeatFromOtherTab } from '../other-tab.js';
import { parseFragment } from '../routes.js';
import { loadSeat, loadSecret, saveSeat, saveSecret } from '../session.js';
import { formatStart } from '../time.js';
import { normalizeName } from '../../shared/text.js';
import { suggestNames } from '../names.js';
import { newJoinState, renderJoin } from './join.js';
import type { JoinState } from './join.js';
import { mountMeeting } from './meeting.js';
import type { MeetingPage } from './meeting.js';

export interface RouteView {
  relabel(): void;
  destroy(): void;
}

/** How often a door offering the chair its kept seat asks whether it still is (ms). */
export const CHAIR_SEAT_RECHECK_MS = 5_000;

export function mountMeetingRoute(container: HTMLElement, meetingId: string, analyze?: Analyze): RouteView {
  const frag = parseFragment(location.hash);
  if (frag.chairKey) saveSecret('chairKey', meetingId, frag.chairKey);
  if (frag.joinCode) saveSecret('joinCode', meetingId, frag.joinCode);
  // The fragment never reaches the server; it should not linger in the address bar or history either.
  if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);

  let mode: 'loading' | 'door' | 'meeting' | 'gone' = 'loading';
  let card: MeetingCard | null = null;
  let cardError: string | null = null;
  let joinState: JoinState | null = null;
  let joinError: string | null = null;
  let page: MeetingPage | null = null;
  /**
   * What a page that lost its seat had written and not sent, until the next page of this meeting
   * takes it back (MeetingOptions.unsent). This closure's memory only: gone with the route (quick
   * exit, leaving the page), never stored.
   */
  let unsent: string | undefined;
  /** Where `unsent` came from (MeetingOptions.unsentFrom). */
  let unsentFrom: 'dropped' | 'moved' = 'dropped';
  /** The next page takes a seat moved here from another tab (MeetingOptions.movedHere). */
  let movedHere = false;
  /** Another tab of this browser holds a seat in this meeting (other-tab.ts), as asked when the door opened. */
  let otherTab = false;
  /** This door came back after the person's seat was given up (SEAT_GIVEN_UP): no seat to return to. */
  let seatGone = false;
  /** The chair key this tab held opens no chair in this meeting (the card's `chairKeyWrong`): it was let go, and the door says so. */
  let keyWrong = false;
  answerSeatQuestions((id) => loadSeat(id));

  function render(): void {
    const t = app.t;
    if (mode === 'loading') {
      fill(container, h('section', { class: 'page narrow' }, h('p', { class: 'hint', role: 'status' }, t.joinLoading)));
      return;
    }
    if (mode === 'gone' || !card) {
      fill(
        container,
        h(
          'section',
          { class: 'page narrow', testid: 'join-unavailable' },
          h('h1', {}, t.appName),
          h('p', { role: 'alert', testid: 'join-unavailable-message' }, cardError ?? errorText('MEETING_NOT_FOUND')),
          h('p', {}, h('a', { class: 'button', href: '/' }, t.backHome)),
        ),
      );
      return;
    }
    if (mode === 'door') {
      joinState ??= newJoinState(loadSecret('joinCode', meetingId));
      renderJoin(container, { meetingId, card, state: joinState, chairKey: loadSecret('chairKey', meetingId), error: joinError, otherTab, seatGone, keyWrong, moveHere, submit: enter });
      if (joinError) window.scrollTo(0, 0);
      // Back by "Try the code again": straight to the code, selected to type over (a fresh tester:
      // focus stayed at the top with nothing said at the field).
      const wrongCode = joinState.wrongCode != null && !joinError ? container.querySelector<HTMLInputElement>('[data-testid="join-code"]') : null;
      if (wrongCode) {
        wrongCode.focus();
        wrongCode.select();
      } else container.querySelector<HTMLElement>(joinError ? '[data-testid="join-error"]' : 'h1')?.focus?.();
    }
  }

  function enter(payload: JoinPayload | null): void {
    mode = 'meeting';
    joinError = null;
    // A new try with the code: if the door refuses it again, retry marks it again.
    if (joinState && payload) joinState.wrongCode = null;
    const rejoined = seatGone && payload !== null;
    // The door offered the chair key's kept seat and this join takes it (join.ts chairReturn).
    const chairReturn = card?.chairSeat !== undefined && payload?.chairKey !== undefined;
    seatGone = false;
    const keptText = unsent;
    const keptFrom = unsentFrom;
    const wasMoved = movedHere;
    movedHere = false;
    unsent = undefined;
    unsentFrom = 'dropped';
    page = mountMeeting(container, {
      meetingId,
      join: payload,
      ...(keptText ? { unsent: keptText, unsentFrom: keptFrom } : {}),
      ...(wasMoved ? { movedHere: true } : {}),
      ...(rejoined ? { rejoined: true } : {}),
      ...(chairReturn ? { chairReturn: true } : {}),
      failed: (code, graceMs, name, text, others) => refused(code, graceMs, name, text, others),
      // The name the meeting took is the person's choice: the form does not doubt it again.
      accepted: () => {
        if (payload && joinState) joinState.accepted = normalizeName(payload.name);
      },
      retry: () => {
        page = null;
        mode = 'door';
        joinError = null;
        // Only a join that carried a code can come back here (meeting.ts shows the button for a
        // wrong code only): that code is the one the door refused.
        if (joinState && payload?.joinCode) joinState.wrongCode = payload.joinCode;
        render();
      },
      ...(analyze ? { analyze } : {}),
    });
  }

  /** The seat another tab of this browser holds comes here, and is resumed (false: no tab gave it). */
  async function moveHere(): Promise<boolean> {
    const moved = await takeSeatFromOtherTab(meetingId);
    if (!moved || mode !== 'door') return false;
    saveSeat(moved.seat);
    otherTab = false;
    movedHere = true;
    // The other tab's unsent words come with the seat, back in the box (MeetingOptions.unsent).
    if (moved.unsent) {
      unsent = moved.unsent;
      unsentFrom = 'moved';
    }
    enter(null);
    return true;
  }

  function refused(code: ErrorCode, graceMs?: number, name?: string, text?: string, others: string[] = []): void {
    page = null;
    // A seat given up comes back to the door with the pseudonym it had, as the person chose it
    // (also after a reload, when this page never showed the form): never a new suggestion.
    if (code === 'SEAT_GIVEN_UP' && name) {
      joinState ??= newJoinState(loadSecret('joinCode', meetingId));
      if (!joinState.name) {
        joinState.name = name;
        joinState.accepted = normalizeName(name);
      }
      // The promise was given for this meeting when the seat was taken: coming back after a lost
      // connection is one press, not the whole form again (a fresh tester, 2026-12-06: an older
      // relative had to find and tick it once more).
      joinState.pledge = true;
    }
    // The names the others had when this page last saw them: none of them is suggested (a fresh
    // tester, 2026-12-06, back after a lost seat, was offered one and refused with a paragraph).
    if (others.length > 0 && joinState) {
      joinState.inUse = others;
      joinState.suggestions = suggestNames(app.lang, 3, undefined, others);
      joinState.suggestionsLang = app.lang;
    }
    // Whoever could not get back in is told why, in words: after how long the seat was given up.
    joinError = (code === 'SEAT_GIVEN_UP' ? seatGivenUpText(app.t, graceMs) : null) ?? errorText(code);
    seatGone = code === 'SEAT_GIVEN_UP';
    // Their own name, most likely, seated in the tab the door already pointed at; with no other
    // tab, perhaps their own seat from before, kept after its page or link was lost (a fresh
    // tester, 2026-12-04, read "someone already uses that name" as someone else taking theirs).
    // A name the door itself suggested was not theirs before: someone else took it meanwhile (a
    // fresh tester, 2026-12-04, was asked "Was that you, earlier?" about a suggestion).
    const taken = joinState ? (joinState.accepted ?? normalizeName(joinState.name)) : null;
    const suggested = !!joinState?.picked && joinState.picked === taken;
    if (code === 'NAME_TAKEN') joinError = `${joinError} ${otherTab ? app.t.joinNameTakenOtherTab : suggested ? app.t.joinNameTakenSuggested : app.t.joinNameTakenMaybeYou(card?.graceMs ? Math.round(card.graceMs / 1000) : null)}`;
    // The name is someone's now: the door offers others, never that one again (a fresh tester,
    // 2026-12-04, was offered a taken suggestion again after the refusal).
    if (code === 'NAME_TAKEN' && joinState) {
      joinState.suggestions = suggestNames(app.lang, 4, undefined, joinState.inUse)
        .filter((n) => normalizeName(n) !== taken)
        .slice(0, 3);
    }
    if (code === 'MEETING_ENDED' || code === 'MEETING_INTERRUPTED' || code === 'MEETING_NOT_FOUND' || code === 'REMOVED') {
      // Nothing to go back into: unsent words go with the meeting.
      unsent = undefined;
      mode = 'gone';
      cardError = joinError;
      render();
      return;
    }
    // Back at the door: unsent words wait for the next page, and the door says so.
    if (text) {
      unsent = text;
      joinError = `${joinError} ${app.t.unsentKeptAtDoor}`;
    }
    if (card) {
      mode = 'door';
      render();
      return;
    }
    void loadCard();
  }

  async function loadCard(): Promise<void> {
    mode = 'loading';
    render();
    const r = await getMeeting(meetingId, loadSecret('chairKey', meetingId));
    if (!r.ok) {
      mode = 'gone';
      // A weekly meeting listed before its door opens: say when it opens, not only that it is shut.
      cardError = errorText(r.code) + (r.code === 'NOT_OPEN_YET' && r.doorOpensAt !== undefined ? ` ${app.t.doorOpensAt(formatStart(r.doorOpensAt, Date.now(), app.lang))}` : '');
      render();
      return;
    }
    card = { title: r.title, language: r.language, formatId: r.formatId, access: r.access, phase: r.phase, locked: r.locked, group: r.group === true, ...(typeof r.graceMs === 'number' ? { graceMs: r.graceMs } : {}) };
    takeChairKeyFields(card, r);
    // A key that opens no chair here (a weekly group's one-time key already spent, a wrong one) is
    // worth nothing in this tab: let go, so neither the door nor a chair link later promises with it.
    if (r.chairKeyWrong === true && loadSecret('chairKey', meetingId)) {
      saveSecret('chairKey', meetingId, null);
      keyWrong = true;
    }
    mode = 'door';
    if (card.chairSeat) watchChairSeat();
    // The door in the meeting's language unless this tab chose one (app.followMeeting); a change
    // re-renders the page through relabel, so render only when nothing changed.
    const before = app.lang;
    app.followMeeting(card.language);
    if (app.lang === before) render();
    // Asked once the door shows (no tab answers when there is none: no wait for everyone else).
    void seatedInOtherTab(meetingId).then((yes) => {
      if (!yes || otherTab) return;
      otherTab = true;
      if (mode !== 'door') return;
      // A busy tab's answer may come while the person types: the notice comes, the focus stays.
      const typing = document.activeElement instanceof HTMLInputElement ? document.activeElement.dataset.testid : undefined;
      render();
      const again = typing ? container.querySelector<HTMLInputElement>(`[data-testid="${typing}"]`) : null;
      again?.focus();
      if (again?.type === 'text') again.setSelectionRange(again.value.length, again.value.length);
    });
  }

  /**
   * What the door card says to the chair key's holder, into `c` (and `seatGone`): the kept seat
   * (`chairSeat`), or that it is gone (`chairSeatGone`: the chair link opened in a page that never
   * saw its seat go, a fresh tab or another device; the door and the transcript say so as the
   * same tab would), and whether the chair has passed on (`chairPassedOn`).
   */
  function takeChairKeyFields(c: MeetingCard, r: Pick<MeetingCard, 'chairSeat' | 'chairSeatGone' | 'chairPassedOn'>): void {
    delete c.chairSeat;
    delete c.chairPassedOn;
    if (r.chairSeat && typeof r.chairSeat.name === 'string') c.chairSeat = { name: r.chairSeat.name };
    if (r.chairSeatGone === true && loadSecret('chairKey', meetingId)) seatGone = true;
    if (r.chairPassedOn === true) c.chairPassedOn = true;
  }

  /** The timer of watchChairSeat, while the door offers the chair its kept seat. */
  let seatWatch: ReturnType<typeof setTimeout> | null = null;

  /**
   * While the door offers the chair key's holder their kept seat (`card.chairSeat`), asks the
   * card again every CHAIR_SEAT_RECHECK_MS: once the seat's grace period ran out (or the seat
   * came back elsewhere) the door says so instead of promising it (two fresh testers, 2026-12-05,
   * read "Your seat is kept" for half a minute after it was given up). Quiet: the door is drawn
   * again only when the card changed, and the check stops once the person goes in.
   */
  function watchChairSeat(): void {
    if (seatWatch) clearTimeout(seatWatch);
    seatWatch = setTimeout(() => {
      seatWatch = null;
      if (mode !== 'door' || !card?.chairSeat) return;
      void getMeeting(meetingId, loadSecret('chairKey', meetingId)).then((r) => {
        if (mode !== 'door' || !card?.chairSeat || !r.ok) return watchChairSeat();
        if (r.chairSeat?.name === card.chairSeat.name) return watchChairSeat();
        takeChairKeyFields(card, r);
        render();
        // Drawn anew under the person's eyes: the focus goes to the words that say why, so a
        // screen reader reads them (a fresh tester, 2026-12-05: it fell to the page's body).
        const why = container.querySelector<HTMLElement>('[data-testid="join-chair-note"], [data-testid="join-chair-seat-text"]');
        why?.setAttribute('tabindex', '-1');
        why?.focus();
        if (card.chairSeat) watchChairSeat();
      });
    }, CHAIR_SEAT_RECHECK_MS);
  }

  if (loadSeat(meetingId)) enter(null);
  else void loadCard();

  return {
    relabel(): void {
      if (mode === 'meeting') page?.relabel();
      else render();
    },
    destroy(): void {
      if (seatWatch) clearTimeout(seatWatch);
      page?.destroy();
    },
  };
}
