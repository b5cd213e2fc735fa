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
  /** The control in `root` that had focus last. */
  let last: HTMLElement | null = null;
  /** When focus was found dropped from `last` (0: it was not). */
  let lostAt = 0;
  /** The last press of a pointer: focus on the body just after one was put there by the person. */
  let pressedAt = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const onBody = (): boolean => !document.activeElement || document.activeElement === document.body;
  const settle = (): void => {
    if (!last || !lostAt) return;
    if (!onBody() && document.activeElement !== last) {
      // Focus went somewhere meanwhile.
      last = null;
      lostAt = 0;
      return;
    }
    if (usable(last)) {
      // Back (enabled again, or moved within the page): focus returns to it.
      if (document.activeElement !== last) last.focus({ preventScroll: true });
      lostAt = 0;
      return;
    }
    const shown = last.isConnected && !last.closest('[hidden], [inert]');
    if (shown && Date.now() - lostAt < FOCUS_RETURN_MS) {
      timer ??= setTimeout(() => {
        timer = null;
        settle();
      }, FOCUS_RETURN_MS - (Date.now() - lostAt) + 10);
      return;
    }
    last = null;
    lostAt = 0;
    const to = fallback();
    if (to && usable(to)) to.focus();
  };
  const onFocusIn = (e: FocusEvent): void => {
    const el = e.target;
    last = el instanceof HTMLElement && root.contains(el) ? el : null;
    lostAt = 0;
  };
  const onPress = (): void => {
    pressedAt = Date.now();
  };
  const observer = new MutationObserver(() => {
    if (!last) return;
    const dropped = onBody() || (document.activeElement === last && !usable(last));
    if (!dropped) return;
    // A press on the page's background put focus there: the person's choice.
    if (onBody() && Date.now() - pressedAt < 500 && usable(last)) {
      last = null;
      return;
    }
    lostAt ||= Date.now();
    settle();
  });
  document.addEventListener('focusin', onFocusIn);
  document.addEventListener('pointerdown', onPress, true);
  observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', 'hidden', 'inert', 'class'] });
  return () => {
    document.removeEventListener('focusin', onFocusIn);
    document.removeEventListener('pointerdown', onPress, true);
    observer.disconnect();
    if (timer) clearTimeout(timer);
  };
}
