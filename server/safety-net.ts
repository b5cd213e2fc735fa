// The last line of defence: a rejection or exception nothing handled is logged (its kind and where in the code it was thrown: error-site.ts;
// never its message, which could hold a share or a name) and the process keeps serving. Every
// path we know of handles its own failures (adapter publishes, store calls, clock ticks,
// disconnect handlers); this exists so that one we missed cannot take every meeting down.
import { log } from './log.js';
import { errorSite } from './error-site.js';

let installed = false;

export function installSafetyNet(): void {
  if (installed) return;
  installed = true;
  process.on('unhandledRejection', (reason) => {
    log('unhandled_rejection', { error: reason instanceof Error ? reason.name : typeof reason, at: errorSite(reason) });
  });
  process.on('uncaughtException', (err) => {
    log('uncaught_exception', { error: err instanceof Error ? err.name : typeof err, at: errorSite(err) });
  });
}
