// The first-load budget, measured against the real server the way scripts/first-load-size.ts
// does: the landing page and every script, stylesheet and icon it names, as transferred.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assetUrls, describeFirstLoad, FIRST_LOAD_BUDGET_BYTES, measureFirstLoad } from '../../scripts/first-load-size.js';
import { startE2eServer, type E2eServer } from '../helpers/browser.js';

let server: E2eServer;

beforeAll(async () => {
  server = await startE2eServer();
});

afterAll(async () => {
  await server?.close();
});

describe('first load', () => {
  it('the landing page with its scripts, styles and icon stays within 150 KB compressed', async () => {
    const r = await measureFirstLoad(server.url);
    console.log(describeFirstLoad(r));
    const paths = r.assets.map((a) => a.path);
    expect(paths[0]).toBe('/');
    expect(paths.some((p) => /^\/assets\/app-.*\.js$/.test(p))).toBe(true);
    expect(paths.some((p) => /^\/assets\/style-.*\.css$/.test(p))).toBe(true);
    expect(paths).toContain('/favicon.svg');
    expect(r.assets.every((a) => a.status === 200)).toBe(true);
    // The big files travel compressed, as a browser asks for them.
    for (const a of r.assets.filter((x) => x.raw > 4096)) expect(a.encoding, a.path).toMatch(/^(br|gzip)$/);
    expect(r.compressed).toBeLessThan(r.raw);
    expect(r.compressed).toBeLessThanOrEqual(FIRST_LOAD_BUDGET_BYTES);
  });

  it('finds scripts, stylesheets and icons in HTML, and nothing else', () => {
    const base = new URL('http://127.0.0.1:1/');
    const html = `<link rel="icon" href="/favicon.svg"><link rel=stylesheet href=/assets/a.css><script type="module" src='/assets/b.js'></script>
      <link rel="icon" href="data:,"><a href="/elsewhere">x</a><link rel="canonical" href="/c"><script>inline()</script>`;
    expect(assetUrls(html, base).map((u) => u.pathname)).toEqual(['/favicon.svg', '/assets/a.css', '/assets/b.js']);
  });
});
