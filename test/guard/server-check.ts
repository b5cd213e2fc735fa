// The server's own check of a share (shared/meeting/guard-mode.ts shareFindings) in a small
// meeting, for guard tests that need the meeting's names and the registered model.
import { shareFindings } from '../../shared/meeting/guard-mode.js';
import type { MeetingState } from '../../shared/meeting/state.js';

/** A meeting of the speaker ("Stille Hegre", id a) and `others`, in `language`, in nudge mode. */
export const nudgeMeeting = (language: 'nb' | 'en', others: string[] = []): MeetingState =>
  ({
    participants: [{ id: 'a', name: 'Stille Hegre' }, ...others.map((name, i) => ({ id: `o${i}`, name }))],
    language,
    guardMode: 'nudge',
  }) as unknown as MeetingState;

/** What the server finds in `text` shared by "Stille Hegre" beside `others` (model as registered). */
export const serverCheck = (text: string, lang: 'nb' | 'en', others: string[]) => shareFindings(nudgeMeeting(lang, others), { id: 'a' }, text);
