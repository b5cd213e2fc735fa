// Builds the browser client into dist/client: one minified, content-hashed JS bundle (with the
// chunks it imports: the guard's rules come later, client/guard.ts) and CSS file,
// index.html (the single page) and exit.html / exit-en.html (the neutral page quick exit lands on).
// `--if-needed` skips the build when dist is newer than every source it is made from.
import { createHash } from 'node:crypto';
import { build } from 'esbuild';
import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';
import { EXIT_WORDS } from '../client/exit-words.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DEFAULT_OUT_DIR = join(root, 'dist', 'client');
const SOURCES = ['client', 'shared', 'scripts/build-client.ts', 'package-lock.json'];

async function newestMtime(path: string): Promise<number> {
  let s;
  try {
    s = await stat(path);
  } catch {
    return 0;
  }
  if (!s.isDirectory()) return s.mtimeMs;
  let newest = s.mtimeMs;
  for (const entry of await readdir(path)) newest = Math.max(newest, await newestMtime(join(path, entry)));
  return newest;
}

async function upToDate(outDir: string): Promise<boolean> {
  const built = await stat(join(outDir, 'index.html')).then((s) => s.mtimeMs, () => 0);
  if (!built) return false;
  for (const src of SOURCES) if ((await newestMtime(join(root, src))) > built) return false;
  return true;
}

const FAVICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><circle cx="16" cy="16" r="11" fill="none" stroke="#1d5c57" stroke-width="4"/></svg>`;

function indexHtml(js: string, css: string, codeHash: string, preload: readonly string[]): string {
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="color-scheme" content="light dark">
<meta name="robots" content="noindex">
<meta name="runde-code" content="${codeHash}">
<title>Runde</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/assets/${css}">
${preload.map((f) => `<link rel="modulepreload" href="/assets/${f}">\n`).join('')}<script type="module" src="/assets/${js}"></script>
</head>
<body>
<div id="app"><noscript><p>Runde trenger JavaScript. Runde needs JavaScript.</p></noscript></div>
</body>
</html>
`;
}

// Quick exit lands here. It must look like nothing in particular and lead nowhere back.
const EXIT_CSS = `body{margin:0;font-family:Georgia,'Times New Roman',serif;background:#fbfaf7;color:#222;line-height:1.6}
main{max-width:36rem;margin:0 auto;padding:2rem 1.25rem}h1{font-size:1.6rem;margin:0 0 1rem}
h2{font-size:1.1rem;margin:1.5rem 0 .5rem}ul,ol{padding-left:1.25rem}a{color:#1a4f8a}p{margin:0 0 .9rem}
`;

/**
 * The neutral page quick exit lands on: an everyday recipe with no word of Runde or meetings, in
 * the language the person had chosen (bokmål, or English with `lang` 'en': a Norwegian page
 * would stand out on an English reader's screen).
 */
function exitHtml(css: string, lang: 'nb' | 'en'): string {
  const w = EXIT_WORDS[lang];
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>${w.title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/assets/${css}">
</head>
<body>
<main>
<h1>${w.title}</h1>
<p>${w.lead}</p>
<h2>${w.need}</h2>
<ul>
${w.items.map((i) => `<li>${i}</li>`).join('\n')}
</ul>
<h2>${w.how}</h2>
<ol>
${w.steps.map((i) => `<li>${i}</li>`).join('\n')}
</ol>
<p><a href="${w.weatherUrl}">${w.weather}</a></p>
</main>
</body>
</html>
`;
}


/**
 * Writes `<file>.br` (Brotli, quality 11) and `<file>.gz` (gzip, level 9) beside each asset, for
 * the server to send as they are (server/static.ts). Built once here, a phone's first load is
 * ~15 % smaller than the on-the-fly Brotli (quality 4) a request can afford, at no CPU per
 * request; an asset without them is still compressed on the fly.
 */
async function precompress(assetsDir: string, names: string[]): Promise<void> {
  await Promise.all(
    names.map(async (name) => {
      const raw = await readFile(join(assetsDir, name));
      const br = await promisify(brotliCompress)(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: raw.length } });
      await writeFile(join(assetsDir, `${name}.br`), br);
      await writeFile(join(assetsDir, `${name}.gz`), await promisify(gzip)(raw, { level: 9 }));
    }),
  );
}

export async function buildClient(opts: { ifNeeded?: boolean; quiet?: boolean; outDir?: string } = {}): Promise<{ skipped: boolean; files: string[] }> {
  const outDir = opts.outDir ?? DEFAULT_OUT_DIR;
  const assetsDir = join(outDir, 'assets');
  if (opts.ifNeeded && (await upToDate(outDir))) {
    if (!opts.quiet) console.log('client: up to date');
    return { skipped: true, files: [] };
  }
  await rm(outDir, { recursive: true, force: true });
  await mkdir(assetsDir, { recursive: true });
  const result = await build({
    entryPoints: { app: join(root, 'client', 'main.ts'), style: join(root, 'client', 'styles.css') },
    bundle: true,
    minify: true,
    format: 'esm',
    target: ['es2022', 'chrome109', 'firefox115', 'safari15.4'],
    platform: 'browser',
    outdir: assetsDir,
    // The guard's rules load on their own when a meeting opens (client/guard.ts): a chunk.
    splitting: true,
    chunkNames: 'chunk-[hash]',
    entryNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    metafile: true,
    legalComments: 'none',
    sourcemap: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const outputs = Object.keys(result.metafile.outputs).map((p) => relative(assetsDir, resolve(root, p)));
  const js = outputs.find((f) => /^app-.*\.js$/.test(f));
  const css = outputs.find((f) => f.endsWith('.css'));
  if (!js || !css) throw new Error('client build produced no JS or CSS');
  // The chunks the app imports as it starts (what it shares with the guard's chunk) are fetched
  // beside it, not after it has been read: one round trip less on a slow link.
  const appOut = result.metafile.outputs[relative(root, join(assetsDir, js))];
  const preload = (appOut?.imports ?? []).filter((i) => i.kind === 'import-statement').map((i) => relative(assetsDir, resolve(root, i.path)));
  // Assets are cached for a year, so even the fixed exit stylesheet carries its content's hash.
  const exitCss = `exit-${createHash('sha256').update(EXIT_CSS).digest('hex').slice(0, 8)}.css`;
  await writeFile(join(assetsDir, exitCss), EXIT_CSS);
  await writeFile(join(outDir, 'favicon.svg'), FAVICON);
  await precompress(assetsDir, [...outputs, exitCss]);
  await writeFile(join(outDir, 'exit.html'), exitHtml(exitCss, 'nb'));
  await writeFile(join(outDir, 'exit-en.html'), exitHtml(exitCss, 'en'));
  // index.html last: its mtime is what --if-needed compares against.
  // The page shows the hash of the code it runs (client/code-hash.ts); a bundle cannot hold its own.
  const codeHash = `sha256-${createHash('sha256').update(await readFile(join(assetsDir, js))).digest('hex')}`;
  await writeFile(join(outDir, 'index.html'), indexHtml(js, css, codeHash, preload));
  const files = ['index.html', 'exit.html', 'exit-en.html', 'favicon.svg', ...outputs.map((f) => `assets/${f}`), `assets/${exitCss}`];
  if (!opts.quiet) console.log(`client: built ${files.join(', ')}`);
  return { skipped: false, files };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildClient({ ifNeeded: process.argv.includes('--if-needed') }).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
