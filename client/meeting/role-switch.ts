// A listener may find the courage to share, and a sharer may decide to only listen, without
// leaving the meeting. The server decides (setRole); this is one button in "you".
import type { MeetingView } from '../../shared/meeting/view.js';
import type { Ack } from '../../shared/protocol.js';
import { app } from '../app.js';
import { h, setText } from '../dom.js';

export class RoleSwitch {
  readonly el: HTMLButtonElement;
  private role: 'participant' | 'listener' = 'participant';

  constructor(
    private send: (role: 'participant' | 'listener') => Promise<Ack>,
    private error: (code: string, anchor: HTMLElement) => void,
  ) {
    this.el = h('button', { class: 'button secondary small', type: 'button', testid: 'role-switch', on: { click: () => void this.toggle() } });
  }

  update(v: MeetingView, online: boolean): void {
    const me = v.participants.find((p) => p.id === v.you.id);
    if (!me) return;
    this.role = me.role;
    setText(this.el, me.role === 'listener' ? app.t.roleToShare : app.t.roleToListen);
    this.el.hidden = v.phase === 'ended' || v.phase === 'closing';
    // Not in the middle of one's own turn: pass or finish first.
    this.el.disabled = !online || v.speaker?.id === me.id;
  }

  private async toggle(): Promise<void> {
    this.el.disabled = true;
    const r = await this.send(this.role === 'listener' ? 'participant' : 'listener');
    this.el.disabled = false;
    if (!r.ok && r.code !== 'ALREADY_DONE') this.error(r.code, this.el);
  }
}
