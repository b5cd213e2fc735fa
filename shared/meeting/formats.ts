// Meeting formats as data: the chair's "recipe" (phases, readings, share length). Texts are our
// own neutral wording: fellowship literature is the groups' own and is not shipped here.
import type { Settings, TurnMode } from './state.js';

export interface Text {
  nb: string;
  en: string;
}

export interface Reading {
  id: string;
  title: Text;
  text: Text;
}

export interface Format {
  id: string;
  name: Text;
  description: Text;
  turnMode: TurnMode;
  settings: Settings;
  readings: Reading[];
}

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

const welcome: Reading = {
  id: 'welcome',
  title: { nb: 'Velkommen', en: 'Welcome' },
  text: {
    nb: 'Velkommen til møtet. Vi er her for å dele erfaring, styrke og håp med hverandre. Alle er likeverdige her, og ingen må si noe: å lytte er også å delta.',
    en: 'Welcome to the meeting. We are here to share experience, strength and hope with each other. Everyone here is equal, and nobody has to speak: listening is taking part too.',
  },
};

const guidelines: Reading = {
  id: 'guidelines',
  title: { nb: 'Møtereglene', en: 'Meeting guidelines' },
  text: {
    nb: 'Vi snakker om oss selv, i jeg-form. Vi gir ikke råd og kommenterer ikke det andre deler. Én deler om gangen, og du kan alltid stå over. Ta med deg det du trenger, og la resten ligge.',
    en: 'We speak about ourselves, in the first person. We do not give advice or comment on what others share. One person shares at a time, and you can always pass. Take what you need and leave the rest.',
  },
};

const anonymity: Reading = {
  id: 'anonymity',
  title: { nb: 'Anonymitet', en: 'Anonymity' },
  text: {
    nb: 'Det du ser og hører her, når du går herfra, la det bli her. Vi spør ikke hvem som var med på et tidligere møte.',
    en: 'What you see and hear here, when you leave, let it stay here. We do not ask who was at an earlier meeting.',
  },
};

const closing: Reading = {
  id: 'closing',
  title: { nb: 'Avslutning', en: 'Closing' },
  text: {
    nb: 'Takk for at dere delte og lyttet. Husk: det som ble sagt her, blir her. Dette er selvhjelp, ikke behandling. Trenger du hjelp nå, finner du hjelpelinjer under «Hjelp».',
    en: 'Thank you for sharing and listening. Remember: what was said here stays here. This is self-help, not treatment. If you need help now, you will find help lines under "Help".',
  },
};

const relativesPurpose: Reading = {
  id: 'purpose',
  title: { nb: 'Hvorfor vi møtes', en: 'Why we meet' },
  text: {
    nb: 'Vi er pårørende og venner av mennesker med rusproblemer. Vi møtes for å dele hvordan vi selv har det, ikke for å snakke om den vi er bekymret for.',
    en: 'We are relatives and friends of people with addiction. We meet to share how we ourselves are doing, not to talk about the person we worry about.',
  },
};

export const FORMATS: readonly Format[] = [
  {
    id: 'standard',
    name: { nb: 'Delingsrunde', en: 'Share round' },
    description: { nb: 'En runde i fast rekkefølge, deretter åpen deling med håndsopprekning.', en: 'A round in fixed order, then open sharing by raised hands.' },
    turnMode: 'circle',
    settings: DEFAULT_SETTINGS,
    readings: [welcome, guidelines, anonymity, closing],
  },
  {
    id: 'relatives',
    name: { nb: 'Pårørendegruppe', en: 'Relatives group' },
    description: { nb: 'For pårørende. Møteleder går på rundgang etter hver runde.', en: 'For relatives. The chair rotates after each round.' },
    turnMode: 'circle',
    settings: { ...DEFAULT_SETTINGS, rotateChairEachRound: true },
    readings: [welcome, relativesPurpose, guidelines, anonymity, closing],
  },
  {
    id: 'large',
    name: { nb: 'Stort møte', en: 'Large meeting' },
    description: { nb: 'For mange deltakere: håndsopprekning og to minutter per deling.', en: 'For many people: raised hands and two minutes per share.' },
    turnMode: 'hands',
    settings: { ...DEFAULT_SETTINGS, shareMs: 2 * 60_000, openSharing: false },
    readings: [welcome, guidelines, anonymity, closing],
  },
];

export function findFormat(id: string): Format | undefined {
  return FORMATS.find((f) => f.id === id);
}

export function findReading(formatId: string, readingId: string): Reading | undefined {
  return findFormat(formatId)?.readings.find((r) => r.id === readingId);
}
