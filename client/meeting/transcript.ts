// The transcript: append-only, newest at the bottom. A share is one block per turn that grows as
// each chunk arrives. Each chunk of someone else's share carries a quiet "tell the chair" menu
// (report.ts); the chair sees "remove for everyone" there instead. A hidden share's words are
// taken out of the page.
//
// Screen readers hear each new entry through a live region of its own that holds only the entry's
// words: with the list itself live, a tester with a screen reader heard "Tell the chair …" after
// every share of a long round, the menu being part of what was added. And the list is one tab
// stop (a roving tabindex): the same tester had to tab through one "Tell the chair" per share to
// get from the transcript to the share box. The arrow keys move between entries; Enter on
// someone's share (or Tab from it) leads to its menu. Touch, the mouse and a screen reader's
// reading cursor reach every menu where it stands, as before.
import { app } from '../app.js';
import { h, setText } from '../dom.js';
import { ANNOUNCE_KEEP_MS } from '../live-region.js';
import type { Item, TranscriptDrop } from './describe.js';
import { openShareMenu, shareMenu, shareMenuToggles, type ShareMenuActions } from './report.js';

/** The class of the entries the arrow keys move between (an entry, a share's heading, a chunk). */
const ENTRY = 'rove';

export class Transcript {
  readonly el: HTMLElement;
  private list: HTMLOListElement;
  private empty: HTMLElement;
  private openShares = new Map<string, HTMLElement>();
  /** Each speaker's drops in their current turn (turnHeld lines), for "again (3rd time)". */
  private dropsInTurn = new Map<string, number>();
  /**
   * What takes a speaker's drop or return line out of the live region again (toLive), by the
   * speaker's id, while it is there: it goes at their next words or pass, or the next turn change,
   * at latest (dropNews). Set by speak() for the entry dropLine is adding (`dropSaying`).
   */
  private dropSaid = new Map<string, () => void>();
  /** The speaker whose drop or return line is the entry being added (dropLine), for speak(). */
  private dropSaying: string | null = null;
  /** Whether the reader was at the newest entry when they last scrolled; a narrower window
   *  (a phone turned upright) reflows the text and must not leave them stranded mid-way. */
  private pinned = true;
  private resize: ResizeObserver | null = null;
  /** What screen readers hear of new entries: their words, never the controls beside them. */
  private live: HTMLElement;
  /** The words of the entry being added, said once it is in (null: not said, a replay). */
  private said: string[] | null = null;
  private liveTimers = new Set<ReturnType<typeof setTimeout>>();
  /** The entry that is the transcript's one tab stop (null: none yet, the section is). */
  private stop: HTMLElement | null = null;
  /** Whether the tab stop follows the newest entry (the reader has not moved up to an older one). */
  private followNewest = true;
  /** How the keys work here, shown while a keyboard is in the transcript. */
  private keys: HTMLElement;

  constructor(label: string, emptyText: string, private menu: ShareMenuActions | null = null) {
    this.list = h('ol', { class: 'transcript-list' });
    this.live = h('div', { class: 'visually-hidden', testid: 'transcript-announce', 'aria-live': 'polite', 'aria-relevant': 'additions' });
    this.empty = h('p', { class: 'transcript-empty', testid: 'transcript-empty' }, emptyText);
    this.keys = h('p', { class: 'transcript-keys', testid: 'transcript-keys' }, app.t.transcriptKeys);
    this.el = h(
      'section',
      {
        class: 'transcript',
        testid: 'transcript',
        'aria-labelledby': 'transcript-title',
        tabindex: '0',
        on: {
          scroll: () => (this.pinned = this.nearBottom()),
          keydown: (e) => this.onKey(e as KeyboardEvent),
          focusin: (e) => this.onFocus(e.target),
          focusout: (e) => {
            // Left for elsewhere on the page: the stop goes back to the newest entry, unless the
            // reader had moved up to an older one (they come back to where they were).
            const to = (e as FocusEvent).relatedTarget;
            if (!(to instanceof Node && this.el.contains(to))) this.settleStop(false);
          },
        },
      },
      h('h2', { id: 'transcript-title', class: 'visually-hidden' }, label),
      this.live,
      this.empty,
      this.list,
      this.keys,
    );
    if (typeof ResizeObserver === 'function') {
      this.resize = new ResizeObserver(() => {
        if (this.pinned) this.scrollToEnd();
      });
      // The box (window width and height) and the content (reflowed or grown text).
      this.resize.observe(this.el);
      this.resize.observe(this.list);
    }
  }

  dispose(): void {
    this.resize?.disconnect();
    this.resize = null;
    for (const t of this.liveTimers) clearTimeout(t);
    this.liveTimers.clear();
  }

  /**
   * Puts `item` on the transcript. `announce` (default): screen readers hear its words; false for
   * entries shown again (the page rebuilt in another language), which were heard when they came.
   */
  add(item: Item, announce = true): void {
    const stick = this.nearBottom();
    this.empty.hidden = true;
    this.said = announce ? [] : null;
    let seq: number | null = null;
    this.dropNews(item);
    switch (item.kind) {
      case 'shareStart':
        this.dropsInTurn.delete(item.speakerId);
        this.shareBlock(item.speakerId, item.header, item.you).dataset.mark = item.mark ?? item.header;
        this.say(item.header);
        break;
      case 'shareChunk': {
        const block = this.blockAtEnd(item.speakerId, item.header, item.you);
        const chunk = this.entry(h('p', { class: 'share-chunk', testid: 'share-chunk', 'data-seq': String(item.seq) }, item.text));
        block.querySelector('.share-body')?.appendChild(chunk);
        if (this.menu && !item.you) {
          const menu = shareMenu(item.seq, this.menu, item.name, item.text);
          // Reached from its chunk (Enter, or Tab while the chunk holds the stop), not one tab stop each.
          for (const c of shareMenuToggles(menu)) c.tabIndex = -1;
          chunk.after(menu);
        }
        // Who, every part in the one form of its heading ("Kari shares: …", "You share: …"): heard
        // alone, a part said nobody's (a fresh tester); and one's own shares were heard as "You
        // share: …" at the start of a block but by one's own name in a later part (a fresh
        // tester, 2026-12-06: "You share: …", then "Anne: …" for the same person).
        this.say(`${item.header}: ${item.text}`);
        seq = item.seq;
        break;
      }
      case 'shareHidden': {
        const removed = this.entry(h('p', { class: 'share-chunk removed', testid: 'share-removed', 'data-seq': String(item.share) }, item.text));
        const chunk = this.list.querySelector<HTMLElement>(`.share-chunk[data-seq="${item.share}"]`);
        // Its words leave what screen readers are about to hear too.
        for (const p of this.live.querySelectorAll(`[data-seq="${item.share}"]`)) p.remove();
        if (chunk) {
          // Its menu goes with it: there is nothing left to report or remove.
          const dropMenu = (): void => this.menuOf(chunk)?.remove();
          if (chunk.classList.contains('removed')) dropMenu();
          else {
            this.replaceEntry(chunk, removed, () => {
              dropMenu();
              chunk.replaceWith(removed);
            });
            this.say(item.text);
          }
        } else {
          // A replay (resume) brings the marker in the share's place.
          const block = this.openShares.get(item.speakerId) ?? this.shareBlock(item.speakerId, item.header, item.you);
          block.querySelector('.share-body')?.appendChild(removed);
          this.say(item.text);
        }
        if (item.you && !this.list.querySelector(`[data-removed-notice="${item.share}"]`)) {
          this.push(h('li', { class: 'entry system removed-notice', testid: 'share-removed-yours', 'data-removed-notice': String(item.share) }, item.notice));
          this.say(item.notice);
        }
        break;
      }
      case 'shareEnd': {
        this.dropsInTurn.delete(item.speakerId);
        const block = this.openShares.get(item.speakerId);
        // The turn's blocks are headed in the past tense once it is over ("Kari shared"): a fresh
        // tester (2026-12-05) read "Kari deler … ferdig" as still going on.
        for (const el of this.list.querySelectorAll<HTMLElement>('.entry.share:not(.ended):not(.turn-mark)')) {
          if (el.dataset.speaker !== item.speakerId) continue;
          el.classList.add('ended');
          const head = el.querySelector('.share-header');
          if (head) setText(head, item.header);
        }
        const sayEnd = (text: string): void => {
          if (!item.unsaid) this.say(text);
        };
        if (block) {
          this.openShares.delete(item.speakerId);
          block.classList.remove('live');
          const last = block === this.list.lastElementChild;
          if (!block.querySelector('.share-chunk')) {
            // A turn that ended without a word leaves just its outcome ("Kari: passed"); with lines
            // after its start (the chair gave more time, a drop), its heading stays where it began
            // ("Kari's turn") and the outcome goes below them, where it happened (a fresh tester,
            // 2026-12-05, read the lines as belonging to the share above).
            if (last) {
              const head = block.querySelector<HTMLElement>(`.${ENTRY}`);
              const swap = (): void => {
                block.classList.add('empty');
                block.replaceChildren(item.summary);
              };
              if (head) this.replaceEntry(head, this.entry(block), swap);
              else swap();
              sayEnd(item.summary);
            } else {
              this.markTurn(block);
              if (!item.line) this.push(h('li', { class: 'entry system', testid: 'transcript-system' }, item.summary));
              if (!item.line) sayEnd(item.summary);
            }
          } else if (last) {
            const end = block.querySelector('.share-end');
            if (end) setText(end, item.text);
            // The outcome alone ("done") would not say whose turn it was.
            sayEnd(item.summary);
          } else if (!item.line) {
            // Lines came after the share's last words (the chair gave more time, a drop): its
            // outcome goes below them, not into the block above them, so the transcript reads top
            // to bottom (a fresh tester read "time ran out" above "The chair gave more time").
            this.push(h('li', { class: 'entry system', testid: 'transcript-system' }, item.summary));
            sayEnd(item.summary);
          }
        }
        if (item.line) {
          this.push(h('li', { class: 'entry system', testid: 'transcript-system' }, item.line));
          this.say(item.line);
        }
        break;
      }
      case 'reading':
        this.push(h('li', { class: 'entry reading', testid: 'transcript-reading' }, h('h3', {}, item.title), h('p', {}, item.text)));
        this.say(`${item.title}: ${item.text}`);
        break;
      case 'note':
        this.push(h('li', { class: 'entry note', testid: 'transcript-note' }, h('span', { class: 'entry-label' }, item.label), h('p', {}, item.text)));
        this.say(`${item.label}: ${item.text}`);
        break;
      case 'topic':
        this.push(h('li', { class: 'entry topic', testid: 'transcript-topic' }, item.text));
        this.say(item.text);
        break;
      case 'phase':
        this.push(h('li', { class: 'entry phase', testid: 'transcript-phase' }, h('span', {}, item.text)));
        this.say(item.text);
        break;
      case 'system':
        if (item.drop) this.dropLine(item.text, item.drop);
        else {
          this.push(h('li', { class: 'entry system', testid: 'transcript-system' }, item.text));
          this.say(item.text);
        }
        break;
    }
    this.speak(seq);
    this.settleStop(true);
    if (stick) {
      this.pinned = true;
      this.scrollToEnd();
    }
  }

  /** The chair's view and a participant's differ: the menus offer "remove" to the chair only. */
  setChair(isChair: boolean): void {
    this.el.classList.toggle('is-chair', isChair);
    setText(this.keys, isChair ? app.t.transcriptKeysChair : app.t.transcriptKeys);
  }

  clear(): void {
    const inside = this.el.contains(document.activeElement) && document.activeElement !== this.el;
    this.list.replaceChildren();
    this.openShares.clear();
    this.dropsInTurn.clear();
    this.empty.hidden = false;
    this.stop = null;
    this.followNewest = true;
    this.el.tabIndex = 0;
    // Focus on an entry that went stays in the transcript, never on the page's body.
    if (inside) this.el.focus({ preventScroll: true });
  }

  /**
   * Says `text` to screen readers through the transcript's live region, adding no entry (what a
   * return found still true of the lines it missed, which went in unheard: replay-news.ts).
   * Returns what takes the words out again at once (they no longer hold); they go by themselves
   * after ANNOUNCE_KEEP_MS, as every entry's do.
   */
  tell(text: string): () => void {
    if (!text.trim() || !this.el.isConnected) return () => undefined;
    return this.toLive(h('p', {}, text));
  }

  /** Puts `p` in the live region until ANNOUNCE_KEEP_MS have passed; returns what takes it out at once. */
  private toLive(p: HTMLElement): () => void {
    this.live.appendChild(p);
    const timer = setTimeout(() => {
      this.liveTimers.delete(timer);
      p.remove();
    }, ANNOUNCE_KEEP_MS);
    this.liveTimers.add(timer);
    return () => {
      clearTimeout(timer);
      this.liveTimers.delete(timer);
      p.remove();
    };
  }

  /** `text` is among what screen readers hear of the entry being added (unless it is a replay). */
  private say(text: string): void {
    this.said?.push(text);
  }

  /**
   * Takes out of the live region the drop and return lines `item` makes old news, before it is
   * said: the speaker's own next words (a chunk, a removed chunk) say they are back and carrying
   * on, and a turn's end or start closes the turn the lines were about. Left in the region for its
   * usual 8 s (ANNOUNCE_KEEP_MS), "You lost the connection and are back…" stood there beside the
   * speaker's next sends (a fresh tester, 2026-12-06), met again by anyone reading the page. A
   * line already said is not said again: only its stale copy goes (`aria-relevant: additions`).
   */
  private dropNews(item: Item): void {
    if (this.dropSaid.size === 0) return;
    const turnMoved = item.kind === 'shareStart' || item.kind === 'shareEnd';
    const speaker = item.kind === 'shareChunk' || item.kind === 'shareHidden' ? item.speakerId : null;
    for (const [id, remove] of this.dropSaid) {
      if (!turnMoved && id !== speaker) continue;
      remove();
      this.dropSaid.delete(id);
    }
  }

  /**
   * What was said of the entry just added goes into the live region as one paragraph of plain
   * words (`seq`: the share chunk it quotes, taken out again if the chair removes it), and out
   * again once heard (live-region.ts): someone reading the page later finds it in the list.
   */
  private speak(seq: number | null): void {
    const words = this.said?.filter((w) => w.trim()).join(' ') ?? '';
    this.said = null;
    const drop = this.dropSaying;
    this.dropSaying = null;
    // A transcript not on the page yet is heard by nobody; its words would be stale once it is.
    if (!words || !this.el.isConnected) return;
    const remove = this.toLive(h('p', seq === null ? {} : { 'data-seq': String(seq) }, words));
    if (drop === null) return;
    // The speaker's line before this one (the drop this return folds in) is old news now too.
    this.dropSaid.get(drop)?.();
    this.dropSaid.set(drop, () => {
      remove();
      this.dropSaid.delete(drop);
    });
  }

  /** Makes `el` an entry the arrow keys move to, out of the tab order until it holds the stop. */
  private entry<T extends HTMLElement>(el: T): T {
    el.classList.add(ENTRY);
    el.tabIndex = -1;
    return el;
  }

  private entries(): HTMLElement[] {
    return [...this.list.querySelectorAll<HTMLElement>(`.${ENTRY}`)];
  }

  /**
   * The one tab stop is `el` (null: the section itself, while nothing is in it). A chunk's menu
   * toggle is in the tab order with its chunk, so Tab from a share leads to its "Tell the chair".
   */
  private setStop(el: HTMLElement | null): void {
    if (this.stop && this.stop !== el) {
      this.stop.tabIndex = -1;
      for (const c of this.togglesOf(this.stop)) c.tabIndex = -1;
    }
    this.stop = el;
    if (el) {
      el.tabIndex = 0;
      for (const c of this.togglesOf(el)) c.tabIndex = 0;
    }
    // Still focusable while an entry holds the stop: focus on it is never dropped on the body.
    this.el.tabIndex = el ? -1 : 0;
  }

  /**
   * After entries came (`added`) or focus left: the stop goes to the newest entry while it follows
   * the newest, never while focus is in the transcript (the reader is there), and to the newest
   * when the entry that held it is gone.
   */
  private settleStop(added: boolean): void {
    const newest = this.entries().at(-1) ?? null;
    if (this.stop && !this.list.contains(this.stop)) this.stop = null;
    const inside = this.el.contains(document.activeElement) && document.activeElement !== this.el;
    if (!this.stop || (this.followNewest && !inside && (added || this.stop !== newest))) this.setStop(newest);
  }

  /** Focus came to an entry or to a menu under a chunk: that entry holds the stop from now. */
  private onFocus(target: EventTarget | null): void {
    if (!(target instanceof HTMLElement)) return;
    const menu = target.closest('.share-menu');
    const entry = menu ? (menu.previousElementSibling as HTMLElement | null) : target.closest<HTMLElement>(`.${ENTRY}`);
    if (!entry || !entry.classList.contains(ENTRY) || !this.list.contains(entry)) return;
    this.setStop(entry);
    this.followNewest = entry === this.entries().at(-1);
  }

  /**
   * Up and down move between entries (Home and End to the first and the last); Enter, or the
   * context menu key, on someone's share opens its menu. Keys pressed in a menu are the menu's.
   */
  private onKey(e: KeyboardEvent): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const target = e.target as HTMLElement;
    const all = this.entries();
    const at = all.indexOf(target);
    if (at < 0 && target !== this.el) return;
    let to: HTMLElement | undefined;
    switch (e.key) {
      case 'ArrowDown':
        to = at < 0 ? (this.stop ?? undefined) : all[Math.min(at + 1, all.length - 1)];
        break;
      case 'ArrowUp':
        to = at < 0 ? (this.stop ?? undefined) : all[Math.max(at - 1, 0)];
        break;
      case 'Home':
        to = all[0];
        break;
      case 'End':
        to = all.at(-1);
        break;
      case 'Enter':
      case 'ContextMenu':
      case 'F10': {
        if (e.key === 'F10' && !e.shiftKey) return;
        const menu = at < 0 ? null : this.menuOf(target);
        if (!menu) return;
        e.preventDefault();
        openShareMenu(menu, this.el.classList.contains('is-chair'));
        return;
      }
      default:
        return;
    }
    if (!to) return;
    e.preventDefault();
    to.focus();
  }

  /** The menu under a chunk of someone else's share, if `entry` is one. */
  private menuOf(entry: HTMLElement): HTMLElement | null {
    const next = entry.classList.contains('share-chunk') ? entry.nextElementSibling : null;
    return next instanceof HTMLElement && next.classList.contains('share-menu') ? next : null;
  }

  private togglesOf(entry: HTMLElement): HTMLElement[] {
    const menu = this.menuOf(entry);
    return menu ? shareMenuToggles(menu) : [];
  }

  /**
   * `replace()` puts `next` where the entry `old` was: the stop, and focus if it was on the entry
   * or in its menu, go with it (never dropped on the page's body).
   */
  private replaceEntry(old: HTMLElement, next: HTMLElement, replace: () => void): void {
    const active = document.activeElement;
    const focused = !!active && (old.contains(active) || !!this.menuOf(old)?.contains(active));
    const held = this.stop === old;
    replace();
    if (held) {
      this.stop = null;
      this.setStop(next);
    }
    if (focused) next.focus({ preventScroll: true });
  }

  /**
   * The open block of `speakerId`'s share to add a chunk to, at the end of the list. When other
   * entries came after it (a drop and a return, a note), the share goes on in a new block at the
   * bottom: the transcript reads top to bottom (a fresh tester found a share's last part above
   * the notices that came before it).
   */
  private blockAtEnd(speakerId: string, header: string, you: boolean): HTMLElement {
    const open = this.openShares.get(speakerId);
    if (open && open !== this.list.lastElementChild) {
      // Nothing in it yet: it stays where the turn began, as the turn's heading ("Kari's turn"),
      // and the words go below what came between. Moved down, it put those lines above the turn
      // they happened in (a fresh tester, 2026-12-05: "you chose to share" jumped above it).
      if (!open.querySelector('.share-chunk')) this.markTurn(open);
      open.classList.remove('live');
      this.openShares.delete(speakerId);
    }
    return this.shareBlock(speakerId, header, you);
  }

  /** An empty share block becomes its turn's heading where the turn began (`data-mark`). */
  private markTurn(block: HTMLElement): void {
    block.classList.remove('live');
    block.classList.add('turn-mark', 'ended');
    block.dataset.testid = 'transcript-turn';
    const head = this.entry(h('h3', { class: 'share-header' }, block.dataset.mark ?? ''));
    const old = block.querySelector<HTMLElement>(`.${ENTRY}`);
    if (old) this.replaceEntry(old, head, () => block.replaceChildren(head));
    else block.replaceChildren(head);
  }

  private shareBlock(speakerId: string, header: string, you: boolean): HTMLElement {
    const prev = this.openShares.get(speakerId);
    if (prev) return prev;
    const block = h(
      'li',
      { class: `entry share live${you ? ' mine' : ''}`, testid: 'transcript-share', 'data-speaker': speakerId },
      this.entry(h('h3', { class: 'share-header' }, header)),
      h('div', { class: 'share-body' }),
      h('p', { class: 'share-end' }),
    );
    this.openShares.set(speakerId, block);
    this.push(block);
    return block;
  }

  /**
   * A speaker's drop or return. A run of them with nothing else between is one line that says
   * the latest, counting the drops of the turn (lines between do not restart the count): "lost
   * the connection again (3 times now)…", then "lost the connection 3 times, is back and
   * continues". A fresh tester on a weak link found each drop and return adding two lines for the
   * whole room, pushing the share itself up and out of sight.
   */
  private dropLine(text: string, drop: TranscriptDrop): void {
    const last = this.list.lastElementChild as HTMLElement | null;
    const run = last?.dataset.drop === drop.id ? last : null;
    const state = run?.dataset.dropState;
    // The drops are counted over the speaker's turn, not over the run of lines: with words shared
    // between them, a fresh tester (2026-12-05) read "again (2nd time)" after a third drop.
    // A drop said again (`same`: the hold running again after a pause, a tester read "lost the
    // connection again (2 times now)" after one drop) is not counted twice.
    const counted = this.dropsInTurn.get(drop.id) ?? 0;
    const times = drop.back ? counted : drop.same && counted > 0 ? counted : counted + 1;
    if (!drop.back) this.dropsInTurn.set(drop.id, times);
    const words = drop.back ? (times > 0 ? drop.again(times) : text) : times > 1 ? drop.again(times) : text;
    this.dropSaying = drop.id;
    const li = h('li', { class: 'entry system', testid: 'transcript-system', 'data-drop': drop.id, 'data-drop-state': drop.back ? 'back' : 'held', 'data-drop-times': String(times) }, words);
    const folds = run && (drop.back ? state === 'held' : state === 'back');
    if (folds) this.replaceEntry(run, this.entry(li), () => run.replaceWith(li));
    else this.push(li);
    this.say(words);
  }

  /** A new entry of its own (a line, a reading, a share's block) at the bottom. */
  private push(li: HTMLElement): void {
    // A share's block is not an entry itself: its heading and its chunks are.
    if (!li.classList.contains('share')) this.entry(li);
    this.list.appendChild(li);
  }

  private nearBottom(): boolean {
    const s = this.el;
    return s.scrollHeight - s.scrollTop - s.clientHeight < 120;
  }

  scrollToEnd(): void {
    this.el.scrollTop = this.el.scrollHeight;
  }
}
