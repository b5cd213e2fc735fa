// Builds the server into one ES module, dist/server.js, so `npm start` runs plain JavaScript on
// Node with no TypeScript loader at run time (tsx stays a development and build tool).
// Our own code (server/ and shared/) is bundled, with the options in scripts/server-bundle.ts
// (dependencies external but zod; no whitespace or comments). The output sits directly in dist/
// because server/static.ts finds the client at <its own folder>/../dist/client, which holds from
// dist/server.js too.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServerBundle } from './server-bundle.js';

await buildServerBundle(join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'dist', 'server.js'));
