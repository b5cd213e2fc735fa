// The caret (or a selection) in a text box, kept when words move between the share box and the
// draft box while someone types (the turn starts or ends under them): a slow typist in the middle
// of a sentence goes on where they were, not at the end of the text (a fresh tester).

export interface Caret {
  start: number;
  end: number;
  dir: 'forward' | 'backward' | 'none';
}

/** The selection in `box` now. */
export function caretOf(box: HTMLTextAreaElement): Caret {
  return { start: box.selectionStart, end: box.selectionEnd, dir: box.selectionDirection ?? 'none' };
}

/**
 * `c` for the same characters after they moved `by` places on (words put in front of them), kept
 * within the text they belong to, which now ends at `max`.
 */
export function movedCaret(c: Caret, by: number, max: number): Caret {
  const at = (n: number): number => Math.max(0, Math.min(n + by, max));
  return { start: at(c.start), end: at(c.end), dir: c.dir };
}

/** Puts `c` in `box` (within its text). */
export function placeCaret(box: HTMLTextAreaElement, c: Caret): void {
  const max = box.value.length;
  box.setSelectionRange(Math.min(c.start, max), Math.min(c.end, max), c.dir);
}

/**
 * Sets `box`'s text. Setting a text box's value puts the caret at the end; when the box has the
 * focus (someone is typing in it), the caret goes back on the same characters: `by` places on
 * (words put in front of them), kept within `max` (the end of the text they belong to).
 */
export function setKeepingCaret(box: HTMLTextAreaElement, text: string, by = 0, max = text.length): void {
  const typing = box.ownerDocument.activeElement === box;
  const c = typing ? caretOf(box) : null;
  box.value = text;
  if (c) placeCaret(box, movedCaret(c, by, max));
}

/**
 * Sets `box`'s text to `cut.text` (words cut out: unsent.ts cutShared). Someone typing in it keeps
 * the caret on the same characters; a caret inside the words cut out goes to where they were.
 */
export function cutKeepingCaret(box: HTMLTextAreaElement, cut: { text: string; from: number; to: number; put: string }): void {
  const typing = box.ownerDocument.activeElement === box;
  const c = typing ? caretOf(box) : null;
  box.value = cut.text;
  if (!c) return;
  const at = (n: number): number => (n <= cut.from ? n : n >= cut.to ? n - (cut.to - cut.from) + cut.put.length : cut.from);
  placeCaret(box, { start: at(c.start), end: at(c.end), dir: c.dir });
}
