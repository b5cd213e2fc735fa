// Issue 14: the page shows the hash of the code it runs, and the README must say how to check
// it. The README's command, run on a real build, prints the hash the built page shows; and the
// privacy page (nb, en) names the same command.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dict } from '../../client/i18n.js';
import { builtClient } from '../helpers/browser.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The README's section on checking the build hash, up to the next section. */
function section(): string {
  const start = readme.indexOf('## Checking the code your browser runs');
  expect(start, 'a README section on checking the code hash').toBeGreaterThanOrEqual(0);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

describe('the README says how to check the build hash the page shows', () => {
  it('names the build and the sha256sum command, the same the privacy page gives in nb and en', () => {
    const text = section();
    expect(text).toContain('npm ci && npm run build');
    expect(text).toContain('sha256sum dist/client/assets/app-*.js');
    expect(text).toMatch(/privacy/);
    for (const lang of ['nb', 'en'] as const) {
      expect(dict(lang).privacyCodeHow).toContain('npm ci && npm run build');
      expect(dict(lang).privacyCodeHow).toContain('sha256sum dist/client/assets/app-*.js');
    }
  });

  it('the command, run on a build, prints the hash the built page carries', { timeout: 120_000 }, async () => {
    const built = await builtClient();
    try {
      const apps = readdirSync(join(built.dir, 'assets')).filter((f) => /^app-.*\.js$/.test(f));
      expect(apps.length, 'exactly one file matches dist/client/assets/app-*.js').toBe(1);
      const printed = createHash('sha256').update(readFileSync(join(built.dir, 'assets', apps[0]!))).digest('hex');
      const meta = /<meta name="runde-code" content="sha256-([0-9a-f]{64})">/.exec(readFileSync(join(built.dir, 'index.html'), 'utf8'))?.[1];
      expect(meta).toBe(printed);
    } finally {
      await built.dispose();
    }
  });
});
