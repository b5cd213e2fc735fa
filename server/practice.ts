// The practice room (Issue 15): a meeting for one person to rehearse chairing, with simulated
// members the server seats. They are ordinary socket.io clients of this same server: they join
// with the meeting's join code (which only this process knows, in memory) and send the same
// commands a person would, so everything they do goes through the same protocol, validation and
// meeting core. They share short texts written for Runde, pass, and raise hands in open sharing.
// The meeting is never listed, nobody else can join it (the core answers MEETING_NOT_FOUND
// without the key or the code), and it ends when its person leaves; then the members disconnect.
import { io, type Socket } from 'socket.io-client';
import type { MeetingView } from '../shared/meeting/view.js';
import { PROTOCOL_VERSION } from '../shared/protocol.js';

export type PracticeLang = 'nb' | 'en';

/** The simulated members: named so nobody can take them for people. */
export const PRACTICE_NAMES: Record<PracticeLang, readonly string[]> = {
  nb: ['Øvemedlem Anna', 'Øvemedlem Bjørn', 'Øvemedlem Cecilie'],
  en: ['Practice Anna', 'Practice Ben', 'Practice Clara'],
};

/** Short shares written for the project (no one's real story). */
const SHARES: Record<PracticeLang, readonly string[]> = {
  nb: [
    'Takk for at jeg får være her. Denne uka har vært tung, men jeg kom meg hit, og det er noe.',
    'Jeg har øvd på å si nei uten å forklare meg. Det gikk bedre enn jeg trodde.',
    'I dag vil jeg bare lytte litt først. Takk.',
  ],
  en: [
    'Thank you for having me. This week has been heavy, but I made it here, and that is something.',
    'I have been practising saying no without explaining myself. It went better than I thought.',
    'Today I would like to just listen for a while. Thank you.',
  ],
};

/**
 * When the person practising asks for it, the third member gives advice instead of passing (a
 * crosstalk the chair should handle): the share guard's hint comes back, and they send it anyway.
 */
const ADVICE: Record<PracticeLang, string> = {
  nb: 'Du burde bare gå fra ham. Det er det eneste som hjelper, tro meg.',
  en: 'You should just leave him. That is the only thing that helps, trust me.',
};

/** How long a simulated member "types" before posting, in ms: time for the chair to try a tool on a share. */
const TYPING_MS = 5000;

class PracticeMember {
  private socket: Socket;
  private you = '';
  private actedOn = -1;
  private raised = false;

  constructor(url: string, meetingId: string, joinCode: string, name: string, private readonly text: string, private readonly passes: boolean, private readonly onEnd: () => void) {
    this.socket = io(url, { transports: ['websocket'], reconnection: false, forceNew: true });
    this.socket.on('connect', () => {
      this.socket.emit('join', { v: PROTOCOL_VERSION, meetingId, name, role: 'participant', volunteer: false, pledge: true, joinCode }, (ack: { ok: boolean; you?: string }) => {
        if (ack.ok && ack.you) this.you = ack.you;
        else this.close();
      });
    });
    this.socket.on('view', (v: MeetingView) => this.act(v));
    this.socket.on('bye', () => {
      this.close();
      this.onEnd();
    });
  }

  /** What a member does with the meeting as it now stands: their turn, or a hand in open sharing. */
  private act(v: MeetingView): void {
    if (!this.you) this.you = v.you.id;
    const sp = v.speaker;
    if (sp && sp.id === this.you && this.actedOn !== sp.deadline) {
      this.actedOn = sp.deadline;
      setTimeout(() => {
        if (this.passes) return void this.socket.emit('pass', {}, () => undefined);
        const done = () => this.socket.emit('finishShare', {}, () => undefined);
        this.socket.emit('share', { text: this.text }, (ack: { ok: boolean; code?: string }) => {
          // The guard's hint (nudge mode): this member sends it as it is, as an adviser would.
          if (!ack.ok && ack.code === 'GUARD_HINT') this.socket.emit('share', { text: this.text, confirm: true }, done);
          else done();
        });
      }, TYPING_MS).unref();
      return;
    }
    const me = v.participants.find((p) => p.id === this.you);
    if (v.phase === 'open' && v.effectiveMode === 'hands' && !this.raised && !this.passes && me && me.hand === null && !me.muted) {
      this.raised = true;
      this.socket.emit('raiseHand', {}, () => undefined);
    }
  }

  close(): void {
    this.socket.close();
  }
}

/** The practice rooms this process runs: their simulated members, until each meeting ends. */
export class PracticeRooms {
  /** This server's own address, set once it listens: the members connect to it. */
  url = '';
  private readonly rooms = new Map<string, PracticeMember[]>();

  /** Seats the simulated members; with `adviceGiver` the third one gives advice instead of passing. */
  start(meetingId: string, joinCode: string, lang: PracticeLang, adviceGiver = false): void {
    if (!this.url) return;
    const end = () => this.end(meetingId);
    const members = PRACTICE_NAMES[lang].map((name, i) => {
      const advises = adviceGiver && i === 2;
      return new PracticeMember(this.url, meetingId, joinCode, name, advises ? ADVICE[lang] : SHARES[lang][i]!, i === 2 && !advises, end);
    });
    this.rooms.set(meetingId, members);
  }

  /** The meeting ended (its person left): the members are gone with it. */
  private end(meetingId: string): void {
    for (const m of this.rooms.get(meetingId) ?? []) m.close();
    this.rooms.delete(meetingId);
  }

  stop(): void {
    for (const members of this.rooms.values()) for (const m of members) m.close();
    this.rooms.clear();
  }
}
