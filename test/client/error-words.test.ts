// Every error the page shows is worded by the page (client/errors.ts errorText), in the page's
// language: the server's `message` is in the language its socket last joined in, and in English
// once the meeting has ended (a tester read an English error under a Norwegian page after the
// end). Source scan for the whole kind, and the one place it happened.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useDomGlobals } from '../helpers/dom-globals.js';

useDomGlobals(['window', 'document', 'HTMLElement', 'HTMLButtonElement', 'Node', 'Text', 'navigator', 'sessionStorage', 'localStorage', 'Event', 'MouseEvent']);

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));

describe("errors in the page's words", () => {
  it("no page code puts a server's message on screen", () => {
    const shown = files('client').flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (/(setText|textContent\s*=|h\([^)]*)\s*[^;]*\b(ack|res|reply|answer|body|b)\.message\b/u.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(shown).toEqual([]);
  });

  it('the chair question shows a refusal in the page language, not the server message', async () => {
    const { app } = await import('../../client/app.js');
    app.setLang('nb');
    const { ChairQuestion } = await import('../../client/meeting/chair-question.js');
    const q = new ChairQuestion({ testid: 'q', cls: 'x', title: 'T', text: 'X', answer: async () => ({ ok: false, code: 'MEETING_ENDED', message: 'The meeting has ended.' }) });
    document.body.replaceChildren(q.el);
    q.show();
    q.el.querySelector<HTMLButtonElement>('[data-testid="q-accept"]')!.click();
    await new Promise((r) => setTimeout(r, 0));
    const error = q.el.querySelector<HTMLElement>('[role="alert"]')!;
    expect(error.hidden).toBe(false);
    expect(error.textContent).not.toContain('The meeting has ended');
    expect(error.textContent).toBe((await import('../../client/errors.js')).errorText('MEETING_ENDED'));
  });
});
