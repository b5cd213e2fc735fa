// What a chair step would cut off, from the view alone: the speaker, the people still waiting for
// a turn (the circle's pending and late turns, the raised hands, or where the chair picks those
// who have not had a turn), and those owed a turn whose connection is down (a late turn the
// round waits for). Pure, tested.
import type { MeetingView } from '../../shared/meeting/view.js';
import type { Dict } from '../i18n.js';
import { handsClosedForYou } from './draft-words.js';
import { canRaiseHand, lateTurnsAwaited } from './others-words.js';

export type ChairStep = 'advance' | 'skip' | 'end';

/** Names as a sentence says them: "A", "A and B", "A, B and C" ("og" in bokmål). */
export function namesList(names: string[], lang: 'nb' | 'en'): string {
  const and = lang === 'nb' ? 'og' : 'and';
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

export interface CutOff {
  /** The name of someone else who holds the turn, or null. */
  speaker: string | null;
  /** People still waiting for a turn in this part of the meeting (by hands: the hands up). */
  waiting: number;
  /** By hands: the names of the hands up raised the ordinary way (`waiting` of them), in the queue's order; [] otherwise. */
  hands: string[];
  /**
   * By hands: the names of those here whose hand up is a late turn (view `lateTurn`: a drop took
   * the turn they were in, their hand went back to the front of the queue), in the queue's order,
   * not counted in `waiting` nor named in `hands`; [] otherwise. A fresh tester's chair read "Tre
   * Rot has a hand up" about a member owed the rest of a turn.
   */
  lateHands: string[];
  /** Whether they wait by raised hands (open sharing or a hands round). */
  byHands: boolean;
  /**
   * In a round by raised hands: how many here have not had their turn in it, the speaker aside
   * (the core's count, stillWaiting, the chair among them: `self`), less those of them whose hand
   * is up (already in `waiting`: each person is counted once; a fresh tester's chair read "1 has
   * a hand up. 1 has not had their turn." about one member back from a drop); 0 elsewhere.
   */
  unturned: number;
  /** The names of those owed a turn whose connection is down (owedAway): going on, they lose it. */
  late: string[];
  /** Whether the reader (the chair) is one of `waiting` where the chair picks, or of `unturned` by hands (selfToShare): the question says so. */
  self: boolean;
  /**
   * Whether the reader (the chair) holds the turn now: going on ends their own share. A fresh
   * tester's first-time chair, first in the circle, pressed through the steps and ended the round
   * in the middle of her own share; the question spoke only of the others.
   */
  selfSpeaking?: boolean;
}

/**
 * Whether `p` is owed a turn in this part while their connection is down, their seat kept
 * (owedAway): a circle round's late turn (`missed`), a raised hand (a turn a drop took goes back
 * to the front of the queue: turns.ts dropTurn), or, where the chair picks, a sharer who has not
 * had a turn in this round (`hadTurn`, the chair's to see: false for everyone else). A muted
 * member, a listener and the speaker are not.
 */
export function isOwedAway(v: MeetingView, p: MeetingView['participants'][number]): boolean {
  if (v.phase !== 'round' && v.phase !== 'open') return false;
  if (p.connected || p.muted || p.role !== 'participant' || p.id === v.speaker?.id) return false;
  if (v.effectiveMode === 'hands') return p.hand !== null;
  if (v.effectiveMode === 'circle') return v.phase === 'round' && v.roundActive && p.status === 'missed';
  return v.phase === 'round' && p.hadTurn === false;
}

/**
 * The names of those owed a turn in this part whose connection is down, their seat kept
 * (isOwedAway). By hands and in a circle round the core gives them the turn when they are back,
 * unless the chair goes on first (turns.ts advanceTurn: "the chair can still move on with
 * `advance`"). Where the chair picks, a late turn is the chair's to give (turn-mode.ts
 * lateTurnByChair) and the core's count leaves them out while away (on-deck.ts stillToShare):
 * they are named apart, so that the chair's words never say "everyone here has had their turn"
 * and going on asks first (a fresh tester's chair, told so while a member who dropped mid-turn
 * was in his seat's hold, ended the round and he lost his turn). Gone with the seat.
 */
export function owedAway(v: MeetingView): string[] {
  return v.participants.filter((p) => isOwedAway(v, p)).map((p) => p.name);
}

/**
 * Whether the core's count of who is still to share (`plan.toShare`, shared/meeting/on-deck.ts
 * stillToShare) holds the speaker: in a circle round always; otherwise while their share is not
 * done (not shared yet in this meeting, which the chair's view says; a co-chair's, without it,
 * takes it to be so). False with nobody sharing.
 */
export function speakerCounted(v: MeetingView): boolean {
  const sp = v.speaker;
  if (!sp) return false;
  return (v.phase === 'round' && v.effectiveMode === 'circle') || v.participants.find((p) => p.id === sp.id)?.shared !== true;
}

/**
 * How many are still to share after the one sharing now: the core's count (`plan.toShare`) less
 * the speaker when it holds them (speakerCounted). Every count of who has not shared on the
 * chair's page reads it (the plan's words and suggestion, the early-end question where the chair
 * picks, the bar's words by hands), so none can disagree with another or with the core: the chair
 * among them while the chair has not had a turn where the chair may take one (a fresh tester's
 * chair was asked "1 person has not had their turn. End sharing now?" with two, the chair
 * unshared). 0 for a view without the count (not the chair's or co-chair's, or where it means
 * nothing).
 */
export function stillWaiting(v: MeetingView): number {
  const n = v.plan.toShare;
  return n === null ? 0 : Math.max(0, n - (speakerCounted(v) ? 1 : 0));
}

/**
 * Whether the reader is among those the core counts as still to share, not sharing now: a sharer
 * here (connected, not muted) who has neither shared in this meeting nor had a turn in this round
 * (`shared`, `hadTurn`: the chair's to see; false for everyone else).
 */
export function selfToShare(v: MeetingView): boolean {
  const me = v.participants.find((p) => p.id === v.you.id);
  return !!me && me.id !== v.speaker?.id && me.role === 'participant' && me.connected && !me.muted && me.shared === false && me.hadTurn === false;
}

export function cutOff(v: MeetingView, step: ChairStep): CutOff {
  const sp = v.speaker && v.speaker.id !== v.you.id ? v.speaker : null;
  const speaker = sp ? (v.participants.find((p) => p.id === sp.id)?.name ?? null) : null;
  const inRound = v.phase === 'round' || v.phase === 'open';
  if (!inRound) return { speaker: null, waiting: 0, hands: [], lateHands: [], byHands: false, unturned: 0, late: [], self: false };
  if (step === 'skip') return { speaker, waiting: 0, hands: [], lateHands: [], byHands: false, unturned: 0, late: [], self: false };
  const selfSpeaking = v.speaker?.id === v.you.id;
  // Where the chair picks nobody is "next" (upNext is empty): those here who have not had a turn
  // in this round wait for one, the speaker aside: the core's count (stillWaiting), the chair
  // among them until their own turn (roundStep offers it).
  const picks = v.effectiveMode === 'chairPicks';
  // A round by raised hands ends only when the chair goes on: those here who have not had their
  // turn in it lose it then, whether or not their hand is up (a fresh tester's chair ended a round
  // unasked with the chair and a first-timer still to have a turn, and with hands up was told of
  // the hands only). Open sharing has no turn owed to anyone: only the hands up are asked about.
  // A hand up of someone the core counts as still to have a turn (not had one, not shared: the
  // chair's view says; a co-chair's, without it, takes it to be so) is one of both counts: it is
  // counted with the hands only.
  const byHands = v.effectiveMode === 'hands';
  const up = byHands ? v.upNext.map((id) => v.participants.find((p) => p.id === id)).filter((p) => p !== undefined) : [];
  // A late turn's hand is said as what it is, apart from the hands raised (confirmLateHands).
  const lateUp = up.filter((p) => p.lateTurn === true);
  const waiting = picks ? stillWaiting(v) : v.upNext.length - lateUp.length;
  const both = up.filter((p) => p.shared !== true && p.hadTurn !== true).length;
  const unturned = v.phase === 'round' && byHands ? Math.max(0, stillWaiting(v) - both) : 0;
  const meUp = up.some((p) => p.id === v.you.id);
  const self = (picks ? waiting : unturned) > 0 && !meUp && selfToShare(v);
  return { speaker, waiting, hands: up.filter((p) => p.lateTurn !== true).map((p) => p.name), lateHands: lateUp.map((p) => p.name), byHands, unturned, late: owedAway(v), self, ...(selfSpeaking ? { selfSpeaking } : {}) };
}

/** How many raised hands the early-end question names; more are counted. */
export const NAMED_HANDS = 3;

/**
 * The question's sentences, or [] when nobody would be cut off. A late turn the round waits for
 * is named: the chair's words promise "you are asked first" before going on without it (a fresh
 * tester's chair went on unasked, and the dropped member came back to a round that was over).
 */
export function cutOffLines(c: CutOff, t: Dict, lang: 'nb' | 'en'): string[] {
  const out: string[] = [];
  if (c.selfSpeaking) out.push(t.confirmSelfSpeaking);
  if (c.speaker) out.push(t.confirmSpeaker(c.speaker));
  if (c.lateHands.length > 0) out.push(t.confirmLateHands(namesList(c.lateHands, lang), c.lateHands.length > 1));
  const owedWords = (n: number): string => (c.self ? t.confirmWaitingSelf(n) : t.confirmWaiting(n));
  // The hands up named while few (a name says who loses the turn; a long list in a large meeting would not be read).
  const handsWords = (n: number): string => (c.hands.length === n && n <= NAMED_HANDS ? t.confirmHandsNamed(namesList(c.hands, lang), n > 1) : t.confirmHands(n));
  if (c.waiting > 0) out.push(c.byHands ? handsWords(c.waiting) : owedWords(c.waiting));
  // Besides the hands up: "more", so that nobody reads the same person twice.
  if (c.unturned > 0) out.push(c.waiting + c.lateHands.length > 0 ? (c.self ? t.confirmWaitingMoreSelf(c.unturned) : t.confirmWaitingMore(c.unturned)) : owedWords(c.unturned));
  if (c.late.length > 0) out.push(t.confirmLate(namesList(c.late, lang), c.late.length > 1));
  return out;
}

/**
 * The sharing's own next step while it still runs, or null when it has run its course (or the
 * meeting is not in its sharing, or paused): then the script's next step is the chair's.
 * `wait`: someone shares, a turn starts by itself (the circle's next, a raised hand) or a late
 * turn is awaited; nothing is the chair's to press. `give`: the chair picks who shares and
 * nobody does now; `id`/`name` the first seated sharer in the circle's order who has not had a
 * turn in this round yet (`hadTurn`: neither shared nor passed; a turn a drop took is owed, so
 * they are offered again). Not "has not shared in this meeting": someone who passed was offered
 * the turn again and again (a fresh tester's chair). The chair is a member who may share: once
 * everyone else here has had a turn, their own is offered (`self`: "Take your own turn"; the
 * core gives the chair the turn as anyone, decide.ts giveTurn), last, so that a first-time chair
 * gives the others theirs first and is not pressed to open the sharing. Fresh testers read
 * "Everyone here has had their turn" though they, the chair, had not shared, and "Give the turn
 * to …" never offered them.
 *
 * A fresh tester: a member handed the chair in the middle of a round saw "Go on: Open sharing"
 * as the first button of the bar, and a first-time chair takes the first button for the next
 * step. Going on before the sharing is done is an early end, not the next step.
 */
export type RoundStep = { kind: 'wait' } | { kind: 'give'; id: string; name: string; self: boolean };

export function roundStep(v: MeetingView): RoundStep | null {
  if (v.frozen || (v.phase !== 'round' && v.phase !== 'open')) return null;
  if (v.speaker) return { kind: 'wait' };
  if (v.effectiveMode === 'chairPicks') {
    // `hadTurn` is the chair's to see (null for everyone else): nobody is offered then.
    const owed = (x: MeetingView['participants'][number]): boolean => x.role === 'participant' && x.connected && !x.muted && x.hadTurn === false;
    const p = v.participants.find((x) => x.id !== v.you.id && owed(x)) ?? v.participants.find((x) => x.id === v.you.id && owed(x));
    return p ? { kind: 'give', id: p.id, name: p.name, self: p.id === v.you.id } : null;
  }
  if (v.upNext.length > 0 || lateAwaited(v).length > 0) return { kind: 'wait' };
  return null;
}

/**
 * The names of those whose late turn the round waits for, nobody sharing and nobody else in line:
 * a circle's owed turns (others-words.ts lateTurnsAwaited), or in a round by raised hands the
 * hands of those whose connection is down (a dropped speaker's hand goes back to the front).
 */
export function lateAwaited(v: MeetingView): string[] {
  if (v.phase === 'round' && v.effectiveMode === 'hands' && !v.speaker && v.upNext.length === 0) return owedAway(v);
  return lateTurnsAwaited(v);
}

/**
 * Where a round by raised hands stands (the large format, or a round switched to hands), or null
 * for any other part or mode, or paused. `runs`: someone shares or a hand is up, the turns go by
 * themselves. `none`: no hand is up, nobody shares, and `notShared` here (the core's count,
 * stillWaiting, the reader among them if they have not shared) have not shared yet, not the
 * reader alone: waiting for hands and going on are both right, neither is the one next step. `self`: no
 * hand is up and everyone else here has shared, but not the reader, who chairs and may share like
 * any member (a raised hand of theirs takes the turn from the queue: decide.ts raiseHand): their
 * own hand and going on are both right. `done`: no hand is up and everyone here has shared, the
 * reader too (or they do not share: a listener): going on is the next step. A hands round never
 * ends by itself, and "The round runs by itself: everyone gets their turn" (the round's own
 * words, for a circle) was untrue there, with "Go on" as the big button though members had not
 * shared (a colleague's find); "everyone here has shared" was untrue while the chair had not (a
 * fresh tester's chair).
 */
export type HandsRound = { kind: 'runs' } | { kind: 'none'; notShared: number } | { kind: 'self' } | { kind: 'done' };

export function handsRound(v: MeetingView): HandsRound | null {
  if (v.frozen || v.phase !== 'round' || v.effectiveMode !== 'hands') return null;
  if (v.speaker || v.upNext.length > 0) return { kind: 'runs' };
  // The core's count (stillWaiting; nobody shares here), not one of the page's own beside it: the
  // two could disagree. Someone who raised a hand and passed had their turn (a fresh tester's
  // chair read "1 here has not shared yet", for ever, about a member who had passed); the chair
  // who has not shared is one of those here who have not (a fresh tester's chair was left out).
  const notShared = stillWaiting(v);
  if (notShared === 0) return { kind: 'done' };
  // Only the reader is left: their own hand.
  return notShared === 1 && selfToShare(v) ? { kind: 'self' } : { kind: 'none', notShared };
}

/** The words of the button that gives the turn of a `give` step (roundStep): "Give the turn to <name>", or the chair's "Take your own turn". */
export function giveWords(step: Extract<RoundStep, { kind: 'give' }>, t: Pick<Dict, 'chairGiveNext' | 'chairTakeOwnTurn'>): string {
  return step.self ? t.chairTakeOwnTurn : t.chairGiveNext(step.name);
}

/**
 * The chair's own hand in the bar of a round by raised hands: `raise` while the chair may share
 * and has not had a turn (selfToShare: one of those the bar's words count), `lower` while their
 * hand is up, or null (another mode or part, paused, the chair sharing now, a listener or muted,
 * past the last call with no hand up, or their turn had). Its button sends what the member's hand
 * button sends (actions.ts: `raiseHand` / `lowerHand`), whose words it bears. A fresh tester's
 * chair on a phone read "Press "Raise your hand" to share yourself" in the bar, and that button
 * was some 1,800 px further down the page; where the chair picks, the bar offers "Take your own
 * turn" itself.
 */
export function ownHand(v: MeetingView): 'raise' | 'lower' | null {
  if (v.frozen || v.phase !== 'round' || v.effectiveMode !== 'hands' || !v.you.isChair || !canRaiseHand(v)) return null;
  const me = v.participants.find((p) => p.id === v.you.id);
  if (me && me.hand !== null) return 'lower';
  return !handsClosedForYou(v) && selfToShare(v) ? 'raise' : null;
}
