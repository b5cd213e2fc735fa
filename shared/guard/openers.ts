// Words worded as orders that order no one: a discourse opener that asks the room to hear the
// speaker out ("Look, I just need to say it", "Hør her, jeg har aldri fortalt dette"), a memory
// shared or the speaker's own situation ("Remember when we were kids", "Husk at jeg er ny"), and
// a goodbye said to the whole room ("Take care, everyone", "Ta vare på dere selv"), as the
// meetings' closings do. A fresh tester (2026-12-06) had each refused as advice. Orders stay
// advice: "Look for a sponsor", "Listen to your sponsor", "Husk å ringe fadderen din",
// "Remember to call your sponsor", "Take care of yourself, Kari", "Ta vare på deg selv".
import { EN_VERBS, NB_VERBS } from './verbs.js';

// Constants, not inline: see FAREWELL_NEXT in recommend.ts (Issue 10).

/** An attention word alone, then a pause: "Look,", "Listen —", "Hør her,", "Se:". */
const OPENER = /^(?:look|listen|hør her|hør|se)\s*[,:;!\u2013\u2014-]+\s*/u;
/**
 * An order right after the opener's pause ("Look, just leave him", "Hør her, ikke gå tilbake"):
 * the sentence-start rules do not look there, so the opener is left flagged for it.
 */
const ORDER_AFTER = new RegExp(
  `^(?:(?:just|please|so|then|now|simply|really|bare|så|nå|først) )?(?:don't|don\u2019t|do not|never|ikke|aldri|${EN_VERBS}|${NB_VERBS})(?![\\p{L}'\u2019])`,
  'u',
);

/** "Remember when …", "Husk at jeg …": a memory or the speaker's own situation, not an order. */
const MEMORY_WORD = /^(?:remember|husk)$/u;
const MEMORY_NEXT =
  /^(?:when|how|back when|the (?:day|time|night|year)|that (?:i|we|i'm|i\u2019m|i was|we were)|(?:at|da|når) (?:jeg|vi)|(?:den gangen|dengang))(?![\p{L}'\u2019])/u;

/**
 * A goodbye said to everyone present. The room must be named ("everyone", "all", "dere"), so
 * "Take care, Kari" and "Take care of yourself" stay advice.
 */
const ROOM_FAREWELL =
  /^(?:(?:and|og|so|så) )?(?:(?:please|pls|bare) )?(?:(?:stay safe|take care|take good care|be well|be gentle with yourselves|look after yourselves|take care of yourselves|take good care of yourselves|stay strong)(?:,? (?:everyone|everybody|all|all of you|you all|y'all|folks))?|(?:ta (?:godt )?vare på|pass (?:godt )?på) (?:dere selv|hverandre)(?:,? alle(?: sammen)?)?|(?:ha det (?:fint|godt|bra)|hold dere trygge|vær snille med dere selv)(?:,? alle(?: sammen)?)?)( (?:this (?:coming )?(?:week|weekend)|tonight|in the (?:meantime|week ahead|days ahead)|until next (?:time|week)|till next (?:time|week)|denne (?:uka|uken|helga|helgen)|i (?:kveld|mellomtiden|uka som kommer|dagene som kommer)|til neste (?:gang|uke|m\u00f8te))(?:,? (?:everyone|everybody|all|alle(?: sammen)?))?)?(?=\s*(?:[.!\n]|$|,? (?:and|og|see you|vi ses|until|til)(?![\p{L}])))/u;
/** The room named after the farewell's time: "Take care this week, everyone". */
const ROOM_AFTER_TIME = /(?:everyone|everybody|all|alle(?: sammen)?)$/u;
/** The room named in a farewell: without it only the plural forms are let pass. */
const ROOM_NAMED = /(?:everyone|everybody|all|all of you|you all|y'all|folks|yourselves|dere selv|hverandre|alle(?: sammen)?|dere trygge|ha det (?:fint|godt|bra))$/u;

/**
 * Whether the advice finding `match` at `index` of `text` (NFC) is one of these words to the
 * room: `match` must lie inside the opener or farewell, so "Hør her, gå fra ham" (matched as a
 * whole) stays advice. Only asked of an advice finding, so a plain share costs nothing more.
 */
export function spokenToRoom(text: string, index: number, match: string): boolean {
  const m = match.toLowerCase().replace(/\s+/gu, ' ').trim();
  const next = text.slice(index + match.length, index + match.length + 40).trimStart().toLowerCase();
  const at = text.slice(index, index + 80).toLowerCase().replace(/\s+/gu, ' ');
  const opener = OPENER.exec(at);
  if (opener !== null && m.length < opener[0].length && !ORDER_AFTER.test(at.slice(opener[0].length))) return true;
  if (MEMORY_WORD.test(m) && MEMORY_NEXT.test(next)) return true;
  const farewell = ROOM_FAREWELL.exec(at);
  // A time after it ("Take care of yourselves this week", "Ta vare på dere selv denne uka") is a
  // goodbye's too (a fresh tester, 2026-12-06): the room is named before it.
  const time = farewell?.[1] ?? '';
  const named = farewell !== null && (ROOM_NAMED.test(farewell[0].slice(0, farewell[0].length - time.length)) || ROOM_AFTER_TIME.test(time));
  // The model's finding is the whole sentence, its full stop with it.
  return named && m.replace(/[.!\s]+$/u, '').length <= farewell[0].length;
}
