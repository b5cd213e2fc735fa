// Outcomes between processes on their own Redis channel, not through the socket.io adapter's
// serverSideEmit (Issue 10). The adapter JSON-encodes a server-side emit, so the state (already
// JSON) was escaped into a string inside it, and every subscriber — the sender's own included —
// read the whole message back and parsed it before learning it was its own. Here a message is
// this process's id followed by one JSON text in which the state is embedded as it was encoded
// for the commit: the sender skips its own messages by their first bytes, unread, and every
// other process parses each message once.
//
// The channel rides on the adapter's subscriber connection, so keepSubscriptions
// (store/redis-subscriptions.ts) subscribes it again after every reconnect, and a message lost
// meanwhile is repaired the same way as the adapter's (the refill after re-subscription).
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';

/** The Redis pub/sub channel outcomes cross on. */
export const OUTCOME_CHANNEL = 'runde:outcomes';
const ID_BYTES = 16;

export interface OutcomeChannel {
  /** Publishes one message (a JSON text) to every other process; fire and forget, as the adapter's publish. */
  publish(json: string): void;
  /**
   * The shared channel and this process's own (`runde:outcomes:<id>`, heard by nobody), both
   * subscribed by this process's subscriber in one SUBSCRIBE: the shared channel's subscribers
   * minus the own one's are the other processes (the commit script asks, store/redis.ts).
   */
  channels?: { channel: string; own: string };
}

/**
 * Subscribes `sub` to the outcome channel and hands `onMessage` the JSON text of every message
 * another process published; messages published through the returned channel by this process
 * are dropped by their first 16 bytes (this process's id, hex) without being decoded.
 */
export function outcomeChannel(pub: Redis, sub: Redis, onMessage: (json: string) => void, onError: (err: unknown) => void): OutcomeChannel {
  const id = randomBytes(ID_BYTES / 2).toString('hex');
  const own = Buffer.from(id, 'latin1');
  const channel = Buffer.from(OUTCOME_CHANNEL);
  sub.on('messageBuffer', (ch: Buffer, msg: Buffer) => {
    if (!channel.equals(ch)) return;
    if (msg.length < ID_BYTES || own.equals(msg.subarray(0, ID_BYTES))) return;
    onMessage(msg.toString('utf8', ID_BYTES));
  });
  const ownChannel = `${OUTCOME_CHANNEL}:${id}`;
  // One command, so the two are counted together at every moment (and after a re-subscription,
  // which asks for all of a connection's channels in one command: redis-subscriptions.ts).
  (sub.subscribe(OUTCOME_CHANNEL, ownChannel) as Promise<unknown>).catch(onError);
  return {
    publish: (json) => void (pub.publish(OUTCOME_CHANNEL, id + json) as Promise<unknown>).catch(onError),
    channels: { channel: OUTCOME_CHANNEL, own: ownChannel },
  };
}
