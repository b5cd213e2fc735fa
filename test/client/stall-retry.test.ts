// A share sent into a stalled link (bytes held, nothing closed) is noticed as lost only when the
// server's heartbeat gives the connection up (pingInterval + pingTimeout); the page's command
// sender must still be retrying then, and send it once the seat is resumed. A fresh tester
// (2026-12-02): with a 12 s retry window, a share sent into a 24 s stall was given up at ~20 s
// though the page said "still sending", and the text sat in the box unsent, unexplained.
// The transport here is the link as the page sees it (no acknowledgement through the stall,
// the loss at the heartbeat's limit, the seat back a few seconds later); the clock is vitest's.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommandSender, SENDER_DEFAULTS, type CommandTransport } from '../../client/command-sender.js';
import { unsentAfter } from '../../client/meeting/unsent.js';
import { HEARTBEAT } from '../../shared/limits.js';
import type { Ack, CommandResult } from '../../shared/protocol.js';

afterEach(() => void vi.useRealTimers());

/** A link that stalls from the start, is lost at `lostAt` and has its seat back at `backAt` (ms). */
function stalledLink(lostAt: number, backAt: number): { transport: CommandTransport; sent: { at: number; id: unknown }[] } {
  const t0 = Date.now();
  const sent: { at: number; id: unknown }[] = [];
  const lost = new Set<() => void>();
  setTimeout(() => lost.forEach((fn) => fn()), lostAt);
  const transport: CommandTransport = {
    ready: () => Date.now() - t0 < lostAt || Date.now() - t0 >= backAt,
    emit: (_event, payload, onAck) => {
      const at = Date.now() - t0;
      sent.push({ at, id: (payload as { commandId?: unknown }).commandId });
      // Through the stall nothing comes back; once resumed the server answers at once.
      if (at >= backAt) setTimeout(() => onAck({ ok: true } as Ack<CommandResult>), 5);
    },
    onLost: (fn) => {
      lost.add(fn);
      return () => lost.delete(fn);
    },
  };
  return { transport, sent };
}

describe('a share sent into a stalled link', () => {
  it('is still being retried when the heartbeat notices the loss, and goes through once the seat is back, with its one id', async () => {
    vi.useFakeTimers();
    const noticed = HEARTBEAT.pingIntervalMs + HEARTBEAT.pingTimeoutMs;
    const { transport, sent } = stalledLink(noticed, noticed + 4_000);
    const answer = new CommandSender(transport).send('share', { text: 'Sent while the line stalls' });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(await answer).toEqual({ ok: true });
    expect(sent.at(-1)!.at).toBeGreaterThanOrEqual(noticed + 4_000);
    expect(new Set(sent.map((s) => s.id)).size).toBe(1);
    expect(SENDER_DEFAULTS.retryForMs).toBeGreaterThan(noticed);
  });

  it('past the retry window it is answered as not sent (the page then says so, and the words stay)', async () => {
    vi.useFakeTimers();
    const { transport } = stalledLink(20_000, 120_000);
    const answer = new CommandSender(transport).send('share', { text: 'x' });
    await vi.advanceTimersByTimeAsync(SENDER_DEFAULTS.retryForMs + 30_000);
    const a = await answer;
    expect(a).toMatchObject({ ok: false, code: 'BUSY' });
    expect(['offline', 'timeout']).toContain((a as { message: string }).message);
  });
});

describe('what stays in the share box after a send was accepted', () => {
  it('only what was typed while the answer was on its way (a fresh tester: the sent part went out twice)', () => {
    expect(unsentAfter('My words. And a second thought', 'My words.')).toBe('And a second thought');
    expect(unsentAfter('My words.', 'My words.')).toBe('');
    expect(unsentAfter('  My words.  ', '  My words.')).toBe('');
    // The sent part itself changed meanwhile: nothing is thrown away.
    expect(unsentAfter('My word, changed. More', 'My words.')).toBe('My word, changed. More');
  });
});
