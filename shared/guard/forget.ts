// What the guard keeps between checks that came from a meeting, let go (README: nothing outlives
// the meeting). Server only: it imports the model, which the page never loads.
import { forgetLastText } from './literals.js';
import { forgetModelText } from './model.js';
import { forgetRooms } from './room.js';
import { forgetStarts } from './rules.js';

/**
 * Lets go of everything the guard keeps between checks that came from a meeting: the rooms'
 * names (room.ts perRoom) and the last text checked (the literal checks', the sentence starts',
 * the model's scratch). The server calls it when a meeting ends, and every few minutes so that a
 * meeting left to expire is not kept here longer than its keys are kept in the store (README:
 * nothing outlives the meeting). What stays is the guard's own: its patterns and the model.
 */
export function forgetGuardMemory(): void {
  forgetRooms();
  forgetLastText();
  forgetStarts();
  forgetModelText();
}
