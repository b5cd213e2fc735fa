// One confirmation pending at a time, and Escape cancels it. A fresh tester had two "Remove …
// for everyone? Press again" buttons armed at once, and Escape left an armed one armed: a press
// meant for something else could then confirm the wrong removal. Every press-again button
// (confirm-button.ts) and every asked question (confirm-step.ts) claims the one slot here: a new
// one cancels the one before it. Escape anywhere on the page cancels the pending one and counts
// as having closed something (preventDefault: it is not half of the quick exit's "Escape twice").
let pending: { cancel: (byEscape: boolean) => void } | null = null;
const listening = new WeakSet<Document>();

function onKey(e: KeyboardEvent): void {
  if (e.key !== 'Escape' || !pending) return;
  e.preventDefault();
  const p = pending;
  pending = null;
  p.cancel(true);
}

/**
 * Claims the one pending confirmation for `cancel` (called to take the confirmation back: unarm
 * the button, close the question, without running it; `byEscape`: Escape took it back, so focus
 * may go back where the confirmation came from, else another confirmation has the focus). Any confirmation pending before is
 * cancelled first. Returns the release to call when this one is answered or goes by itself.
 */
export function claimConfirm(cancel: (byEscape: boolean) => void): () => void {
  if (typeof document !== 'undefined' && !listening.has(document)) {
    listening.add(document);
    document.addEventListener('keydown', onKey);
  }
  const before = pending;
  const mine = { cancel };
  pending = mine;
  before?.cancel(false);
  return () => {
    if (pending === mine) pending = null;
  };
}
