// The chair's tools: phases, the format's readings, topic and notes, turn mode, the speaker's
// time, hands, pause, the door, and per-person actions in a small menu on each circle row.
// The next step sits in a compact bar that the page places within reach: ONE button, the
// recipe's next step ("Start the meeting", "Go on: Readings", …), whose confirmation names the
// same step; the readings of this phase; and one end control (in the closing's last step it is
// the next step). The rest stays in the full panel further down. During the moment of silence
// what posts is disabled, and the bar says why in words.
// The co-chair (door keeper) sees only the door. The server decides; this only asks.
import { findFormat, findReading, laterPartReadings, readingStillToCome, SEGMENT_WORDS } from '../../shared/meeting/formats.js';
import type { MeetingView, ParticipantView } from '../../shared/meeting/view.js';
import type { Ack, CommandEvent, CommandPayload } from '../../shared/protocol.js';
import { app } from '../app.js';
import { fill, h, setText } from '../dom.js';
import { loadSecret } from '../session.js';
import { LIMITS } from '../wire.js';
import { cutOff, cutOffLines, giveWords, handsRound, ownHand, roundStep } from './chair-steps.js';
import type { ChairActions } from './circle.js';
import { KeeperTextCheck } from './keeper-text-check.js';
import { SentLine } from './sent-line.js';
import { ConfirmStep } from './confirm-step.js';
import { PlanPanel } from './plan-panel.js';
import { GuardPanel } from './guard-panel.js';
import { ReportsPanel, type ShareOf } from './reports-panel.js';
import { nextSegmentOf, nextStepLabel, ScriptLine } from './script-line.js';
import { aimAt } from '../../shared/meeting/turn-aim.js';

export type Send = <E extends CommandEvent>(event: E, payload: CommandPayload<E>) => Promise<Ack>;
/** Shows an error; with `anchor`, right next to the control that caused it. */
export type ShowError = (code: string, anchor?: HTMLElement) => void;

/** The control the chair just used (buttons take focus when pressed), for errors next to it. */
const focused = (): HTMLElement | undefined => (document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : undefined);

// After a phase change, or a segment the clock moved on (the silence ending by itself), the next
// step's button sits where the last one was, with a new step on it: a tap meant for the last one
// must not skip a part of the meeting (a fresh tester skipped the topic so).
const PHASE_SETTLE_MS = 1200;

/** "«Velkommen», «Avslutning»" / "“Welcome”, “Closing”": texts named in a question. */
function quoteTitles(formatId: string, ids: readonly string[]): string {
  return ids.map((id) => findReading(formatId, id)?.title[app.lang] ?? id).map((x) => (app.lang === 'nb' ? `«${x}»` : `“${x}”`)).join(', ');
}

/** The question's line for texts a step leaves unposted (the view names them), or none; `ending`: the step ends the meeting (a second tester read "if you go on" before "End the meeting for everyone now?"). */
function unpostedLines(formatId: string, ids: readonly string[], ending = false): string[] {
  return ids.length ? [(ending ? app.t.confirmUnpostedEnd : app.t.confirmUnposted)(quoteTitles(formatId, ids), ids.length > 1)] : [];
}

/** Per-person actions that end the share of the person they are applied to. */
type InterruptingAction = 'mute' | 'sendWaiting' | 'remove';

type Run = <E extends CommandEvent>(event: E, payload: CommandPayload<E>, anchor?: HTMLElement) => Promise<void>;

/** The share box (composer.ts), scrolled to and focused: the chair's own turn, from the bar. */
function toShareBox(): void {
  const box = document.getElementById('composer-input');
  if (!box) return;
  box.scrollIntoView({ block: 'center' });
  box.focus({ preventScroll: true });
}

/** A button in the chair bar that leads to a field of the full panel (scrolled to, focused); hidden until a step asks for it. */
function fieldLink(testid: string, field: HTMLInputElement | HTMLTextAreaElement, label: string): HTMLButtonElement {
  const go = (): void => {
    field.scrollIntoView({ block: 'center' });
    field.focus({ preventScroll: true });
  };
  return h('button', { class: 'button ghost small', type: 'button', testid, hidden: true, 'aria-controls': field.id, on: { click: go } }, label);
}

export class ChairPanel {
  readonly el: HTMLElement;
  /** The next step, for the chair only; hidden for the door keeper. */
  readonly bar: HTMLElement;
  private barReadings: HTMLElement;
  private barReadingsBox: HTMLElement;
  private panelReadings: HTMLElement;
  private panelReadingsBox: HTMLElement;
  private readingIds: string[] = [];
  private chairOnly: HTMLElement;
  /** The bar's one next-step button: start, the script's next segment, or (no script) the next phase. */
  private nextBtn: HTMLButtonElement;
  /** The round's own next step where the chair picks who shares: "Give the turn to …" (roundStep). */
  private giveBtn: HTMLButtonElement;
  /** Whom giveBtn gives the turn to (its words name them). */
  private giveTo: string | null = null;
  /** The chair's own hand in a round by raised hands: "Raise your hand" / "Lower your hand" (chair-steps.ts ownHand). */
  private handBtn: HTMLButtonElement;
  /** What handBtn does now (its words say it), or null: hidden. */
  private hand: 'raise' | 'lower' | null = null;
  /** A press of handBtn on its way: a second one sends nothing. */
  private handSending = false;
  /** Whether the chair's own hand up is a late turn (view `lateTurn`): lowering it asks first, as on a member's page (actions.ts). */
  private handLate = false;
  private handLateConfirm = new ConfirmStep('chair-hand-late-confirm');
  /** Where the next step stands: first, under the words (actionsBox), or, while the sharing runs, by the end control (endBox). */
  private actionsBox!: HTMLElement;
  private endBox!: HTMLElement;
  /** In More tools, in the opening only: skip the rest of the opening straight to the round. */
  private phaseBtn: HTMLButtonElement;
  private phaseBox: HTMLElement;
  /** Why things are disabled now (the moment of silence), in words; controls point to it. */
  private silenceReason: HTMLElement;
  /** Why "Start the meeting" is off: nobody else is here yet (the server would say NO_QUORUM). */
  private quorumReason: HTMLElement;
  /** Offline: the chair's steps wait for the connection (a fresh tester's chair page said nothing of the chair). */
  private offlineReason: HTMLElement;
  /** This tab holds the chair key (the chair link's secret) for the meeting: the offline line can point to the link. */
  private readonly chairKeyHeld: boolean;
  private online = true;
  private endBtn: HTMLButtonElement;
  private phaseConfirm = new ConfirmStep('chair-confirm');
  /** What the open next-step question is about: texts not posted, or people cut off. */
  private phaseAsks: 'unposted' | 'cutOff' = 'cutOff';
  /** More tools' skip of the rest of the opening asks too, when it leaves texts unposted. */
  private skipOpeningConfirm = new ConfirmStep('chair-skip-opening-confirm');
  private endConfirm = new ConfirmStep('chair-end-confirm');
  private skipConfirm = new ConfirmStep('chair-skip-confirm');
  /** "Turn X away?": a denial is final for that seat and watches the door from then on (a fresh tester turned someone away with one tap). */
  private denyConfirm = new ConfirmStep('chair-deny-confirm');
  private nextUp: HTMLElement;
  private noteQueued: HTMLElement;
  private plan: PlanPanel;
  private guard: GuardPanel;
  private reports: ReportsPanel;
  /** The script for the chair: the words for now, the next step, on time or not. */
  private script: ScriptLine;
  /** The step the bar last showed: "<phase>:<script segment index>" (a new one settles the next button). */
  private lastStep: string | null = null;
  private settle: ReturnType<typeof setTimeout> | null = null;
  private readingBtns: HTMLButtonElement[] = [];
  private topicInput: HTMLInputElement;
  private noteInput: HTMLTextAreaElement;
  private modeSelect: HTMLSelectElement;
  private skipBtn: HTMLButtonElement;
  private extendBtn: HTMLButtonElement;
  private lowerAllBtn: HTMLButtonElement;
  private freezeBtn: HTMLButtonElement;
  private lockBtn: HTMLButtonElement;
  private watchBtn: HTMLButtonElement;
  private watchLine: HTMLElement;
  private codeRow: HTMLElement;
  private codeText: HTMLElement;
  private code: string | null;
  private codeAsked = false;
  private waitingList: HTMLElement;
  private door: HTMLElement;
  private title: HTMLElement;
  private v: MeetingView | null = null;
  /** The turn (view.speaker.turn) the open skip question is about. */
  private skipTurn: number | null | undefined = undefined;

  constructor(
    private send: Send,
    private error: ShowError,
    meetingId: string,
    formatId: string,
    /** Asks the server for the join code (chair and co-chair only); null if there is none. */
    private askJoinCode: () => Promise<string | null> = async () => null,
    /** The words of a share this page was sent, for the list of reports. */
    shareOf: ShareOf = () => null,
    /**
     * Shows the chair's own link again (the tab holds the chair key; not in a practice meeting).
     * A third fresh tester (2026-12-03): a first-time chair dismissed it, bookmarked the page,
     * and the bookmark was the members' door (the link's secret never stays in the address bar).
     */
    showOwnLink?: () => void,
  ) {
    const t = app.t;
    // ALREADY_DONE: what was asked for holds already (a step or a text a second tap asked for
    // again); nothing to tell.
    const run = <E extends CommandEvent>(event: E, payload: CommandPayload<E>, anchor: HTMLElement | undefined = focused()): Promise<void> =>
      this.send(event, payload).then((r) => {
        if (!r.ok && r.code !== 'ALREADY_DONE') this.error(r.code, anchor);
      });
    this.nextBtn = h('button', { class: 'button primary', type: 'button', testid: 'chair-start', on: { click: () => this.onNext(run) } });
    // The chair picks who shares, and nobody does: the round's own next step (roundStep).
    this.giveBtn = h('button', { class: 'button primary', type: 'button', testid: 'chair-bar-give', hidden: true, on: { click: () => this.onGive(run) } });
    this.handBtn = h('button', { class: 'button secondary', type: 'button', testid: 'chair-bar-hand', hidden: true, on: { click: () => this.onHand(run) } });
    this.phaseBtn = h('button', { class: 'button secondary small', type: 'button', testid: 'chair-advance', on: { click: () => this.onPhase(run) } }, t.chairSkipOpening);
    // One end control, always asking first; in the closing it sits after the closing words.
    this.endBtn = h('button', { class: 'button danger small', type: 'button', testid: 'chair-end', on: { click: () => this.onEnd(run) } }, t.chairEnd);
    this.silenceReason = h('p', { class: 'hint', id: 'chair-silence-reason', testid: 'chair-silence-reason', hidden: true }, t.chairSilenceReason);
    this.quorumReason = h('p', { class: 'hint', id: 'chair-start-reason', testid: 'chair-start-reason', hidden: true }, t.chairStartReason);
    // No live region: the connection banner's hidden copy (meeting.ts renderStatus, `connection-say`)
    // is the one that tells a screen reader the connection is gone. With this line a status region
    // too, a fresh tester's chair heard "No connection…" twice as the page went offline
    // (offline-said-once.test.ts). It is read with the chair's step it holds back (aria-describedby).
    this.offlineReason = h('p', { class: 'hint', id: 'chair-offline-reason', testid: 'chair-offline-reason', hidden: true });
    this.nextUp = h('p', { class: 'chair-next-up', testid: 'chair-next-up', hidden: true });
    this.noteQueued = h('p', { class: 'hint note-queued', testid: 'chair-note-queued', role: 'status' });
    this.noteSent = new SentLine('chair-note-sent', t.chairBackToStep, () => this.backToBar());
    this.topicSent = new SentLine('chair-topic-sent', t.chairBackToStep, () => this.backToBar());
    this.plan = new PlanPanel(send, (code, anchor) => this.error(code, anchor));
    this.guard = new GuardPanel(send, (code, anchor) => this.error(code, anchor));
    this.reports = new ReportsPanel(send, (code, anchor) => this.error(code, anchor), shareOf);
    this.script = new ScriptLine();
    const format = findFormat(formatId);
    // The moment of silence is a segment of the script (posting closed, a countdown), not a
    // reading to post: no chip for it, so there is one silence only.
    const readings = (format?.readings ?? []).filter((r) => r.id !== 'silence');
    this.readingIds = readings.map((r) => r.id);
    this.readingBtns = readings.map((r) =>
      h('button', { class: 'button secondary small', type: 'button', testid: `chair-reading-${r.id}`, on: { click: () => run('postReading', { readingId: r.id }) } }, r.title[app.lang]),
    );
    this.topicInput = h('input', { id: 'chair-topic', type: 'text', testid: 'chair-topic', maxlength: String(LIMITS.topicChars), autocomplete: 'off' });
    this.noteInput = h('textarea', { id: 'chair-note', testid: 'chair-note', rows: '2', maxlength: String(LIMITS.noteChars) });
    // Contact details in a note or the topic: a look first (keeper-text-check.ts), as in a share.
    this.noteCheck = new KeeperTextCheck('chair-note-check', (text) => this.sendNote(text, true));
    this.topicCheck = new KeeperTextCheck('chair-topic-check', (text) => this.sendTopic(text, true));
    this.noteInput.addEventListener('input', () => {
      this.noteSent.hide();
      this.noteCheck.clear();
    });
    this.topicInput.addEventListener('input', () => {
      this.topicSent.hide();
      this.topicCheck.clear();
    });
    this.modeSelect = h(
      'select',
      { id: 'chair-turn-mode', testid: 'chair-turn-mode', on: { change: () => run('setTurnMode', { mode: this.modeSelect.value as 'circle' | 'hands' | 'chairPicks' }) } },
      ...(['circle', 'hands', 'chairPicks'] as const).map((m) => h('option', { value: m }, t[`turnMode_${m}`])),
    );
    this.skipBtn = h('button', { class: 'button secondary small', type: 'button', testid: 'chair-skip', on: { click: () => this.onSkip(run) } }, t.chairSkip);
    this.extendBtn = h('button', { class: 'button secondary small', type: 'button', testid: 'chair-extend', on: { click: () => this.v && run('extend', aimAt(this.v.speaker)) } }, t.chairExtend);
    this.lowerAllBtn = h('button', { class: 'button secondary small', type: 'button', testid: 'chair-lower-hands', on: { click: () => run('lowerHands', { target: null }) } }, t.chairLowerHands);
    this.freezeBtn = h('button', { class: 'button secondary small', type: 'button', testid: 'chair-freeze', on: { click: () => this.v && run('freeze', { on: !this.v.frozen }) } });
    this.lockBtn = h('button', { class: 'button secondary small', type: 'button', testid: 'chair-lock', on: { click: () => this.v && run('lock', { on: !this.v.locked }) } });
    this.watchBtn = h('button', { class: 'button secondary small', type: 'button', testid: 'chair-watch-door', on: { click: () => this.v && run('watchDoor', { on: !this.v.doorWatched }) } });
    this.watchLine = h('p', { class: 'hint', testid: 'chair-door-watched', hidden: true }, t.chairDoorWatched);
    this.waitingList = h('ul', { class: 'waiting-list', testid: 'chair-waiting-list' });

    // The tab that created the meeting knows the code; any later chair asks the server for it.
    this.code = loadSecret('joinCode', meetingId);
    this.chairKeyHeld = loadSecret('chairKey', meetingId) !== null;
    const linkFor = (code: string | null) => `${location.origin}/m/${meetingId}${code ? `#code=${encodeURIComponent(code)}` : ''}`;
    const linkInput = h('input', { id: 'chair-link', type: 'text', readonly: true, testid: 'chair-link', props: { value: linkFor(this.code) } });
    this.linkInput = linkInput;
    this.linkFor = linkFor;
    const copyBtn = h('button', { class: 'button secondary small', type: 'button', testid: 'chair-copy-link' }, t.chairCopy);
    copyBtn.addEventListener('click', () => {
      linkInput.select();
      void navigator.clipboard?.writeText(linkInput.value).then(() => setText(copyBtn, app.t.chairCopied));
    });
    this.codeText = h('code', { class: 'join-code', testid: 'chair-join-code' }, this.code ?? '');
    this.codeRow = h('p', { testid: 'chair-join-code-row', hidden: !this.code }, `${t.chairJoinCode} `, this.codeText);

    const section = (title: string, ...body: (HTMLElement | null)[]) => h('div', { class: 'chair-section' }, h('h3', {}, title), ...body);
    this.barReadings = h('div', { class: 'button-wrap' });
    this.barReadingsBox = h('div', { class: 'chair-bar-readings' }, h('h3', { id: 'chair-bar-readings' }, t.chairReadingsNow), this.barReadings);
    this.barReadings.setAttribute('aria-labelledby', 'chair-bar-readings');
    this.barReadings.setAttribute('role', 'group');
    this.panelReadings = h('div', { class: 'button-wrap' });
    this.panelReadingsBox = section(t.chairReadings, h('p', { class: 'hint' }, t.chairReadingsHint), this.panelReadings);
    const toolsBtn = h(
      'button',
      {
        class: 'button ghost small',
        type: 'button',
        'aria-controls': 'chair-panel',
        on: {
          click: () => {
            this.el.scrollIntoView({ block: 'start' });
            this.el.focus({ preventScroll: true });
          },
        },
      },
      t.chairToolsGo,
    );
    this.bar = h(
      'section',
      { class: 'panel chair-bar', testid: 'chair-bar', 'aria-labelledby': 'chair-bar-title' },
      h('div', { class: 'chair-bar-head' }, h('h2', { id: 'chair-bar-title' }, t.chairPanel), toolsBtn),
      // What to do now, then the button for the next step: read in that order (a fresh tester's
      // first chair saw "Go on: Readings" above "Welcome everyone: post the welcome text", and
      // could skip the welcome).
      this.script.chairEl,
      (this.actionsBox = h('div', { class: 'button-wrap chair-bar-actions' }, this.giveBtn, this.handBtn, this.nextBtn)),
      this.handLateConfirm.el,
      this.offlineReason,
      this.quorumReason,
      // The topic step's words ask for the topic: the way to its field is right here. The welcome
      // (a word for the newcomer) and the announcements ask for a note: its field, too.
      (this.topicGo = fieldLink('chair-bar-topic', this.topicInput, t.chairTopicGo)),
      (this.noteGo = fieldLink('chair-bar-note', this.noteInput, t.chairNoteGo)),
      (this.nextChairGo = h('button', { class: 'button secondary small', type: 'button', testid: 'chair-bar-next-chair', hidden: true, on: { click: () => this.openNextChair?.() } }, t.nextChairButton)),
      // The chair's own turn: on a phone the bar fills the first screen and the share box is
      // below it (a fresh tester's chair, first in the circle, had to find it).
      (this.shareGo = h('button', { class: 'button ghost small', type: 'button', testid: 'chair-bar-share', hidden: true, 'aria-controls': 'composer-input', on: { click: () => toShareBox() } }, t.chairShareGo)),
      // Someone else's time is nearly out: one more minute is one press here, not in the tools (a
      // fresh tester, 2026-12-05: an older member typing slowly ran out of time with the chair bar
      // saying nothing, "Give one more minute" deep in the tools).
      (this.extendGo = h('button', { class: 'button secondary small', type: 'button', testid: 'chair-bar-extend', hidden: true, on: { click: () => this.v && run('extend', aimAt(this.v.speaker)) } })),
      this.silenceReason,
      this.phaseConfirm.el,
      this.nextUp,
      this.barReadingsBox,
      (this.endBox = h('div', { class: 'button-wrap chair-bar-end' }, this.endBtn)),
      this.endConfirm.el,
      // Reports from the room wait in the full panel; the bar says that some do, and leads there.
      this.reports.barEl,
    );
    this.chairOnly = h(
      'div',
      {},
      this.reports.el,
      (this.phaseBox = section(t.chairSkipOpeningTitle, h('p', { class: 'hint' }, t.chairSkipOpeningHint), h('div', { class: 'button-wrap' }, this.phaseBtn), this.skipOpeningConfirm.el)),
      this.panelReadingsBox,
      section(t.chairSpeaker, h('div', { class: 'button-wrap' }, this.skipBtn, this.extendBtn, this.lowerAllBtn), this.skipConfirm.el),
      this.plan.el,
      section(
        t.chairTopic,
        h(
          'form',
          {
            class: 'inline-form',
            on: {
              submit: (e) => {
                e.preventDefault();
                this.sendTopic(this.topicInput.value.trim(), false);
              },
            },
          },
          h('label', { for: 'chair-topic', class: 'visually-hidden' }, t.chairTopic),
          this.topicInput,
          (this.topicSetBtn = h('button', { class: 'button secondary small', type: 'submit', testid: 'chair-topic-set' }, t.chairTopicSet)),
        ),
        this.topicCheck.el,
        this.topicSent.el,
      ),
      section(
        t.chairNote,
        h(
          'form',
          {
            class: 'stack-form',
            on: {
              submit: (e) => {
                e.preventDefault();
                const text = this.noteInput.value.trim();
                if (text) this.sendNote(text, false);
              },
            },
          },
          h('label', { for: 'chair-note', class: 'visually-hidden' }, t.chairNote),
          this.noteInput,
          (this.noteSendBtn = h('button', { class: 'button secondary small', type: 'submit', testid: 'chair-note-send' }, t.chairNoteSend)),
        ),
        this.noteCheck.el,
        this.noteQueued,
        this.noteSent.el,
      ),
      section(t.chairTurnMode, h('label', { for: 'chair-turn-mode', class: 'visually-hidden' }, t.chairTurnMode), this.modeSelect),
      this.guard.el,
      h('div', { class: 'chair-section' }, h('div', { class: 'button-wrap' }, this.freezeBtn, this.lockBtn, this.watchBtn)),
      // The chair's own link again, here in the tools only: never in the bar beside the members'
      // link, where the notice itself stands while people gather (a fresh tester's chair saw the
      // chair link in three places there).
      this.chairKeyHeld && showOwnLink
        ? h('div', { class: 'chair-section', testid: 'chair-own-link' }, h('div', { class: 'button-wrap' }, h('button', { class: 'button ghost small', type: 'button', testid: 'chair-own-link-show', on: { click: showOwnLink } }, t.chairOwnLinkShow)))
        : null,
      (this.linkBox = section(
        t.chairShareLink,
        h('p', { class: 'hint' }, t.chairShareLinkHint),
        h('div', { class: 'inline-form' }, h('label', { for: 'chair-link', class: 'visually-hidden' }, t.chairShareLink), linkInput, copyBtn),
      )),
    );
    this.title = h('h2', { id: 'chair-panel-title' });
    this.door = h('div', { class: 'chair-section door', testid: 'chair-door' }, h('h3', {}, t.chairWaiting), this.watchLine, this.codeRow, this.waitingList, this.denyConfirm.el);
    this.el = h('section', { class: 'panel chair-panel', id: 'chair-panel', tabindex: '-1', testid: 'chair-panel', 'aria-labelledby': 'chair-panel-title' }, this.title, this.door, this.chairOnly);
  }

  private topicSetBtn!: HTMLButtonElement;
  private noteCheck: KeeperTextCheck;
  private topicCheck: KeeperTextCheck;

  /** Sends the topic (`confirm`: as it is, after the look at its contact details). */
  private sendTopic(text: string, confirm: boolean): void {
    void this.send('setTopic', confirm ? { text, confirm } : { text }).then((r) => {
      if (r.ok || r.code === 'ALREADY_DONE') {
        this.topicCheck.clear();
        this.topicSent.sent(text ? app.t.chairTopicSent : app.t.chairTopicCleared);
      } else if (r.code === 'GUARD_HINT' && r.findings) this.topicCheck.show(text, r.findings, this.lang());
      else this.error(r.code, this.topicInput);
    });
  }

  /** Sends a note (`confirm`: as it is, after the look at its contact details). */
  private sendNote(text: string, confirm: boolean): void {
    void this.send('chairNote', confirm ? { text, confirm } : { text }).then((r) => {
      if (r.ok) {
        this.noteCheck.clear();
        if (this.noteInput.value.trim() === text) this.noteInput.value = '';
        this.noteSent.sent(app.t.chairNoteSent);
      } else if (r.code === 'GUARD_HINT' && r.findings) this.noteCheck.show(text, r.findings, this.lang());
      else this.error(r.code, this.noteInput);
    });
  }

  /** The meeting's language, which the guard's rules read the text in (the page's until a view came). */
  private lang(): 'nb' | 'en' {
    return this.v?.language ?? app.lang;
  }
  /** In the bar at the topic step: to the topic field. */
  private topicGo!: HTMLButtonElement;
  /** In the bar at the welcome and the announcements: to the note field. */
  private noteGo!: HTMLButtonElement;
  /**
   * At a weekly group's closing, until someone is named: the way to "Chair next time", which on a
   * phone stands far below the bar (a fresh tester's chair was never pointed to it).
   */
  private nextChairGo!: HTMLButtonElement;
  /** Opens the "Chair next time" picker and brings it into view (GroupTools.openNextChair); set by the page. */
  openNextChair: (() => void) | null = null;
  /** In the bar on the chair's own turn: to the share box. */
  private shareGo!: HTMLButtonElement;
  /** In the bar once someone else's share is warned (`speaker.warned`) or they asked for more time (`speaker.askedMoreTime`), until extended: `extend`. */
  private extendGo!: HTMLButtonElement;
  /** Under the note field and the topic field: that it went, and the way back to the bar (sent-line.ts). */
  private noteSent: SentLine;
  private topicSent: SentLine;

  /** Back up to the bar's next step, after a note or topic sent from far down the page. */
  private backToBar(): void {
    this.bar.scrollIntoView({ block: 'start' });
    // Still settling after a step just taken: focused once it may be pressed.
    if (this.nextBtn.disabled && this.settle) this.focusNextSettled = true;
    else this.nextBtn.focus({ preventScroll: true });
  }

  private focusNextSettled = false;
  private linkBox!: HTMLElement;

  /**
   * Where the chair's own link's notice stands while people gather: right after the members'
   * link in the bar, or null once that link is back in the tools (the meeting has started). On a
   * phone the bar fills the first screen: the private link was under the fold while the members'
   * link and its Copy were in view (a fourth fresh tester, 2026-12-04: a first-time chair could
   * keep the wrong one); side by side, each says what it is.
   */
  ownLinkSpot(): HTMLElement | null {
    return this.bar.contains(this.linkBox) && !this.linkBox.hidden ? this.linkBox : null;
  }
  private noteSendBtn!: HTMLButtonElement;
  private linkInput: HTMLInputElement;
  private linkFor: (code: string | null) => string;

  /** A closed meeting's join code, shown in the door section; asked of the server once. */
  private showJoinCode(v: MeetingView): void {
    if (this.code || this.codeAsked || v.access !== 'closed') return;
    this.codeAsked = true;
    void this.askJoinCode()
      .then((code) => {
        if (!code) return;
        this.code = code;
        setText(this.codeText, code);
        this.codeRow.hidden = false;
        this.linkInput.value = this.linkFor(code);
      })
      .catch(() => (this.codeAsked = false));
  }

  /** A share's words reached or left this page (share or shareHidden event): reports name it anew. */
  sharesChanged(): void {
    this.reports.sharesChanged();
  }

  /**
   * `gone`: this tab has been offline for the seat's whole grace period (seatProbablyGone): the
   * seat, and with it the chair, has probably gone to someone else, so the bar says that and
   * shows no step to take (a fresh tester, 2026-12-04: past the grace, the chair's tools still
   * said "You are still the chair" while the room had a new chair).
   */
  update(v: MeetingView, online: boolean, gone = false): void {
    const t = app.t;
    this.v = v;
    const isChair = v.you.isChair;
    setText(this.title, isChair ? t.chairTools : t.chairCoPanel);
    this.chairOnly.hidden = !isChair;
    this.bar.hidden = !isChair;
    this.bar.classList.toggle('offline', !online);
    this.bar.classList.toggle('gone', !online && gone);
    this.el.hidden = !online && gone;
    this.online = online;
    this.offlineReason.hidden = online || !isChair;
    // Only a tab that holds the chair key can point to it (a chair handed the role has none); a
    // practice meeting ends when its person leaves, so there is nowhere to come back to.
    const link = this.chairKeyHeld && !v.practice;
    // Once the meeting runs, the script moves on without the chair (protocol.md "The meeting
    // script"): a fresh tester, 2026-12-04, dropped 3 s in the opening and found the welcome
    // posted while the page said the steps would wait. Gathering or paused, they do wait.
    const scriptRuns = !!v.script && !v.frozen && v.phase !== 'gathering' && v.phase !== 'ended';
    const words = !online && gone ? t.chairOfflineGone : scriptRuns ? t.chairOfflineScript : t.chairOffline;
    // Words only while shown: a hidden status region holding "No connection right now…" was read
    // by a fresh tester's page reader while the page was connected (status-words.test.ts).
    setText(this.offlineReason, this.offlineReason.hidden ? '' : link ? `${words} ${t.chairOfflineLink}` : words);
    this.placeReadings(v);
    this.placeLink(v.phase);
    this.el.classList.toggle('offline', !online);

    // ONE next step in the bar. In the closing's last step (or a closing without a script) the
    // next step is the end: then the one end control, after the closing words, is that step.
    const s = v.script;
    const endIsNext = v.phase === 'closing' && (!s || !nextSegmentOf(s));
    // Paused: the one next step is to continue the meeting (More tools' own button goes with it).
    const paused = v.frozen && v.phase !== 'ended';
    this.nextBtn.dataset.testid = paused ? 'chair-continue' : v.phase === 'gathering' ? 'chair-start' : 'chair-next-segment';
    setText(this.nextBtn, paused ? t.chairUnfreeze : v.phase === 'gathering' || !s ? this.phaseLabel(v) : nextStepLabel(s));
    // Under its own open question its yes stands in its place (ConfirmStep.hides): one yes in view.
    this.nextBtn.hidden = this.phaseConfirm.hides(this.nextBtn, v.phase === 'ended' || (endIsNext && !paused));
    setText(this.endBtn, endIsNext ? t.chairEndNext : t.chairEnd);
    this.endBtn.className = endIsNext ? 'button primary' : 'button danger small';
    // Skipping the rest of the opening is a different step from the next one only while the
    // script's next segment is still in the opening.
    const nextSeg = s ? nextSegmentOf(s) : null;
    this.phaseBox.hidden = v.phase !== 'opening' || !s || !nextSeg || nextSeg.phase !== 'opening';
    this.topicGo.hidden = s?.kind !== 'topic' || v.frozen;
    setText(this.topicGo, v.topic ? t.chairTopicChange : t.chairTopicGo);
    this.noteGo.hidden = (s?.kind !== 'welcome' && s?.kind !== 'contributions' && s?.kind !== 'announcements') || v.frozen;
    this.nextChairGo.hidden = !v.group || v.phase !== 'closing' || v.nextChairHanded || v.frozen || !this.openNextChair;
    this.shareGo.hidden = v.speaker?.id !== v.you.id;
    const sp = v.speaker;
    // A held turn (the speaker's connection down) keeps an asked-for minute in the bar: the chair
    // can answer it while the clock stands (the minute waits for the clock), and it never comes
    // back unannounced on her return (a fresh tester's chair saw it vanish and reappear).
    this.extendGo.hidden = !sp || sp.id === v.you.id || !(sp.warned || sp.askedMoreTime) || sp.extended || (sp.frozen && !sp.askedMoreTime) || v.frozen;
    // Asked for: the bar says so, where the chair looks, with little time to act (a fresh tester's
    // chair on a phone saw the same button as at the warning, the question only in the transcript).
    const spName = v.participants.find((p) => p.id === sp?.id)?.name ?? '';
    if (sp) setText(this.extendGo, sp.askedMoreTime && spName ? t.chairExtendAsked(spName) : t.chairExtendName(spName));
    const step = `${v.phase}:${s?.index ?? ''}`;
    if (step !== this.lastStep) {
      if (this.lastStep !== null) {
        // The next step's button appears where the last one was: it waits a moment, so a double
        // tap cannot skip a whole part of the meeting.
        if (this.settle) clearTimeout(this.settle);
        this.settle = setTimeout(() => {
          this.settle = null;
          if (this.v) this.setDisabled(this.v);
          if (this.focusNextSettled && !this.nextBtn.disabled && this.bar.isConnected) this.nextBtn.focus({ preventScroll: true });
          this.focusNextSettled = false;
        }, PHASE_SETTLE_MS);
      }
      this.lastStep = step;
      this.phaseConfirm.cancel();
      this.skipOpeningConfirm.cancel();
    }
    // The natural next step is the primary button, first under the words. While the sharing still
    // runs its own step comes first (a turn to give, or nothing but waiting), and the script's
    // next step, an early end of the sharing that asks first, stands small by the end control:
    // a member handed the chair mid-round took the first button for the next step.
    const round = paused ? null : roundStep(v);
    const early = !!round && (!s || !nextSeg || nextSeg.phase !== v.phase);
    // No hand up in a round by hands while some here have not shared (the chair too): waiting for
    // hands, or raising one's own, is as right as going on, so going on is no primary step (handsRound).
    const hands = handsRound(v)?.kind;
    const waiting = !paused && (cutOffLines(cutOff(v, 'advance'), t, app.lang).length > 0 || hands === 'none' || hands === 'self') && (!s || !nextSeg || nextSeg.phase !== v.phase);
    this.nextBtn.className = early ? 'button secondary small' : waiting ? 'button secondary' : 'button primary';
    this.placeNext(early);
    const give = round?.kind === 'give' && early ? round : null;
    this.giveTo = give?.id ?? null;
    this.giveBtn.hidden = !give;
    if (give) setText(this.giveBtn, giveWords(give, t));
    this.hand = ownHand(v);
    this.handBtn.hidden = !this.hand;
    setText(this.handBtn, this.hand === 'lower' ? t.lowerHand : t.raiseHand);
    this.handBtn.setAttribute('aria-pressed', String(this.hand === 'lower'));
    this.handLate = this.hand === 'lower' && v.participants.some((p) => p.id === v.you.id && p.lateTurn === true);
    if (!this.handLate && this.handLateConfirm.open) this.handLateConfirm.dismiss();
    const next = v.upNext[0] ? v.participants.find((p) => p.id === v.upNext[0]) : undefined;
    this.nextUp.hidden = !next;
    // Paused, nothing moves on by itself (a fresh tester read that under the pause's own words).
    // A late turn (view `lateTurn`) is named as one: its hand is first in the queue because a drop took the turn it was in.
    const nextWords = next?.lateTurn ? (paused ? t.chairNextUpLatePaused : t.chairNextUpLate) : paused ? t.chairNextUpPaused : t.chairNextUp;
    setText(this.nextUp, next ? nextWords(next.name) : '');
    if (!v.speaker) this.skipConfirm.cancel();
    this.refreshQuestions(v);
    const queued = v.queuedNotes.length;
    this.noteQueued.hidden = queued === 0;
    setText(this.noteQueued, queued ? t.chairNoteQueued(queued) : '');
    this.plan.update(v);
    this.guard.update(v);
    this.reports.update(v);
    this.script.update(v);
    this.setDisabled(v);
    if (document.activeElement !== this.topicInput && this.topicInput.value !== (v.topic ?? '')) this.topicInput.value = v.topic ?? '';
    this.modeSelect.value = v.turnMode;
    this.modeSelect.disabled = v.phase === 'open' || v.phase === 'closing';
    this.skipBtn.disabled = !v.speaker;
    this.extendBtn.disabled = !v.speaker || v.speaker.extended;
    // The core's lowerHands (target null) keeps a late turn's hand (view `lateTurn`): the button
    // says so, and lowers nothing while only late turns are up.
    this.lowerAllBtn.disabled = !v.participants.some((p) => p.hand !== null && p.lateTurn !== true);
    setText(this.lowerAllBtn, v.participants.some((p) => p.lateTurn === true) ? t.chairLowerHandsKeepsLate : t.chairLowerHands);
    setText(this.freezeBtn, v.frozen ? t.chairUnfreeze : t.chairFreeze);
    // Paused, "Continue the meeting" is the bar's one next step: not a second button further down.
    this.freezeBtn.hidden = v.frozen;
    this.freezeBtn.setAttribute('aria-pressed', String(v.frozen));
    setText(this.lockBtn, v.locked ? t.chairUnlock : t.chairLock);
    this.lockBtn.setAttribute('aria-pressed', String(v.locked));
    setText(this.watchBtn, v.doorWatched ? t.chairUnwatchDoor : t.chairWatchDoor);
    this.watchBtn.setAttribute('aria-pressed', String(v.doorWatched));
    this.watchLine.hidden = !v.doorWatched;
    // A practice meeting is nobody else's to reach: no link to hand out, no door to watch for
    // strangers (unless a removal watched it: then the chair may turn that off). Locking the door
    // stays: the practice members knock at a locked door.
    this.linkBox.hidden = v.practice;
    this.watchBtn.hidden = v.practice && !v.doorWatched;
    this.showJoinCode(v);
    // The door matters only where people can wait: closed, locked or watched meetings, or a queue.
    this.door.hidden = isChair && v.waiting.length === 0 && v.access === 'open' && !v.locked && !v.doorWatched;
    this.renderWaiting(v);
  }

  /**
   * What cannot be used now looks and is announced disabled: the next step while it settles after
   * a phase change, and in the moment of silence everything that posts (readings, topic, note),
   * which the server refuses then (SILENCE), with the reason in words next to them.
   */
  private setDisabled(v: MeetingView): void {
    const silence = !!v.script?.silence;
    const otherSpeaks = !!v.speaker && v.speaker.id !== v.you.id;
    this.silenceReason.hidden = !silence;
    // With a script its words for the silence say the same in the bar (a fresh tester read two
    // near-identical sentences): the reason stays for what it describes to a screen reader.
    this.silenceReason.classList.toggle('visually-hidden', !!v.script);
    const posting: (HTMLButtonElement | HTMLInputElement | HTMLTextAreaElement)[] = [this.nextBtn, this.topicInput, this.noteInput, this.topicSetBtn, this.noteSendBtn, this.phaseBtn];
    for (const c of [...posting, ...this.readingBtns]) {
      if (silence) c.setAttribute('aria-describedby', 'chair-silence-reason');
      else c.removeAttribute('aria-describedby');
    }
    // The start needs the chair and one more person connected (NO_QUORUM): off until then, saying why.
    const noQuorum = v.phase === 'gathering' && !v.frozen && v.participants.filter((p) => p.connected).length < 2;
    this.quorumReason.hidden = !noQuorum;
    if (noQuorum) this.nextBtn.setAttribute('aria-describedby', 'chair-start-reason');
    // Offline the steps cannot reach the server: they look and are off, and the line says why.
    const offline = !this.online;
    if (offline) this.nextBtn.setAttribute('aria-describedby', 'chair-offline-reason');
    this.nextBtn.disabled = silence || !!this.settle || noQuorum || offline;
    this.giveBtn.disabled = !!this.settle || offline;
    this.handBtn.disabled = this.handSending || offline;
    this.phaseBtn.disabled = silence || !!this.settle || offline;
    for (const b of this.readingBtns) b.disabled = otherSpeaks || silence || offline;
    this.markPosted(v);
    this.topicInput.disabled = silence;
    this.topicSetBtn.disabled = silence;
    this.noteInput.disabled = silence;
    this.noteSendBtn.disabled = silence;
  }

  /**
   * A reading of the segment under way that has been posted shows a tick, and says so to a screen
   * reader: a first-time chair must be able to tell (a fresh tester); a second press posts nothing
   * (the server answers ALREADY_DONE).
   */
  private markPosted(v: MeetingView): void {
    const posted = new Set(v.script?.posted ?? []);
    this.readingBtns.forEach((b, i) => {
      const id = this.readingIds[i] ?? '';
      const title = findReading(v.formatId, id)?.title[app.lang] ?? id;
      const on = posted.has(id);
      if (b.classList.contains('posted') === on) return;
      b.classList.toggle('posted', on);
      setText(b, on ? `✓ ${title}` : title);
      if (on) b.setAttribute('aria-label', app.t.chairReadingPosted(title));
      else b.removeAttribute('aria-label');
    });
  }

  /**
   * While people gather, the link for them sits in the bar under the start button: sharing it is
   * the chair's first job (a fresh tester's first-time chair saw only the chair link, which must
   * not be shared, and found this one at the foot of a long page). After the start it goes back
   * to the tools, for latecomers.
   */
  private placeLink(phase: MeetingView['phase']): void {
    const inBar = phase === 'gathering';
    if (inBar === this.bar.contains(this.linkBox)) return;
    if (inBar) this.quorumReason.after(this.linkBox);
    else this.chairOnly.append(this.linkBox);
  }

  /**
   * The readings the view offers now (the current segment's and the part's earlier ones: the
   * closing words at the closing, not in the contributions pause) are in the bar; the rest wait in
   * the full panel, except a later step's, which are nowhere until their step (readingStillToCome:
   * fresh testers' chairs posted the closing words in the opening and the contributions pause).
   * While people gather the bar holds the link for them and the start (a fresh
   * tester posted the welcome before the start, unmarked, and was asked for it again after).
   * Buttons move only when their place changes (moving a node would take focus away from it).
   */
  private placeReadings(v: MeetingView): void {
    const offered = new Set((v.script?.offered ?? []).map((r) => r.id));
    const now: HTMLButtonElement[] = [];
    const later: HTMLButtonElement[] = [];
    this.readingBtns.forEach((b, i) => {
      const id = this.readingIds[i] ?? '';
      // A later step's words are not offered before their step (the server refuses them then).
      if (offered.has(id)) now.push(b);
      else if (!readingStillToCome(v.formatId, { phase: v.phase, index: v.script?.index ?? null }, id)) later.push(b);
    });
    const same = (box: HTMLElement, want: HTMLElement[]) => box.children.length === want.length && want.every((b, i) => box.children[i] === b);
    if (!same(this.barReadings, now)) this.barReadings.replaceChildren(...now);
    if (!same(this.panelReadings, later)) this.panelReadings.replaceChildren(...later);
    this.barReadingsBox.hidden = now.length === 0;
    this.panelReadingsBox.hidden = later.length === 0;
  }

  /**
   * Where the chair's focus goes when the control that had it goes (focus-keeper.ts): the one big
   * next-step button when it can be pressed, else the first control of the bar that can (the text
   * to post now, say), else null.
   */
  /**
   * The step the chair bar offers now (the turn to give, or the next step), when it can be pressed;
   * null otherwise (Start waiting for others, the sharing running): not nextStep's fallback to any
   * button in the bar, which a page just opened must not start on ("More tools").
   */
  mainStep(): HTMLElement | null {
    const next = this.nextStep();
    return next === this.giveBtn || next === this.nextBtn ? next : null;
  }

  nextStep(): HTMLElement | null {
    const usable = (b: HTMLButtonElement) => b.isConnected && !b.disabled && !b.hidden && !b.closest('[hidden]') && b.getClientRects().length > 0;
    if (usable(this.giveBtn)) return this.giveBtn;
    // While the sharing runs, going on is an early end: focus is never put on it.
    if (this.v && roundStep(this.v) && this.endBox.contains(this.nextBtn)) return null;
    if (usable(this.nextBtn)) return this.nextBtn;
    return [...this.bar.querySelectorAll<HTMLButtonElement>('button')].find(usable) ?? null;
  }

  /**
   * Puts the next step first under the words, or (`early`: the sharing still runs) before the end
   * control. Moved only when its place changes: moving a node takes focus away from it.
   */
  private placeNext(early: boolean): void {
    const box = early ? this.endBox : this.actionsBox;
    if (this.nextBtn.parentElement === box) return;
    if (early) this.endBox.prepend(this.nextBtn);
    else this.actionsBox.append(this.nextBtn);
  }

  /** The round's own next step where the chair picks: the turn to the person the button names. */
  private onGive(run: Run): void {
    const id = this.giveTo;
    if (!id || this.settle || this.stepping) return;
    this.step(run('giveTurn', { target: id }, this.giveBtn));
  }

  /** The chair's own hand (ownHand): the same command as the member's hand button (actions.ts). */
  private onHand(run: Run): void {
    const hand = this.hand;
    if (!hand || this.handSending) return;
    if (hand === 'lower' && this.handLate) {
      // Lowered, a late turn is gone: asked first (actions.ts lateConfirm).
      this.handLateConfirm.ask([app.t.lowerHandLateAsk], app.t.lowerHandLateYes, this.handBtn, () => this.sendHand(run, 'lower'));
      return;
    }
    this.sendHand(run, hand);
  }

  private sendHand(run: Run, hand: 'raise' | 'lower'): void {
    if (this.handSending) return;
    this.handSending = true;
    this.handBtn.disabled = true;
    void run(hand === 'lower' ? 'lowerHand' : 'raiseHand', {}, this.handBtn).finally(() => {
      this.handSending = false;
      this.handBtn.disabled = !this.online;
    });
  }

  private phaseLabel(v: MeetingView): string {
    const t = app.t;
    switch (v.phase) {
      case 'gathering':
        return t.chairStart;
      case 'opening':
        return t.chairAdvance_opening;
      case 'round':
        return findFormat(v.formatId)?.settings.openSharing === false ? t.chairAdvance_toClosing : t.chairAdvance_roundToOpen;
      case 'open':
        return t.chairAdvance_toClosing;
      default:
        return t.chairAdvance_closing;
    }
  }

  /**
   * More tools' skip of the rest of the opening (nobody is cut off in the opening). It leaves the
   * opening's texts not posted yet unposted for good: it asks first, naming them, as the next
   * step does (a fresh tester's chair skipped the welcome, the guidelines and the anonymity text
   * unasked).
   */
  private onPhase(run: Run): void {
    const v = this.v;
    if (!v || this.settle || this.stepping || v.phase !== 'opening') return;
    const go = (): void => this.step(run('advance', { from: v.phase }, this.phaseBtn));
    const lines = unpostedLines(v.formatId, v.script?.unposted ?? []);
    if (!lines.length) return go();
    // The yes names the step, as the next step's does ("Yes — Start the share round").
    this.skipOpeningConfirm.ask(lines, app.t.confirmYes_step(this.phaseLabel(v)), this.phaseBtn, go, { inPlace: true });
  }

  /**
   * A step (start, the next segment or phase, resume) on its way: further presses do nothing
   * until it is answered (then the new step's button settles a moment: lastStep). The server
   * refuses a step from where the meeting no longer stands too (`from`), for any client.
   */
  private stepping = false;

  private step(sent: Promise<void>): void {
    this.stepping = true;
    void sent.finally(() => {
      this.stepping = false;
    });
  }

  /**
   * The bar's one next step: start; the script's next segment; or, without a script, the next
   * phase. A step that would cut people off or leave the segment's texts unposted asks first,
   * and the "yes" names the very step the button named ("Go on: Open sharing" → "Yes, go on:
   * Open sharing"; a fresh tester, 2026-12-06, was offered only "Go on" under "Go on: Readings").
   * While the question is open its yes stands in the button's place (ConfirmStep `inPlace`).
   */
  private onNext(run: Run): void {
    const v = this.v;
    if (!v || this.settle || this.stepping) return;
    const btn = this.nextBtn;
    if (v.frozen) return this.step(run('freeze', { on: false }, btn));
    if (v.phase === 'gathering') return this.step(run('start', {}, btn));
    const s = v.script;
    if (s && !nextSegmentOf(s)) return this.onEnd(run);
    const next = s ? nextSegmentOf(s) : null;
    const go = (): void => this.step(s ? run('nextSegment', { from: s.index }, btn) : run('advance', { from: v.phase }, btn));
    // The segment's own texts not posted: moving on leaves them behind (a fresh tester's first
    // chair went on from the welcome without posting it, and nothing said so).
    const yes = next ? app.t.confirmYes_next(SEGMENT_WORDS[next.kind].title[app.lang]) : app.t.confirmYes_step(this.phaseLabel(v));
    const unposted = this.unpostedQuestion(v);
    if (next && unposted) {
      this.phaseAsks = 'unposted';
      return this.phaseConfirm.ask(unposted, yes, btn, go, { inPlace: true });
    }
    const lines = this.nextQuestion(v);
    if (!lines) return go();
    this.phaseAsks = 'cutOff';
    this.phaseConfirm.ask(lines, yes, btn, go, { inPlace: true });
  }

  /**
   * The next step's question about the segment's own texts not posted, or null: none. Each text
   * is asked about once, as its segment is left: one gone on without stays offered in the bar
   * until the part ends, and is not asked about again at every later step of the part.
   */
  private unpostedQuestion(v: MeetingView): string[] | null {
    const lines = unpostedLines(v.formatId, (v.script?.readings ?? []).filter((r) => !r.posted).map((r) => r.id));
    return lines.length ? lines : null;
  }

  /** The next step's question in the view's facts (who shares, who waits, hands up), or null: none to ask. */
  private nextQuestion(v: MeetingView): string[] | null {
    const next = v.script ? nextSegmentOf(v.script) : null;
    const lines = !next || next.phase !== v.phase ? cutOffLines(cutOff(v, 'advance'), app.t, app.lang) : [];
    return lines.length ? [...lines, v.phase === 'open' ? app.t.confirmAsk_open : app.t.confirmAsk_round] : null;
  }

  /** The skip's question in the view's facts, or null: nobody is cut off. */
  private skipQuestion(v: MeetingView): string[] | null {
    const lines = cutOffLines(cutOff(v, 'skip'), app.t, app.lang);
    return lines.length ? [...lines, app.t.confirmAsk_skip] : null;
  }

  /** The end's question in the view's facts, with the part's texts it leaves unposted (the closing words): always asked. */
  private endQuestion(v: MeetingView): string[] {
    // The part's texts not posted yet, and every later part's (the closing words, in the round),
    // which cannot be posted from here: the chair is pointed on to the closing instead.
    const unposted = v.script?.unposted ?? [];
    const later = v.script ? laterPartReadings(v.formatId, v.script.index).filter((id) => !unposted.includes(id)) : [];
    const laterLine = later.length ? [app.t.confirmLaterEnd(quoteTitles(v.formatId, later), later.length > 1)] : [];
    // A weekly group's next chair not named: said before the meeting is gone with the way to it.
    const noNext = v.group && !v.nextChairHanded ? [app.t.confirmEndNoNextChair] : [];
    return [...(v.phase === 'closing' ? [] : cutOffLines(cutOff(v, 'end'), app.t, app.lang)), ...unpostedLines(v.formatId, unposted, true), ...laterLine, ...noNext, app.t.confirmAsk_end];
  }

  /**
   * An open question states facts (who shares, how many wait, hands up): when they change its
   * words follow, and one with nothing left to ask closes. Source: Issue 15 re-trial — "Practice
   * Anna is still sharing" stayed open after Ben's turn began and after the round completed.
   */
  private refreshQuestions(v: MeetingView): void {
    if (this.phaseConfirm.open) {
      // A question about texts stays open while some are unposted (any new view closed it before).
      const q = v.frozen ? null : this.phaseAsks === 'unposted' ? this.unpostedQuestion(v) : this.nextQuestion(v);
      if (q) this.phaseConfirm.reword(q);
      else this.phaseConfirm.cancel();
    }
    if (this.skipOpeningConfirm.open) {
      const q = v.frozen || v.phase !== 'opening' ? [] : unpostedLines(v.formatId, v.script?.unposted ?? []);
      if (q.length) this.skipOpeningConfirm.reword(q);
      else this.skipOpeningConfirm.cancel();
    }
    // The question was about one turn: once it is over, a yes would skip the next person's.
    if (this.skipConfirm.open && v.speaker?.turn !== this.skipTurn) this.skipConfirm.cancel();
    if (this.skipConfirm.open) {
      const q = this.skipQuestion(v);
      if (q) this.skipConfirm.reword(q);
      else this.skipConfirm.cancel();
    }
    if (this.endConfirm.open) this.endConfirm.reword(this.endQuestion(v));
  }

  private onSkip(run: Run): void {
    const v = this.v;
    if (!v) return;
    // Not taken as the yes when pressed again (as the next step's is): a skip cuts a member's
    // turn short, so only the question's own yes, which names them, does it.
    // The skip names the turn this page shows: if it ended on the way (the speaker pressed Done),
    // the server refuses it (TURN_ENDED, shown in words) instead of skipping the next person.
    const aim = aimAt(v.speaker);
    this.skipTurn = v.speaker?.turn;
    const lines = this.skipQuestion(v);
    if (!lines) return void run('skip', aim, this.skipBtn);
    this.skipConfirm.ask(lines, app.t.confirmYes_skip, this.skipBtn, () => void run('skip', aim, this.skipBtn));
  }

  private onEnd(run: Run): void {
    const v = this.v;
    if (!v) return;
    // Ending is for everyone and cannot be undone: only the question's own yes ends it, never the
    // button pressed again (two quick presses on a phone).
    this.endConfirm.ask(this.endQuestion(v), app.t.confirmYes_end, this.endBtn, () => void run('end', {}, this.endBtn));
  }

  private renderWaiting(v: MeetingView): void {
    const t = app.t;
    const key = v.waiting.map((w) => `${w.id}:${w.accepted ? 1 : 0}:${w.firstTime ? 1 : 0}`).join(',');
    if (this.waitingList.dataset.key === key && key !== '') return;
    this.waitingList.dataset.key = key;
    if (!v.waiting.length) {
      fill(this.waitingList, h('li', { class: 'hint' }, t.chairWaitingNone));
      return;
    }
    const act = (event: 'admit' | 'deny', id: string) => () => {
      const anchor = focused();
      void this.send(event, { target: id }).then((r) => {
        if (!r.ok) this.error(r.code, anchor);
      });
    };
    const deny = (w: (typeof v.waiting)[number]) => (e: Event) =>
      this.denyConfirm.ask([t.confirmDeny(w.name)], t.confirmYes_deny(w.name), e.currentTarget as HTMLElement, act('deny', w.id));
    fill(
      this.waitingList,
      ...v.waiting.map((w) =>
        h(
          'li',
          { class: 'waiting-item', testid: `waiting-item-${w.id}` },
          h('span', { class: 'name' }, w.name, w.role === 'listener' ? ` (${t.badgeListener})` : '', w.firstTime ? h('span', { testid: `waiting-newcomer-${w.id}` }, ` (${t.badgeNewcomer})`) : null),
          // Nobody is let in before they have read and accepted the guidelines at the door.
          h('span', { class: 'hint', testid: `waiting-accepted-${w.id}` }, w.accepted ? t.waitingListAccepted : t.waitingListReading),
          h(
            'span',
            { class: 'button-wrap' },
            h('button', { class: 'button small', type: 'button', testid: `chair-admit-${w.id}`, props: { disabled: !w.accepted }, on: { click: act('admit', w.id) } }, t.chairAdmit),
            h('button', { class: 'button secondary small', type: 'button', testid: `chair-deny-${w.id}`, on: { click: deny(w) } }, t.chairDeny),
          ),
        ),
      ),
    );
  }

  private menuActions: ChairActions | null = null;

  /** Per-person actions for the circle rows (chair only); one instance, so rows are kept. */
  actions(): ChairActions {
    this.menuActions ??= this.makeActions();
    return this.menuActions;
  }

  private makeActions(): ChairActions {
    const send = this.send;
    const error = this.error;
    const run = <E extends CommandEvent>(event: E, payload: CommandPayload<E>) => {
      const anchor = focused();
      void send(event, payload).then((r) => {
        if (!r.ok) error(r.code, anchor);
      });
    };
    const latest = new WeakMap<HTMLElement, { p: ParticipantView; v: MeetingView }>();
    return {
      menuFor(p: ParticipantView, v: MeetingView): HTMLElement {
        const t = app.t;
        const id = p.id;
        // The chair's own row holds one item: taking their own turn where the chair picks, at any
        // point of the round (many chairs share first; a fresh tester's chair could only take it
        // once everyone else had had theirs, from the bar). Shown only while it can be used.
        const self = id === v.you.id;
        // After an action the menu closes and focus returns to its toggle, so the row stays tidy.
        const done = () => {
          menu.open = false;
          menu.querySelector('summary')?.focus();
        };
        // onClick returns false when it asked a question instead: the menu stays open for the answer.
        // The second click of a double click or double tap starts nothing, wherever it lands: the
        // menu may have moved under the finger, and a question already asked must not be replaced
        // by another (send to the waiting room turning into remove).
        const btn = (key: string, label: string, onClick: () => boolean | void, cls = 'menu-item') =>
          h('button', { class: cls, type: 'button', testid: `chair-${key}-${id}`, 'data-action': key, on: { click: (e) => (e as MouseEvent).detail <= 1 && onClick() !== false && done() } }, label);
        const current = () => latest.get(menu)?.p;
        const view = () => latest.get(menu)?.v;
        // Muting, sending to the waiting room or removing the person who is sharing ends their
        // share: the chair is told so in words and confirms once (Issue 11), as for skip and end.
        const ask = new ConfirmStep(`person-confirm-${id}`);
        const speaking = () => view()?.speaker?.id === id;
        const askFirst = (kind: InterruptingAction, from: HTMLElement, act: () => void): boolean => {
          const w = app.t;
          const name = current()?.name ?? p.name;
          if (speaking()) ask.ask([w.confirmSpeaker(name), w[`confirmAsk_${kind}`]], w[`confirmYes_${kind}`], from, () => (act(), done()));
          // Sending away and removing ask in words for anyone, sharing or not (muting is undone in one tap).
          else if (kind !== 'mute') ask.ask([w[`confirmAskQuiet_${kind}`](name)], w[`confirmYes_${kind}`], from, () => (act(), done()));
          else return false;
          return true;
        };
        const muteIt = () => run('mute', { target: id, on: !current()?.muted });
        const sendBack = () => run('sendToWaiting', { target: id });
        const removeIt = () => run('remove', { target: id });
        const muteBtn: HTMLButtonElement = btn('mute', t.chairMute, () => (!current()?.muted && askFirst('mute', muteBtn, muteIt) ? false : muteIt()));
        const waitBtn: HTMLButtonElement = btn('waiting', t.chairSendWaiting, () => (askFirst('sendWaiting', waitBtn, sendBack), false));
        const removeBtn: HTMLButtonElement = btn('remove', t.chairRemove, () => (askFirst('remove', removeBtn, removeIt), false), 'menu-item danger');
        // Handing the chair on cannot be undone by the one who did it: it asks in words first.
        const handIt = () => run('handChair', { target: id });
        const handBtn: HTMLButtonElement = btn('handchair', t.chairHandOn, () => {
          ask.ask([app.t.confirmAskHandChair(current()?.name ?? p.name)], app.t.confirmYesHandChair, handBtn, () => (handIt(), done()));
          return false;
        });
        // Why the chair cannot go to them, when it cannot: the item shown off, with its reason, not
        // missing without a word (a fresh tester, 2026-12-05, a first-time chair, looked for it).
        const handWhy = h('p', { class: 'hint menu-note', id: `chair-handchair-why-${id}`, testid: `chair-handchair-why-${id}`, hidden: true });
        handBtn.setAttribute('aria-describedby', handWhy.id);
        const body = self
          ? h('div', { class: 'menu-body' }, btn('give', t.chairTakeOwnTurn, () => run('giveTurn', { target: id })))
          : h(
          'div',
          { class: 'menu-body' },
          btn('give', t.chairGive, () => run('giveTurn', { target: id })),
          btn('lowerhand', t.chairLowerHand, () => run('lowerHands', { target: id })),
          muteBtn,
          btn('cochair', t.chairMakeCo, () => run('setCoChair', { target: view()?.coChairId === id ? null : id })),
          handBtn,
          handWhy,
          // Asks (the person answers yes or no); a second press withdraws the question or ends the role.
          btn('greeter', t.chairMakeGreeter, () => run('setGreeter', { target: view()?.greeterId === id || view()?.greeterAsk === id ? null : id })),
          waitBtn,
          removeBtn,
          ask.el,
        );
        const menu: HTMLDetailsElement = h(
          'details',
          {
            class: 'menu',
            testid: `chair-menu-${id}`,
            on: {
              // Escape closes the menu and returns to its toggle, as any menu does.
              keydown: (e) => {
                if ((e as KeyboardEvent).key !== 'Escape' || !menu.open) return;
                e.preventDefault();
                done();
              },
              // One menu open at a time: opening this one closes the others.
              toggle: () => {
                if (!menu.open) return;
                for (const other of document.querySelectorAll<HTMLDetailsElement>('details.menu[open]')) if (other !== menu) other.open = false;
              },
            },
          },
          h('summary', { 'aria-label': t.chairActions(p.name), title: t.chairActions(p.name) }, h('span', { 'aria-hidden': 'true' }, '⋯')),
          body,
        );
        return menu;
      },
      updateMenu(menu: HTMLElement, p: ParticipantView, v: MeetingView): void {
        const t = app.t;
        latest.set(menu, { p, v });
        const get = (key: string) => menu.querySelector<HTMLButtonElement>(`[data-action="${key}"]`);
        const inRound = v.phase === 'round' || v.phase === 'open';
        const give = get('give');
        if (give) give.hidden = !(inRound && v.effectiveMode === 'chairPicks' && !v.speaker && p.role === 'participant' && p.connected && !p.muted);
        if (p.id === v.you.id) menu.hidden = give?.hidden !== false;
        const lower = get('lowerhand');
        if (lower) lower.hidden = p.hand === null;
        const mute = get('mute');
        if (mute) setText(mute, p.muted ? t.chairUnmute : t.chairMute);
        const co = get('cochair');
        if (co) {
          co.hidden = !p.volunteer;
          setText(co, v.coChairId === p.id ? t.chairUnmakeCo : t.chairMakeCo);
        }
        const greeter = get('greeter');
        if (greeter) setText(greeter, v.greeterId === p.id ? t.chairUnmakeGreeter : v.greeterAsk === p.id ? t.chairGreeterAskWithdraw : t.chairMakeGreeter);
        const hand = get('handchair');
        const why = menu.querySelector<HTMLElement>(`[data-testid="chair-handchair-why-${p.id}"]`);
        if (hand && why) {
          hand.disabled = !p.volunteer || !p.connected;
          why.hidden = !hand.disabled;
          setText(why, !hand.disabled ? '' : p.connected ? t.chairHandOnNotVolunteer(p.name) : t.chairHandOnOffline(p.name));
        }
      },
    };
  }
}
