// Packages a server may never need are loaded on first use, not at start (Issue 10: idle heap).
// A package's source and objects stay in the heap for the life of the process once loaded:
// luxon and yaml only serve weekly groups, socket.io-client only the practice room, ioredis and
// the Redis adapter only a server with REDIS_URL, so a server without them never pays for them.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A getter for the package `id`, loaded synchronously (through require, so callers stay
 * synchronous) on its first call and kept. Throws what require throws (a missing package).
 * Type-only imports of the package cost nothing and may stay static.
 */
export function lazyModule<T>(id: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(id) as T);
}

