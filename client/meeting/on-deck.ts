// On deck: a text share takes minutes to type, so whoever is next (the next in the circle, or
// the first raised hand) is told "you are next" when the turn before theirs starts: visibly, to
// screen readers, and if they chose so with a soft sound and a browser notification. Everyone
// else still to share sees their place in line.
import { notificationWords } from '../discreet-tab.js';
import type { MeetingView } from '../../shared/meeting/view.js';
import { app } from '../app.js';
import { choice, h, setText } from '../dom.js';
import type { Dict } from '../i18n.js';
import { announce, silence } from '../live-region.js';
import { loadPref, savePref } from '../session.js';
import { chime, soundEnabled } from './signal.js';
import { turnToggles } from './turn-toggles.js';

export const notifyEnabled = (): boolean => loadPref('notify') === 'on' && typeof Notification !== 'undefined' && Notification.permission === 'granted';

/**
 * What the on-deck box says in `v`: `visible`, the line shown ("You are next…", "You are number
 * 3 in line."), or null when the box is hidden (not waiting for a turn, or speaking, or
 * `seatGone`: offline past the seat's grace period, when the banner says the seat is probably
 * given up and "you are next" beside it would contradict it, as a fresh tester read); `next`:
 * this person is on deck, the only case in which the screen-reader line may say "you are next"
 * (it is empty otherwise).
 */
export function onDeckWords(v: MeetingView, t: Pick<Dict, 'onDeckYou' | 'onDeckPlace'>, seatGone = false): { visible: string | null; next: boolean } {
  const place = OnDeck.place(v);
  if (place === null || v.speaker?.id === v.you.id || seatGone) return { visible: null, next: false };
  return { visible: place === 1 ? t.onDeckYou : t.onDeckPlace(place), next: place === 1 };
}

export class OnDeck {
  readonly el: HTMLElement;
  readonly notifyToggle: HTMLElement;
  private text: HTMLElement;
  private live: HTMLElement;
  /** The turn (speaker and turn seq) during which this person was last told. */
  private toldFor: string | null = null;
  private notifyBox: HTMLInputElement;

  constructor() {
    const t = app.t;
    this.text = h('p', { class: 'on-deck-text' });
    this.el = h('div', { class: 'on-deck', testid: 'on-deck', hidden: true }, this.text);
    this.live = h('div', { class: 'visually-hidden', 'aria-live': 'assertive', testid: 'on-deck-announce' });
    this.el.append(this.live);
    this.notifyBox = h('input', { type: 'checkbox', testid: 'notify-toggle', props: { checked: loadPref('notify') === 'on' } });
    this.notifyBox.addEventListener('change', () => void this.toggleNotify());
    this.notifyToggle = choice(this.notifyBox, t.notifyLabel);
    this.notifyToggle.hidden = typeof Notification === 'undefined';
  }

  /** This person's place in line: 1 is on deck, null when not waiting for a turn. */
  static place(v: MeetingView): number | null {
    const i = v.upNext.indexOf(v.you.id);
    return i < 0 ? null : i + 1;
  }

  /** `seatGone`: offline past the seat's grace period (onDeckWords). */
  update(v: MeetingView, seatGone = false): void {
    const t = app.t;
    const place = OnDeck.place(v);
    const words = onDeckWords(v, t, seatGone);
    // Offered only where this browser can notify and "you are next" can still be said to this
    // person (turn-toggles.ts).
    this.notifyToggle.hidden = typeof Notification === 'undefined' || !turnToggles(v).notify;
    this.el.hidden = words.visible === null;
    this.el.classList.toggle('next', place === 1);
    // The screen-reader line says only what is true now: no longer next (the turn passed them
    // while they were offline, they are speaking, out of line), it is emptied at once, and an
    // announcement still on its way is called off.
    if (!words.next) this.silence();
    // Out of line (or no longer next) and back on deck in the same turn: told again.
    if (!words.next) this.toldFor = null;
    if (words.visible === null) return;
    setText(this.text, words.visible);
    // Told once per turn before theirs, when that turn has started (or they just came on deck).
    // A turn is its speaker and its `turn` seq, not its deadline: a held turn's return sets a new
    // deadline, and a screen reader heard "You are next" again for it (a fresh tester, 2026-12-05).
    const turn = v.speaker ? `${v.speaker.id}:${v.speaker.turn ?? v.speaker.deadline}` : 'none';
    if (words.next && this.toldFor !== turn) {
      this.toldFor = turn;
      this.tell();
    }
  }

  private silence(): void {
    silence(this.live);
  }

  private tell(): void {
    const t = app.t;
    announce(this.live, t.onDeckYou);
    if (soundEnabled()) chime();
    if (notifyEnabled()) {
      try {
        const w = notificationWords(t.onDeckNotifyTitle, t.onDeckYou);
        new Notification(w.title, { body: w.body, tag: w.tag, silent: true });
      } catch {
        // Some browsers allow notifications only from a service worker: the page says it anyway.
      }
    }
  }

  private async toggleNotify(): Promise<void> {
    const on = this.notifyBox.checked;
    if (on && Notification.permission !== 'granted') {
      const p = await Notification.requestPermission().catch(() => 'denied' as const);
      if (p !== 'granted') this.notifyBox.checked = false;
    }
    savePref('notify', this.notifyBox.checked ? 'on' : 'off');
  }
}
