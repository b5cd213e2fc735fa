// Protocol constants with no dependencies, so the browser bundle can import them without zod.
export const PROTOCOL_VERSION = 1;

/**
 * How long (ms) a connection that closed without a leave may take to come back before the server
 * counts it as a drop (RUNDE_DROP_SETTLE_MS's default). The page's first reconnection attempts
 * fall within it (client/connection.ts RECONNECT).
 */
export const DROP_SETTLE_MS_DEFAULT = 3000;

/**
 * The server's Engine.IO heartbeat (server/app.ts): a ping every `pingIntervalMs`, and a
 * connection that answers none for `pingTimeoutMs` more is closed; so a stalled link (bytes held,
 * nothing closed) is noticed within their sum, 20 s. The page's command retries outlast it
 * (client/command-sender.ts SENDER_DEFAULTS).
 */
export const HEARTBEAT = { pingIntervalMs: 10_000, pingTimeoutMs: 10_000 } as const;

export const LIMITS = {
  shareChars: 2000,
  noteChars: 1000,
  topicChars: 200,
  titleChars: 80,
  nameMin: 1,
  nameMax: 32,
  joinCodeMax: 64,
  /** Reports one person may send the chair in one meeting (shared/meeting/reports.ts). */
  reportsPerPerson: 10,
  /** Posted shares a meeting's state keeps a record of (seq, author, reports): as many as the log can hold. */
  sharesKept: 2000,
  /**
   * Seats given up on purpose a meeting remembers (state.ts `leftIds`), the newest: joins and
   * leaves in a loop must not grow the state without end. An older one's resume is answered as a
   * seat given up.
   */
  leftKept: 200,
  /** Chair notes waiting for a share to end, at most. */
  queuedNotes: 5,
  /** A share length the chair may apply, in ms: half a minute to half an hour. */
  shareMsMin: 30_000,
  shareMsMax: 30 * 60_000,
  /** How far ahead the chair may set the end of sharing, in ms (12 hours). */
  planMsMax: 12 * 3600_000,
  /** The longest last call before the end of sharing, in ms (one hour). */
  lastCallMsMax: 3600_000,
} as const;

/** The shortest join code (UTF-16 units): createMeetingPayload's schema and the create form use it. */
export const JOIN_CODE_MIN = 4;
