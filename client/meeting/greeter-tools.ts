// The greeter's tools (Issue 15): two buttons that send the format's set welcome, to the room or
// to the waiting room. No text box: the greeter role is not a private channel. Shown to the
// greeter; the server checks who may (NOT_GREETER) and how often (once a minute). Nobody becomes
// the greeter unasked: the chair's question comes here as a yes/no (`answerGreeter`), and the
// greeter can step down at any time. A button whose press the server would refuse from what the
// page already knows is off, with the reason beside it: the moment of silence (SILENCE), nobody
// at the door (NOBODY_WAITING, from view.waitingCount), and the minute after this page's own
// welcome to that place (ALREADY_DONE: once a minute per place).
import { findFormat } from '../../shared/meeting/formats.js';
import { GREET_INTERVAL_MS } from '../../shared/meeting/welcome.js';
import type { MeetingView } from '../../shared/meeting/view.js';
import type { Ack } from '../../shared/protocol.js';
import { app } from '../app.js';
import { h, setText } from '../dom.js';

export class GreeterTools {
  readonly el: HTMLElement;
  private preview: HTMLElement;
  /** What the waiting room will read: the format's set welcome for the door. */
  private previewWaiting: HTMLElement;
  private toWaiting: HTMLButtonElement;
  private sent: HTMLElement;
  private toRoom: HTMLButtonElement;
  /** Why the welcome cannot go now (the moment of silence), in words; the buttons point to it. */
  private silenceReason: HTMLElement;
  /** Nobody waits at the door: the welcome to the waiting room would be refused (NOBODY_WAITING). */
  private nobodyReason: HTMLElement;
  /** Within the minute after this page's own welcome to a place: it would be refused (ALREADY_DONE). */
  private againReason: HTMLElement;
  /** When this page's welcome to each place was accepted (local ms, performance.now), or absent. */
  private sentAt: Partial<Record<'room' | 'waiting', number>> = {};
  private againTimer: ReturnType<typeof setTimeout> | null = null;
  private last: MeetingView | null = null;
  /** The chair's question "would you like to be the greeter?", for the person asked only. */
  readonly askEl: HTMLElement;

  constructor(
    send: (where: 'room' | 'waiting') => Promise<Ack>,
    showError: (code: string, anchor?: HTMLElement) => void,
    /** Yes or no to the chair's question; the greeter's no steps down. */
    answer: (yes: boolean) => Promise<Ack> = async () => ({ ok: true }) as Ack,
  ) {
    const t = app.t;
    const reply = (yes: boolean, btn: () => HTMLButtonElement) => () =>
      void answer(yes).then((r) => {
        if (!r.ok) showError(r.code, btn());
      });
    const yesBtn: HTMLButtonElement = h('button', { class: 'button primary', type: 'button', testid: 'greeter-ask-yes', on: { click: reply(true, () => yesBtn) } }, t.greeterAskYes);
    const noBtn: HTMLButtonElement = h('button', { class: 'button secondary', type: 'button', testid: 'greeter-ask-no', on: { click: reply(false, () => noBtn) } }, t.greeterAskNo);
    this.askEl = h(
      'section',
      { class: 'banner info greeter-ask', testid: 'greeter-ask', 'aria-labelledby': 'greeter-ask-title', hidden: true },
      h('h2', { id: 'greeter-ask-title' }, t.greeterAskTitle),
      h('p', {}, t.greeterAskText),
      h('div', { class: 'composer-buttons' }, yesBtn, noBtn),
    );
    const stepDown: HTMLButtonElement = h('button', { class: 'button ghost small', type: 'button', testid: 'greeter-step-down', on: { click: reply(false, () => stepDown) } }, t.greeterStepDown);
    const go = (where: 'room' | 'waiting', btn: () => HTMLButtonElement) => () =>
      void send(where).then((r) => {
        // A new answer replaces the last: no "sent" left beside a refusal.
        this.sent.hidden = !r.ok;
        if (r.ok) {
          setText(this.sent, t.greetSent);
          // The ack came after the server's own time of sending: a minute from now, it is a
          // minute past that too, and the server takes the welcome again.
          this.sentAt[where] = performance.now();
          if (this.againTimer) clearTimeout(this.againTimer);
          this.againTimer = setTimeout(() => this.last && this.el.isConnected && this.update(this.last), GREET_INTERVAL_MS + 50);
          if (this.last) this.update(this.last);
        } else showError(r.code, btn());
      });
    const toRoom: HTMLButtonElement = h('button', { class: 'button secondary small', type: 'button', testid: 'greet-room', on: { click: go('room', () => toRoom) } }, t.greetRoom);
    this.toRoom = toRoom;
    this.silenceReason = h('p', { class: 'hint', id: 'greet-silence-reason', testid: 'greet-silence-reason', hidden: true }, t.greetSilenceReason);
    this.toWaiting = h('button', { class: 'button secondary small', type: 'button', testid: 'greet-waiting', on: { click: go('waiting', () => this.toWaiting) } }, t.greetWaiting);
    this.preview = h('p', { class: 'hint', testid: 'greet-preview' });
    this.previewWaiting = h('p', { class: 'hint', testid: 'greet-preview-waiting' });
    this.sent = h('p', { class: 'note', role: 'status', testid: 'greet-sent', hidden: true });
    this.nobodyReason = h('p', { class: 'hint', id: 'greet-nobody-reason', testid: 'greet-nobody-reason', hidden: true }, t.greetNobodyReason);
    this.againReason = h('p', { class: 'hint', id: 'greet-again-reason', testid: 'greet-again-reason', hidden: true }, t.greetAgainReason);
    this.el = h(
      'section',
      { class: 'panel greeter-tools', testid: 'greeter-tools', hidden: true },
      h('h2', {}, t.greeterTitle),
      h('p', { class: 'hint' }, t.greeterHint),
      h('p', { class: 'hint' }, t.greetPreviewRoom),
      this.preview,
      h('p', { class: 'hint' }, t.greetPreviewWaiting),
      this.previewWaiting,
      h('div', { class: 'button-wrap' }, toRoom, this.toWaiting),
      this.silenceReason,
      this.nobodyReason,
      this.sent,
      this.againReason,
      h('div', { class: 'button-wrap' }, stepDown),
    );
  }

  update(v: MeetingView): void {
    this.el.hidden = !v.you.isGreeter || v.phase === 'ended';
    this.askEl.hidden = v.greeterAsk !== v.you.id || v.phase === 'ended';
    this.last = v;
    // The moment of silence: the welcome waits (the server refuses it then, SILENCE). Nobody at
    // the door: the welcome to the waiting room has nobody to go to (NOBODY_WAITING; an unknown
    // count, null, is never taken for nobody). Within the minute after this page's own welcome
    // to a place, the server refuses it there again (ALREADY_DONE). Off, and saying why.
    const silence = !!v.script?.silence;
    const nobody = v.waitingCount === 0;
    const now = performance.now();
    const recent = (where: 'room' | 'waiting') => {
      const at = this.sentAt[where];
      return at !== undefined && now < at + GREET_INTERVAL_MS;
    };
    this.silenceReason.hidden = !silence;
    this.nobodyReason.hidden = !nobody;
    this.againReason.hidden = !recent('room') && !recent('waiting');
    const reasons: [HTMLButtonElement, [boolean, string][]][] = [
      [this.toRoom, [[silence, 'greet-silence-reason'], [recent('room'), 'greet-again-reason']]],
      [this.toWaiting, [[silence, 'greet-silence-reason'], [nobody, 'greet-nobody-reason'], [recent('waiting'), 'greet-again-reason']]],
    ];
    for (const [b, why] of reasons) {
      const ids = why.filter(([on]) => on).map(([, id]) => id);
      b.disabled = ids.length > 0;
      if (ids.length) b.setAttribute('aria-describedby', ids.join(' '));
      else b.removeAttribute('aria-describedby');
    }
    const g = findFormat(v.formatId)?.greetings;
    setText(this.preview, g ? `«${g.room[app.lang]}»` : '');
    setText(this.previewWaiting, g ? `«${g.waiting[app.lang]}»` : '');
  }
}
