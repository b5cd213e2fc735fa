// Constants the client shares with shared/protocol.ts. That module's runtime pulls in zod (450 KB),
// so the client imports its types only and restates the values here; `typeof` makes any drift
// between the two a type error.
import type { LIMITS as ServerLimits, PROTOCOL_VERSION as ServerVersion } from '../shared/protocol.js';

export const PROTOCOL_VERSION: typeof ServerVersion = 1;

export const LIMITS: typeof ServerLimits = {
  shareChars: 2000,
  noteChars: 1000,
  topicChars: 200,
  titleChars: 80,
  nameMin: 1,
  nameMax: 32,
  joinCodeMax: 64,
};
