// Random command sequences for the property tests: model-free. A step names its actor and target
// loosely (the chair, the speaker, someone waiting, or the n-th id ever seen, which includes
// people who left, were removed or never existed); the step is resolved against the live state
// only to pick ids, never to predict the outcome. decide() alone says what happens.
import fc from 'fast-check';
import { ACK_KINDS } from '../../shared/meeting/commands.js';
import type { AckKind, Command } from '../../shared/meeting/commands.js';
import { nextDue } from '../../shared/meeting/decide.js';
import type { Access, MeetingState, Role, Settings, TurnMode } from '../../shared/meeting/state.js';
import { REPORT_REASONS, type ReportReason } from '../../shared/meeting/reports.js';

/** Pseudonyms that can appear nowhere else in a state, so a JSON search for them is exact. */
export const PSEUDONYMS = ['Ormhild', 'Trygvor', 'Kjellaug', 'Vebjørg', 'Zakarias', 'Yrjar', 'Ulfhild', 'Ingebjørg', 'Torolv', 'Æsamund'] as const;

export type Who = { kind: 'chair' } | { kind: 'speaker' } | { kind: 'coChair' } | { kind: 'waiting' } | { kind: 'nth'; n: number };

export type Op =
  | { op: 'join'; name: number; upper: boolean; role: Role; volunteer: boolean; pledge: boolean; chairKey: boolean; joinCode: boolean; wrongCode?: boolean; firstTime?: boolean; reuse: Who | null }
  | { op: 'plain'; type: 'leave' | 'disconnect' | 'reconnect' | 'takeChair' | 'finishShare' | 'pass' | 'askMoreTime' | 'raiseHand' | 'lowerHand' | 'start' | 'advance' | 'skip' | 'extend' | 'end' | 'releaseHeld'; by: Who }
  | { op: 'on'; type: 'volunteer' | 'lock' | 'freeze' | 'watchDoor'; by: Who; on: boolean }
  /** A drop the server records late, dated `back` ms before now (drop-time.ts): a turn that ran out meanwhile may be owed. */
  | { op: 'lateDrop'; by: Who; back: number }
  /** A skip or extend naming a turn: the current one (`back` 0), or one `back` seqs ago (often over: TURN_ENDED). */
  | { op: 'aimed'; type: 'skip' | 'extend'; by: Who; back: number }
  | { op: 'text'; type: 'share' | 'setTopic' | 'chairNote'; by: Who; text: string }
  /** A share the guard may stop (advice, a phone number), sent with or without `confirm`. */
  | { op: 'guardedShare'; by: Who; text: string; confirm: boolean }
  | { op: 'guardMode'; by: Who; mode: 'off' | 'nudge' | 'hold' }
  | { op: 'ack'; by: Who; kind: AckKind }
  /** A report on, or the chair hiding, the `back`-th newest posted share (or a seq that is no share). */
  | { op: 'report'; by: Who; back: number; reason: ReportReason }
  | { op: 'hide'; by: Who; back: number }
  | { op: 'reading'; by: Who; readingId: string }
  | { op: 'mode'; by: Who; mode: TurnMode }
  | { op: 'target'; type: 'giveTurn' | 'remove' | 'sendToWaiting' | 'admit' | 'deny' | 'handChair'; by: Who; target: Who }
  | { op: 'optTarget'; type: 'lowerHands' | 'setCoChair'; by: Who; target: Who | null }
  | { op: 'mute'; by: Who; target: Who; on: boolean }
  | { op: 'role'; by: Who; role: Role }
  | { op: 'plan'; by: Who; endsInMs: number | null; lastCallMs: number }
  | { op: 'handPriority'; by: Who; on: boolean }
  | { op: 'shareLength'; by: Who; ms: number }
  | { op: 'tick' }
  | { op: 'tickDue' };

export interface Step {
  /** Milliseconds the clock moves before the step. */
  dt: number;
  op: Op;
}

export interface Config {
  /** Start with the key holder and two others seated, as most real meetings do. */
  prelude: boolean;
  access: Access;
  turnMode: TurnMode;
  formatId: string;
  settings: Settings;
}

const who: fc.Arbitrary<Who> = fc.oneof(
  { weight: 4, arbitrary: fc.constant({ kind: 'chair' } as const) },
  { weight: 3, arbitrary: fc.constant({ kind: 'speaker' } as const) },
  { weight: 1, arbitrary: fc.constant({ kind: 'coChair' } as const) },
  { weight: 1, arbitrary: fc.constant({ kind: 'waiting' } as const) },
  { weight: 6, arbitrary: fc.nat({ max: 12 }).map((n) => ({ kind: 'nth', n }) as const) },
);

/** Mostly `likely`, sometimes anyone at all: enough hits to move meetings along, enough misses to test rejections. */
const mostly = (likely: Who['kind']): fc.Arbitrary<Who> =>
  fc.oneof({ weight: 3, arbitrary: fc.constant({ kind: likely } as Who) }, { weight: 1, arbitrary: who });
const chair = mostly('chair');
const speaker = mostly('speaker');
const anyone = fc.nat({ max: 12 }).map((n): Who => ({ kind: 'nth', n }));

const join = fc.record({
  op: fc.constant('join' as const),
  name: fc.nat({ max: PSEUDONYMS.length - 1 }),
  upper: fc.boolean(),
  role: fc.constantFrom<Role>('participant', 'participant', 'listener'),
  volunteer: fc.boolean(),
  pledge: fc.oneof({ weight: 15, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  chairKey: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  joinCode: fc.boolean(),
  wrongCode: fc.boolean(),
  firstTime: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  reuse: fc.oneof({ weight: 8, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: who }),
});

const plain = <T extends Extract<Op, { op: 'plain' }>['type']>(types: T[], by: fc.Arbitrary<Who>) =>
  fc.record({ op: fc.constant('plain' as const), type: fc.constantFrom(...types), by });

const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 6, arbitrary: join },
  { weight: 5, arbitrary: plain(['start', 'advance'], chair) },
  { weight: 3, arbitrary: plain(['skip', 'extend'], chair) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('aimed' as const), type: fc.constantFrom('skip' as const, 'extend' as const), by: chair, back: fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 4 }) }) }) },
  { weight: 6, arbitrary: plain(['finishShare', 'pass'], speaker) },
  { weight: 2, arbitrary: plain(['askMoreTime'], speaker) },
  { weight: 4, arbitrary: plain(['raiseHand', 'lowerHand'], anyone) },
  { weight: 4, arbitrary: plain(['leave', 'disconnect', 'reconnect', 'reconnect'], who) },
  // The speaker's connection drops (the turn is held for the speaker grace) and comes back.
  { weight: 2, arbitrary: plain(['disconnect', 'reconnect'], speaker) },
  // A drop recorded late, dated back: a turn whose clock ran out after it is owed (decide.ts owedAfterLateDrop).
  { weight: 2, arbitrary: fc.record({ op: fc.constant('lateDrop' as const), by: who, back: fc.integer({ min: 0, max: 400_000 }) }) },
  { weight: 1, arbitrary: plain(['takeChair'], who) },
  { weight: 1, arbitrary: plain(['end'], who) },
  { weight: 4, arbitrary: fc.record({ op: fc.constant('on' as const), type: fc.constantFrom('volunteer' as const, 'lock' as const, 'freeze' as const, 'watchDoor' as const), by: who, on: fc.boolean() }) },
  { weight: 5, arbitrary: fc.record({ op: fc.constant('text' as const), type: fc.constant('share' as const), by: speaker, text: fc.constantFrom('Jeg er takknemlig', 'x') }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('guardedShare' as const), by: speaker, text: fc.constantFrom('Du burde gå på flere møter.', 'Ring meg på 91234567'), confirm: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('guardMode' as const), by: chair, mode: fc.constantFrom('off' as const, 'nudge' as const, 'hold' as const) }) },
  { weight: 1, arbitrary: plain(['releaseHeld'], speaker) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('report' as const), by: who, back: fc.integer({ min: 0, max: 4 }), reason: fc.constantFrom(...REPORT_REASONS) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('hide' as const), by: chair, back: fc.integer({ min: 0, max: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('text' as const), type: fc.constantFrom('setTopic' as const, 'chairNote' as const), by: chair, text: fc.constantFrom('  ', 'Tema: håp', 'x') }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('ack' as const), by: who, kind: fc.constantFrom(...ACK_KINDS) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('reading' as const), by: chair, readingId: fc.constantFrom('welcome', 'closing', 'purpose', 'nope') }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('mode' as const), by: chair, mode: fc.constantFrom<TurnMode>('circle', 'hands', 'chairPicks') }) },
  {
    weight: 6,
    arbitrary: fc.record({
      op: fc.constant('target' as const),
      type: fc.constantFrom('giveTurn' as const, 'giveTurn' as const, 'remove' as const, 'sendToWaiting' as const, 'handChair' as const),
      by: chair,
      target: who,
    }),
  },
  { weight: 3, arbitrary: fc.record({ op: fc.constant('target' as const), type: fc.constantFrom('admit' as const, 'admit' as const, 'deny' as const), by: fc.oneof(chair, mostly('coChair')), target: mostly('waiting') }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('optTarget' as const), type: fc.constantFrom('lowerHands' as const, 'setCoChair' as const), by: chair, target: fc.option(who, { nil: null }) }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('mute' as const), by: chair, target: who, on: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('role' as const), by: who, role: fc.constantFrom<Role>('participant', 'listener') }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('plan' as const), by: chair, endsInMs: fc.option(fc.integer({ min: 1, max: 20_000 }), { nil: null }), lastCallMs: fc.integer({ min: 0, max: 10_000 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('handPriority' as const), by: chair, on: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('shareLength' as const), by: chair, ms: fc.constantFrom(30_000, 45_000, 1000) }) },
  { weight: 3, arbitrary: fc.constant({ op: 'tick' as const }) },
  { weight: 3, arbitrary: fc.constant({ op: 'tickDue' as const }) },
);

export const stepArb: fc.Arbitrary<Step> = fc.record({
  dt: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: 1, max: 400 }) }, { weight: 2, arbitrary: fc.integer({ min: 400, max: 3_000 }) }),
  op,
});

export const configArb: fc.Arbitrary<Config> = fc.record({
  prelude: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  access: fc.constantFrom<Access>('open', 'closed'),
  turnMode: fc.constantFrom<TurnMode>('circle', 'hands', 'chairPicks'),
  formatId: fc.constantFrom('standard', 'relatives'),
  settings: fc.record({
    shareMs: fc.constantFrom(1_000, 1_500),
    warnMs: fc.constantFrom(0, 300),
    extendMs: fc.constantFrom(200, 500),
    graceMs: fc.constantFrom(800, 2_000),
    speakerGraceMs: fc.constantFrom(0, 500, 1_500),
    chairWaitMs: fc.constantFrom(1_000, 5_000),
    maxParticipants: fc.integer({ min: 2, max: 8 }),
    openSharing: fc.boolean(),
    rotateChairEachRound: fc.boolean(),
  }),
});

/** Ids as they appear over a run: every id ever used, in order; resolving never invents a new one except for joins. */
export class Ids {
  seen: string[] = [];
  private fresh = 0;

  newId(): string {
    const id = `p${this.fresh++}`;
    this.seen.push(id);
    return id;
  }

  resolve(w: Who, s: MeetingState): string {
    switch (w.kind) {
      case 'chair':
        return s.chairId ?? this.nth(0);
      case 'speaker':
        return s.speaker?.id ?? this.nth(1);
      case 'coChair':
        return s.coChairId ?? this.nth(2);
      case 'waiting':
        return s.waiting[0]?.id ?? this.nth(3);
      case 'nth':
        return this.nth(w.n);
    }
  }

  /** The n-th id ever seen, or an id that never existed once n runs past them. */
  private nth(n: number): string {
    return this.seen[n] ?? 'stranger';
  }
}

/** Turns a step into a concrete command and the time it is decided at. */
export function toCommand(step: Step, s: MeetingState, ids: Ids, now: number): { cmd: Command; now: number } {
  const o = step.op;
  const r = (w: Who) => ids.resolve(w, s);
  switch (o.op) {
    case 'join': {
      const base = PSEUDONYMS[o.name]!;
      const id = o.reuse ? r(o.reuse) : ids.newId();
      return { now, cmd: { type: 'join', id, name: o.upper ? base.toUpperCase() : base, role: o.role, volunteer: o.volunteer, pledge: o.pledge, chairKey: o.chairKey, joinCode: o.joinCode, ...(o.wrongCode && !o.joinCode ? { wrongCode: true } : {}), ...(o.firstTime ? { firstTime: true } : {}) } };
    }
    case 'plain':
      return { now, cmd: { type: o.type, by: r(o.by) } };
    case 'on':
      return { now, cmd: { type: o.type, by: r(o.by), on: o.on } };
    case 'lateDrop':
      return { now, cmd: { type: 'disconnect', by: r(o.by), at: now - o.back } };
    case 'aimed': {
      const turn = o.back === 0 ? (s.speaker?.turn ?? s.seq) : Math.max(1, s.seq - o.back);
      return { now, cmd: { type: o.type, by: r(o.by), turn } };
    }
    case 'text':
      return { now, cmd: { type: o.type, by: r(o.by), text: o.text } };
    case 'guardedShare':
      return { now, cmd: { type: 'share', by: r(o.by), text: o.text, confirm: o.confirm } };
    case 'guardMode':
      return { now, cmd: { type: 'setGuardMode', by: r(o.by), mode: o.mode } };
    case 'ack':
      return { now, cmd: { type: 'acknowledge', by: r(o.by), kind: o.kind } };
    case 'report':
      return { now, cmd: { type: 'report', by: r(o.by), share: shareSeq(s, o.back), reason: o.reason } };
    case 'hide':
      return { now, cmd: { type: 'hideShare', by: r(o.by), share: shareSeq(s, o.back) } };
    case 'reading':
      return { now, cmd: { type: 'postReading', by: r(o.by), readingId: o.readingId } };
    case 'mode':
      return { now, cmd: { type: 'setTurnMode', by: r(o.by), mode: o.mode } };
    case 'target':
      return { now, cmd: { type: o.type, by: r(o.by), target: r(o.target) } };
    case 'optTarget':
      return { now, cmd: { type: o.type, by: r(o.by), target: o.target ? r(o.target) : null } };
    case 'mute':
      return { now, cmd: { type: 'mute', by: r(o.by), target: r(o.target), on: o.on } };
    case 'role':
      return { now, cmd: { type: 'setRole', by: r(o.by), role: o.role } };
    case 'plan':
      return { now, cmd: { type: 'setPlan', by: r(o.by), endsInMs: o.endsInMs, lastCallMs: o.lastCallMs } };
    case 'handPriority':
      return { now, cmd: { type: 'setHandPriority', by: r(o.by), on: o.on } };
    case 'shareLength':
      return { now, cmd: { type: 'setShareLength', by: r(o.by), ms: o.ms } };
    case 'tick':
      return { now, cmd: { type: 'tick' } };
    case 'tickDue': {
      // Jump the clock to exactly when something is due, to hit deadlines and grace ends on the dot.
      const due = nextDue(s);
      return { now: due !== null && due > now ? due : now, cmd: { type: 'tick' } };
    }
  }
}

const seatStep = (name: number, chairKey: boolean, volunteer: boolean): Step => ({
  dt: 0,
  op: { op: 'join', name, upper: false, role: 'participant', volunteer, pledge: true, chairKey, joinCode: true, reuse: null },
});

/** The key holder and two others, one of them a volunteer. */
export const PRELUDE: Step[] = [seatStep(0, true, true), seatStep(1, false, false), seatStep(2, false, true)];

/** The seq of the `back`-th newest posted share, or (past the oldest) a seq that carried no share. */
function shareSeq(s: MeetingState, back: number): number {
  const shares = s.shares ?? [];
  return shares[shares.length - 1 - back]?.seq ?? back + 1;
}
