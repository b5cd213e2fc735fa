// The meeting script (Issue 15): a format is a list of segments, each with a planned length, the
// words the chair sees while it runs, and the readings that belong to it. Our own wording, in
// bokmål and English. The order follows a typical 12-step meeting: welcome, readings, a moment of
// silence, the topic, the round, open sharing, a pause for voluntary contributions (the group's
// own link, if it has one: Runde never handles money), announcements, the closing reading.
import type { Phase } from '../state.js';
import type { ReadingId } from './readings.js';
import type { Text } from './types.js';

export const SEGMENT_KINDS = ['welcome', 'readings', 'silence', 'topic', 'round', 'open', 'contributions', 'announcements', 'closing'] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

/**
 * One step of the script. `plannedMs`: its planned length in ms; `readings`: the format's readings
 * read in it (posted by the chair, or by the server when no chair is present).
 */
export interface Segment {
  kind: SegmentKind;
  plannedMs: number;
  readings: ReadingId[];
}

/** The meeting phase a segment belongs to: the phases stay the core's frame, segments subdivide them. */
export function segmentPhase(kind: SegmentKind): Exclude<Phase, 'gathering' | 'ended'> {
  switch (kind) {
    case 'round':
      return 'round';
    case 'open':
      return 'open';
    case 'contributions':
    case 'announcements':
    case 'closing':
      return 'closing';
    default:
      return 'opening';
  }
}

/** Every segment's title (shown to everyone) and the chair's words for it (plain language: what to do now). */
export const SEGMENT_WORDS: Record<SegmentKind, { title: Text; chair: Text }> = {
  welcome: {
    title: { nb: 'Velkommen', en: 'Welcome' },
    chair: {
      nb: 'Ønsk velkommen: legg inn velkomstteksten. Si gjerne en ekstra velkomst til den som er ny.',
      en: 'Welcome everyone: post the welcome text. A word of welcome to anyone new is good too.',
    },
  },
  readings: {
    title: { nb: 'Tekster', en: 'Readings' },
    chair: {
      nb: 'Legg inn tekstene én etter én, og gi folk tid til å lese.',
      en: 'Post the readings one at a time, and give people time to read them.',
    },
  },
  silence: {
    title: { nb: 'Et øyeblikks stillhet', en: 'A moment of silence' },
    chair: {
      nb: 'Stillhet: ingen skriver nå, heller ikke du. Den slutter av seg selv når nedtellingen er ferdig.',
      en: 'Silence: nobody posts now, you neither. It ends by itself when the countdown is over.',
    },
  },
  topic: {
    title: { nb: 'Dagens tema', en: "Today's topic" },
    chair: {
      nb: 'Skriv inn dagens tema, eller la det være åpent. Gå så videre til runden.',
      en: "Set today's topic, or leave it open. Then go on to the round.",
    },
  },
  round: {
    title: { nb: 'Delingsrunden', en: 'The share round' },
    chair: {
      nb: 'Runden går av seg selv: hver får sin tur. Du trenger bare å gripe inn om noe går galt. Går du videre før alle har hatt sin tur, blir du spurt først.',
      en: 'The round runs by itself: everyone gets their turn. You only step in if something goes wrong. Going on before everyone has had a turn asks you first.',
    },
  },
  open: {
    title: { nb: 'Åpen deling', en: 'Open sharing' },
    chair: {
      nb: 'Den som vil dele, rekker opp hånden. Turen går i rekkefølgen hendene kom.',
      en: 'Whoever wants to share raises a hand. Turns go in the order the hands came.',
    },
  },
  contributions: {
    title: { nb: 'Frivillige bidrag', en: 'Voluntary contributions' },
    chair: {
      nb: 'Gruppa bærer seg selv. Alle ser nå at bidrag er frivillige (og gruppas lenke, om den har en). Vil du si noe mer, for eksempel at bidrag går til gruppa og ikke til Runde, skriv en melding.',
      en: 'The group supports itself. Everyone now sees that contributions are voluntary (and the group\'s link, if it has one). To say more, such as that contributions go to the group and not to Runde, write a message.',
    },
  },
  announcements: {
    title: { nb: 'Kunngjøringer', en: 'Announcements' },
    chair: {
      nb: 'Kunngjøringer som gjelder gruppa: neste møte, hvem som leder neste gang. Skriv dem som en melding.',
      en: 'Announcements for the group: the next meeting, who chairs next time. Write them as a message.',
    },
  },
  closing: {
    // The closing part is "Avslutning"; its last step is the closing words (a fresh tester read two "Avslutning").
    title: { nb: 'Avslutningsordene', en: 'The closing words' },
    chair: {
      nb: 'Legg inn avslutningsordene, og avslutt så møtet.',
      en: 'Post the closing words, then end the meeting.',
    },
  },
};

/** What everyone sees in the contributions segment, with or without the group's own link. */
export const CONTRIBUTIONS_NOTE: Text = {
  nb: 'Gruppa bærer seg selv med frivillige bidrag. Runde tar aldri imot penger.',
  en: 'The group supports itself through voluntary contributions. Runde never handles money.',
};

/**
 * Added to CONTRIBUTIONS_NOTE when the meeting has no link of its own (a one-off meeting, or a
 * weekly group without one): a member who wishes to give was left with no way to (a fresh
 * tester, 2026-12-03). Al-Anon and AA groups are self-supporting through their members' own
 * contributions, after each meeting (seeds-digest M9); a home group or the fellowship's service
 * office takes them. Runde names no account of its own and handles no money.
 */
export const CONTRIBUTIONS_NO_LINK: Text = {
  nb: 'Dette møtet har ingen egen lenke for bidrag. Vil du gi noe, tar din egen gruppe eller fellesskapets servicekontor imot bidrag.',
  en: 'This meeting has no link of its own for contributions. If you wish to give, your own group or the fellowship’s service office takes contributions.',
};

/** The contributions segment's note, in `lang`, for a meeting with (`hasLink`) or without its own link. */
export function contributionsNote(hasLink: boolean, lang: keyof Text): string {
  return hasLink ? CONTRIBUTIONS_NOTE[lang] : `${CONTRIBUTIONS_NOTE[lang]} ${CONTRIBUTIONS_NO_LINK[lang]}`;
}

const MIN = 60_000;

/**
 * A format's script from its readings: the opening readings other than welcome and silence are
 * read in "readings"; `roundMs` and `openMs` plan the sharing (no open segment when openMs is null).
 */
export function buildScript(readings: readonly ReadingId[], roundMs: number, openMs: number | null): Segment[] {
  const has = (id: ReadingId) => readings.includes(id);
  const middle = readings.filter((id) => id !== 'welcome' && id !== 'silence' && id !== 'closing');
  const out: Segment[] = [
    { kind: 'welcome', plannedMs: 2 * MIN, readings: has('welcome') ? ['welcome'] : [] },
    { kind: 'readings', plannedMs: Math.max(2, middle.length * 2) * MIN, readings: middle },
    { kind: 'silence', plannedMs: 1 * MIN, readings: has('silence') ? ['silence'] : [] },
    { kind: 'topic', plannedMs: 2 * MIN, readings: [] },
    { kind: 'round', plannedMs: roundMs, readings: [] },
  ];
  if (openMs !== null) out.push({ kind: 'open', plannedMs: openMs, readings: [] });
  out.push(
    { kind: 'contributions', plannedMs: 2 * MIN, readings: [] },
    { kind: 'announcements', plannedMs: 3 * MIN, readings: [] },
    { kind: 'closing', plannedMs: 2 * MIN, readings: has('closing') ? ['closing'] : [] },
  );
  return out;
}
