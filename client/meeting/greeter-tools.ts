// The greeter's tools (Issue 15): two buttons that send the format's set welcome, to the room or
// to the waiting room. No text box: the greeter role is not a private channel. Shown to the
// greeter and the chair; the server checks who may (NOT_GREETER) and how often (once a minute).
import { findFormat } from '../../shared/meeting/formats.js';
import type { MeetingView } from '../../shared/meeting/view.js';
import type { Ack } from '../../shared/protocol.js';
import { app } from '../app.js';
import { h, setText } from '../dom.js';

export class GreeterTools {
  readonly el: HTMLElement;
  private preview: HTMLElement;
  private toWaiting: HTMLButtonElement;
  private sent: HTMLElement;

  constructor(send: (where: 'room' | 'waiting') => Promise<Ack>, showError: (code: string, anchor?: HTMLElement) => void) {
    const t = app.t;
    const go = (where: 'room' | 'waiting', btn: () => HTMLButtonElement) => () =>
      void send(where).then((r) => {
        if (r.ok) {
          setText(this.sent, t.greetSent);
          this.sent.hidden = false;
        } else showError(r.code, btn());
      });
    const toRoom: HTMLButtonElement = h('button', { class: 'button secondary small', type: 'button', testid: 'greet-room', on: { click: go('room', () => toRoom) } }, t.greetRoom);
    this.toWaiting = h('button', { class: 'button secondary small', type: 'button', testid: 'greet-waiting', on: { click: go('waiting', () => this.toWaiting) } }, t.greetWaiting);
    this.preview = h('p', { class: 'hint', testid: 'greet-preview' });
    this.sent = h('p', { class: 'note', role: 'status', testid: 'greet-sent', hidden: true });
    this.el = h(
      'section',
      { class: 'panel greeter-tools', testid: 'greeter-tools', hidden: true },
      h('h2', {}, t.greeterTitle),
      h('p', { class: 'hint' }, t.greeterHint),
      this.preview,
      h('div', { class: 'button-wrap' }, toRoom, this.toWaiting),
      this.sent,
    );
  }

  update(v: MeetingView): void {
    this.el.hidden = !v.you.isGreeter || v.phase === 'ended';
    const g = findFormat(v.formatId)?.greetings;
    setText(this.preview, g ? `«${g.room[app.lang]}»` : '');
  }
}
