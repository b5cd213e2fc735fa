// The circle in turn order: who speaks, who has shared or passed, who chairs, who listens, hands
// and their place in the queue, who is disconnected. Rows are kept by id and updated in place so
// an open chair menu or a focused button survives the many views a meeting sends.
import type { MeetingView, ParticipantView } from '../../shared/meeting/view.js';
import { app } from '../app.js';
import { h, setText } from '../dom.js';
import { isOwedAway } from './chair-steps.js';

export interface ChairActions {
  /** Builds the chair's per-person menu; null when the viewer may not act on that person. */
  menuFor(p: ParticipantView, v: MeetingView): HTMLElement | null;
  updateMenu(menu: HTMLElement, p: ParticipantView, v: MeetingView): void;
}

interface Row {
  li: HTMLLIElement;
  name: HTMLElement;
  badges: HTMLElement;
  menu: HTMLElement | null;
}

export function badgesOf(p: ParticipantView, v: MeetingView): string[] {
  const t = app.t;
  const out: string[] = [];
  if (v.speaker?.id === p.id) out.push(t.badgeSpeaking);
  // Who shares next, as the top of the page tells that person (a fresh tester, 2026-12-05: her
  // row went blank when she switched to sharing, while the page said she was next).
  else if (v.upNext[0] === p.id) out.push(t.badgeNext);
  if (v.chairId === p.id) out.push(t.badgeChair);
  if (v.coChairId === p.id) out.push(t.badgeCoChair);
  if (v.greeterId === p.id) out.push(t.badgeGreeter);
  if (p.role === 'listener') out.push(t.badgeListener);
  // A late turn's hand (view `lateTurn`: a drop took their turn, the hand went back to the front)
  // is no hand raised: a fresh tester's chair read "hand up" about a member owed a turn.
  if (p.hand !== null) out.push(p.lateTurn ? t.badgeHandLate(p.hand) : t.badgeHand(p.hand));
  // The chair's own marker for hand priority; nobody else is ever sent it.
  if (v.plan.notSharedFirst && p.shared === false && p.role === 'participant') out.push(t.badgeNotShared);
  // A circle round's turn order only (the server sends null in open sharing, by hands or the
  // chair's pick: nobody passes in turn there).
  if (v.speaker?.id !== p.id) {
    if (p.status === 'shared' || p.status === 'sharedTimedOut') out.push(t.badgeShared);
    if (p.status === 'passed') out.push(t.badgePassed);
    if (p.status === 'timedOut' || p.status === 'sharedTimedOut') out.push(t.badgeTimedOut);
    if (p.status === 'skipped') out.push(t.badgeSkipped);
    // `missed` is a circle round's only (statuses are null elsewhere), where the late turn comes
    // by itself at the round's end (turn-mode.ts lateTurnByChair): said so (a fresh tester,
    // 2026-12-05, read "missed their turn" as "you lost your turn" beside "You get a late turn").
    if (p.status === 'missed') out.push(t.badgeLateTurn);
    // Where the chair picks, the turn of someone away who has not had one is the chair's to give
    // when they are back: said beside "disconnected" on the chair's page (a fresh tester's chair
    // read only "disconnected" and ended the round while his seat was held).
    if (v.effectiveMode === 'chairPicks' && isOwedAway(v, p)) out.push(t.badgeOwedTurn);
  }
  if (p.muted) out.push(t.badgeMuted);
  // Only the chair's and the greeter's views carry it (the server sends null to everyone else).
  if (p.firstTime) out.push(t.badgeNewcomer);
  if (!p.connected) out.push(t.badgeOffline);
  return out;
}

export class Circle {
  readonly el: HTMLElement;
  private list: HTMLOListElement;
  private count: HTMLElement;
  private rows = new Map<string, Row>();
  private self: 'online' | 'offline' | 'gone' = 'online';

  constructor(private chair: ChairActions | null) {
    const t = app.t;
    this.count = h('span', { class: 'count' });
    this.list = h('ol', { class: 'circle-list' });
    this.el = h('section', { class: 'panel circle', testid: 'circle', 'aria-labelledby': 'circle-title' }, h('h2', { id: 'circle-title' }, t.circleTitle, ' ', this.count), this.list);
  }

  setChair(chair: ChairActions | null): void {
    if (chair === this.chair) return;
    this.chair = chair;
    for (const row of this.rows.values()) row.li.remove();
    this.rows.clear();
  }

  /**
   * Draws the circle of `v`. `self`: this tab's own connection — `offline` marks your own row
   * disconnected (the view is the last one heard, from before the drop); `gone` (offline past the
   * seat's grace, seatProbablyGone) says your seat has probably been given up, with none of the
   * roles it held: a fresh tester's chair offline past the grace read "(you) · chair" beside the
   * chair bar's "someone else has probably taken over".
   */
  update(v: MeetingView, self: 'online' | 'offline' | 'gone' = 'online'): void {
    this.self = self;
    const t = app.t;
    // In a discreet meeting the list is short on purpose: the count is everyone seated.
    setText(this.count, `(${t.circleCount(v.present)})`);
    const seen = new Set<string>();
    let prev: Element | null = null;
    for (const p of v.participants) {
      seen.add(p.id);
      let row = this.rows.get(p.id);
      if (!row) {
        row = this.makeRow(p, v);
        this.rows.set(p.id, row);
      }
      this.fillRow(row, p, v);
      // Keep turn order without rebuilding: move only rows that are out of place.
      const want: Element | null = prev ? prev.nextElementSibling : this.list.firstElementChild;
      if (want !== row.li) this.list.insertBefore(row.li, want);
      prev = row.li;
    }
    for (const [id, row] of this.rows) {
      if (!seen.has(id)) {
        row.li.remove();
        this.rows.delete(id);
      }
    }
  }

  private makeRow(p: ParticipantView, v: MeetingView): Row {
    const name = h('span', { class: 'name' });
    const badges = h('span', { class: 'badges' });
    const menu = this.chair ? this.chair.menuFor(p, v) : null;
    const li = h('li', { class: 'circle-item', testid: `circle-item-${p.id}`, 'data-participant': p.id }, h('span', { class: 'dot', 'aria-hidden': 'true' }), h('div', { class: 'who' }, name, badges), menu);
    return { li, name, badges, menu };
  }

  private fillRow(row: Row, p: ParticipantView, v: MeetingView): void {
    const t = app.t;
    const me = p.id === v.you.id;
    setText(row.name, me ? `${p.name} (${t.you})` : p.name);
    const away = me ? this.self : 'online';
    const list = away === 'gone' ? [t.badgeSeatGone] : badgesOf(p, v);
    if (away === 'offline' && p.connected) list.push(t.badgeOffline);
    setText(row.badges, list.join(' · '));
    row.li.classList.toggle('speaking', v.speaker?.id === p.id && away !== 'gone');
    row.li.classList.toggle('offline', !p.connected || away !== 'online');
    row.li.classList.toggle('done', p.status === 'shared' || p.status === 'passed' || p.status === 'timedOut' || p.status === 'sharedTimedOut');
    row.li.classList.toggle('me', p.id === v.you.id);
    row.li.classList.toggle('hand', p.hand !== null);
    if (row.menu && this.chair) this.chair.updateMenu(row.menu, p, v);
  }
}
