// Serves the built browser client (dist/client): compressed, with a strict CSP that enforces
// Trusted Types (so any innerHTML in the client fails loudly), no referrer, HTML never cached,
// hashed assets cached for a year. The single page answers `/` and `/m/:id`; `/exit` is the
// neutral page quick exit lands on. Sets no cookies.
import compression from 'compression';
import expressStaticGzip from 'express-static-gzip';
import type { Express, NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DEFAULT_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'client');
const MEETING_ID = /^[A-Za-z0-9_-]{1,64}$/;

export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'font-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'self'"],
  'require-trusted-types-for': ["'script'"],
  'trusted-types': ["'none'"],
};

const NO_STORE = 'no-store, max-age=0';

export function serveClient(app: Express, opts: { distDir?: string } = {}): void {
  const dist = opts.distDir ?? DEFAULT_DIST;
  app.use(compression());
  app.use(
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
      referrerPolicy: { policy: 'no-referrer' },
      frameguard: { action: 'deny' },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use((_req: Request, res: Response, next: NextFunction) => {
    // A meeting page has no use for devices or sensors; deny them outright.
    res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()');
    next();
  });

  // The build's own `.br` / `.gz` of each asset (scripts/build-client.ts), as the browser accepts
  // them, Brotli first; compression() leaves an encoded response alone. An asset without them
  // (a client built elsewhere) is compressed on the fly as before.
  app.use(
    '/assets',
    expressStaticGzip(join(dist, 'assets'), {
      enableBrotli: true,
      orderPreference: ['br', 'gzip'],
      index: false,
      serveStatic: { fallthrough: false, index: false, immutable: true, maxAge: '365d', dotfiles: 'deny' },
    }),
  );

  const page = (file: string) => (_req: Request, res: Response) => {
    const path = join(dist, file);
    res.setHeader('Cache-Control', NO_STORE);
    if (!existsSync(path)) {
      res.status(503).type('text/plain').send('The client is not built. Run: npm run build');
      return;
    }
    res.sendFile(path, { headers: { 'Cache-Control': NO_STORE }, lastModified: false });
  };

  app.get('/favicon.svg', (_req, res) => {
    res.sendFile(join(dist, 'favicon.svg'), { maxAge: '1d' });
  });
  app.get('/', page('index.html'));
  app.get('/m/:id', (req: Request, res: Response, next: NextFunction) => {
    const id = req.params.id;
    if (typeof id !== 'string' || !MEETING_ID.test(id)) return next();
    page('index.html')(req, res);
  });
  // A weekly group's one link (issue 13): the page asks /api/groups/:slug what to show.
  app.get('/g/:slug', (req: Request, res: Response, next: NextFunction) => {
    const slug = req.params.slug;
    if (typeof slug !== 'string' || !/^[a-z0-9-]{1,64}$/.test(slug)) return next();
    page('index.html')(req, res);
  });
  // Quick exit's neutral page, in the language the person had chosen (client/quick-exit.ts).
  app.get('/exit', (req: Request, res: Response) => page(req.query.lang === 'en' ? 'exit-en.html' : 'exit.html')(req, res));
  // The privacy page, in bokmål and in English (client/pages/privacy.ts).
  app.get(['/personvern', '/privacy'], page('index.html'));
}
