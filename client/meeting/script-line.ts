// The meeting script on the page (Issue 15). Everyone sees the current segment's title, the
// moment of silence with a visible countdown, and in the contributions pause the group's own link
// (Runde never handles money). The chair also sees what to do now in plain words, the next step
// with its planned length, and whether the meeting is on time. The one button for the next step
// is the chair bar's (ChairPanel), labelled by nextStepLabel. Times come from the server's view:
// the countdown and the drift run on from when the view arrived.
import { contributionsNote, SEGMENT_WORDS, type SegmentKind } from '../../shared/meeting/formats.js';
import type { MeetingView } from '../../shared/meeting/view.js';
import { app } from '../app.js';
import { plannedLength } from './planned-length.js';
import { chairWordsNameNextStep, chairWordsNow } from './chair-words.js';
import { timingWords } from './timing-words.js';
import { ageView } from './view-age.js';
import { h, setText } from '../dom.js';
import { ANNOUNCE_KEEP_MS, quietFirst } from '../live-region.js';

/** The plan's timing line is said again with new words of the same kind (more minutes behind) at most this often (5 minutes, ms). */
export const TIMING_SAY_EVERY_MS = 5 * 60_000;

/** "1:05": minutes and seconds, for a countdown. */
function mmss(ms: number): string {
  const s = Math.ceil(Math.max(0, ms) / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

const title = (kind: SegmentKind): string => SEGMENT_WORDS[kind].title[app.lang];


/** The segment after the current one, or null when the next step is the end of the meeting. */
export function nextSegmentOf(s: NonNullable<MeetingView['script']>): NonNullable<MeetingView['script']>['segments'][number] | null {
  return s.segments[s.index + 1] ?? null;
}

/** The chair's one next-step button's words: "Go on: Readings"; its confirmation names the same step. */
export function nextStepLabel(s: NonNullable<MeetingView['script']>): string {
  const next = nextSegmentOf(s);
  return next ? app.t.scriptNextButtonTo(title(next.kind)) : app.t.scriptNextButtonEnd;
}

export class ScriptLine {
  /** For everyone: the segment now, the silence countdown, the contributions note. */
  readonly el: HTMLElement;
  /** For the chair: the words for now, the next step, on time or not. */
  readonly chairEl: HTMLElement;
  private now: HTMLElement;
  private countdown: HTMLElement;
  private contributions: HTMLElement;
  private chairWords: HTMLElement;
  private nextLine: HTMLElement;
  private timing: HTMLElement;
  /** The timing line's words for the ear: new words when its state changes, else at most every TIMING_SAY_EVERY_MS. */
  private timingSaid: HTMLElement;
  private saidState: string | null = null;
  /** The words last said (`timingSaid` holds them only while they are being said). */
  private saidText: string | null = null;
  private saidClear: ReturnType<typeof setTimeout> | null = null;
  private saidAt = 0;
  private script: NonNullable<MeetingView['script']> | null = null;
  /** The view last drawn (with `script`): what the drift is worded against. */
  private view: MeetingView | null = null;
  private at = 0;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor() {
    const t = app.t;
    this.now = h('span', { class: 'script-now', testid: 'script-now' });
    this.countdown = h('span', { class: 'script-countdown', testid: 'silence-countdown', role: 'timer', 'aria-live': 'off', hidden: true });
    this.contributions = h('p', { class: 'hint', testid: 'script-contributions', hidden: true });
    this.el = h('div', { class: 'script-line', testid: 'script-line', hidden: true }, h('p', {}, this.now, ' ', this.countdown), this.contributions);
    this.chairWords = h('p', { class: 'script-chair-words', testid: 'script-chair-words' });
    this.nextLine = h('span', { class: 'hint', testid: 'script-next' });
    // Its words for the ear are a status region once shown a moment (quietFirst): it appears with the chair bar, as the chair comes.
    // Shown as it changes each minute, but not said each minute (a fresh tester's chair heard "5
    // min behind the plan", then 6, then 7, through the shares): `timingSaid` says it.
    this.timing = h('span', { class: 'script-timing', testid: 'script-timing' });
    this.timingSaid = h('span', { class: 'visually-hidden', testid: 'script-timing-said' });
    // Compact: the chair bar must keep the next step and the end within reach without scrolling.
    // The next-step button itself is the bar's one button (ChairPanel).
    this.chairEl = h(
      'div',
      { class: 'chair-script', testid: 'chair-script', hidden: true, 'aria-label': t.scriptChairTitle, role: 'group' },
      this.chairWords,
      h('p', { class: 'script-next-line' }, this.nextLine, ' ', this.timing, this.timingSaid),
    );
  }

  update(v: MeetingView): void {
    const t = app.t;
    const s = v.script;
    this.script = s;
    this.view = v;
    this.at = Date.now();
    // The chair sees where the meeting stands in the chair bar; the line at the top is for the
    // others (and for everyone in the silence, with its countdown).
    this.el.hidden = !s || (v.you.isChair && !s.silence);
    this.chairEl.hidden = !s || !v.you.isChair;
    if (!s) {
      quietFirst(this.timingSaid);
      return this.stop();
    }
    const segTitle = title(s.kind);
    setText(this.now, t.scriptNow(segTitle));
    this.countdown.hidden = !s.silence;
    // The contributions pause: the group's own link, if it has one; never a payment through Runde.
    if (s.kind === 'contributions') {
      const url = s.contributionUrl;
      this.contributions.replaceChildren(
        contributionsNote(url !== null, app.lang),
        ...(url ? [' ', h('a', { href: url, target: '_blank', rel: 'noopener noreferrer', testid: 'script-contribution-link' }, t.scriptContributionLink)] : []),
      );
      this.contributions.hidden = false;
    } else this.contributions.hidden = true;
    // The one instruction for now, the same words as the status box (chair-words.ts).
    setText(this.chairWords, chairWordsNow(v));
    const next = nextSegmentOf(s);
    setText(this.nextLine, next ? t.scriptNext(title(next.kind), plannedLength(next.plannedMs, t)) : t.scriptNextEnd);
    // Paused, the one step the chair can take is "Continue the meeting": no other step is suggested.
    this.nextLine.hidden = v.frozen || chairWordsNameNextStep(v);
    this.tick();
    if (!this.timer) this.timer = setInterval(() => this.tick(), 1000);
  }

  /** Counts down the silence and recomputes the drift: past the segment's planned end it grows. */
  private tick(): void {
    const s = this.script;
    const v = this.view;
    if (!s || !v) return;
    // A panel taken off the page (the chair handed on) stops counting.
    if (!this.el.isConnected && !this.chairEl.isConnected) return this.stop();
    const t = app.t;
    const e = Date.now() - this.at;
    const left = s.remainingMs - e;
    if (s.silence) setText(this.countdown, mmss(left));
    const drift = s.driftMs + Math.max(0, e - s.remainingMs);
    // A lead is said only as far as the sharing can spend it (timing-words.ts).
    const words = timingWords(ageView(v, e), drift, left, t, app.lang);
    if (this.timing.textContent !== words.text) setText(this.timing, words.text);
    this.timing.dataset.state = words.state;
    const now = Date.now();
    if (this.saidText !== words.text && (words.state !== this.saidState || now - this.saidAt >= TIMING_SAY_EVERY_MS)) {
      setText(this.timingSaid, words.text);
      this.saidText = words.text;
      this.saidState = words.state;
      this.saidAt = now;
      // Said, then taken out (a removal is not read): read through, the bar held the line twice,
      // or a said figure minutes old beside the one shown (a fresh tester: "27 min behind" on
      // screen, "35 min behind" for the screen reader).
      if (this.saidClear) clearTimeout(this.saidClear);
      this.saidClear = setTimeout(() => this.unsay(), ANNOUNCE_KEEP_MS);
    } else if (this.timingSaid.textContent && this.timingSaid.textContent !== words.text) this.unsay();
    // One copy for a screen reader read through, never two (a fresh verifier heard the line twice
    // in the bar): while the words are being said, the line on screen is hidden from it.
    if (this.timingSaid.textContent) this.timing.setAttribute('aria-hidden', 'true');
    else this.timing.removeAttribute('aria-hidden');
    quietFirst(this.timingSaid);
  }

  /** The said words out of their live region (a removal is not read), the line on screen readable again. */
  private unsay(): void {
    if (this.saidClear) clearTimeout(this.saidClear);
    this.saidClear = null;
    setText(this.timingSaid, '');
    this.timing.removeAttribute('aria-hidden');
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
