// Entry point: read config, start, stop cleanly on signals. Nothing else.
import { startServer } from './app.js';
import { ConfigError } from './config.js';
import { log } from './log.js';
import { errorName, errorSite } from './error-site.js';
import { RedisStartError } from './store/redis-start.js';
import { installSafetyNet } from './safety-net.js';

installSafetyNet();

const server = await startServer().catch((err: unknown) => {
  // A bad setting: one line per variable, what it expects; status 2 (a usage error), no stack.
  if (err instanceof ConfigError) {
    for (const line of err.problems) console.error(`runde: configuration: ${line}`);
    process.exit(2);
  }
  // Redis not usable (unreachable, wrong password, wrong Sentinel setting, no such db): one line.
  if (err instanceof RedisStartError) {
    console.error(`runde: redis: ${err.message}`);
    process.exit(1);
  }
  console.error(err instanceof Error ? err.message : 'start-up failed');
  process.exit(1);
});

// Memory figures for operators and the soak drill (scripts/drills/soak.ts): sizes only.
if (server.config.memoryLogMs > 0) {
  const mb = (bytes: number): number => Math.round(bytes / 104857.6) / 10;
  setInterval(() => {
    const m = process.memoryUsage();
    log('memory', { rssMb: mb(m.rss), heapMb: mb(m.heapUsed) });
  }, server.config.memoryLogMs).unref();
}

// SIGHUP re-reads the weekly groups file without a restart (the registry logs the outcome).
process.on('SIGHUP', () => {
  server.reloadGroups();
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log('stopping', { signal });
    // A stop must end within the stop timeout whatever Redis does; the clean part never throws.
    setTimeout(() => {
      log('stop_timeout', {});
      process.exit(0);
    }, server.config.stopTimeoutMs + 1000).unref();
    void server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        log('stop_error', { error: errorName(err), at: errorSite(err) });
        process.exit(0);
      },
    );
  });
}
