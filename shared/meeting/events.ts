// Domain events returned by decide(). The transport decides who receives what: `to` marks an
// event for one participant only; everything else goes to the whole room and into the log.
import type { ParticipantView } from './view.js';
import type { ViewPatch } from './turn-patch.js';
import type { GuardMode } from './guard-mode.js';
import type { AckKind } from './commands.js';
import type { ReportReason } from './reports.js';
import type { Phase, Role, TurnMode } from './state.js';
import type { SegmentKind } from './formats/segments.js';
import type { LeaveOutcome } from './leave-outcome.js';

/**
 * How a turn ended, one reason per way (each has its own words in the transcript): `finished`
 * (done after posting), `passed` (a pass, or done with nothing posted), `timeout` (time ran out after something was posted), `timeoutEmpty` (time
 * ran out with nothing posted: not a share), `skipped` (the chair moved on), `muted` (by the
 * chair), `gone` (the connection dropped and the turn was given up), `left` (they left),
 * `removed` (the chair removed them), `waiting` (the chair sent them to the waiting room).
 */
export type ShareEndReason = 'finished' | 'passed' | 'timeout' | 'timeoutEmpty' | 'skipped' | 'gone' | 'muted' | 'left' | 'removed' | 'waiting';
/**
 * Why the chair changed: `start` (the chair key or the first volunteer), `handed`, `failover`
 * (the chair's seat was given up), `rotation`, `withdrew`, `accepted` (someone answered
 * `chairVacant`), `returned` (the chair key's holder came back).
 */
export type ChairReason = 'start' | 'handed' | 'failover' | 'rotation' | 'withdrew' | 'accepted' | 'returned';
export type LeaveReason = 'left' | 'gone' | 'removed' | 'waiting';

export type MeetingEvent =
  /**
   * `seat`, `at`, `upNext`: set by decide (describeSeats) on the seat of a `join` or an `admit`, so that a client
   * patches the newcomer into the view it holds (view-patch.ts) instead of being sent a new view
   * (Issue 10): `seat` is their `participants` entry as everyone but the chair and the greeter
   * sees it, `at` its index in `participants`, `upNext` who is next when that changed. Absent on
   * replayed events (replayTo).
   */
  | { type: 'joined'; id: string; name: string; seat?: ParticipantView; at?: number; upNext?: string[] }
  | { type: 'waitingRoom'; id: string; name: string; to: string }
  | { type: 'admitted'; id: string; name: string }
  | { type: 'denied'; id: string; to: string }
  /**
   * `patch` (on `left`, `turn` and `shareEnded`): set by decide (turn-patch.ts describeTurn) on
   * the first of these events of a command when what it changed in an ordinary member's view can
   * be patched (who speaks, who is next, round statuses and hands, who is gone, the count
   * present, whether the round goes on), so a client patches the view it holds (view-patch.ts)
   * instead of being sent a new one (Issue 10). Absent in discreet meetings and in replays.
   */
  | { type: 'left'; id: string; name: string; reason: LeaveReason; patch?: ViewPatch }
  /**
   * `upNext`: who would speak next (on-deck.ts upNext) when this change of connection changed
   * it, so a client updates `view.upNext` from the event instead of being sent a whole view
   * (view-patch.ts); absent when it did not change. Never replayed (replayTo): the view that
   * comes with a replay shows who is connected.
   */
  | { type: 'connection'; id: string; connected: boolean; upNext?: string[] }
  | { type: 'phase'; phase: Phase }
  | { type: 'chair'; id: string | null; name: string | null; reason: ChairReason }
  | { type: 'chairVacant' }
  /**
   * Someone holds the chair again, without saying who: what a member of a discreet meeting gets
   * instead of a `chair` event naming someone else (shared/meeting/discretion.ts eventFor). Never
   * produced by the core itself.
   */
  | { type: 'chairFilled'; reason: ChairReason }
  /**
   * The format hands the chair on after the round (settings.rotateChairEachRound), but nobody
   * else connected has offered to chair: the chair stays with whoever holds it, and the first to
   * offer from now on (`volunteer` on) takes it, as a `chair` event with reason `rotation`.
   */
  | { type: 'rotationOpen' }
  | { type: 'coChair'; id: string | null }
  | { type: 'topic'; text: string | null }
  | { type: 'reading'; readingId: string; text?: string }
  | { type: 'note'; text: string }
  | { type: 'turnMode'; mode: TurnMode }
  | { type: 'turn'; id: string; name: string; deadline: number; patch?: ViewPatch }
  | { type: 'share'; id: string; name: string; text: string }
  /** Your share is held by the guard (hold mode): see view.guard.held. */
  | { type: 'held'; to: string }
  | { type: 'guardMode'; mode: GuardMode }
  /** To the chair only: a wordless report on the share posted at seq `share` (reports.ts); never who sent it. */
  | { type: 'reported'; share: number; reason: ReportReason; to: string }
  /** The chair hid the share posted at seq `share` by `id`: show "removed by the chair" instead. */
  | { type: 'shareHidden'; share: number; id: string }
  | { type: 'shareEnded'; id: string; name: string; reason: ShareEndReason; patch?: ViewPatch }
  /**
   * The speaker's turn is held for them until `until` (server ms). `paused`: the meeting is paused,
   * so the hold does not run yet: `until` is when it would end were the meeting resumed at once,
   * and a fresh turnHeld follows the resume. `resumed`: that fresh turnHeld after a pause, so
   * `until` ends what was left of the hold, not a whole hold counted from the drop.
   */
  | { type: 'turnHeld'; id: string; name: string; until: number; paused?: true; resumed?: true; patch?: ViewPatch }
  | { type: 'turnResumed'; id: string; name: string; deadline: number; patch?: ViewPatch }
  | { type: 'roundComplete'; round: number }
  | { type: 'timeWarning'; id: string; deadline: number }
  /**
   * The turn of `id` got `addedMs` more (ms; the meeting's extension): `deadline` is its new end.
   * `asked`: given on the speaker's own request with no chair to decide (more-time.ts); otherwise
   * the chair gave it.
   */
  | { type: 'extended'; id: string; deadline: number; addedMs?: number; asked?: true }
  /** To the chair and to the speaker `id`, each its own: the speaker asks the chair for more time. */
  | { type: 'moreTimeAsked'; id: string; to: string }
  | { type: 'hands'; queue: string[] }
  /**
   * To one participant only: the chair lowered their raised hand (`lowerHands`, by name or all of
   * them); `lateTurn`: the hand was their late turn (owed after a drop took the turn), which is
   * now gone. A member whose hand vanished without a word thought the page had failed, or waited
   * on for a late turn the transcript still promised (a fresh tester, 2026-12-06).
   */
  | { type: 'handLowered'; to: string; lateTurn: boolean }
  /**
   * To the speaker only: someone acknowledged their share (never who). `acks` is the speaker's
   * count after it (`view.speaker.acks`): the speaker gets no new view for an acknowledgement,
   * only this event (view-patch.ts).
   */
  | { type: 'acknowledged'; kind: AckKind; to: string; acks: number }
  /**
   * To the chair, the co-chair or (after a turn change or a leave) the greeter only, with a
   * `connection` or a turn's `patch` that moved what their view alone shows (keeper-patch.ts):
   * set `view.plan.toShare` to `toShare`, when present (the chair's) `view.you.ifYouLeave` to
   * `ifYouLeave`, and put each entry of `seats` (as this keeper sees it, whole) in place of the
   * entry of `view.participants` with its id; no view follows (view-patch.ts).
   */
  | { type: 'keeperPatch'; to: string; toShare: number | null; ifYouLeave?: LeaveOutcome | null; seats?: ParticipantView[] }
  | { type: 'muted'; id: string; on: boolean }
  | { type: 'removed'; id: string; to: string }
  | { type: 'sentToWaiting'; id: string; to: string }
  | { type: 'locked'; on: boolean }
  | { type: 'doorWatched'; on: boolean }
  | { type: 'doorClosed'; id: string; to: string }
  | { type: 'frozen'; on: boolean }
  | { type: 'volunteer'; id: string; on: boolean }
  | { type: 'role'; id: string; role: Role }
  | { type: 'shareLength'; ms: number }
  | { type: 'plan'; sharingEndsAt: number | null; lastCallMs: number }
  | { type: 'lastCall'; sharingEndsAt: number }
  | { type: 'handPriority'; on: boolean }
  | { type: 'discreet'; on: boolean }
  | { type: 'ended' }
  /** Only to the chair and the greeter: someone who ticked "this is my first meeting" arrived (atDoor: still waiting). */
  | { type: 'newcomer'; id: string; name: string; atDoor: boolean; to: string }
  /** The chair named a greeter (or nobody: null). */
  | { type: 'greeter'; id: string | null }
  /** Only to the person asked: the chair asks them to be the greeter (`id`), or withdrew the question (null). */
  | { type: 'greeterAsked'; id: string | null; to: string }
  /** Only to the chair: the person asked to be the greeter said no. */
  | { type: 'greeterDeclined'; id: string; to: string }
  /** The greeter's set welcome to the room; clients show the format's text. */
  | { type: 'greeting' }
  /** Someone at the door is sent their door view again (never an event: see outbox.ts). */
  | { type: 'doorUpdate'; to: string }
  /** A weekly group's meeting reaches its scheduled end at `endsAt` (ms): sent once, 5 minutes before. */
  /** `phase`: the meeting's phase when warned, so the words fit it (no "move to the closing" in the closing). */
  | { type: 'endingSoon'; endsAt: number; phase: Phase }
  /** The script moved to a segment (ms, server clock); `auto`: the clock moved it, no chair present. */
  | { type: 'segment'; index: number; kind: SegmentKind; startedAt: number; endsAt: number; auto: boolean }
  | { type: 'nextChair'; to: string }
  | { type: 'membersAsked'; id: string; name: string };

export type EventType = MeetingEvent['type'];

/** Events meant for one participant only (they carry `to`). */
export function recipientOf(e: MeetingEvent): string | null {
  return 'to' in e ? e.to : null;
}
