// Builders and a small driver for the meeting-core tests. Every command goes through decide();
// the driver checks on every call that decide left its input untouched, and on every rejection
// that the code is the expected one.
import { carriedPatch } from '../../shared/meeting/turn-patch.js';
import { expect } from 'vitest';
import type { ErrorCode } from '../../shared/errors.js';
import type { Command } from '../../shared/meeting/commands.js';
import { decide } from '../../shared/meeting/decide.js';
import type { MeetingEvent } from '../../shared/meeting/events.js';
import { createMeeting, findParticipant } from '../../shared/meeting/state.js';
import type { MeetingState, NewMeeting, Role, Settings } from '../../shared/meeting/state.js';

export const T0 = 1_700_000_000_000;

/** Short, distinctive times so that deadline arithmetic in the tests is easy to read. */
export const SETTINGS: Settings = {
  shareMs: 60_000,
  warnMs: 10_000,
  extendMs: 30_000,
  graceMs: 20_000,
  speakerGraceMs: 5_000,
  chairWaitMs: 15 * 60_000,
  maxParticipants: 10,
  openSharing: true,
  rotateChairEachRound: false,
};

/** Ids a..h with pseudonyms that appear nowhere else in a state. */
export const NAMES: Record<string, string> = {
  a: 'Ada',
  b: 'Bjarne',
  c: 'Cecilie',
  d: 'Dagny',
  e: 'Eskild',
  f: 'Frøydis',
  g: 'Gunnhild',
  h: 'Halvor',
};

export const nameOf = (id: string): string => NAMES[id] ?? `Name-${id}`;

export type MeetingOptions = Partial<Omit<NewMeeting, 'settings'>> & { settings?: Partial<Settings> };

export function newMeeting(opts: MeetingOptions = {}, now = T0): MeetingState {
  const { settings, ...rest } = opts;
  return createMeeting(
    {
      id: 'm1',
      title: 'Tirsdagsmøtet',
      language: 'nb',
      formatId: 'standard',
      access: 'open',
      listed: false,
      turnMode: 'circle',
      startsAt: null,
      ...rest,
      settings: { ...SETTINGS, ...settings },
    },
    now,
  );
}

export interface JoinOptions {
  name?: string;
  role?: Role;
  volunteer?: boolean;
  pledge?: boolean;
  chairKey?: boolean;
  joinCode?: boolean;
  wrongCode?: boolean;
  /** "This is my first meeting" at the door (welcome.ts). */
  firstTime?: boolean;
}

export function joinCmd(id: string, o: JoinOptions = {}): Command {
  return {
    type: 'join',
    id,
    name: o.name ?? nameOf(id),
    role: o.role ?? 'participant',
    volunteer: o.volunteer ?? false,
    pledge: o.pledge ?? true,
    chairKey: o.chairKey ?? false,
    joinCode: o.joinCode ?? false,
    ...(o.wrongCode ? { wrongCode: true } : {}),
    ...(o.firstTime ? { firstTime: true } : {}),
  };
}

/** A meeting driven through decide() one command at a time, with a settable clock. */
export class Run {
  events: MeetingEvent[] = [];

  constructor(
    public state: MeetingState,
    public now: number = T0,
  ) {}

  /** Applies a command that must be accepted; returns its events. */
  ok(cmd: Command): MeetingEvent[] {
    const before = structuredClone(this.state);
    const d = decide(this.state, cmd, this.now);
    expect(this.state, 'decide must not mutate its input').toEqual(before);
    if (!d.ok) throw new Error(`expected ${cmd.type} to be accepted, got ${d.code}`);
    expect(d.state.seq).toBe(before.seq + 1);
    this.state = d.state;
    this.events = d.events;
    return d.events;
  }

  /** Sends a command that must be rejected with `code`, leaving the state exactly as it was. */
  no(cmd: Command, code: ErrorCode): void {
    const before = structuredClone(this.state);
    const d = decide(this.state, cmd, this.now);
    expect(d.ok ? 'accepted' : d.code).toBe(code);
    expect(this.state).toEqual(before);
  }

  /** Moves the clock to `at` (absolute) and ticks; the tick must be accepted. */
  tickAt(at: number): MeetingEvent[] {
    this.now = at;
    return this.ok({ type: 'tick' });
  }

  /** Moves the clock by `ms` without ticking. */
  wait(ms: number): this {
    this.now += ms;
    return this;
  }

  join(id: string, o: JoinOptions = {}): MeetingEvent[] {
    return this.ok(joinCmd(id, o));
  }

  /** `id` posts a short share and presses Done (a share, not a pass); returns Done's events. */
  shareDone(id: string): MeetingEvent[] {
    this.ok({ type: 'share', by: id, text: 'Takk for at jeg fikk dele i dag.' });
    return this.ok({ type: 'finishShare', by: id });
  }

  get speaker(): string | null {
    return this.state.speaker?.id ?? null;
  }

  get chair(): string | null {
    return this.state.chairId;
  }

  participant(id: string) {
    const p = findParticipant(this.state, id);
    if (!p) throw new Error(`no participant ${id}`);
    return p;
  }

  /** Events of the last accepted command with the given type. */
  last<T extends MeetingEvent['type']>(type: T): Extract<MeetingEvent, { type: T }>[] {
    return this.events.filter((e): e is Extract<MeetingEvent, { type: T }> => e.type === type);
  }
}

export interface GatherOptions extends MeetingOptions {
  /** Ids of everyone after the chair `a` (default b, c). */
  others?: string[];
  /** Ids among `others` who volunteer to chair. */
  volunteers?: string[];
  /** Ids among `others` who join as listeners. */
  listeners?: string[];
}

/** A meeting in gathering: `a` holds the chair by the chair key, then `others` join in order. */
export function gathered(o: GatherOptions = {}): Run {
  const { others = ['b', 'c'], volunteers = [], listeners = [], ...meeting } = o;
  const r = new Run(newMeeting(meeting));
  r.join('a', { chairKey: true, volunteer: true });
  for (const id of others) {
    r.join(id, { volunteer: volunteers.includes(id), role: listeners.includes(id) ? 'listener' : 'participant', joinCode: true });
  }
  return r;
}

/** Gathered, started and advanced into the round: in circle mode `a` (first in join order) speaks. */
export function inRound(o: GatherOptions = {}): Run {
  const r = gathered(o);
  r.ok({ type: 'start', by: 'a' });
  r.ok({ type: 'advance', by: 'a' });
  return r;
}

/**
 * A round by raised hands (chair `a`, `others` seated) in which `b` and `c` raise their hands, `b`
 * speaks, drops, and the speaker's grace runs out: `b` is owed a late turn (`lateHands` ['b'], hand
 * first in the queue) and `c` speaks.
 */
export function lateTurnByHands(others: string[] = ['b', 'c', 'd']): Run {
  const r = inRound({ turnMode: 'hands', others });
  r.ok({ type: 'raiseHand', by: 'b' });
  r.ok({ type: 'raiseHand', by: 'c' });
  r.ok({ type: 'disconnect', by: 'b' });
  r.tickAt(r.now + SETTINGS.speakerGraceMs);
  if (r.speaker !== 'c' || r.state.lateHands?.join() !== 'b') throw new Error('lateTurnByHands: b is not owed a late turn');
  return r;
}

/**
 * Events without the view patch a turn change or a leave carries (`patch`, turn-patch.ts) and
 * without the keepers' own patches of it (`keeperPatch`, keeper-patch.ts): for tests about the
 * turn rules, not about what views are sent.
 */
export function bare(events: MeetingEvent[]): MeetingEvent[] {
  return events.filter((e) => e.type !== 'keeperPatch' || !carriedPatch(events)).map((e) => {
    if (!('patch' in e) || e.patch === undefined) return e;
    const { patch: _, ...rest } = e;
    return rest as MeetingEvent;
  });
}

/** Someone at the door accepts the guidelines (welcome.ts), as they must before being let in; no-op otherwise. */
export function accept(r: Run, id: string): void {
  const w = r.state.waiting.find((x) => x.id === id);
  if (w && !w.accepted) r.ok({ type: 'acceptGuidelines', by: id });
}
