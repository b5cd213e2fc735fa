// Write while you wait: whoever is on deck or has a hand up gets a private draft box. Nothing in
// it leaves the device until their turn begins; then one press shares it. The draft lives only
// in this page's memory: never in storage, gone on leaving or quick exit.
import type { MeetingView } from '../../shared/meeting/view.js';
import type { Ack } from '../../shared/protocol.js';
import { app } from '../app.js';
import { h, setText } from '../dom.js';
import { LIMITS } from '../wire.js';
import { OnDeck } from './on-deck.js';

export class DraftBox {
  readonly el: HTMLElement;
  readonly input: HTMLTextAreaElement;
  private post: HTMLButtonElement;
  private note: HTMLElement;
  private mine = false;
  private busy = false;

  constructor(
    private share: (text: string) => Promise<Ack>,
    private error: (code: string, anchor: HTMLElement) => void,
  ) {
    const t = app.t;
    this.input = h('textarea', { id: 'draft-input', class: 'draft-input', testid: 'draft-input', rows: '3', maxlength: String(LIMITS.shareChars), autocomplete: 'off', 'aria-describedby': 'draft-note' });
    this.post = h('button', { class: 'button primary', type: 'button', testid: 'draft-post', on: { click: () => void this.send() } }, t.draftPost);
    this.note = h('p', { id: 'draft-note', class: 'hint', testid: 'draft-note' }, t.draftHint);
    this.el = h(
      'section',
      { class: 'draft', testid: 'draft', hidden: true, 'aria-labelledby': 'draft-label' },
      h('label', { id: 'draft-label', for: 'draft-input', class: 'composer-label' }, t.draftLabel),
      this.note,
      this.input,
      h('div', { class: 'button-wrap draft-actions' }, this.post),
    );
  }

  get text(): string {
    return this.input.value;
  }

  set text(v: string) {
    this.input.value = v;
  }

  get hasText(): boolean {
    return this.input.value.trim().length > 0;
  }

  update(v: MeetingView, online: boolean): void {
    const me = v.participants.find((p) => p.id === v.you.id);
    this.mine = v.speaker?.id === v.you.id;
    const waiting = OnDeck.place(v) === 1 || (me?.hand ?? null) !== null;
    // Open while waiting; on your own turn only while there is something to post.
    this.el.hidden = !(waiting || (this.mine && this.hasText));
    this.el.classList.toggle('ready', this.mine);
    setText(this.note, this.mine ? app.t.draftYourTurn : app.t.draftHint);
    this.post.hidden = !this.mine;
    this.post.disabled = !online || v.frozen || this.busy;
  }

  focusPost(): void {
    this.post.focus();
  }

  private async send(): Promise<void> {
    const text = this.input.value.trim();
    if (!text || !this.mine || this.busy) return;
    this.busy = true;
    this.post.disabled = true;
    const r = await this.share(text);
    this.busy = false;
    this.post.disabled = false;
    if (!r.ok) return this.error(r.code, this.post);
    this.input.value = '';
    this.el.hidden = true;
  }
}
