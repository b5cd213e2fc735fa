// Write while you wait: whoever is on deck or has a hand up gets a private draft box. Nothing in
// it leaves the device: when their turn begins the draft becomes the composer's text (the page
// moves it there, focus kept in a text box, the caret where it was for someone typing in the draft
// box, else at the end), and only a deliberate press of
// send shares it. There is no "share the draft" button: one focused there would turn the next
// space bar press of a slow typist into a half-written share. The draft lives only in this page's
// memory: never in storage, gone on leaving, reload or quick exit. The guard's hints show here
// while typing, as in the composer (the same component and rule); the server's check applies
// when the text is shared.
import type { MeetingView } from '../../shared/meeting/view.js';
import type { ShareEndReason } from '../../shared/meeting/events.js';
import { app } from '../app.js';
import { h, setText } from '../dom.js';
import { LIMITS } from '../wire.js';
import { LiveHints, type Analyze, type HintContext } from './live-hints.js';
import { OnDeck } from './on-deck.js';
import { cutKeepingCaret, placeCaret, setKeepingCaret, type Caret } from './caret.js';
import { cutShared } from './unsent.js';
import { keptWords } from './draft-words.js';

export class DraftBox {
  readonly el: HTMLElement;
  readonly input: HTMLTextAreaElement;
  private hints: LiveHints;
  /** Says that words of an earlier turn were moved in (keep), until the draft is taken or emptied. */
  private keptNote: HTMLElement;
  /** Holds unshared words of an earlier turn (keep): shown even when no turn is awaited. */
  private kept = false;
  /** How that turn ended, said first in the note (keep's `why`). */
  private keptWhy: ShareEndReason | null = null;
  private ctx: HintContext = { otherNames: [], lang: 'nb', mode: 'nudge' };

  constructor(analyze?: Analyze) {
    const t = app.t;
    this.hints = new LiveHints('draft-hints', 'draft-hints', analyze);
    this.input = h('textarea', {
      id: 'draft-input',
      class: 'draft-input',
      testid: 'draft-input',
      rows: '3',
      maxlength: String(LIMITS.shareChars),
      // What the box is for, in the box itself (a fresh tester: an empty box said nothing).
      placeholder: t.draftPlaceholder,
      autocomplete: 'off',
      'aria-describedby': 'draft-note draft-hints',
      on: {
        input: (e) => {
          // Emptied to be written anew, or written on by the person: the note on kept words has
          // done its job and goes (a fresh tester, 2026-12-05, still read "your turn's time ran
          // out" above her words minutes later); the box stays (it must not vanish under the typist).
          if (e.isTrusted || !this.input.value.trim()) this.hideNote();
          this.hints.later(() => this.renderHints());
        },
      },
    });
    // Empty until there are kept words (update fills it): a hidden status region saying "What you
    // wrote and did not share is kept here" was read by a fresh tester who had written nothing.
    this.keptNote = h('p', { class: 'hint draft-kept', testid: 'draft-kept', role: 'status', hidden: true });
    this.el = h(
      'section',
      { class: 'draft', testid: 'draft', hidden: true, 'aria-labelledby': 'draft-label' },
      h('label', { id: 'draft-label', for: 'draft-input', class: 'composer-label' }, t.draftLabel),
      h('p', { id: 'draft-note', class: 'hint', testid: 'draft-note' }, t.draftHint),
      this.keptNote,
      this.input,
      this.hints.el,
    );
  }

  /** The note on kept words goes, and its words with it: a hidden status region holds none. */
  private hideNote(): void {
    this.keptNote.hidden = true;
    setText(this.keptNote, '');
  }

  private renderHints(): void {
    this.hints.show(this.input.value, this.ctx);
  }

  get text(): string {
    return this.input.value;
  }

  set text(v: string) {
    this.put(v);
  }

  /** Sets the text; someone typing here keeps the caret on the same characters, `by` places on. */
  private put(v: string, by = 0): void {
    setKeepingCaret(this.input, v, by);
    if (!v.trim()) {
      this.hideNote();
      this.kept = false;
    }
    this.renderHints();
  }

  /** Whether the box was given unshared words of an earlier turn (keep) not yet taken by a turn. */
  get holdsKept(): boolean {
    return this.kept;
  }

  /** Focus in the box with the caret after the last character (words just moved in). */
  focusAtEnd(): void {
    this.input.focus();
    const end = this.input.value.length;
    this.input.setSelectionRange(end, end);
  }

  /** Focus in the box with the caret (or selection) `c`: the typist goes on where they were. */
  focusAt(c: Caret): void {
    this.input.focus();
    placeCaret(this.input, c);
  }

  /**
   * Words of an earlier turn that were not shared (the connection dropped, the time ran out, a
   * seat lost and joined again) come in ahead of what is written here, with a note saying so:
   * waiting again for a turn, the person goes on writing where they can type (a fresh tester
   * found them in the greyed-out share box below an empty draft box). Someone typing here keeps
   * their caret on the same characters. Returns where the kept words end in the box, to put the
   * caret of someone who was typing them in the share box on the same characters here (focusAt).
   */
  keep(words: string, why: ShareEndReason | null = null): number {
    this.keptWhy = why;
    const now = this.input.value;
    const head = now.trim() ? `${words.replace(/\s+$/, '')}\n` : '';
    if (head) this.put(head + now, head.length);
    else this.put(words, words.length);
    this.kept = true;
    this.keptNote.hidden = false;
    return head ? head.length - 1 : words.length;
  }

  /**
   * Words kept here as unshared (keep) went to the room after all: their share event came once the
   * connection was back. They leave the box, unchanged words only (unsent.ts cutShared); whatever
   * was written before or after them stays, and someone typing keeps the caret on the same
   * characters. Emptied, the note on kept words goes with them. Returns whether they were here.
   */
  takeShared(words: string): boolean {
    const cut = cutShared(this.input.value, words);
    if (!cut) return false;
    cutKeepingCaret(this.input, cut);
    if (!cut.text.trim()) {
      this.hideNote();
      this.kept = false;
    }
    this.renderHints();
    return true;
  }

  get hasText(): boolean {
    return this.input.value.trim().length > 0;
  }

  /** Whether focus is in the draft box (the typist is writing there). */
  get focused(): boolean {
    return this.el.contains(document.activeElement);
  }

  /**
   * Shown while waiting (on deck or a hand up), while it holds unshared words of an earlier turn
   * (keep) so they can be written on, and while it holds any words at all; never on your own
   * turn, when the composer holds the text.
   */
  update(v: MeetingView): void {
    const me = v.participants.find((p) => p.id === v.you.id);
    const mine = v.speaker?.id === v.you.id;
    const waiting = OnDeck.place(v) === 1 || (me?.hand ?? null) !== null;
    // Words in the box never leave the page's sight: someone back from a drop, further back in
    // line for a late turn, saw the box hidden with their words in it (a fresh tester, 2026-12-03).
    this.el.hidden = mine || !(waiting || this.holdsKept || this.hasText);
    // What becomes of kept words: with a turn awaited they move to the share box when it comes;
    // without one, how to get one (a fresh tester: the note said where they were, not what next),
    // or that none is coming (the closing, past the last call, a round with nothing after it).
    // Anyone in line has a turn coming, a late turn too, not only the next one (a fresh tester,
    // 2026-12-03: "if you get another turn" under "You are number 3 in line").
    if (lostToDrop(this.keptWhy, me)) this.keptWhy = 'gone';
    setText(this.keptNote, this.keptNote.hidden ? '' : keptWhyLead(this.keptWhy, keptWords(v, app.t)));
    const ctx: HintContext = { otherNames: v.participants.filter((p) => p.id !== v.you.id).map((p) => p.name), lang: v.language, mode: v.guard.mode, ...(me ? { ownName: me.name } : {}) };
    const changed = ctx.lang !== this.ctx.lang || ctx.mode !== this.ctx.mode || ctx.ownName !== this.ctx.ownName || ctx.otherNames.join('\u0000') !== this.ctx.otherNames.join('\u0000');
    this.ctx = ctx;
    if (changed) this.renderHints();
  }

  /** Hands the draft over (to the composer, when the turn starts) and empties the box. */
  take(): string {
    const text = this.input.value;
    this.input.value = '';
    this.hideNote();
    this.kept = false;
    this.hints.cancel();
    this.renderHints();
    return text;
  }
}

/**
 * Whether a turn the server ended as run out of time (`why`; null: not known yet, the ending
 * replayed after the view that kept the words) was in fact lost to a drop: the
 * server learns of a silent link only later and dates the drop back, and then owes the turn as a
 * late turn (decide.ts owedAfterLateDrop), shown as her own entry's `missed` status or late-turn
 * hand. A fresh tester, back from 30 s offline with 8 s of her turn left, read "The time for your
 * turn ran out" while her late turn was on its way.
 */
export function lostToDrop(why: ShareEndReason | null, me: { status: string | null; lateTurn?: true } | undefined): boolean {
  return (why === null || why === 'timeout' || why === 'timeoutEmpty') && !!me && (me.status === 'missed' || me.lateTurn === true);
}

/**
 * The kept words' note with why the turn ended first, in one place (a fresh tester, 2026-12-05:
 * skipped while offline, the reason stood only in the transcript above the box): the chair moved
 * on, the connection was down, the time ran out, the chair muted you; other endings add nothing.
 */
export function keptWhyLead(why: ShareEndReason | null, what: string): string {
  const t = app.t;
  const lead = why === 'skipped' ? t.draftKeptWhySkipped : why === 'gone' ? t.draftKeptWhyGone : why === 'timeout' || why === 'timeoutEmpty' ? t.draftKeptWhyTimeout : why === 'muted' ? t.draftKeptWhyMuted : '';
  return lead ? `${lead} ${what}` : what;
}
