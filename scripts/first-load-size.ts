// The first-load budget: what a phone downloads to show the landing page, as served (compressed,
// the way a browser asks for it). Builds the client if needed, starts a real server on port 0,
// fetches `/` and every script, stylesheet and icon index.html names (nothing the JS loads later),
// prints one line and exits non-zero above the budget.
//   npx tsx scripts/first-load-size.ts
import { request } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

export const FIRST_LOAD_BUDGET_BYTES = 150 * 1024;

export interface LoadedAsset {
  path: string;
  status: number;
  encoding: string;
  /** Body bytes as sent over the wire (after content-encoding). */
  compressed: number;
  /** Body bytes once decoded. */
  raw: number;
}

export interface FirstLoad {
  compressed: number;
  raw: number;
  requests: number;
  assets: LoadedAsset[];
}

/** A plain GET that keeps the body as sent: fetch() would quietly decompress it. */
function get(url: URL): Promise<{ status: number; encoding: string; body: Buffer }> {
  return new Promise((resolvePromise, reject) => {
    const req = request(url, { method: 'GET', headers: { 'accept-encoding': 'br, gzip', accept: '*/*' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolvePromise({ status: res.statusCode ?? 0, encoding: String(res.headers['content-encoding'] ?? 'identity'), body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

function decode(body: Buffer, encoding: string): Buffer {
  switch (encoding) {
    case 'br':
      return brotliDecompressSync(body);
    case 'gzip':
      return gunzipSync(body);
    case 'deflate':
      return inflateSync(body);
    case 'identity':
      return body;
    default:
      throw new Error(`unexpected content-encoding ${encoding}`);
  }
}

/** The same-origin scripts, stylesheets and icons a page names in its HTML, in order. */
export function assetUrls(html: string, base: URL): URL[] {
  const found: URL[] = [];
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(2).find((v) => v !== undefined);
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    let href: string | undefined;
    if (/^<script/i.test(tag)) href = attr(tag, 'src');
    else if (/\brel\s*=\s*["']?[^"'>]*\b(stylesheet|icon|modulepreload|preload|apple-touch-icon|manifest)\b/i.test(tag)) href = attr(tag, 'href');
    if (!href || href.startsWith('data:')) continue;
    found.push(new URL(href, base));
  }
  return found;
}

/** Loads `/` and what index.html names, as a browser would for a first visit. */
export async function measureFirstLoad(baseUrl: string): Promise<FirstLoad> {
  const base = new URL('/', baseUrl);
  const assets: LoadedAsset[] = [];
  const fetchOne = async (url: URL): Promise<Buffer> => {
    const res = await get(url);
    const raw = decode(res.body, res.encoding);
    assets.push({ path: url.pathname, status: res.status, encoding: res.encoding, compressed: res.body.length, raw: raw.length });
    if (res.status !== 200) throw new Error(`${url.pathname} answered ${res.status}`);
    return raw;
  };
  const html = (await fetchOne(base)).toString('utf8');
  const urls = assetUrls(html, base);
  const foreign = urls.filter((u) => u.origin !== base.origin);
  if (foreign.length) throw new Error(`index.html loads from another origin: ${foreign.map((u) => u.href).join(', ')}`);
  for (const u of urls) await fetchOne(u);
  return {
    compressed: assets.reduce((n, a) => n + a.compressed, 0),
    raw: assets.reduce((n, a) => n + a.raw, 0),
    requests: assets.length,
    assets,
  };
}

const kb = (n: number): string => (n / 1024).toFixed(1);

export function describeFirstLoad(r: FirstLoad): string {
  return `first load: ${kb(r.compressed)} KB compressed (${kb(r.raw)} KB raw) over ${r.requests} requests`;
}

async function main(): Promise<number> {
  const { buildClient } = await import('./build-client.js');
  const { setLogSink } = await import('../server/log.js');
  const { startServer } = await import('../server/app.js');
  await buildClient({ ifNeeded: true, quiet: true });
  // The server's own log lines are not what this script reports.
  setLogSink(() => {});
  const server = await startServer({ port: 0, host: '127.0.0.1', redisUrl: null }, {});
  try {
    const r = await measureFirstLoad(server.url);
    for (const a of r.assets) console.log(`  ${a.path}  ${kb(a.compressed)} KB ${a.encoding} (${kb(a.raw)} KB raw)`);
    console.log(describeFirstLoad(r));
    if (r.compressed > FIRST_LOAD_BUDGET_BYTES) {
      console.error(`over the budget of ${kb(FIRST_LOAD_BUDGET_BYTES)} KB`);
      return 1;
    }
    return 0;
  } finally {
    await server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
