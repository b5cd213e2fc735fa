// Announcements through visually hidden live regions (the turn, on deck, acknowledgements). A
// screen reader says a live region's change as it happens; what stays in it afterwards is only
// met by someone browsing the page, for whom it is then untrue: a fresh tester (2026-12-03) found
// "It is your turn…" long after the turn had ended. So an announcement is emptied once said.
import { setText } from './dom.js';

/** How long an announcement stays in its live region, ms: well past the time a screen reader needs to start saying it. */
export const ANNOUNCE_KEEP_MS = 8_000;
/** The pause before the words go in, ms: a fresh text node makes screen readers say the same words again. */
const FRESH_NODE_MS = 50;

const pending = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>[]>();

/** Empties `el` now and calls off an announcement of it still on its way. */
export function silence(el: HTMLElement): void {
  for (const t of pending.get(el) ?? []) clearTimeout(t);
  pending.delete(el);
  if (el.textContent) setText(el, '');
}

/**
 * Says `text` through the live region `el`: emptied at once, the words put in FRESH_NODE_MS
 * later (0 for a region that is emptied between its announcements anyway), and taken out again
 * `keepMs` (ms) after that.
 */
export function announce(el: HTMLElement, text: string, keepMs = ANNOUNCE_KEEP_MS, freshMs = FRESH_NODE_MS): void {
  silence(el);
  const put = setTimeout(() => {
    setText(el, text);
    const out = setTimeout(() => silence(el), keepMs);
    pending.set(el, [out]);
  }, freshMs);
  pending.set(el, [put]);
}

/** How long a status region is shown with its words before it becomes live, ms (quietFirst). */
export const QUIET_FIRST_MS = 1_000;
const quietTimers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/**
 * Keeps a status region that appears with a panel from saying its first words: a fresh verifier
 * (2026-12-06) heard the guard's count and the plan's timing line as the chair came, on top of
 * the chair note. Call after every update of `el`: while `el` is not shown (off the page, or
 * under `hidden`) it is no live region; once shown it becomes one (role status) after
 * QUIET_FIRST_MS, so a screen reader says only the changes that come after it appeared.
 */
export function quietFirst(el: HTMLElement): void {
  const shown = el.isConnected && !el.closest('[hidden]');
  if (!shown) {
    clearTimeout(quietTimers.get(el));
    quietTimers.delete(el);
    el.removeAttribute('role');
    return;
  }
  if (el.getAttribute('role') === 'status' || quietTimers.has(el)) return;
  quietTimers.set(
    el,
    setTimeout(() => {
      quietTimers.delete(el);
      if (el.isConnected && !el.closest('[hidden]')) el.setAttribute('role', 'status');
    }, QUIET_FIRST_MS),
  );
}
