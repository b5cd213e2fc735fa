// Writing a share. Enabled only on your own turn; otherwise it says whose turn it is and why you
// cannot write. Each chunk sent with "Send" (or Enter on a desktop, see enterSends) appears in the room at once; "Done" sends
// what is left and ends the turn.
import type { MeetingView } from '../../shared/meeting/view.js';
import type { Ack } from '../../shared/protocol.js';
import { app } from '../app.js';
import { h, setText } from '../dom.js';
import { LIMITS } from '../wire.js';
import type { GuardMode } from '../../shared/meeting/guard-mode.js';
import { HINTS } from '../../shared/guard/hints.js';
import { stopsShare } from '../../shared/guard/modes.js';
import { ConfirmStep } from './confirm-step.js';
import { LiveHints, type Analyze } from './live-hints.js';
import { SLOW_ANSWER_MS } from './connection-words.js';
import { cutShared, sameShare, unsentAfter } from './unsent.js';
import { caretOf, cutKeepingCaret, placeCaret, setKeepingCaret, type Caret } from './caret.js';
import { besideDraftWords, ownRoundTurnOver, waitingReason } from './draft-words.js';

export interface GuardHint {
  kind: string;
  /** The words the hint is about, as written (absent for a general hint after the server's GUARD_HINT). */
  match?: string;
  hint: { nb: string; en: string };
}

export interface ComposerDeps {
  /** `confirm`: the speaker saw the guard's hint for this text and sends it as it is. */
  /** `echo`: the stretch the page found repeating another's share, told to the server (pageEcho). */
  share(text: string, confirm: boolean, echo?: string): Promise<Ack>;
  /** Sends the share the guard holds (hold mode) as it is. */
  releaseHeld(): Promise<Ack>;
  finish(): Promise<Ack>;
  pass(): Promise<Ack>;
  error(code: string): void;
  /**
   * The line by the buttons now says the last send did not go through: any other note on the same
   * unsent words (TimeBox's) is out of date and goes, so one notice says what happened (clearNotSent).
   */
  notSent?(): void;
  /**
   * Words this box held went to the room (a send accepted): a note saying they were not shared
   * (TimeBox's) has done its job.
   */
  shared?(): void;
  /**
   * The share of `text` whose answer never came is known to be in the room (its own `share` event
   * came): no longer an action of unknown outcome, so a later press of the same words is a new
   * share, not a repeat of this one (CommandSender.settled).
   */
  settled?(text: string): void;
  /** Soft warnings about a draft (advice, crosstalk, personal details); never blocks sending. */
  analyze?: Analyze;
}

/**
 * Whether Enter sends a part (desktop: a fine pointer and a wide window; Shift+Enter is a new
 * line). On a phone or any narrow or touch screen Enter makes a new line and only the send button
 * sends: a slow typist's Enter there is a line break, not a half-written share. README "The round"
 * says the same.
 */
export function enterSends(): boolean {
  return !matchMedia('(pointer: coarse)').matches && !matchMedia('(max-width: 40rem)').matches;
}

/** A turn's identity in a view: who, and the seq it began at (null between turns). */
export function turnKey(v: MeetingView): string | null {
  const sp = v.speaker;
  return sp ? `${sp.id}:${sp.turn ?? ''}` : null;
}

/**
 * A share sent from the box that the page has not yet seen go through: still on its way
 * (`answered` false), or answered without it being known whether it went through (every retry ran
 * out: the connection dropped before the answer came). Its own `share` event, live or replayed on
 * a resume, says it did (Composer.sharedSeen).
 */
interface Unsettled {
  /** The text sent (trimmed). */
  text: string;
  /** The box's whole text when Send was pressed. */
  written: string;
  /** The turn of yours it was sent in. */
  turn: string | null;
  answered: boolean;
  /** Its share event came: the room has it, and its words have left the boxes. */
  shared: boolean;
}

/** How many sends of unknown outcome are remembered (a fresh id per press; a few at most in practice). */
const UNSETTLED_KEPT = 16;

export class Composer {
  readonly el: HTMLElement;
  readonly input: HTMLTextAreaElement;
  private send: HTMLButtonElement;
  private finishBtn: HTMLButtonElement;
  private passBtn: HTMLButtonElement;
  private reason: HTMLElement;
  private count: HTMLElement;
  /** "Still sending …": an answer slower than SLOW_ANSWER_MS (answered()). */
  private slow: HTMLElement;
  /**
   * Answers awaited, for the "still sending" line: whether each has been slow to come
   * (SLOW_ANSWER_MS) and whether its effect is seen already (a share's own event came before its
   * answer: it arrived, whatever the answer's way back does).
   */
  private awaited = new Set<{ slow: boolean; seen: () => boolean }>();
  private hints: LiveHints;
  private actions: HTMLElement;
  private label: HTMLElement;
  /** A listener with nothing written: only the note saying they have no turn shows (update). */
  private listenerOnly = false;
  /** "Pass anyway?" when words are written and not sent (askPass). */
  private passConfirm = new ConfirmStep('pass-confirm');
  /** Shares on their way: their words must stay in the box until answered (takeKept). */
  private sharing = 0;
  /** The draft box is shown above (besideDraft). */
  private draftShown = false;
  /** The line above the box (update), and what it says instead beside the draft box, if it differs. */
  private reasonText = '';
  /** Whether reasonText is the how-to of your own turn (turnHint), which changes once a part is sent. */
  private turnHintShown = false;
  private draftReasonText: string | null = null;
  private busy = false;
  /** Your turn, connected, not paused: what sends is enabled (update). */
  private canSend = false;
  private mine = false;
  /**
   * The turn of yours the box writes for: yours now, or, offline with the box kept open for it
   * (`offlineTurn`), the one the connection took away. Null otherwise (out of turn).
   */
  private boxTurn: string | null = null;
  /**
   * The turn of yours in which a part was sent (accepted): Pass stays hidden through it (syncPass).
   * Kept by the turn's identity, not by who speaks: an offline view without a speaker (the page's
   * guess that the turn moved on) or a reconnect to the same held turn does not make it new (a
   * fresh tester saw Pass come back after having sent a part).
   */
  private sentTurn: string | null = null;
  private otherNames: string[] = [];
  /** The writer's own pseudonym, not warned of as a real name (GuardContext.ownName). */
  private ownName: string | undefined;
  private meetingLang: 'nb' | 'en' = 'nb';
  /** The meeting's guard mode: the live hints follow it as the server's check does. */
  private guardMode: GuardMode = 'nudge';
  /** The draft the server's guard hint was shown for: sending it unchanged confirms it. */
  private confirmFor: string | null = null;
  /**
   * The look the guard asked for (`confirmFor`) came from a press of Done: sending it as it is
   * then ends the turn too, as Done would have (a fresh tester's newcomer was left in an open turn
   * with an empty box after "Send as it is").
   */
  private confirmFinishes = false;
  /** A press of Done is under way (finish): a GUARD_HINT then asks for a look before finishing. */
  private finishing = false;
  /** The findings of the server's GUARD_HINT for `confirmFor`. */
  private serverFindings: { kind: string; match?: string }[] = [];
  /** caretWhenClosed. */
  private closedCaret: Caret | null = null;
  /** The share the guard holds for you (hold mode), shown under the composer. */
  private held: { text: string; findings: { kind: string }[] } | null = null;
  /**
   * The held share's text as "Rephrase it" put it in the box (editHeld): a share sent then is its
   * rephrasing, and the held words it replaces are not given back (giveHeldBack).
   */
  private heldTakenIn: string | null = null;
  /** Says the held share's words came back to the box unshared (giveHeldBack), until written on or gone. */
  private heldBack: HTMLElement;
  /** Shares sent whose going through the page has not seen yet (sendChunk, sharedSeen). */
  private unsettled: Unsettled[] = [];

  constructor(private deps: ComposerDeps) {
    const t = app.t;
    this.input = h('textarea', {
      id: 'composer-input',
      class: 'composer-input',
      testid: 'composer',
      rows: '3',
      maxlength: String(LIMITS.shareChars),
      placeholder: t.composerPlaceholder,
      'aria-describedby': 'composer-reason composer-held-back composer-count composer-hints',
      on: {
        keydown: (e) => this.onKey(e as KeyboardEvent),
        input: (e) => {
          // Written on or emptied: the note on the held words given back has done its job.
          if (e.isTrusted || !this.input.value.trim()) this.hideHeldBack();
          this.onInput();
        },
      },
    });
    // A press of Send leaves the focus (and a phone's keyboard) in the text box: the typist goes
    // on writing, also while a slow answer is on its way. Keyboard users still reach the button.
    const keepFocus = (e: Event): void => {
      if (document.activeElement === this.input) e.preventDefault();
    };
    this.send = h('button', { class: 'button', type: 'button', testid: 'composer-send', on: { mousedown: keepFocus, click: () => void this.sendChunk() } }, t.composerSend);
    this.finishBtn = h('button', { class: 'button primary', type: 'button', testid: 'finish-share', on: { click: () => this.askFinish() } }, t.composerFinish);
    this.passBtn = h('button', { class: 'button secondary', type: 'button', testid: 'pass', on: { click: () => this.askPass() } }, t.composerPass);
    this.reason = h('p', { id: 'composer-reason', class: 'composer-reason', testid: 'composer-reason' });
    this.count = h('span', { id: 'composer-count', class: 'composer-count' });
    this.slow = h('p', { class: 'composer-slow', testid: 'composer-slow', role: 'status', hidden: true }, t.composerSlow);
    this.heldBack = h('p', { id: 'composer-held-back', class: 'hint composer-held-back', testid: 'guard-held-back', role: 'status', hidden: true });
    this.hints = new LiveHints('composer-hints', 'guard-hints', deps.analyze);
    // The counter on its own; the buttons stay together, the way out of the turn last.
    this.actions = h('div', { class: 'composer-actions' }, this.count, h('div', { class: 'composer-buttons' }, this.passBtn, this.send, this.finishBtn));
    this.label = h('label', { for: 'composer-input', class: 'composer-label' }, t.composerLabel);
    this.el = h('section', { class: 'composer', testid: 'composer-region', 'aria-label': t.composerLabel }, this.label, this.reason, this.input, this.heldBack, this.hints.el, this.actions, this.passConfirm.el, this.slow);
    this.onInput();
  }

  get draft(): string {
    return this.input.value;
  }

  set draft(text: string) {
    setKeepingCaret(this.input, text);
    this.onInput();
  }

  /**
   * Words from the draft box, after what is already in the box (on a new line); someone typing in
   * the box keeps their caret where it was. Returns where the words start, to put the caret of
   * someone who was typing in the draft box on the same characters here (focusAt).
   */
  appendDraft(text: string): number {
    const before = this.input.value;
    const head = before.trim() ? `${before.replace(/\s+$/, '')}\n` : '';
    // Nothing written here before: the caret goes after the words (setting the value puts it there).
    if (head) setKeepingCaret(this.input, head + text, 0, head.length - 1);
    else this.input.value = text;
    this.onInput();
    return head.length;
  }

  /**
   * The words in the box, taken out, when the box is closed to the person (not their turn) and
   * no send of them is on its way: unshared words of an earlier turn, for the draft box. Else
   * null, and the box is left as it is.
   */
  takeKept(): string | null {
    if (!this.input.disabled || this.sharing > 0 || !this.input.value.trim()) return null;
    const text = this.input.value;
    this.draft = '';
    // Read before this (the page moves the caret with the words): used once.
    this.closedCaret = null;
    return text;
  }

  /**
   * Where the caret was when the box closed under someone typing in it (update), until it opens
   * again: the words moved to the draft box keep the caret on them (caret.ts).
   */
  get caretWhenClosed(): Caret | null {
    return this.closedCaret;
  }

  /** Focus in the text box with the caret after the last character (a draft just moved in). */
  focusAtEnd(): void {
    this.input.focus();
    const end = this.input.value.length;
    this.input.setSelectionRange(end, end);
  }

  /** Focus in the text box with the caret (or selection) `c`: the typist goes on where they were. */
  focusAt(c: Caret): void {
    this.input.focus();
    placeCaret(this.input, c);
  }

  /** Whether you have sent a chunk in the turn of yours the box writes for (kept across a rebuild of the page). */
  get sentInTurn(): boolean {
    return this.boxTurn !== null && this.sentTurn === this.boxTurn;
  }

  /** A part of `turn` (by default the turn of yours the box writes for) was sent. */
  markSent(turn: string | null = this.boxTurn): void {
    this.sentTurn = turn;
    this.syncPass();
  }

  /**
   * A `turn` event (logged at `seq`, the new turn's identity): a new turn starts, possibly the
   * same person's again. One replayed from before a turn in which you sent a part (missed events
   * after a resume come after the view) does not make that turn new.
   */
  resetTurn(seq?: number): void {
    const sentAt = this.sentTurn === null ? NaN : Number(this.sentTurn.slice(this.sentTurn.lastIndexOf(':') + 1) || NaN);
    if (seq !== undefined && sentAt >= seq) return;
    this.sentTurn = null;
    this.syncPass();
  }

  /**
   * Pass hides once a part of the turn of yours the box writes for was sent ("Done" is the way out
   * then); a new turn brings it back. Out of turn everyone sees the same three (disabled) buttons.
   */
  private syncPass(): void {
    this.passBtn.hidden = this.sentInTurn;
    // The how-to names Pass only while Pass is there (a fresh tester read "…, or Pass" with no
    // Pass button after sending a part).
    if (this.turnHintShown) {
      const hint = this.turnHint();
      if (hint !== this.reasonText) {
        this.reasonText = hint;
        this.layout();
      }
    }
  }

  /**
   * The how-to on your own turn: what Enter does on this device (enterSends), and Pass while it is
   * offered. With a share held by the guard it says that first: "send more" there read as if the
   * held share had gone out (a fresh tester, 2026-12-03).
   */
  private turnHint(): string {
    const t = app.t;
    if (this.held) return t.turnYouHintHeld;
    if (this.sentInTurn) return enterSends() ? t.turnYouHintSent : t.turnYouHintSentTouch;
    return enterSends() ? t.turnYouHint : t.turnYouHintTouch;
  }

  /**
   * `offlineTurn`: offline, the words of your own turn as the page last knew it (heldTurnWords:
   * held for N more seconds, moved on, …); then the box stays open to write in, whatever the turn
   * did meanwhile, and the line above it says what holds (a fresh tester on a phone: with the box
   * focused, the turn line and banner were off the screen).
   */
  update(v: MeetingView, online: boolean, offlineTurn: string | null = null): void {
    this.online = online;
    if (this.awaited.size > 0 && !this.slow.hidden && !this.slow.classList.contains('not-sent')) setText(this.slow, this.slowWords());
    const t = app.t;
    const me = v.participants.find((p) => p.id === v.you.id);
    const speaker = v.speaker ? v.participants.find((p) => p.id === v.speaker?.id) : undefined;
    const mine = v.speaker?.id === v.you.id;
    // Offline with the box kept open for the turn the connection took away (offlineTurn), the box
    // still writes for that turn: what was sent in it still counts (syncPass).
    if (mine) this.boxTurn = turnKey(v);
    else if (online || offlineTurn === null) this.boxTurn = null;
    this.mine = mine;
    this.meetingLang = v.language;
    this.guardMode = v.guard.mode;
    this.otherNames = v.participants.filter((p) => p.id !== v.you.id).map((p) => p.name);
    this.ownName = me?.name;
    // A held share is dropped when the turn ends (docs/protocol.md, the share guard): its words
    // come back to this box, closed now, and go on to the draft box like any words not shared
    // (takeKept). A fresh tester (2026-12-03) pressed Done with a share held: the words vanished
    // and nothing said they had not been shared.
    // Offline, the page only guesses the turn moved on: the held share is known again once back.
    if (!mine && online && this.held) this.input.value = this.input.value.trim() ? `${this.held.text}\n${this.input.value}` : this.held.text;
    this.held = mine ? v.guard.held : online ? null : this.held;
    if (this.heldTakenIn !== null && this.heldTakenIn !== this.held?.text) this.heldTakenIn = null;
    // The turn gone, the words go on to the draft box, whose own note says so.
    if (!mine && online) this.hideHeldBack();
    let reason = '';
    // Offline on your own turn (still held: offlineView): writing goes on, sending waits.
    if (!online) reason = offlineTurn ?? (mine && !v.frozen ? t.composerOfflineMine : t.composerDisabledOffline);
    // The how-to says what Enter does on this device (enterSends).
    else if (mine) reason = v.frozen ? t.composerFrozenMine : this.turnHint();
    else if (me?.role === 'listener') reason = t.composerDisabledListener;
    else if (me?.muted) reason = t.composerDisabledMuted;
    else if (v.frozen) reason = t.composerDisabledFrozen;
    // Your turn in this circle round has been (shared, passed, ended): none is coming in it, so
    // "when it is your turn" would promise one (a fresh tester, 2026-12-05, read it as another turn
    // to come right after pressing Done).
    else if (ownRoundTurnOver(v)) reason = speaker ? t.composerRoundDoneWaiting(speaker.name) : t.composerRoundDone;
    // In the closing no turn comes any more (a second tester read "when it is your turn" there).
    else if (v.phase === 'closing') reason = t.composerDisabledClosing;
    // "When it is your turn" only where one is coming (draftOutlook, as beside the draft box): a
    // fresh tester who came in after the round read it with no turn ahead.
    else reason = waitingReason(v, speaker?.name ?? null, t);
    this.reasonText = reason;
    this.turnHintShown = online && mine && !v.frozen;
    // Waiting with the draft box shown above: "you can write when it is your turn" would deny
    // the box right above it (a fresh tester); the line points to it instead (layout).
    const waitingWords = online && !mine && me?.role !== 'listener' && !me?.muted && !v.frozen;
    this.draftReasonText = waitingWords ? besideDraftWords(v, t) : null;
    // The text box stays open on your own turn while the connection is down (a fresh tester on a
    // phone: disabling it took the focus and the keyboard away mid-sentence, and after a quick
    // return the box had to be tapped again), and while the chair has paused the meeting (the
    // same tester: the box closed under them, the focus went and the next words were lost); only
    // what would send waits, for the connection or the chair.
    const canType = mine || (!online && offlineTurn !== null);
    this.canSend = online && canType && !v.frozen;
    // A pass question whose turn is gone no longer applies. One that cannot be answered just now
    // (offline on a held turn, or paused) stays, its answer waiting: a fresh tester (2026-12-04)
    // saw "Pass anyway?" vanish without a word when the line dropped.
    if (!canType) this.passConfirm.dismiss();
    else this.passConfirm.hold(this.canSend ? null : !online ? t.confirmWaitOffline : t.confirmWaitPaused);
    // "Not sent … press Send again" holds only while Send can come back: once the turn has gone,
    // the note above the box says what became of the words.
    if (!canType && this.slow.classList.contains('not-sent')) this.notSent(false);
    this.el.classList.toggle('active', canType);
    // The box closes under the typist (the turn went): where they were, for when its words move
    // to the draft box (takeKept; a send still on its way keeps them here until answered).
    if (!canType && !this.input.disabled && document.activeElement === this.input) this.closedCaret = caretOf(this.input);
    else if (canType) this.closedCaret = null;
    this.input.disabled = !canType;
    this.send.disabled = !this.canSend || this.busy;
    this.finishBtn.disabled = !this.canSend || this.busy;
    this.passBtn.disabled = !this.canSend || this.busy;
    // Passing after having written would read oddly: "Done" is the way out then (syncPass).
    this.syncPass();
    this.syncHintButtons();
    // A listener has no turn: the note saying so is all they need, not a dead text box.
    // Unless it holds words of theirs (kept from a seat the connection lost): those stay in view.
    this.listenerOnly = me?.role === 'listener' && !mine && !this.input.value.trim();
    this.el.classList.toggle('listener', this.listenerOnly);
    this.layout();
    this.onInput();
  }

  /**
   * The draft box is shown (`shown`, draft.ts) or not. While it is, an empty share box that
   * cannot be typed in is hidden with its label and buttons, and only the line saying whose turn
   * it is stays: one text box to write in, not two (a fresh tester on a phone, on deck, saw a
   * greyed box under the draft box and did not know which to use). It comes back when the turn
   * does, and the draft's words with it.
   */
  besideDraft(shown: boolean): void {
    this.draftShown = shown;
    this.layout();
  }

  private layout(): void {
    setText(this.reason, this.draftShown && this.draftReasonText ? this.draftReasonText : this.reasonText);
    const idle = this.listenerOnly || (this.draftShown && this.input.disabled && !this.input.value.trim());
    this.label.hidden = idle;
    this.input.hidden = idle;
    this.actions.hidden = idle;
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key === 'Enter' && !e.shiftKey && !e.isComposing && enterSends()) {
      e.preventDefault();
      void this.sendChunk();
    }
  }

  private onInput(): void {
    setText(this.count, app.t.composerChars(this.input.value.length, LIMITS.shareChars));
    this.hints.later(() => this.renderHints());
  }

  private renderHints(): void {
    const text = this.input.value;
    const ctx = { otherNames: this.otherNames, lang: this.meetingLang, mode: this.guardMode, ...(this.ownName ? { ownName: this.ownName } : {}) };
    if (this.held) {
      // Held by the guard (hold mode): nobody sees it until you rephrase it or send it as it is.
      // It says what it was held for, and what is written now is looked at as usual below it (a
      // fresh tester, 2026-12-03: with a share held, new text got no hint, and the held one none).
      const why = this.hints.lines(this.held.text, ctx, this.held.findings, 'guard-held-hint');
      const held = h(
        'div',
        { class: 'guard-held', testid: 'guard-held-share' },
        h('p', { class: 'hints-title', testid: 'guard-held' }, app.t.guardHeld),
        h('blockquote', {}, this.held.text),
        ...(why ? [why] : []),
        h(
          'div',
          { class: 'button-wrap' },
          // Its words back in the box to rephrase (tester A, 2026-12-03: a slow typist on a phone
          // was told to rephrase with an empty box and the words only in the quote).
          h('button', { class: 'button secondary', type: 'button', testid: 'guard-held-edit', on: { click: () => this.editHeld() } }, app.t.guardHeldEdit),
          h('button', { class: 'button secondary', type: 'button', testid: 'guard-release', on: { click: () => void this.release() } }, app.t.guardSendAnyway),
        ),
      );
      this.hints.show(text.trim() === this.held.text.trim() ? '' : text, ctx, [], [], [held]);
      this.syncHintButtons();
      return;
    }
    const confirmable = this.confirmFor !== null && this.confirmFor === text.trim();
    this.hints.show(
      text,
      ctx,
      confirmable
        ? [
            // Said in words: a frightened newcomer saw only a button appear and did not know whether anything had gone out.
            // "The words quoted above" are someone's details only in a contact or personal-details
            // hint; under advice or crosstalk the line says what sending does, no more.
            h(
              'p',
              { class: 'hints-not-sent', testid: 'guard-not-sent' },
              this.hints.showsDetails(text, ctx, this.serverFindings) ? app.t.guardNotSentYet : app.t.guardNotSentYetWords,
            ),
            h(
              'button',
              { class: 'button secondary', type: 'button', testid: 'guard-send-anyway', on: { click: () => void (this.confirmFinishes ? this.finish() : this.sendChunk()) } },
              this.confirmFinishes ? app.t.guardSendAnywayFinish : app.t.guardSendAnyway,
            ),
          ]
        : [],
      confirmable ? this.serverFindings : [],
    );
    this.syncHintButtons();
  }

  /**
   * A share sent while another was held replaced it (docs/protocol.md: "a new share replaces it"),
   * so the held one will never be seen: unless the share sent was its rephrasing ("Rephrase it",
   * or its words in it), its words come back to the box ahead of what is there, with a note saying
   * they were not shared. A fresh tester (2026-12-06) sent a next sentence with a share held: the
   * held words vanished without a word. Someone typing on keeps the caret on the same characters;
   * if the turn ends, the words go on to the draft box as any unshared words do (takeKept).
   */
  private giveHeldBack(words: string): void {
    const now = this.input.value;
    const head = now.trim() ? `${words.replace(/\s+$/u, '')}\n` : '';
    setKeepingCaret(this.input, head ? head + now : words, head ? head.length : words.length);
    setText(this.heldBack, app.t.guardHeldBack);
    this.heldBack.hidden = false;
  }

  /** The note on held words given back (giveHeldBack) goes, its words with it: a hidden status region holds none. */
  private hideHeldBack(): void {
    if (this.heldBack.hidden) return;
    this.heldBack.hidden = true;
    setText(this.heldBack, '');
  }

  /** The held share's words into the box (after what is there), the caret at their end. */
  private editHeld(): void {
    if (!this.held || this.input.disabled) return;
    const now = this.input.value.trim();
    if (!now.includes(this.held.text.trim())) this.input.value = now ? `${now}\n${this.held.text}` : this.held.text;
    this.heldTakenIn = this.held.text;
    this.focusAtEnd();
    this.onInput();
  }

  private async release(): Promise<void> {
    this.setBusy(true);
    const ack = await this.answered(this.deps.releaseHeld());
    this.setBusy(false);
    if (!ack.ok) this.deps.error(ack.code);
  }

  private async sendChunk(): Promise<boolean> {
    const written = this.input.value;
    const text = written.trim();
    if (!text || this.busy || !this.canSend) return !text;
    const echo = this.pageEcho(text);
    // Held in hold mode by the server, which is told (below); in nudge mode asked here first.
    if (echo !== null && this.guardMode !== 'hold' && this.confirmFor !== text) {
      // What only this page can see stops it for a look, as the server's GUARD_HINT does the rest.
      this.confirmFor = text;
      this.confirmFinishes = this.finishing;
      this.serverFindings = [];
      this.hints.cancel();
      this.renderHints();
      return false;
    }
    const turn = this.boxTurn;
    // A share sent while one is held replaces it (docs/protocol.md, the share guard): what was held
    // as the server will have dropped it (giveHeldBack).
    const heldBefore = this.held;
    const rephrased = heldBefore !== null && this.heldTakenIn === heldBefore.text;
    // The same words sent again after an answer that never came are the same action (the same
    // command id: command-sender.ts): this send stands for the older one.
    const sending: Unsettled = { text, written, turn, answered: false, shared: false };
    this.unsettled = [...this.unsettled.filter((u) => !(u.answered && u.text === text)), sending].slice(-UNSETTLED_KEPT);
    this.setBusy(true);
    this.sharing++;
    const ack = await this.answered(this.deps.share(text, this.confirmFor === text, echo ?? undefined), () => sending.shared).finally(() => this.sharing--);
    this.setBusy(false);
    sending.answered = true;
    // Unknown whether it went through: remembered until its own share event says it did.
    const unknown = !ack.ok && (ack.code === 'STORE_UNAVAILABLE' || (ack.code === 'BUSY' && ack.message === 'timeout'));
    if (sending.shared || !unknown) this.unsettled = this.unsettled.filter((u) => u !== sending);
    if (!ack.ok && sending.shared) {
      // Its own share event came before the retries ran out (a resume replayed it): the room has
      // it, and its words left the box then (sharedSeen). Not "not sent".
      this.deps.settled?.(text);
      this.confirmFor = null;
      this.confirmFinishes = false;
      return true;
    }
    if (!ack.ok && ack.code === 'GUARD_HINT') {
      // The server's guard asks for a look first: the hints show now, and sending the same text
      // again (Enter or "Send as it is") sends it as it is.
      this.confirmFor = text;
      this.confirmFinishes = this.finishing;
      this.serverFindings = ack.findings ?? [];
      this.hints.cancel();
      this.renderHints();
      return false;
    }
    if (!ack.ok) {
      // Not sent for want of a connection (every retry of it ran out): say so where the words are,
      // and until the next try, not in a message that fades. Only while Send can come back: once
      // the turn has gone, the note on the unsent words (TimeBox, the draft box) says what holds.
      // Sent, but no answer came (`timeout`): it may have arrived. Said so, not "not sent" (a fresh
      // tester was told her words were lost when they had been shared); its own share event, once
      // the connection is back, takes the words out and this line with them (sharedSeen).
      if (ack.code === 'BUSY' && (ack.message === 'offline' || ack.message === 'timeout')) {
        if (!this.input.disabled) this.notSent(true, unknown);
      } else this.deps.error(ack.code);
      return false;
    }
    this.confirmFor = null;
    this.confirmFinishes = false;
    // A repeat was applied when first sent, in the turn it was pressed in; a first answer, in the
    // turn of yours the page knows now (a retry after a resume can land in a late turn).
    this.markSent('repeat' in ack && ack.repeat ? turn : (this.boxTurn ?? turn));
    // Words typed while the answer was on its way (a slow link: "Still sending …") stay; only
    // what was sent leaves the box (a fresh tester: the sent part stayed, and went out twice).
    // Someone typing on keeps their caret on the same characters. Its own share event may have
    // come first and taken them out already (sharedSeen).
    if (!sending.shared) {
      const now = this.input.value;
      const left = unsentAfter(now, written);
      setKeepingCaret(this.input, left, now.endsWith(left) ? left.length - now.length : 0);
      this.deps.shared?.();
    }
    this.hideHeldBack();
    if (heldBefore && !rephrased && !text.includes(heldBefore.text.trim())) this.giveHeldBack(heldBefore.text);
    // Told as typing is (an input event): a note on these words, now sent, has done its job.
    this.input.dispatchEvent(new Event('input'));
    this.input.focus();
    return true;
  }

  /**
   * A share of yours is in the room: its `share` event came (live, or replayed on a resume), with
   * `text` as the server cleaned it. If it is one this page sent without seeing it go through (on
   * its way, or every retry ran out: "Not sent"), the page knows now: its words leave the share
   * box, wherever they stand in it, and whatever was typed after them stays; the "Not sent" line
   * goes; it will not be sent again. Returns null when it is none of these (nothing to do), '' when
   * its words were taken out here, else the words as sent: not in this box unchanged, for the
   * draft box they may have been moved to when the turn ended (shared-back.ts).
   */
  sharedSeen(text: string): string | null {
    const u = this.unsettled.find((x) => !x.shared && sameShare(x.text, text));
    if (!u) return null;
    u.shared = true;
    if (u.answered) {
      this.unsettled = this.unsettled.filter((x) => x !== u);
      this.deps.settled?.(u.text);
    }
    if (this.confirmFor === u.text) {
      this.confirmFor = null;
      this.confirmFinishes = false;
    }
    // A part was sent in that turn (Pass hides through it), unless one is known sent in the turn now.
    if (this.sentTurn === null || this.sentTurn !== this.boxTurn) this.markSent(u.turn);
    this.clearNotSent();
    // It arrived: "Sending once the connection is back … your text stays in the box" is no longer
    // true of it, beside words typed since (a fresh tester read it over a part already shared).
    this.showSlow();
    const cut = cutShared(this.input.value, u.text, u.written);
    if (!cut) return u.text;
    cutKeepingCaret(this.input, cut);
    // Told as typing is: the counter, the hints, a note on the words (TimeBox.draftChanged).
    this.input.dispatchEvent(new Event('input'));
    this.layout();
    return '';
  }

  /** Sends of unknown outcome an earlier build of the page made (a change of language): still awaited here. */
  carryUnsettled(from: Composer): void {
    this.unsettled = from.unsettled.filter((u) => u.answered && !u.shared);
  }

  /**
   * Done with a share held by the guard (hold mode) and nothing more written asks first: finishing
   * drops the held share unseen (a fresh tester, 2026-12-03, pressed Done believing it had gone
   * out). "Send as it is" beside the held share is the way to share it. Done with nothing sent
   * and nothing written is a pass (the server ends it as one): it asks too, since a press by
   * mistake, or with the words still in the draft box, would pass without a word (tester A).
   */
  private askFinish(): void {
    if (this.input.value.trim()) return void this.finish();
    if (this.held) return this.passConfirm.ask([app.t.composerFinishHeld], app.t.composerFinishWithoutHeld, this.finishBtn, () => void this.finish());
    if (!this.sentInTurn) return this.passConfirm.ask([app.t.composerFinishEmpty], app.t.composerFinishAsPass, this.finishBtn, () => void this.finish());
    void this.finish();
  }

  /**
   * The stretch of `text` that repeats another's share (shared/guard/echo.ts), when it stops a
   * share in this meeting's guard mode (stopsShare), else null. Only the page can find it: the
   * others' words are in no state the server keeps. It is told to the server with the share, which
   * weighs it with its own findings: held in hold mode, and marked for the chair when sent as it is
   * (a fresh tester found a quote that went out left no mark, and hold mode did not hold it).
   */
  private pageEcho(text: string): string | null {
    if (!this.deps.analyze) return null;
    return this.deps.analyze(text, this.otherNames, this.meetingLang, this.ownName).find((f) => f.hint === HINTS.echo && stopsShare(f, this.guardMode))?.match ?? null;
  }

  private async finish(): Promise<void> {
    this.finishing = true;
    const sent = await this.sendChunk().finally(() => (this.finishing = false));
    if (!sent) return;
    this.setBusy(true);
    const ack = await this.answered(this.deps.finish());
    this.setBusy(false);
    if (!ack.ok) this.deps.error(ack.code);
  }

  /**
   * Pass ends the turn at once, and sits beside Send: with words written and not sent it asks
   * first (a fresh tester's slip ended a turn with two lines written). The words are never sent
   * by a pass; once the turn has moved on they go to the draft box (takeKept).
   */
  private askPass(): void {
    if (!this.input.value.trim()) return void this.pass();
    this.passConfirm.ask([app.t.composerPassWithWords], app.t.composerPassAnyway, this.passBtn, () => void this.pass());
  }

  private async pass(): Promise<void> {
    this.setBusy(true);
    const ack = await this.answered(this.deps.pass());
    this.setBusy(false);
    if (!ack.ok) this.deps.error(ack.code);
  }

  /**
   * The "still sending" line: a slow link, or none at all (the banner says the connection is
   * lost; a fresh tester read "the connection is slow" under it). Either way the text waits.
   */
  private slowWords(): string {
    return this.online ? app.t.composerSlow : app.t.composerSlowOffline;
  }

  /** The connection as the last update() gave it. */
  private online = true;

  /**
   * `ack`, saying by the buttons when it is slow to come. A stalled phone link is not noticed as
   * lost until the heartbeat times out (up to pingInterval + pingTimeout, 20 s): a fresh tester
   * pressed send and saw nothing for 14–16 s. The words stay in the box until the share is
   * accepted (sendChunk), and a retry carries the same command id (command-sender.ts), so the
   * line says to wait.
   */
  private async answered<T>(ack: Promise<T>, seen: () => boolean = () => false): Promise<T> {
    const awaited = { slow: false, seen };
    this.awaited.add(awaited);
    this.notSent(false);
    const timer = setTimeout(() => {
      awaited.slow = true;
      this.showSlow();
    }, SLOW_ANSWER_MS);
    try {
      return await ack;
    } finally {
      clearTimeout(timer);
      this.awaited.delete(awaited);
      this.showSlow();
    }
  }

  /** The "still sending" line shows while an answer is slow and its effect not yet seen; "Not sent" stands until the next try. */
  private showSlow(): void {
    if (this.slow.classList.contains('not-sent')) return;
    const on = [...this.awaited].some((a) => a.slow && !a.seen());
    if (on) setText(this.slow, this.slowWords());
    this.slow.hidden = !on;
  }

  /**
   * Another note now says what became of the unsent words (TimeBox: the connection dropped
   * before this was sent, …): the line by the buttons stops saying "Not sent … press Send again",
   * so the person reads one notice, not two (a fresh tester after a stalled send).
   */
  clearNotSent(): void {
    if (this.slow.classList.contains('not-sent')) this.notSent(false);
  }

  /**
   * The line by the buttons says the last send did not go through (or stops saying so);
   * `unknown`: it was sent and no answer came, so it may have (composerNotConfirmed).
   */
  private notSent(on: boolean, unknown = false): void {
    if (on) setText(this.slow, unknown ? app.t.composerNotConfirmed : app.t.composerNotSent);
    this.slow.hidden = !on;
    this.slow.classList.toggle('not-sent', on);
    if (on) this.deps.notSent?.();
  }

  private setBusy(b: boolean): void {
    this.busy = b;
    const off = b || !this.canSend;
    this.send.disabled = off;
    this.finishBtn.disabled = off;
    this.passBtn.disabled = off;
    this.syncHintButtons();
  }

  /**
   * The guard's "Send as it is" buttons send, as Send does: they wait for the connection and the
   * turn as Send does (a fresh tester, 2026-12-04: offline, "Send as it is" looked usable, and a
   * tap did nothing and said nothing).
   */
  private syncHintButtons(): void {
    const off = this.busy || !this.canSend;
    for (const b of this.hints.el.querySelectorAll<HTMLButtonElement>('[data-testid="guard-send-anyway"], [data-testid="guard-release"]')) b.disabled = off;
  }
}

