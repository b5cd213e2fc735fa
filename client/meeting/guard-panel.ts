// The chair's share guard (issue 12): the mode (off / nudge / hold), changeable in the meeting,
// and the one thing the chair learns about flagged shares: how many went out after a hint (or
// were held). Never which ones, never who: the guard informs the speaker, the chair decides.
import { GUARD_MODES, type GuardMode } from '../../shared/meeting/guard-mode-names.js';
import type { MeetingView } from '../../shared/meeting/view.js';
import { app } from '../app.js';
import { h, setText } from '../dom.js';
import { quietFirst } from '../live-region.js';
import type { Send, ShowError } from './chair-panel.js';

export class GuardPanel {
  readonly el: HTMLElement;
  private select: HTMLSelectElement;
  private count: HTMLElement;

  constructor(send: Send, error: ShowError) {
    const t = app.t;
    this.select = h(
      'select',
      {
        id: 'chair-guard-mode',
        testid: 'chair-guard-mode',
        on: {
          change: () => {
            const mode = this.select.value as GuardMode;
            void send('setGuardMode', { mode }).then((r) => {
              if (!r.ok && r.code !== 'ALREADY_DONE') error(r.code, this.select);
            });
          },
        },
      },
      ...GUARD_MODES.map((m) => h('option', { value: m }, t[`guardMode_${m}`])),
    );
    // A status region once shown a moment (quietFirst): its first words came with the chair panel.
    this.count = h('p', { class: 'hint', testid: 'chair-guard-count' });
    this.el = h(
      'div',
      { class: 'chair-section', testid: 'chair-guard' },
      h('h3', {}, h('label', { for: 'chair-guard-mode' }, t.guardModeLabel)),
      h('p', { class: 'hint' }, t.guardModeHint),
      this.select,
      this.count,
    );
  }

  update(v: MeetingView): void {
    const t = app.t;
    if (document.activeElement !== this.select) this.select.value = v.guard.mode;
    const n = v.guard.count ?? 0;
    setText(this.count, n === 0 ? t.guardCountNone : t.guardCount(n));
    quietFirst(this.count);
  }
}
