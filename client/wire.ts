// Protocol constants for the client. They live in shared/limits.ts, which has no dependencies:
// shared/protocol.ts pulls in zod (450 KB) at run time, so the client imports only types from it.
export { JOIN_CODE_MIN, LIMITS, PROTOCOL_VERSION } from '../shared/limits.js';
