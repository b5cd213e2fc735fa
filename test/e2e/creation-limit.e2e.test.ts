// The creation limit on the landing page in real Chromium: a refused create or practice says how
// long to wait, in minutes, in the page's language (it once said only "wait a moment"), and the
// create form keeps everything typed so sending again later is one press.
import { describe, expect, it } from 'vitest';
import { e2eStage } from '../helpers/e2e-stage.js';
import { tid, waitText, type Lang } from '../helpers/browser.js';

// One of each an hour: the test spends them from this process (the same address as the browser).
const stage = e2eStage({ createPerHour: 1, practicePerHour: 1 });

/** Spends this address's budget on `path` until the server refuses. */
async function spend(path: '/api/meetings' | '/api/practice'): Promise<void> {
  const body = path === '/api/meetings' ? { title: 'Brukt', formatId: 'standard', language: 'nb', access: 'open', listed: false } : { language: 'nb' };
  for (let i = 0; i < 3; i++) {
    const res = await fetch(`${stage.server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    await res.body?.cancel();
    if (res.status === 429) return;
  }
  throw new Error(`${path} never refused`);
}

const WORDS: Record<Lang, { create: RegExp; practice: RegExp }> = {
  // The hour's window has just started: 60 minutes, or 59 if the test ran slowly.
  en: {
    create: /^Too many meetings created from this connection\. Try again in about (59|60) minutes\.$/u,
    practice: /^Too many practice meetings opened from this connection\. Try again in about (59|60) minutes\.$/u,
  },
  nb: {
    create: /^For mange møter opprettet fra denne tilkoblingen\. Prøv igjen om omtrent (59|60) minutter\.$/u,
    practice: /^For mange øvingsmøter åpnet fra denne tilkoblingen\. Prøv igjen om omtrent (59|60) minutter\.$/u,
  },
};

describe('the creation limit on the landing page', () => {
  for (const lang of ['en', 'nb'] as const satisfies readonly Lang[]) {
    it(`(${lang}) says how many minutes to wait, and the form keeps what was typed`, { timeout: 60_000 }, async () => {
      await spend('/api/meetings');
      await spend('/api/practice');
      const { page } = await stage.person({ lang });
      await page.goto(`${stage.server.url}/`);

      await tid(page, 'create-title').fill('Torsdagsmøtet');
      await tid(page, 'create-access-closed').check();
      await tid(page, 'create-join-code').fill('sommer-2026');
      await tid(page, 'create-discreet').check();
      await tid(page, 'create-listed').uncheck();
      await tid(page, 'create-submit').click();
      await tid(page, 'create-error').waitFor({ state: 'visible' });
      await waitText(tid(page, 'create-error'), WORDS[lang].create);
      // Everything typed is still there, on the landing page.
      expect(await tid(page, 'create-title').inputValue()).toBe('Torsdagsmøtet');
      expect(await tid(page, 'create-access-closed').isChecked()).toBe(true);
      expect(await tid(page, 'create-join-code').inputValue()).toBe('sommer-2026');
      expect(await tid(page, 'create-discreet').isChecked()).toBe(true);
      expect(await tid(page, 'create-listed').isChecked()).toBe(false);
      expect(new URL(page.url()).pathname).toBe('/');

      await tid(page, 'practice-open').click();
      await tid(page, 'practice-error').waitFor({ state: 'visible' });
      await waitText(tid(page, 'practice-error'), WORDS[lang].practice);
    });
  }
});
