// Everything the server keeps, in one list: the privacy page (/personvern, /privacy) is rendered
// from it, "What does the server hold about me?" names its items, and test/privacy/catalog.test.ts
// fails when a Redis key pattern (server/store/redis-keys.ts, server/app.ts), a memory-store
// structure (server/store/memory.ts) or a log line kind with its fields (the log() call sites
// under server/) is missing here or listed here but gone from the code.

export interface Text {
  nb: string;
  en: string;
}

/** The records a meeting has in the store; "holdings" answers with these ids. */
export type StoredItemId = 'state' | 'log' | 'secrets' | 'tokens' | 'commands' | 'directory' | 'serverSecret' | 'serverSigner' | 'serverEpoch' | 'lostMeetings' | 'nextChair' | 'processes' | 'processSeats' | 'endedOccurrence';

export interface StoredItem {
  id: StoredItemId;
  /** The Redis key, `<id>` standing for the meeting id. */
  redisKey: string;
  /** Where the embedded (memory) store keeps it: one or more places, or none (empty) when it keeps none. */
  memory: readonly string[];
  holds: Text;
  lifetime: Text;
}

const MEETING_LIFETIME: Text = {
  nb: 'Slettes straks møtet avsluttes. Ellers utløper det av seg selv 4 timer etter siste hendelse i møtet (RUNDE_MEETING_TTL_MS).',
  en: 'Deleted the moment the meeting ends. Otherwise it expires by itself 4 hours after the last thing that happened in the meeting (RUNDE_MEETING_TTL_MS).',
};

export const STORED_ITEMS: readonly StoredItem[] = [
  {
    id: 'state',
    redisKey: 'runde:m:{<id>}:state',
    memory: ['MemoryStore.meetings[<id>].state'],
    holds: {
      nb: 'Møtets tilstand: tittel, format, språk, emne, fase, innstillinger, og for hver som er til stede eller venter: kallenavn, rolle, om en kan lede, tilkoblet eller ikke, dempet, hånd oppe, status i runden, og en adressegruppe: et tall fra 0 til 255 regnet ut fra nettverksadressen og møtet (én av 256 grupper med millioner av adresser hver, så den peker ikke ut noen adresse), bare for å telle hvor mange plasser ett nettverk har i møtet; vises aldri for noen. Hvem som deler nå, og hvem som har gitt et tegn (uten å vise det til noen). Lister over fjernede og over dem som gikk ut selv (bare interne id-er, så en som kommer tilbake får vite hvorfor plassen er borte). For hver deling som er sendt: nummeret, hvem som delte (kallenavnet og den interne id-en), teksten, om møteleder har fjernet den (da slettes teksten her), og meldinger til møteleder om den (grunnen, og den interne id-en til den som sa fra, bare for å hindre at samme person sier fra to ganger; den vises aldri for noen). Teksten vises bare for møteleder, og bare for en deling noen har sagt fra om eller som gikk ut etter delingsvaktens hint, så møtelederen kan vurdere den, også en møteleder som kom senere. Når den siste har gått fra en fast gruppes møte, slettes det som er lagret om delingene.',
      en: "The meeting's state: title, format, language, topic, phase, settings, and for everyone present or waiting: pseudonym, role, whether they offered to chair, connected or not, muted, hand raised, status in the round, and an address group: a number from 0 to 255 computed from the network address and the meeting (one of 256 groups, each of millions of addresses, so it names no address), only to count how many seats one network holds in the meeting; never shown to anyone. Who is sharing now and who has acknowledged it (never shown to anyone). The lists of removed people and of those who left on purpose (internal ids only, so someone coming back is told why their seat is gone). For each share posted: its number, who shared it (pseudonym and internal id), its words, whether the chair removed it (its words are then deleted here), and reports to the chair about it (the reason, and the internal id of whoever reported, only to stop the same person reporting twice; never shown to anyone). The words are shown only to the chair, and only for a share someone reported or that went out after the share guard's hint, so the chair can judge it, also a chair who came in later. When the last person has left a weekly group's meeting, what is kept about its shares is deleted.",
    },
    lifetime: MEETING_LIFETIME,
  },
  {
    id: 'log',
    redisKey: 'runde:m:{<id>}:log',
    memory: ['MemoryStore.meetings[<id>].log'],
    holds: {
      nb: 'Møtets hendelser, slik at den som mister forbindelsen kan ta igjen det de gikk glipp av: hvem som kom og gikk (kallenavn), tur, delinger med teksten, møteleders notater og emne. Høyst de siste 2000 (RUNDE_LOG_CAP). Private hendelser lagres aldri.',
      en: "The meeting's events, so whoever loses the connection can catch up on what they missed: who came and went (pseudonym), turns, shares with their text, the chair's notes and topic. At most the newest 2000 (RUNDE_LOG_CAP). Private events are never stored.",
    },
    lifetime: {
      nb: `${MEETING_LIFETIME.nb} En fast gruppes møte varer til sin fastsatte sluttid, men hendelsene slettes straks den siste har gått.`,
      en: `${MEETING_LIFETIME.en} A weekly group's meeting lasts until its scheduled end, but its events are deleted as soon as the last person has left.`,
    },
  },
  {
    id: 'secrets',
    redisKey: 'runde:m:{<id>}:secrets',
    memory: ['MemoryStore.meetings[<id>].secrets'],
    holds: {
      nb: 'SHA-256-sjekksummen av møtelederens nøkkel (aldri selve nøkkelen), og adgangskoden til et lukket møte: sjekksummen som den som kommer sjekkes mot, og selve koden, slik at den som leder møtet kan se den igjen. Bare møteleder og dørvakt får se koden.',
      en: "The SHA-256 hash of the chair key (never the key itself), and a closed meeting's join code: the hash that arrivals are checked against, and the code itself, so whoever chairs can see it again. Only the chair and the door keeper are shown the code.",
    },
    lifetime: MEETING_LIFETIME,
  },
  {
    id: 'tokens',
    redisKey: 'runde:m:{<id>}:tokens',
    // The memory store keeps the seat holders in a map of their own (no `holder:<id>` key per seat).
    memory: ['MemoryStore.meetings[<id>].tokens', 'MemoryStore.meetings[<id>].holders'],
    holds: {
      nb: 'For hver plass: SHA-256-sjekksummen av gjenopptakingsnøkkelen, og den interne id-en den hører til. Selve nøkkelen finnes bare i fanen din. Dessuten, for hver plass, den tilfeldige id-en til tilkoblingen som holder den nå (så én plass aldri har to tilkoblinger).',
      en: 'For each seat: the SHA-256 hash of its resume token and the internal id it belongs to. The token itself exists only in your tab. Also, for each seat, the random id of the connection that holds it now (so one seat never has two connections).',
    },
    lifetime: { nb: 'Som møtet, og aldri lenger enn møtets tilstand.', en: "As the meeting, and never longer than the meeting's state." },
  },
  {
    id: 'commands',
    redisKey: 'runde:m:{<id>}:commands',
    memory: ['MemoryStore.meetings[<id>].commands'],
    holds: {
      nb: 'For hver plass: id-ene til de siste 32 handlingene som ble lagret (tilfeldige tegn siden din velger for hvert trykk, ingen tekst), og nummeret hver fikk, så en handling som sendes på nytt etter et brudd ikke blir gjort to ganger.',
      en: 'For each seat: the ids of its newest 32 actions that were saved (random characters your page picks for each press, no text), and the number each got, so an action sent again after a drop is not done twice.',
    },
    lifetime: MEETING_LIFETIME,
  },
  {
    id: 'processSeats',
    redisKey: 'runde:proc:<processId>:seats',
    memory: [],
    holds: {
      nb: 'For hver serverprosess: hvilke plasser dens tilkoblinger holder (møte-id, intern plass-id, tilkoblingens tilfeldige id), så de andre prosessene kan gi plassene en frist hvis prosessen dør. Ingen navn.',
      en: "For each server process: which seats its connections hold (meeting id, internal seat id, the connection's random id), so the other processes can start those seats' grace period if it dies. No names.",
    },
    lifetime: {
      nb: 'Noen sekunder etter siste hjerteslag fra prosessen; en plass fjernes når tilkoblingen lukkes.',
      en: "A few seconds after the process's last heartbeat; a seat leaves it when its connection closes.",
    },
  },
  {
    id: 'processes',
    redisKey: 'runde:procs',
    memory: [],
    holds: {
      nb: 'De tilfeldige id-ene til serverprosessene som kjører, med når hver sist ga lyd fra seg. Ingenting om noe møte eller noen person.',
      en: 'The random ids of the running server processes, each with when it last checked in. Nothing about any meeting or person.',
    },
    lifetime: { nb: 'Noen sekunder etter siste hjerteslag.', en: 'A few seconds after the last heartbeat.' },
  },
  {
    id: 'directory',
    redisKey: 'runde:directory',
    memory: [],
    holds: {
      nb: 'Id-ene til møter som vises i listen på forsiden, med når hver utløper. Ingen navn, ingen antall.',
      en: 'The ids of meetings shown in the list on the front page, each with when it expires. No names, no counts.',
    },
    lifetime: {
      nb: 'Et møte fjernes fra listen når det avsluttes eller utløper; selve nøkkelen utløper 4 timer etter siste oppføring.',
      en: 'A meeting leaves the list when it ends or expires; the key itself expires 4 hours after its last entry.',
    },
  },
  {
    id: 'nextChair',
    redisKey: 'runde:group:<slug>:<start>:next-chair',
    memory: ['MemoryNextChairStore.entries[<slug>, <start>]'],
    holds: {
      nb: 'For en fast gruppe: SHA-256-sjekksummen av nøkkelen som lar neste ukes møteleder åpne møtet, for én bestemt gang. Knyttet til ingen person.',
      en: "For a weekly group: the SHA-256 hash of the key that lets next week's chair open the meeting, for one occurrence. Tied to no person.",
    },
    lifetime: {
      nb: 'Slettes når det møtet åpnes, og utløper når den gangen er over.',
      en: 'Deleted when that meeting opens, and expires when that occurrence is over.',
    },
  },
  {
    id: 'endedOccurrence',
    redisKey: 'runde:group:<slug>:<start>:ended',
    memory: ['MemoryEndedOccurrences.until[<slug>, <start>]'],
    holds: {
      nb: 'For en fast gruppe: at møtelederen avsluttet én bestemt gang før tiden, så lenken sier «avsluttet» i stedet for å åpne et nytt møte. Bare gruppas navn i lenken og starttiden; ingenting om noen person.',
      en: "For a weekly group: that the chair ended one occurrence before its time, so the link says \"ended\" instead of opening a new meeting. Only the group's link name and the start time; nothing about any person.",
    },
    lifetime: {
      nb: 'Utløper når den gangens fastsatte sluttid er nådd.',
      en: "Expires at that occurrence's scheduled end.",
    },
  },
  {
    id: 'serverSecret',
    redisKey: 'runde:{server}:secret',
    memory: [],
    holds: {
      nb: 'Én tilfeldig hemmelighet som alle serverprosessene signerer møte-id-er med, så serveren kan si «møtet er avsluttet» uten å huske møtet. Ingenting om noe møte eller noen person.',
      en: 'One random secret all server processes sign meeting ids with, so the server can say "this meeting has ended" without remembering the meeting. Nothing about any meeting or person.',
    },
    lifetime: {
      nb: '7 dager, fornyet mens serveren kjører; borte når Redis stopper (Redis skriver ingenting til disk: serveren nekter å starte mot en Redis med lagring slått på).',
      en: '7 days, renewed while the server runs; gone when Redis stops (Redis writes nothing to disk: the server refuses to start against a Redis with persistence on).',
    },
  },
  {
    id: 'serverSigner',
    redisKey: 'runde:{server}:signer',
    memory: [],
    holds: {
      nb: 'Et fingeravtrykk av hemmeligheten møte-id-ene signeres med (aldri selve hemmeligheten), så en serverprosess som ville signert annerledes enn de andre nekter å starte. Ingenting om noe møte eller noen person.',
      en: 'A fingerprint of the secret meeting ids are signed with (never the secret itself), so a server process that would sign unlike the others refuses to start. Nothing about any meeting or person.',
    },
    lifetime: { nb: '30 sekunder, fornyet mens serveren kjører.', en: '30 seconds, renewed while the server runs.' },
  },
  {
    id: 'serverEpoch',
    redisKey: 'runde:{server}:epoch',
    memory: [],
    holds: {
      nb: 'Ett tilfeldig tall som lar serverne merke at Redis har startet på nytt (og at møtene dermed er borte). Ingenting om noe møte eller noen person.',
      en: 'One random value that lets the servers notice that Redis restarted (and the meetings with it are gone). Nothing about any meeting or person.',
    },
    lifetime: { nb: '7 dager, fornyet mens serveren kjører.', en: '7 days, renewed while the server runs.' },
  },
  {
    id: 'lostMeetings',
    redisKey: 'runde:{server}:lost',
    memory: [],
    holds: {
      nb: 'Id-ene til møtene serveren mistet da Redis startet på nytt tom, så den som kommer tilbake får vite at møtet ble avbrutt (ikke avsluttet) og hvordan man begynner på nytt. Ingenting om noen person, og ingenting som ble sagt.',
      en: 'The ids of the meetings the server lost when Redis restarted empty, so whoever comes back is told the meeting was interrupted (not ended) and how to start again. Nothing about any person, and nothing that was said.',
    },
    lifetime: { nb: '30 minutter etter at møtene ble mistet.', en: '30 minutes after the meetings were lost.' },
  },
];

/** Kept in each server process's memory only, whichever store is used. */
export const PROCESS_MEMORY: readonly { what: Text; lifetime: Text }[] = [
  {
    what: {
      nb: 'Tellere for å begrense hvor mange forespørsler en tilkobling sender, med tilkoblingens tilfeldige id som nøkkel.',
      en: "Counters limiting how many requests a connection sends, keyed by the connection's random id.",
    },
    lifetime: { nb: '10 sekunder.', en: '10 seconds.' },
  },
  {
    what: {
      nb: 'Teller for hvor mange møter som opprettes fra én adresse: nøkkelen er en sjekksum av adressen med et salt som bare finnes i prosessens minne. Adressen selv lagres ikke.',
      en: 'A counter of how many meetings are created from one address: keyed by a hash of the address with a salt that exists only in the process memory. The address itself is not kept.',
    },
    lifetime: { nb: '1 time; saltet forsvinner når prosessen stopper.', en: '1 hour; the salt is gone when the process stops.' },
  },
  {
    what: {
      nb: 'Når én adresse har blitt med i ett møte den siste tiden: nøkkelen er møtets id og en sjekksum av adressen med et salt som bare finnes i prosessens minne. Adressen selv lagres ikke. Tellere for hvor mye hver plass deler, noterer og melder fra, med møtets id og plassens interne id som nøkkel.',
      en: 'When one address joined one meeting lately: keyed by the meeting id and a hash of the address with a salt that exists only in the process memory. The address itself is not kept. Counters of how much each seat shares, notes and reports, keyed by the meeting id and the seat\'s internal id.',
    },
    lifetime: { nb: '10 minutter (innganger) og 10 sekunder (delinger); saltet forsvinner når prosessen stopper.', en: '10 minutes (joins) and 10 seconds (shares); the salt is gone when the process stops.' },
  },
  {
    what: {
      nb: 'Hvilke tilkoblinger som er i hvilket møte (socket.io-rom), og møtets neste tidsfrist.',
      en: 'Which connections are in which meeting (socket.io rooms), and the meeting\'s next deadline.',
    },
    lifetime: { nb: 'Til tilkoblingen lukkes / møtet avsluttes.', en: 'Until the connection closes / the meeting ends.' },
  },
  {
    what: {
      nb: 'For et øvingsmøte: adgangskoden øvemedlemmene bruker, og deres tilkoblinger. Ingenting om personen som øver.',
      en: 'For a practice meeting: the join code its practice members use, and their connections. Nothing about the person practising.',
    },
    lifetime: { nb: 'Til øvingsmøtet slutter.', en: 'Until the practice meeting ends.' },
  },
  {
    what: {
      nb: 'Delingsvakten (som ser etter råd, kryssprat og kontaktopplysninger): kallenavnene i møtet den leser en deling opp mot, og den siste teksten den leste.',
      en: 'The share guard (which looks for advice, crosstalk and contact details): the pseudonyms in the meeting it reads a share against, and the last text it read.',
    },
    lifetime: { nb: 'Til møtet avsluttes; et møte som bare blir forlatt, høyst 15 minutter etter siste deling.', en: 'Until the meeting ends; a meeting that is simply left, at most 15 minutes after its last share.' },
  },
];

/** What the page itself keeps in the browser. */
export interface BrowserItem {
  id: 'seat' | 'prefs' | 'lang';
  /** The browser storage that holds it (`window.name`: the tab's window name, one string). */
  where: 'sessionStorage' | 'history.state' | 'window.name';
  /** Its key there, `<id>` standing for the meeting id; for the window name, the values it takes (client/session.ts, client/tab-prefs.ts). */
  key: string;
  holds: Text;
  /** When the page removes it; every item also goes when the tab is closed. */
  cleared: Text;
}

/**
 * Everything the page keeps in the browser: exactly these, in this tab only. No cookie, nothing in
 * localStorage or IndexedDB; the chair key, the join code and any unsent text (the share box,
 * the draft box) live in the page's memory alone: they survive a dropped connection, not a reload.
 * test/e2e/privacy.e2e.test.ts reads every storage after joining, leaving, the end and a quick
 * exit and asserts exactly this set (Issue 14).
 */
export const BROWSER_ITEMS: readonly BrowserItem[] = [
  {
    id: 'seat',
    where: 'sessionStorage',
    key: 'runde.seat',
    holds: {
      nb: 'Plassen din i møtet: møtets id, gjenopptakingsnøkkelen og nummeret på det siste du har sett, så et brudd eller en ny innlasting ikke koster plassen. Ingenting du har skrevet: tekst som ikke er sendt, finnes bare i sidens minne og forsvinner ved ny innlasting.',
      en: 'Your seat in the meeting: the meeting id, your resume token and the number of the last thing you saw, so a drop or a reload does not cost your seat. Nothing you typed: unsent text stays in the page\'s memory only and is gone on a reload.',
    },
    cleared: {
      nb: 'Når du går ut av møtet, når møtet avsluttes eller du blir fjernet, ved «Lukk raskt», og når fanen lukkes.',
      en: 'When you leave the meeting, when the meeting ends or you are removed, at "Quick exit", and when the tab closes.',
    },
  },
  {
    id: 'prefs',
    where: 'history.state',
    key: 'rundePrefs',
    holds: {
      nb: 'Valgene dine for denne fanen: språk (og om siden bare fulgte møtets språk), lyd, varsler og diskret fane. Ingenting om møtet.',
      en: 'Your choices for this tab: language (and whether the page only followed the meeting\'s), sound, notifications and discreet tab. Nothing about the meeting.',
    },
    cleared: {
      nb: 'Ved «Lukk raskt» og når fanen lukkes. De blir stående når du går ut eller møtet slutter, så avskjeden kommer på ditt språk.',
      en: 'At "Quick exit" and when the tab closes. They stay when you leave or the meeting ends, so the goodbye is in your language.',
    },
  },
  {
    id: 'lang',
    where: 'window.name',
    key: 'nb | en | ~nb | ~en',
    holds: {
      nb: 'Språket du valgte, bare «nb» eller «en», så en møtelenke du limer inn i samme fane åpner på det språket. Etter «Lukk raskt» bare «~nb» eller «~en», så Tilbake-knappen sender fanen til den nøytrale siden igjen i stedet for å vise Runde. Ingenting annet, ikke noe ord om Runde.',
      en: 'The language you chose, only "nb" or "en", so a meeting link you paste into the same tab opens in that language. After "Quick exit" only "~nb" or "~en", so the Back button sends the tab to the neutral page again instead of showing Runde. Nothing else, no word of Runde.',
    },
    cleared: {
      nb: 'Språket ved «Lukk raskt». Merket etter «Lukk raskt» når Runde åpnes på nytt i fanen (adressen skrives inn, en lenke, siden lastes på nytt). Begge når fanen går til en annen nettside (nettleseren tømmer det da), og når fanen lukkes.',
      en: 'The language at "Quick exit". The mark after "Quick exit" when Runde is opened anew in the tab (the address typed, a link, a reload). Both when the tab goes to another website (the browser empties it then), and when the tab closes.',
    },
  },
];

export interface LogLine {
  /** The `event` field of the line. */
  event: string;
  /** Its other fields; every line also has `t` (time, ISO 8601) and `event`. */
  fields: readonly string[];
  meaning: Text;
}

/** Every kind of line the server writes to its standard output. Never a name, text, address or secret. */
export const LOG_LINES: readonly LogLine[] = [
  { event: 'listening', fields: ['port', 'store'], meaning: { nb: 'Serveren har startet (port, redis eller memory).', en: 'The server started (port, redis or memory).' } },
  { event: 'groups_loaded', fields: ['groups'], meaning: { nb: 'Filen med faste grupper ble lest: antall grupper.', en: 'The weekly groups file was read: how many groups.' } },
  { event: 'groups_reload_failed', fields: ['error'], meaning: { nb: 'Filen med faste grupper kunne ikke leses: feilen i driftspersonalets egen fil.', en: "The weekly groups file could not be read: the error in the operator's own file." } },
  {
    event: 'occurrence_opened',
    fields: ['meeting', 'format', 'handedOn'],
    meaning: { nb: 'En fast gruppes møte ble åpnet: de 6 første tegnene av id-en, format, om en møteleder-nøkkel var gitt videre.', en: "A weekly group's meeting was opened: the first 6 characters of its id, format, whether a chair key was handed on." },
  },
  { event: 'chair_handed_on', fields: ['meeting'], meaning: { nb: 'Møteleder ga nøkkelen for neste gang videre.', en: 'The chair handed on the key for next time.' } },
  { event: 'stopped', fields: ['sockets'], meaning: { nb: 'Serveren stoppet: antall tilkoblinger den lukket.', en: 'The server stopped: how many connections it closed.' } },
  { event: 'stop_timeout', fields: [], meaning: { nb: 'Serveren brukte for lang tid på å stoppe.', en: 'The server took too long to stop.' } },
  { event: 'stop_error', fields: ['error', 'at'], meaning: { nb: 'Feil under stopp: feiltypen, og hvor i serverens kode det skjedde (fil og linje, aldri en verdi).', en: "An error while stopping: the error type, and where in the server's code it happened (file and line, never a value)." } },
  { event: 'secret_mismatch', fields: [], meaning: { nb: 'En annen serverprosess på samme Redis signerer møte-id-er med en annen hemmelighet (RUNDE_SECRET): denne melder seg usunn (/healthz 503).', en: 'Another server process on the same Redis signs meeting ids with another secret (RUNDE_SECRET): this one reports itself unhealthy (/healthz 503).' } },
  { event: 'secret_match', fields: [], meaning: { nb: 'Serverprosessene på samme Redis signerer likt igjen.', en: 'The server processes on the same Redis sign alike again.' } },
  { event: 'store_lost', fields: [], meaning: { nb: 'Redis har mistet møtene (startet på nytt).', en: 'Redis lost the meetings (it restarted).' } },
  {
    event: 'pubsub_resubscribed',
    fields: ['meetings'],
    meaning: { nb: 'Forbindelsen som hører de andre serverprosessene er tilbake: antall møter som hentes på nytt fra lageret.', en: 'The connection that hears the other server processes is back: how many meetings are read again from the store.' },
  },
  {
    event: 'memory',
    fields: ['rssMb', 'heapMb'],
    meaning: { nb: 'Prosessens minnebruk i MB (bare med RUNDE_MEMORY_LOG_MS).', en: "The process's memory use in MB (only with RUNDE_MEMORY_LOG_MS)." },
  },
  { event: 'store_rolled_back', fields: ['meeting', 'behindBy', 'sockets'], meaning: { nb: 'Redis har gått tilbake i tid for et møte (en kopi uten de siste endringene tok over): de 6 første tegnene av møtets id, hvor mange endringer som mangler, og antall tilkoblinger som fikk beskjed om at møtet ble avbrutt.', en: 'Redis went back in time for a meeting (a replica without the latest writes took over): the first 6 characters of its id, how many changes are missing, and how many connections were told the meeting was interrupted.' } },
  {
    event: 'commit_uncertain',
    fields: ['uncertain'],
    meaning: { nb: 'Lageret svarte ikke på en endring (den kan likevel bli utført): antall møter som skal leses på nytt fra lageret.', en: 'The store did not answer a write (it may still be carried out): how many meetings are to be read back from the store.' },
  },
  {
    event: 'commit_uncertain_settled',
    fields: ['meeting', 'seq'],
    meaning: { nb: 'Et slikt møte ble lest på nytt og det som manglet levert: de 6 første tegnene av id-en og sekvensnummeret i lageret.', en: 'Such a meeting was read back and what was missing delivered: the first 6 characters of its id and the sequence number in the store.' },
  },
  { event: 'uncertain_settle_error', fields: ['error', 'at'], meaning: { nb: 'Feil da et slikt møte ble lest på nytt: feiltypen, og hvor i serverens kode det skjedde (fil og linje, aldri en verdi).', en: "An error while reading such a meeting back: the error type, and where in the server's code it happened (file and line, never a value)." } },
  { event: 'store_lost_told', fields: ['sockets'], meaning: { nb: 'Antall tilkoblinger som fikk beskjed om at møtet er borte.', en: 'How many connections were told their meeting is gone.' } },
  {
    event: 'meeting_interrupted',
    fields: ['meeting', 'sockets'],
    meaning: { nb: 'Et møte ble avbrutt fordi lageret mistet det: de 6 første tegnene av id-en, antall tilkoblinger.', en: 'A meeting was cut off because the store lost it: the first 6 characters of its id, how many connections.' },
  },
  { event: 'hand_on_error', fields: ['error'], meaning: { nb: 'Nøkkelen for neste gang kunne ikke lagres: feiltypen.', en: "Next time's chair key could not be stored: the error type." } },
  { event: 'unhandled_rejection', fields: ['error', 'at'], meaning: { nb: 'En uventet feil i serveren: feiltypen, og hvor i serverens kode det skjedde (fil og linje, aldri en verdi).', en: "An unexpected error in the server: the error type, and where in the server's code it happened (file and line, never a value)." } },
  { event: 'uncaught_exception', fields: ['error', 'at'], meaning: { nb: 'En uventet feil i serveren: feiltypen, og hvor i serverens kode det skjedde (fil og linje, aldri en verdi).', en: "An unexpected error in the server: the error type, and where in the server's code it happened (file and line, never a value)." } },
  { event: 'stopping', fields: ['signal'], meaning: { nb: 'Serveren stopper.', en: 'The server is stopping.' } },
  {
    event: 'meeting_created',
    fields: ['meeting', 'format', 'access', 'listed', 'discreet'],
    meaning: { nb: 'Et møte ble opprettet: de 6 første tegnene av id-en, format, åpent/lukket, listet, diskret oppmøte.', en: 'A meeting was created: the first 6 characters of its id, format, open/closed, listed, discreet attendance.' },
  },
  {
    event: 'joined',
    fields: ['meeting', 'present', 'waiting'],
    meaning: { nb: 'Noen kom inn: de 6 første tegnene av møte-id-en, antall til stede og antall som venter.', en: "Someone came in: the first 6 characters of the meeting id, how many are present and how many wait." },
  },
  { event: 'resumed', fields: ['meeting'], meaning: { nb: 'Noen tok plassen sin tilbake etter et brudd.', en: 'Someone took their seat back after a drop.' } },
  { event: 'handler_error', fields: ['event', 'error', 'at'], meaning: { nb: 'En forespørsel feilet inne i serveren: navnet på forespørselen og feiltypen, og hvor i serverens kode det skjedde (fil og linje, aldri en verdi).', en: "A request failed inside the server: the request name and the error type, and where in the server's code it happened (file and line, never a value)." } },
  { event: 'disconnect_error', fields: ['error', 'at'], meaning: { nb: 'Et brudd kunne ikke registreres: feiltypen, og hvor i serverens kode det skjedde (fil og linje, aldri en verdi).', en: "A drop could not be recorded: the error type, and where in the server's code it happened (file and line, never a value)." } },
  { event: 'http_error', fields: ['error', 'at'], meaning: { nb: 'En HTTP-forespørsel feilet: feiltypen, og hvor i serverens kode det skjedde (fil og linje, aldri en verdi).', en: "An HTTP request failed: the error type, and where in the server's code it happened (file and line, never a value)." } },
  { event: 'redis_error', fields: ['error', 'code', 'count'], meaning: { nb: 'Forbindelsen til Redis feilet: feiltypen, en kort feilkode (som ECONNREFUSED, NOAUTH, WRONGPASS; aldri en adresse) og hvor mange ganger siden sist (høyst én linje per 5 sekunder).', en: 'The connection to Redis failed: the error type, a short error code (such as ECONNREFUSED, NOAUTH, WRONGPASS; never an address) and how often since the last line (at most one line per 5 seconds).' } },
  { event: 'deliver_error', fields: ['error', 'at'], meaning: { nb: 'En hendelse kunne ikke leveres til tilkoblingene i denne prosessen: feiltypen, og hvor i serverens kode det skjedde (fil og linje, aldri en verdi).', en: "An event could not be delivered to this process's connections: the error type, and where in the server's code it happened (file and line, never a value)." } },
  { event: 'delivery_gap_filled', fields: ['from', 'to'], meaning: { nb: 'Hendelser som aldri kom fra en annen prosess ble hentet fra lageret: første og siste sekvensnummer.', en: 'Events that never arrived from another process were read from the store: first and last sequence number.' } },
  { event: 'delivery_fill_error', fields: ['error', 'at'], meaning: { nb: 'Manglende hendelser kunne ikke hentes fra lageret: feiltypen, og hvor i serverens kode det skjedde (fil og linje, aldri en verdi).', en: "Missing events could not be read from the store: the error type, and where in the server's code it happened (file and line, never a value)." } },
  { event: 'liveness_error', fields: ['error', 'at'], meaning: { nb: 'Prosessens hjerteslag i Redis feilet: feiltypen, og hvor i serverens kode det skjedde (fil og linje, aldri en verdi).', en: "The process's heartbeat in Redis failed: the error type, and where in the server's code it happened (file and line, never a value)." } },
  { event: 'process_dead', fields: ['seats'], meaning: { nb: 'En annen serverprosess sluttet å gi lyd fra seg: antall plasser som fikk en frist.', en: 'Another server process stopped checking in: how many seats were given their grace period.' } },
  { event: 'process_judged_dead', fields: ['seats'], meaning: { nb: 'Denne prosessen ble regnet som død mens den sto stille (for eksempel under stor last), og tar tilbake plassene til dem som fortsatt er koblet til: antall plasser.', en: 'This process was judged dead while it was stalled (under heavy load, say) and takes back the seats of those still connected to it: how many seats.' } },
  { event: 'reclaim_error', fields: ['error', 'at'], meaning: { nb: 'En plass kunne ikke tas tilbake etter at prosessen ble regnet som død: feiltypen, og hvor i serverens kode det skjedde (fil og linje, aldri en verdi).', en: "A seat could not be taken back after the process was judged dead: the error type, and where in the server's code it happened (file and line, never a value)." } },
  { event: 'buffer_cap', fields: [], meaning: { nb: 'En tilkobling som ikke tok imot det den fikk tilsendt, ble lukket.', en: 'A connection that did not take in what was sent to it was closed.' } },
  { event: 'flood_shut', fields: ['addresses'], meaning: { nb: 'En adresse sendte langt mer enn grensen og er stengt ute en kort stund; tallet er hvor mange adresser som er stengt ute nå (ingen adresse lagres).', en: 'An address sent far past the limit and is shut out for a short while; the number is how many addresses are shut out now (no address is kept).' } },
  { event: 'warning', fields: ['msg'], meaning: { nb: 'En advarsel til driftspersonalet om oppsettet (fast tekst).', en: 'A warning to the operator about the setup (fixed text).' } },
];

/** The prose of the privacy page that is not a list. */
export const PRIVACY_TEXT = {
  during: {
    nb: 'Mens et møte pågår kan den som drifter serveren, eller den som tar serveren, lese alt i listen over: møtets tittel, kallenavnene, hvem som er koblet til, og teksten i delingene som er sagt så langt. De kan ikke se IP-adressen din i noe Runde lagrer, og ikke hvem du er utenfor møtet.',
    en: 'While a meeting runs, whoever operates the server, or someone who seizes it, can read everything listed above: the meeting title, the pseudonyms, who is connected, and the text of the shares said so far. They cannot find your IP address in anything Runde keeps, nor who you are outside the meeting.',
  },
  after: {
    nb: 'Etter møtet: ingenting om det. Alle nøkler slettes når møtet avsluttes, og utløper av seg selv ellers. Redis skriver ikke til disk, og loggen har aldri navn, tekst, adresser eller nøkler. Det eneste som blir igjen er loggens linjer med antall og de 6 første tegnene av møte-id-er.',
    en: 'After the meeting: nothing of it. Every key is deleted when the meeting ends, and expires by itself otherwise. Redis writes nothing to disk, and the log never holds names, text, addresses or keys. All that remains are the log lines with counts and the first 6 characters of meeting ids.',
  },
  cannot: [
    { nb: 'Et skjermbilde eller bilde som noen i møtet tar av skjermen sin.', en: 'A screenshot or photo someone in the meeting takes of their screen.' },
    { nb: 'Nettleserens historikk: at du har besøkt denne adressen. Bruk et privat vindu, eller slett historikken.', en: "The browser's history: that you visited this address. Use a private window, or clear the history." },
    { nb: 'En enhet som overvåkes (av en arbeidsgiver, en partner eller skadevare), eller noen som ser deg over skulderen.', en: 'A monitored device (by an employer, a partner or malware), or someone looking over your shoulder.' },
    { nb: 'Den som drifter serveren eller nettverket ser at en adresse kobler seg til Runde, men ikke til hvilket møte.', en: 'Whoever runs the server or the network sees that an address connects to Runde, though not to which meeting.' },
  ],
} as const;
