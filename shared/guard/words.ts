// Word lists that keep false alarms down. All entries are lower-case.

const list = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/u));

/**
 * Capitalised words that are not people's or places' names: days, months, holidays, fellowship
 * and faith words, sentence-initial function words, family titles, countries and languages,
 * and services people meet on. They break up a run of capitalised words ("Anonyme Alkoholikere"
 * is not a person) and never count as a place after "i"/"in".
 */
export const NOT_NAMES = list(`
  mandag tirsdag onsdag torsdag fredag lørdag søndag
  monday tuesday wednesday thursday friday saturday sunday
  januar februar mars april mai juni juli august september oktober november desember
  january february march may june july october december
  jul julaften nyttår påske pinse sankthans advent christmas easter thanksgiving halloween
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
  const w = word.toLowerCase().replaceAll('’', "'");
  if (NOT_NAMES.has(w)) return true;
  for (let i = w.indexOf('-'); i > 0; i = w.indexOf('-', i + 1)) if (NOT_NAMES.has(w.slice(0, i))) return true;
  return false;
}

export function isEverydayWord(word: string): boolean {
  const w = word.toLowerCase();
  return EVERYDAY_WORDS.has(w) || NOT_NAMES.has(w);
}
