// Builds the server into one ES module, dist/server.js, so `npm start` runs plain JavaScript on
// Node with no TypeScript loader at run time (tsx stays a development and build tool).
// Dependencies stay external (loaded from node_modules as published); only our own code
// (server/ and shared/) is bundled. The output sits directly in dist/ because server/static.ts
// finds the client at <its own folder>/../dist/client, which holds from dist/server.js too.
import { build } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

await build({
  entryPoints: [join(root, 'server', 'main.ts')],
  outfile: join(root, 'dist', 'server.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
});
