// Which failures mean "the store cannot be reached right now" (answered STORE_UNAVAILABLE: try
// again) rather than a bug (answered INTERNAL). Only these are retried by the client.

/** Messages ioredis gives a command that could not be sent or answered (ioredis 6, built/utils, Redis.js). */
const CONNECTION_MESSAGES = [
  "Stream isn't writeable", // offline queue off and not connected
  'Command timed out', // commandTimeout
  'Connection is closed', // the connection ended with the command pending
  'max retries per request', // MaxRetriesPerRequestError: dropped while in flight
  'Connection in subscriber mode',
];

/** Replies a Redis gives while it cannot serve writes: loading, a demoted primary, no primary. */
const UNAVAILABLE_REPLIES = /^(LOADING|READONLY|MASTERDOWN|TRYAGAIN|CLUSTERDOWN|NOREPLICAS)\b/u;

/** True for errors that say the store (Redis) is unreachable or not serving, never for bugs. */
export function isStoreUnavailable(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  if (err.name === 'MaxRetriesPerRequestError') return true;
  if (err.name === 'ReplyError') return UNAVAILABLE_REPLIES.test(err.message);
  return CONNECTION_MESSAGES.some((m) => err.message.includes(m));
}
