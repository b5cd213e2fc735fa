// Third parties: a share exposes the person it is about too ("you expose yourself and the
// addicted person"), and in a small place a town plus a relation names someone. The research
// the seeds cite wrote "name of town", "the addicted person" instead (seeds-digest R8).
import { afterPhoneWord, findIntroducedHandles, findNamedHandles, findServiceHandles, findSpeltEmails, foldContact, UNDERSCORE_HANDLE } from './contact.js';
import { HINTS } from './hints.js';
import { literalChecks } from './literals.js';
import type { Text } from './hints.js';
import type { Found } from './patterns.js';
import { CAP_WORD, END, START, dropOverlaps, isSentenceStart, prepareRegex, preparedExecAll, preparedMatches, preparedMayMatch } from './patterns.js';
import { isNotName, isNotPersonWord, opensFullName } from './words.js';
import { givenAndSurname } from './given-names.js';
import { perRoom } from './room.js';

type Lang = 'nb' | 'en';

const EMAIL = /(?<![\p{L}\p{M}\p{N}._%+-])[\p{L}\p{M}\p{N}._%+-]+@[\p{L}\p{M}\p{N}-]+(?:\.[\p{L}\p{M}\p{N}-]+)+/gu;
const URL_LIKE = /(?<![\p{L}\p{M}\p{N}_@.])(?:https?:\/\/|www\.)[^\s<>«»"\u201C\u201D]+/giu;
const TLDS = 'no|com|org|net|se|dk|fi|is|uk|de|eu|io|info|me|app|tv|ly';
const BARE_DOMAIN = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}_@.-])[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?:${TLDS})${END}(?:/[^\\s<>«»"“”]*)?`, 'gu');
// What every BARE_DOMAIN match holds: "." and an ending, then no word character. Most shares have
// a "." but no ".no" or ".com" (Issue 10: BARE_DOMAIN, opening with a lookbehind, was tried at
// every offset of every share with a full stop); this one opens with a literal "." V8 skips to.
const DOMAIN_END = new RegExp(`\\.(?:${TLDS})${END}`, 'u');
// "@kari_84", "@stillefjord", "@ola.nordmann": a handle on some service, wherever it stands (not
// the middle of an e-mail address, which the e-mail check owns). Dots may join its parts.
const HANDLE = /(?<![\p{L}\p{M}\p{N}_.+-])@[\p{L}\p{M}\p{N}_]+(?:[.-][\p{L}\p{M}\p{N}_]+)*/gu;
const TRAILING_PUNCT = /[.,;:!?)\]}»\u201D\u2019'"]+$/u;
// A handle with a discriminator, as Discord's were and some games' are: "kari#1234".
const DISCRIMINATOR_HANDLE = /(?<![\p{L}\p{M}\p{N}_.@#])[\p{L}\p{N}][\p{L}\p{M}\p{N}._]{1,31}#\d{4}(?!\d)/gu;
// A street address with its number: "Storgata 12", "Kirkeveien 4B", "Kongens gate 7", "12 Baker
// Street", "221b Baker St". A home address says where someone lives (contact details, issue 12).
const NB_STREET_WORD = String.raw`\p{Lu}[\p{L}-]*(?:gata|gaten|gate|veien|vegen|vei|veg|alle|allé|plass|plassen|bakken|stien|svingen|tunet|løkka|brygge|brygga)`;
const NB_STREET = String.raw`(?:${NB_STREET_WORD}|${CAP_WORD}s? (?:gate|vei|veg|plass|allé))`;
const EN_STREET = String.raw`(?:${CAP_WORD}\s+){1,2}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Close|Crescent|Terrace|Gardens|Way|Court|Place|Boulevard|Blvd)`;
// A street's name ends at a space or a full stop, not a hyphen: "nr 1 på Storgata-listen" is no address.
const STREET_END = String.raw`(?![\p{L}\p{M}\p{N}_-])`;
// "nummer 12", "nr. 4", "nr 4": the word people put before a house number, in either order with the street.
// Each case written out, not "[Nn]", so the literal check can require "nummer" or "nr" (literals.ts).
const NB_NO = String.raw`(?:nummer|Nummer|nr\.?|Nr\.?)`;
// A house number written as a word ("Storgata tolv", "nummer tolv i Storgata"): one to 99.
const NB_NUMBER_WORD = String.raw`(?:(?:tjue|tretti|førti|femti|seksti|sytti|åtti|nitti)(?:en|to|tre|fire|fem|seks|sju|syv|åtte|ni)?|en|ett|ei|to|tre|fire|fem|seks|sju|syv|åtte|ni|ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten)`;
// A house number after the street: a letter may follow ("4B", "4 B", "4b"), not a word ("12 i
// Oslo", "12 I think").
const HOUSE_NO = String.raw`\d{1,4}(?:[A-Za-z]|\s[A-HJ-Z])?(?![\p{L}\p{N}])`;
const ADDRESS_NB = new RegExp(String.raw`${START}${NB_STREET}\s+(?:${NB_NO}\s+)?${HOUSE_NO}`, 'gu');
// "Storgata tolv", "Storgata nummer tolv". After "nummer" any number word; without it "en", "ett"
// and "ei" are the article ("gikk Storgata en kveld") and the number must end the clause ("Storgata
// tolv.", "Storgata tolv i Oslo"), so "gikk Storgata to ganger" is no address.
const ADDRESS_NB_WORDS = new RegExp(
  String.raw`${START}${NB_STREET}\s+(?:${NB_NO}\s+${NB_NUMBER_WORD}|(?!(?:en|ett|ei)(?![\p{L}]))${NB_NUMBER_WORD}(?=\s*(?:$|[.,;:!?)"'\u00BB\u2019\u201D\n])|\s+(?:og|i|på|nå|der|hvor|som|med|ved|hos)(?![\p{L}])))(?![\p{L}\p{M}\p{N}_])`,
  'gu',
);
// What every ADDRESS_NB and ADDRESS_NB_WORDS match holds: a street's ending, a space and a number,
// in digits or words, "nummer" or "nr" perhaps before it. Those patterns open with a capital
// letter and are tried at each one (every sentence's first word); this one opens with the ending,
// which V8 looks for much faster (Issue 10: CPU per share).
const STREET_THEN_NUMBER = new RegExp(
  String.raw`(?:gata|gaten|gate|veien|vegen|vei|veg|alle|allé|plass|plassen|bakken|stien|svingen|tunet|løkka|brygge|brygga)\s+(?:${NB_NO}\s+)?(?:\d|${NB_NUMBER_WORD}(?![\p{L}\p{M}\p{N}_]))`,
  'u',
);
// The number first: "nummer 12 i Storgata", "nr. 4 i Kirkeveien", "nummer tolv på Storgata".
const ADDRESS_NB_NO_FIRST = new RegExp(String.raw`${START}${NB_NO}\s+(?:\d{1,4}[A-Za-z]?|${NB_NUMBER_WORD})\s+(?:i|på)\s+${NB_STREET}${STREET_END}`, 'gu');
// "12 Baker Street", "Flat 3, 14 Church Road", "No. 12 Elm Street": a flat's or a "number" before the house number is quoted too.
const ADDRESS_EN = new RegExp(
  String.raw`${START}(?:(?:[Ff]lat|[Aa]partment|[Aa]pt\.?|[Uu]nit)\s+\d{1,4}[A-Za-z]?,?\s+|(?:[Nn]o\.|[Nn]umber)\s+)?\d{1,5}[A-Za-z]?\s+${EN_STREET}${END}`,
  'gu',
);
const EN_NUMBER_WORD = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)`;
// The number first, then the street: "number 12 on Elm Street", "flat 3 in Church Road", "no. twelve on Elm Street".
const ADDRESS_EN_NO_FIRST = new RegExp(
  String.raw`${START}(?:number|Number|no\.|No\.|flat|Flat|apartment|Apartment|apt|Apt|unit|Unit)\.?\s+(?:\d{1,5}[A-Za-z]?|${EN_NUMBER_WORD})\s+(?:on|in|at)\s+(?:the\s+)?${EN_STREET}${END}`,
  'gu',
);
// After a street's number: "Storgata 12, 0155 Oslo".
const POSTCODE_AFTER = /^,? (\d{4} \p{Lu}\p{Ll}+)/u;

// Norwegian numbers are eight digits starting 2–9, however grouped (12345678, 12 34 56 78,
// 123 45 678, 1234 5678, 12.34.56.78, one by one), with an optional +47/0047. Thousands
// ("10 000 000", 2-3-3), dates ("22.05.2023", 2-2-4) and year spans ("2001-2005", "2019 2020") do not
// count. After a phone word ("tlf", "ring meg", "vipps") five digits in any grouping do (the door's rule).
const DIGIT_RUN = /(?<![\d+])(?:(?:\+|00)47[ -]?)?\d+(?:[ .-]\d+)*(?!\d)/gu;
const INTL_PHONE = /(?<![\d+][ -]?)(?:\+|00)[1-9]\d{0,2}(?:[ -]?\d){6,12}(?![ -]?\d)/gu;
// An area code in brackets: "(555) 123-4567", "(22) 12 34 56".
const BRACKETED_PHONE = /\(\d{2,4}\)[ .-]?\d{3,4}(?:[ .-]?\d{2,4}){1,2}(?![ .-]?\d)/gu;
// A British postcode ("LS1 4AP", "SW1A 1AA"); a Norwegian one (four digits) with its town after a
// postcode word ("postnummer 2900 Fagernes") or after a street's number ("Storgata 12, 0155 Oslo").
const UK_POSTCODE = /(?<![\p{L}\p{N}])[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}(?![\p{L}\p{N}])/gu;
const NB_POSTCODE = new RegExp(String.raw`(?:post(?:nummer|nummeret|nr|kode|code)|zip(?: code)?)(?: mitt| min| is| er)*:? (\d{4} ${CAP_WORD})${END}`, 'giu');
const ASCII_DIGIT = /[0-9]/u;
const NOT_A_PHONE = new Set(['2-3-3', '2-2-4']);
const YEAR = /^(?:19|20)\d\d$/u;

/** Whether a run of digit groups (as folded: ASCII digits) is a Norwegian phone number. */
function isNorwegianNumber(run: string): boolean {
  const body = run.replace(/^(?:\+|00)47[ -]?/u, '');
  const groups = body.split(/[ .-]/u);
  const digits = groups.join('');
  if (digits.length !== 8 || !/^[2-9]/u.test(digits)) return false;
  if (NOT_A_PHONE.has(groups.map((g) => g.length).join('-'))) return false;
  return !(groups.length === 2 && (body.includes('-') || groups.every((g) => YEAR.test(g))));
}

/**
 * Whether a run of digit groups (as folded) is an identity, account or card number: nine to 19
 * digits (a Norwegian fødselsnummer 11, "010190 12345"; an account number 4.2.5; a card 4-4-4-4;
 * a US social security number 3-2-4), not an amount grouped in thousands ("250 000 000",
 * "1.000.000.000"), a list of years or an international phone number (INTL_PHONE's). A fresh
 * tester (2026-12-03) sent "Fødselsnummeret mitt er 01019012345." to the room in every mode:
 * eleven digits identify a person more surely than a phone number does.
 */
function isIdNumber(run: string): boolean {
  if (run.startsWith('+') || run.startsWith('00')) return false;
  const groups = run.split(/[ .-]/u);
  const digits = groups.join('').length;
  if (digits < 9 || digits > 19) return false;
  if (groups.length >= 2 && groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3)) return false;
  return !groups.every((g) => YEAR.test(g));
}

// A British bank's sort code ("sort code 12-34-56", "sortkode 12 34 56") and an account number
// after an account word ("account 12345678", "a/c no. 31926819", "kontonummer 12345678901"): a
// fresh tester (2026-12-03) sent "My sort code is 12-34-56 and account 12345678" to the room in
// every mode, eight digits from 1 being no Norwegian phone number and "account" no phone word.
// Six digits or more; not an amount ("kontoen er 250 000", "account 1500000 kroner": thousands
// or a currency after).
const SORT_CODE = /(?<![\p{L}\p{M}\p{N}_])(?:sort(?:ing)?[ -]?code|sortkoden?|sorteringskoden?)(?:\s+(?:is|was|er|var|my|min))*:?\s*(\d\d[ -]?\d\d[ -]?\d\d)(?![ .-]?\d)/giu;
const ACCOUNT_NO =
  /(?<![\p{L}\p{M}\p{N}_])(?:(?:bank\s?)?account|acct|a\/c|(?:bank)?konto(?:en)?)(?:[ -]?(?:number|no\.?|nr\.?|nummer|nummeret|#))?(?:\s+(?:is|was|er|var|mitt|min))*:?\s*(\d(?:[ .-]?\d){5,18})(?![ .-]?\d)(?!\s*(?:kr|kroner|nok|pund|pounds?|quid|dollars?|euros?|i minus|in (?:debt|the red))(?![\p{L}]))/giu;
// An account number right after the sort code: "sort code 12-34-56, 12345678", "12-34-56 and account no. 12345678".
const ACCOUNT_AFTER_SORT_CODE = /^(?:,|\s|and|og|acc(?:oun)?t|konto|number|nummer|no\.|nr\.?|is|er|:)*?(\d{6,10})(?![ .-]?\d)/iu;

// A phone number spelt out in words, eight digits or more ("ni en to tre fire fem seks sju", "five
// five five one two three four five"): a fresh tester (2026-12-03) sent both past every mode.
// British ways too: "oh" for zero, "double nine", "triple four" ("oh seven seven double nine …", a
// fresh tester, 2026-12-03), and digits among the words ("07 double 9 triple 4 123").
const NUMBER_WORD = String.raw`(?:null|en|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni|zero|oh|one|two|three|four|five|six|seven|eight|nine)`;
const REPEAT_WORD = String.raw`(?:double|triple|dobbel|dobbelt|trippel)`;
const SPELT_DIGITS = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}])(?:${REPEAT_WORD}[ -]+)?${NUMBER_WORD}(?:[ ,.-]+(?:${REPEAT_WORD}[ -]+)?${NUMBER_WORD}){2,}(?![\p{L}\p{M}\p{N}])`,
  'giu',
);
// Words and digit groups mixed; counted only with "oh", "double" or "triple" in it (spelledDigits),
// so "from 2010 to 2019" (the Norwegian "to" is two) is no phone number.
const SPELT_MIXED = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}])(?:(?:${REPEAT_WORD}[ -]+)?(?:${NUMBER_WORD}|\d{1,5})[ ,-]+)+(?:${REPEAT_WORD}[ -]+)?(?:${NUMBER_WORD}|\d{1,5})(?![\p{L}\p{M}\p{N}])`,
  'giu',
);
const SPELT_TOKEN = new RegExp(String.raw`(${REPEAT_WORD})?[ -]*(${NUMBER_WORD}|\d+)(?![\p{L}\p{N}])`, 'giu');
// "oh", "double" or "triple" before another digit: what makes a run of words and digits a spelt number.
const MIXED_MARKER = new RegExp(String.raw`(?<![\p{L}])(?:oh|${REPEAT_WORD})(?![\p{L}])[ ,-]`, 'iu');
// What every counted SPELT_MIXED match holds: "oh", "double" or "triple" before a digit or a number
// word ("double 9", "oh seven"). SPELT_MIXED, opening with a lookbehind, is tried at every offset;
// this one opens with a word V8 looks for much faster, and most shares with "oh" say "oh well" (Issue 10).
const MIXED_GATE = new RegExp(String.raw`(?:oh|${REPEAT_WORD})[ ,-]+(?:\d|${NUMBER_WORD})`, 'iu');

const AFTER_I = /(?:^|[^\p{L}\p{M}\p{N}_])I[ \u00A0]$/u;
/**
 * Words that introduce the writer's own name, right before a run ("Jeg heter", "My name is",
 * "I'm"), with at most one softening word between ("jeg heter egentlig", "my name is actually":
 * a fresh tester, 2026-12-05, was told to protect "the person" for her own real name).
 */
const SELF_INTRO = /(?:^|[^\p{L}\p{M}\p{N}_])(?:jeg heter|mitt navn er|navnet mitt er|my name is|my name's|i am|i['\u2019]m|call me|kall meg)(?:[ \u00A0](?:egentlig|faktisk|virkelig|jo|altså|really|actually|in fact|truly))?[ \u00A0]$/iu;
const CAP = new RegExp(`${START}${CAP_WORD}${END}`, 'gu');
// A letter (or mark), a space and a capitalised word: every full name (two capitalised words with
// one space between) and every place ("i Hamar", "from Hull") holds one. Most shares capitalise
// only the first word of a sentence, after ". ", and have none (Issue 10: CAP was run over every
// share, matching each sentence's first word, and the place pattern scanned every offset).
const CAP_AFTER_WORD = /[\p{L}\p{M}][ \u00A0]\p{Lu}\p{Ll}/u;
// "i Hamar", "fra Bodø", "på Stord", "in Leeds", "from Hull". Lower-case "i" is the English
// pronoun as often as the Norwegian preposition, so it counts only in a Norwegian meeting.
// The place is quoted whole, up to three capitalised words ("in New York", "på Oslo Universitetssykehus").
const PLACE_NB = new RegExp(`${START}(?:[Ii]|[Ff]ra|[Pp]å|[Ii]n|[Ff]rom) (${CAP_WORD}(?: ${CAP_WORD}){0,2})${END}`, 'gu');
const PLACE_EN = new RegExp(`${START}(?:[Ii]n|[Ff]rom|[Ff]ra|[Pp]å) (${CAP_WORD}(?: ${CAP_WORD}){0,2})${END}`, 'gu');

// Each prepared once (patterns.ts prepareRegex), so no per-share lookup (Issue 10).
const P_EMAIL = prepareRegex(EMAIL);
const P_URL_LIKE = prepareRegex(URL_LIKE);
const P_BARE_DOMAIN = prepareRegex(BARE_DOMAIN);
const P_HANDLE = prepareRegex(HANDLE);
const P_DIGIT_RUN = prepareRegex(DIGIT_RUN);
const P_INTL_PHONE = prepareRegex(INTL_PHONE);
const P_SPELT_DIGITS = prepareRegex(SPELT_DIGITS);
const P_SPELT_MIXED = prepareRegex(SPELT_MIXED);
const P_SORT_CODE = prepareRegex(SORT_CODE);
const P_ACCOUNT_NO = prepareRegex(ACCOUNT_NO);
const P_UNDERSCORE_HANDLE = prepareRegex(UNDERSCORE_HANDLE);
const P_CAP = prepareRegex(CAP);
const P_DISCRIMINATOR_HANDLE = prepareRegex(DISCRIMINATOR_HANDLE);
const P_BRACKETED_PHONE = prepareRegex(BRACKETED_PHONE);
const P_UK_POSTCODE = prepareRegex(UK_POSTCODE);
const P_NB_POSTCODE = prepareRegex(NB_POSTCODE);
// "u/kari84": a Reddit user.
const REDDIT_USER = /(?<![\p{L}\p{N}_/])u\/[\p{L}\p{N}_-]{3,20}/gu;
const P_REDDIT_USER = prepareRegex(REDDIT_USER);
const P_ADDRESS_NB = prepareRegex(ADDRESS_NB);
const P_ADDRESS_NB_WORDS = prepareRegex(ADDRESS_NB_WORDS);
const P_ADDRESS_NB_NO_FIRST = prepareRegex(ADDRESS_NB_NO_FIRST);
const P_ADDRESS_EN = prepareRegex(ADDRESS_EN);
const P_ADDRESS_EN_NO_FIRST = prepareRegex(ADDRESS_EN_NO_FIRST);
// Its literals (a street's ending) are checked first, as a prepared regex's are (literals.ts).
const P_STREET_THEN_NUMBER = prepareRegex(STREET_THEN_NUMBER);
const P_PLACE_NB = prepareRegex(PLACE_NB);
const P_PLACE_EN = prepareRegex(PLACE_EN);

const found = (index: number, match: string, hint: Text): Found => ({ kind: 'pii', index, match, hint });

function findLinks(text: string): Found[] {
  const out: Found[] = [];
  // Both patterns need a "." or a ":" ("www.", "://", ".no").
  if (literalChecks.on && !text.includes('.') && !text.includes(':')) return out;
  for (const re of [P_URL_LIKE, P_BARE_DOMAIN]) {
    // URL_LIKE's literals ("http", "www") are checked in preparedMatches().
    if (re === P_BARE_DOMAIN && literalChecks.on && !DOMAIN_END.test(text)) continue;
    for (const { index, match } of preparedMatches(text, re)) {
      const clean = match.replace(TRAILING_PUNCT, '');
      if (clean.length > 0) out.push(found(index, clean, HINTS.url));
    }
  }
  return out;
}

// A constant, not inline: a build that lowers \p{…} literals (esbuild for the page's targets, tsx) makes an inline one a new RegExp per call (Issue 10).
const TLD_LETTERS = /^\p{L}{2,}$/u;

function findEmails(text: string): Found[] {
  const out: Found[] = [];
  if (literalChecks.on && !text.includes('@')) return out;
  for (const { index, match } of preparedMatches(text, P_EMAIL)) {
    const clean = match.replace(TRAILING_PUNCT, '');
    const tld = clean.slice(clean.lastIndexOf('.') + 1);
    if (TLD_LETTERS.test(tld)) out.push(found(index, clean, HINTS.email));
  }
  return out;
}

/** Every `@handle`: contact details in every mode, whoever it names (issue 12). */
function findHandles(text: string): Found[] {
  if (literalChecks.on && !text.includes('@')) return [];
  return preparedMatches(text, P_HANDLE).map(({ index, match }) => found(index, match, HINTS.handle));
}

/**
 * How many digits a run of number words (and digit groups) spells, "double nine" two and "triple
 * four" three, or 0 when it mixes in a digit group that looks like a year ("oh 2019 2020 2021") or
 * holds no word at all (a plain digit run is findPhones' other patterns' business).
 */
function spelledDigits(run: string): number {
  let digits = 0;
  let words = 0;
  SPELT_TOKEN.lastIndex = 0;
  for (let m = SPELT_TOKEN.exec(run); m; m = SPELT_TOKEN.exec(run)) {
    const times = m[1] === undefined ? 1 : m[1].toLowerCase().startsWith('t') ? 3 : 2;
    const token = m[2] ?? '';
    if (m[1] !== undefined) words++;
    if (ASCII_DIGIT.test(token)) {
      if (YEAR.test(token)) return 0;
      digits += token.length + times - 1;
    } else {
      words++;
      digits += times;
    }
  }
  return words === 0 ? 0 : digits;
}

function findPhones(text: string): Found[] {
  const out: Found[] = [];
  for (const { index, match } of preparedMatches(text, P_SPELT_DIGITS)) if (spelledDigits(match) >= 8) out.push(found(index, match, HINTS.phone));
  // The other patterns need an ASCII digit (the folded text has every decimal digit as one).
  if (literalChecks.on && !ASCII_DIGIT.test(text)) return out;
  if (!literalChecks.on || MIXED_GATE.test(text)) {
    for (const { index, match } of preparedMatches(text, P_SPELT_MIXED)) {
      if (ASCII_DIGIT.test(match) && MIXED_MARKER.test(match) && spelledDigits(match) >= 8) out.push(found(index, match, HINTS.phone));
    }
  }
  for (const { index, match } of preparedMatches(text, P_INTL_PHONE)) out.push(found(index, match, HINTS.phone));
  if (!literalChecks.on || text.includes('(')) for (const { index, match } of preparedMatches(text, P_BRACKETED_PHONE)) out.push(found(index, match, HINTS.phone));
  // Bank details first: "account no. 31926819" is an account number, though eight digits from 2–9 would be a phone number.
  const bank = findBankNumbers(text);
  out.push(...bank);
  for (const { index, match } of preparedMatches(text, P_DIGIT_RUN)) {
    if (bank.some((b) => index < b.index + b.match.length && b.index < index + match.length)) continue;
    const digits = match.replace(/\D/gu, '').length;
    if (isNorwegianNumber(match)) out.push(found(index, match, HINTS.phone));
    else if (isIdNumber(match) && !afterPhoneWord(text, index, true)) out.push(found(index, match, HINTS.idNumber));
    else if (digits >= 5 && afterPhoneWord(text, index)) out.push(found(index, match, HINTS.phone));
  }
  return out;
}

/** A sort code, an account number after it, and an account number after an account word: as written, digits only. */
function findBankNumbers(text: string): Found[] {
  const out: Found[] = [];
  for (const m of preparedExecAll(text, P_SORT_CODE)) {
    const code = m[1] ?? '';
    const at = m.index + m[0].length - code.length;
    out.push(found(at, code, HINTS.idNumber));
    const rest = text.slice(at + code.length, at + code.length + 40);
    const next = ACCOUNT_AFTER_SORT_CODE.exec(rest);
    if (next) out.push(found(at + code.length + next[0].length - (next[1] ?? '').length, next[1] ?? '', HINTS.idNumber));
  }
  for (const m of preparedExecAll(text, P_ACCOUNT_NO)) {
    const number = m[1] ?? '';
    const groups = number.split(/[ .-]/u);
    // Thousands: an amount ("kontoen er 250 000 000").
    if (groups.length >= 2 && groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3)) continue;
    out.push(found(m.index + m[0].length - number.length, number, HINTS.idNumber));
  }
  return dropOverlaps(out);
}

/** Handles without "@": "kari_84" anywhere, "snap: kari84" / "kari84 på snap" beside a service name, "brukernavnet mitt er kari". */
function findBareHandles(text: string): Found[] {
  const out = literalChecks.on && !text.includes('_') ? [] : preparedMatches(text, P_UNDERSCORE_HANDLE).map(({ index, match }) => found(index, match.replace(/[.]+$/u, ''), HINTS.handle));
  for (const { index, match } of [...findServiceHandles(text), ...findNamedHandles(text), ...findIntroducedHandles(text)]) out.push(found(index, match, HINTS.handle));
  if (!literalChecks.on || text.includes('#')) for (const { index, match } of preparedMatches(text, P_DISCRIMINATOR_HANDLE)) out.push(found(index, match, HINTS.handle));
  if (!literalChecks.on || text.includes('u/')) for (const { index, match } of preparedMatches(text, P_REDDIT_USER)) out.push(found(index, match, HINTS.handle));
  return out;
}

/** Street addresses with their number, in either language's way of writing them (a meeting's language aside: people write both). */
function findAddresses(text: string): Found[] {
  // A house number in words ("Storgata tolv", "number twelve on Elm Street") needs no digit; each
  // of these patterns needs a street's ending or word, which the literal check looks for (literals.ts).
  const streetThenNumber = !literalChecks.on || (preparedMayMatch(text, P_STREET_THEN_NUMBER) && STREET_THEN_NUMBER.test(text));
  const wordForms = streetThenNumber ? [P_ADDRESS_NB_WORDS, P_ADDRESS_NB_NO_FIRST, P_ADDRESS_EN_NO_FIRST] : [P_ADDRESS_NB_NO_FIRST, P_ADDRESS_EN_NO_FIRST];
  const out = wordForms.flatMap((p) => preparedMatches(text, p)).map(({ index, match }) => found(index, match, HINTS.address));
  // The others need an ASCII digit (the folded text has every decimal digit as one).
  if (!literalChecks.on || ASCII_DIGIT.test(text)) {
    const digitForms = streetThenNumber ? [P_ADDRESS_NB, P_ADDRESS_EN, P_UK_POSTCODE] : [P_ADDRESS_EN, P_UK_POSTCODE];
    for (const p of digitForms) for (const { index, match } of preparedMatches(text, p)) out.push(found(index, match, HINTS.address));
    for (const m of preparedExecAll(text, P_NB_POSTCODE)) out.push(found(m.index + m[0].length - (m[1] ?? '').length, m[1] ?? '', HINTS.address));
  }
  // After a street's number: "Storgata 12, 0155 Oslo", "Storgata tolv, 0155 Oslo".
  for (const a of [...out]) {
    const after = POSTCODE_AFTER.exec(text.slice(a.index + a.match.length));
    if (after) out.push(found(a.index, text.slice(a.index, a.index + a.match.length + after[0].length), HINTS.address));
  }
  return out;
}

/**
 * Contact details (e-mail, handle, link, phone), found in the folded text (shared/guard/contact.ts:
 * full-width forms, other scripts' digits) and given back as written.
 */
function findContacts(text: string): Found[][] {
  const folded = foldContact(text);
  const t = folded.text;
  const emails = [...findEmails(t), ...findSpeltEmails(t).map(({ index, match, link }) => found(index, match, link ? HINTS.url : HINTS.email))];
  const groups = [emails, [...findHandles(t), ...findBareHandles(t)], findLinks(t), findAddresses(t), findPhones(t)];
  return groups.map((g) =>
    g.map((f) => {
      const { index, match } = folded.span(f.index, f.index + f.match.length);
      return { ...f, index, match };
    }),
  );
}

/**
 * Two or three capitalised words in a row ("Kari Nordmann", "Per Olav Hansen") that are not
 * days, months, faith or fellowship words. The first word of a sentence is capitalised anyway,
 * so it counts only as a given name (words.ts opensFullName); five or more in a row is a title, not a name, and so is a run right after
 * the English "I" ("I Went Home").
 */
function findFullNames(text: string): Found[] {
  const out: Found[] = [];
  const words = preparedMatches(text, P_CAP);
  let i = 0;
  while (i < words.length) {
    let j = i + 1;
    while (j < words.length) {
      const prev = words[j - 1]!;
      const gap = text.slice(prev.index + prev.match.length, words[j]!.index);
      if (gap !== ' ' && gap !== '\u00A0') break;
      j++;
    }
    const run = words.slice(i, j);
    i = j;
    if (run.length >= 5 || AFTER_I.test(text.slice(Math.max(0, run[0]!.index - 3), run[0]!.index))) continue;
    // A sentence's first word is capitalised anyway, so it counts only when it is a given name
    // that is not also an everyday word: "Kari Nordmann, I think you are brave." opens with a
    // full name (a fresh tester, 2026-12-05), "Tired Mum" or "Will Power" does not.
    // A word the lists do not know may open one before a surname that is one for sure ("Gudrun
    // Hansen sa at ..."): words.ts opensFullName.
    if (isSentenceStart(text, run[0]!.index) && !opensFullName(run[0]!.match, run[1]?.match)) run.shift();
    // Days, titles and the like split a run: "Kari Nordmann Mandag" still holds a name.
    let part: typeof run = [];
    for (const w of [...run, null]) {
      if (w && !isNotPersonWord(w.match)) {
        part.push(w);
        continue;
      }
      if (part.length >= 2 && part.length <= 3) {
        const first = part[0]!;
        const last = part[part.length - 1]!;
        const hint = SELF_INTRO.test(text.slice(Math.max(0, first.index - 24), first.index)) ? HINTS.ownFullName : HINTS.fullName;
        out.push(found(first.index, text.slice(first.index, last.index + last.match.length), hint));
      }
      part = [];
    }
  }
  return out;
}

/**
 * A known given name and a surname, whatever the case ("per hansen", "JOHN SMITH") or where it
 * stands ("Anne-Lise Berg" opening a sentence): given-names.ts. A pair that is someone's pseudonym
 * in the room is left to the crosstalk check.
 */
function findGivenAndSurnames(text: string, roomNames: ReadonlySet<string>): Found[] {
  return givenAndSurname(text)
    .filter((m) => !roomNames.has(m.match.toLowerCase()))
    .map((m) => found(m.index, m.match, SELF_INTRO.test(text.slice(Math.max(0, m.index - 24), m.index)) ? HINTS.ownFullName : HINTS.fullName));
}

function findPlaces(text: string, lang: Lang, otherNames: ReadonlySet<string>): Found[] {
  const out: Found[] = [];
  // preparedExecAll, not matchAll: matchAll builds (and may recompile) a new RegExp per call (Issue 10).
  for (const m of preparedExecAll(text, lang === 'nb' ? P_PLACE_NB : P_PLACE_EN)) {
    const place = m[1] ?? '';
    const first = place.split(' ')[0] ?? '';
    if (isNotName(first) || otherNames.has(place.toLowerCase()) || otherNames.has(first.toLowerCase())) continue;
    out.push(found(m.index, m[0], HINTS.place));
  }
  return out;
}

// When findings overlap, the more specific one wins: an e-mail holds a domain, a name follows "fra".
/** The room's names as findPlaces compares them. */
const lowerNames = perRoom((otherNames): ReadonlySet<string> => new Set(otherNames.map((n) => n.normalize('NFC').trim().toLowerCase())));

export function findPii(text: string, lang: Lang, otherNames: readonly string[]): Found[] {
  const names = lowerNames(otherNames);
  const kept = findAsWritten(text, lang, names);
  return rereading ? rereading(text, (t) => findAsWritten(t, lang, names), kept) : kept;
}

/**
 * A second reading of a text, registered by the server alone (spaced.ts useSpacedReading): given
 * the text, the checks to run on another reading of it and what they found as written, it
 * returns all the findings. The page leaves it out, as it does the model, for its first-load
 * budget; the server's answer (GUARD_HINT) carries what it finds.
 */
export type Rereading = (text: string, find: (reading: string) => Found[], kept: Found[]) => Found[];
let rereading: Rereading | null = null;

/** Registers (or, with null, removes) the second reading findPii makes of every text. */
export function useRereading(r: Rereading | null): void {
  rereading = r;
}

/** findPii's checks on `text` as it stands: contact details first, then names, then places; no two overlap. */
function findAsWritten(text: string, lang: Lang, names: ReadonlySet<string>): Found[] {
  const capAfterWord = !literalChecks.on || CAP_AFTER_WORD.test(text);
  const ranked = [...findContacts(text), [...(capAfterWord ? findFullNames(text) : []), ...findGivenAndSurnames(text, names)], capAfterWord ? findPlaces(text, lang, names) : []];
  const kept: Found[] = [];
  for (const group of ranked) {
    for (const f of dropOverlaps(group)) {
      const end = f.index + f.match.length;
      if (kept.some((k) => f.index < k.index + k.match.length && k.index < end)) continue;
      kept.push(f);
    }
  }
  return kept;
}
