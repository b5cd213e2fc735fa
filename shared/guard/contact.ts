// Contact details as members write them when the plain forms would be caught (fresh tester of
// issue 12): Unicode digits ("９１２３４５６７", "٩١٢٣٤٥٦٧"), other groupings ("9123 4567"), a
// service name before a handle without "@" ("snap: kari_84") and e-mail spelt out ("kari at gmail
// dot com", "kari krøll gmail punktum com"). The door's pseudonym rule refuses all of these
// (shared/guard/pseudonym.ts); a share must not let them through either.
import { literalChecks } from './literals.js';
import { END, nextCodePoint, prepareRegex, preparedExecAll, START } from './patterns.js';
import { isGivenName, isNotName } from './words.js';

/** `text` with compatibility forms folded (NFKC) and every decimal digit as ASCII, and a way back. */
export interface Folded {
  text: string;
  /** The stretch of the original text that folded units [start, end) came from: index and text. */
  span(start: number, end: number): { index: number; match: string };
}

const ND = /\p{Nd}/u;
// What can hide contact details behind another form: digits of other scripts and compatibility
// digits (\p{N}), other spaces, full-width and half-width forms, mathematical letters and digits,
// small form variants ("﹫"). "…", dashes and quotes are left alone: they hide nothing.
const FOLDABLE_AT = /[\p{N}\p{Zs}\uFE50-\uFE6F\uFF00-\uFFEF\u{1D400}-\u{1D7FF}]/uy;
// FOLDABLE_AT's answer for a code unit below MEMO_END (no surrogates there: each is a whole code
// point): 0 not asked yet, 1 no, 2 yes. "æ", "ø", "å", "’", "–" are tried once per process, not
// at every one in every share (Issue 10: CPU per delivery).
const MEMO_END = 0x2100;
const foldableMemo = new Uint8Array(MEMO_END);

/** 0–9 for a decimal digit of any script: Unicode encodes each set as a contiguous run 0…9. */
function digitValue(cp: number): number {
  let k = 0;
  while (k < 60 && ND.test(String.fromCodePoint(cp - k - 1))) k++;
  return k % 10;
}

/** `ch` folded: NFKC, then any decimal digit left (Arabic-Indic, Devanagari, …) as ASCII. */
function fold(ch: string): string {
  return [...ch.normalize('NFKC')].map((c) => (ND.test(c) && !(c >= '0' && c <= '9') ? String(digitValue(c.codePointAt(0) ?? 0)) : c)).join('');
}

/**
 * Folds `text` for the contact checks, so "９１２３４５６７", "٩١٢٣٤٥٦٧" and "ｋａｒｉ＠ｇｍａｉｌ．ｃｏｍ"
 * read as their ASCII forms, while every folded unit knows where it came from. Text with nothing
 * to fold (nearly every share) is returned as is, at the cost of one scan.
 */
export function foldContact(text: string): Folded {
  const changes: { at: number; len: number; to: string }[] = [];
  // Code point by code point, as a matchAll of the class would step. No ASCII character but the
  // space and 0–9 is in the class, and those fold to themselves, so only the others are tried
  // (Issue 10: a matchAll made a match object for every space of every share).
  for (let i = 0; i < text.length; ) {
    const at = i;
    const c = text.charCodeAt(at);
    // An ASCII unit is a whole code point: the step past it needs no surrogate check.
    if (c < 0x80) {
      i++;
      continue;
    }
    i = nextCodePoint(text, i);
    if (c < MEMO_END && literalChecks.on) {
      let known = foldableMemo[c]!;
      if (known === 0) {
        FOLDABLE_AT.lastIndex = at;
        foldableMemo[c] = known = FOLDABLE_AT.test(text) ? 2 : 1;
      }
      if (known === 1) continue;
    } else {
      FOLDABLE_AT.lastIndex = at;
      if (!FOLDABLE_AT.test(text)) continue;
    }
    const ch = text.slice(at, i);
    const to = fold(ch);
    if (to !== ch) changes.push({ at, len: ch.length, to });
  }
  if (changes.length === 0) return { text, span: (s, e) => ({ index: s, match: text.slice(s, e) }) };
  let out = '';
  const from: number[] = [];
  const to: number[] = [];
  const keep = (start: number, end: number): void => {
    out += text.slice(start, end);
    for (let k = start; k < end; k++) {
      from.push(k);
      to.push(k + 1);
    }
  };
  let i = 0;
  for (const c of changes) {
    keep(i, c.at);
    out += c.to;
    for (let u = 0; u < c.to.length; u++) {
      from.push(c.at);
      to.push(c.at + c.len);
    }
    i = c.at + c.len;
  }
  keep(i, text.length);
  return {
    text: out,
    span: (s, e) => {
      const index = from[s] ?? text.length;
      const end = e > s ? (to[e - 1] ?? text.length) : index;
      return { index, match: text.slice(index, end) };
    },
  };
}

// Words after which a handle or a number is contact details: services, and "contact me".
// The social services by name, and then every word after which a handle is contact details.
// Bokmål's definite and compound forms count as the platform itself: "snapchaten min", "facebooken
// min", "instagrammen min", "snapnavnet mitt", "insta-kontoen min" (a fresh tester, 2026-12-06,
// had "Snapchaten min er annebjorg59" pass while "min snap er annebjorg59" was caught).
const SOCIAL_FORMS = String.raw`(?:snap(?:chat)?|insta(?:gram)?|tik ?tok|facebook|fb|discord|whats ?app|twitter|messenger|reddit)-?(?:en|(?:bruker|kalle)?navn(?:et)?|konto(?:en)?|profil(?:en)?|bruker(?:en)?)|instagrammen`;
const SOCIAL_NAMES = String.raw`${SOCIAL_FORMS}|snap(?:chat)?|snappen|insta(?:gram)?|ig|tik ?tok|facebook|fb|discord|telegram|signal|whats ?app|twitter|messenger|kik|skype|threads|bluesky|reddit`;
const SERVICE = String.raw`${SOCIAL_NAMES}|vipps|kontakt|contact|add me|legg meg til`;
// Another service word may follow ("add me on snap"). After the service, ":" or "=" (or a comma: "add me on snap, kari84", then only what looks like a handle).
// Words that may stand between the service and the handle: "min snap er", "my insta is", "på snap heter jeg".
const LINK_WORD = String.raw`(?:er|is|min|mitt|my|heter|name|navn|navnet|navnet mitt|brukernavn|brukernavnet|username|handle|user|på|on|jeg|i'm|am|me|meg|as|som)`;
const SERVICE_HANDLE = new RegExp(
  String.raw`${START}(?:${SERVICE})(?![\p{L}\p{M}\p{N}_])((?:\s+(?:${LINK_WORD}|${SERVICE})(?![\p{L}\p{M}\p{N}_]))*)\s*([:=,\u2013\u2014-])?\s*([\p{L}\p{M}\p{N}_][\p{L}\p{M}\p{N}._-]*)`,
  'giu',
);
// The other order, as bokmål says it: "kari84 på snap", "ola.nordmann på facebook", "kari_84 on insta"
// (a fresh tester, 2026-12-05: only "snap: kari84" was found). A service, not "kontakt" or "vipps".
// "face" is everyday bokmål for Facebook ("kari84 på face"; a fresh tester, 2026-12-05).
const SOCIAL = String.raw`${SOCIAL_NAMES}|face`;
// Every match of SERVICE_HANDLE and HANDLE_ON_SERVICE holds a service word whole. As a bare
// substring "ig" is in most bokmål shares ("veldig", "takknemlighet"), so the test for any
// service word this was let HANDLE_ON_SERVICE, tried at every word, run on nearly every share
// (Issue 10: the largest part of findPii).
const SERVICE_WORD = new RegExp(`${START}(?:${SERVICE}|${SOCIAL})${END}`, 'iu');
const HANDLE_ON_SERVICE = new RegExp(String.raw`${START}([\p{L}\p{N}][\p{L}\p{M}\p{N}._]*[\p{L}\p{M}\p{N}])\s+(?:på|on|i|in|at)\s+(?:${SOCIAL})${END}`, 'giu');
const P_HANDLE_ON_SERVICE = prepareRegex(HANDLE_ON_SERVICE);
// Prepared once (patterns.ts prepareRegex), so no per-share lookup (Issue 10).
const P_SERVICE_HANDLE = prepareRegex(SERVICE_HANDLE);
// A word alone after "insta:" is a handle where a handle would stop: at the end of the text or a
// line, or before a comma or bracket; before a full stop it is as likely a word ("tiktok: timevis.").
const HANDLE_END = /^[ \t]*(?:$|[,;)\]\n])/u;
/** A handle on its own: letters or digits joined by "_" ("kari_84", "stille_fjord"), never "_so_" emphasis. */
export const UNDERSCORE_HANDLE = /(?<![\p{L}\p{M}\p{N}_.@])[\p{L}\p{N}][\p{L}\p{M}\p{N}.]*_[\p{L}\p{M}\p{N}_.]*[\p{L}\p{M}\p{N}]/gu;

// Kept as constants, not written inline where they run: a build that lowers a regex literal with
// \p{…} outside a class (esbuild for the page's targets, tsx in development; the server bundle
// keeps them, scripts/server-bundle.ts) turns an inline one into a new RegExp per call (Issue 10:
// CPU per delivery; test/guard/no-regexp-per-share.test.ts).
const A_LETTER = /\p{L}/u;
const A_DIGIT = /\p{N}/u;
const LETTERS = /\p{L}/gu;
const LETTERS_ONLY_2 = /^\p{L}{2,}$/u;
const INNER_DOT = /[\p{L}\p{N}][.][\p{L}\p{N}]/u;
const WORDS = /[\p{L}\p{M}]+/gu;

/**
 * A handle named after a service or "contact me": "snap: kari84", "ig kari.nordmann", "min snap
 * er kari84". Without ":"/"=" the handle must look like one ("_", or a digit or an inner dot with
 * three letters); after one, a word where a handle would stop counts too ("insta: stillefjord").
 */
export function findServiceHandles(t: string): { index: number; match: string }[] {
  const out: { index: number; match: string }[] = [];
  // Every match holds one of the service words; most shares hold none (Issue 10: the pattern
  // itself, opening with a lookbehind, is tried at every offset).
  if (literalChecks.on && !SERVICE_WORD.test(t)) return out;
  // preparedExecAll, not matchAll: matchAll builds (and may recompile) a new RegExp per call (Issue 10).
  for (const m of preparedExecAll(t, P_SERVICE_HANDLE)) {
    const handle = (m[3] ?? '').replace(/[.-]+$/u, '');
    // Digits alone are a phone number's business (findPhones), or no contact at all ("signal 5 ganger").
    if (!A_LETTER.test(handle)) continue;
    const index = m.index + m[0].length - (m[3] ?? '').length;
    const looksLikeHandle = looksLikeAHandle(handle);
    const closes = m[2] !== undefined && m[2] !== '' && m[2] !== ',' && HANDLE_END.test(t.slice(index + handle.length));
    if (looksLikeHandle || closes) out.push({ index, match: handle });
  }
  for (const m of preparedExecAll(t, P_HANDLE_ON_SERVICE)) {
    const handle = m[1] ?? '';
    if (looksLikeAHandle(handle) && !out.some((o) => o.index === m.index)) out.push({ index: m.index, match: handle });
  }
  return out;
}

// "Brukernavnet mitt (på tiktok) er olanordmann", "my username is karibear": after a word that
// says so, a handle of letters alone is one too (a fresh tester, 2026-12-05). The verb or a colon
// is required: "handle" is also "cope with".
const USERNAME_HANDLE = new RegExp(
  String.raw`${START}(?:brukernavn(?:et)?|username|user name|handle|nick|kallenavn(?:et)?)(?:\s+(?:mitt|my|min))?(?:\s+(?:på|on|i|in)\s+\p{L}+)?(?:\s+(?:er|is)\s+|\s*[:=]\s*)([\p{L}\p{N}][\p{L}\p{M}\p{N}._]*[\p{L}\p{M}\p{N}])`,
  'giu',
);
const P_USERNAME_HANDLE = prepareRegex(USERNAME_HANDLE);
const USERNAME_WORD = /brukernavn|user ?name|handle|nick|kallenavn/iu;

/**
 * Handles named as such: "brukernavnet mitt er olanordmann" (three letters at least), but no word
 * of what the name is like ("My username on snapchat is old.", "brukernavnet mitt er pinlig").
 */
export function findNamedHandles(t: string): { index: number; match: string }[] {
  if (literalChecks.on && !USERNAME_WORD.test(t)) return [];
  const out: { index: number; match: string }[] = [];
  for (const m of preparedExecAll(t, P_USERNAME_HANDLE)) {
    const handle = m[1] ?? '';
    if ((handle.match(LETTERS)?.length ?? 0) >= 3 && !ofTheAccount(handle)) out.push({ index: m.index + m[0].length - handle.length, match: handle });
  }
  return out;
}

// A platform named and a handle introduced in the same sentence, in any order: "Add me on snapchat,
// my name there is anneb84", "Legg meg til på snap, jeg heter anneb84 der", "Find me on facebook
// as annebjorg", "Du finner meg på face som annebjorg", "I'm annebjorg there, on tiktok". A fresh
// tester (2026-12-06) had these pass while "I'm anne_b on insta" was caught: members swapping
// contacts is what anonymity is kept from (domain.md). A handle of letters alone counts here, as
// the words around it say what it is; "I deleted facebook", "Jeg så det på facebook" name no one.
/** The platforms: SOCIAL, and "X" only after "on" / "på" ("on x", "på X"). */
const PLATFORM = new RegExp(String.raw`${START}(?:${SOCIAL}|(?<=(?:on|på)\s)x)${END}`, 'iu');
/** A word that may be a handle: letters, digits, "." and "_" inside, three letters at least (checked apart). */
const H = String.raw`([\p{L}\p{N}][\p{L}\p{M}\p{N}._]*[\p{L}\p{M}\p{N}])`;
const PLATFORM_OR_IT = String.raw`(?:${SOCIAL}|x|it|there|den|det)`;
/** A handle introduced as one's name there: each pattern's group 1 is the handle. */
const INTRODUCED = [
  // "my name there is X", "my username on snap is X", "my name is X there", "navnet mitt der er X"
  String.raw`my (?:user ?)?name (?:there |on ${PLATFORM_OR_IT} )is ${H}`,
  String.raw`my (?:user ?)?name is ${H}(?= there${END}| on (?:${SOCIAL}|x)${END})`,
  String.raw`(?:navnet mitt|mitt navn|brukernavnet mitt) (?:der |på ${PLATFORM_OR_IT} )er ${H}`,
  // "I'm X there", "jeg heter X der", "jeg heter X på snap", "der heter jeg X", "jeg er X der"
  String.raw`(?:i'm|i\u2019m|i am|im|jeg er|jeg heter|i go by|i'm called|i am called) ${H}(?= there(?:\s*(?:[,.!;:]|$)| on${END}| too${END})| der(?:\s*(?:[,.!;:]|$)| på${END}| også${END}))`,
  String.raw`(?:jeg heter|i go by|i'm called|i am called) ${H}(?= (?:på|on) (?:${SOCIAL}|x)${END})`,
  String.raw`(?:der|there|på (?:${SOCIAL}|x)) (?:heter jeg|i'm|i am|i go by) ${H}`,
  // "I'm on facebook as X", "jeg er på face som X"
  String.raw`(?:i'm|i\u2019m|i am|im|jeg er) (?:also |også )?(?:on|på) (?:${SOCIAL}|x) (?:as|som) ${H}`,
].map((src) => new RegExp(`${START}(?:${src})`, 'giu'));
/** What a platform's own name, account or page is called ("my facebook name", "my insta account"). */
const ACCOUNT_WORD = String.raw`(?:user ?name|name|handle|nick(?:name)?|account|profile|page|tag|id)`;
/** Bokmål's: "brukernavnet mitt på snap", "mitt navn på insta", "kontoen min på facebook". */
const KONTO_WORD = String.raw`(?:(?:bruker|kalle)?navn(?:et)?|konto(?:en)?|profil(?:en)?|bruker(?:en)?)`;
/**
 * Words that open the next clause right after a handle: a condition, "so", "but", an offer ("Min
 * snap er annebjorg hvis noen vil", "My insta is annebjorg so add me", "… bare send en melding").
 * "and" / "og" only before the speaker, the listener or an offer: "My insta is food and travel"
 * goes on saying what it holds.
 */
const AFTER_HANDLE =
  String.raw`if|hvis|om|dersom|n\u00E5r|when|whenever|so|s\u00E5|but|men|bare|just|send|add|follow|f\u00F8lg|legg|skriv|write|text|message|dm|pm|btw|forresten|lol|haha|` +
  String.raw`(?:and|og) (?:i|i'm|i\u2019m|jeg|my|min|mitt|you|du|dere|send|add|legg|skriv|follow|f\u00F8lg|feel)`;
/**
 * A platform named as one's own, then what it is: "My insta is annebjorg.", "My facebook name is
 * annebjorg", "my account on snap is annebjorg", "Min snap er annebjorg", "Facebooken min er
 * annebjorg.", "kontoen min på insta er annebjorg" (a fresh tester, 2026-12-06, had these pass).
 * Far more often what follows says how it is ("My insta is private now.", "Facebooken min er
 * borte."), so the word counts only where it can be no such word (describes), and where it ends
 * the clause or the next clause opens right after it (AFTER_HANDLE: "Min snap er annebjorg hvis
 * noen vil", "My insta is annebjorg if anyone wants to talk"; a fresh tester, 2026-12-06, had
 * these pass). "my x" is left out: that is as often one's ex.
 */
const OWN_PLATFORM = new RegExp(
  String.raw`${START}(?:` +
    [
      String.raw`my (?:${SOCIAL})(?: ${ACCOUNT_WORD})?(?: is|['\u2019]s)`,
      String.raw`my ${ACCOUNT_WORD} (?:on|at|in) (?:${SOCIAL}|x)(?: is|['\u2019]s)`,
      String.raw`(?:min|mitt) (?:${SOCIAL})(?: ${KONTO_WORD})? (?:er|heter)`,
      String.raw`(?:${SOCIAL}) (?:min|mitt) (?:er|heter)`,
      String.raw`(?:min|mitt) ${KONTO_WORD} (?:p\u00E5|i) (?:${SOCIAL}|x) (?:er|heter)`,
      String.raw`${KONTO_WORD} (?:min|mitt) (?:p\u00E5|i) (?:${SOCIAL}|x) (?:er|heter)`,
    ].join('|') +
    String.raw`) ${H}(?=\s*(?:[,.!?;:)\]\u2026]|$)|\s+(?:${AFTER_HANDLE})${END})`,
  'giu',
);
/**
 * Words said of one's account that describes lets by: "My facebook is toxic.", "Facebooken min
 * er død.", "My insta is trash." (what it is like, holds, or whose it is).
 */
const OF_AN_ACCOUNT = new Set([
  'down', 'up', 'off', 'on', 'over', 'broken', 'empty', 'full', 'dead', 'closed', 'old', 'ancient', 'small', 'tiny', 'little', 'large', 'mine', 'yours',
  'hers', 'ours', 'theirs', 'hell', 'heaven', 'toxic', 'poison', 'trash', 'garbage', 'rubbish', 'junk', 'crap', 'shit', 'shite', 'chaos', 'drama', 'lies',
  'boring', 'dull', 'lame', 'cringe', 'cringy', 'messy', 'dark', 'weird', 'strange', 'great', 'fun', 'cool', 'perfect', 'ok', 'okay', 'everything',
  'nothing', 'fake', 'real', 'blank', 'dormant', 'suspended', 'secret', 'personal', 'lonely', 'depressing', 'pointless', 'work', 'home', 'family', 'life',
  'photos', 'pictures', 'pics', 'videos', 'memories', 'ads', 'memes', 'porn', 'poisonous', 'horrible', 'awful', 'hopeless', 'useless', 'worse', 'worst',
  'best', 'fine', 'gone', 'private', 'public', 'locked', 'hacked', 'deleted', 'disabled', 'deactivated',
  'død', 'dødt', 'nede', 'oppe', 'tom', 'tomt', 'full', 'fullt', 'hacka', 'søppel', 'løgn', 'løgner', 'over', 'kaos', 'tull', 'tøys', 'tung', 'tungt', 'ekkel',
  'ekkelt', 'skummel', 'skummelt', 'feil', 'borte', 'vekk', 'ute', 'av', 'privat', 'offentlig', 'åpen', 'åpent', 'gammel', 'gammelt', 'liten', 'lite', 'stor',
  'rar', 'rart', 'merkelig', 'kjip', 'kjipt', 'dritt', 'drit', 'fin', 'fint', 'bra', 'grei', 'greit', 'perfekt', 'alt', 'ingenting', 'min', 'mitt', 'din',
  'ditt', 'hans', 'hennes', 'vår', 'vårt', 'helvete', 'himmel', 'fengsel', 'jobb', 'hjem', 'familie', 'bilder', 'minner', 'reklame', 'falsk', 'ekte',
  'trist', 'ensom', 'hemmelig', 'tilbake', 'slettet', 'stengt', 'låst', 'sperret', 'deaktivert', 'svart', 'mørk', 'mørkt', 'kjedelig', 'pinlig', 'gift',
  'stupid', 'silly', 'dumb', 'embarrassing', 'childish', 'teit', 'dumt', 'flaut', 'barnslig',
]);
/** Whether `word` says what an account or its name is like or whose it is (OF_AN_ACCOUNT, HOW_ONE_IS, NOT_A_HANDLE), not what it is called. */
function ofTheAccount(word: string): boolean {
  const lower = word.toLowerCase();
  return OF_AN_ACCOUNT.has(lower) || HOW_ONE_IS.has(lower) || NOT_A_HANDLE.has(lower);
}
/**
 * "I'm annebjorg on facebook", "Jeg er annebjorg på facebook": a word introduced as oneself right
 * before a named platform (a fresh tester, 2026-12-06, had these pass). Far more often that word
 * says how one is there ("I'm active on facebook", "jeg er sjelden på snap", "I'm hooked on
 * tiktok"), so it counts only when it can be no such word (describes).
 */
const INTRODUCED_ON = new RegExp(String.raw`${START}(?:i'm|i\u2019m|i am|im|jeg er) ${H}(?= (?:on|p\u00E5) (?:${SOCIAL}|x)${END})`, 'giu');
/** Words that say how or how much one is on a platform, not who: "I'm active on facebook", "jeg er mye på snap" (more in DESCRIBING). */
const HOW_ONE_IS = new Set([
  'active', 'inactive', 'big', 'huge', 'famous', 'popular', 'known', 'new', 'old', 'rarely', 'often', 'mostly', 'barely', 'hardly', 'sometimes', 'usually',
  'hooked', 'stuck', 'blocked', 'banned', 'muted', 'quiet', 'silent', 'invisible', 'visible', 'anonymous', 'offline', 'everywhere', 'only', 'just', 'less',
  'much', 'addicted', 'obsessed', 'friends', 'present', 'around', 'available', 'busy', 'bad', 'good', 'terrible', 'awful', 'useless', 'hopeless', 'lost',
  'nobody', 'somebody', 'someone', 'member', 'admin', 'moderator', 'public', 'even', 'now', 'back', 'all', 'way', 'so', 'very', 'really', 'pretty', 'quite',
  'mainly', 'sort', 'kind', 'literally', 'basically', 'honestly', 'anyway', 'probably', 'definitely', 'maybe', 'sober', 'clean', 'open', 'honest', 'out',
  'fake', 'real', 'different', 'myself', 'nice', 'mean', 'funny', 'sad', 'angry', 'mad', 'scared', 'afraid', 'shy', 'brave', 'better', 'worse', 'same',
  'free', 'unsafe', 'hidden', 'registered', 'forever', 'constantly', 'mostly', 'totally', 'completely', 'basically', 'everyone', 'everybody', 'too',
  'aktiv', 'inaktiv', 'mye', 'lite', 'ofte', 'sjelden', 'sjeldent', 'utestengt', 'kjent', 'populær', 'stille', 'usynlig', 'synlig', 'anonym', 'hekta',
  'ny', 'nye', 'gammel', 'mest', 'mindre', 'nesten', 'veldig', 'helt', 'ganske', 'litt', 'medlem', 'tilstede', 'innom', 'inne', 'ute', 'borte', 'nå',
  'egentlig', 'kanskje', 'vel', 'jo', 'visst', 'nok', 'dessverre', 'heldigvis', 'faktisk', 'stort', 'daglig', 'hele', 'med', 'edru', 'rusfri', 'åpen',
  'ærlig', 'falsk', 'ekte', 'annerledes', 'lei', 'trist', 'sint', 'redd', 'sjenert', 'modig', 'fin', 'grei', 'bedre', 'verre', 'samme', 'fri', 'utrygg',
  'skjult', 'alle', 'heller', 'stadig', 'konstant', 'somewhere', 'anywhere', 'nowhere', 'elsewhere', 'away', 'gone', 'done', 'late', 'early', 'home',
  'alive', 'dead', 'awake', 'asleep', 'sick', 'ill', 'weird', 'crazy', 'strict', 'hjemme', 'overalt', 'kun', 'syk', 'rar', 'gal', 'streng', 'våken',
]);
/**
 * Words said of an account, or of oneself there, beside OF_AN_ACCOUNT and HOW_ONE_IS: what it is
 * like or has become ("My insta is abandoned.", "Facebooken min er nedlagt."), what it holds ("My
 * insta is cats."), how one is there ("I'm lurking on reddit", "jeg er innlogget på snap"), and
 * the words a clause goes on with ("My facebook is where I …", "Snapen min er liksom …"). Listed,
 * not told by their endings: a handle may end as such a word does ("sunnyblessed",
 * "stayhopeful"), and an ending ("-ed", "-ful", "-t") let a fresh tester's "My snap is
 * sunnyblessed." pass (2026-12-06).
 */
const DESCRIBING = new Set([
  // en: what happened to it, what it is like
  'abandoned', 'archived', 'neglected', 'unused', 'outdated', 'restricted', 'verified', 'frozen', 'paused', 'reported', 'flagged', 'shadowbanned', 'tagged',
  'unfollowed', 'ignored', 'ghosted', 'stalked', 'watched', 'monitored', 'trapped', 'attached', 'glued', 'connected', 'logged', 'linked', 'curated', 'filtered',
  'edited', 'staged', 'polished', 'exhausted', 'overwhelmed', 'embarrassed', 'ashamed', 'bored', 'worried', 'stressed', 'relaxed', 'annoyed', 'confused',
  'surprised', 'depressed', 'excited', 'used', 'involved', 'married', 'divorced', 'single', 'separated', 'retired', 'unemployed', 'blessed', 'cursed', 'haunted',
  'obsessive', 'addictive', 'passive', 'positive', 'negative', 'massive', 'supportive', 'sensitive', 'aggressive', 'depressive', 'destructive', 'competitive',
  'creative', 'productive', 'protective', 'exclusive', 'expensive', 'harmful', 'harmless', 'endless', 'mindless', 'careless', 'shameless', 'worthless',
  'meaningless', 'helpless', 'clueless', 'jobless', 'homeless', 'infamous', 'dangerous', 'ridiculous', 'hilarious', 'obvious', 'serious', 'nervous', 'jealous',
  'anxious', 'curious', 'cautious', 'religious', 'enormous', 'beautiful', 'painful', 'stressful', 'peaceful', 'wonderful', 'hopeful', 'useful', 'careful',
  'shameful', 'colorful', 'colourful', 'grateful', 'cheerful', 'helpful', 'playful', 'successful', 'hateful', 'thankful', 'unbearable', 'miserable', 'vulnerable',
  'comfortable', 'uncomfortable', 'unrecognizable', 'unrecognisable', 'adorable', 'responsible', 'rubbish', 'selfish', 'foolish', 'stylish', 'modest', 'latest',
  'newest', 'oldest', 'busiest', 'loneliest', 'saddest', 'cringiest', 'pathetic', 'chaotic', 'loud', 'noisy', 'crowded', 'dirty', 'tidy', 'neat', 'organized',
  'organised', 'random', 'normal', 'basic', 'simple', 'complicated', 'unclear', 'current', 'sparse', 'secure', 'insecure', 'shut', 'ugly',
  'minimal', 'lovely', 'lonely', 'friendly', 'holy', 'unhinged', 'unhealthy', 'healthy', 'addicting', 'set', 'run', 'managed', 'dedicated', 'filled',
  'happier', 'safer', 'calmer', 'sadder', 'lonelier', 'busier', 'quieter', 'kinder', 'braver', 'stronger', 'weaker', 'bigger', 'smaller', 'older', 'younger',
  // en: how one is there, what one does there
  'lurking', 'scrolling', 'posting', 'hiding', 'living', 'chatting', 'stalking', 'trolling', 'commenting', 'streaming', 'selling', 'working', 'lying', 'dying',
  'searching', 'looking', 'spending', 'wasting', 'going', 'trying', 'doing', 'getting', 'being', 'sharing', 'waiting', 'using', 'amazing', 'exhausting',
  'annoying', 'overwhelming', 'interesting', 'disturbing', 'missing', 'loading', 'growing', 'thriving', 'struggling', 'drowning', 'hurting', 'healing',
  'recovering', 'relapsing', 'drinking', 'gaming', 'dating', 'flirting', 'something', 'anything', 'fading', 'trending', 'lacking', 'failing', 'crashing',
  'charming', 'inspiring', 'uplifting', 'calming', 'soothing', 'relaxing', 'comforting', 'terrifying', 'frightening', 'horrifying', 'shocking', 'upsetting',
  'triggering', 'confusing', 'frustrating', 'tiring', 'draining', 'distracting', 'consuming', 'following', 'followed', 'friended', 'unfriended', 'followers',
  // en: adverbs and words a clause goes on with
  'currently', 'temporarily', 'permanently', 'actually', 'seriously', 'officially', 'technically', 'practically', 'apparently', 'obviously', 'clearly',
  'slowly', 'entirely', 'largely', 'nearly', 'almost', 'exactly', 'simply', 'truly', 'generally', 'occasionally', 'hopefully', 'unfortunately', 'sadly',
  'thankfully', 'luckily', 'secretly', 'privately', 'publicly', 'silently', 'quietly', 'daily', 'weekly', 'nightly', 'lately', 'recently', 'suddenly',
  'certainly', 'likely', 'unlikely', 'already', 'again', 'still', 'yet', 'ever', 'never', 'once', 'twice', 'then', 'soon', 'where', 'what', 'how', 'why', 'who',
  'whose', 'which', 'whatever', 'like', 'about', 'some', 'any', 'none', 'half', 'lots', 'both', 'each', 'every', 'either', 'neither', 'most', 'least', 'such',
  'rather', 'also', 'was', 'are', 'were', 'been', 'has', 'have', 'had', 'does', 'did', 'can', 'could', 'will', 'would', 'should', 'must', 'may', 'might', 'gonna',
  'its', "it's", 'it\u2019s', 'their', 'our', 'ours', 'theirs', 'not', 'nothing', 'kinda', 'sorta', 'super', 'extremely', 'incredibly', 'way', 'far',
  // en: what it holds
  'cats', 'dogs', 'food', 'recipes', 'quotes', 'art', 'music', 'travel', 'sport', 'sports', 'football', 'nature', 'flowers', 'selfies', 'photography', 'poetry',
  'politics', 'news', 'kids', 'babies', 'plants', 'books', 'fitness', 'workouts', 'cooking', 'baking', 'fashion', 'makeup', 'stuff', 'nonsense',
  // nb: what happened to it, what it is like, how one is there
  'stengt', 'sperret', 'deaktivert', 'blokkert', 'hacket', 'frosset', 'avstengt', 'nedlagt', 'nedstengt', 'glemt', 'forlatt', 'ødelagt', 'ukjent',
  'passiv', 'innlogget', 'logget', 'registrert', 'utlogget', 'avslått', 'avslutta', 'avsluttet', 'fylt', 'rapportert', 'arkivert', 'verifisert', 'redigert',
  'filtrert', 'sensurert', 'stresset', 'fokusert', 'interessert', 'organisert', 'irritert', 'frustrert', 'deprimert', 'motivert', 'engasjert', 'avhengig',
  'giftig', 'greit', 'kjipt', 'flott', 'stygt', 'stygg', 'pent', 'pen', 'søtt', 'søt', 'nytt', 'stort', 'mørkt', 'lyst', 'lett', 'grått', 'grå', 'hvitt', 'kaotisk',
  'toksisk', 'typisk', 'kritisk', 'politisk', 'praktisk', 'tragisk', 'komisk', 'håpløs', 'håpløst', 'meningsløs', 'meningsløst', 'verdiløs', 'endeløs', 'ensom',
  'ensomt', 'morsom', 'morsomt', 'slitsom', 'slitsomt', 'stille', 'rolig', 'ferdig', 'opptatt', 'travel', 'travelt', 'frisk', 'nykter', 'stolt', 'avslørt',
  'gift', 'skilt', 'singel', 'populært', 'fast', 'gladere', 'tryggere', 'roligere', 'lykkeligere', 'friere', 'sterkere', 'svakere', 'større', 'mindre',
  // nb: adverbs and words a clause goes on with
  'hvor', 'hva', 'hvordan', 'hvorfor', 'hvem', 'hvilken', 'hvilket', 'slik', 'sånn', 'sånt', 'liksom', 'typ', 'akkurat', 'enda', 'ennå', 'allerede', 'igjen',
  'mange', 'masse', 'fullt', 'halvt', 'både', 'hver', 'hvert', 'enten', 'verken', 'minst', 'noe', 'noen', 'ingen', 'var', 'ble', 'blir', 'har', 'hadde', 'kan',
  'kunne', 'vil', 'ville', 'skal', 'skulle', 'måtte', 'sin', 'sitt', 'sine', 'deres', 'vårt', 'våre', 'mest', 'bare', 'temmelig', 'skikkelig', 'kjempe', 'sykt',
  // nb: what it holds
  'mat', 'katter', 'hunder', 'hunden', 'katten', 'barna', 'ungene', 'turer', 'natur', 'trening', 'sitater', 'bøker', 'musikk', 'kunst', 'blomster', 'reiser',
  'ting', 'tull', 'greier', 'oppskrifter', 'politikk', 'nyheter', 'mote', 'sminke',
]);
/**
 * Bokmål's adjective endings "-lig" and "-ende" ("kjedelig", "overveldende"), after three letters
 * at least: an open class said of an account, and an ending no given name has (unlike "-ig":
 * "Solveig", "Hedvig"). English endings are not used: "-ly" ends "Emily" and "Holly", "-ing"
 * "Erling", "-ed" "sunnyblessed".
 */
const NB_DESCRIBING_ENDING = /\p{L}{3}(?:lig|ende)$/u;
/**
 * Bokmål's adjective ending "-ete" ("rotete", "tullete", "klissete"), after three letters at least,
 * where the word is no given name ("Merete", "Margrete", "Grete"): «Min insta er rotete» was named
 * as a username (a fresh tester's list of describing words, 2026-12-06, had no "rotete").
 */
const NB_ETE_ENDING = /\p{L}{3}ete$/u;

/**
 * Whether `word`, in a handle's place where the sentence introduces one's own account or name on a
 * platform ("My snap is …", "Snapen min er …", "I'm … on facebook", "my name there is …"), says
 * what the account is like, what it holds, how one is there, or goes on with the clause
 * (OF_AN_ACCOUNT, HOW_ONE_IS, NOT_A_HANDLE, DESCRIBING, a word never a name such as "Norwegian",
 * NB_DESCRIBING_ENDING, NB_ETE_ENDING), and so is no handle. Any other word there is one ("annebjorg",
 * "sunnyblessed", "solskinnsjenta").
 */
function describes(word: string): boolean {
  const lower = word.toLowerCase();
  return ofTheAccount(lower) || DESCRIBING.has(lower) || isNotName(lower) || NB_DESCRIBING_ENDING.test(lower) || (NB_ETE_ENDING.test(lower) && !isGivenName(lower));
}
/** "as X", "som X": a handle where the sentence asks to be found or added (FIND_ME). */
const AS_HANDLE = new RegExp(String.raw`${START}(?:as|som) ${H}`, 'giu');
// "Snap me", "text me", «Snap meg gjerne», «skriv til meg» ask the same (a fresh tester, 2026-12-06,
// had «Snap meg gjerne: annebjorg» pass).
const FIND_ME = new RegExp(
  String.raw`${START}(?:(?:find|add|search|follow|look|message|msg|dm|pm|friend|snap|text|hit|contact)(?: me| for me)|(?:find|finn|finner|legg|legge|s\u00F8k|s\u00F8ke|f\u00F8lg|f\u00F8lge|add|adde|send|snap|snapp|snappe|skriv til|kontakt|kontakte)(?: gjerne)? meg)${END}`,
  'iu',
);
/**
 * In a sentence that asks to be added or found on a named platform (FIND_ME), a word standing
 * alone as the clause after a break, perhaps after "I am" / "it's" / "jeg er" / "jeg heter": "Add
 * me on insta, I am sunnyblessed", "Look me up on facebook, sunnyblessed", «Snap meg gjerne:
 * annebjorg», "Add me on snap – it's annebjorg" (a fresh tester, 2026-12-06, had these pass). The
 * clause must end with it (or go on with AFTER_HANDLE): "Look me up on facebook sometime, it's
 * all old pictures" says what is there, and a word that describes ("Add me on snap, I'm new") is
 * let by as elsewhere.
 */
const ASK_ALONE = new RegExp(
  String.raw`(?:[,:;\u2013\u2014]|\s-)\s*(?:(?:i'm|i\u2019m|i am|im|it's|it\u2019s|it is|its|that's|that\u2019s|my name is|my name's|jeg er|jeg heter|heter jeg|det er|navnet mitt er|navnet er)\s+)?${H}` +
    String.raw`(?=\s*(?:[,.!?;:)\]\u2026]|$)|\s+(?:${AFTER_HANDLE})${END})`,
  'giu',
);
/**
 * Someone's handle to search for on a named platform: «Søk opp annebjorg på instagram», "Look up
 * sunnyblessed on insta", "search for annebjorg on facebook" (a fresh tester, 2026-12-06, was told
 * only that «Søk» is advice). Asked of the reader, opening a clause: "I was looking for validation
 * on instagram", «Jeg søker etter trøst på insta» tell what one did, and name no one. The word
 * right before "on" / "på" and the platform (group 1 ends the match, as findIntroducedHandles
 * reads it). A fellowship's or group's page is no one's handle, and is let by: «Søk opp AA på
 * facebook» (two letters), "Anonyme Alkoholikere" (two words), "the group", "oss" (NOT_NAMES,
 * GROUP_WORDS).
 */
const LOOK_UP = new RegExp(
  String.raw`(?:^|[,:;\u2013\u2014])[\s"'\u00AB\u201C(]*(?:(?:just|bare|gjerne|please|pls|you can|u can|du kan|dere kan|feel free to|og|and|s\u00E5|so)\s+)*` +
    String.raw`(?:s\u00F8k\s+(?:(?:gjerne|bare)\s+)?(?:opp|etter)|look\s+up|search\s+(?:up|for))\s+${H}(?=\s+(?:p\u00E5|i|on|in)\s+(?:${SOCIAL}|x)${END})`,
  'giu',
);
/**
 * "X on <platform>" as a whole sentence's opening, offering oneself: "sunnyblessed on insta if
 * anyone wants to chat", «annebjorg på snap hvis noen vil prate», "annebjorg on tiktok, add me"
 * (a fresh tester, 2026-12-06, had the first pass). Only where an offer follows (a condition on
 * anyone or the listener, or an ask to add, follow or write): "Fights on facebook when I drink" or
 * "Everyone on facebook is fake" offer no one.
 */
const OFFERED_ON = new RegExp(
  String.raw`^[\s"'\u00AB\u201C(]*(?:(?:btw|ps|p\.s\.|forresten|and|og)[,:]?\s+)?${H}\s+(?:on|p\u00E5)\s+(?:${SOCIAL}|x)\s*[,:;\u2013\u2014-]?\s*` +
    String.raw`(?:(?:if|hvis|om|dersom|whenever|when|n\u00E5r)\s+(?:anyone|anybody|someone|somebody|you|u|any\s+of\s+you|people|folks|newcomers|noen|du|dere|folk|nye|nykommere)` +
    String.raw`|(?:(?:just|bare|feel free to|gjerne)\s+)?(?:add|follow|message|dm|pm|text|write|send|snap|legg|f\u00F8lg|skriv|adde)(?:\s+(?:me|meg|en))?)${END}`,
  'iu',
);
/**
 * Whether the word alone after an ask to add or find one (ASK_ALONE's `match`, ending in
 * `handle`) calls someone by name rather than giving a handle: a capitalised given name with no
 * "I am" / "it's" / «jeg heter» before it, as in "Add me on facebook, Kari." (a fresh tester,
 * 2026-12-06, saw "Kari", a member of the room, quoted as a username). "Add me on facebook, I am
 * Ingrid" gives a name beside a platform, and stays.
 */
function calledByName(match: string, handle: string): boolean {
  return !/\p{L}/u.test(match.slice(0, match.length - handle.length)) && /^\p{Lu}/u.test(handle) && isGivenName(handle);
}

/** Words for a fellowship, group or page, where a handle would stand («Søk opp gruppa på facebook», "Look up the page on facebook"). */
const GROUP_WORDS = new Set(['us', 'oss', 'them', 'dem', 'it', 'page', 'pages', 'siden', 'sida', 'side', 'gruppen', 'grupper', 'groups', 'fellesskapet', 'meetings', 'm\u00F8ter', 'm\u00F8tene', 'aa', 'na', 'oa', 'ga', 'ca', 'alanon', 'everyone', 'anyone', 'alle', 'please', 'pls', 'sometime', 'anytime', 'later', 'gjerne', 'snart']);
/** Words after "as" / "som" or in "I'm … there" that are no handle ("as well", "som venn", "jeg er alltid der"). */
const NOT_A_HANDLE = new Set([
  'well', 'usual', 'always', 'before', 'friend', 'friends', 'a', 'an', 'the', 'my', 'your', 'you', 'me', 'him', 'her', 'them', 'his', 'not', 'never', 'still', 'also', 'too', 'always', 'here', 'there',
  'venn', 'venner', 'venninne', 'vanlig', 'alltid', 'før', 'også', 'jeg', 'deg', 'meg', 'han', 'hun', 'ham', 'henne', 'dem', 'det', 'den', 'der', 'her', 'ikke', 'aldri', 'fortsatt', 'fremdeles', 'sikkert', 'bare', 'mer', 'more',
  'sure', 'sorry', 'glad', 'happy', 'okay', 'fine', 'tired', 'alone', 'sliten', 'alene', 'glad', 'trygg', 'safe', 'active', 'aktiv', 'online', 'private', 'privat',
]);
const SENTENCE_BREAK = /[.!?\n]+(?=\s|$)|\n/gu;
const ON_X = new RegExp(String.raw`${START}(?:on|på) x${END}`, 'iu');

/**
 * Handles introduced beside a platform in one sentence, or with "there" / "der" in the sentence
 * after it (see INTRODUCED, AS_HANDLE, INTRODUCED_ON, OWN_PLATFORM), offered after an ask to add
 * or find one (ASK_ALONE), to search for (LOOK_UP) or as "X on <platform>" (OFFERED_ON): each
 * `{ index, match }` quotes the handle as written in `t`. Run only where a platform word is in
 * the text (SERVICE_WORD, or "x"); most shares hold none, and cost one test.
 */
export function findIntroducedHandles(t: string): { index: number; match: string }[] {
  const out: { index: number; match: string }[] = [];
  if (literalChecks.on && !SERVICE_WORD.test(t) && !ON_X.test(t)) return out;
  let start = 0;
  const ends: number[] = [];
  SENTENCE_BREAK.lastIndex = 0;
  for (let m = SENTENCE_BREAK.exec(t); m; m = SENTENCE_BREAK.exec(t)) ends.push(m.index + m[0].length);
  ends.push(t.length);
  // A platform named in the sentence before: "there" / "der" may point back to it ("Jeg er på
  // facebook. Jeg heter annebjorg der, bare send en melding"; a fresh tester, 2026-12-06).
  let namedBefore = false;
  for (const end of ends) {
    const sentence = t.slice(start, end);
    const at = start;
    start = end;
    const named = PLATFORM.test(sentence);
    const after = namedBefore;
    namedBefore = named;
    if (!named && !after) continue;
    const add = (index: number, handle: string): void => {
      if ((handle.match(LETTERS)?.length ?? 0) < 3 || describes(handle)) return;
      // The handle is no platform itself ("as facebook").
      if (PLATFORM.test(handle)) return;
      if (!out.some((o) => o.index === at + index)) out.push({ index: at + index, match: handle });
    };
    for (const re of INTRODUCED) {
      re.lastIndex = 0;
      for (let m = re.exec(sentence); m; m = re.exec(sentence)) add(m.index + m[0].length - (m[1] ?? '').length, m[1] ?? '');
    }
    // The patterns below name the platform themselves.
    if (!named) continue;
    INTRODUCED_ON.lastIndex = 0;
    for (let m = INTRODUCED_ON.exec(sentence); m; m = INTRODUCED_ON.exec(sentence)) add(m.index + m[0].length - (m[1] ?? '').length, m[1] ?? '');
    OWN_PLATFORM.lastIndex = 0;
    for (let m = OWN_PLATFORM.exec(sentence); m; m = OWN_PLATFORM.exec(sentence)) add(m.index + m[0].length - (m[1] ?? '').length, m[1] ?? '');
    const each = (re: RegExp): void => {
      re.lastIndex = 0;
      for (let m = re.exec(sentence); m; m = re.exec(sentence)) if (!GROUP_WORDS.has((m[1] ?? '').toLowerCase())) add(m.index + m[0].length - (m[1] ?? '').length, m[1] ?? '');
    };
    if (FIND_ME.test(sentence)) {
      each(AS_HANDLE);
      ASK_ALONE.lastIndex = 0;
      for (let m = ASK_ALONE.exec(sentence); m; m = ASK_ALONE.exec(sentence)) {
        const handle = m[1] ?? '';
        if (!GROUP_WORDS.has(handle.toLowerCase()) && !calledByName(m[0], handle)) add(m.index + m[0].length - handle.length, handle);
      }
    }
    each(LOOK_UP);
    const offered = OFFERED_ON.exec(sentence);
    if (offered && !GROUP_WORDS.has((offered[1] ?? '').toLowerCase())) add(sentence.indexOf(offered[1] ?? '', offered.index), offered[1] ?? '');
  }
  return out;
}

// An offer of contact: "You can call me on 912 34 567", "text me at", "feel free to add me on
// snap", "Du kan ringe meg på", "send meg en melding på", "legg meg til på snap". The contact
// details themselves are the personal-details hint's; the offer is no advice about anyone's life
// (patterns.ts: an order whose object is the speaker offers contact), yet the server's model,
// reading the sentence whole, took "You can call me on 912 34 567 after the meeting" for advice
// beside the phone number's hint (a fresh tester, 2026-12-06). Asked only of a sentence the model
// flags in a share already stopped for contact details.
const CONTACT_OFFER = new RegExp(
  String.raw`${START}(?:(?:(?:you|u|anyone|anybody|everyone|people|newcomers)\s+(?:can|could|may|are\s+welcome\s+to|is\s+welcome\s+to)|feel\s+free\s+to|(?:du|dere|alle|noen|nye)\s+(?:kan|m\u00E5\s+gjerne|er\s+velkomn?e?\s+til\s+\u00E5))\s+)?` +
    String.raw`(?:(?:just|please|pls|always|also|do|bare|gjerne|alltid|ogs\u00E5)\s+)*` +
    String.raw`(?:(?:legg|legge)\s+meg\s+til|(?:send|sende)\s+meg\s+(?:en\s+)?(?:melding|sms|mail|e-?post)|(?:call|ring|phone|text|sms|message|msg|dm|pm|add|contact|reach(?:\s+out\s+to)?|e-?mail|mail|write\s+to|find|follow|friend|snap|whatsapp|` +
    String.raw`ringe|sende\s+(?:en\s+)?(?:melding|sms)\s+til|send\s+(?:en\s+)?(?:melding|sms)\s+til|sms-e|tekste|legge\s+til|legg\s+til|adde|kontakte|kontakt|n\u00E5|skrive\s+til|skriv\s+til|finne|finn|f\u00F8lge|f\u00F8lg|maile|snappe)\s+(?:me|meg))` +
    String.raw`(?:\s+(?:(?:up\s+)?(?:on|at|via|by|through|p\u00E5|til|via|gjennom)\s+)?)?`,
  'giu',
);

/** A condition after an offer's comma: "if you …", "whenever", "any time", "hvis du …", "når som helst". */
const OFFER_CONDITION = /^\s*(?:if|whenever|when|any\s*time|hvis|om|dersom|n\u00E5r)(?![\p{L}])/iu;
/** The end of a clause: a comma, a semicolon, a line break, or a stop before a space or the end. */
const CLAUSE_END = /[,;!?\n]|[.:\u2026](?=\s|$)/gu;

/**
 * The offers of contact in `text` (CONTACT_OFFER) that contact details follow within a few words
 * (`contacts`: the personal-details findings' matches, as written in `text`), as [start, end)
 * spans (`offers`); and each such offer with the rest of its clause after the details (`clauses`:
 * "You can call me on 912 34 567 if you want to talk after the meeting", up to a comma or a
 * stop; a dot inside an address does not end it). Both empty when no offer in it is followed by
 * contact details.
 */
export function contactOffers(text: string, contacts: readonly string[]): { offers: [number, number][]; clauses: [number, number][] } {
  const offers: [number, number][] = [];
  const clauses: [number, number][] = [];
  const details: [number, number][] = [];
  for (const c of contacts) {
    for (let at = c ? text.indexOf(c) : -1; at >= 0; at = text.indexOf(c, at + c.length)) details.push([at, at + c.length]);
  }
  if (details.length === 0) return { offers, clauses };
  CONTACT_OFFER.lastIndex = 0;
  for (let m = CONTACT_OFFER.exec(text); m; m = CONTACT_OFFER.exec(text)) {
    const end = m.index + m[0].length;
    // The details right after the offer ("call me on 912 34 567"), or within a few words of it
    // ("add me on snap: anne_84", "text me any time at 912 34 567").
    const detail = details.find(([a]) => a >= end && a - end <= 24);
    if (detail === undefined) continue;
    offers.push([m.index, end]);
    CLAUSE_END.lastIndex = detail[1];
    let stop = CLAUSE_END.exec(text);
    // "…, if you ever need to talk", "…, hvis du trenger noen å snakke med": the offer's condition.
    if (stop && stop[0] === ',' && OFFER_CONDITION.test(text.slice(stop.index + 1, stop.index + 24))) stop = CLAUSE_END.exec(text);
    clauses.push([m.index, stop ? stop.index : text.length]);
  }
  return { offers, clauses };
}

/**
 * A word that can only be a handle: "_" in it ("Ny_"), or three letters or more with a digit or an
 * inner dot ("kari84", "ola.nordmann"; three letters, so "snap kl.22" is a time).
 */
function looksLikeAHandle(word: string): boolean {
  return word.includes('_') || ((A_DIGIT.test(word) || INNER_DOT.test(word)) && (word.match(LETTERS)?.length ?? 0) >= 3);
}

// "tlf", "ring meg på", "my number is", "vipps" (up to three words before): then five digits are a phone number, however grouped
// (the door's rule). "kontonummer" and "nummer 12 i køen" are not: one word, and too few digits.
const PHONE_WORDS = new Set([
  'tlf', 'tel', 'telefon', 'telefonen', 'telefonnummer', 'telefonnummeret', 'telefonnr', 'mob', 'mobil', 'mobilen', 'mobilnummer',
  'mobilnummeret', 'mobilnr', 'nummer', 'nummeret', 'nr', 'number', 'phone', 'cell', 'mobile', 'sms', 'text', 'ring', 'call',
  'vipps', 'whatsapp', 'signal', 'telegram', 'snap', 'kontakt', 'contact',
]);

/** "Number" itself, which an identity, card or account number follows as often as a phone number. */
const NUMBER_WORDS = new Set(['nummer', 'nummeret', 'nr', 'number']);

/**
 * Whether a phone word stands among the three words before `index` in the same sentence ("tlf:"
 * too). `strict`: a word that says phone, not "number" alone ("My card number is 4111 …" is no
 * phone number: a fresh tester, 2026-12-03).
 */
export function afterPhoneWord(t: string, index: number, strict = false): boolean {
  const before = t.slice(Math.max(0, index - 48), index);
  const sentence = before.slice(Math.max(before.lastIndexOf('\n'), ...['. ', '! ', '? '].map((e) => before.lastIndexOf(e))) + 1);
  return (sentence.toLowerCase().match(WORDS) ?? []).slice(-3).some((w) => PHONE_WORDS.has(w) && !(strict && NUMBER_WORDS.has(w)));
}

// Spelt-out e-mail: "kari at gmail dot com", "kari (at) gmail (dot) com", "kari[at]gmail.com",
// "kari krøll gmail punktum com", "kari @ gmail . com".
const AT_WORD = String.raw`at|krøll(?:alfa)?|alfakrøll|snabel-?a`;
const DOT_WORD = String.raw`dot|punktum|prikk`;
const OPEN = String.raw`[(\[{<]`;
const CLOSE = String.raw`[)\]}>]`;
const AT_SEP = String.raw`\s*${OPEN}\s*(?:${AT_WORD}|@)\s*${CLOSE}\s*|\s+(?:${AT_WORD})\s+|\s*@\s+`;
const DOT_SEP = String.raw`\s*${OPEN}\s*(?:${DOT_WORD}|\.)\s*${CLOSE}\s*|\s+(?:${DOT_WORD})\s+|\s*\.\s*`;
const LABEL = String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N}-]*`;
const SPELT_EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}_.%+-])([\p{L}\p{N}][\p{L}\p{M}\p{N}._%+-]{0,63}?)(${AT_SEP})(${LABEL}(?:(?:${DOT_SEP})${LABEL}){0,3})(?![\p{L}\p{M}\p{N}_])`,
  'giu',
);
const AT_SEP_HINT = new RegExp(String.raw`${OPEN}|@\s|\s(?:${AT_WORD})\s`, 'iu');
const DOT_SPLIT = new RegExp(`(${DOT_SEP})`, 'iu');
const KNOWN_TLD = /^(?:no|com|org|net|se|dk|fi|is|uk|de|eu|io|info|me|app|online)$/u;
const PROVIDER = /^(?:gmail|hotmail|yahoo|icloud|outlook|protonmail)$/iu;

/** Whether a candidate spelt-out address holds up; false for "at home. No one" or "vet at det, punktum". */
function isSpeltEmail(at: string, domain: string, after: string): boolean {
  const bracketed = /[(\[{<]/u.test(at);
  const parts = domain.split(DOT_SPLIT);
  const labels = parts.filter((_, k) => k % 2 === 0);
  const seps = parts.filter((_, k) => k % 2 === 1);
  const tld = labels[labels.length - 1] ?? '';
  // "kari at hotmail" only where the address would end: "staring at outlook all day" is not one.
  if (seps.length === 0) return bracketed || (PROVIDER.test(tld) && HANDLE_END.test(after.replace(/^[.!?]+/u, '')));
  const last = seps[seps.length - 1] ?? '';
  // A bare "." with spaces around it ends sentences: only a lower-case known ending counts.
  if (/^\s*\.\s*$/u.test(last) && /\s/u.test(last)) return KNOWN_TLD.test(tld);
  if (/^\.$/u.test(last) && !bracketed && !/@/u.test(at)) return KNOWN_TLD.test(tld);
  return bracketed || /@/u.test(at) ? LETTERS_ONLY_2.test(tld) : KNOWN_TLD.test(tld.toLowerCase());
}

// "Eposten min er kari på gmail": the Norwegian "på" for "at", only before a mail provider and
// after an e-mail word in the same sentence ("jeg er ikke på gmail" is no address).
const PAA_PROVIDER = /(?<![\p{L}\p{M}\p{N}_.%+-])([\p{L}\p{N}][\p{L}\p{M}\p{N}._%+-]{0,63}) på (?:gmail|hotmail|yahoo|icloud|outlook|protonmail|online)(?:\s*(?:\.|dot|punktum|prikk)\s*(?:com|no))?(?![\p{L}\p{M}\p{N}_])/giu;
const PROVIDER_HINT = /gmail|hotmail|yahoo|icloud|outlook|protonmail|online/iu;
const MAIL_WORD = /e-?post|mail|adresse/iu;

// Words that lead up to a link or a place, never a mailbox's name: "My blog is at karisblog.co.uk",
// "find me at www.kari.no", "jeg vet at kari.no …". Before " at " they make the rest a link (or
// nothing), and only the link is quoted: a fresh tester (2026-12-03) was shown "is at
// karisblog.co.uk" as an e-mail address.
const LEAD_IN = new Set([
  'is', 'are', 'was', 'were', 'am', 'be', 'been', 'being', 'im', 'its', 'thats', 'whats',
  'me', 'us', 'it', 'them', 'him', 'her', 'you', 'we', 'they', 'i', 'he', 'she', 'this', 'that', 'which', 'what', 'where', 'all',
  'here', 'there', 'up', 'out', 'online', 'live', 'lives', 'living', 'based', 'look', 'looked', 'looking', 'find', 'found',
  'posted', 'post', 'write', 'writes', 'wrote', 'writing', 'blog', 'blogs', 'blogging', 'site', 'website', 'page', 'available',
  'read', 'see', 'check', 'visit', 'stuff', 'more', 'go', 'went', 'started', 'stay', 'stayed', 'work', 'works', 'worked',
  'er', 'var', 'meg', 'oss', 'deg', 'dem', 'ham', 'henne', 'den', 'det', 'der', 'vet', 'visste', 'tror', 'trodde',
  'sier', 'sa', 'mener', 'håper', 'føler', 'synes', 'syntes', 'betyr', 'viser', 'husker', 'skjønner', 'skjønte', 'forstår',
  'forsto', 'glemte', 'lærte', 'så', 'ser', 'hørte',
]);
type SpeltFind = { index: number; match: string; link?: true };

// A mailbox's name holds no apostrophe, so what follows one after a letter is a contraction's end: "It's at kari.no".
const CONTRACTION_BEFORE = /\p{L}['\u2019]$/u;

/** Whether the spelt-out address's first part, `local` at `index` of `t`, leads in (LEAD_IN, or a contraction's end), not a mailbox's name. */
const isLeadIn = (t: string, index: number, local: string): boolean =>
  LEAD_IN.has(local.toLowerCase()) || CONTRACTION_BEFORE.test(t.slice(Math.max(0, index - 2), index));

/**
 * Every spelt-out e-mail address in `t`, as written there. `link`: what stood after a lead-in word
 * ("is at karisblog.co.uk"), quoted alone, a link and no address.
 */
export function findSpeltEmails(t: string): SpeltFind[] {
  const out: SpeltFind[] = [];
  // Every match holds an AT_SEP, and each of its forms holds an opening bracket, "@" and a space,
  // or "at" (or krøll…) between spaces; most shares hold none of these.
  if (literalChecks.on && !AT_SEP_HINT.test(t)) return withPaa(t, out);
  // SPELT_EMAIL itself, from offset 0: a new RegExp per call was looked up in V8's compilation
  // cache (or compiled again once it had let go) for every share holding " at " (Issue 10). The
  // loop ends when exec finds nothing, which leaves lastIndex at 0 again.
  const re = SPELT_EMAIL;
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const [all, local = '', at = '', domain = ''] = m;
    if (isSpeltEmail(at, domain, t.slice(m.index + all.length))) {
      if (!isLeadIn(t, m.index, local)) out.push({ index: m.index, match: all });
      // A domain written with a dot after a lead-in is a link ("is at karisblog.co.uk"); one
      // without is a place ("is at gmail": no address either).
      else if (DOT_SPLIT.test(domain)) out.push({ index: m.index + local.length + at.length, match: domain, link: true });
      continue;
    }
    // The failed try may have eaten the start of a real one ("vet at kari at gmail dot com").
    re.lastIndex = m.index + local.length + 1;
  }
  return withPaa(t, out);
}

/** `out` and every "kari på gmail" address in `t` (PAA_PROVIDER). */
function withPaa(t: string, out: SpeltFind[]): SpeltFind[] {
  if (literalChecks.on && !PROVIDER_HINT.test(t)) return out;
  PAA_PROVIDER.lastIndex = 0;
  for (let m = PAA_PROVIDER.exec(t); m; m = PAA_PROVIDER.exec(t)) {
    const before = t.slice(Math.max(0, m.index - 60), m.index);
    const sentence = before.slice(Math.max(before.lastIndexOf('\n'), ...['. ', '! ', '? '].map((e) => before.lastIndexOf(e))) + 1);
    // "Eposten min er på gmail.com": "er" leads in; no mailbox is named.
    if (isLeadIn(t, m.index, m[1] ?? '')) continue;
    if (MAIL_WORD.test(sentence) || MAIL_WORD.test(m[1] ?? '')) out.push({ index: m.index, match: m[0] });
  }
  return out;
}
