// Entry point: read config, start, stop cleanly on signals. Nothing else.
import { startServer } from './app.js';
import { log } from './log.js';

const server = await startServer().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : 'start-up failed');
  process.exit(1);
});

// SIGHUP re-reads the weekly groups file without a restart (the registry logs the outcome).
process.on('SIGHUP', () => {
  server.reloadGroups();
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log('stopping', { signal });
    void server.close().then(() => process.exit(0));
  });
}
