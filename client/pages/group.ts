// /g/<slug>: a weekly group's one link. While the door of the current meeting is open it is that
// meeting's door (the same page as /m/<id>); otherwise (or once its chair ended it, which the page
// says first) it says when the next meeting starts, in
// the viewer's own time zone, and opens the door by itself when the time comes. A chair key for
// the next meeting arrives in the fragment (#chair=…) and is moved to sessionStorage at once.
import type { GroupCard } from '../../shared/protocol.js';
import { getGroup } from '../api.js';
import { app } from '../app.js';
import { fill, h } from '../dom.js';
import type { Analyze } from '../meeting/live-hints.js';
import { parseFragment } from '../routes.js';
import { loadSecret, saveSecret } from '../session.js';
import { formatStart } from '../time.js';
import { viewerZone } from './landing.js';
import { mountMeetingRoute, type RouteView } from './meeting-route.js';

/** Longest wait between asks while the door is shut: a sleeping laptop's timers run late. */
const RECHECK_MS = 60_000;

const groupKeyId = (slug: string): string => `group:${slug}`;

export function mountGroupRoute(container: HTMLElement, slug: string, analyze?: Analyze): RouteView {
  const frag = parseFragment(location.hash);
  if (frag.chairKey) saveSecret('chairKey', groupKeyId(slug), frag.chairKey);
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);

  let inner: RouteView | null = null;
  let card: GroupCard | null = null;
  let failed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let destroyed = false;

  function render(): void {
    const t = app.t;
    if (failed) {
      fill(container, h('section', { class: 'page narrow', testid: 'group-not-found' }, h('h1', {}, t.appName), h('p', { role: 'alert' }, t.groupNotFound), h('p', {}, h('a', { class: 'button', href: '/' }, t.backHome))));
      return;
    }
    if (!card) {
      fill(container, h('section', { class: 'page narrow' }, h('p', { class: 'hint', role: 'status' }, t.groupLoading)));
      return;
    }
    // Times in the viewer's zone; "now" is the server's, so a wrong phone clock cannot mislead.
    const now = card.now;
    const held = loadSecret('chairKey', groupKeyId(slug));
    fill(
      container,
      h(
        'section',
        { class: 'page narrow', testid: 'group-next' },
        h('h1', {}, card.name),
        // Its chair ended this occurrence: say so plainly, then when the next one is.
        card.ended ? h('div', { class: 'banner info', testid: 'group-ended', role: 'status' }, h('h2', {}, t.groupEndedTitle), h('p', {}, t.groupEnded)) : null,
        h('h2', {}, t.groupNextTitle),
        h('p', { testid: 'group-next-at' }, t.groupNextAt(formatStart(card.next.startsAt, now, app.lang))),
        h('p', { testid: 'group-door-opens', role: 'status' }, t.groupDoorOpens(formatStart(card.next.doorOpensAt, now, app.lang))),
        h('p', { class: 'hint', testid: 'group-zone' }, t.groupZone(viewerZone())),
        held ? h('p', { class: 'hint', testid: 'group-chair-key-held' }, t.groupChairKeyHeld) : null,
        h('p', { class: 'hint' }, t.groupEachWeek),
        h('p', {}, h('a', { class: 'button secondary', href: '/' }, t.backHome)),
      ),
    );
  }

  async function load(): Promise<void> {
    clearTimeout(timer);
    const r = await getGroup(slug);
    if (destroyed) return;
    if (!r.ok) {
      failed = r.code !== 'OFFLINE';
      if (!failed) timer = setTimeout(() => void load(), RECHECK_MS);
      render();
      return;
    }
    card = r;
    if (r.current) {
      // The door is open: hand a held chair key to this occurrence's meeting and show its door.
      const key = loadSecret('chairKey', groupKeyId(slug));
      if (key) {
        saveSecret('chairKey', r.current.meetingId, key);
        saveSecret('chairKey', groupKeyId(slug), null);
      }
      inner = mountMeetingRoute(container, r.current.meetingId, analyze);
      return;
    }
    render();
    timer = setTimeout(() => void load(), Math.max(1000, Math.min(RECHECK_MS, r.next.doorOpensAt - r.now)));
  }

  render();
  void load();

  return {
    relabel(): void {
      if (inner) inner.relabel();
      else render();
    },
    destroy(): void {
      destroyed = true;
      clearTimeout(timer);
      inner?.destroy();
    },
  };
}
