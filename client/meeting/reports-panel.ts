// The chair's list of reports from the room (issue 12): each names the reason and the share it
// concerns (its words as the server sends them to the chair, whenever the chair came in:
// report-quote.ts), and how many sent it, never who (the server never says). The chair can remove
// the share for everyone from here, with a second press, or leave it as it is.
import type { ReportView } from '../../shared/meeting/reports.js';
import type { MeetingView } from '../../shared/meeting/view.js';
import { app } from '../app.js';
import { h, setText } from '../dom.js';
import { openHelp } from '../help.js';
import { confirmButton } from './confirm-button.js';
import { firstWords } from './report.js';
import { reportedShare, reportQuote, type QuotedShare } from './report-quote.js';
import type { Send, ShowError } from './chair-panel.js';

/** The words of a share this page was sent, by its seq; null if it came before this page. */
export type ShareOf = (seq: number) => QuotedShare | null;

export class ReportsPanel {
  readonly el: HTMLElement;
  /** A line for the chair's bar: how many shares have open reports, and a way to them. */
  readonly barEl: HTMLElement;
  private barText: HTMLElement;
  private list: HTMLUListElement;
  private none: HTMLElement;
  private shown = '';
  private reports: ReportView[] = [];
  /**
   * Shares the chair pressed "Leave it" on, until the view without them arrives (`leaveShare`):
   * the row goes at once, not a round trip later.
   */
  private leftAsIs = new Set<number>();
  /** Long shares the chair opened whole ("Show the whole share"), by seq. */
  private whole = new Set<number>();

  constructor(
    private send: Send,
    private error: ShowError,
    private shareOf: ShareOf,
  ) {
    const t = app.t;
    this.list = h('ul', { class: 'reports-list', testid: 'chair-reports-list' });
    this.none = h('p', { class: 'hint', testid: 'chair-reports-none' }, t.reportsNone);
    this.el = h('div', { class: 'chair-section', testid: 'chair-reports', tabindex: '-1' }, h('h3', {}, t.reportsTitle), h('p', { class: 'hint' }, t.reportsHint), this.none, this.list);
    this.barText = h('span', {});
    const go = h('button', { class: 'button ghost small', type: 'button', testid: 'chair-bar-reports-go' }, t.reportsGo);
    go.addEventListener('click', () => {
      this.el.scrollIntoView({ block: 'start' });
      this.el.focus({ preventScroll: true });
    });
    this.barEl = h('p', { class: 'hint warn chair-bar-reports', testid: 'chair-bar-reports', role: 'status', hidden: true }, this.barText, ' ', go);
  }

  /**
   * "Leave it": the guard's mark and the reports so far come off the share at `seq`, for this
   * chair and any after (`leaveShare`); the row goes at once, and comes back with the error if the
   * server refused.
   */
  private leave(seq: number): void {
    this.leftAsIs.add(seq);
    this.render();
    void this.send('leaveShare', { share: seq }).then((r) => {
      if (r.ok || r.code === 'ALREADY_DONE') return;
      this.leftAsIs.delete(seq);
      this.render();
      this.error(r.code, this.el);
    });
  }

  /** "Show the whole share" or "Show less": the row is built again with the share cut or whole. */
  private toggleWhole(seq: number): void {
    if (!this.whole.delete(seq)) this.whole.add(seq);
    this.render();
    this.list.querySelector<HTMLElement>(`[data-seq="${seq}"] [data-testid="chair-report-whole"]`)?.focus();
  }

  update(v: MeetingView): void {
    this.reports = v.reports ?? [];
    // The server has taken the mark off (or it is back, the command refused): the view decides.
    for (const seq of this.leftAsIs) if (!this.reports.some((r) => r.share === seq)) this.leftAsIs.delete(seq);
    for (const seq of this.whole) if (!this.reports.some((r) => r.share === seq)) this.whole.delete(seq);
    this.render();
  }

  /**
   * The page's transcript learned or lost a share's words (a share or shareHidden event): for an
   * entry recorded before the server sent the chair the words (ReportView.text null), which the
   * list quotes from the transcript once the share it names has arrived.
   */
  sharesChanged(): void {
    this.render();
  }

  private render(): void {
    const reports = this.reports.filter((r) => !this.leftAsIs.has(r.share));
    // Rebuild only when the reports or the shares they name change, so a button under the
    // chair's finger stays put.
    const key = JSON.stringify([reports, [...new Set(reports.map((r) => r.share))].map((seq) => this.shareOf(seq)), [...this.whole]]);
    if (key === this.shown) return;
    this.shown = key;
    this.none.hidden = reports.length > 0;
    const byShare = new Map<number, ReportView[]>();
    for (const r of reports) byShare.set(r.share, [...(byShare.get(r.share) ?? []), r]);
    this.barEl.hidden = byShare.size === 0;
    // Reported by someone, or only marked by the guard: said apart, since nobody reported the latter.
    const reported = [...byShare.values()].filter((rs) => rs.some((r) => r.reason !== 'guardHint')).length;
    const guarded = byShare.size - reported;
    // A crisis is said first, in the bar itself (a fresh tester, 2026-12-05: only "someone
    // reported a share" showed, the reason deep in the tools).
    const crisis = reports.some((r) => r.reason === 'crisis');
    setText(this.barText, [crisis ? app.t.reportsCrisisBar : null, reported ? app.t.reportsWaiting(reported) : null, guarded ? app.t.reportsGuarded(guarded) : null].filter(Boolean).join(' '));
    this.list.replaceChildren(...[...byShare].map(([seq, rs]) => this.row(seq, rs)));
  }

  private row(seq: number, reports: ReportView[]): HTMLElement {
    const t = app.t;
    // The server sends the chair the words (ReportView.text); the page's transcript only for an
    // entry recorded before it did.
    const share = reportedShare(reports[0]!, reports[0]!.text === null ? this.shareOf(seq) : null);
    const quote = reportQuote(share, this.whole.has(seq), t);
    const hide = confirmButton(
      () => app.t.hideShare,
      'chair-report-hide',
      'button danger small',
      () => {
        void this.send('hideShare', { share: seq }).then((r) => {
          if (!r.ok) this.error(r.code, hide);
        });
      },
      undefined,
      // Whose share, as under the share itself (report.ts shareMenu).
      share ? () => app.t.hideShareConfirm(share.name, firstWords(share.text)) : undefined,
    );
    const leave = h('button', { class: 'button ghost small', type: 'button', testid: 'chair-report-leave', on: { click: () => this.leave(seq) } }, t.reportLeave);
    // The guard's line says nobody reported the share only while nobody has.
    const reported = reports.some((r) => r.reason !== 'guardHint');
    return h(
      'li',
      { testid: 'chair-report', 'data-seq': String(seq) },
      ...reports.map((r) => h('p', { class: 'report-reason', testid: `chair-report-reason-${r.reason}` }, reasonLine(r, reported))),
      h('blockquote', { testid: 'chair-report-share' }, quote.quote),
      quote.toggle
        ? h(
            'button',
            { class: 'button ghost small', type: 'button', testid: 'chair-report-whole', 'aria-expanded': String(this.whole.has(seq)), on: { click: () => this.toggleWhole(seq) } },
            quote.toggle,
          )
        : null,
      // Someone may be in crisis: where the help lines are, one tap away (a fresh tester,
      // 2026-12-05: a new chair had only "Remove for everyone" and "Leave it" to go on).
      reports.some((r) => r.reason === 'crisis')
        ? h('p', { class: 'hint', testid: 'chair-report-crisis' }, t.reportCrisisHelp, ' ', h('button', { class: 'button ghost small', type: 'button', testid: 'chair-report-help', on: { click: () => void openHelp() } }, t.help))
        : null,
      h('div', { class: 'button-wrap' }, hide, leave),
    );
  }
}

/**
 * A reason's line: the guard's mark names what it found, when the view says (ReportView.kinds),
 * and says that nobody reported the share unless someone did (`reported`).
 */
function reasonLine(r: ReportView, reported: boolean): string {
  const t = app.t;
  if (r.reason !== 'guardHint') return t.reportsLine(t[`reportReason_${r.reason}`], r.count);
  const found = r.kinds?.length ? new Intl.ListFormat(app.lang, { type: 'conjunction' }).format(r.kinds.map((k) => t[`guardKind_${k}`])) : null;
  return t.reportGuardHint(found, reported);
}
