// The practice room (Issue 15): a meeting for one person to rehearse chairing, with simulated
// members the server seats. They are ordinary socket.io clients of this same server: they join
// with the meeting's join code (which only this process knows, in memory) and send the same
// commands a person would, so everything they do goes through the same protocol, validation and
// meeting core. They share short texts written for Runde, pass, and raise hands in open sharing;
// one drops the connection after their share and resumes the seat; sent to the waiting room they
// accept the guidelines there, so the chair can let them back in; one offers to chair, and a
// chair handed to them goes straight back to the person practising. A fourth comes late: at a
// locked or watched door they knock. When the person chooses, a fifth interrupts: on their turn
// they post chunk after chunk and never finish, in open sharing they raise and lower their hand
// over and over, and otherwise they try to share out of turn (the core refuses it), so the chair
// can practise mute, remove, send to the waiting room, freeze and skip on them.
// The meeting is never listed, nobody else can join it (the core answers MEETING_NOT_FOUND
// without the key or the code), and it ends when its person leaves; then the members disconnect.
import type { Socket } from 'socket.io-client';
import { lazyModule } from './lazy-module.js';
import type { MeetingView } from '../shared/meeting/view.js';
import { PROTOCOL_VERSION } from '../shared/protocol.js';

export type PracticeLang = 'nb' | 'en';

/** The simulated members: named so nobody can take them for people. */
export const PRACTICE_NAMES: Record<PracticeLang, readonly string[]> = {
  nb: ['Øvemedlem Anna', 'Øvemedlem Bjørn', 'Øvemedlem Cecilie'],
  en: ['Practice Anna', 'Practice Ben', 'Practice Clara'],
};

/** A fourth member who comes late, once the meeting has started: at a locked or watched door they knock. */
export const LATE_NAME: Record<PracticeLang, string> = { nb: 'Øvemedlem Dag', en: 'Practice Dan' };

/** The member who interrupts, seated from the start when the person practising asks for it. */
export const INTERRUPTER_NAME: Record<PracticeLang, string> = { nb: 'Øvemedlem Erik', en: 'Practice Eric' };

/** What the interrupter posts on their turn, one chunk after another, never finishing (written for Runde). */
// Loaded when the first practice room opens: a server nobody practises on never loads it.
const socketClient = lazyModule<typeof import('socket.io-client')>('socket.io-client');

const INTERRUPTIONS: Record<PracticeLang, readonly string[]> = {
  nb: ['Vent, jeg må si noe om det Anna sa!', 'Og en ting til, før noen andre får ordet …', 'Jeg er ikke ferdig, bare én ting til!'],
  en: ['Wait, I have to say something about what Anna said!', 'And another thing, before anyone else gets a word in…', 'I am not done, just one more thing!'],
};

/** How often the interrupter tries something, in ms (well inside the socket's rate limit). */
const INTERRUPT_MS = 3000;

/** How long after the start the late member arrives, in ms. */
const LATE_MS = 10_000;

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

/** What one simulated member does besides sharing: pass, drop and come back after their share. */
interface MemberPlan {
  name: string;
  text: string;
  passes: boolean;
  /** Loses the connection after their share and resumes the seat a few seconds later. */
  dropsAfterShare: boolean;
  /** Offers to chair: the person can practise handing the chair on; it is handed straight back. */
  volunteer: boolean;
  /** Interrupts (see INTERRUPTIONS): the chair's tools are for them. */
  interrupts?: boolean;
  /** The interrupter's chunks. */
  interruptions?: readonly string[];
}

/** How long a practice member holds a chair handed to them before handing it back, in ms. */
const HAND_BACK_MS = 4000;
/** How long a practice member thinks before answering "would you like to be the greeter?", in ms. */
const GREETER_ANSWER_MS = 1500;

/** How long a member who dropped stays away before resuming, in ms (within the seat grace). */
const AWAY_MS = 4000;

class PracticeMember {
  private socket: Socket;
  private you = '';
  private token = '';
  private lastSeq = 0;
  private actedOn = -1;
  private raised = false;
  private dropped = false;
  private closed = false;
  private handingBack = false;
  private answeringGreeter = false;
  private sawStart = false;
  private view: MeetingView | null = null;
  private chunk = 0;
  private ticker: NodeJS.Timeout | null = null;

  constructor(
    private readonly url: string,
    private readonly meetingId: string,
    private readonly joinCode: string,
    private readonly plan: MemberPlan,
    private readonly onEnd: () => void,
    /** The practice members' names: whoever else is here is the person practising. */
    private readonly names: readonly string[],
    /** Told once, when this member first sees the meeting started. */
    private readonly onStarted: () => void = () => undefined,
  ) {
    this.socket = this.connect((s) =>
      s.emit('join', { v: PROTOCOL_VERSION, meetingId, name: plan.name, role: 'participant', volunteer: plan.volunteer, pledge: true, joinCode }, (ack: { ok: boolean; you?: string; token?: string; door?: { accepted: boolean } }) => {
        if (ack.ok && ack.you) {
          this.you = ack.you;
          this.token = ack.token ?? '';
          // Let in at once, or at the door (a locked or watched door): then read and accept the guidelines.
          if (ack.door && !ack.door.accepted) s.emit('acceptGuidelines', {}, () => undefined);
        } else this.close();
      }),
    );
    if (plan.interrupts) this.ticker = setInterval(() => this.interrupt(), INTERRUPT_MS).unref();
  }

  /**
   * What the interrupter tries, every INTERRUPT_MS: on their turn another chunk (sent anyway after
   * the guard's hint) and never a finish; in open sharing by hands, their hand up and down again;
   * otherwise a share out of turn, which the core refuses (NOT_YOUR_TURN, SILENCE, FROZEN). Muted,
   * frozen or at the door, the server refuses it all; they keep trying, as such a person would.
   */
  private interrupt(): void {
    const v = this.view;
    if (this.closed || !v || !this.you || v.phase === 'gathering' || v.phase === 'ended') return;
    const me = v.participants.find((p) => p.id === this.you);
    if (!me) return;
    const text = this.plan.interruptions?.[this.chunk++ % this.plan.interruptions.length] ?? this.plan.text;
    if (v.speaker?.id !== this.you && v.phase === 'open' && v.effectiveMode === 'hands') {
      this.socket.emit(me.hand === null ? 'raiseHand' : 'lowerHand', {}, () => undefined);
      return;
    }
    this.socket.emit('share', { text }, (ack: { ok: boolean; code?: string }) => {
      if (!ack.ok && ack.code === 'GUARD_HINT') this.socket.emit('share', { text, confirm: true }, () => undefined);
    });
  }

  /** A socket with the member's listeners; `first` is sent once it is connected (join or resume). */
  private connect(first: (s: Socket) => void): Socket {
    const s = socketClient().io(this.url, { transports: ['websocket'], reconnection: false, forceNew: true });
    s.on('connect', () => first(s));
    s.on('view', (v: MeetingView) => {
      this.view = v;
      this.lastSeq = Math.max(this.lastSeq, v.seq);
      this.act(v);
    });
    s.on('event', (e: { seq: number }) => (this.lastSeq = Math.max(this.lastSeq, e.seq)));
    // At the door (a locked or watched door): read and accept the guidelines, then wait.
    s.on('door', (d: { accepted: boolean }) => {
      if (!d.accepted) s.emit('acceptGuidelines', {}, () => undefined);
    });
    // Only the meeting's end ends the practice room: a member removed (or replaced, or idle) is
    // gone alone, and the others go on.
    s.on('bye', (reason: string) => {
      this.close();
      if (reason === 'ended') this.onEnd();
    });
    return s;
  }

  /** As on a weak phone line: the connection goes without a goodbye, and the seat is resumed. */
  private dropAndComeBack(): void {
    if (this.dropped || this.closed || !this.token) return;
    this.dropped = true;
    this.socket.io.engine.close();
    setTimeout(() => {
      if (this.closed) return;
      this.socket = this.connect((s) => s.emit('resume', { v: PROTOCOL_VERSION, meetingId: this.meetingId, token: this.token, lastSeq: this.lastSeq }, () => undefined));
    }, AWAY_MS).unref();
  }

  /** What a member does with the meeting as it now stands: their turn, or a hand in open sharing. */
  private act(v: MeetingView): void {
    if (!this.you) this.you = v.you.id;
    if (!this.sawStart && v.phase !== 'gathering') {
      this.sawStart = true;
      this.onStarted();
    }
    // A practice member never keeps the chair: it goes back to the person practising.
    if (v.you.isChair && !this.handingBack) {
      this.handingBack = true;
      setTimeout(() => {
        this.handingBack = false;
        const person = v.participants.find((p) => p.volunteer && p.connected && !this.names.includes(p.name));
        if (person && !this.closed) this.socket.emit('handChair', { target: person.id }, () => undefined);
      }, HAND_BACK_MS).unref();
    }
    // Asked to be the greeter, a practice member answers as a person would, after a moment: yes,
    // except the interrupter, who says no (so the chair sees a no too).
    if (v.greeterAsk === this.you && !this.answeringGreeter) {
      this.answeringGreeter = true;
      setTimeout(() => {
        this.answeringGreeter = false;
        if (!this.closed) this.socket.emit('answerGreeter', { yes: !this.plan.interrupts }, () => undefined);
      }, GREETER_ANSWER_MS).unref();
    }
    // The interrupter's turn and hands are their own (interrupt()).
    if (this.plan.interrupts) return;
    const sp = v.speaker;
    if (sp && sp.id === this.you && this.actedOn !== sp.deadline) {
      this.actedOn = sp.deadline;
      setTimeout(() => {
        if (this.closed) return;
        if (this.plan.passes) return void this.socket.emit('pass', {}, () => undefined);
        const done = () =>
          this.socket.emit('finishShare', {}, () => {
            if (this.plan.dropsAfterShare) setTimeout(() => this.dropAndComeBack(), 1000).unref();
          });
        this.socket.emit('share', { text: this.plan.text }, (ack: { ok: boolean; code?: string }) => {
          // The guard's hint (nudge mode): this member sends it as it is, as an adviser would.
          if (!ack.ok && ack.code === 'GUARD_HINT') this.socket.emit('share', { text: this.plan.text, confirm: true }, done);
          else done();
        });
      }, TYPING_MS).unref();
      return;
    }
    const me = v.participants.find((p) => p.id === this.you);
    if (v.phase === 'open' && v.effectiveMode === 'hands' && !this.raised && !this.plan.passes && me && me.hand === null && !me.muted) {
      this.raised = true;
      this.socket.emit('raiseHand', {}, () => undefined);
    }
  }

  close(): void {
    this.closed = true;
    if (this.ticker) clearInterval(this.ticker);
    this.socket.close();
  }
}

/** The practice rooms this process runs: their simulated members, until each meeting ends. */
export class PracticeRooms {
  /** This server's own address, set once it listens: the members connect to it. */
  url = '';
  private readonly rooms = new Map<string, PracticeMember[]>();

  /**
   * Seats the simulated members; with `adviceGiver` the third one gives advice instead of passing;
   * with `interrupter` a fifth (INTERRUPTER_NAME) is seated who interrupts.
   */
  start(meetingId: string, joinCode: string, lang: PracticeLang, adviceGiver = false, interrupter = false): void {
    if (!this.url) return;
    const end = () => this.end(meetingId);
    const names = [...PRACTICE_NAMES[lang], LATE_NAME[lang], INTERRUPTER_NAME[lang]];
    // Someone comes late, after the start: seated, or knocking when the chair has shut the door.
    const late = () =>
      setTimeout(() => {
        const room = this.rooms.get(meetingId);
        if (!room) return;
        const plan: MemberPlan = { name: LATE_NAME[lang], text: SHARES[lang][1]!, passes: false, dropsAfterShare: false, volunteer: false };
        room.push(new PracticeMember(this.url, meetingId, joinCode, plan, end, names));
      }, LATE_MS).unref();
    const members = PRACTICE_NAMES[lang].map((name, i) => {
      const advises = adviceGiver && i === 2;
      const plan: MemberPlan = { name, text: advises ? ADVICE[lang] : SHARES[lang][i]!, passes: i === 2 && !advises, dropsAfterShare: i === 1, volunteer: i === 0 };
      return new PracticeMember(this.url, meetingId, joinCode, plan, end, names, i === 0 ? late : undefined);
    });
    if (interrupter) {
      const plan: MemberPlan = { name: INTERRUPTER_NAME[lang], text: INTERRUPTIONS[lang][0]!, passes: false, dropsAfterShare: false, volunteer: false, interrupts: true, interruptions: INTERRUPTIONS[lang] };
      members.push(new PracticeMember(this.url, meetingId, joinCode, plan, end, names));
    }
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
