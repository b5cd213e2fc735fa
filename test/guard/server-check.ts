// The server's own check of a share (shared/meeting/guard-mode.ts shareFindings) in a small
// meeting, for guard tests that need the meeting's names and the registered model.
import { expect, it } from 'vitest';
import { GUARD_MODES, shareFindings } from '../../shared/meeting/guard-mode.js';
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

/**
 * Registers the cases of `handles` (text, language, the handle as written): the server's check
 * names each handle as contact details (`pii`), beside "Kari" and "Per", and stops it in every
 * guard mode, as contact details are.
 */
export function itStopsHandles(handles: readonly (readonly [string, 'nb' | 'en', string])[]): void {
  it.each(handles)('%s', (text, lang, handle) => {
    expect(serverCheck(text, lang, ['Kari', 'Per']).map((f) => [f.kind, f.match])).toContainEqual(['pii', handle]);
  });
  it('is stopped in every guard mode, as contact details are', () => {
    for (const mode of GUARD_MODES) {
      for (const [text, lang, handle] of handles) {
        const meeting = { ...nudgeMeeting(lang, ['Kari', 'Per']), guardMode: mode } as MeetingState;
        expect(shareFindings(meeting, { id: 'a' }, text), `${mode}: ${text}`).toContainEqual({ kind: 'pii', match: handle });
      }
    }
  });
}
