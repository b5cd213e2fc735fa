// The speaker's time, where they are typing: "Time left: 3:12" right above the text box, and
// when the server's warning time comes (view.warnMs, e.g. RUNDE_WARN_MS) a warning next to the
// composer that screen readers speak (aria-live) and, if the person chose it, a soft sound.
// When the time runs out with words still in the box, it says they were not shared and keeps
// them for a late turn or open sharing: nothing is ever sent by itself.
import type { ShareEndReason } from '../../shared/meeting/events.js';
import type { MeetingView } from '../../shared/meeting/view.js';
import { app } from '../app.js';
import { choice, h, setText } from '../dom.js';
import { loadPref, savePref } from '../session.js';
import { formatRemaining, turnLeftInWords } from '../time.js';
import { chime } from './signal.js';
import { ANNOUNCE_KEEP_MS } from '../live-region.js';
import { onBeat } from './beat.js';
import { clockMark } from './clock-mark.js';
import { lateTurnByChair } from './connection-words.js';
import { turnToggles } from './turn-toggles.js';

export const timeSoundEnabled = (): boolean => loadPref('timeSound') === 'on';

export class TimeBox {
  readonly el: HTMLElement;
  /** "A soft sound when time is nearly up": lives with the person's own settings. */
  readonly soundToggle: HTMLElement;
  private left: HTMLElement;
  private warning: HTMLElement;
  private unsent: HTMLElement;
  /** Beside the warning: "Ask for more time", or that it was asked (more-time.ts). */
  private moreTime: HTMLElement;
  private askBtn: HTMLButtonElement;
  private asked: HTMLElement;
  /** The turn (turnKey) whose ask is on its way: the button stays off until the answer. */
  private asking: string | null = null;
  /** What the view last said of the turn's extension and the speaker's question. */
  private extended = false;
  private askedMoreTime = false;
  /** The warning's clause offering more time, while shown (warningWords). */
  private askWords: Text | null = null;
  private online = true;
  private endsAt = 0;
  private warnMs = 30_000;
  private paused = false;
  private mine = false;
  private warnedTurn: string | null = null;
  /** Back online, the resume's answer not yet in (returning): no warning is given on the page's own guess of the time. */
  private holding = false;
  /** The warning due now is shown, not said: the return's own line says the time (backSaid). */
  private quiet = false;
  private turnKey: string | null = null;
  /** The turn of yours the unsent note was last cleared for (update). */
  private noteTurn: string | null = null;
  /** The note shown is kept()'s, worded anew on each view (keptWords). */
  private keptNote = false;
  /** Leaves the page's beat (beat.ts) while the clock runs, else null. */
  private timer: (() => void) | null = null;
  /** Why the clock is stopped (clockMark), or null while it runs. */
  private mark: string | null = null;

  /**
   * `draft`: the words in the share box. `ask`: sends `askMoreTime` and resolves with its answer
   * (ok, or an error code the page shows near the button).
   */
  constructor(
    private draft: () => string,
    private ask: () => Promise<{ ok: true } | { ok: false; code: string }> = async () => ({ ok: false, code: 'NOT_ALLOWED' }),
    private error: (code: string, near?: HTMLElement) => void = () => {},
  ) {
    const t = app.t;
    this.left = h('p', { class: 'composer-time', testid: 'composer-time', hidden: true });
    this.warning = h('p', { class: 'time-warning', testid: 'time-warning', role: 'alert', hidden: true });
    this.unsent = h('p', { class: 'composer-unsent', testid: 'composer-unsent', role: 'status', hidden: true }, t.composerUnsent);
    this.askBtn = h('button', { class: 'button secondary small', type: 'button', testid: 'ask-more-time', on: { click: () => void this.askMore() } }, t.askMoreTime);
    // Said once as it changes (a status): the chair has the question, the speaker goes on writing.
    this.asked = h('p', { class: 'more-time-asked', testid: 'more-time-asked', role: 'status' });
    this.moreTime = h('div', { class: 'more-time', hidden: true }, this.askBtn, this.asked);
    this.el = h('div', { class: 'time-box' }, this.left, this.warning, this.moreTime, this.unsent);
    const box = h('input', { type: 'checkbox', testid: 'time-sound-toggle', props: { checked: timeSoundEnabled() } });
    box.addEventListener('change', () => {
      savePref('timeSound', box.checked ? 'on' : 'off');
      if (box.checked) chime();
    });
    this.soundToggle = choice(box, t.timeSoundLabel);
  }

  /** Shows `v`'s clock of your own turn; `online` false: this page's connection is down. */
  update(v: MeetingView, online = true): void {
    const sp = v.speaker;
    this.warnMs = v.warnMs;
    this.mine = !!sp && sp.id === v.you.id;
    // Offered on a turn of yours, or while one can still come (turn-toggles.ts).
    this.soundToggle.hidden = !turnToggles(v).timeSound;
    // One turn, warned once: a turn held through a drop comes back with a new deadline but is the
    // same turn (a fresh verifier, back with 6 s left, heard the warning again beside "You are
    // back…"); more time starts the warning over.
    const key = sp ? `${sp.id}:${sp.turn ?? sp.deadline}:${sp.extended ? 'more' : ''}` : null;
    if (key !== this.turnKey) {
      this.turnKey = key;
      this.warning.hidden = true;
    }
    if (this.mine && sp) {
      // A turn of yours begins: a note about words of an earlier turn has done its job. Within
      // the same turn it stays (a late turn's note, replayed after the view that began it).
      const turn = `${sp.id}:${sp.turn ?? sp.deadline}`;
      if (turn !== this.noteTurn) {
        this.noteTurn = turn;
        this.unsent.hidden = true;
        this.keptNote = false;
      }
      this.paused = sp.frozen;
      this.mark = clockMark(v, online, app.t);
      // "Send what you have written" beside a Send that cannot be pressed (paused by the chair,
      // offline) would tell the speaker to do what the page does not let them (a fresh tester);
      // it comes back with the clock, if it was given this turn.
      if (this.paused || !online) this.warning.hidden = true;
      else if (this.warnedTurn === this.turnKey && sp.remainingMs > 0 && this.warning.hidden) {
        // Said already this turn: shown again (back online, the clock running again), not an alert
        // again (an alert shown is read out).
        this.warning.removeAttribute('role');
        this.warning.hidden = false;
      }
      this.endsAt = performance.now() + sp.remainingMs;
      this.left.hidden = false;
      this.extended = sp.extended;
      this.askedMoreTime = sp.askedMoreTime;
      // Asked, or given more: the warning no longer offers to ask (a fresh tester read "…or ask for
      // more time" beside "You have asked the chair for more time"). Only taken out: words taken out
      // of an alert are not read out again.
      if (sp.askedMoreTime || sp.extended) this.askWords?.remove();
      this.online = online;
      if (sp.askedMoreTime || sp.extended) this.asking = null;
      this.render(sp.warned);
      if (this.paused) this.stop();
      else this.timer ??= onBeat(() => this.render(false));
    } else {
      this.stop();
      this.left.hidden = true;
      this.warning.hidden = true;
      this.moreTime.hidden = true;
      this.asking = null;
      if (this.keptNote && !this.unsent.hidden) setText(this.unsent, this.keptWords(v));
    }
  }

  /**
   * `true` from the moment the connection is back after a drop until the resume's answer is in:
   * no warning is given meanwhile, on the time the page guessed while offline (the server may
   * have stopped her clock: a fresh tester, back with 25 s left, never heard the warning given on
   * the guess of 13 s). `false` once the answer is applied; a warning due then is given then.
   */
  returning(on: boolean): void {
    this.holding = on;
    if (!on && this.mine) this.render(false);
  }

  /**
   * The page has just said "You are back, and it is still your turn: about 6 seconds left"
   * (meeting.ts sayBackOnTurn): a warning due now is shown but not said (a fresh verifier heard
   * both within 0.1 s), and the hold on warnings ends.
   */
  backSaid(): void {
    this.holding = false;
    this.quiet = true;
    if (this.mine) this.render(false);
    this.quiet = false;
  }

  /**
   * A share of yours ended: words left in the box were not shared; say so, keep them. `turnAgain`:
   * the turn has come back to you already (a late turn begun before this ended-event was replayed
   * on a resume): the note then says to send it now, not that it waits for your turn. `byChair`:
   * a turn comes back only if the chair gives it. Returns whether the note is shown: it then says
   * what became of the words, and any other note on them goes (Composer.clearNotSent).
   */
  ended(reason: ShareEndReason, turnAgain = false, byChair = false): boolean {
    if (reason === 'finished' || reason === 'passed') return false;
    if (!this.draft().trim()) return false;
    // Say why in words: a dropped connection is not time running out; and where only the chair
    // gives turns (lateTurnByChair), no turn is promised.
    this.keptNote = false;
    const gone = turnAgain ? app.t.composerUnsentGoneNow : byChair ? app.t.composerUnsentGoneByChair : app.t.composerUnsentGone;
    setText(this.unsent, reason === 'gone' ? gone : app.t.composerUnsent);
    this.unsent.hidden = false;
    return true;
  }

  /**
   * Your turn has begun with words of an earlier turn moved into the box (from the draft box):
   * they are not shared yet, and may go now. Goes as the others do (draftChanged, a new turn).
   */
  keptNow(): void {
    this.keptNote = false;
    setText(this.unsent, app.t.composerKeptNow);
    this.unsent.hidden = false;
  }

  /** A later notice on the same words says what holds now (Composer's "Not sent"): this one goes. */
  clearNote(): void {
    this.unsent.hidden = true;
    this.keptNote = false;
  }

  /** Where the kept words came from: a seat the connection lost, or the tab the seat moved from. */
  private keptFrom: 'dropped' | 'moved' = 'dropped';

  /** Words kept from a seat the connection lost (or moved from another tab: `from`), put back in the box after joining again: say what they are (worded on each view: keptWords). */
  kept(from: 'dropped' | 'moved' = 'dropped'): void {
    this.keptNote = true;
    this.keptFrom = from;
    setText(this.unsent, `${this.lead()} ${app.t.composerKept}`);
    this.unsent.hidden = false;
  }

  /**
   * The kept words' note as `v` has it: no turn is promised to a listener (who has none) nor where
   * only the chair gives turns (a fresh tester read "it stays here for your turn" in both).
   */
  private keptWords(v: MeetingView): string {
    const me = v.participants.find((p) => p.id === v.you.id);
    const t = app.t;
    return `${this.lead()} ${me?.role === 'listener' ? t.composerKeptListener : lateTurnByChair(v) ? t.composerKeptByChair : t.composerKept}`;
  }

  private lead(): string {
    return this.keptFrom === 'moved' ? app.t.composerKeptMovedLead : app.t.composerKeptLead;
  }

  /**
   * The words changed: sent or cleared, or written on by the person (`typed`: an input of theirs,
   * not the page's own), the note on them has done its job (a fresh tester, 2026-12-05: "these
   * words have not been shared yet … send them when you are ready" stayed for a whole late turn
   * she was writing in, pushing the box down on her phone).
   */
  draftChanged(typed = false): void {
    if (typed || !this.draft().trim()) this.unsent.hidden = true;
  }

  /**
   * The time left on your own turn as this box shows it now (ms), or null when it shows none: what
   * the page says aloud of the same clock is this figure, so the ear and the eye agree.
   */
  msLeft(): number | null {
    return this.mine && !this.left.hidden ? Math.max(0, this.endsAt - performance.now()) : null;
  }

  /**
   * The warning's words as text nodes; with `canAsk`, the clause that offers more time is a node of
   * its own (`askWords`), to be taken out once she has asked. The clause is where the two wordings
   * of timeWarning differ, so each language keeps its one sentence.
   */
  private warningWords(canAsk: boolean): Node[] {
    this.askWords = null;
    const short = app.t.timeWarning(false);
    if (!canAsk) return [document.createTextNode(short)];
    const full = app.t.timeWarning(true);
    let at = 0;
    while (at < short.length && full[at] === short[at]) at++;
    const end = at + full.length - short.length;
    this.askWords = document.createTextNode(full.slice(at, end));
    return [document.createTextNode(full.slice(0, at)), this.askWords, document.createTextNode(full.slice(end))];
  }

  private render(serverWarned: boolean): void {
    const left = this.endsAt - performance.now();
    const time = formatRemaining(left);
    setText(this.left, app.t.timeLeft(this.paused && this.mark ? `${time} (${this.mark})` : time));
    const due = serverWarned || left <= this.warnMs;
    this.left.classList.toggle('warned', due);
    if (due && this.mine && !this.paused && this.online && !this.holding && this.warnedTurn !== this.turnKey && left > 0) {
      this.warnedTurn = this.turnKey;
      const words = this.warningWords(!this.extended && !this.askedMoreTime);
      if (this.quiet) {
        // Back on her turn, the page's "You are back, and it is still your turn: about 6 seconds
        // left" says the time: the warning shows its words but is not an alert this once.
        this.warning.removeAttribute('role');
        this.warning.replaceChildren(...words);
      } else {
        this.warning.setAttribute('role', 'alert');
        // Said once (role=alert): the time left as it is then, in words a screen reader speaks
        // ("about 30 seconds"; a tester with one heard no figure at all), and the way to more time
        // while there is one. The line above counts down every half second.
        // The figure is for the ear only: seen, it went stale beside the clock that counts on (a
        // fresh tester read "about 25 seconds" at 0:10); said once, it is true when said.
        const figure = h('span', { class: 'visually-hidden' }, `${app.t.timeWarningLeft(turnLeftInWords(app.t, left))} `);
        this.warning.replaceChildren(figure, ...words);
        // Read back later, it would be stale too (a fresh tester heard "25 seconds" at 0:17): it
        // goes once said (taking words out of an alert is not read out).
        setTimeout(() => figure.remove(), ANNOUNCE_KEEP_MS);
      }
      this.warning.hidden = false;
      if (timeSoundEnabled()) chime();
    }
    this.renderMoreTime(due && left > 0);
  }

  /**
   * "Ask for more time" from the warning on, once per turn and never after an extension; then
   * "You have asked the chair for more time" until the chair gives it or the turn ends. Not while
   * the clock is stopped or the page is offline (it could not be sent).
   */
  private renderMoreTime(due: boolean): void {
    const show = this.mine && due && !this.paused && this.online && !this.extended;
    this.moreTime.hidden = !show;
    if (!show) return;
    this.askBtn.hidden = this.askedMoreTime;
    this.askBtn.disabled = this.asking === this.turnKey;
    setText(this.asked, this.askedMoreTime ? app.t.moreTimeAskedYou : '');
  }

  private async askMore(): Promise<void> {
    if (this.asking === this.turnKey) return;
    this.asking = this.turnKey;
    this.askBtn.disabled = true;
    const ack = await this.ask();
    // The view that follows says what became of it (asked, or given at once); an error is said
    // beside the button and it may be pressed again.
    if (!ack.ok) {
      this.asking = null;
      this.askBtn.disabled = false;
      if (ack.code !== 'ALREADY_DONE') this.error(ack.code, this.askBtn);
    }
  }

  stop(): void {
    this.timer?.();
    this.timer = null;
  }
}
