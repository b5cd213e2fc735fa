// Discreet attendance in the meeting page: the chair's switch to turn it on (it stays on), and the
// line that tells everyone else what they are shown. The names are already left out by the
// server; this only explains the short circle.
import type { MeetingView } from '../../shared/meeting/view.js';
import type { Ack } from '../../shared/protocol.js';
import { app } from '../app.js';
import { h, setText } from '../dom.js';

export class DiscreetPanel {
  readonly el: HTMLElement;
  private readonly note: HTMLElement;
  private readonly button: HTMLButtonElement;

  constructor(turnOn: () => Promise<Ack>, error: (code: string) => void) {
    const t = app.t;
    this.note = h('p', { class: 'hint', testid: 'discreet-note', hidden: true });
    this.button = h(
      'button',
      {
        class: 'button secondary small',
        type: 'button',
        testid: 'discreet-on',
        title: t.discreetTurnOnHint,
        hidden: true,
        on: {
          click: () =>
            void turnOn().then((r) => {
              if (!r.ok) error(r.code);
            }),
        },
      },
      t.discreetTurnOn,
    );
    this.el = h('div', { class: 'discreet-panel' }, this.note, this.button);
  }

  update(v: MeetingView, online: boolean): void {
    const t = app.t;
    const keeper = v.you.isChair || v.you.isCoChair;
    // No place number here: the on-deck line ("You are number 2 in line") is the one position a
    // person is shown, the one that decides when they speak. The round order's index (which
    // counts those who already shared) would contradict it.
    const text = !v.discreet ? '' : keeper ? t.discreetKeeper : t.discreetMember;
    setText(this.note, text);
    this.note.hidden = !text;
    // Not in the practice room: discreet attendance hides people from each other, and there the
    // only person is the one practising (the practice members see nothing): it would show nothing.
    this.button.hidden = v.discreet || !v.you.isChair || v.practice;
    this.button.disabled = !online;
  }
}
