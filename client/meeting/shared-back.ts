// Words the page thought unsent that the room has after all. A share sent on a weak link can go
// through with its answer lost: the connection drops first, every retry runs out, and the page
// says "Not sent" and keeps the words (composer.ts). Its own `share` event (live, or replayed in
// the resume's `missed`: docs/protocol.md "Delivery") then says it was shared. A fresh tester saw
// the words stay in the box as "not shared yet", and words typed after them sent with them again.
import type { Composer } from './composer.js';
import type { DraftBox } from './draft.js';
import type { TimeBox } from './time-box.js';

export interface SharedBackParts {
  composer: Composer;
  draft: DraftBox;
  timeBox: TimeBox;
}

/**
 * A `share` event of your own, `text` as the server cleaned it. If it is a share this page sent
 * and had not seen go through, its words leave whichever box they stand in now (the share box, or
 * the draft box they were moved to when the turn went), what was typed around them stays, and the
 * notes saying they were not sent or not shared go. Returns whether it was such a share (the page
 * then lays the boxes out again: the draft box may have been emptied).
 */
export function sharedBack(text: string, { composer, draft, timeBox }: SharedBackParts): boolean {
  const elsewhere = composer.sharedSeen(text);
  if (elsewhere === null) return false;
  if (elsewhere) draft.takeShared(elsewhere);
  timeBox.clearNote();
  return true;
}
