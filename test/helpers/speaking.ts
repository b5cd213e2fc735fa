// A meeting in its round with the speaker's turn under way, the speaker joined through `speakerUrl`
// (a cut-line relay in front of the server, so a test can stall the speaker's link).
import { expect } from 'vitest';
import { TestClient } from './client.js';
import type { Line } from './cut-line.js';
import { createMeeting } from './server.js';

/** Creates an English meeting on `serverUrl`, seats Calm Chair (chair) and Quiet Lake (through `speakerUrl`), runs to Quiet Lake's turn. Both clients are pushed onto `clients`. */
export async function speakingOnLine(serverUrl: string, speakerUrl: string, clients: TestClient[]): Promise<{ meetingId: string; chair: TestClient; speaker: TestClient }> {
  const { meetingId, chairKey } = await createMeeting(serverUrl, { language: 'en' });
  const chair = await TestClient.connect(serverUrl);
  const speaker = await TestClient.connect(speakerUrl);
  clients.push(chair, speaker);
  // A refusal names its code (CI once saw only `false`: STORE_UNAVAILABLE, see helpers/process.ts).
  for (const [c, name, o] of [[chair, 'Calm Chair', { chairKey }], [speaker, 'Quiet Lake', {}]] as const) {
    const ack = await c.join(meetingId, name, o);
    if (!ack.ok) throw new Error(`${name}'s join refused: ${ack.code}`);
  }
  await chair.ok('start');
  for (let i = 0; i < 12 && chair.latest.phase !== 'round'; i++) await chair.ok('advance');
  for (let i = 0; i < 3 && chair.latest.speaker?.id !== speaker.you; i++) {
    if (chair.latest.speaker?.id === chair.you) await chair.ok('pass');
    else await chair.waitFor((c) => !!c.latest.speaker, 'a turn');
  }
  await chair.waitFor((c) => c.latest.speaker?.id === speaker.you, "the speaker's turn");
  return { meetingId, chair, speaker };
}

/**
 * Stalls `speaker`'s `line` just after a ping was answered (the next ping goes unanswered
 * HEARTBEAT.pingIntervalMs later), waits `awayMs`, and comes back on a new connection straight to
 * `returnUrl` (the phone's link is back, perhaps on another process). Returns the share clock lost
 * to the silence (ms), as the chair's view shows it after the return.
 */
export async function silentThenBack(o: { meetingId: string; chair: TestClient; speaker: TestClient; line: Line; awayMs: number; returnUrl: string; clients: TestClient[] }): Promise<{ lostMs: number; back: TestClient }> {
  const { meetingId, chair, speaker, line } = o;
  const engine = speaker.socket.io.engine as unknown as { once(ev: 'ping', fn: () => void): void };
  await new Promise<void>((resolve) => engine.once('ping', resolve));
  await new Promise((r) => setTimeout(r, 300));
  line.stall();
  const stalledAt = Date.now();
  const leftAtStall = chair.latest.speaker!.deadline - stalledAt;
  await new Promise((r) => setTimeout(r, o.awayMs));
  speaker.socket.io.reconnection(false);
  const back = await TestClient.connect(o.returnUrl);
  o.clients.push(back);
  const seq = Math.max(0, ...speaker.events.map((e) => e.seq));
  const ack = await back.resume(meetingId, speaker.token!, seq);
  expect(ack.ok).toBe(true);
  await chair.waitFor((c) => c.events.some((e) => e.event.type === 'turnResumed'), 'the turn resumed', 15_000);
  await chair.waitFor((c) => c.latest.speaker?.id === back.you && c.latest.speaker.frozen === false, 'the clock running again');
  const leftAfter = chair.latest.speaker!.deadline - Date.now();
  return { lostMs: leftAtStall - leftAfter, back };
}
