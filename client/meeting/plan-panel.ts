// The chair's plan for a round that fits the time: when sharing must end, the last call before
// it, the suggested share length (time left ÷ people still to share) with one press to apply
// it, and whether people who have not shared yet go first in the hand queue. The server keeps
// the plan and enforces the last call; this only shows and asks. The time left counts down on
// its own between views, as the share clock does (Countdown): a fresh tester's chair saw it stand
// still while someone typed a long share, then jump.
import { suggestedShareMs } from '../../shared/meeting/round-plan.js';
import type { MeetingView } from '../../shared/meeting/view.js';
import { app } from '../app.js';
import { h, setText } from '../dom.js';
import { quarterTimesAhead } from '../time.js';

/** How many quarter hours ahead the end of sharing may be chosen (8 hours; the server allows 12). */
const PLAN_QUARTERS = 32;
import { onBeat } from './beat.js';
import { clockTime, formatLeft, formatLength } from './describe.js';
import { namesList } from './chair-words.js';
import { noTurnNames } from './no-turn.js';
import type { Send, ShowError } from './chair-panel.js';
import { ageView } from './view-age.js';
import { owedAway, stillWaiting } from './chair-steps.js';

const LAST_CALL_MINUTES = [0, 5, 10, 15, 20];


/**
 * Whom a new share length would serve in `v`, and what to suggest for them. `setShareLength`
 * applies from the next turn on (the turn under way keeps its clock), so the suggestion is for
 * those whose turn is still to begin, `later`: the people still to share (`plan.toShare`) less the
 * speaker when the count holds them (in a circle round always; otherwise while they have not
 * shared yet, which the chair's view says, and which a co-chair's, without it, takes to be so).
 * The time they share is the time left less the speaker's own. `ms`: the suggested length, null
 * when nobody's turn is still to begin (a tester saw "Suggestion: … per share" beside "0 more
 * people to share": a suggestion for nobody) or no end of sharing is set. Null where the count
 * means nothing (`toShare` null).
 */
export function planSuggestion(v: MeetingView): { later: number; ms: number | null } | null {
  if (v.plan.toShare === null) return null;
  const sp = v.speaker;
  // The one count of those after the speaker (chair-steps.ts stillWaiting), which the chair's other counts read too.
  const later = stillWaiting(v);
  const left = v.plan.remainingMs === null ? null : Math.max(0, v.plan.remainingMs - (sp?.remainingMs ?? 0));
  return { later, ms: later > 0 ? suggestedShareMs(left, later) : null };
}

/**
 * Who is still to share, in the words of the plan's status line, with `left` the time left in
 * words: `n` the server's count (plan.toShare), `later` those of them whose turn is still to begin
 * (planSuggestion). The count said is the one the suggestion divides by: a tester read "2 more
 * people to share" beside a suggestion for one (the count held the chair, sharing now). With the
 * speaker counted, the others are said to come after them; with only the speaker, that nobody
 * else is to share. With nobody, "everyone has had a turn" only when it is so: a member muted
 * (or away past their seat's time) before their turn came had none, and is named, as is one owed
 * a turn while away in their seat's hold (chair-steps.ts owedAway).
 */
export function countWords(v: MeetingView, n: number, later: number, left: string): string {
  const t = app.t;
  // A late turn here (view `lateTurn`: a drop took the turn they were in, their hand is first in
  // the queue) is named as one: counted or not (one who had shared before the drop is not), it
  // is still to come, and "everyone has had their turn" would be untrue.
  const late = v.participants.filter((p) => p.lateTurn === true && p.connected && p.id !== v.speaker?.id).map((p) => p.name);
  const lateWords = late.length > 0 ? ` ${t.planLateTurns(namesList(late, app.lang), late.length > 1)}` : '';
  if (n > later) return (later === 0 ? t.planLeftSpeakerOnly(left) : t.planLeftAfterSpeaker(left, later)) + lateWords;
  if (n > 0) return t.planLeft(left, n) + lateWords;
  if (late.length > 0 && noTurnNames(v).length === 0 && owedAway(v).length === 0) return t.planLeftLateOnly(left, namesList(late, app.lang), late.length > 1);
  if (late.length > 0) return countWordsNone(v, left) + lateWords;
  return countWordsNone(v, left);
}

/** The plan's words with nobody counted still to share (countWords): those without a turn named, or "everyone has had their turn". */
function countWordsNone(v: MeetingView, left: string): string {
  const t = app.t;
  // Those owed a turn while away, their seat kept, by hands or where the chair picks (the core's
  // count leaves them out until they are back): not "everyone has had their turn" (a fresh
  // tester's chair ended the round so told). A circle round's (`missed`) are among noTurnNames.
  const none = [...noTurnNames(v), ...(v.effectiveMode === 'circle' ? [] : owedAway(v))];
  return none.length > 0 ? t.planLeftNoTurn(left, namesList(none, app.lang)) : t.planLeft(left, 0);
}

/** "HH:MM" today (or, if already past, tomorrow) as ms from now by this device's clock. */
export function msUntil(hhmm: string, now: number): number {
  const [hh, mm] = hhmm.split(':').map(Number);
  const d = new Date(now);
  d.setHours(hh ?? 0, mm ?? 0, 0, 0);
  if (d.getTime() <= now) d.setDate(d.getDate() + 1);
  return d.getTime() - now;
}

export class PlanPanel {
  readonly el: HTMLElement;
  private ends: HTMLSelectElement;
  private lastCall: HTMLSelectElement;
  private setBtn: HTMLButtonElement;
  private clearBtn: HTMLButtonElement;
  private status: HTMLElement;
  private suggest: HTMLElement;
  private applyBtn: HTMLButtonElement;
  private priority: HTMLInputElement;
  private suggested: number | null = null;
  /** The view last drawn and when it was (performance.now()): the tick draws it aged by the time since. */
  private v: MeetingView | null = null;
  private at = 0;
  /** Leaves the page's beat (beat.ts) while sharing's end counts down, else null. */
  private timer: (() => void) | null = null;

  constructor(
    private send: Send,
    private error: ShowError,
  ) {
    const t = app.t;
    this.ends = h('select', { id: 'plan-ends', testid: 'plan-ends' });
    this.lastCall = h('select', { id: 'plan-lastcall', testid: 'plan-lastcall' }, ...LAST_CALL_MINUTES.map((m) => h('option', { value: String(m) }, String(m))));
    this.lastCall.value = '5';
    this.setBtn = h('button', { class: 'button secondary small', type: 'button', testid: 'plan-set', on: { click: () => this.setPlan() } }, t.planSet);
    this.clearBtn = h('button', { class: 'button ghost small', type: 'button', testid: 'plan-clear', on: { click: () => this.run(this.clearBtn, () => this.send('setPlan', { endsInMs: null, lastCallMs: 0 })) } }, t.planClear);
    this.status = h('p', { class: 'plan-status', testid: 'plan-status', hidden: true });
    this.suggest = h('p', { class: 'hint', testid: 'plan-suggest' });
    this.applyBtn = h('button', { class: 'button small', type: 'button', testid: 'plan-apply', on: { click: () => this.apply() } }, t.planApply);
    this.priority = h('input', {
      type: 'checkbox',
      id: 'plan-priority',
      testid: 'plan-priority',
      on: { change: () => this.run(this.priority, () => this.send('setHandPriority', { on: this.priority.checked })) },
    });
    this.el = h(
      'div',
      { class: 'chair-section plan', testid: 'chair-plan' },
      h('h3', {}, t.planTitle),
      h(
        'div',
        { class: 'plan-row' },
        h('span', { class: 'field-inline' }, h('label', { for: 'plan-ends' }, t.planEndsLabel), this.ends),
        h('span', { class: 'field-inline' }, h('label', { for: 'plan-lastcall' }, t.planLastCallLabel), this.lastCall),
      ),
      h('div', { class: 'button-wrap' }, this.setBtn, this.clearBtn),
      this.status,
      h('div', { class: 'button-wrap plan-suggest' }, this.suggest, this.applyBtn),
      h('div', { class: 'choice' }, this.priority, h('label', { for: 'plan-priority' }, t.planPriority)),
    );
    this.fillTimes();
  }

  /** The next eight hours' quarter hours, past midnight too; refilled when the chair sets a plan or the list has run short. */
  private fillTimes(): void {
    const keep = this.ends.value;
    const list = quarterTimesAhead(Date.now(), PLAN_QUARTERS);
    this.ends.replaceChildren(...list.map((x) => h('option', { value: x }, x)));
    // A sensible default: about three quarters of an hour from now.
    this.ends.value = list.includes(keep) ? keep : (list[Math.min(2, list.length - 1)] ?? '');
  }

  /**
   * Draws `v` (already aged to now) and, while sharing has an end, counts its time left down
   * from here on this device's monotonic clock until the next view. The status line is no live
   * region: the ticks are not read out.
   */
  update(v: MeetingView): void {
    this.v = v;
    this.at = performance.now();
    const plan = v.plan;
    this.setBtn.disabled = v.phase === 'closing' || v.phase === 'ended';
    this.clearBtn.hidden = plan.sharingEndsAt === null;
    this.priority.checked = plan.notSharedFirst;
    this.render(v);
    if (plan.remainingMs === null) this.stop();
    else this.timer ??= onBeat(() => this.tick());
    // The first choice gone by (a quarter hour passed): the list moves on, past midnight too.
    if (document.activeElement !== this.ends && this.ends.options[0]?.value !== quarterTimesAhead(Date.now(), 1)[0]) this.fillTimes();
  }

  private tick(): void {
    // A panel taken off the page (the chair handed on) stops counting.
    if (!this.v || !this.el.isConnected) return this.stop();
    this.render(ageView(this.v, performance.now() - this.at));
  }

  stop(): void {
    this.timer?.();
    this.timer = null;
  }

  /** The time left and the suggestion from it; text is replaced only when it changes. */
  private render(v: MeetingView): void {
    const t = app.t;
    const plan = v.plan;
    const closing = v.phase === 'closing' || v.phase === 'ended';
    // The server's count (shared/meeting/on-deck.ts stillToShare); null where it means nothing
    // (before the round, at the closing): then only the time left is said.
    const n = plan.toShare;
    const suggestion = planSuggestion(v);
    this.status.hidden = plan.remainingMs === null;
    if (plan.remainingMs !== null && plan.sharingEndsAt !== null) {
      const left = formatLeft(plan.remainingMs, t);
      const count = n === null ? t.planLeftTime(left) : countWords(v, n, suggestion?.later ?? n, left);
      const words = t.planStatus(clockTime(plan.sharingEndsAt, app.lang), `${count}${plan.lastCall ? ` ${t.lastCallBanner}` : ''}`);
      if (this.status.textContent !== words) setText(this.status, words);
    }
    // For those whose turn is still to begin only (planSuggestion): none when nobody's is.
    this.suggested = suggestion?.ms ?? null;
    const show = this.suggested !== null && !closing;
    this.suggest.parentElement!.hidden = !show;
    if (this.suggested !== null) {
      const words = t.planSuggest(formatLength(this.suggested, t), formatLength(v.shareMs, t));
      if (this.suggest.textContent !== words) setText(this.suggest, words);
    }
    this.applyBtn.disabled = this.suggested === v.shareMs;
  }

  private setPlan(): void {
    this.fillTimes();
    const endsInMs = msUntil(this.ends.value, Date.now());
    const lastCallMs = Number(this.lastCall.value) * 60_000;
    this.run(this.setBtn, () => this.send('setPlan', { endsInMs, lastCallMs }));
  }

  private apply(): void {
    const ms = this.suggested;
    if (ms === null) return;
    this.run(this.applyBtn, () => this.send('setShareLength', { ms }));
  }

  private run(anchor: HTMLElement, go: () => Promise<{ ok: boolean; code?: string }>): void {
    void go().then((r) => {
      if (!r.ok && r.code) this.error(r.code, anchor);
    });
  }
}
