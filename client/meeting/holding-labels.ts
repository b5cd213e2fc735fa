// Readable words for "What does the server hold about me?" (holdings.ts): each fact the server
// reports (shared/privacy/holdings.ts) gets a label and a one-line explanation in bokmål and
// English, and coded values (a role, a place in the round) are said in words. The raw names
// (`handRaised`, `chairKeyHash`) and store keys are for operators; the panel keeps the key out of
// the way, under "Technical name".
import type { Fact } from '../../shared/privacy/holdings.js';

type Words = { label: string; about: string };
type Both = { nb: Words; en: Words };

const w = (nbLabel: string, nbAbout: string, enLabel: string, enAbout: string): Both => ({
  nb: { label: nbLabel, about: nbAbout },
  en: { label: enLabel, about: enAbout },
});

/** By `<item>.<fact>`: the same fact name can mean different things in two records (`entries`). */
export const FACT_WORDS: Record<string, Both> = {
  'state.pseudonym': w('Kallenavnet ditt', 'Navnet du valgte for dette møtet.', 'Your pseudonym', 'The name you chose for this meeting.'),
  'state.role': w('Rollen din', 'Om du deler eller bare lytter.', 'Your role', 'Whether you share or only listen.'),
  'state.volunteer': w('Kan lede', 'Om du har sagt at du kan ta møteleder-rollen.', 'Can chair', 'Whether you said you can take the chair.'),
  'state.connected': w('Tilkoblet', 'Om siden din er koblet til nå.', 'Connected', 'Whether your page is connected now.'),
  'state.muted': w('Dempet', 'Om møtelederen har dempet deg.', 'Muted', 'Whether the chair has muted you.'),
  'state.handRaised': w('Hånden oppe', 'Om du står i kø for å dele.', 'Hand raised', 'Whether you are in the queue to share.'),
  'state.roundStatus': w('Din tur i runden', 'Hvor du står i delerunden.', 'Your turn in the round', 'Where you stand in the share round.'),
  'state.speaking': w('Deler nå', 'Om det er din tur akkurat nå.', 'Sharing now', 'Whether it is your turn right now.'),
  'state.title': w('Møtets navn', 'Navnet møtet ble opprettet med.', "The meeting's name", 'The name the meeting was created with.'),
  'state.topic': w('Tema', 'Temaet møtelederen har satt, om noe.', 'Topic', 'The topic the chair set, if any.'),
  'state.people': w('Til stede', 'Hvor mange som er i møtet.', 'Present', 'How many are in the meeting.'),
  'state.waiting': w('På venterommet', 'Hvor mange som venter ved døren.', 'In the waiting room', 'How many wait at the door.'),
  'state.yourShares': w('Delingene dine, med teksten', 'Hvor mange av delingene dine møtet tar vare på med teksten, så møtelederen kan lese en deling noen sier fra om (også en møteleder som kom senere).', 'Your shares, with their words', 'How many of your shares the meeting keeps with their words, so the chair can read a share someone reports (also a chair who came later).'),
  'state.yourShareChars': w('Tegn i delingene dine', 'Hvor mange tegn de har til sammen.', 'Characters in your shares', 'How many characters they have in all.'),
  'log.entries': w('Hendelser i alt', 'Alt som har skjedd i møtet (delinger, turer, beskjeder), til sammen.', 'Events in all', 'Everything that happened in the meeting (shares, turns, notices), counted.'),
  'log.aboutYou': w('Hendelser om deg', 'Hvor mange av dem som gjelder deg.', 'Events about you', 'How many of them are about you.'),
  'log.yourShares': w('Delingene dine', 'Hvor mange tekster du har delt.', 'Your shares', 'How many texts you have shared.'),
  'log.yourShareChars': w('Tegn du har delt', 'Hvor mange tegn delingene dine har til sammen.', 'Characters you shared', 'How many characters your shares have in all.'),
  'tokens.entries': w('Nøkler i alt', 'Sjekksummer av alles gjenopptakingsnøkler, så et brudd ikke koster plassen.', 'Keys in all', "Checksums of everyone's resume keys, so a dropped connection does not cost a seat."),
  'tokens.yours': w('Dine nøkler', 'Hvor mange av dem som er dine.', 'Yours', 'How many of them are yours.'),
  'commands.entries': w('Handlings-id-er i alt', 'Tilfeldige id-er for de siste handlingene til alle i møtet, så en handling som sendes på nytt etter et brudd ikke blir gjort to ganger. Ingen tekst.', 'Action ids in all', "Random ids of everyone's latest actions in the meeting, so an action sent again after a drop is not done twice. No text."),
  'commands.yours': w('Dine handlings-id-er', 'Hvor mange av dem som er dine (høyst de 32 siste).', 'Yours', 'How many of them are yours (the latest 32 at most).'),
  'secrets.chairKeyHash': w('Møteleder-nøkkel (sjekksum)', 'Bare en sjekksum av lenken møtelederen bruker, ikke selve nøkkelen.', 'Chair key (checksum)', "Only a checksum of the chair's link, not the key itself."),
  'secrets.joinCodeHash': w('Inngangskode (sjekksum)', 'Om møtet har en kode for å komme rett inn, som sjekksum.', 'Join code (checksum)', 'Whether the meeting has a code to come straight in, as a checksum.'),
  'secrets.joinCode': w('Inngangskode', 'Om koden selv ligger lagret, så møtelederen kan se den igjen.', 'Join code', 'Whether the code itself is stored, so the chair can see it again.'),
  'directory.meetingListed': w('I møtelisten', 'Om møtet står i den offentlige listen.', 'In the list of meetings', 'Whether the meeting is in the public list.'),
};

const VALUE_WORDS: Record<string, { nb: string; en: string }> = {
  participant: { nb: 'deler', en: 'shares' },
  listener: { nb: 'lytter', en: 'listens' },
  pending: { nb: 'venter på tur', en: 'waiting for a turn' },
  shared: { nb: 'har delt', en: 'has shared' },
  passed: { nb: 'sto over', en: 'passed' },
  timedOut: { nb: 'tiden gikk ut', en: 'time ran out' },
  missed: { nb: 'gikk glipp av turen', en: 'missed the turn' },
  skipped: { nb: 'hoppet over', en: 'skipped' },
};

/** The label and explanation of `fact` in `item`; an unknown fact falls back to its name. */
export function factWords(item: string, fact: string, lang: 'nb' | 'en'): Words {
  return FACT_WORDS[`${item}.${fact}`]?.[lang] ?? { label: fact, about: '' };
}

/** A fact's value in words: yes/no, coded values (role, round status), "–" for none. */
export function factValue(item: string, fact: string, v: Fact, lang: 'nb' | 'en'): string {
  if (v === null) return '–';
  if (typeof v === 'boolean') return v ? (lang === 'nb' ? 'ja' : 'yes') : lang === 'nb' ? 'nei' : 'no';
  if (typeof v === 'string' && (fact === 'role' || fact === 'roundStatus') && item === 'state') return VALUE_WORDS[v]?.[lang] ?? v;
  return String(v);
}
