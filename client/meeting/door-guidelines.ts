// The waiting room's part of the quiet welcome (Issue 15): the group's guidelines to read and
// accept (nobody can let you in before), and the greeter's set welcome when it comes. Everything
// shown here comes from the door view and the format: nothing of the meeting reaches the door.
import { findFormat, findReading } from '../../shared/meeting/formats.js';
import type { DoorView } from '../../shared/meeting/door.js';
import type { Ack } from '../../shared/protocol.js';
import { app } from '../app.js';
import { h, setText } from '../dom.js';

export class DoorGuidelines {
  readonly el: HTMLElement;
  private text: HTMLElement;
  private accept: HTMLButtonElement;
  private accepted: HTMLElement;
  private greeting: HTMLElement;
  private error: HTMLElement;

  constructor(send: () => Promise<Ack>, errorText: (code: string, message?: string) => string) {
    const t = app.t;
    this.text = h('p', { class: 'guidelines-text', testid: 'waiting-guidelines-text' });
    this.error = h('p', { class: 'inline-error', role: 'alert', hidden: true });
    this.accept = h(
      'button',
      {
        class: 'button primary',
        type: 'button',
        testid: 'waiting-accept',
        on: {
          click: () => {
            this.accept.disabled = true;
            void send().then((r) => {
              if (r.ok || r.code === 'ALREADY_DONE') return;
              this.accept.disabled = false;
              setText(this.error, errorText(r.code, r.message));
              this.error.hidden = false;
            });
          },
        },
      },
      t.waitingAccept,
    );
    this.accepted = h('p', { class: 'note', testid: 'waiting-accepted', role: 'status', hidden: true }, t.waitingAccepted);
    this.greeting = h('blockquote', { class: 'greeting', testid: 'waiting-greeting', hidden: true });
    this.el = h(
      'div',
      { class: 'door-guidelines', testid: 'waiting-guidelines' },
      this.greeting,
      h('h3', {}, t.waitingGuidelinesTitle),
      this.text,
      this.accept,
      this.error,
      this.accepted,
    );
  }

  update(d: DoorView): void {
    const lang = app.lang;
    setText(this.text, d.guidelinesText ?? findReading(d.formatId, 'guidelines')?.text[lang] ?? '');
    this.accept.hidden = d.accepted;
    this.accepted.hidden = !d.accepted;
    if (d.accepted) this.error.hidden = true;
    const g = d.greeted ? findFormat(d.formatId)?.greetings.waiting[lang] : undefined;
    this.greeting.hidden = !g;
    this.greeting.replaceChildren(...(g ? [h('strong', {}, app.t.waitingGreetingLabel), ' ', g] : []));
  }
}
