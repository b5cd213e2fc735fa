// A share held by the guard (hold mode) is never lost without a word (client/meeting/composer.ts
// giveHeldBack, and the turn's end): a fresh tester (2026-12-06) had «Velkommen til deg som er ny.
// Du er på rett sted.» held (the words here are others the guard holds), then wrote and sent «Jeg har det tungt i dag…»: the new sentence went
// out, the server dropped the held one as a new share replaces it (docs/protocol.md), and its words
// were nowhere. Every way a held share is dropped is played here: a new share, a new share held in
// its place, Done with words written, the turn's end; and a rephrasing, which gives nothing back.
// The page's real code in jsdom, its connection faked and applied to the real core.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dict } from '../../client/i18n.js';
import type { Command } from '../../shared/meeting/commands.js';
import type { Ack } from '../../shared/protocol.js';
import { inRound, type Run } from '../core/helpers.js';
import { useDomGlobals } from '../helpers/dom-globals.js';
import { mountPage, PAGE_GLOBALS, preparePageWindow, type MountedPage } from '../helpers/meeting-page.js';

useDomGlobals(PAGE_GLOBALS, preparePageWindow);
vi.mock('../../client/connection.js', async () => ({ Connection: (await import('../helpers/meeting-page.js')).FakeConnection }));

// Advice to the listener, which the guard holds in hold mode (test/core/guard-count.test.ts).
const HELD = 'Du bør gå fra ham.';
const NEXT = 'Jeg har det tungt i dag, og jeg vet ikke helt hvorfor.';

let open: MountedPage | null = null;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  open?.destroy();
  open = null;
  vi.useRealTimers();
});

/** Answers in, and the hints drawn (LiveHints waits 300 ms after the last change). */
const flush = async (): Promise<void> => {
  await vi.advanceTimersByTimeAsync(400);
};

/** The speaker's page in hold mode with HELD held; its sends go to the core, the view pushed before each answer. */
async function heldPage(lang: 'nb' | 'en'): Promise<{ r: Run; me: string; page: MountedPage }> {
  const r = inRound({ others: ['b', 'c'] });
  r.ok({ type: 'setGuardMode', by: 'a', mode: 'hold' });
  const me = r.speaker!;
  const page = await mountPage(r, me, lang);
  open = page;
  const types: Record<string, (p: Record<string, unknown>) => Command> = {
    share: (p) => ({ type: 'share', by: me, text: String(p.text), confirm: p.confirm === true }),
    finishShare: () => ({ type: 'finishShare', by: me }),
  };
  page.conn.send = (event: string, payload: Record<string, unknown>): Promise<Ack> => {
    page.conn.sent.push({ event, payload });
    const cmd = types[event];
    if (cmd) {
      r.ok(cmd(payload));
      page.push();
    }
    return Promise.resolve({ ok: true } as Ack);
  };
  await write(page, HELD);
  page.q<HTMLButtonElement>('composer-send')!.click();
  await flush();
  expect(r.state.held?.text).toBe(HELD);
  expect(page.q('guard-held-share')?.textContent).toContain(HELD);
  return { r, me, page };
}

async function write(page: MountedPage, text: string): Promise<void> {
  const box = page.q<HTMLTextAreaElement>('composer')!;
  box.value = text;
  box.dispatchEvent(new Event('input'));
  await flush();
}

const shared = (r: Run): string[] => (r.state.shares ?? []).map((s) => s.text ?? '');

describe('a share held by the guard', () => {
  for (const lang of ['nb', 'en'] as const) {
    const t = dict(lang);

    it(`(${lang}) replaced by a new share: its words come back to the share box, said not shared`, async () => {
      const { r, page } = await heldPage(lang);
      await write(page, NEXT);
      page.q<HTMLButtonElement>('composer-send')!.click();
      await flush();
      expect(shared(r)).toContain(NEXT);
      expect(r.state.held).toBeNull();
      expect(page.q('guard-held-share')).toBeNull();
      expect(page.q<HTMLTextAreaElement>('composer')!.value).toBe(HELD);
      const note = page.q('guard-held-back')!;
      expect(note.hidden).toBe(false);
      expect(note.textContent).toBe(t.guardHeldBack);
      // Emptied by the writer: the note goes with its words.
      await write(page, '');
      expect(note.hidden).toBe(true);
    });

    it(`(${lang}) replaced by a new share held in its place: the first one's words come back`, async () => {
      const { r, page } = await heldPage(lang);
      const other = 'Du bør ringe sponsoren din i kveld.';
      await write(page, other);
      page.q<HTMLButtonElement>('composer-send')!.click();
      await flush();
      expect(r.state.held?.text).toBe(other);
      expect(page.q<HTMLTextAreaElement>('composer')!.value).toBe(HELD);
      expect(page.q('guard-held-back')!.hidden).toBe(false);
    });

    it(`(${lang}) Done with new words written: the held words go on to the draft box, said not shared`, async () => {
      const { r, page } = await heldPage(lang);
      await write(page, NEXT);
      page.q<HTMLButtonElement>('finish-share')!.click();
      await flush();
      expect(shared(r)).toContain(NEXT);
      expect(r.state.speaker?.id).not.toBe('a');
      expect(page.q<HTMLTextAreaElement>('draft-input')!.value).toContain(HELD);
      expect(page.q('draft-kept')!.hidden).toBe(false);
    });

    it(`(${lang}) at the turn's end: its words go to the draft box`, async () => {
      const { r, page } = await heldPage(lang);
      r.tickAt(r.now + 60 * 60_000);
      expect(r.state.speaker?.id).not.toBe('a');
      page.push();
      await flush();
      expect(page.q<HTMLTextAreaElement>('draft-input')!.value).toContain(HELD);
      expect(page.q('draft-kept')!.hidden).toBe(false);
    });

    it(`(${lang}) rephrased ("Rephrase it", then sent): nothing comes back, nothing is said`, async () => {
      const { r, page } = await heldPage(lang);
      page.q<HTMLButtonElement>('guard-held-edit')!.click();
      await flush();
      expect(page.q<HTMLTextAreaElement>('composer')!.value).toBe(HELD);
      await write(page, 'Jeg er glad for at det kom noen nye i dag.');
      page.q<HTMLButtonElement>('composer-send')!.click();
      await flush();
      expect(r.state.held).toBeNull();
      expect(page.q<HTMLTextAreaElement>('composer')!.value).toBe('');
      expect(page.q('guard-held-back')!.hidden).toBe(true);
    });
  }
});
