// Word lists that keep false alarms down. All entries are lower-case.
import { EN_VERBS, NB_VERBS } from './verbs.js';

const list = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/u));

/**
 * Capitalised words that are not people's or places' names: days, months, holidays, fellowship
 * and faith words, sentence-initial function words, family titles, countries and languages,
 * and services people meet on. They break up a run of capitalised words ("Anonyme Alkoholikere"
 * is not a person) and never count as a place after "i"/"in". The greetings' words too: "God Jul
 * og Godt Nytt År", "Merry Christmas" are no one's name (a fresh tester, 2026-12-06, was told
 * "Nytt År" looked like a full name).
 */
export const NOT_NAMES = list(`
  mandag tirsdag onsdag torsdag fredag lørdag søndag
  monday tuesday wednesday thursday friday saturday sunday
  januar februar mars april mai juni juli august september oktober november desember
  january february march may june july october december
  jul julaften nyttår påske pinse sankthans advent christmas easter thanksgiving halloween
  nytt år gledelig happy merry season's seasons greetings
  dag morgen kveld natt går i dag
  gud guds jesus jesu kristus christ god god's allah herren lord
  anonyme alkoholikere narkomane anonymous alcoholics narcotics al-anon alateen lms
  tolv trinn tradisjon tradisjoner steg twelve step steps tradition traditions
  store boka bok høyere makt big book higher power program programme recovery fellowship
  meeting meetings møte møtet gruppe gruppa group sponsor fadder serenity sinnsrobønnen
  blå kors røde kirkens bymisjon red cross salvation army
  jeg du han hun vi dere de den det dette disse min mitt mine og men så da når hvis om at
  som for fra til med på i av etter før nå her der hei hallo takk ja nei kjære god godt
  the a an and but so then when if i i'm my me you your he she we they it this that there
  hi hello dear thanks thank yes no oh well of in on at to for from with by after before
  mamma pappa mor far mormor morfar farmor farfar bestemor bestefar onkel tante
  mom mum dad mother father grandma grandpa granny aunt uncle sister brother son daughter
  norge sverige danmark finland island europa amerika spania tyskland england frankrike
  italia hellas polen thailand russland ukraina afrika asia kina india
  norway sweden denmark iceland europe america spain germany france italy greece poland
  russia africa china
  norsk engelsk svensk dansk norwegian english swedish danish german american british
  facebook instagram snapchat tiktok youtube google zoom teams messenger whatsapp runde
  internett internet nav
  mr mrs ms dr doctor
`);

/**
 * Capitalised words of places' and works' names, never of a person's: they split a run of
 * capitalised words as NOT_NAMES do, so "New York", "Los Angeles", "Store Norske Leksikon" and
 * "Oslo Universitetssykehus" are not taken for a full name (a fresh tester, 2026-12-03, was
 * stopped by each). After "i"/"in" they still count as a place ("in New York" is a place hint).
 */
const NOT_PERSON_WORDS = list(`
  new los las san santa saint st fort mount city county united states kingdom republic
  north south east west nord sør øst vest norske leksikon universitet university universitetet
  college skole skolen school sykehus sykehuset hospital kommune kommunen fylke fylkeskommune
  senter senteret center centre hotell hotel kirke kirken church flyplass airport stasjon station
  street road avenue gate gata veien museum museet bibliotek library
  coop extra prix mega obs kiwi rema meny spar joker bunnpris vinmonopolet polet tesco asda
`);

/** Endings of Norwegian compounds that name an institution or a street ("Universitetssykehus", "Storgata"). */
const NOT_PERSON_ENDINGS = ['sykehus', 'sykehuset', 'skole', 'skolen', 'kirke', 'kirken', 'senter', 'senteret', 'stasjon', 'universitet', 'museum', 'kommune', 'leksikon', 'gata', 'veien'];

/** Whether a capitalised word cannot be part of a person's full name (NOT_NAMES, or a place's or work's word). */
export function isNotPersonWord(word: string): boolean {
  // Lower-cased once, here: it runs for every capitalised word of a run (findFullNames).
  const w = word.toLowerCase();
  return isNotNameLower(w) || NOT_PERSON_WORDS.has(w) || NOT_PERSON_ENDINGS.some((e) => w.length > e.length + 2 && w.endsWith(e));
}

/**
 * Everyday words people also pick as pseudonyms ("Håp", "Liv", "Sol", "Grace"). When another
 * participant's name is one of these, only a capitalised use inside a sentence counts as naming
 * them, so "jeg har håp" does not point at the participant called Håp.
 */
export const EVERYDAY_WORDS = list(`
  håp glad sol liv fred rose stille rolig lys ny venn venninne anonym ukjent sønn datter bror
  søster hjerte sjel natt vår høst vinter sommer skog fjell hav sjø stjerne måne regn snø vind
  stein ro kjærlighet tro mot styrke trygg fri ærlig modig varm sterk svak sliten trøtt
  lykke omsorg ny nybegynner noen ingen meg deg oss en ei et to tre fire fem
  hope grace joy faith peace love sunny rain sky star moon sun will may mark bill pat sue art
  guy friend anon calm quiet brave free new one someone nobody heart soul river sea ocean
  honest strong tired hopeful grateful
`);

/** Also true for compounds that start with such a word: "Al-Anon-boka", "Påske-ferien". */
export function isNotName(word: string): boolean {
  return isNotNameLower(word.toLowerCase());
}

/** isNotName for a word already in lower case. */
function isNotNameLower(lower: string): boolean {
  const w = lower.replaceAll('\u2019', "'");
  if (NOT_NAMES.has(w)) return true;
  for (let i = w.indexOf('-'); i > 0; i = w.indexOf('-', i + 1)) if (NOT_NAMES.has(w.slice(0, i))) return true;
  return false;
}

export function isEverydayWord(word: string): boolean {
  const w = word.toLowerCase();
  return EVERYDAY_WORDS.has(w) || NOT_NAMES.has(w);
}

/**
 * Common given names in Norway (across the generations who come to meetings, and the largest
 * immigrant groups') and in English-speaking countries. Kept short, since the guard is in the
 * page's first load: the pseudonym check (pseudonym.ts) and crosstalk (crosstalk.ts) use it to
 * tell "Kari Nordmann" and "Anne-Lise Berg" (a first name, then a surname) from "Grå Måke" and
 * "Tired Mum" (two ordinary words). Names that are also common words ("Liv", "Grace", "Mark")
 * are in EVERYDAY_WORDS too, and count as names only where written as names (isGivenName).
 * Left out on purpose: given names that are everyday words first ("Dag", "Odd", "Are", "Even",
 * "Stein", "Storm", "Finn", "Hope", "Joy").
 */
export const GIVEN_NAMES = list(`
  anne kari marit ingrid liv eva berit astrid bjørg hilde anna solveig marianne randi ida nina
  maria elisabeth kristin bente heidi silje hanne gerd linda tone tove elin anita wenche ragnhild
  camilla ellen karin inger hege ingeborg mari turid gunn sissel grete laila monica trine unni
  lise mette siri ane sara emma nora julie ingvild kristine stine marte martine maren thea tuva
  hanna hannah sofie sofia emilie ingunn torill toril reidun aud åse jorunn gunhild guri sigrid
  synnøve ruth eli helene cecilie vigdis janne merete gro åshild agnes eline malin amalie vilde
  frida ella olivia kjersti marthe irene anette annette susanne lene bodil helga jenny karoline
  caroline lena tonje therese guro mona vibeke rita rigmor kirsten margrethe gunvor oddny wenke
  jan per bjørn ole lars kjell knut svein hans arne thomas tor geir terje morten john martin jon
  andreas espen trond harald rune erik eirik olav olaf gunnar nils anders jens kristian christian
  magnus jonas fredrik henrik daniel tore helge einar leif ivar frode roar øyvind øystein kåre
  sverre sigurd halvor tormod steinar stian vegard sindre håkon haakon aksel emil jakob jacob
  mathias sander tobias sebastian kristoffer petter pål paul egil ragnar ronny kenneth thor truls
  audun asbjørn atle vidar oddvar arvid alf gustav sondre kim tommy roger ståle jørgen ola
  torbjørn bård rolf reidar birger ingvar mats eivind tarjei ketil jostein hallvard amund ådne
  mohammad mohammed muhammad ali ahmed fatima aisha omar hassan yusuf abdi amir
  mia sunniva maja leah olga irina natalia svetlana tatiana ivan sergei dmitri oleksandr olena
  piotr tomasz krzysztof pawel paweł marek michal michał andrzej agnieszka katarzyna magdalena
  joanna jolanta
  mary patricia jennifer elizabeth barbara susan jessica sarah karen lisa nancy betty sandra
  margaret ashley emily michelle amanda melissa deborah stephanie rebecca laura helen sharon
  cynthia kathleen amy angela brenda pamela nicole katherine catherine kate samantha christine
  rachel carol janet sophie chloe lucy charlotte jane jean claire alice diane joan judith louise
  fiona gillian tracy joanne kelly megan mandy sally wendy debbie jackie grace
  james robert michael william david richard joseph charles christopher matthew anthony donald
  steven andrew joshua kevin brian george edward ronald timothy jason jeffrey ryan gary nicholas
  eric stephen jonathan larry justin scott brandon frank benjamin gregory samuel raymond patrick
  alexander jack dennis jerry tyler aaron henry peter adam harry oliver charlie tom tim sam ben
  dan joe jim mike steve dave chris nick rob bob tony pete phil ian neil simon alan colin graham
  keith stuart mark will bill arild gareth donna shirley elise siv
`);

/**
 * Common surnames that do not have a surname's ending (SURNAME_ENDING): "Dahl", "Smith". Only
 * ones that are not also everyday words: "Berg", "Lie", "Brown" or "Walker" after an unknown
 * first word may be an invented pseudonym ("Grå Berg", "White Lie"), and after a known given
 * name any word that is not an everyday word counts anyway (pseudonymLooksReal).
 */
export const SURNAMES = list(`
  dahl solberg myhre sæther ruud aas moen eide ali ahmed khan hussain
  smith jones taylor williams davies evans roberts wright clarke clark lewis harris allen miller
  davis garcia murphy kelly hughes edwards morris
  haugen hagen bakken lien hauge berge lunde solheim næss rønning nguyen patel harrison
  campbell stewart mcdonald macdonald o'brien o\u2019brien phillips rodriguez martinez mitchell
`);

/**
 * A surname's ending: a patronymic ("-sen", "-son" after a consonant: "Hansen", "Johnson"; not
 * "Gåsen", "the goose"), "-ssen", "-sson", "-dottir", a Norwegian farm name's ("-stad",
 * "-rud", "-heim", "-gård", "-gaard", "-strøm", "-mann": "Nordmann"), or a Slavic one ("-ov",
 * "-ova", "-ev", "-eva", "-ski", "-ska", "-sky", "-wicz", "-enko", "-czyk": "Ivanova",
 * "Kowalski"; Poles and Ukrainians are among Norway's largest immigrant groups).
 *
 * EVERYDAY_SURNAMES: common Norwegian surnames that are also everyday words ("Holm", "Strand",
 * "Berg"): a surname only after a known given name that is not itself an everyday word ("Mia
 * Holm"), never after an invented first word ("Stille Berg"). A second tester (2026-12-03) found
 * "Mia Holm", "Sunniva Strand", "Olga Ivanova" and "Piotr Kowalski" passed without a word.
 */
const SURNAME_ENDING = /(?:[^aeiouyæøå]s[eo]n|ss[eo]n|dottir|stad|rud|heim|gaard|gård|strøm|mann|[^aeiouyæøå][oe]va?|ski|ska|sky|wicz|enko|czyk)$/u;
export const EVERYDAY_SURNAMES = list(`
  holm strand berg lie bakke lund vik foss nes dal haug moe nygård
  brown white green hall wood hill king baker young bell cooper ward turner walker moore scott
  morgan lee parker
`);
/** Everyday words with such an ending. */
const NOT_SURNAMES = list('person parson arson crimson damson lesson lessons whisky snømann sjømann fiskermann halsen dansen glansen pulsen bussen kassen massen voksen');

/**
 * Everyday words that are also given names ("Grace Kelly", "Hope Hansen", "Joy Smith"): a given
 * name only capitalised and before a surname that is one for sure (isSurname, not an everyday
 * one: "Faith Hill", "Will Power", "Hope Springs" stay words). A fresh tester (2026-12-06) sent
 * "Grace Kelly films always make me cry" with no hint.
 */
export const EVERYDAY_GIVEN_NAMES = list('hope joy faith grace will may mark bill pat sue art guy rose liv sol fred');

/**
 * Capitalised words that open a sentence before a surname without being a given name: titles
 * ("Fru Hansen", "Agent Smith"), and words a sentence starts with ("Takk Hansen", "Then Johnson",
 * "Hva Hansen sa"), beside NOT_NAMES. See opensFullName.
 */
const NOT_OPENERS = list(`
  fru herr frøken doktor lege pastor prest professor advokat sjef fetter kusine nabo naboen
  stakkars gamle lille unge snille kjekke også derfor kanskje bare selv ifølge ellers dessuten
  plutselig etterpå hva hvem hvor hvorfor hvordan hvilken
  then today tonight yesterday tomorrow later now poor old little agent officer judge nurse coach
  detective prof sir madam miss lady auntie aunty cousin captain even only maybe perhaps also
  both like unlike ask asked said says what who why how where which whose sorry anyway happy sad
  angry proud lucky cheers okay ok good great nice unnskyld beklager uansett
`);

/** The one-word orders of verbs.ts ("Ring Hansen", "Call Johnson"): a sentence opening with one names no one by it. */
const ORDERS: ReadonlySet<string> = new Set(`${EN_VERBS}|${NB_VERBS}`.split('|').filter((v) => !v.includes(' ')));

/**
 * Whole names of characters from stories, songs and films that everyone knows as made up ("Ole
 * Brumm", "Per Spelmann", "Harry Potter"): a pseudonym, not a real name, though their words look
 * like a given name and a surname. A fresh tester (2026-12-03) was asked whether "Ole Brumm" and
 * "Per Spelmann" were their real names. Placeholder names that real people do bear ("Kari
 * Nordmann") are not here.
 */
export const STORY_NAMES = new Set([
  'ole brumm', 'nasse nøff', 'kristoffer robin', 'per spelmann', 'pippi langstrømpe', 'kaptein sabeltann',
  'reodor felgen', 'solan gundersen', 'espen askeladd', 'peer gynt', 'mikke mus', 'donald duck', 'onkel skrue',
  'sherlock holmes', 'harry potter', 'hermione granger', 'peter pan', 'robin hood', 'james bond', 'homer simpson',
  'mickey mouse', 'bugs bunny', 'tom sawyer', 'huckleberry finn', 'oliver twist', 'frodo baggins', 'bilbo baggins',
  'luke skywalker', 'han solo', 'forrest gump', 'mary poppins', 'winnie pooh', 'john doe', 'jane doe', 'joe bloggs',
]);

const HAS_UPPER = /^\p{Lu}/u;

/**
 * Whether `word` is a given name: every part of a hyphenated one is ("Anne-Lise", "Per-Olav",
 * "Mary-Jane"). A name that is also an everyday word ("Liv", "Grace") counts only capitalised:
 * "liv" is the word, "Liv" may be either.
 */
export function isGivenName(word: string): boolean {
  const w = word.toLowerCase();
  for (const part of w.split('-')) if (!GIVEN_NAMES.has(part)) return false;
  return !EVERYDAY_WORDS.has(w) || HAS_UPPER.test(word);
}

/**
 * Whether `word` is a common surname or has a surname's ending (SURNAME_ENDING): "Dahl", "Hansen",
 * "Nordmann"; of a double surname, either part: "Berg-Hansen".
 */
export function isSurname(word: string): boolean {
  for (const w of word.toLowerCase().split('-')) {
    if (SURNAMES.has(w) || (w.length >= 5 && SURNAME_ENDING.test(w) && !NOT_SURNAMES.has(w))) return true;
  }
  return false;
}

/**
 * Whether two words read as a given name and a surname in a share, written in any case ("kari
 * nordmann", "JOHN SMITH", "Mia Holm"): a given name (isGivenName), then a surname (isSurname)
 * that is no given name unless a listed surname ("Grace Kelly", "Mohammed Ali"), or, after a
 * given name that is not an everyday word, a surname that is one ("Holm", "White"); or an
 * everyday word that is a given name, capitalised, before a surname (EVERYDAY_GIVEN_NAMES: "Hope
 * Hansen"). Stricter than pseudonymLooksReal (pseudonym.ts), which takes any uncommon word after
 * a given name: in running text "per gikk" is a preposition and a verb.
 */
export function isFullNamePair(first: string, last: string): boolean {
  const lastLower = last.toLowerCase();
  if (isGivenName(last) && !SURNAMES.has(lastLower)) return false;
  if (isGivenName(first)) return isSurname(last) || (!isEverydayWord(first) && EVERYDAY_SURNAMES.has(lastLower));
  return HAS_UPPER.test(first) && EVERYDAY_GIVEN_NAMES.has(first.toLowerCase()) && isSurname(last);
}

/**
 * Whether a capitalised word opening a sentence, before the capitalised word `next` (undefined
 * if none), is a given name and so may open a full name: a known one that is not an everyday
 * word ("Kari Nordmann, I think you are brave."), or a word the lists do not know before a
 * surname that is one for sure ("Gudrun Hansen sa ...", "Mildred Johnson lives next door"): not an
 * everyday word, a title or a word sentences open with (NOT_OPENERS: "Fru Hansen", "Takk
 * Hansen"), and the surname no given name unless a listed surname. "Tired Mum", "Will Power",
 * "Hope Springs" do not.
 */
export function opensFullName(first: string, next: string | undefined): boolean {
  if (isGivenName(first) && !isEverydayWord(first)) return true;
  if (next === undefined || !isSurname(next) || (isGivenName(next) && !SURNAMES.has(next.toLowerCase()))) return false;
  const w = first.toLowerCase();
  return !isEverydayWord(first) && !NOT_OPENERS.has(w) && !ORDERS.has(w) && !isNotPersonWord(first);
}

/**
 * Words before a name that make it someone outside the meeting: "my sister Sol", "søsteren min
 * Kari", "Tante Kari" (a member's pseudonym, so named, is not the member). Lower case.
 */
export const KIN: ReadonlySet<string> = new Set(
  'my min mitt mi sister brother son daughter mother father wife husband friend partner colleague neighbour neighbor niece nephew aunt uncle cousin søster bror sønn datter mor far kone mann venn venninne kollega nabo niese nevø tante onkel fetter kusine sønnen datteren søsteren broren vennen venninnen kona mannen'.split(' '),
);
