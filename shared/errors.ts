// The closed list of error codes a client can receive, with messages in bokmål and English.
// Internal failures collapse into INTERNAL so nothing about the server leaks to a client.

export const ERROR_MESSAGES = {
  INVALID_PAYLOAD: { nb: 'Forespørselen har feil form.', en: 'The request is malformed.' },
  PROTOCOL_MISMATCH: { nb: 'Appen er utdatert. Last inn siden på nytt.', en: 'The app is out of date. Reload the page.' },
  RATE_LIMITED: { nb: 'For mange forespørsler. Vent litt.', en: 'Too many requests. Please wait a moment.' },
  MEETING_NOT_FOUND: { nb: 'Fant ikke møtet. Sjekk lenken.', en: 'Meeting not found. Check the link.' },
  MEETING_ENDED: { nb: 'Dette møtet er avsluttet.', en: 'This meeting has ended.' },
  MEETING_INTERRUPTED: {
    nb: 'Møtet ble avbrutt: serveren mistet møtet (for eksempel ved en omstart), og ingenting av det som ble sagt, er tatt vare på. For å fortsette kan møteleder lage et nytt møte fra forsiden og dele den nye lenken.',
    en: 'The meeting was interrupted: the server lost it (for example in a restart), and nothing that was said has been kept. To go on, the chair can create a new meeting from the front page and share the new link.',
  },
  NOT_OPEN_YET: { nb: 'Døren til dette møtet er ikke åpnet ennå.', en: 'The door of this meeting is not open yet.' },
  MEETING_FULL: { nb: 'Møtet er fullt.', en: 'The meeting is full.' },
  ADDRESS_SEATS: {
    nb: 'Mange er allerede med i dette møtet fra samme nettverk. Når noen av dem går ut av møtet eller lukker siden, blir det plass, ofte etter noen sekunder og senest etter et minutt: prøv igjen om litt, eller bruk et annet nett (for eksempel mobildata).',
    en: 'Many people are already in this meeting from the same network. When one of them leaves the meeting or closes the page, a place frees up, often within seconds and at most a minute later: try again in a moment, or use another network (mobile data, for example).',
  },
  PLEDGE_REQUIRED: { nb: 'Du må godta taushetsløftet for å bli med.', en: 'You must accept the confidentiality statement to join.' },
  NAME_TAKEN: { nb: 'Noen i møtet bruker allerede det navnet.', en: 'Someone in the meeting already uses that name.' },
  ALREADY_JOINED: { nb: 'Du er allerede med i et møte.', en: 'You have already joined a meeting.' },
  NOT_IN_MEETING: { nb: 'Du er ikke med i møtet.', en: 'You are not in the meeting.' },
  IN_WAITING_ROOM: { nb: 'Du venter på å bli sluppet inn.', en: 'You are waiting to be let in.' },
  REMOVED: { nb: 'Du er fjernet fra dette møtet.', en: 'You have been removed from this meeting.' },
  BAD_TOKEN: { nb: 'Kunne ikke gjenoppta plassen din.', en: 'Could not restore your seat.' },
  SEAT_LEFT: { nb: 'Du gikk ut av møtet, så plassen din holdes ikke av lenger. Du kan bli med på nytt.', en: 'You left the meeting, so your seat is no longer kept. You can join again.' },
  SEAT_GIVEN_UP: { nb: 'Plassen din ble gitt opp fordi forbindelsen var borte for lenge. Du kan bli med på nytt.', en: 'Your seat was given up because the connection was gone too long. You can join again.' },
  CHAIR_TAKEN: { nb: 'Noen andre har møteleder-rollen nå.', en: 'Someone else holds the chair now.' },
  NOT_CHAIR: { nb: 'Bare møteleder kan gjøre dette.', en: 'Only the chair can do this.' },
  WRONG_PHASE: { nb: 'Det passer ikke i denne delen av møtet.', en: 'Not possible in this part of the meeting.' },
  NOT_YOUR_TURN: { nb: 'Det er ikke din tur.', en: 'It is not your turn.' },
  TURN_ENDED: { nb: 'Den turen var allerede over, så ingenting ble endret.', en: 'That turn had already ended, so nothing was changed.' },
  FROZEN: { nb: 'Møtet er satt på pause av møteleder.', en: 'The chair has paused the meeting.' },
  MUTED: { nb: 'Møtelederen har dempet deg.', en: 'The chair has muted you.' },
  LISTENER: { nb: 'Som lytter har du ingen tur.', en: 'As a listener you have no turn.' },
  NO_QUORUM: { nb: 'Møtet trenger en møteleder og minst én til.', en: 'The meeting needs a chair and at least one more person.' },
  NOT_A_VOLUNTEER: { nb: 'Den personen har ikke sagt ja til å lede.', en: 'That person has not offered to chair.' },
  NO_SUCCESSOR: { nb: 'Ingen andre kan ta over som møteleder nå.', en: 'Nobody else can take the chair right now.' },
  NOT_ALLOWED: { nb: 'Det er ikke tillatt.', en: 'That is not allowed.' },
  UNKNOWN_TARGET: { nb: 'Fant ikke den deltakeren.', en: 'That participant was not found.' },
  ALREADY_DONE: { nb: 'Det er allerede gjort.', en: 'That has already been done.' },
  UNKNOWN_READING: { nb: 'Fant ikke den teksten.', en: 'That reading was not found.' },
  LAST_CALL: { nb: 'Siste runde er ropt opp: ingen nye hender nå.', en: 'Last call has passed: no new hands now.' },
  QUEUE_FULL: { nb: 'Det venter allerede fem notater på at delingen skal bli ferdig.', en: 'Five notes are already waiting for the share to end.' },
  SILENCE: { nb: 'Et øyeblikks stillhet: ingen skriver nå.', en: 'A moment of silence: nobody posts now.' },
  GUIDELINES_NOT_ACCEPTED: { nb: 'Vedkommende har ikke godtatt møtereglene ennå.', en: 'They have not accepted the guidelines yet.' },
  NOT_GREETER: { nb: 'Bare den som ønsker velkommen, eller møteleder, kan sende velkomsten.', en: 'Only the greeter or the chair can send the welcome.' },
  NOBODY_WAITING: { nb: 'Ingen venter i venterommet nå, så velkomsten ble ikke sendt.', en: 'Nobody is waiting in the waiting room now, so the welcome was not sent.' },
  NOTHING_DUE: { nb: 'Ingenting å gjøre nå.', en: 'Nothing is due.' },
  NOTHING_HELD: { nb: 'Delingsvakten holder ikke tilbake noen deling fra deg nå.', en: 'The share guard is not holding a share of yours.' },
  NAME_CONTACT: {
    nb: 'Navnet ser ut som kontaktopplysninger (telefonnummer, e-post, @brukernavn eller nettadresse), og slike kan vise hvem du er. Velg et kallenavn uten @, punktum, _ og uten fem eller flere sifre.',
    en: 'That name looks like contact details (a phone number, e-mail, @handle or web address), which can show who you are. Choose a pseudonym without @, dots, _ and without five or more digits.',
  },
  NAME_CHARACTERS: { nb: 'Bruk bare bokstaver, tall, mellomrom og bindestrek i kallenavnet.', en: 'Use only letters, digits, spaces and hyphens in your pseudonym.' },
  NAME_ROLE: {
    nb: 'Navnet ser ut som en rolle i møtet (møteleder, moderator, ordstyrer) eller som Runde selv, og kan villede andre. Velg et kallenavn som bare er et navn.',
    en: 'That name looks like a role in the meeting (chair, moderator, host) or like Runde itself, which could mislead others. Choose a pseudonym that is only a name.',
  },
  UNKNOWN_SHARE: { nb: 'Fant ikke den delingen.', en: 'That share was not found.' },
  REPORT_LIMIT: { nb: 'Du har sendt så mange meldinger til møteleder som én person kan i ett møte.', en: 'You have sent as many reports to the chair as one person can in one meeting.' },
  GUARD_HINT: { nb: 'Se på hintet før det går ut: skriv om, eller send det som det er.', en: 'Look at the hint before it goes out: rephrase it, or send it as it is.' },
  NOT_FOUND: { nb: 'Fant ikke siden.', en: 'Not found.' },
  BUSY: { nb: 'Møtet er opptatt. Prøv igjen.', en: 'The meeting is busy. Try again.' },
  STORE_UNAVAILABLE: { nb: 'Serveren får ikke lagret akkurat nå. Prøv igjen om et øyeblikk.', en: 'The server cannot save right now. Try again in a moment.' },
  INTERNAL: { nb: 'Noe gikk galt. Prøv igjen.', en: 'Something went wrong. Try again.' },
} as const satisfies Record<string, { nb: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[];

export function errorMessage(code: ErrorCode, lang: 'nb' | 'en' = 'en'): string {
  return ERROR_MESSAGES[code][lang];
}
