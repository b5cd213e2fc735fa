// The built client and how it is served: budget, no HTML injection sinks, strict headers.
import express from 'express';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildClient } from '../../scripts/build-client.js';
import { serveClient } from '../../server/static.js';

let dir = '';
let files: string[] = [];
let server: Server;
let base = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'runde-client-'));
  files = (await buildClient({ outDir: dir, quiet: true })).files;
  const app = express();
  serveClient(app, { distDir: dir });
  server = app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((r) => server?.close(r));
  if (dir) await rm(dir, { recursive: true, force: true });
});

const read = (f: string) => readFile(join(dir, f));

describe('client build', () => {
  /** What a browser fetches as the page starts: index.html and every asset it names (the module it runs, the chunks that module imports, the style). */
  const firstLoadFiles = async (): Promise<string[]> => {
    const html = (await read('index.html')).toString();
    return ['index.html', ...[...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]!)];
  };

  it('first load (HTML, JS with socket.io-client, CSS) stays under 150 KB compressed', async () => {
    const firstLoad = await firstLoadFiles();
    // Everything the app imports as it starts is named in the page (fetched beside it, and counted here).
    const app = firstLoad.find((f) => /^assets\/app-.*\.js$/.test(f))!;
    const imported = [...(await read(app)).toString().matchAll(/\bfrom ?"\.\/([^"]+\.js)"/g)].map((m) => `assets/${m[1]}`);
    for (const f of imported) expect(firstLoad, f).toContain(f);
    expect(firstLoad.filter((f) => /^assets\/(app|style)-/.test(f))).toHaveLength(2);
    let gz = 0;
    let br = 0;
    for (const f of firstLoad) {
      const body = await read(f);
      gz += gzipSync(body, { level: 6 }).length;
      br += brotliCompressSync(body).length;
    }
    expect(gz).toBeLessThan(150 * 1024);
    expect(br).toBeLessThan(gz);
  });

  // The guard's rules, for hints while typing, are a third of the page's code and wait for a
  // meeting's page (client/guard.ts): not in the first load, and loaded by the app alone.
  it("keeps the guard's rules out of the first load, in a chunk the app imports when a meeting opens", async () => {
    const firstLoad = await firstLoadFiles();
    const js = files.filter((f) => f.endsWith('.js'));
    const later = js.filter((f) => !firstLoad.includes(f));
    expect(later.length).toBeGreaterThan(0);
    const app = (await read(firstLoad.find((f) => /^assets\/app-/.test(f))!)).toString();
    for (const f of later) expect(app).toMatch(new RegExp(`import\\("\\./${f.slice('assets/'.length).replace(/\./g, '\\.')}"\\)`));
    const laterBytes = (await Promise.all(later.map(read))).reduce((n, b) => n + b.length, 0);
    expect(laterBytes).toBeGreaterThan(80_000);
    // A word the rules look for (recommendations) and the page itself never says: in the chunk alone.
    const chunks = (await Promise.all(later.map(read))).map(String).join('');
    expect(chunks).toContain('anbefaler');
    expect(app).not.toContain('anbefaler');
  });

  it('contains no HTML-parsing sinks and names no third-party host', async () => {
    const js = files.filter((f) => /^assets\/.*\.js$/.test(f));
    expect(js.length).toBeGreaterThan(1);
    for (const f of js) {
      const code = (await read(f)).toString();
      for (const sink of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'new Function']) expect(code, f).not.toContain(sink);
    }
    const html = (await read('index.html')).toString();
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    expect(html).not.toMatch(/<script>|style=/);
  });

  it('skips the build with --if-needed when nothing changed', async () => {
    expect((await buildClient({ outDir: dir, quiet: true, ifNeeded: true })).skipped).toBe(true);
  });
});

describe('serveClient', () => {
  it('serves the page for / and /m/:id with the strict CSP, no referrer, no caching and no cookies', async () => {
    for (const path of ['/', '/m/AbC_12-x']) {
      const res = await fetch(base + path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/html/);
      expect(res.headers.get('content-security-policy')).toBe(
        "default-src 'self';script-src 'self';style-src 'self';img-src 'self' data:;connect-src 'self';font-src 'self';object-src 'none';base-uri 'none';frame-ancestors 'none';form-action 'self';require-trusted-types-for 'script';trusted-types 'none'",
      );
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('cache-control')).toMatch(/no-store/);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('set-cookie')).toBeNull();
      expect(await res.text()).toContain('<div id="app">');
    }
  });

  it('serves the neutral exit page without caching', async () => {
    const res = await fetch(`${base}/exit`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/no-store/);
    const body = await res.text();
    expect(body).not.toMatch(/Runde|møte|meeting/i);
  });

  it('serves the neutral exit page in English to a reader who had English on screen', async () => {
    const res = await fetch(`${base}/exit?lang=en`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/no-store/);
    const body = await res.text();
    expect(body).toContain('<html lang="en">');
    expect(body).toContain('<title>Simple vegetable soup</title>');
    expect(body).not.toMatch(/Runde|møte|meeting/i);
    // Any other value is the bokmål page.
    expect(await (await fetch(`${base}/exit?lang=xx`)).text()).toContain('<title>Enkel grønnsakssuppe</title>');
  });

  it('caches hashed assets for a year, compressed', async () => {
    const js = files.find((f) => /^assets\/app-.*\.js$/.test(f)) ?? '';
    const res = await fetch(`${base}/${js}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
    expect(res.headers.get('content-encoding')).toBe('gzip');
  });

  // The first load on a weak link: the build's own Brotli (quality 11) is ~15 % smaller than what
  // compression() makes per request (quality 4), and costs the server nothing per request.
  it('sends each asset as the build compressed it, Brotli first, gzip to a browser without it, raw to one that asks for neither', async () => {
    const { request } = await import('node:http');
    const { brotliDecompressSync, constants, gunzipSync } = await import('node:zlib');
    const get = (path: string, encoding: string) =>
      new Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }>((done, fail) => {
        const req = request(`${base}/${path}`, { headers: { 'accept-encoding': encoding } }, (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done({ headers: res.headers, body: Buffer.concat(chunks) }));
        });
        req.on('error', fail);
        req.end();
      });
    const assets = files.filter((f) => /^assets\/.*\.(js|css)$/.test(f));
    expect(assets.length).toBeGreaterThanOrEqual(4);
    for (const f of assets) {
      const raw = await read(f);
      const br = await get(f, 'gzip, deflate, br');
      expect(br.headers['content-encoding'], f).toBe('br');
      expect(br.body.equals(await read(`${f}.br`)), f).toBe(true);
      expect(brotliDecompressSync(br.body).equals(raw), f).toBe(true);
      expect(br.headers.vary, f).toMatch(/accept-encoding/i);
      expect(br.headers['cache-control'], f).toMatch(/max-age=31536000.*immutable/);
      expect(br.headers['content-type'], f).toMatch(f.endsWith('.js') ? /javascript/ : /text\/css/);
      const gz = await get(f, 'gzip');
      expect(gz.headers['content-encoding'], f).toBe('gzip');
      expect(gunzipSync(gz.body).equals(raw), f).toBe(true);
      const plain = await get(f, 'identity');
      expect(plain.headers['content-encoding'], f).toBeUndefined();
      expect(plain.body.equals(raw), f).toBe(true);
    }
    const js = assets.find((f) => f.endsWith('.js'))!;
    expect((await read(`${js}.br`)).length).toBeLessThan(brotliCompressSync(await read(js), { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }).length * 0.9);
  });

  it('does not answer other paths with the page', async () => {
    for (const path of ['/m/', '/m/bad%20id', '/m/a/b', '/assets/nope.js', '/admin']) {
      expect((await fetch(base + path)).status, path).toBe(404);
    }
  });
});
