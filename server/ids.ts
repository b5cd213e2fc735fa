// Identifiers and secrets. Meeting ids are signed: the server can tell a link it once issued
// (answer "this meeting has ended") from a wrong one without keeping anything after the end.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { nanoid } from 'nanoid';

const SIG_LEN = 10;

export class Ids {
  /** Secrets this process signed with before (newest first): their ids are still recognised. */
  private readonly earlier: string[] = [];

  constructor(private secret: string) {}

  meetingId(): string {
    const body = nanoid(16);
    return body + sign(this.secret, body);
  }

  /**
   * The same meeting id for the same seed on every process sharing the secret, unguessable
   * without it: a weekly group's occurrence ("slug@start") gets one id however many processes
   * open its door, and each occurrence a different one.
   */
  derivedMeetingId(seed: string): string {
    const body = createHmac('sha256', this.secret).update(`occurrence:${seed}`).digest('base64url').slice(0, 16);
    return body + sign(this.secret, body);
  }

  /** True when the id has our signature, i.e. this server issued it at some point. */
  issued(id: string): boolean {
    if (id.length !== 16 + SIG_LEN) return false;
    const body = id.slice(0, 16);
    const sig = id.slice(16);
    return [this.secret, ...this.earlier].some((s) => safeEqual(sign(s, body), sig));
  }

  get current(): string {
    return this.secret;
  }

  /**
   * Signs with `secret` from now on (the one the processes on a Redis share), still recognising
   * ids signed with the previous ones (up to 4), so an old link says "ended", not "not found".
   */
  adopt(secret: string): void {
    if (secret === this.secret) return;
    this.earlier.unshift(this.secret);
    this.earlier.length = Math.min(this.earlier.length, 4);
    this.secret = secret;
  }
}

function sign(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url').slice(0, SIG_LEN);
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
