// Keyboard focus is never dropped on the page's floor. A fresh tester (2026-12-05, keyboard only,
// with a screen reader's view of the page) found focus on <body> after Start, every "Go on", Pass,
// Done, a report, "I would rather just listen": the control pressed was disabled while its command
// was under way, or went with the new view, and the browser let go of focus; the next Tab then
// jumped past the new step. When the focused control goes, focus goes back to it once it is
// usable again (a button disabled for a moment), or else to where the page says what to do now.

/** How long a disabled control may take to come back before focus goes elsewhere, ms. */
export const FOCUS_RETURN_MS = 1500;

/** Whether `el` can hold focus now: in the page, shown, not disabled. */
function usable(el: HTMLElement): boolean {
  if (!el.isConnected || (el as HTMLButtonElement).disabled) return false;
  if (el.closest('[hidden], [inert]')) return false;
  return el.getClientRects().length > 0;
}

/**
 * Watches `root` for the focused control within it going away, and then focuses it again when it
 * comes back within FOCUS_RETURN_MS (disabled and enabled again), or `fallback()` (the chair's
 * next step, your share box, the status line): never while focus is anywhere else than on the
 * page's body, so it never takes focus from someone typing or reading elsewhere. Returns a stop
 * function.
 */
export function keepFocus(root: HTMLElement, fallback: () => HTMLElement | null): () => void {
  // The root's own document, not the global: a look scheduled before the page went must not
  // reach for a document that is no longer there (seen in a unit test's teardown).
  const doc = root.ownerDocument;
  /** The control in `root` that had focus last. */
  let last: HTMLElement | null = null;
  /** When focus was found dropped from `last` (0: it was not). */
  let lostAt = 0;
  /** Where the keeper put focus meanwhile, waiting for `last` to come back (null: nowhere). */
  let holding: HTMLElement | null = null;
  /** The last press of a pointer: focus on the body just after one was put there by the person. */
  let pressedAt = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let recheck: ReturnType<typeof setTimeout> | null = null;
  /** Set by the stop function: a look already scheduled does nothing (the page, or its document, may be gone). */
  let stopped = false;
  const onBody = (): boolean => !doc.activeElement || doc.activeElement === doc.body;
  const forget = (): void => {
    last = null;
    lostAt = 0;
    holding = null;
  };
  /** Focus on `el` by the keeper: its focusin does not make it the control to keep. */
  const put = (el: HTMLElement, scroll: boolean): void => {
    holding = el;
    el.focus({ preventScroll: !scroll });
  };
  const settle = (): void => {
    if (stopped || !last || !lostAt) return;
    const active = doc.activeElement;
    if (!onBody() && active !== last && active !== holding) {
      // The person moved focus meanwhile.
      forget();
      return;
    }
    if (usable(last)) {
      // Back (enabled again, or moved within the page): focus returns to it.
      if (active !== last) last.focus({ preventScroll: true });
      lostAt = 0;
      holding = null;
      return;
    }
    // Never left on the body meanwhile (a second keyboard tester, 2026-12-05, found it there for
    // a second or more): held on the next step, the share box or the status line.
    if (onBody() || active === last || (active === holding && holding && !usable(holding))) {
      const to = fallback();
      if (to && usable(to)) put(to, false);
    }
    const shown = last.isConnected && !last.closest('[hidden], [inert]');
    if (shown && Date.now() - lostAt < FOCUS_RETURN_MS) {
      // Looked at again shortly: the browser lets go of a disabled control only at its next frame.
      timer ??= setTimeout(() => {
        timer = null;
        settle();
      }, 100);
      return;
    }
    // Gone for good: focus stays where it is held, scrolled into view, and is kept there in turn.
    const held = holding && doc.activeElement === holding ? holding : null;
    forget();
    if (held) {
      last = held;
      held.scrollIntoView({ block: 'nearest' });
      // It may go at the browser's next frame with no change left to see: looked at once more.
      if (recheck) clearTimeout(recheck);
      recheck = setTimeout(() => {
        recheck = null;
        if (!stopped && last === held && onBody() && !usable(held)) {
          lostAt = Date.now();
          settle();
        }
      }, 150);
    }
  };
  const onFocusIn = (e: FocusEvent): void => {
    if (e.target === holding) return;
    const el = e.target;
    last = el instanceof HTMLElement && root.contains(el) ? el : null;
    lostAt = 0;
    holding = null;
  };
  const onPress = (): void => {
    pressedAt = Date.now();
  };
  const observer = new MutationObserver(() => {
    if (!last) return;
    if (lostAt) return settle();
    const dropped = onBody() || (doc.activeElement === last && !usable(last));
    if (!dropped) return;
    // A press on the page's background put focus there: the person's choice.
    if (onBody() && Date.now() - pressedAt < 500 && usable(last)) {
      forget();
      return;
    }
    lostAt = Date.now();
    settle();
  });
  doc.addEventListener('focusin', onFocusIn);
  doc.addEventListener('pointerdown', onPress, true);
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', 'hidden', 'inert', 'class'] });
  return () => {
    doc.removeEventListener('focusin', onFocusIn);
    doc.removeEventListener('pointerdown', onPress, true);
    observer.disconnect();
    stopped = true;
    if (timer) clearTimeout(timer);
    if (recheck) clearTimeout(recheck);
  };
}
