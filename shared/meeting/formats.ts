// Meeting formats as data: the chair's "recipe" (phases, readings, share length, open sharing,
// chair rotation). Texts are our own neutral wording (shared/meeting/formats/readings.ts):
// fellowship literature is the groups' own and is not shipped here. Five fellowship-style
// formats (issue 13) plus a large-meeting variant with raised hands.
import type { Phase, Settings } from './state.js';
import { ANONYMITY, CLOSING, GUIDELINES, PURPOSE, SILENCE, TITLES, WELCOME, type ReadingId } from './formats/readings.js';
import type { Format, Reading, Text } from './formats/types.js';
import { buildScript, segmentPhase } from './formats/segments.js';
import { GREETINGS } from './formats/greetings.js';

export type { Format, Reading, Text } from './formats/types.js';
export { SEGMENT_KINDS, SEGMENT_WORDS, CONTRIBUTIONS_NOTE, CONTRIBUTIONS_NO_LINK, contributionsNote, segmentPhase, type Segment, type SegmentKind } from './formats/segments.js';
export { READING_IDS, isReadingId, type ReadingId } from './formats/readings.js';

export const DEFAULT_SETTINGS: Settings = {
  shareMs: 3 * 60_000,
  warnMs: 30_000,
  extendMs: 60_000,
  graceMs: 60_000,
  speakerGraceMs: 20_000,
  chairWaitMs: 15 * 60_000,
  maxParticipants: 50,
  openSharing: true,
  rotateChairEachRound: false,
};

/** Shown at the door; joining means accepting it (the LMS "taushetsløfte"). */
export const CONFIDENTIALITY: Text = {
  nb: 'Det du ser og hører her, lar du bli her når du går. Jeg lover å ikke fortelle videre hvem som var med eller hva som ble sagt, og ikke ta skjermbilder eller opptak.',
  en: 'What you see and hear here, let it stay here when you leave. I promise not to pass on who was here or what was said, and not to take screenshots or recordings.',
};

const r = (id: ReadingId, text: Text): Reading => ({ id, title: TITLES[id], text, phase: id === 'silence' || id === 'closing' ? 'closing' : 'opening' });

/** Text is slow (25–40 words a minute on a phone): a typed share needs 4–5 minutes, not 3. */
const MIN = 60_000;
const FOUR_MIN = 4 * 60_000;
const FIVE_MIN = 5 * 60_000;
const WITH_OPEN = ['gathering', 'opening', 'round', 'open', 'closing', 'ended'] as const;
const ROUND_ONLY = ['gathering', 'opening', 'round', 'closing', 'ended'] as const;

export const FORMATS: readonly Format[] = [
  {
    id: 'standard',
    name: { nb: 'Delingsrunde', en: 'Share round' },
    description: { nb: 'En runde i fast rekkefølge, deretter åpen deling med håndsopprekning.', en: 'A round in fixed order, then open sharing by raised hands.' },
    turnMode: 'circle',
    access: 'open',
    phases: [...WITH_OPEN],
    settings: { ...DEFAULT_SETTINGS, shareMs: FOUR_MIN },
    readings: [r('welcome', WELCOME.shareRound), r('purpose', PURPOSE.shareRound), r('guidelines', GUIDELINES.shared), r('anonymity', ANONYMITY.shared), r('silence', SILENCE.shared), r('closing', CLOSING.shared)],
    script: buildScript(['welcome', 'purpose', 'guidelines', 'anonymity', 'silence', 'closing'], 35 * MIN, 15 * MIN),
    greetings: GREETINGS.shared,
  },
  {
    id: 'relatives',
    name: { nb: 'Pårørendegruppe', en: 'Relatives group' },
    description: { nb: 'For pårørende (som i Al-Anon). Rollen som møteleder går på omgang etter hver runde.', en: 'For relatives (Al-Anon style). The chair rotates after each round.' },
    turnMode: 'circle',
    access: 'open',
    phases: [...WITH_OPEN],
    settings: { ...DEFAULT_SETTINGS, shareMs: FIVE_MIN, rotateChairEachRound: true },
    readings: [r('welcome', WELCOME.family), r('purpose', PURPOSE.family), r('guidelines', GUIDELINES.family), r('anonymity', ANONYMITY.shared), r('silence', SILENCE.shared), r('closing', CLOSING.family)],
    script: buildScript(['welcome', 'purpose', 'guidelines', 'anonymity', 'silence', 'closing'], 35 * MIN, 15 * MIN),
    greetings: GREETINGS.family,
  },
  {
    id: 'open-meeting',
    name: { nb: 'Åpent møte', en: 'Open meeting' },
    description: { nb: 'Som et åpent AA-møte: alle er velkomne, også pårørende som vil lytte. Runde, deretter åpen deling.', en: 'Like an open AA meeting: everyone is welcome, relatives who want to listen too. A round, then open sharing.' },
    turnMode: 'circle',
    access: 'open',
    phases: [...WITH_OPEN],
    settings: { ...DEFAULT_SETTINGS, shareMs: FOUR_MIN },
    readings: [r('welcome', WELCOME.openMeeting), r('purpose', PURPOSE.openMeeting), r('guidelines', GUIDELINES.shared), r('anonymity', ANONYMITY.shared), r('silence', SILENCE.shared), r('closing', CLOSING.recovery)],
    script: buildScript(['welcome', 'purpose', 'guidelines', 'anonymity', 'silence', 'closing'], 35 * MIN, 15 * MIN),
    greetings: GREETINGS.shared,
  },
  {
    id: 'na',
    name: { nb: 'NA-lignende møte', en: 'NA-style meeting' },
    description: { nb: 'For deg som vil slutte med rusmidler. Runde, deretter åpen deling med håndsopprekning.', en: 'For anyone who wants to stop using drugs. A round, then open sharing by raised hands.' },
    turnMode: 'circle',
    access: 'open',
    phases: [...WITH_OPEN],
    settings: { ...DEFAULT_SETTINGS, shareMs: FOUR_MIN },
    readings: [r('welcome', WELCOME.na), r('purpose', PURPOSE.na), r('guidelines', GUIDELINES.shared), r('anonymity', ANONYMITY.shared), r('silence', SILENCE.shared), r('closing', CLOSING.recovery)],
    script: buildScript(['welcome', 'purpose', 'guidelines', 'anonymity', 'silence', 'closing'], 35 * MIN, 15 * MIN),
    greetings: GREETINGS.shared,
  },
  {
    id: 'peer-group',
    name: { nb: 'Lukket likepersonsgruppe', en: 'Closed peer group' },
    description: { nb: 'Som en LMS-gruppe: faste medlemmer, taushetsløfte, én runde. Nye kommer inn når gruppa sier ja.', en: 'Like an LMS group: fixed members, a pledge of confidentiality, one round. Someone new joins when the group says yes.' },
    turnMode: 'circle',
    access: 'closed',
    phases: [...ROUND_ONLY],
    settings: { ...DEFAULT_SETTINGS, shareMs: FIVE_MIN, openSharing: false, maxParticipants: 12 },
    readings: [r('welcome', WELCOME.peerGroup), r('anonymity', ANONYMITY.pledge), r('purpose', PURPOSE.peerGroup), r('guidelines', GUIDELINES.family), r('silence', SILENCE.shared), r('closing', CLOSING.family)],
    script: buildScript(['welcome', 'anonymity', 'purpose', 'guidelines', 'silence', 'closing'], 50 * MIN, null),
    greetings: GREETINGS.family,
  },
  {
    id: 'large',
    name: { nb: 'Stort møte', en: 'Large meeting' },
    description: { nb: 'For mange deltakere: håndsopprekning og to minutter per deling.', en: 'For many people: raised hands and two minutes per share.' },
    turnMode: 'hands',
    access: 'open',
    phases: [...ROUND_ONLY],
    // Large online meetings reach 50–90 people (domain.md, "Sizes"); raised hands keep them moving.
    settings: { ...DEFAULT_SETTINGS, shareMs: 2 * 60_000, openSharing: false, maxParticipants: 100 },
    readings: [r('welcome', WELCOME.shareRound), r('guidelines', GUIDELINES.shared), r('anonymity', ANONYMITY.shared), r('closing', CLOSING.shared)],
    script: buildScript(['welcome', 'guidelines', 'anonymity', 'closing'], 45 * MIN, null),
    greetings: GREETINGS.shared,
  },
];

export function findFormat(id: string): Format | undefined {
  return FORMATS.find((f) => f.id === id);
}

export function findReading(formatId: string, readingId: string): Reading | undefined {
  return findFormat(formatId)?.readings.find((x) => x.id === readingId);
}

/** The meeting's parts in their order: a reading of a later one is still to come. */
const PART_ORDER: readonly Phase[] = ['gathering', 'opening', 'round', 'open', 'closing', 'ended'];

/**
 * Whether reading `readingId` of format `formatId` is still to come at the meeting's `phase` and
 * script segment `index` (null before the start): the first segment of the format's script that
 * has it belongs to a later part (phase; before the start the opening counts as now), or it is
 * the script's last step, the closing words, not reached yet. The chair may read a text of the
 * part ahead of its step (the opening's texts in any order, the welcome before the start) and an
 * earlier part's text again (the guidelines in the round, when they are needed); but fresh
 * testers' chairs (2026-12-05) posted the closing words in the opening, and in the contributions
 * pause before the announcements, from the tools with one press. The core refuses such a post
 * (WRONG_PHASE); the page does not offer it. A reading in no segment of the script, or of an
 * unknown format, is never still to come.
 */
export function readingStillToCome(formatId: string, at: { phase: Phase; index: number | null }, readingId: string): boolean {
  const script = findFormat(formatId)?.script ?? [];
  const first = script.findIndex((x) => (x.readings as readonly string[]).includes(readingId));
  if (first < 0) return false;
  const now = at.phase === 'gathering' ? 'opening' : at.phase;
  if (PART_ORDER.indexOf(segmentPhase(script[first]!.kind)) > PART_ORDER.indexOf(now)) return true;
  return first === script.length - 1 && (at.index === null || at.index < first);
}

/**
 * The reading ids of format `formatId`'s script segments after segment `index` that belong to a
 * later part (phase) than it, in the script's order, once each, the silence's own words aside:
 * what ending the meeting at segment `index` leaves unposted besides the current part's
 * (`view.script.unposted`). A fresh tester (2026-12-04) ended a meeting in open sharing and was
 * not told the closing words would not be said. Empty for an unknown format or index.
 */
export function laterPartReadings(formatId: string, index: number): string[] {
  const format = findFormat(formatId);
  const here = format?.script[index];
  if (!format || !here) return [];
  const phase = segmentPhase(here.kind);
  const ids = format.script.filter((x, i) => i > index && x.kind !== 'silence' && segmentPhase(x.kind) !== phase).flatMap((x) => x.readings);
  return ids.filter((id, i) => ids.indexOf(id) === i && format.readings.some((r) => r.id === id));
}
