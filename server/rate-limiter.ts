// rate-limiter-flexible's in-memory limiter, taken from its own file: the package's index loads
// every backend it supports (Redis, Mongo, Postgres, DynamoDB …), about 0.9 MB of heap a
// server never uses (Issue 10: idle heap). Same class, same behaviour as the index's export.
import { createRequire } from 'node:module';
import type { RateLimiterMemory as RateLimiterMemoryClass } from 'rate-limiter-flexible';

const require = createRequire(import.meta.url);

/** rate-limiter-flexible's RateLimiterMemory (see its documentation for options and errors). */
export const RateLimiterMemory = require('rate-limiter-flexible/lib/RateLimiterMemory.js') as typeof RateLimiterMemoryClass;
export type RateLimiterMemory = RateLimiterMemoryClass;
