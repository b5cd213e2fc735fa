// Error codes shown in the UI language; OFFLINE is the client's own (no answer at all).
import { ERROR_MESSAGES } from '../shared/errors.js';
import type { ErrorCode } from '../shared/errors.js';
import { app } from './app.js';

export function errorText(code: ErrorCode | 'OFFLINE' | string): string {
  if (code === 'OFFLINE') return app.t.offline;
  const known = Object.hasOwn(ERROR_MESSAGES, code) ? ERROR_MESSAGES[code as ErrorCode] : ERROR_MESSAGES.INTERNAL;
  return known[app.lang];
}

/**
 * The words for a refused command's answer `ack` (an Ack's `code` and `message`): an answer the
 * page gave itself because the connection is down (command-sender.ts: `BUSY`, message `offline`,
 * nothing sent) says so and to press again once it is back; every other code as errorText says.
 * A tester pressed a button while offline and read "The meeting is busy".
 */
export function ackErrorText(ack: { code: string; message?: string }): string {
  return ack.code === 'BUSY' && ack.message === 'offline' ? app.t.notSentOffline : errorText(ack.code);
}
