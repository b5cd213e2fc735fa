// Identifiers and secrets. Meeting ids are signed: the server can tell a link it once issued
// (answer "this meeting has ended") from a wrong one without keeping anything after the end.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { nanoid } from 'nanoid';

const SIG_LEN = 10;

export class Ids {
  constructor(private readonly secret: string) {}

  meetingId(): string {
    const body = nanoid(16);
    return body + this.sign(body);
  }

  /**
   * The same meeting id for the same seed on every process sharing the secret, unguessable
   * without it: a weekly group's occurrence ("slug@start") gets one id however many processes
   * open its door, and each occurrence a different one.
   */
  derivedMeetingId(seed: string): string {
    const body = createHmac('sha256', this.secret).update(`occurrence:${seed}`).digest('base64url').slice(0, 16);
    return body + this.sign(body);
  }

  /** True when the id has our signature, i.e. this server issued it at some point. */
  issued(id: string): boolean {
    if (id.length !== 16 + SIG_LEN) return false;
    return safeEqual(this.sign(id.slice(0, 16)), id.slice(16));
  }

  private sign(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url').slice(0, SIG_LEN);
  }
}

export const participantId = (): string => nanoid(12);
/** Resume tokens and chair keys: 24 url-safe characters (~143 bits). */
export const secretToken = (): string => nanoid(24);
export const randomSecret = (): string => randomBytes(32).toString('base64url');

export const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
