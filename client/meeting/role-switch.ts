// A listener may find the courage to share, and a sharer may decide to only listen, without
// leaving the meeting. The server decides (setRole); this is one button in "you".
import type { MeetingView } from '../../shared/meeting/view.js';
import type { Ack } from '../../shared/protocol.js';
import { app } from '../app.js';
import { h, setText } from '../dom.js';

type Role = 'participant' | 'listener';

export class RoleSwitch {
  readonly el: HTMLButtonElement;
  /**
   * What the switch did, said right under the button: the transcript's line says it too, but on a
   * phone that is out of view above (a fresh tester, 2026-12-05, pressed it and saw nothing happen
   * but the button's words changing).
   */
  readonly note: HTMLElement;
  private role: Role = 'participant';
  /** The role `note` speaks of, while it is still the person's role. */
  private noted: Role | null = null;

  constructor(
    private send: (role: Role) => Promise<Ack>,
    private error: (code: string, anchor: HTMLElement) => void,
  ) {
    this.el = h('button', { class: 'button secondary small', type: 'button', testid: 'role-switch', on: { click: () => void this.toggle() } });
    this.note = h('p', { class: 'hint role-switch-done', testid: 'role-switch-done', role: 'status', hidden: true });
  }

  update(v: MeetingView, online: boolean): void {
    const me = v.participants.find((p) => p.id === v.you.id);
    if (!me) return;
    this.role = me.role;
    if (this.noted !== null && this.noted !== me.role) this.say(null);
    setText(this.el, me.role === 'listener' ? app.t.roleToShare : app.t.roleToListen);
    this.el.hidden = v.phase === 'ended' || v.phase === 'closing';
    // Not in the middle of one's own turn: pass or finish first.
    this.el.disabled = !online || v.speaker?.id === me.id;
  }

  private async toggle(): Promise<void> {
    this.el.disabled = true;
    const to: Role = this.role === 'listener' ? 'participant' : 'listener';
    const r = await this.send(to);
    this.el.disabled = false;
    if (r.ok || r.code === 'ALREADY_DONE') this.say(to);
    else this.error(r.code, this.el);
  }

  private say(role: Role | null): void {
    this.noted = role;
    this.note.hidden = role === null;
    setText(this.note, role === null ? '' : role === 'listener' ? app.t.tRoleListenYou : app.t.tRoleShareYou);
  }
}
