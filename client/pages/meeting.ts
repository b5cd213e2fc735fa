// The meeting itself: header, turn status and countdown, transcript, composer, acknowledgements,
// hands, the circle and (for the chair) the chair panel. The server's view is the truth for the
// state; events feed the transcript. Nothing here is written anywhere but memory.
import type { ErrorCode } from '../../shared/errors.js';
import type { DoorView } from '../../shared/meeting/door.js';
import type { ShareEndReason } from '../../shared/meeting/events.js';
import type { EchoSources } from '../../shared/guard/echo.js';
import { findFormat, findReading } from '../../shared/meeting/formats.js';
import type { LoggedEvent, MeetingView } from '../../shared/meeting/view.js';
import type { CommandEvent, CommandPayload, JoinPayload, JoinResult, NextChairKey } from '../../shared/protocol.js';
import { app } from '../app.js';
import { Connection } from '../connection.js';
import type { ByeReason, ConnStatus } from '../connection.js';
import { fill, focusAtRest, h, setText } from '../dom.js';
import { volunteerLabel } from '../meeting/volunteer-words.js';
import { chairCameWords } from '../meeting/chair-came.js';
import { ackErrorText, errorText } from '../errors.js';
import type { Analyze } from '../meeting/live-hints.js';
import { AckAnnouncer } from '../meeting/ack-announce.js';
import { announce, silence } from '../live-region.js';
import { Actions } from '../meeting/actions.js';
import { ChairPanel } from '../meeting/chair-panel.js';
import { GroupTools, nextChairKeyBanner } from '../meeting/group-tools.js';
import { Circle } from '../meeting/circle.js';
import { Composer, turnKey } from '../meeting/composer.js';
import { Countdown } from '../meeting/countdown.js';
import { describe } from '../meeting/describe.js';
import { DiscreetPanel } from '../meeting/discreet.js';
import { HoldingsPanel } from '../meeting/holdings.js';
import { DraftBox } from '../meeting/draft.js';
import { caretOf, movedCaret, type Caret } from '../meeting/caret.js';
import { errorNear } from '../meeting/inline-error.js';
import { OnDeck, onDeckWords } from '../meeting/on-deck.js';
import { RoleSwitch } from '../meeting/role-switch.js';
import { TimeBox } from '../meeting/time-box.js';
import { chime, setTurnTitle, soundEnabled } from '../meeting/signal.js';
import { Transcript } from '../meeting/transcript.js';
import { sharedBack } from '../meeting/shared-back.js';
import { rewordOpenReports } from '../meeting/report.js';
import { setActiveSeat } from '../quick-exit.js';
import { mayCarryPatch, patchView } from '../../shared/meeting/view-patch.js';
import { ageAsShown, ageView, keepEarliestClocks } from '../meeting/view-age.js';
import { offlineSince as offlineSinceOf } from '../offline-since.js';
import { connectionWords, heldTurnWords, lateTurnByChair, offlineBoxWords, offlineView, ownTurnHeldOffline, seatProbablyGone, seatWasDoubted } from '../meeting/connection-words.js';
import { onEndedElsewhere, setSeatGiver, tellOtherTabsEnded, type SeatGiver } from '../other-tab.js';
import { RotationPrompt } from '../meeting/rotation-prompt.js';
import { ChairVacancyPrompt, chairLinkNotice, foldChairLinkNotice } from '../meeting/edges.js';
import { PHASES, type Phase } from '../../shared/meeting/state.js';
import { ScriptLine } from '../meeting/script-line.js';
import { confirmButton } from '../meeting/confirm-button.js';
import { ConfirmStep } from '../meeting/confirm-step.js';
import { keepFocus } from '../meeting/focus-keeper.js';
import { chairLeaveLines } from '../meeting/leave-words.js';
import { chairWordsInBar, chairWordsNow } from '../meeting/chair-words.js';
import { chairState, othersWordsNow } from '../meeting/others-words.js';
import { DoorGuidelines } from '../meeting/door-guidelines.js';
import { newsHolds, newsOnReturn } from '../meeting/replay-news.js';
import { turnLeftInWords } from '../time.js';
import type { MeetingEvent } from '../../shared/meeting/events.js';
import { GreeterTools } from '../meeting/greeter-tools.js';
import { chairLinkShown, clearSeat, loadSecret, markChairLinkShown, saveSecret } from '../session.js';

export interface MeetingOptions {
  meetingId: string;
  join: JoinPayload | null;
  /**
   * The seat could not be taken (join) or restored (resume): back to the door. `name`: the
   * pseudonym the seat had in the last view this page was shown, if any (so the door can offer
   * it again, also after a reload, when the page never saw the join form). `unsent`: what was
   * written in the text box and the draft box and not sent (a fresh tester: a slow typist's share
   * was gone after joining again), for the next page to put back; never stored. `others`: the
   * pseudonyms of the others in that view, so the door suggests none of them (a fresh tester,
   * 2026-12-06, back after a lost seat, was offered a name someone in the meeting used).
   */
  failed(code: ErrorCode, graceMs?: number, name?: string, unsent?: string, others?: string[]): void;
  /**
   * Words written in an earlier page of this meeting but never sent (its seat was lost: `failed`'s
   * `unsent`): put back in the text box, with a note saying what they are. Page memory only.
   */
  unsent?: string;
  /** Where `unsent` came from: a seat lost (the default) or the tab the seat was moved from ("Move my seat here"). */
  unsentFrom?: 'dropped' | 'moved';
  /** The seat was moved here from another tab, which handed over whatever it had not sent (`unsent`, if anything). */
  movedHere?: boolean;
  /** This join follows a seat given up (SEAT_GIVEN_UP at the door): the transcript's first line says so. */
  rejoined?: boolean;
  /**
   * This join is the chair key's holder taking the seat the door said was kept (the door card's
   * `chairSeat`): the acknowledgement's `kept` says whether it still was. Kept: a line after the
   * replayed history says they are back (a fresh tester read only the first join's "Welcome");
   * not kept (the grace period ran out while the door was read): as `rejoined`.
   */
  chairReturn?: boolean;
  /** Left the waiting room to type the join code again: back to the door form. */
  retry?(): void;
  /** A join or resume was accepted (seated, or at the door). */
  accepted?(): void;
  analyze?: Analyze;
}

export interface MeetingPage {
  relabel(): void;
  destroy(): void;
}

type Ui = {
  /** Stops the focus keeper (focus-keeper.ts) when the page's meeting goes. */
  stopFocusKeeper: () => void;
  groupTools: GroupTools;
  doorBanner: HTMLElement;
  doorText: HTMLElement;
  root: HTMLElement;
  title: HTMLElement;
  phase: HTMLElement;
  topic: HTMLElement;
  script: ScriptLine;
  status: HTMLElement;
  /** The connection banner's words for screen readers: said when they change in kind (renderStatus). */
  statusSay: HTMLElement;
  frozen: HTMLElement;
  error: HTMLElement;
  turnText: HTMLElement;
  turnBox: HTMLElement;
  /** In the turn line, for whoever is next: scrolls to the draft box and puts the caret in it. */
  draftJump: HTMLElement;
  countdown: Countdown;
  transcript: Transcript;
  composer: Composer;
  actions: Actions;
  circle: Circle;
  chair: ChairPanel | null;
  side: HTMLElement;
  chairSlot: HTMLElement;
  chairBarSlot: HTMLElement;
  volunteer: HTMLInputElement;
  /** The box's label: its words change when a tick takes the chair at once (volunteer-words.ts). */
  volunteerLabel: HTMLElement;
  announce: HTMLElement;
  grid: HTMLElement;
  waiting: HTMLElement;
  waitingText: HTMLElement;
  waitingLocked: HTMLElement;
  guidelines: DoorGuidelines;
  greeter: GreeterTools;
  discreet: DiscreetPanel;
  timeBox: TimeBox;
  onDeck: OnDeck;
  draft: DraftBox;
  ackAnnounce: AckAnnouncer;
  roleSwitch: RoleSwitch;
  waitingRetry: HTMLElement;
  vacancy: ChairVacancyPrompt;
  rotation: RotationPrompt;
  notice: HTMLElement;
  leaveConfirm: ConfirmStep;
};

/** Whether the meeting's round has started: phase `p` is the round or a later one. */
function roundOn(p: Phase): boolean {
  return PHASES.indexOf(p) >= PHASES.indexOf('round');
}

/** Connected, a leave unanswered after this long (ms) is shown as waiting for the connection. */
const LEAVE_ANSWER_MS = 1500;

export function mountMeeting(container: HTMLElement, opts: MeetingOptions): MeetingPage {
  /**
   * This page resumes a seat an earlier page held (a reload, the link opened again in the same
   * tab, Back to it, the seat moved here from another tab) and was handed none of its unsent
   * words: whatever was in that page's box is gone.
   */
  const resumedOnLoad = opts.join === null && opts.unsent === undefined && !opts.movedHere;
  let view: MeetingView | null = null;
  /** How your last turn ended (its `shareEnded`), for the note on words kept from it (DraftBox.keep). */
  let myTurnEnded: ShareEndReason | null = null;
  /** When `view`'s clocks were computed (performance.now() at its arrival): it is drawn aged by the time since (view-age.ts). */
  let viewAt = 0;
  let door: DoorView | null = null;
  let status: ConnStatus = 'connecting';
  const history: LoggedEvent[] = [];
  /** Counts every change to `history`, so what is made from it (echoSources) is made again only then. */
  let historyVersion = 0;
  const names = new Map<string, string>();
  let finished = false;
  /** While another tab holds the seat: the notice shown instead of the meeting (showReplaced). */
  let replaced: HTMLElement | null = null;
  /** While this page is set aside (replaced): stops listening for the meeting's end in another tab. */
  let stopEndedWatch = (): void => undefined;
  let errorTimer: ReturnType<typeof setTimeout> | null = null;
  let wasMyTurn = false;
  /**
   * What the turn-announce region last said holds only while this is true of the view (say); null
   * when nothing was said. A screen reader user may read the region again for up to
   * ANNOUNCE_KEEP_MS: "You now chair" must not be there after the chair was passed on.
   */
  let announcedWhile: ((v: MeetingView) => boolean) | null = null;
  /**
   * What a return found still true among the lines it missed (replay-news.ts): gathered while
   * they are replayed, said once after them (`returnNewsDue`), each taken out of the live region
   * the moment a view makes it untrue (`returnNewsSaid`).
   */
  let returnNews: { text: string; e: MeetingEvent; seq: number }[] = [];
  let returnNewsDue = false;
  let returnNewsSaid: { remove: () => void; e: MeetingEvent; seq: number }[] = [];
  /** Whether the first view after this page loaded was checked for a reload on your turn. */
  let reloadChecked = false;
  /** The note that the reload emptied the box (sayReloadedOnTurn), while your turn lasts. */
  let reloadNote: HTMLElement | null = null;
  /** The meeting itself (not the door's waiting room) has been shown on this page: its first showing placed the focus (enterMeeting). */
  let entered = false;
  /** Whether the view applied last had you in the chair; null before the first. */
  let wasChair: boolean | null = null;
  /** The chair link's notice while it is shown (showChairLink), wherever it stands (placeChairNotice). */
  let chairNotice: HTMLElement | null = null;
  /** While the chair link's notice is still to fold by itself (foldChairNotice): the phase it was shown in (null: before any view). */
  let chairNoticeFolds: { phase: Phase | null } | null = null;
  /** On the chair bar, while the chair that came to you has taken no step yet (becameChair). */
  let chairCame: { note: HTMLElement; words: HTMLElement; step: string } | null = null;
  /** When this tab lost its connection (local ms), while it is down: the turn line counts from it. */
  let offlineSince: number | null = null;
  let offlineTimer: ReturnType<typeof setInterval> | null = null;
  /** The connection came back after the banner said the seat was probably given up (seatWasDoubted). */
  let doubtedSeat = false;
  /** This tab's connection came back after a drop (not a page load): the resume's answer says whether the turn is still yours (sayBackOnTurn). */
  let backFromDrop = false;
  /**
   * The turn of yours the drop broke off (`speaker.turn`), or null: none was yours then. Back to
   * another one (a late turn owed), "still your turn" would not be true (a fresh tester heard it).
   */
  let turnAtDrop: number | null = null;
  /** The transcript's first line says the seat is new (MeetingOptions.rejoined, chairReturn not kept). */
  let rejoined = opts.rejoined === true;
  /** Redraws each second while someone else's turn is held, so its count goes down. */
  let heldTimer: ReturnType<typeof setInterval> | null = null;
  const stopHeldTimer = (): void => {
    if (heldTimer) clearInterval(heldTimer);
    heldTimer = null;
  };
  /** Weekly groups: the one-time key for chairing next time, if it reached this page. */
  let nextKey: NextChairKey | null = null;
  /** The farewell shown while a leave waits for the connection (end('leaving')). */
  let leavingBox: HTMLElement | null = null;
  /** Leave was pressed: a second press does nothing. */
  let leaveAsked = false;

  const send = <E extends CommandEvent>(event: E, payload: CommandPayload<E>) => conn.send(event, payload);
  const showError = (code: string, anchor?: HTMLElement) => {
    if (!ui) return;
    // Refused offline, nothing was sent and nothing waits to be (command-sender.ts): the words say
    // so. "Waiting for the connection …" read as a promise; a tester's chair lost an extra minute
    // and a note pressed offline without a word.
    const text = code === 'BUSY' && status !== 'connected' ? app.t.notSentOffline : errorText(code);
    // Next to the control that caused it (the one just pressed), not in a banner out of view.
    const near = anchor ?? (document.activeElement instanceof HTMLElement && document.activeElement !== document.body && ui.grid.contains(document.activeElement) ? document.activeElement : undefined);
    if (near?.isConnected) return errorNear(near, text);
    setText(ui.error, text);
    ui.error.hidden = false;
    if (errorTimer) clearTimeout(errorTimer);
    errorTimer = setTimeout(() => {
      if (ui) ui.error.hidden = true;
    }, 8000);
  };

  let ui: Ui | null = null;

  function build(): Ui {
    const t = app.t;
    // The guard's check in the share box and the draft box reads the others' shares too.
    const analyze: Analyze | undefined = opts.analyze && ((text, otherNames, lang, ownName) => opts.analyze!(text, otherNames, lang, ownName, echoSources()));
    const countdown = new Countdown();
    const transcript = new Transcript(t.transcriptLabel, t.transcriptEmpty, {
      report: (share, reason) => send('report', { share, reason }),
      hide: (share) => send('hideShare', { share }),
      error: showError,
      // A discreet meeting hides who chairs, not whether anyone does (chairVacant).
      hasChair: () => !!view && chairState(view) !== 'none',
    });
    const composer = new Composer({
      share: (text, confirm, echo) => send('share', { text, ...(confirm ? { confirm } : {}), ...(echo ? { echo } : {}) }),
      releaseHeld: () => send('releaseHeld', {}),
      finish: () => send('finishShare', {}),
      pass: () => send('pass', {}),
      error: showError,
      // One notice on unsent words at a time: the newest says what holds.
      notSent: () => timeBox.clearNote(),
      // Words sent went to the room: a note that they were not shared has done its job.
      shared: () => timeBox.clearNote(),
      // A share whose answer never came is in the room after all: a new press is a new share.
      settled: (text) => {
        conn.settled('share', { text });
        conn.settled('share', { text, confirm: true });
      },
      ...(analyze ? { analyze } : {}),
    });
    const actions = new Actions({
      acknowledge: (kind) => send('acknowledge', { kind }),
      raiseHand: () => send('raiseHand', {}),
      lowerHand: () => send('lowerHand', {}),
      error: showError,
    });
    const circle = new Circle(null);
    const groupTools = new GroupTools(send, showError);
    if (nextKey) groupTools.showKey(nextKey);
    const timeBox = new TimeBox(() => composer.draft, () => send('askMoreTime', {}), showError);
    composer.el.insertBefore(timeBox.el, composer.input);
    composer.input.addEventListener('input', (e) => timeBox.draftChanged(e.isTrusted));
    const onDeck = new OnDeck();
    const draft = new DraftBox(analyze);
    const ackAnnounce = new AckAnnouncer();
    const roleSwitch = new RoleSwitch((role) => send('setRole', { role }), showError);
    // Until the server's first answer (a view, or the door's), the page is not in the meeting yet:
    // it says it is going in, and shows no meeting and no control that could not work (a fresh
    // tester, offline at the door, saw a blank title, a share box and buttons that did nothing).
    // Focusable by the page alone (tabindex -1): where focus starts once the meeting opens (enterMeeting).
    const title = h('h1', { class: 'meeting-title', testid: 'meeting-title', tabindex: '-1' }, t.joiningTitle);
    const phase = h('span', { class: 'phase-badge', testid: 'meeting-phase', hidden: true });
    const topic = h('p', { class: 'meeting-topic', testid: 'meeting-topic', hidden: true });
    // Everyone sees where the meeting script stands; the next step is the chair's (in its bar).
    const script = new ScriptLine();
    // The banner counts the seat's grace down each second, so it is no live region (a screen reader
    // would say it again every second: a fresh tester, 2026-12-06); its words are said through
    // statusSay when they change in kind, not in figure (renderStatus).
    const statusEl = h('p', { class: 'banner info', testid: 'connection-status' });
    const statusSay = h('div', { class: 'visually-hidden', role: 'status', testid: 'connection-say' });
    const frozen = h('p', { class: 'banner paused', testid: 'frozen-banner', hidden: true }, t.frozenBanner);
    const error = h('p', { class: 'banner error', testid: 'error-message', role: 'alert', hidden: true });
    const turnText = h('p', { class: 'turn-text' });
    // Whoever is next is told at the top, but on a phone the draft box sits below the whole
    // transcript (a fresh tester, 2026-12-03, never found it): one press takes them there.
    const jumpToDraft = (): void => {
      draft.el.scrollIntoView({ block: 'center' });
      draft.focusAtEnd();
    };
    const draftJump = h('button', { class: 'button secondary small draft-jump', type: 'button', testid: 'turn-draft-jump', hidden: true, on: { click: jumpToDraft } }, t.onDeckWriteDraft);
    const turnBox = h('div', { class: 'turn-status', testid: 'turn-status' }, h('div', { class: 'turn-words' }, turnText, draftJump), countdown.el);
    const volunteer = h('input', {
      type: 'checkbox',
      id: 'volunteer-toggle',
      testid: 'volunteer-toggle',
      on: {
        change: () =>
          void send('volunteer', { on: volunteer.checked }).then((r) => {
            if (!r.ok) {
              showError(r.code);
              if (view) syncVolunteer(view);
            }
          }),
      },
    });
    // Its words say when a tick takes the chair at once (volunteer-words.ts), set with each view.
    const volunteerLabelEl = h('label', { for: 'volunteer-toggle', testid: 'volunteer-label' }, t.volunteerToggle);
    // The chair's leave hands the chair on (or leaves the room without one): it asks first, and
    // says which. Anyone else's leave gives up their own seat only and asks nothing; the quick
    // exit never asks.
    const leaveConfirm = new ConfirmStep('leave-confirm');
    const leaveBtn: HTMLButtonElement = h('button', {
      class: 'button secondary small',
      type: 'button',
      testid: 'leave',
      on: {
        click: () => {
          const lines = view ? chairLeaveLines(view, app.t) : null;
          if (lines) leaveConfirm.ask(lines, app.t.leaveYes, leaveBtn, leave);
          else leave();
        },
      },
    }, t.leave);
    const you = h(
      'section',
      { class: 'panel you' },
      roleSwitch.el,
      roleSwitch.note,
      h('div', { class: 'choice' }, volunteer, volunteerLabelEl),
      actions.soundToggle,
      timeBox.soundToggle,
      onDeck.notifyToggle,
      leaveBtn,
      leaveConfirm.el,
    );
    const chairSlot = h('div', { hidden: true });
    // The chair's next step: above the circle on a wide screen, first thing on a phone.
    const chairBarSlot = h('div', { class: 'chair-bar-slot', hidden: true });
    const doorText = h('span', {});
    const doorBanner = h(
      'div',
      { class: 'banner door-banner', testid: 'door-banner', role: 'status', hidden: true },
      doorText,
      h(
        'button',
        {
          class: 'button small',
          type: 'button',
          testid: 'door-banner-go',
          on: {
            click: () => {
              const door = chairSlot.querySelector<HTMLElement>('[data-testid="chair-door"]');
              door?.scrollIntoView({ block: 'center' });
              door?.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
            },
          },
        },
        t.doorGo,
      ),
    );
    const discreet = new DiscreetPanel(() => send('setDiscreet', { on: true }), showError);
    const holdings = new HoldingsPanel(() => conn.holdings());
    const side = h('aside', { class: 'meeting-side' }, circle.el, discreet.el, you, holdings.el);
    const announce = h('div', { class: 'visually-hidden', 'aria-live': 'assertive', testid: 'turn-announce' });
    const guidelines = new DoorGuidelines(() => send('acceptGuidelines', {}), (code, message) => ackErrorText({ code, ...(message === undefined ? {} : { message }) }));
    const greeter = new GreeterTools((where) => send('greet', { where }), showError, (yes) => send('answerGreeter', { yes }));
    // The chair link's notice (shown once) once the meeting runs: in the main column, after the
    // chair bar on a phone, so a chair's first screen holds the next step (a fresh tester's first
    // chair saw only the chair link, which must not be shared). While people gather it stands in
    // the bar, after the link for the others (placeChairNotice).
    const notice = h('div', {});
    const grid = h('div', { class: 'meeting-grid', hidden: true }, chairBarSlot, h('div', { class: 'meeting-main' }, notice, doorBanner, greeter.askEl, groupTools.questionEl, turnBox, transcript.el, onDeck.el, draft.el, composer.el, actions.el, greeter.el, groupTools.el, chairSlot), side);
    // Words only while the waiting room shows (applyDoor, applyView): a status region, and a fresh
    // verifier's log had "This is a closed meeting…" on every entry, open meetings too.
    const waitingText = h('p', { testid: 'waiting-message', role: 'status' });
    const waitingLocked = h('p', { class: 'hint', testid: 'waiting-locked', hidden: true }, t.doorLockedToo);
    const waitingRetry = h('button', { class: 'button', type: 'button', testid: 'waiting-retry', hidden: true, on: { click: retryCode } }, t.doorRetryCode);
    const waiting = h(
      'section',
      { class: 'panel waiting-room', testid: 'waiting-room', hidden: true },
      h('h2', {}, t.waitingTitle),
      waitingText,
      waitingLocked,
      waitingRetry,
      guidelines.el,
      h('button', { class: 'button secondary', type: 'button', testid: 'waiting-leave', on: { click: leave } }, t.leave),
    );
    const vacancy = new ChairVacancyPrompt(() => send('takeChair', {}));
    const rotation = new RotationPrompt(() => send('volunteer', { on: true }));
    const root = h(
      'div',
      { class: 'meeting', testid: 'meeting' },
      h('header', { class: 'meeting-head' }, h('div', { class: 'meeting-head-row' }, title, phase), topic, script.el),
      statusEl,
      statusSay,
      frozen,
      error,
      vacancy.el,
      rotation.el,
      waiting,
      grid,
      announce,
      ackAnnounce.el,
    );
    // The status line can take focus (not by Tab): where it goes when the control that had it goes.
    turnBox.tabIndex = -1;
    const stopFocusKeeper = keepFocus(root, () => {
      // The chair's next step; your share box on your turn; else what to do now, in words.
      const next = ui?.chair?.nextStep() ?? null;
      if (next) return next;
      if (!composer.input.disabled && view?.speaker?.id === view?.you.id) return composer.input;
      return turnBox;
    });
    return { stopFocusKeeper, groupTools, timeBox, onDeck, draft, ackAnnounce, roleSwitch, doorBanner, doorText, root, title, phase, topic, script, status: statusEl, statusSay, frozen, error, turnText, turnBox, draftJump, countdown, transcript, composer, actions, circle, chair: null, side, chairSlot, chairBarSlot, volunteer, volunteerLabel: volunteerLabelEl, announce, grid, waiting, waitingText, waitingLocked, waitingRetry, guidelines, greeter, discreet, vacancy, rotation, notice, leaveConfirm };
  }

  function syncVolunteer(v: MeetingView): void {
    if (!ui) return;
    const me = v.participants.find((p) => p.id === v.you.id);
    ui.volunteer.checked = !!me?.volunteer;
    ui.volunteer.disabled = status !== 'connected';
    setText(ui.volunteerLabel, volunteerLabel(v, app.t));
  }

  /** How long (ms) this tab has been reconnecting, or null while it is not. */
  function awayMs(): number | null {
    return status === 'reconnecting' && offlineSince !== null ? Date.now() - offlineSince : null;
  }

  /** This tab's own connection, for the circle's own row (Circle.update). */
  function selfState(v: MeetingView): 'online' | 'offline' | 'gone' {
    return status === 'connected' ? 'online' : seatProbablyGone(v, awayMs()) ? 'gone' : 'offline';
  }

  /** The connection words last said to screen readers (renderStatus). */
  let saidStatus = '';

  function renderStatus(): void {
    if (!ui) return;
    const t = app.t;
    const away = awayMs();
    const words = (spoken: boolean): string =>
      connectionWords(t, status, view?.graceMs, away, view ? ownTurnHeldOffline(view, status === 'connected', offlineSince, Date.now()) : false, view?.gracePaused, view?.you.isChair, view !== null || door !== null, conn.deviceOffline, spoken);
    const text = words(false);
    setText(ui.status, text);
    ui.status.hidden = !text;
    // Said when the words change, not once a second as the banner counts: the spoken words hold
    // no running figure (connectionWords `spoken`), so what stays in the region is never stale.
    const said = words(true);
    if (said !== saidStatus) {
      saidStatus = said;
      if (said) announce(ui.statusSay, said);
      else silence(ui.statusSay);
    }
    // Once the banner says the seat is probably given up, the place in line goes with it.
    if (view) ui.onDeck.update(view, seatProbablyGone(view, away));
  }

  /** The turn line for `v` (the view as the server sent it); `heldLeftMs`: a held turn's time left as shown now (the aged view's `heldRemainingMs`). */
  function turnWords(v: MeetingView, heldLeftMs: number | null): string {
    const t = app.t;
    const sp = v.speaker;
    const held = heldTurnWords(v, t, status === 'connected', offlineSince, Date.now(), (id) => v.participants.find((p) => p.id === id)?.name ?? names.get(id) ?? t.tSomeone, heldLeftMs);
    if (held) return held;
    // The how-to sits right above the text box, the pause in its own banner: the words stay short.
    if (sp && sp.id === v.you.id) return t.turnYou;
    // The one next reads it at the top of the page, where the eye goes first (a fresh tester: "you
    // are next" and the draft box were below a long transcript, off the first screen).
    if (sp) {
      const name = v.participants.find((p) => p.id === sp.id)?.name ?? names.get(sp.id) ?? t.tSomeone;
      return onDeckWords(v, t, seatProbablyGone(v, awayMs())).next ? t.turnOtherYouNext(name) : t.turnOther(name);
    }
    // Said once: in the chair bar when it shows them (chairWordsInBar), else here.
    if (chairWordsInBar(v)) return '';
    const chairWords = v.you.isChair ? chairWordsNow(v) : null;
    if (chairWords) return chairWords;
    // Everyone else: the current segment and who chairs, worded afresh from each view.
    return othersWordsNow(v, t) ?? '';
  }

  /** At the door: only what the door shows. Whatever was seen of the meeting is put away. */
  function applyDoor(d: DoorView): void {
    door = d;
    view = null;
    if (!ui) return;
    const t = app.t;
    setText(ui.title, d.title);
    setText(ui.phase, '');
    // No empty badge beside the title at the door (it has no phase to show).
    ui.phase.hidden = true;
    ui.topic.hidden = true;
    ui.frozen.hidden = true;
    ui.waiting.hidden = false;
    ui.grid.hidden = true;
    setText(ui.waitingText, t[`door_${d.reason}`]);
    ui.waitingLocked.hidden = !d.locked || d.reason === 'locked';
    ui.waitingRetry.hidden = d.reason !== 'wrongCode' || !opts.retry;
    ui.guidelines.update(d);
  }

  /**
   * Draws `truth`, the view the server sent (`fresh`: it arrived just now) or the one held,
   * drawn again or patched by an event (its clocks then still count from its arrival).
   */
  function applyView(truth: MeetingView, fresh = true): void {
    if (fresh) {
      const now = performance.now();
      // A later source for the same deadline never moves a clock later than an earlier one
      // implied (a whole view arriving seconds after the patch of the same turn): view-age.ts.
      truth = keepEarliestClocks(view, now - viewAt, truth);
      viewAt = now;
    }
    view = truth;
    door = null;
    const aged = ageAsShown(truth, performance.now() - viewAt, status !== 'connected' && offlineSince !== null ? Date.now() - offlineSince : null);
    // While the connection is down, what the last view said of your own turn may no longer hold.
    const v = status === 'connected' ? aged : offlineView(aged, offlineSince, Date.now());
    if (!ui) return;
    const t = app.t;
    for (const p of v.participants) names.set(p.id, p.name);
    const online = status === 'connected';
    setText(ui.title, v.title);
    setText(ui.phase, t[`phase_${v.phase}`]);
    ui.phase.hidden = false;
    ui.topic.hidden = !v.topic;
    fill(ui.topic, v.topic ? h('span', { class: 'topic-label' }, t.topicLabel) : null, v.topic ? ` ${v.topic}` : null);
    ui.frozen.hidden = !v.frozen;
    // The chair is addressed as "you": the pause is theirs to lift.
    setText(ui.frozen, v.you.isChair ? t.frozenBannerYou : t.frozenBanner);
    ui.waiting.hidden = !v.you.waiting;
    if (!v.you.waiting) setText(ui.waitingText, '');
    else if (!ui.waitingText.textContent) setText(ui.waitingText, t.waitingText);
    ui.grid.hidden = v.you.waiting;

    // The turn line words the offline turn itself (heldTurnWords), from what the server last said.
    const turnLine = turnWords(truth, aged.speaker?.heldRemainingMs ?? null);
    setText(ui.turnText, turnLine);
    // Nothing to say (the chair's instruction stands in the chair bar): no empty box.
    ui.turnBox.hidden = turnLine === '';
    const mine = v.speaker?.id === v.you.id;
    ui.turnBox.classList.toggle('mine', mine);
    ui.turnBox.classList.toggle('other', !!v.speaker && !mine);
    // Offline, someone else's clock is held where it was last known and marked as not live.
    ui.countdown.update(v, online);
    ui.script.update(v);
    ui.greeter.update(v);
    // An open leave question follows the facts (a volunteer came or went); no longer the chair, it
    // no longer applies.
    if (ui.leaveConfirm.open) {
      const lines = chairLeaveLines(v, t);
      if (lines) ui.leaveConfirm.reword(lines);
      else ui.leaveConfirm.cancel();
    }
    // Offline on one's own turn the clock shown would be a guess: the turn line says what holds.
    if (mine && !online) {
      ui.countdown.stop();
      ui.countdown.el.hidden = true;
    }
    // Where the typist was before this view: focus must stay in a text box when the turn arrives.
    const typingDraft = ui.draft.focused;
    // Typing in the share box as it closes (the turn moved on while offline, the time ran out):
    // the words and the typist go on in the draft box (a fresh tester lost the keystrokes and the
    // phone keyboard when the box closed under them).
    const typingComposer = document.activeElement === ui.composer.input;
    // Where in the text they were: words moved to the other box keep the caret on them (caret.ts).
    const composerCaret = typingComposer ? caretOf(ui.composer.input) : ui.composer.caretWhenClosed;
    const draftCaret = document.activeElement === ui.draft.input ? caretOf(ui.draft.input) : null;
    // Offline on what was your turn: the box keeps what is written and stays open, and says by
    // itself what the turn line says.
    const offlineTurn = offlineBoxWords(truth, t, online, offlineSince, Date.now());
    ui.composer.update(v, online, offlineTurn);
    // Words of an earlier turn moving in with the draft are said to be unshared still, and that
    // the turn is theirs now (a fresh tester, 2026-12-05: her owed turn began with them back in
    // the box and only the usual "write and press Send" above them).
    const keptMovesIn = mine && online && !v.frozen && ui.draft.hasText && ui.draft.holdsKept;
    if (mine && online && !v.frozen && ui.draft.hasText) takeDraft(typingDraft, draftCaret);
    ui.timeBox.update(v, online);
    if (keptMovesIn) ui.timeBox.keptNow();
    ui.onDeck.update(v, seatProbablyGone(v, awayMs()));
    // Unshared words of an earlier turn in the closed share box go to the draft box, where they
    // can be written on (and from where a turn takes them), with the caret after them; not a
    // listener's, who has no turn to wait for (their note says how to share them).
    const listener = v.participants.find((p) => p.id === v.you.id)?.role === 'listener';
    const kept = !mine && !listener ? ui.composer.takeKept() : null;
    const keptEnd = kept !== null ? ui.draft.keep(kept, myTurnEnded) : 0;
    if (kept !== null) ui.timeBox.draftChanged();
    ui.draft.update(v);
    ui.composer.besideDraft(!ui.draft.el.hidden);
    ui.draftJump.hidden = ui.draft.el.hidden || mine || OnDeck.place(v) !== 1;
    if (kept !== null) {
      const active = document.activeElement;
      if (typingComposer || !active || focusAtRest()) {
        if (composerCaret) ui.draft.focusAt(movedCaret(composerCaret, 0, keptEnd));
        else ui.draft.focusAtEnd();
      }
    }
    ui.roleSwitch.update(v, online);
    ui.vacancy.update(v, online);
    ui.rotation.update(v, online);
    ui.actions.update(v, online);

    const keeper = v.you.isChair || v.you.isCoChair;
    if (keeper && !ui.chair) {
      ui.chair = new ChairPanel(send, showError, opts.meetingId, v.formatId, () => conn.askJoinCode(), shareOf, v.practice ? undefined : () => showChairLink(true));
      const tools = ui.groupTools;
      ui.chair.openNextChair = () => tools.openNextChair();
      ui.chairSlot.replaceChildren(ui.chair.el);
      ui.chairSlot.hidden = false;
      ui.chairBarSlot.replaceChildren(ui.chair.bar);
    } else if (!keeper && ui.chair) {
      ui.chair = null;
      ui.chairSlot.replaceChildren();
      ui.chairSlot.hidden = true;
      ui.chairBarSlot.replaceChildren();
    }
    ui.circle.setChair(v.you.isChair && ui.chair ? ui.chair.actions() : null);
    ui.chair?.update(v, online, seatProbablyGone(v, awayMs()));
    placeChairNotice();
    foldChairNotice(v);
    ui.transcript.setChair(v.you.isChair);
    rewordOpenReports(ui.transcript.el, chairState(v) !== 'none');
    const bar = !!ui.chair && v.you.isChair;
    ui.chairBarSlot.hidden = !bar;
    ui.grid.classList.toggle('with-chair-bar', bar);
    ui.doorBanner.hidden = !keeper || v.waiting.length === 0;
    // A live region: "Waiting at the door:" with nobody after it went into it on every view (a
    // fresh tester's log of what a screen reader is given), hidden or not.
    setText(ui.doorText, ui.doorBanner.hidden ? '' : t.doorBanner(v.waiting.map((w) => w.name).join(', ')));
    ui.circle.update(v, selfState(v));
    ui.discreet.update(v, online);
    ui.groupTools.update(v);
    syncVolunteer(v);

    // Someone else's held turn counts down on this page: drawn again each second while it lasts.
    const othersHeld = !!v.speaker && !mine && v.speaker.heldUntil !== null && online;
    if (othersHeld && !heldTimer) heldTimer = setInterval(() => view && ui && !finished && applyView(view, false), 1000);
    else if (!othersHeld) stopHeldTimer();
    if (chairCame && (!v.you.isChair || stepOf(v) !== chairCame.step)) {
      chairCame.note.remove();
      chairCame = null;
    }
    // The note follows the round: someone's share ends, the turn is the chair's to give, the
    // sharing is done (chairCameWords). Replaced only when it changes. It is no live region: the
    // words were said once when the chair came (becameChair); read out again as a turn started,
    // "you now chair" was heard twice (a fresh tester, 2026-12-06).
    if (chairCame) {
      const words = chairCameWords(v, t);
      if (chairCame.words.textContent !== words) setText(chairCame.words, words);
    }
    dropUntrueReturnNews(v);
    // An announcement a role or turn change made untrue goes at once, before any new one is made.
    if (announcedWhile && !announcedWhile(v)) {
      silence(ui.announce);
      announcedWhile = null;
    }
    if (v.you.isChair && wasChair === false) becameChair(v);
    // The chair link's promise ("you come back as chair") holds only while you chair: once the
    // chair has moved on (rotation, a hand-on), the notice goes (a fresh tester, 2026-12-03).
    if (!v.you.isChair && wasChair) {
      chairNotice?.remove();
      chairNotice = null;
    }
    wasChair = v.you.isChair;
    if (mine && !wasMyTurn) yourTurn();
    if (!entered && !v.you.waiting) enterMeeting(v, mine);
    if (!mine) dropReloadNote();
    wasMyTurn = mine;
    setTurnTitle(mine && online);
  }

  /**
   * The chair has come to you during the meeting (rotation, a drop, a hand-on): said at once, and
   * the chair bar brought into view unless you are typing (a fresh tester, 2026-12-03, scrolled
   * down, saw only a transcript line while the next step waited off-screen). The page never
   * moves while you type.
   */
  function becameChair(v: MeetingView): void {
    if (!ui) return;
    // True in the state it is said in only (chairCameWords): emptied once it is not.
    const said = chairCameWords(v, app.t);
    say(said, (x) => x.you.isChair && chairCameWords(x, app.t) === said);
    // Seen too, at the top of the bar, until the first step is taken (a second fresh tester: the
    // bar said only "Chair" and the next step, nothing of why it was theirs now).
    chairCame?.note.remove();
    // A way to say no there and then (a fresh tester, 2026-12-05: the rotation made a member
    // chair with no question, and the only way out was an unexplained tick box): withdrawing the
    // offer to chair hands the chair to the next volunteer, as the tick box does.
    // Two presses, the second naming what it does: the chair goes at once (a second tester).
    const notNow: HTMLButtonElement = confirmButton(
      () => app.t.chairNotNow,
      'chair-came-not-now',
      'button secondary small',
      () =>
        void send('volunteer', { on: false }).then((r) => {
          if (!r.ok) showError(r.code, notNow);
        }),
      undefined,
      () => app.t.chairNotNowConfirm,
    );
    const words = h('p', { testid: 'chair-came-words' }, said);
    // No role "status": said once through the announce region above, not again at each change.
    const note = h('div', { class: 'hint chair-came', testid: 'chair-came-to-you' }, words, notNow);
    ui.chairBarSlot.prepend(note);
    chairCame = { note, words, step: stepOf(v) };
    if (!typing() && !ui.chairBarSlot.hidden) ui.chairBarSlot.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
  }

  /** Says `text` in the turn-announce region; it is emptied as soon as a view makes `holds` false (applyView). */
  function say(text: string, holds: (v: MeetingView) => boolean): void {
    if (!ui) return;
    announce(ui.announce, text);
    announcedWhile = holds;
  }

  const myTurn = (v: MeetingView): boolean => v.speaker?.id === v.you.id;

  function yourTurn(): void {
    if (!ui) return;
    // "It is your turn" is untrue from the moment it is not (live-region.ts).
    say(app.t.yourTurnAnnounce, myTurn);
    if (soundEnabled()) chime();
    // Straight into the text box (focus scrolls it into view); never onto a button, where a space
    // bar press would act. However the turn began: in open sharing a member's own "Raise hand"
    // gave her the turn at once, and focus stayed on the page's controls while the box was below
    // a phone's fold (a keyboard tester, 2026-12-06); the chair picking her, a late turn, alike.
    // Never from someone typing, nor from a question or menu she has open.
    if (pageIdle() || turnMayTakeFocus()) ui.composer.focusAtEnd();
  }

  /**
   * The focus is on one of the meeting's own controls (not a text field, not in an open question
   * or menu, not outside the meeting: the help, the top bar): a turn of yours beginning takes it
   * to your share box.
   */
  function turnMayTakeFocus(): boolean {
    const a = document.activeElement;
    if (!ui || !(a instanceof HTMLElement) || !ui.root.contains(a) || typing()) return false;
    return !a.closest('.confirm-step:not([hidden]), details[open]');
  }

  /**
   * The meeting is shown for the first time on this page (joined from the door, let in from the
   * waiting room, a reload or the chair link resuming the seat): focus goes to a sensible start,
   * not left on the page's body, where the next Tab began at "Skip to content" and a screen
   * reader went back to the top (a keyboard tester, 2026-12-06). The chair's next step for the
   * chair (when it can be pressed: not a disabled Start, nor "More tools"), the share box on your
   * own turn, else the meeting's heading. Only if focus is nowhere
   * the person put it: on the body, or in the waiting room just hidden. `mine`: your turn now.
   */
  function enterMeeting(v: MeetingView, mine: boolean): void {
    if (!ui) return;
    entered = true;
    const a = document.activeElement;
    const leftBehind = !a || a === document.body || !a.isConnected || (ui.root.contains(a) && !!a.closest('[hidden]'));
    if (!leftBehind) return;
    const next = v.you.isChair ? (ui.chair?.mainStep() ?? null) : null;
    if (next) next.focus();
    else if (mine && !ui.composer.input.disabled) ui.composer.focusAtEnd();
    else ui.title.focus();
  }

  /** Where the meeting is, as the chair's steps move it: the phase and the script's segment. */
  function stepOf(v: MeetingView): string {
    return `${v.phase}:${v.script?.index ?? ''}`;
  }

  /**
   * The person is writing: the focus is in a text field. The page then never scrolls under them.
   * A focused checkbox or button is no reason to leave news off-screen (a fresh tester,
   * 2026-12-03: the chair came to someone who had just ticked "I can chair" at the foot of a
   * phone's page, and nothing in view said so).
   */
  function typing(): boolean {
    const a = document.activeElement;
    return a instanceof HTMLTextAreaElement || (a instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(a.type)) || (a instanceof HTMLElement && a.isContentEditable);
  }

  /** Nothing on the page has the person's focus but the transcript (reading): the page may move it. */
  function pageIdle(): boolean {
    const active = document.activeElement;
    return !active || focusAtRest() || !!ui?.transcript.el.contains(active);
  }

  /**
   * The turn has come: the draft written while waiting becomes the composer's text (after what is
   * already there), caret at the end. Nothing is sent; only a press of send does that. Whoever was
   * typing in the draft box goes on typing in the composer, the caret (`draftCaret`) on the same
   * characters as before.
   */
  function takeDraft(typingDraft: boolean, draftCaret: Caret | null): void {
    if (!ui) return;
    const text = ui.draft.take();
    const at = ui.composer.appendDraft(text);
    if (draftCaret) ui.composer.focusAt(movedCaret(draftCaret, at, at + text.length));
    else if (typingDraft || focusAtRest()) ui.composer.focusAtEnd();
  }

  let echo: EchoSources = { shares: [] };
  let echoVersion = -1;
  let echoTopic: string | null = null;
  /**
   * What the guard reads a draft against for words repeated from another's share (shared/guard/
   * echo.ts): the others' shares this page holds (a hidden one's words are gone from it), and the
   * words the whole room heard from the chair and the format (readings, notes, the topic). One
   * object until the history or the topic changes, so the guard indexes it once.
   */
  function echoSources(): EchoSources {
    const topic = view?.topic ?? null;
    if (!view || (echoVersion === historyVersion && echoTopic === topic)) return echo;
    const shares: string[] = [];
    const common: string[] = topic ? [topic] : [];
    for (const { event: e } of history) {
      if (e.type === 'share' && e.id !== view.you.id) shares.push(e.text);
      else if (e.type === 'note') common.push(e.text);
      else if (e.type === 'reading') {
        const text = e.text ?? findReading(view.formatId, e.readingId)?.text[view.language];
        if (text) common.push(text);
      }
    }
    echo = { shares, common };
    echoVersion = historyVersion;
    echoTopic = topic;
    return echo;
  }

  /** A share this page was sent (by its seq), for the chair's list of reports. */
  function shareOf(seq: number): { name: string; text: string } | null {
    const le = history.find((l) => l.seq === seq && l.event.type === 'share');
    return le && le.event.type === 'share' ? { name: le.event.name, text: le.event.text } : null;
  }

  function applyEvent(le: LoggedEvent, record = true): void {
    const e = le.event;
    if (record && e.type === 'shareHidden') {
      // The chair hid it: its words leave this page's memory too (a relabel replays the history).
      const i = history.findIndex((l) => l.seq === e.share && l.event.type === 'share');
      if (i >= 0) history[i] = { ...history[i]!, event: { type: 'shareHidden', share: e.share, id: e.id } };
    }
    if (record) {
      history.push(le);
      historyVersion++;
    }
    if ('name' in e && 'id' in e && typeof e.name === 'string' && typeof e.id === 'string') names.set(e.id, e.name);
    if (!ui || !view) return;
    if (e.type === 'turn') {
      ui.actions.resetTurn();
      ui.composer.resetTurn(le.seq);
    }
    if (e.type === 'acknowledged' && e.to === view.you.id && record) {
      ui.actions.acknowledged(e.kind);
      ui.ackAnnounce.add(e.kind);
    }
    // A turn of yours that ended before the view held (replayed on a resume) may already have come
    // back to you as a late turn: the note then says it is your turn now (TimeBox.ended).
    // Its note says what became of the words, and what to do: the composer's "Not sent … press
    // Send again" (a send stalled as the turn went) goes, so one notice shows, not two.
    if (e.type === 'shareEnded' && e.id === view.you.id && record) {
      // Asked for more time and the time ran out unanswered: said so after the turn's end (a fresh
      // tester heard only "Your turn is over: time ran out" and could not tell the ask had lapsed).
      const lapsed = le.seq > view.seq && view.speaker?.id === e.id && view.speaker.askedMoreTime && !view.speaker.extended && (e.reason === 'timeout' || e.reason === 'timeoutEmpty');
      if (lapsed) queueMicrotask(() => ui?.transcript.add({ kind: 'system', text: app.t.tMoreTimeLapsed }));
      myTurnEnded = e.reason;
      if (ui.timeBox.ended(e.reason, le.seq <= view.seq && view.speaker?.id === view.you.id, lateTurnByChair(view))) ui.composer.clearNotSent();
    }
    // A share of yours the page had not seen go through (its answer lost with the connection, the
    // retries run out): the room has it. Its words leave the box they are in now and the notes
    // saying they were not shared go; it is never sent again (shared-back.ts).
    if (e.type === 'share' && e.id === view.you.id && record && sharedBack(e.text, ui)) applyView(view, false);
    // A part of your current turn is already in the room (replayed after a reload mid-turn, or
    // sent from another tab): Pass stays hidden and the how-to says "send more", as for a part
    // sent from this box (a fresh tester reloaded after a part and was offered Pass again).
    if (e.type === 'share' && e.id === view.you.id && view.speaker?.id === view.you.id && view.speaker.turn !== null && le.seq > view.speaker.turn) ui.composer.markSent(turnKey(view));
    const seen = view;
    // A missed event replayed after the view it led to (a return: a resume, the page opened
    // again; a gap repaired on a live connection; a server's gap fill: whatever brought it, the
    // connection shows its view first, client/seq.ts `caughtUp`): history, put in unheard; a call
    // to act it made that no longer holds is left out, one that still holds is said once after
    // the replay (replay-news.ts). Private events (with
    // `to`: view.ts isPrivate, not imported here, its module pulls server code into the bundle)
    // are never in the log, so never replayed.
    const replayed = record && le.seq <= view.seq && !('to' in e);
    // The page rebuilt in another language (`record` false) leaves such a call out as well.
    const news = replayed || !record ? newsOnReturn(e, le.seq, view) : null;
    if (news === 'untrue') return;
    const item = describe(e, {
      t: app.t,
      lang: app.lang,
      you: view.you.id,
      seq: le.seq,
      at: le.at,
      turnHoldMs: view.speakerGraceMs,
      formatId: view.formatId,
      nameOf: (id) => names.get(id) ?? null,
      isChair: view.you.isChair,
      lateTurnByChair: lateTurnByChair(view),
      chairId: view.chairId ?? null,
      speakerId: view.speaker?.id ?? null,
      paused: view.frozen,
      gathering: view.phase === 'gathering',
      // Owed a late turn: a circle round's `missed`, or by raised hands (a round by hands, open
      // sharing) the hand the core put first in the queue (view `lateTurn`, status null there).
      // A fresh tester's room heard nothing when someone owed a late turn by hands came back.
      owedLateTurn: (id) => !lateTurnByChair(seen) && seen.participants.some((p) => p.id === id && (p.status === 'missed' || p.lateTurn === true)),
      rejoined,
    });
    // A replay (the page rebuilt in another language, or missed lines after a return) is not said
    // to screen readers line by line.
    // The chair come to you is said by the chair note (becameChair, on the view that follows the
    // event, or came just before it: assertive, with what to do first); its transcript line said
    // too was the same news twice (a fresh verifier, 2026-12-06). A rotation's line still is: it
    // says why the chair is yours, which the note does not.
    const chairNote = e.type === 'chair' && e.id === view.you.id && e.reason !== 'rotation';
    if (item) ui.transcript.add(item, record && !replayed && !chairNote);
    if (replayed && news === 'news' && item?.kind === 'system') sayReturnNews({ text: item.text, e, seq: le.seq });
    // The chair's reports name shares by seq from this page's history: a replayed share may
    // arrive after the view that carries its report (a reload, the chair link opened again).
    if (e.type === 'share' || e.type === 'shareHidden') ui.chair?.sharesChanged();
    if (e.type === 'ended' && record) end('ended');
    // A connection mark, the speaker's count of acknowledgements, a seat taken and the keepers' own
    // parts a connection or a turn moved (`keeperPatch`, after the turn's patch) come as their event alone,
    // with no new view (view-patch.ts): apply it to the view we hold, unless that view was built
    // after the event.
    if (record && (e.type === 'connection' || e.type === 'acknowledged' || e.type === 'joined' || e.type === 'keeperPatch') && le.seq > view.seq) {
      const patched = patchView(view, [e]);
      if (patched !== view) applyView(patched, false);
    }
    // A turn change, a leave or a held turn's drop and return comes with what it changed in the
    // view (`patch` on its first `shareEnded`, `turn`, `left`, `turnHeld` or `turnResumed`). Its
    // clocks (the speaker's `remainingMs`) count from now: the view held is aged to now first and
    // the patched one counts as just arrived.
    if (record && mayCarryPatch(e) && e.patch && le.seq > view.seq) {
      applyView(patchView(ageView(view, performance.now() - viewAt), [e]));
    }
  }

  /**
   * Gathers `n` to be said after the missed lines being replayed now (the connection shows them
   * in one go, straight after the view: connection.ts): once, each text once, the latest of each
   * kind of event (a second time warning for the same turn is the same news).
   */
  function sayReturnNews(n: { text: string; e: MeetingEvent; seq: number }): void {
    returnNews = [...returnNews.filter((x) => x.e.type !== n.e.type && x.text !== n.text), n];
    if (returnNewsDue) return;
    returnNewsDue = true;
    queueMicrotask(() => {
      returnNewsDue = false;
      const due = returnNews;
      returnNews = [];
      if (!ui || !view) return;
      const v = view;
      // What the views after the replay made untrue meanwhile is not said.
      for (const x of due) if (newsHolds(x.e, x.seq, v)) returnNewsSaid.push({ remove: ui.transcript.tell(x.text), e: x.e, seq: x.seq });
    });
  }

  /** Takes out of the live region what a return said that `v` makes untrue (the turn warned has ended, the chair is taken). */
  function dropUntrueReturnNews(v: MeetingView): void {
    if (!returnNewsSaid.length) return;
    returnNewsSaid = returnNewsSaid.filter((x) => {
      if (newsHolds(x.e, x.seq, v)) return true;
      x.remove();
      return false;
    });
  }

  function onReady(r: JoinResult): void {
    // A weekly group's one-time chair key seated this person and is spent: the meeting's own key
    // (JoinResult chairKey) takes its place, so the chair link shown below brings them back.
    if ('view' in r && typeof r.chairKey === 'string') saveSecret('chairKey', opts.meetingId, r.chairKey);
    opts.accepted?.();
    if (opts.chairReturn && 'view' in r) {
      if (!r.kept) rejoined = true;
      // After the replayed history, which the connection shows straight after this (connection.ts).
      else queueMicrotask(() => ui?.transcript.add({ kind: 'system', text: view?.you.isChair ? app.t.tBackInSeatChair : app.t.tBackInSeat }));
    }
    // The banner said the seat was probably given up (unless a pause kept it): it was kept.
    const kept = 'view' in r && (doubtedSeat || seatWasDoubted(view, awayMs()));
    doubtedSeat = false;
    if ('door' in r) applyDoor(r.door);
    else applyView(r.view);
    if ('view' in r) sayReloadedOnTurn(r.view);
    if ('view' in r) sayBackOnTurn(r.view);
    backFromDrop = false;
    ui?.timeBox.returning(false);
    if (kept) ui?.transcript.add({ kind: 'system', text: app.t.tBackInSeat });
    // The chair key brings the chair back to their seat while the meeting lives: show its link once.
    const key = loadSecret('chairKey', opts.meetingId);
    // Not in a practice meeting: it ends when its person leaves, so there is nothing to come back to.
    if (key && ui && 'view' in r && r.view.you.isChair && !r.view.practice && !chairLinkShown(opts.meetingId)) {
      markChairLinkShown(opts.meetingId);
      showChairLink(false);
    }
  }

  /** The chair's own link (the chair key's), in the notice at the top; `asked`: brought into view with focus on it. */
  function showChairLink(asked: boolean): void {
    const key = loadSecret('chairKey', opts.meetingId);
    if (!key || !ui) return;
    const link = `${location.origin}/m/${encodeURIComponent(opts.meetingId)}#chair=${encodeURIComponent(key)}`;
    chairNotice?.remove();
    const notice = chairLinkNotice(link, () => {
      if (chairNotice === notice) chairNotice = null;
    });
    chairNotice = notice;
    // Asked for once the round is on: it stays open. Otherwise it folds by itself (foldChairNotice).
    chairNoticeFolds = asked && view && roundOn(view.phase) ? null : { phase: view?.phase ?? null };
    placeChairNotice();
    if (view) foldChairNotice(view);
    // Shown by itself: its title said once, here (the notice is no live region: chairLinkNotice).
    if (!asked) return say(app.t.chairLinkTitle, () => chairNotice === notice);
    notice.scrollIntoView({ block: 'start' });
    notice.querySelector<HTMLElement>('[data-testid="chair-key-link"]')?.focus({ preventScroll: true });
  }

  /**
   * The chair link is shown in one place: while people gather, in the chair bar right after the
   * link for the others (ChairPanel.ownLinkSpot), so a phone's first screens hold both, each
   * saying what it is; once the meeting runs, at the top of the main column. More tools only
   * offers to show it again. A node with the focus in it is not moved (that would drop the focus):
   * it moves with a later view.
   */
  /**
   * Once the round is on (phase round or later) the chair link's notice folds by itself to one
   * line that opens it again (foldChairLinkNotice): open, it stood between the chair bar and the
   * share box through the round until "I have kept it", pushing the box down a phone's screen (a
   * fresh tester, 2026-12-06). Folded once: opened again by the chair, it stays open. A notice
   * first shown with the round on (the chair came then) is read first: it folds on the chair's own
   * turn or when the phase moves on. Never under the focus: then with a later view.
   */
  function foldChairNotice(v: MeetingView): void {
    if (!chairNotice || !chairNoticeFolds || !roundOn(v.phase) || chairNotice.contains(document.activeElement)) return;
    const shown = chairNoticeFolds.phase;
    if (shown !== null && roundOn(shown) && v.phase === shown && v.speaker?.id !== v.you.id) return;
    foldChairLinkNotice(chairNotice, true);
    chairNoticeFolds = null;
  }

  function placeChairNotice(): void {
    if (!ui || !chairNotice || chairNotice.contains(document.activeElement)) return;
    const spot = ui.chair?.ownLinkSpot() ?? null;
    if (spot) {
      if (spot.nextElementSibling !== chairNotice) spot.after(chairNotice);
    } else if (chairNotice.parentElement !== ui.notice) ui.notice.replaceChildren(chairNotice);
  }

  /**
   * A page loaded afresh during your own turn keeps the seat and the turn but not the words in the
   * box (they live in the page's memory alone, Issue 14): said once, on the first view after the
   * load, so it is not lost without a word. Any fresh load counts, not only a reload: a fresh
   * tester (2026-12-03) saw an older member's pull to refresh empty the box silently, and a third
   * (C) the same after opening the meeting link again in the same tab. Gone when the turn ends.
   */
  function sayReloadedOnTurn(v: MeetingView): void {
    if (!ui || reloadChecked) return;
    reloadChecked = true;
    if (!resumedOnLoad || v.speaker?.id !== v.you.id) return;
    // Beside the box the page brings into view on your turn, not at the top of the page (a
    // second fresh tester found it 300 px above the screen), and said after "It is your turn".
    reloadNote = h('p', { class: 'hint reloaded-on-turn', testid: 'reloaded-on-turn', role: 'status' }, app.t.reloadedOnTurn);
    ui.composer.input.before(reloadNote);
    reloadNote.scrollIntoView?.({ block: 'start' });
    say(app.t.reloadedOnTurn, myTurn);
    // Read once it has been acted on: the first words typed again take it away (a fourth fresh
    // tester, 2026-12-04: it stood above the box for the whole turn and pushed the offline line
    // and the stopped clock off a phone's screen).
    ui.composer.input.addEventListener('input', dropReloadNote, { once: true });
  }

  /**
   * Back from a drop during your own turn, the turn held: said once, with the time left (a fresh
   * tester's screen reader heard "No connection on this device…", then nothing: the lines the
   * return brings are missed events, replayed unheard as history, replay-news.ts). The
   * transcript's "You lost the connection and are back…" stays as the written record.
   */
  function sayBackOnTurn(v: MeetingView): void {
    if (!backFromDrop || !v.speaker || v.speaker.id !== v.you.id) return;
    // The figure the clock on screen shows (a fresh tester, 2026-12-06, saw 0:54 and heard "about
    // 59 seconds": the resume's answer over-stated the time by its transit, which the page's
    // clock had already counted; view-age.ts keepEarliestClocks).
    const left = turnLeftInWords(app.t, ui?.timeBox.msLeft() ?? v.speaker.remainingMs);
    const same = turnAtDrop !== null && turnAtDrop === v.speaker.turn;
    say(same ? app.t.backOnTurnAnnounce(left) : app.t.backOnNewTurnAnnounce(left), myTurn);
    ui?.timeBox.backSaid();
  }

  /** The note that a fresh page emptied the box goes: the turn ended, typing began, or the connection dropped. */
  function dropReloadNote(): void {
    reloadNote?.remove();
    reloadNote = null;
  }

  /** Tracks when the connection went down and re-renders the turn line each second meanwhile. */
  function trackOffline(s: ConnStatus): void {
    // The offline line takes its place next to the box (the note said what it had to say).
    if (s !== 'connected') dropReloadNote();
    if (s === 'connected' || s === 'closed') {
      // Asked before the count is forgotten: the resume's answer may come after this status.
      if (s === 'connected' && offlineSince !== null) {
        doubtedSeat = seatWasDoubted(view, Date.now() - offlineSince);
        backFromDrop = true;
        // No time warning on the page's own guess until the resume's answer is in; if the turn is
        // still hers, sayBackOnTurn says the time with it (time-box.ts returning, backSaid).
        ui?.timeBox.returning(true);
      }
      offlineSince = null;
      if (offlineTimer) clearInterval(offlineTimer);
      offlineTimer = null;
      return;
    }
    if (s !== 'reconnecting' || offlineSince !== null) return;
    // Counted from when the server counts the drop, or earlier: never a longer hold or grace than it keeps.
    offlineSince = offlineSinceOf(Date.now(), conn.lastPingAt);
    turnAtDrop = view?.speaker && view.speaker.id === view.you.id ? view.speaker.turn : null;
    // Each second the page is drawn again from the last view as offlineView lets it be shown:
    // the turn line counts the grace down, and once it has passed nothing says "your turn".
    const redraw = (): void => {
      if (!ui || finished) return;
      // The banner counts the seat's grace period down: each second, not only when a reconnect
      // attempt changes the status (a fresh tester saw it stand still for 3–6 s, then disagree
      // with the turn line).
      renderStatus();
      if (view) applyView(view, false);
    };
    redraw();
    offlineTimer = setInterval(redraw, 1000);
  }

  /**
   * The meeting closed for this page. `leaving`: the person pressed Leave and the server has not
   * confirmed it yet (offline): the page says so honestly and the connection goes on to leave
   * (Connection.leave), after which end('left') replaces the words.
   */
  function end(reason: ByeReason | 'left' | 'leaving'): void {
    if (finished && !(leavingBox && reason !== 'leaving')) return;
    finished = true;
    stopHeldTimer();
    stopEndedWatch();
    // A tab of this browser that had the seat before, set aside, learns of the end too.
    if (reason === 'ended') tellOtherTabsEnded(opts.meetingId);
    // However the meeting closed for this page, its seat is of no further use: forget it.
    clearSeat();
    trackOffline('closed');
    // Until the leave is done the quick exit can still close the connection at once.
    setActiveSeat(reason === 'leaving' ? conn : null);
    ui?.countdown.stop();
    ui?.script.stop();
    ui?.timeBox.stop();
    ui?.ackAnnounce.dispose();
    ui?.transcript.dispose();
    ui?.stopFocusKeeper();
    // Words written and not shared stay with their writer on the farewell (page memory only): the
    // end took the boxes away without a word of them (a fresh tester's unsent share, after the
    // page had said it would stay in the box). Not when another tab has the seat: they are there;
    // nor when the person left: the draft never outlives a seat given up by its own choice.
    const chosen = reason === 'replaced' || reason === 'left' || reason === 'leaving';
    const unshared = chosen || !ui ? '' : [ui.composer.input.value.trim(), ui.draft.text.trim()].filter((x) => x.length > 0).join('\n\n');
    // The private draft never outlives the seat.
    if (ui) ui.draft.text = '';
    setTurnTitle(false);
    if (reason !== 'leaving') conn.close();
    const t = app.t;
    // A weekly group's members know only the group's link (a fresh tester's were told to make a new meeting from the front page).
    const group = reason === 'interrupted' ? (view?.group ?? null) : null;
    const message = reason === 'left' ? t.bye_left : reason === 'leaving' ? t.bye_leaving : reason === 'ended' && door ? t.bye_endedAtDoor : group ? t.bye_interruptedGroup : t[`bye_${reason}`];
    const box = h(
      'section',
      { class: 'panel farewell', testid: 'meeting-closed', 'data-reason': reason, tabindex: '-1' },
      h('h1', {}, reason === 'ended' ? t.endedTitle : t.appName),
      h('p', { testid: 'meeting-closed-message' }, message),
      group ? h('p', {}, h('a', { class: 'button', href: `/g/${encodeURIComponent(group)}`, testid: 'farewell-group-link' }, t.byeGroupLink)) : null,
      unshared
        ? h(
            'div',
            { class: 'farewell-unshared', testid: 'farewell-unshared' },
            h('h2', { id: 'farewell-unshared-title' }, t.farewellUnsharedTitle),
            h('p', { class: 'hint' }, t.farewellUnsharedHint),
            h('textarea', { testid: 'farewell-unshared-text', rows: '5', 'aria-labelledby': 'farewell-unshared-title', props: { value: unshared, readOnly: true } }),
          )
        : null,
      // The "chair next time" link stays with the person it was handed to until they leave the
      // page (page memory only), so the meeting's end does not take it away before it was kept.
      nextKey ? nextChairKeyBanner(nextKey) : null,
      h('p', { class: 'hint' }, t.byeRemember),
      h('p', {}, h('a', { class: 'button', href: '/', testid: 'farewell-home' }, t.backHome)),
    );
    // A leave confirmed after the "leaving" words: only the words change, focus stays put.
    const moveFocus = !leavingBox || !container.contains(leavingBox);
    leavingBox = reason === 'leaving' ? box : null;
    container.replaceChildren(box);
    ui = null;
    history.length = 0;
    historyVersion++;
    if (moveFocus) box.focus();
  }

  /**
   * Another tab took this seat (bye('replaced')). The meeting is put aside, not ended: the seat
   * stays this person's, and one button takes the meeting back to this tab.
   */
  function showReplaced(): void {
    if (finished || !ui) return;
    const t = app.t;
    setTurnTitle(false);
    const box = h(
      'section',
      { class: 'panel farewell', testid: 'meeting-replaced', tabindex: '-1' },
      h('h1', {}, t.replacedTitle),
      h('p', { testid: 'meeting-replaced-message' }, t.bye_replaced),
      h('p', {}, h('button', { type: 'button', class: 'button', testid: 'meeting-take-back', on: { click: takeBack } }, t.replacedTakeBack)),
      // Moved at the person's own request (other-tab.ts): no "someone has your link".
      h('p', { class: 'hint', testid: 'meeting-replaced-hint' }, movedAway === 'words' ? t.replacedMovedHint : movedAway === 'empty' ? t.replacedMovedEmptyHint : t.replacedHint),
    );
    replaced = box;
    container.replaceChildren(box);
    box.focus();
    // The meeting may end in the tab that has the seat now: this one says so and forgets the seat.
    stopEndedWatch();
    stopEndedWatch = onEndedElsewhere(opts.meetingId, () => {
      if (replaced) end('ended');
    });
  }

  /** The meeting back in this tab: resume the seat here (the other tab is told it was replaced). */
  function takeBack(): void {
    if (finished || !ui || !replaced) return;
    replaced = null;
    movedAway = false;
    stopEndedWatch();
    container.replaceChildren(ui.root);
    renderStatus();
    conn.takeBack();
  }

  /** Gives up the place at the door and goes back to the form, keeping what was typed. */
  function retryCode(): void {
    finished = true;
    conn.leaveNow();
    setActiveSeat(null);
    ui?.countdown.stop();
    ui?.transcript.dispose();
    ui?.stopFocusKeeper();
    ui = null;
    opts.retry?.();
  }

  function leave(): void {
    if (finished || leaveAsked) return;
    leaveAsked = true;
    let done = false;
    let slow: ReturnType<typeof setTimeout> | undefined;
    const connected = conn.isReady;
    conn.leave((outcome) => {
      done = true;
      clearTimeout(slow);
      if (outcome === 'replaced') {
        // Another tab resumed the seat before this one could leave: it is that tab's now.
        leavingBox = null;
        finished = false;
        end('replaced');
      } else end('left');
    });
    // Connected, the answer comes at once (a moment of the page as it was); offline, or with no
    // answer soon, say what is true meanwhile.
    if (done) return;
    if (connected) slow = setTimeout(() => !done && end('leaving'), LEAVE_ANSWER_MS);
    else end('leaving');
  }

  const conn = new Connection(
    opts.meetingId,
    {
      status: (s) => {
        status = s;
        trackOffline(s);
        renderStatus();
        if (view) applyView(view, false);
      },
      ready: onReady,
      view: (v) => applyView(v),
      door: applyDoor,
      event: (e) => applyEvent(e),
      bye: (reason) => end(reason),
      replaced: showReplaced,
      nextChairKey: (k) => {
        nextKey = k;
        ui?.groupTools.showKey(k);
      },
      failed: (code, graceMs) => {
        // Back after the meeting ended while this page was offline: the same farewell as for those
        // who were there at the end, not the door's bare "this meeting has ended" (a fresh tester,
        // 2026-12-05, offline for the chair's last ten seconds).
        if (code === 'MEETING_ENDED' && view !== null && !door) {
          end('ended');
          return;
        }
        finished = true;
        trackOffline('closed');
        setActiveSeat(null);
        const you = view?.participants.find((p) => p.id === view?.you.id);
        const unsent = unsentWords();
        const others = view?.participants.filter((p) => p.id !== view?.you.id).map((p) => p.name) ?? [];
        opts.failed(code, graceMs, you?.name, unsent || undefined, others);
      },
    },
    opts.join,
  );
  setActiveSeat(conn);
  /**
   * This tab gave its seat to another tab of this browser at the person's request ("Move my seat
   * here"): 'words' when its unsent words went along, 'empty' when there were none; else false.
   */
  let movedAway: false | 'words' | 'empty' = false;
  const unsentWords = (): string => (ui ? [ui.composer.draft.trim(), ui.draft.text.trim()].filter(Boolean).join('\n') : '');
  const seatGiver: SeatGiver = {
    meetingId: opts.meetingId,
    unsent: unsentWords,
    movedAway: (withWords) => {
      movedAway = withWords ? 'words' : 'empty';
    },
  };
  setSeatGiver(seatGiver);

  ui = build();
  if (opts.unsent) {
    ui.composer.draft = opts.unsent;
    ui.timeBox.kept(opts.unsentFrom ?? 'dropped');
  }
  container.replaceChildren(ui.root);
  // Whoever scrolled down the door form to press "join" should start at the top of the room.
  window.scrollTo(0, 0);
  renderStatus();
  conn.start();

  return {
    relabel(): void {
      if (finished || !ui) return;
      // Rebuild every label in the new language; keep drafts and replay the transcript.
      const draft = ui.composer.draft;
      const before = ui.composer;
      const waitingDraft = ui.draft.text;
      const keptDraft = ui.draft.holdsKept;
      const sent = ui.composer.sentInTurn;
      ui.countdown.stop();
      ui.timeBox.stop();
      ui.ackAnnounce.dispose();
      ui.transcript.dispose();
      ui.stopFocusKeeper();
      ui = build();
      container.replaceChildren(ui.root);
      if (replaced) {
        // Still put aside for another tab: the notice again, in the new language.
        replaced = null;
        showReplaced();
      }
      ui.composer.draft = draft;
      ui.composer.carryUnsettled(before);
      if (keptDraft && waitingDraft.trim()) ui.draft.keep(waitingDraft);
      else ui.draft.text = waitingDraft;
      renderStatus();
      if (view) {
        const v = view;
        for (const le of history) applyEvent(le, false);
        wasMyTurn = v.speaker?.id === v.you.id;
        applyView(v, false);
        if (sent) ui.composer.markSent();
      } else if (door) applyDoor(door);
    },
    destroy(): void {
      finished = true;
      setSeatGiver(null, seatGiver);
      stopHeldTimer();
      trackOffline('closed');
      ui?.countdown.stop();
      ui?.timeBox.stop();
      ui?.ackAnnounce.dispose();
      if (ui) ui.draft.text = '';
      ui?.transcript.dispose();
      ui?.stopFocusKeeper();
      setActiveSeat(null);
      stopEndedWatch();
      conn.close();
    },
  };
}
