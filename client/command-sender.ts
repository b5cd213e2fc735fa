// Sends a command so that retrying it can never apply it twice (docs/protocol.md "Command ids").
// Each user action gets a fresh command id; every retry of that action — automatic after
// STORE_UNAVAILABLE, an answer that never came, or a reconnect-and-resume, and the person's own
// second press of the same button with the same payload — carries the same id, and the server
// applies an id at most once per seat. No DOM here: the transport is handed in, so the same
// code runs in the page and under test against a real server.
import type { Ack, CommandResult } from '../shared/protocol.js';

/** What the sender needs of the connection. */
export interface CommandTransport {
  /** Joined (or resumed) and connected: a command sent now is heard by the seat's socket. */
  ready(): boolean;
  /** Emits `event` with `payload`; `onAck` gets the server's acknowledgement (at most once). */
  emit(event: string, payload: object, onAck: (ack: Ack<CommandResult>) => void): void;
  /** Calls `fn` once the connection is lost; returns a function that stops listening. */
  onLost(fn: () => void): () => void;
}

export interface SenderOptions {
  /** How long one attempt waits for its acknowledgement (ms). */
  ackTimeoutMs: number;
  /** How long after the first attempt a retry may still start (ms); after it the last answer stands. */
  retryForMs: number;
  /** Pause between attempts (ms): STORE_UNAVAILABLE means "in a moment", not "at once". */
  retryDelayMs: number;
  /** How many uncertain actions are remembered for the person's own retry. */
  uncertainKept: number;
  /**
   * How long (ms) after its last try an uncertain action's id is reused for the same press; a
   * press later than that is a new action (the meeting has moved on, the view says what holds).
   */
  reuseForMs?: number;
}

/**
 * `retryForMs` outlasts the time a stalled link takes to be noticed as lost (the server's
 * pingInterval + pingTimeout, 20 s; server/app.ts) and resumed: with 12 s a share sent into a
 * 24 s stall was given up at 20 s although the page had said "still sending" (a fresh tester).
 */
export const SENDER_DEFAULTS: SenderOptions = { ackTimeoutMs: 10_000, retryForMs: 30_000, retryDelayMs: 1000, uncertainKept: 16, reuseForMs: 60_000 };

/** 16 random characters of the command-id alphabet (~95 bits), from the platform's CSPRNG. */
export function newCommandId(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  let out = '';
  for (const b of bytes) out += alphabet[b & 63];
  return out;
}

const offline = (message: string): Ack<CommandResult> => ({ ok: false, code: 'BUSY', message });

/** An answer after which the command may or may not have been applied (send again, same id). */
const uncertain = (a: Ack<CommandResult> | null): boolean => a === null || (!a.ok && a.code === 'STORE_UNAVAILABLE');

export class CommandSender {
  /** Event + payload of an action whose outcome is unknown -> the id it was sent with, and when it was last tried. */
  private readonly pending = new Map<string, { id: string; at: number }>();

  constructor(
    private readonly transport: CommandTransport,
    private readonly opts: SenderOptions = SENDER_DEFAULTS,
    private readonly makeId: () => string = newCommandId,
  ) {}

  /**
   * Sends one user action. Resolves with the first definite answer (success — possibly
   * `repeat: true` — or a refusal other than STORE_UNAVAILABLE); while the answer is uncertain
   * it sends again with the same id, every `retryDelayMs`, for up to `retryForMs`, waiting for
   * the seat to be resumed when the connection dropped. Offline at the start it refuses at once
   * (`BUSY`, nothing sent), rather than queueing a stale intent. Never rejects.
   */
  async send(event: string, payload: object): Promise<Ack<CommandResult>> {
    if (!this.transport.ready()) return offline('offline');
    const key = `${event}\u0000${JSON.stringify(payload)}`;
    // The same press again after an uncertain answer: the same id, so it is done once at most.
    const known = this.pending.get(key);
    const commandId = known && Date.now() - known.at < (this.opts.reuseForMs ?? SENDER_DEFAULTS.reuseForMs!) ? known.id : this.makeId();
    this.remember(key, commandId);
    const until = Date.now() + this.opts.retryForMs;
    let last: Ack<CommandResult> | null = null;
    for (;;) {
      last = await this.attempt(event, { ...payload, commandId });
      if (!uncertain(last)) break;
      if (Date.now() + this.opts.retryDelayMs > until) break;
      await new Promise((r) => setTimeout(r, this.opts.retryDelayMs));
      if (!(await this.whenReady(until))) break;
    }
    if (!uncertain(last)) this.pending.delete(key);
    else this.remember(key, commandId);
    return last ?? offline('timeout');
  }

  /**
   * The outcome of the action `event` + `payload` is known after all (its effect was seen: a
   * share's own `share` event came after every retry had run out). Its id is no longer kept for
   * a press of the same button: that is a new action then, never taken for a repeat.
   */
  settled(event: string, payload: object): void {
    this.pending.delete(`${event}\u0000${JSON.stringify(payload)}`);
  }

  private remember(key: string, commandId: string): void {
    this.pending.delete(key);
    this.pending.set(key, { id: commandId, at: Date.now() });
    if (this.pending.size > this.opts.uncertainKept) this.pending.delete(this.pending.keys().next().value!);
  }

  /** One emit: its acknowledgement, or null when none came in time or the connection was lost. */
  private attempt(event: string, payload: object): Promise<Ack<CommandResult> | null> {
    return new Promise((resolve) => {
      let settled = false;
      const finish = (a: Ack<CommandResult> | null): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        stop();
        resolve(a);
      };
      const timer = setTimeout(() => finish(null), this.opts.ackTimeoutMs);
      const stop = this.transport.onLost(() => finish(null));
      this.transport.emit(event, payload, (a) => finish(a));
    });
  }

  /** Waits (polling, the page has few of these) until the seat is back, or gives up at `until`. */
  private async whenReady(until: number): Promise<boolean> {
    while (!this.transport.ready()) {
      if (Date.now() > until) return false;
      await new Promise((r) => setTimeout(r, 100));
    }
    return true;
  }
}
