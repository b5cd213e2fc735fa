// On deck: a text share takes minutes to type, so whoever is next (the next in the circle, or
// the first raised hand) is told "you are next" when the turn before theirs starts: visibly, to
// screen readers, and if they chose so with a soft sound and a browser notification. Everyone
// else still to share sees their place in line.
import { notificationWords } from '../discreet-tab.js';
import type { MeetingView } from '../../shared/meeting/view.js';
import { app } from '../app.js';
import { choice, h, setText } from '../dom.js';
import { loadPref, savePref } from '../session.js';
import { chime, soundEnabled } from './signal.js';

export const notifyEnabled = (): boolean => loadPref('notify') === 'on' && typeof Notification !== 'undefined' && Notification.permission === 'granted';

export class OnDeck {
  readonly el: HTMLElement;
  readonly notifyToggle: HTMLElement;
  private text: HTMLElement;
  private live: HTMLElement;
  /** The turn (speaker and deadline) during which this person was last told. */
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

  update(v: MeetingView): void {
    const t = app.t;
    const place = OnDeck.place(v);
    const speaking = v.speaker?.id === v.you.id;
    this.el.hidden = place === null || speaking;
    this.el.classList.toggle('next', place === 1);
    if (place === null || speaking) return;
    setText(this.text, place === 1 ? t.onDeckYou : t.onDeckPlace(place));
    // Told once per turn before theirs, when that turn has started (or they just came on deck).
    const turn = v.speaker ? `${v.speaker.id}:${v.speaker.deadline}` : 'none';
    if (place === 1 && this.toldFor !== turn) {
      this.toldFor = turn;
      this.tell();
    }
  }

  private tell(): void {
    const t = app.t;
    setText(this.live, '');
    setTimeout(() => setText(this.live, t.onDeckYou), 50);
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
