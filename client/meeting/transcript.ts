// The transcript: append-only, newest at the bottom. A share is one block per turn that grows as
// each chunk arrives; screen readers hear each new chunk through the polite live region.
// Each chunk of someone else's share carries a quiet "tell the chair" menu (report.ts); the chair
// sees "remove for everyone" there instead. A hidden share's words are taken out of the page.
import { h, setText } from '../dom.js';
import type { Item, TranscriptDrop } from './describe.js';
import { shareMenu, type ShareMenuActions } from './report.js';

export class Transcript {
  readonly el: HTMLElement;
  private list: HTMLOListElement;
  private empty: HTMLElement;
  private openShares = new Map<string, HTMLElement>();
  /** Each speaker's drops in their current turn (turnHeld lines), for "again (3rd time)". */
  private dropsInTurn = new Map<string, number>();
  /** Whether the reader was at the newest entry when they last scrolled; a narrower window
   *  (a phone turned upright) reflows the text and must not leave them stranded mid-way. */
  private pinned = true;
  private resize: ResizeObserver | null = null;

  constructor(label: string, emptyText: string, private menu: ShareMenuActions | null = null) {
    this.list = h('ol', { class: 'transcript-list', 'aria-live': 'polite', 'aria-relevant': 'additions', 'aria-atomic': 'false' });
    this.empty = h('p', { class: 'transcript-empty', testid: 'transcript-empty' }, emptyText);
    this.el = h(
      'section',
      { class: 'transcript', testid: 'transcript', 'aria-labelledby': 'transcript-title', tabindex: '0', on: { scroll: () => (this.pinned = this.nearBottom()) } },
      h('h2', { id: 'transcript-title', class: 'visually-hidden' }, label),
      this.empty,
      this.list,
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
  }

  add(item: Item): void {
    const stick = this.nearBottom();
    this.empty.hidden = true;
    switch (item.kind) {
      case 'shareStart':
        this.dropsInTurn.delete(item.speakerId);
        this.shareBlock(item.speakerId, item.header, item.you).dataset.mark = item.mark ?? item.header;
        break;
      case 'shareChunk': {
        const block = this.blockAtEnd(item.speakerId, item.header, item.you);
        const chunk = h('p', { class: 'share-chunk', testid: 'share-chunk', 'data-seq': String(item.seq) }, item.text);
        block.querySelector('.share-body')?.appendChild(chunk);
        if (this.menu && !item.you) chunk.after(shareMenu(item.seq, this.menu, item.name, item.text));
        break;
      }
      case 'shareHidden': {
        const removed = h('p', { class: 'share-chunk removed', testid: 'share-removed', 'data-seq': String(item.share) }, item.text);
        const chunk = this.list.querySelector(`.share-chunk[data-seq="${item.share}"]`);
        if (chunk) {
          // Its menu goes with it: there is nothing left to report or remove.
          const menu = chunk.nextElementSibling;
          if (menu?.classList.contains('share-menu')) menu.remove();
          if (!chunk.classList.contains('removed')) chunk.replaceWith(removed);
        } else {
          // A replay (resume) brings the marker in the share's place.
          const block = this.openShares.get(item.speakerId) ?? this.shareBlock(item.speakerId, item.header, item.you);
          block.querySelector('.share-body')?.appendChild(removed);
        }
        if (item.you && !this.list.querySelector(`[data-removed-notice="${item.share}"]`)) {
          this.push(h('li', { class: 'entry system removed-notice', testid: 'share-removed-yours', 'data-removed-notice': String(item.share), role: 'status' }, item.notice));
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
              block.classList.add('empty');
              block.replaceChildren(item.summary);
            } else {
              this.markTurn(block);
              if (!item.line) this.push(h('li', { class: 'entry system', testid: 'transcript-system' }, item.summary));
            }
          } else if (last) {
            const end = block.querySelector('.share-end');
            if (end) setText(end, item.text);
          } else if (!item.line) {
            // Lines came after the share's last words (the chair gave more time, a drop): its
            // outcome goes below them, not into the block above them, so the transcript reads top
            // to bottom (a fresh tester read "time ran out" above "The chair gave more time").
            this.push(h('li', { class: 'entry system', testid: 'transcript-system' }, item.summary));
          }
        }
        if (item.line) this.push(h('li', { class: 'entry system', testid: 'transcript-system' }, item.line));
        break;
      }
      case 'reading':
        this.push(h('li', { class: 'entry reading', testid: 'transcript-reading' }, h('h3', {}, item.title), h('p', {}, item.text)));
        break;
      case 'note':
        this.push(h('li', { class: 'entry note', testid: 'transcript-note' }, h('span', { class: 'entry-label' }, item.label), h('p', {}, item.text)));
        break;
      case 'topic':
        this.push(h('li', { class: 'entry topic', testid: 'transcript-topic' }, item.text));
        break;
      case 'phase':
        this.push(h('li', { class: 'entry phase', testid: 'transcript-phase' }, h('span', {}, item.text)));
        break;
      case 'system':
        if (item.drop) this.dropLine(item.text, item.drop);
        else this.push(h('li', { class: 'entry system', testid: 'transcript-system' }, item.text));
        break;
    }
    if (stick) {
      this.pinned = true;
      this.scrollToEnd();
    }
  }

  /** The chair's view and a participant's differ: the menus offer "remove" to the chair only. */
  setChair(isChair: boolean): void {
    this.el.classList.toggle('is-chair', isChair);
  }

  clear(): void {
    this.list.replaceChildren();
    this.openShares.clear();
    this.dropsInTurn.clear();
    this.empty.hidden = false;
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
    block.replaceChildren(h('h3', { class: 'share-header' }, block.dataset.mark ?? ''));
  }

  private shareBlock(speakerId: string, header: string, you: boolean): HTMLElement {
    const prev = this.openShares.get(speakerId);
    if (prev) return prev;
    const block = h(
      'li',
      { class: `entry share live${you ? ' mine' : ''}`, testid: 'transcript-share', 'data-speaker': speakerId },
      h('h3', { class: 'share-header' }, header),
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
    const li = h('li', { class: 'entry system', testid: 'transcript-system', 'data-drop': drop.id, 'data-drop-state': drop.back ? 'back' : 'held', 'data-drop-times': String(times) }, words);
    const folds = run && (drop.back ? state === 'held' : state === 'back');
    if (folds) run.replaceWith(li);
    else this.push(li);
  }

  private push(li: HTMLElement): void {
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
