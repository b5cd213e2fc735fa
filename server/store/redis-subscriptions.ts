// Keeps a subscriber's channels and patterns across reconnects (the socket.io Redis adapter's
// subscriber: without its subscriptions a process is deaf to every other process's outcomes).
//
// ioredis re-subscribes after a reconnect from what the *last* connection had confirmed: a
// channel counts only once Redis answered its SUBSCRIBE. When a connection drops again while
// that re-subscription is in flight — a Sentinel failover does this: the client reaches the
// promoted replica, then a Sentinel's late +switch-master makes it reconnect once more — the
// next connection comes back "ready" with no subscriptions at all, for good (a drill found 9 in
// 10 subscribers deaf after quick repeated drops). Here the wanted set is kept apart from any
// connection and asserted again on every `ready`, retried while it fails.
import type { Redis } from 'ioredis';

/** How long (ms) to wait before asking again when a re-subscription failed without a reconnect. */
const RETRY_MS = 500;

type Method = (...args: unknown[]) => unknown;

/** The names given to a (p)(un)subscribe call: strings, or one array of them; a callback last is ignored. */
function names(args: unknown[]): string[] {
  return args.flat().filter((a): a is string => typeof a === 'string');
}

/**
 * From now on, whatever `client` is asked to subscribe to (and not unsubscribed since) is
 * subscribed again each time the connection becomes ready, in place of ioredis's own
 * re-subscription (turned off). `onResubscribed` runs after each successful re-subscription
 * (not the first subscription): messages published while the connection was down are lost,
 * so the caller repairs what depends on them. Failures go to `onError` (kind only).
 * Returns `live()`: the connection is ready and holds every wanted subscription (false from a
 * drop until the re-subscription after the next `ready` succeeded) — /healthz reports it.
 */
export function keepSubscriptions(client: Redis, onError: (err: unknown) => void, onResubscribed: () => void = () => undefined): { live(): boolean } {
  const channels = new Set<string>();
  const patterns = new Set<string>();
  const target = client as unknown as Record<string, Method>;
  const original = {
    subscribe: target.subscribe!.bind(client),
    psubscribe: target.psubscribe!.bind(client),
  };
  const track = (name: string, update: (xs: string[]) => void): void => {
    const call = target[name]!.bind(client);
    target[name] = (...args: unknown[]) => {
      update(names(args));
      return call(...args);
    };
  };
  track('subscribe', (xs) => xs.forEach((x) => channels.add(x)));
  track('psubscribe', (xs) => xs.forEach((x) => patterns.add(x)));
  // Without names, UNSUBSCRIBE / PUNSUBSCRIBE drop every channel / pattern.
  track('unsubscribe', (xs) => (xs.length ? xs.forEach((x) => channels.delete(x)) : channels.clear()));
  track('punsubscribe', (xs) => (xs.length ? xs.forEach((x) => patterns.delete(x)) : patterns.clear()));
  client.options.autoResubscribe = false;

  let connections = client.status === 'ready' ? 1 : 0;
  // The first connection's subscriptions are made by the owner as it asks: it counts as whole.
  let restored = true;
  let timer: NodeJS.Timeout | undefined;
  const resubscribe = async (): Promise<void> => {
    clearTimeout(timer);
    if (client.status !== 'ready') return;
    try {
      if (channels.size) await original.subscribe(...channels);
      if (patterns.size) await original.psubscribe(...patterns);
      restored = true;
      onResubscribed();
    } catch (err) {
      onError(err);
      // Dropped meanwhile: the next `ready` does it. Still ready (e.g. a command timeout): retry.
      if (client.status === 'ready') timer = setTimeout(() => void resubscribe(), RETRY_MS).unref();
    }
  };
  client.on('ready', () => {
    // The first connection has nothing to restore: the owner subscribes after it.
    if (++connections > 1) void resubscribe();
  });
  client.on('close', () => {
    if (connections > 0) restored = false;
  });
  client.on('end', () => clearTimeout(timer));
  return { live: () => client.status === 'ready' && restored };
}
