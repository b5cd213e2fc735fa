// What each meeting event looks like in the transcript, as data (no DOM): pure and unit-tested.
// Private and bookkeeping events (hands, connection, acknowledgements) change the circle or the
// speaker's corner, not the transcript.
import type { MeetingEvent } from '../../shared/meeting/events.js';
import { findFormat, findReading, SEGMENT_WORDS } from '../../shared/meeting/formats.js';
import type { Dict, Lang } from '../i18n.js';
import { plannedLength } from './planned-length.js';

/**
 * A line about someone's drop or return (transcript.ts folds a run of them into one, counting the
 * drops of a turn): `back` a return; `again(n)` the words after the n-th drop; `same`: the drop
 * counted already, said again (a held turn's hold running again after a pause), not one more.
 */
export interface TranscriptDrop {
  id: string;
  back: boolean;
  again: (times: number) => string;
  same?: true;
}

export type Item =
  /**
   * `drop`: a speaker's held turn (`back` false: `turnHeld`) or their return (`back` true:
   * `turnResumed`). The transcript folds a run of them into one line (transcript.ts): `again(n)`
   * is that line after the speaker's n-th drop, or their return after n drops.
   */
  | { kind: 'system'; text: string; drop?: TranscriptDrop }
  | { kind: 'phase'; text: string }
  /** `mark`: the turn's heading where it began, once lines came between it and its first words ("Kari's turn"); default `header`. */
  | { kind: 'shareStart'; speakerId: string; header: string; you: boolean; mark?: string }
  /** `seq`: the share's seq (LoggedEvent.seq), which report and hideShare name it by. */
  | { kind: 'shareChunk'; speakerId: string; name: string; header: string; text: string; you: boolean; seq: number }
  /** The chair hid the share at `seq`: "removed by the chair" takes its place. */
  | { kind: 'shareHidden'; speakerId: string; header: string; text: string; you: boolean; share: number; notice: string }
  /**
   * `summary` replaces a turn that ended without a word ("Kari: passed"). `line`: also said at
   * the end of the transcript (a held turn that moved on: its block may be far above, and the
   * room last read that the turn was held).
   */
  /** `header`: the turn's heading once it is over ("Kari shared"); `summary`: its outcome as a line of its own. */
  /**
   * `unsaid`: shown, not said: the turn ended because its speaker left the circle (left, removed,
   * sent to the waiting room), which the next line says (a fresh tester heard "Blå Sjø: left the
   * meeting" and "Blå Sjø left" for one quick exit).
   */
  | { kind: 'shareEnd'; speakerId: string; header: string; text: string; summary: string; line?: string; unsaid?: true }
  | { kind: 'reading'; title: string; text: string }
  | { kind: 'note'; label: string; text: string }
  | { kind: 'topic'; text: string };

export interface DescribeContext {
  t: Dict;
  lang: Lang;
  you: string;
  formatId: string;
  /** The event's seq (LoggedEvent.seq): a share is named by it. */
  seq?: number;
  /** Server time of the event (LoggedEvent.at), for "held for N s". */
  at?: number;
  /**
   * How long a dropped speaker's turn is held, ms (view.speakerGraceMs). Every reader's
   * `turnHeld` line says it whole: the hold ran from when the connection broke, while the line is
   * logged only once the drop has settled (fresh testers read "kept for up to 7 seconds" with the
   * setting at 10 s, and "17" in the room beside the speaker's "20").
   */
  turnHoldMs?: number;
  /** Names of people in the meeting now, for events that carry only an id. */
  nameOf(id: string): string | null;
  /** The reader holds the chair (else, for the `newcomer` event, the reader is the greeter). */
  isChair?: boolean;
  /** A turn that moved on comes back only if the chair gives it (connection-words.ts lateTurnByChair): no late turn is promised. */
  lateTurnByChair?: boolean;
  /** Who holds the chair as the reader's view says (null: nobody, or not shown: discreet attendance). */
  chairId?: string | null;
  /** Who holds the turn as the reader's view says: their drop is the turn's line (`turnHeld`), not another. */
  speakerId?: string | null;
  /** The chair has paused the meeting (view.frozen): nothing goes on while the chair is away. */
  paused?: boolean;
  /** The meeting has not started (view.phase `gathering`): nothing goes on while the chair is away either. */
  gathering?: boolean;
  /** Whether `id` is owed a late turn that comes by itself (a circle round's `missed`, lateTurnByChair false). */
  owedLateTurn?(id: string): boolean;
  /**
   * The reader joined anew after their seat was given up (MeetingOptions.rejoined): their own
   * `joined` says what is missing and why (a fresh tester's chair came back after the grace to a
   * transcript with nothing of the meeting in it and no word why).
   */
  rejoined?: boolean;
}

/** A share length in words: "4 min 30 s". */
export function formatLength(ms: number, t: Dict): string {
  const total = Math.round(ms / 1000);
  return t.minutes(Math.floor(total / 60), total % 60);
}

/**
 * A time left as a duration in words: whole minutes ("10 min"), rounded down so a chair is never
 * told of time that is not there, and seconds alone under a minute ("45 s"). Not "10:06": beside a
 * time of day (the plan's end of sharing) a tester read it as one.
 */
export function formatLeft(ms: number, t: Dict): string {
  const secs = Math.max(0, Math.ceil(ms / 1000));
  return secs < 60 ? t.minutes(0, secs) : t.minutes(Math.floor(secs / 60), 0);
}

/** A time of day ("20:30") in the page's language. */
export function clockTime(at: number, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', { hour: '2-digit', minute: '2-digit' }).format(new Date(at));
}

export function describe(e: MeetingEvent, c: DescribeContext): Item | null {
  const { t } = c;
  const name = (id: string) => c.nameOf(id) ?? t.tSomeone;
  switch (e.type) {
    case 'joined':
      return { kind: 'system', text: e.id === c.you ? (c.rejoined ? t.tYouJoinedAgain : t.tYouJoined) : t.tJoined(e.name) };
    case 'admitted':
      return e.id === c.you ? null : { kind: 'system', text: t.tAdmitted(e.name) };
    case 'waitingRoom':
      return { kind: 'system', text: t.tWaiting(e.name) };
    case 'left':
      if (e.reason === 'removed') return { kind: 'system', text: t.tLeftRemoved(e.name) };
      if (e.reason === 'waiting') return { kind: 'system', text: t.tLeftWaiting(e.name) };
      // Not "left": nobody chose to go, and a chair reading it should not wonder why.
      if (e.reason === 'gone') return { kind: 'system', text: t.tLeftGone(e.name) };
      return { kind: 'system', text: t.tLeft(e.name) };
    case 'phase': {
      const label = t[`phase_${e.phase}`];
      return { kind: 'phase', text: label };
    }
    case 'chair':
      if (!e.id || !e.name) return { kind: 'system', text: t.tChairNone };
      // The format's rotation says why the chair moved: the one who had it did nothing wrong, and
      // the one who has it now did not ask (a fresh tester, 2026-12-03).
      if (e.reason === 'rotation') return { kind: 'system', text: e.id === c.you ? t.tChairRotationYou : t.tChairRotation(e.name) };
      if (e.id === c.you) return { kind: 'system', text: t.tChairYou };
      // The one who had the chair is told it is no longer theirs, and, when the chair key's holder
      // came back for it, why (a fresh tester, 2026-12-05: the member who had taken over read only
      // "Anne is now chairing", and the chair's buttons went without a word).
      if (e.reason === 'returned') return { kind: 'system', text: c.chairId === c.you ? t.tChairReturnedFromYou(e.name) : t.tChairReturned(e.name) };
      // Passed on by its holder ("I cannot chair now"): the room is told why it moved (a fresh tester, 2026-12-05).
      if (e.reason === 'withdrew' && c.chairId !== c.you) return { kind: 'system', text: t.tChairWithdrew(e.name) };
      return { kind: 'system', text: c.chairId === c.you ? t.tChairFromYou(e.name) : t.tChair(e.name) };
    case 'coChair':
      if (!e.id) return { kind: 'system', text: t.tCoChairNone };
      return { kind: 'system', text: e.id === c.you ? t.tCoChairYou : t.tCoChair(name(e.id)) };
    case 'topic':
      return e.text ? { kind: 'topic', text: t.tTopic(e.text) } : { kind: 'system', text: t.tTopicCleared };
    case 'reading': {
      const r = findReading(c.formatId, e.readingId);
      // A weekly group's own reading comes with the event, in the group's language.
      if (r && e.text) return { kind: 'reading', title: r.title[c.lang], text: e.text };
      return r ? { kind: 'reading', title: r.title[c.lang], text: r.text[c.lang] } : null;
    }
    case 'note':
      return { kind: 'note', label: t.tNote, text: e.text };
    case 'held':
    case 'reported':
      return null;
    case 'shareHidden':
      return { kind: 'shareHidden', share: e.share, speakerId: e.id, header: e.id === c.you ? t.tShareHeaderYou : t.tShareHeader(name(e.id)), text: t.shareRemoved, you: e.id === c.you, notice: t.shareRemovedYours };
    case 'guardMode':
      return { kind: 'system', text: t.tGuardMode(t[`guardMode_${e.mode}`]) };
    case 'turnMode':
      return { kind: 'system', text: t.tTurnMode(t[`turnMode_${e.mode}`]) };
    case 'turn':
      return { kind: 'shareStart', speakerId: e.id, header: e.id === c.you ? t.tShareHeaderYou : t.tShareHeader(e.name), you: e.id === c.you, mark: e.id === c.you ? t.tTurnMarkYou : t.tTurnMark(e.name) };
    case 'share':
      return { kind: 'shareChunk', speakerId: e.id, name: e.name, header: e.id === c.you ? t.tShareHeaderYou : t.tShareHeader(e.name), text: e.text, you: e.id === c.you, seq: c.seq ?? 0 };
    case 'shareEnded':
    {
      // A turn whose time ran out before anything was sent says only that to the room: the empty
      // turn shows nothing was shared, and a slow typist is not shown up for it (a fresh tester,
      // 2026-12-05, on an older member's "time ran out with nothing shared"). Their own page says it.
      const outcome = e.reason === 'timeoutEmpty' && e.id !== c.you ? t.tShareEnd_timeout : t[`tShareEnd_${e.reason}`];
      const summary = e.id === c.you ? t.tTurnOutcomeYou(outcome) : t.tTurnOutcome(e.name, outcome);
      const byChair = c.lateTurnByChair === true;
      const line = e.reason === 'gone' ? (e.id === c.you ? (byChair ? t.tTurnMovedOnYouByChair : t.tTurnMovedOnYou) : byChair ? t.tTurnMovedOnByChair(e.name) : t.tTurnMovedOn(e.name)) : null;
      const unsaid = e.reason === 'left' || e.reason === 'removed' || e.reason === 'waiting';
      return { kind: 'shareEnd', speakerId: e.id, header: e.id === c.you ? t.tShareHeaderDoneYou : t.tShareHeaderDone(e.name), text: outcome, summary, ...(line ? { line } : {}), ...(unsaid ? { unsaid } : {}) };
    }
    case 'turnHeld': {
      // A drop during a pause: the hold does not run until the chair resumes (then a fresh
      // turnHeld gives its end), so no seconds are said.
      // Everyone reads the same number for one drop: the whole hold, which runs from when the
      // connection closed, not what was left when this line was logged once the drop had settled
      // (a fresh tester: the room read "17 seconds", the speaker "20"); the live turn line counts
      // down what is left. After a pause only what was left runs again (`resumed`).
      const you = e.id === c.you;
      const leftMs = e.until - (c.at ?? e.until);
      const secs = Math.max(1, Math.round((e.resumed ? leftMs : (c.turnHoldMs ?? leftMs)) / 1000));
      // After a pause the hold runs again (`resumed`): the same drop, said as still going on, not
      // as another (a fresh tester, 2026-12-05, read one drop in a pause as two "lost the
      // connection" lines).
      const text = e.paused
        ? you ? t.tTurnHeldYouPaused : t.tTurnHeldPaused(e.name)
        : e.resumed
          ? you ? t.tTurnHeldYouStill(secs) : t.tTurnHeldStill(e.name, secs)
          : you ? t.tTurnHeldYou(secs) : t.tTurnHeld(e.name, secs);
      // How often it happened is the chair's to know: counted for everyone, it pointed at a
      // frightened newcomer on a weak phone link (a fresh tester, 2026-12-05), her own page too.
      // The others read the drop as if it were the first: an "again" referred to a line the
      // folding had already replaced (the next tester).
      const counted = c.chairId !== null && c.chairId === c.you;
      const again = (n: number): string => (e.paused || e.resumed || !counted ? text : you ? t.tTurnHeldYouAgain(n, secs) : t.tTurnHeldAgain(e.name, n, secs));
      return { kind: 'system', text, drop: { id: e.id, back: false, again, ...(e.resumed ? { same: true } : {}) } };
    }
    case 'turnResumed': {
      const you = e.id === c.you;
      // The count is the chair's alone, as for the drop (turnHeld).
      const times = (n: number): number => (c.chairId !== null && c.chairId === c.you ? n : 1);
      const again = (n: number): string => (you ? t.tTurnBackYouAfter(times(n)) : t.tTurnBackAfter(e.name, times(n)));
      return { kind: 'system', text: you ? t.tTurnResumedYou : t.tTurnResumed(e.name), drop: { id: e.id, back: true, again } };
    }
    case 'chairVacant':
      return { kind: 'system', text: t.tChairVacant };
    case 'rotationOpen':
      // Who goes on chairing, as the reader's view says (not said in a discreet meeting).
      if (c.chairId && c.chairId === c.you) return { kind: 'system', text: t.tRotationOpenYou };
      return { kind: 'system', text: t.tRotationOpen(c.chairId ? c.nameOf(c.chairId) : null) };
    case 'chairFilled':
      // Discreet attendance: the chair is filled again, and who holds it is not said.
      return { kind: 'system', text: e.reason === 'returned' ? t.tChairBack : t.tChairFilled };
    case 'roundComplete':
      return { kind: 'system', text: t.tRoundComplete };
    case 'muted':
      if (e.id === c.you) return { kind: 'system', text: e.on ? t.tMutedYou : t.tUnmutedYou };
      return { kind: 'system', text: e.on ? t.tMuted(name(e.id)) : t.tUnmuted(name(e.id)) };
    case 'locked':
      return { kind: 'system', text: e.on ? t.tLocked : t.tUnlocked };
    case 'doorWatched':
      return { kind: 'system', text: e.on ? t.tDoorWatched : t.tDoorUnwatched };
    case 'frozen':
      return { kind: 'system', text: e.on ? t.tFrozen : t.tUnfrozen };
    case 'extended': {
      // How much, and who gave it: the chair, or nobody being there to ask (more-time.ts).
      const amount = formatLength(e.addedMs ?? 60_000, t);
      return { kind: 'system', text: e.id === c.you ? t.tExtendedYou(amount, e.asked === true) : t.tExtended(name(e.id), amount, e.asked === true) };
    }
    case 'moreTimeAsked':
      // The chair reads the question with the button's name; the speaker's own page says it
      // beside the clock (time-box.ts).
      return e.id === c.you ? null : { kind: 'system', text: t.tMoreTimeAsked(name(e.id)) };
    case 'handLowered':
      // Private (the core sends it to the one whose hand it was): the hand went without their doing.
      return { kind: 'system', text: e.lateTurn ? t.tHandLoweredLate : t.tHandLowered };
    case 'timeWarning':
      // To the chair, someone else's time nearly up: what they can do, said where a screen reader
      // hears it (the bar's button alone appeared unannounced). The speaker's warning is theirs
      // (time-box.ts); the room reads nothing.
      return c.isChair && e.id !== c.you ? { kind: 'system', text: t.tTimeWarningChair(name(e.id)) } : null;
    case 'ended':
      return { kind: 'phase', text: t.phase_ended };
    case 'newcomer':
      // Said to its reader: the chair is told the greeter also sees it, the greeter the chair.
      return { kind: 'system', text: t.tNewcomer(e.name, c.isChair ?? true, e.atDoor ?? false) };
    case 'greeter':
      return { kind: 'system', text: e.id ? t.tGreeter(name(e.id)) : t.tGreeterNone };
    // The question itself is the asked person's banner (greeter-tools.ts); the chair hears a no.
    case 'greeterAsked':
      return null;
    case 'greeterDeclined':
      return { kind: 'system', text: t.tGreeterDeclined(name(e.id)) };
    case 'greeting': {
      const g = findFormat(c.formatId)?.greetings.room;
      return g ? { kind: 'note', label: t.greetingLabel, text: g[c.lang] } : null;
    }
    case 'doorUpdate':
      return null;
    case 'segment':
      return { kind: 'system', text: (e.auto ? t.tSegmentAuto : t.tSegment)(SEGMENT_WORDS[e.kind].title[c.lang], plannedLength(e.endsAt - e.startedAt, t)) };
    case 'nextChair':
      return { kind: 'system', text: t.nextChairYouTitle };
    case 'membersAsked':
      return { kind: 'system', text: t.askQuestion(e.name) };
    case 'role':
      // Said to the person and to the chair, who keeps the round; the room sees the circle's mark
      // change and no line (a fresh tester, 2026-12-05: a frightened listener's "I want to share
      // after all" put "Mild Bølge would like to share" before everyone).
      if (e.id === c.you) return { kind: 'system', text: e.role === 'participant' ? t.tRoleShareYou : t.tRoleListenYou };
      if (!c.isChair) return null;
      return { kind: 'system', text: e.role === 'participant' ? t.tRoleShare(name(e.id)) : t.tRoleListen(name(e.id)) };
    case 'shareLength':
      return { kind: 'system', text: t.tShareLength(formatLength(e.ms, t)) };
    case 'plan':
      return { kind: 'system', text: e.sharingEndsAt === null ? t.tPlanCleared : t.tPlan(clockTime(e.sharingEndsAt, c.lang)) };
    case 'lastCall':
      return { kind: 'system', text: t.tLastCall };
    case 'endingSoon':
      // Only while the meeting runs toward its closing is moving there the chair's next step.
      return { kind: 'system', text: ['opening', 'round', 'open'].includes(e.phase ?? 'round') ? t.tEndingSoon(clockTime(e.endsAt, c.lang)) : t.tEndingSoonPlain(clockTime(e.endsAt, c.lang)) };
    case 'handPriority':
      return { kind: 'system', text: e.on ? t.tHandPriorityOn : t.tHandPriorityOff };
    case 'discreet':
      return { kind: 'system', text: t.tDiscreetOn };
    case 'connection':
      return connectionLine(e, c);
    case 'hands':
    case 'acknowledged':
    case 'keeperPatch':
    case 'volunteer':
    case 'denied':
    case 'removed':
    case 'sentToWaiting':
    case 'doorClosed':
      return null;
  }
}

/**
 * The transcript's line for a live `connection` event, or null (most say nothing there: the
 * circle shows who is connected). Two are said. The chair's drop and return, to everyone but the
 * chair: the README promises the room is told, and during a round or open sharing nothing else
 * said it (a fresh tester, 2026-12-03, saw only "disconnected" in the chair's row, then the seat
 * given up a minute later). A run of them folds into one line, as a speaker's do. Not when the
 * chair holds the turn: the turn's own line (`turnHeld`) says it. And the return of someone owed
 * a late turn, whose drop the room was told of ("…gets a late turn if the connection comes back"),
 * unless they are speaking: then the turn's line (`turnResumed`) says it.
 */
function connectionLine(e: Extract<MeetingEvent, { type: 'connection' }>, c: DescribeContext): Item | null {
  const { t } = c;
  if (e.id === c.you) return null;
  // The chair back and owed a late turn: the late turn's line, as for anyone (the room was told
  // "…gets a late turn if the connection comes back" when the chair's turn moved on; "The chair
  // is back." alone left that promise hanging).
  const owed = e.connected && e.id !== c.speakerId && c.owedLateTurn?.(e.id) === true;
  if (e.id === c.chairId && e.id !== c.speakerId && !owed) {
    return e.connected
      ? { kind: 'system', text: t.tChairBack, drop: { id: e.id, back: true, again: t.tChairBackAfter } }
      : c.paused
        ? { kind: 'system', text: t.tChairDroppedPaused, drop: { id: e.id, back: false, again: t.tChairDroppedAgainPaused } }
        : c.gathering
          ? // Before the start nothing goes on without the chair (a fresh tester, 2026-12-05, read "the meeting goes on meanwhile").
            { kind: 'system', text: t.turnNone_gathering_chairAway, drop: { id: e.id, back: false, again: () => t.turnNone_gathering_chairAway } }
          : { kind: 'system', text: t.tChairDropped, drop: { id: e.id, back: false, again: t.tChairDroppedAgain } };
  }
  const name = c.nameOf(e.id);
  // Not the speaker: someone back *on* their late turn is owed nothing more, and the turn's own
  // line says they continue (a fresh tester, 2026-12-03, read both, the first untrue).
  if (owed && name) return { kind: 'system', text: t.tLateTurnBack(name) };
  return null;
}
