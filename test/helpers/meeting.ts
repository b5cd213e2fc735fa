// Builders for integration tests: a created meeting with people seated, optionally in the round.
import { expect } from 'vitest';
import { TestClient, type JoinOptions } from './client.js';
import { createMeeting } from './server.js';

export interface Seated {
  meetingId: string;
  chairKey: string;
  people: TestClient[];
}

/** Seats the named people (the first with the chair key) and returns their clients. */
export async function seat(url: string, names: string[], opts: (i: number) => JoinOptions = () => ({})): Promise<Seated> {
  const { meetingId, chairKey } = await createMeeting(url);
  const people: TestClient[] = [];
  for (const [i, name] of names.entries()) {
    const c = await TestClient.connect(url);
    const ack = await c.join(meetingId, name, i === 0 ? { chairKey, ...opts(i) } : opts(i));
    expect(ack.ok).toBe(true);
    people.push(c);
  }
  return { meetingId, chairKey, people };
}

/** Seats people and takes the meeting into the round: the first person speaks. */
export async function inRound(url: string, names: string[], opts?: (i: number) => JoinOptions): Promise<Seated> {
  const m = await seat(url, names, opts);
  const chair = m.people[0]!;
  await chair.ok('start');
  await chair.ok('advance');
  await chair.waitFor((c) => c.latest.speaker?.id === c.you, 'first turn');
  return m;
}

export const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
