// A meeting in its round with the speaker's turn under way, the speaker joined through `speakerUrl`
// (a cut-line relay in front of the server, so a test can stall the speaker's link).
import { expect } from 'vitest';
import { TestClient } from './client.js';
import { createMeeting } from './server.js';

/** Creates an English meeting on `serverUrl`, seats Calm Chair (chair) and Quiet Lake (through `speakerUrl`), runs to Quiet Lake's turn. Both clients are pushed onto `clients`. */
export async function speakingOnLine(serverUrl: string, speakerUrl: string, clients: TestClient[]): Promise<{ meetingId: string; chair: TestClient; speaker: TestClient }> {
  const { meetingId, chairKey } = await createMeeting(serverUrl, { language: 'en' });
  const chair = await TestClient.connect(serverUrl);
  const speaker = await TestClient.connect(speakerUrl);
  clients.push(chair, speaker);
  expect((await chair.join(meetingId, 'Calm Chair', { chairKey })).ok).toBe(true);
  expect((await speaker.join(meetingId, 'Quiet Lake')).ok).toBe(true);
  await chair.ok('start');
  for (let i = 0; i < 12 && chair.latest.phase !== 'round'; i++) await chair.ok('advance');
  for (let i = 0; i < 3 && chair.latest.speaker?.id !== speaker.you; i++) {
    if (chair.latest.speaker?.id === chair.you) await chair.ok('pass');
    else await chair.waitFor((c) => !!c.latest.speaker, 'a turn');
  }
  await chair.waitFor((c) => c.latest.speaker?.id === speaker.you, "the speaker's turn");
  return { meetingId, chair, speaker };
}
