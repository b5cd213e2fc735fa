// The esbuild options of the server bundle, shared by `npm start`'s build (scripts/build-server.ts)
// and the benchmark's server children (scripts/bench/servers.ts), so the benchmark measures what
// an operator runs. Idle heap (Issue 10, target ≤ 15 MB): the bundle's source text stays in the
// heap for the life of the process, so whitespace and comments are left out (names are kept for
// readable stack traces; the source map points back to the files), and zod is bundled with our
// code, tree-shaken, instead of loading its whole published module graph (0.5 MB less idle heap
// measured with `npx tsx scripts/bench/heap-only.ts 5 runde-memory,runde-redis`). Every other
// package stays external, loaded from node_modules as published.
import { build, type BuildOptions } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Dependencies bundled into the server rather than loaded from node_modules. */
export const BUNDLED_DEPENDENCIES = ['zod'];

/** The options every server bundle is built with (entry point and output are the caller's). */
export function serverBundleOptions(): BuildOptions {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as Record<'dependencies' | 'devDependencies', Record<string, string>>;
  // Development packages too: the benchmark's relays (scripts/bench/) are built with these options and use `ws`.
  const packages = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies ?? {})];
  return {
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // esbuild's node20 target lowers a regex literal with \p{…} outside a character class to
    // `new RegExp(…)`, which builds (and, once V8's cache has let it go, compiles) a regex on
    // every run of the code around it: the guard's per-share checks did so (Issue 10: CPU per
    // delivery). Node 20 has Unicode property escapes; the literals are kept as written.
    supported: { 'regexp-unicode-property-escapes': true },
    external: packages.filter((d) => !BUNDLED_DEPENDENCIES.includes(d)),
    minifyWhitespace: true,
    legalComments: 'none',
    logLevel: 'warning',
  };
}

/**
 * Builds the server (server/main.ts) into one ES module at `outfile` (an absolute path), with a
 * linked source map beside it, as `npm start` runs it. Rejects on a build error.
 */
export async function buildServerBundle(outfile: string): Promise<void> {
  await build({ entryPoints: [fileURLToPath(new URL('../server/main.ts', import.meta.url))], outfile, ...serverBundleOptions(), sourcemap: 'linked' });
}
