// Error codes shown in the UI language; OFFLINE is the client's own (no answer at all).
import { ERROR_MESSAGES } from '../shared/errors.js';
import type { ErrorCode } from '../shared/errors.js';
import { app } from './app.js';

export function errorText(code: ErrorCode | 'OFFLINE' | string): string {
  if (code === 'OFFLINE') return app.t.offline;
  const known = Object.hasOwn(ERROR_MESSAGES, code) ? ERROR_MESSAGES[code as ErrorCode] : ERROR_MESSAGES.INTERNAL;
  return known[app.lang];
}
