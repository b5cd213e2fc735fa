// The readings every format is made of, written for Runde in bokmål and English. They are our own
// neutral, secular wording: no fellowship's literature (which is the groups' own and copyrighted)
// is shipped. A group's own readings (from the operator's group file) replace these by id.
import type { Text } from './types.js';

/** The fixed reading ids a format may use; a group's own readings replace them by these ids. */
export const READING_IDS = ['welcome', 'purpose', 'anonymity', 'guidelines', 'silence', 'closing'] as const;
export type ReadingId = (typeof READING_IDS)[number];

export const isReadingId = (s: string): s is ReadingId => (READING_IDS as readonly string[]).includes(s);

export const TITLES: Record<ReadingId, Text> = {
  welcome: { nb: 'Velkommen', en: 'Welcome' },
  purpose: { nb: 'Hvorfor vi møtes', en: 'Why we meet' },
  anonymity: { nb: 'Anonymitet', en: 'Anonymity' },
  guidelines: { nb: 'Møtereglene', en: 'Meeting guidelines' },
  silence: { nb: 'Et øyeblikks stillhet', en: 'A moment of silence' },
  // Not "Avslutning": the closing part has that name, and the chair read "Next step: Avslutning" in it (a fresh tester, 2026-12-05).
  closing: { nb: 'Avslutningsord', en: 'Closing words' },
};

export const WELCOME = {
  shareRound: {
    nb: 'Velkommen til møtet. Vi er her for å dele erfaring, styrke og håp med hverandre. Alle er likeverdige her, og ingen må si noe: å lytte er også å delta.',
    en: 'Welcome to the meeting. We are here to share experience, strength and hope with each other. Everyone here is equal, and nobody has to speak: listening is taking part too.',
  },
  family: {
    nb: 'Velkommen, særlig til deg som er her for første gang. Mange av oss ventet lenge før vi kom. Her er du blant andre som står nær noen som drikker eller ruser seg, og du trenger ikke si noe før du vil.',
    en: 'Welcome, especially if this is your first time. Many of us waited a long time before coming. Here you are among others who are close to someone who drinks or uses drugs, and you need not say anything until you want to.',
  },
  openMeeting: {
    nb: 'Velkommen til dette åpne møtet. Alle er velkomne: du som har et problem med alkohol, du som lurer på om du har det, og pårørende og andre som vil lytte.',
    en: 'Welcome to this open meeting. Everyone is welcome: you who have a problem with alcohol, you who wonder whether you do, and relatives and others who want to listen.',
  },
  na: {
    nb: 'Velkommen til møtet. Det spiller ingen rolle hvilket rusmiddel du har brukt eller hvor lenge: vil du slutte, hører du til her. En særlig velkomst til deg som er ny.',
    en: 'Welcome to the meeting. It does not matter which drug you used or for how long: if you want to stop, you belong here. A special welcome to anyone who is new.',
  },
  peerGroup: {
    nb: 'Velkommen til gruppa. Vi er de samme fra gang til gang, og vi har lovet hverandre taushet. Her deler vi hvordan vi selv har det som pårørende.',
    en: 'Welcome to the group. We are the same people from week to week, and we have promised each other confidentiality. Here we share how we ourselves are doing as relatives.',
  },
} satisfies Record<string, Text>;

export const PURPOSE = {
  shareRound: {
    nb: 'Vi møtes for å fortelle om oss selv og kjenne oss igjen i hverandre. Dette er selvhjelp mellom likemenn, ikke behandling, og ingen her er ekspert på andres liv.',
    en: 'We meet to tell about ourselves and to recognise ourselves in each other. This is peer self-help, not treatment, and nobody here is an expert on anyone else’s life.',
  },
  family: {
    nb: 'Vi er pårørende og venner av mennesker med rusproblemer. Vi møtes for å dele hvordan vi selv har det, ikke for å snakke om den vi er bekymret for. Vi kan ikke styre et annet menneskes rus, men vi kan finne ro i vårt eget liv.',
    en: 'We are relatives and friends of people with addiction. We meet to share how we ourselves are doing, not to talk about the person we worry about. We cannot control another person’s drinking or drug use, but we can find peace in our own lives.',
  },
  openMeeting: {
    nb: 'Vi møtes for å holde oss edru én dag av gangen og hjelpe andre som vil det samme. Det eneste som kreves for å være med, er et ønske om å slutte å drikke. Gjester lytter og er like velkomne.',
    en: 'We meet to stay sober one day at a time and to help others who want the same. The only thing needed to take part is a wish to stop drinking. Guests listen and are just as welcome.',
  },
  na: {
    nb: 'Vi møtes for å hjelpe hverandre å holde oss rusfrie, én dag av gangen. Vi snakker om hva vi har opplevd og hva som hjelper oss nå, ikke om hvilke rusmidler vi brukte.',
    en: 'We meet to help each other stay clean, one day at a time. We talk about what we have lived through and what helps us now, not about which drugs we used.',
  },
  peerGroup: {
    nb: 'Denne gruppa er for pårørende som har valgt å følge hverandre en periode. Vi deler erfaringer og kjenner oss igjen. Nye kommer bare med når gruppa har sagt ja.',
    en: 'This group is for relatives who have chosen to walk alongside each other for a period. We share experiences and recognise ourselves in each other. Someone new joins only when the group has said yes.',
  },
} satisfies Record<string, Text>;

export const ANONYMITY = {
  shared: {
    nb: 'Det du hører her, la det bli her. Vi spør ikke hvem som var med på et tidligere møte, og vi tar ikke skjermbilder.',
    en: 'What you hear here, let it stay here. We do not ask who was at an earlier meeting, and we take no screenshots.',
  },
  pledge: {
    nb: 'Før vi begynner, gir vi hverandre taushetsløftet: det du hører her, la det bli her. Vi forteller ikke videre hvem som er med i gruppa eller hva som blir sagt, heller ikke til hverandre utenfor møtet.',
    en: 'Before we begin, we give each other our promise of confidentiality: what you hear here, let it stay here. We do not pass on who is in the group or what is said, not even to each other outside the meeting.',
  },
} satisfies Record<string, Text>;

export const GUIDELINES = {
  shared: {
    nb: 'Vi snakker om oss selv, i jeg-form. Vi gir ikke råd og kommenterer ikke det andre deler: ingen kryssprat. Én deler om gangen, og du kan alltid stå over. Ta med deg det du trenger, og la resten ligge.',
    en: 'We speak about ourselves, in the first person. We do not give advice or comment on what others share: no crosstalk. One person shares at a time, and you can always pass. Take what you need and leave the rest.',
  },
  family: {
    nb: 'Vi snakker om oss selv, ikke om den vi er bekymret for. Vi gir ikke råd og svarer ikke på det andre deler: ingen kryssprat. Vil du fortelle hva du selv gjorde i en lignende situasjon, si det i jeg-form. Du kan alltid stå over.',
    en: 'We speak about ourselves, not about the person we worry about. We do not give advice or answer what others share: no crosstalk. If you want to tell what you yourself did in a similar situation, say it in the first person. You can always pass.',
  },
} satisfies Record<string, Text>;

export const SILENCE = {
  shared: {
    nb: 'La oss ta et øyeblikk i stillhet, for dem som sliter i dag, inne i dette møtet og utenfor.',
    en: 'Let us take a moment of silence, for those who are struggling today, in this meeting and outside it.',
  },
} satisfies Record<string, Text>;

export const CLOSING = {
  shared: {
    nb: 'Takk for at dere delte og lyttet. Husk: det som ble sagt her, blir her. Dette er selvhjelp, ikke behandling. Trenger du hjelp nå, finner du hjelpelinjer under «Hjelp».',
    en: 'Thank you for sharing and listening. Remember: what was said here stays here. This is self-help, not treatment. If you need help now, you will find help lines under "Help".',
  },
  family: {
    nb: 'Takk for at du kom. Det du hørte her, la det bli her. Ta med deg det som hjalp, og kom gjerne tilbake. Trenger du hjelp nå, finner du hjelpelinjer under «Hjelp».',
    en: 'Thank you for coming. What you heard here, let it stay here. Take with you what helped, and do come back. If you need help now, you will find help lines under "Help".',
  },
  recovery: {
    nb: 'Takk for møtet. Det som ble sagt her, blir her. Kom gjerne igjen, særlig når det er tungt. Trenger du hjelp nå, finner du hjelpelinjer under «Hjelp».',
    en: 'Thank you for the meeting. What was said here stays here. Do come back, especially when things are hard. If you need help now, you will find help lines under "Help".',
  },
} satisfies Record<string, Text>;
