// The greeter's tools (Issue 15): two buttons that send the format's set welcome, to the room or
// to the waiting room. No text box: the greeter role is not a private channel. Shown to the
// greeter; the server checks who may (NOT_GREETER) and how often (once a minute). Nobody becomes
// the greeter unasked: the chair's question comes here as a yes/no (`answerGreeter`), and the
// greeter can step down at any time.
import { findFormat } from '../../shared/meeting/formats.js';
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
        if (r.ok) setText(this.sent, t.greetSent);
        else showError(r.code, btn());
      });
    const toRoom: HTMLButtonElement = h('button', { class: 'button secondary small', type: 'button', testid: 'greet-room', on: { click: go('room', () => toRoom) } }, t.greetRoom);
    this.toRoom = toRoom;
    this.silenceReason = h('p', { class: 'hint', id: 'greet-silence-reason', testid: 'greet-silence-reason', hidden: true }, t.greetSilenceReason);
    this.toWaiting = h('button', { class: 'button secondary small', type: 'button', testid: 'greet-waiting', on: { click: go('waiting', () => this.toWaiting) } }, t.greetWaiting);
    this.preview = h('p', { class: 'hint', testid: 'greet-preview' });
    this.previewWaiting = h('p', { class: 'hint', testid: 'greet-preview-waiting' });
    this.sent = h('p', { class: 'note', role: 'status', testid: 'greet-sent', hidden: true });
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
      this.sent,
      h('div', { class: 'button-wrap' }, stepDown),
    );
  }

  update(v: MeetingView): void {
    this.el.hidden = !v.you.isGreeter || v.phase === 'ended';
    this.askEl.hidden = v.greeterAsk !== v.you.id || v.phase === 'ended';
    // The moment of silence: the welcome waits (the server refuses it then, SILENCE); the buttons
    // are off and say why.
    const silence = !!v.script?.silence;
    this.silenceReason.hidden = !silence;
    for (const b of [this.toRoom, this.toWaiting]) {
      b.disabled = silence;
      if (silence) b.setAttribute('aria-describedby', 'greet-silence-reason');
      else b.removeAttribute('aria-describedby');
    }
    const g = findFormat(v.formatId)?.greetings;
    setText(this.preview, g ? `«${g.room[app.lang]}»` : '');
    setText(this.previewWaiting, g ? `«${g.waiting[app.lang]}»` : '');
  }
}
