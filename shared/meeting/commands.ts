// Everything a participant, the chair or the server's clock can ask the meeting core for.
// `by` is the actor's ephemeral participant id; the server derives it from the socket, never
// from the payload. Ids of newcomers and time come in from outside: the core invents nothing.
import type { GuardMode } from './guard-mode.js';
import type { ReportReason } from './reports.js';
import type { Phase, Role, TurnMode } from './state.js';

export const ACK_KINDS = ['hear', 'heart', 'thanks'] as const;
export type AckKind = (typeof ACK_KINDS)[number];

export type Command =
  // arrival and departure
  | {
      type: 'join';
      id: string;
      name: string;
      role: Role;
      volunteer: boolean;
      pledge: boolean;
      /** The server checked a valid one-time chair key. */
      chairKey: boolean;
      /**
       * With `chairKey`: the key is a weekly group's meeting's own chair key (server/groups/
       * own-chair-key.ts), given to whoever its one-time key seated: reusable while the meeting
       * lives, like a one-off meeting's key. Absent or false: the key the meeting was made with.
       */
      ownChairKey?: boolean;
      /** The server checked a valid join code for a closed meeting. */
      joinCode: boolean;
      /** A join code was given and did not match: the door view says so. */
      wrongCode?: boolean;
      /** "This is my first meeting", ticked at the door (welcome.ts). */
      firstTime?: boolean;
      /**
       * The client address's group (0–255, Participant.address) and how many seats (seated or at
       * the door) one group may hold in this meeting (Config.seatsPerAddress): past it the join is
       * refused ADDRESS_SEATS. Absent: not counted (the chair key, a loopback or private address).
       */
      address?: { group: number; seats: number };
    }
  | { type: 'leave'; by: string }
  /**
   * A seat's connection closed without a leave. `at`: when it closed (ms since the epoch, the
   * server's clock; at most the command's `now`), when the server records the drop later than
   * that (its settle time, RUNDE_DROP_SETTLE_MS): the grace periods and the held share clock
   * count from it. Absent: it closed now. `returning`: recorded as the seat comes back, its link
   * having gone silent at `at` without the server counting it yet (a return that beat the
   * heartbeat's notice): a turn that came to it meanwhile is held from its start, not passed over,
   * since its person is back. Never sent by a client.
   */
  | { type: 'disconnect'; by: string; at?: number; returning?: true }
  | { type: 'reconnect'; by: string }
  | { type: 'volunteer'; by: string; on: boolean }
  | { type: 'setRole'; by: string; role: Role }
  /** The answer to `chairVacant`: "I can take the chair". The first to send it gets it. */
  | { type: 'takeChair'; by: string }
  // the round
  /** `confirm`: send it as it is after the guard's hint (nudge mode). */
  /** `echo`: the stretch of `text` the page found repeating another member's share (guard-mode.ts). */
  | { type: 'share'; by: string; text: string; confirm?: boolean; echo?: string }
  | { type: 'releaseHeld'; by: string }
  | { type: 'finishShare'; by: string }
  | { type: 'pass'; by: string }
  /** The speaker asks for one more minute (more-time.ts). */
  | { type: 'askMoreTime'; by: string }
  | { type: 'raiseHand'; by: string }
  | { type: 'lowerHand'; by: string }
  | { type: 'acknowledge'; by: string; kind: AckKind }
  /** A wordless report to the chair on the share posted at seq `share` (reports.ts). */
  | { type: 'report'; by: string; share: number; reason: ReportReason }
  // the chair
  | { type: 'start'; by: string }
  /** `from`: the phase the chair's page showed; a step from another one is ALREADY_DONE (a double tap). */
  | { type: 'advance'; by: string; from?: Phase }
  /** The script's next segment (script.ts); into another phase it is an advance. */
  /** `from`: the script segment (index) the chair's page showed; from another one, ALREADY_DONE. */
  | { type: 'nextSegment'; by: string; from?: number }
  /** `confirm`: sent again after GUARD_HINT, as it is (contact details in it: guard-mode.ts keeperTextFindings). */
  | { type: 'setTopic'; by: string; text: string; confirm?: boolean }
  | { type: 'postReading'; by: string; readingId: string }
  /** `confirm`: as for `setTopic`. */
  | { type: 'chairNote'; by: string; text: string; confirm?: boolean }
  | { type: 'setTurnMode'; by: string; mode: TurnMode }
  | { type: 'setGuardMode'; by: string; mode: GuardMode }
  /** The chair hides the share posted at seq `share` from everyone's transcript. */
  | { type: 'hideShare'; by: string; share: number }
  /** The chair looked at a share the guard marked (`guardHint`) and leaves it as it is (reports.ts leaveShare). */
  | { type: 'leaveShare'; by: string; share: number }
  | { type: 'giveTurn'; by: string; target: string }
  /** `turn`: the turn it is meant for (view.speaker.turn); absent: whoever holds the turn now (turn-aim.ts). */
  | { type: 'skip'; by: string; turn?: number }
  | { type: 'extend'; by: string; turn?: number }
  | { type: 'lowerHands'; by: string; target: string | null }
  | { type: 'mute'; by: string; target: string; on: boolean }
  | { type: 'remove'; by: string; target: string }
  | { type: 'sendToWaiting'; by: string; target: string }
  | { type: 'admit'; by: string; target: string }
  | { type: 'deny'; by: string; target: string }
  | { type: 'lock'; by: string; on: boolean }
  | { type: 'watchDoor'; by: string; on: boolean }
  | { type: 'freeze'; by: string; on: boolean }
  | { type: 'setCoChair'; by: string; target: string | null }
  | { type: 'handChair'; by: string; target: string }
  | { type: 'setShareLength'; by: string; ms: number }
  | { type: 'setPlan'; by: string; endsInMs: number | null; lastCallMs: number }
  | { type: 'setHandPriority'; by: string; on: boolean }
  | { type: 'end'; by: string }
  // the quiet welcome (welcome.ts)
  | { type: 'setGreeter'; by: string; target: string | null }
  /** The answer of the person the chair asked to be the greeter; the greeter's `false` steps down. */
  | { type: 'answerGreeter'; by: string; yes: boolean }
  | { type: 'greet'; by: string; where: 'room' | 'waiting' }
  | { type: 'acceptGuidelines'; by: string }
  // weekly groups
  | { type: 'chairNextTime'; by: string; target: string }
  | { type: 'askMembers'; by: string; target: string }
  | { type: 'answerAsk'; by: string; yes: boolean }
  | { type: 'setDiscreet'; by: string; on: boolean }
  // the clock: deadlines and grace periods; idempotent (nothing due is a rejection)
  | { type: 'tick' };

export type CommandType = Command['type'];
