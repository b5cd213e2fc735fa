// The fellowships' own words, said to the whole room at the end of a share or a meeting: not
// advice to anyone, though they are worded as orders. Sources: seeds-digest R4 ("take what you
// need and leave the rest", read at every meeting's opening and closing) and the closing words of
// many groups ("keep coming back"). A fresh tester (2026-12-03) had "Keep coming back, it works!"
// stopped as advice.

/** The slogans as they begin (lower case, single spaces). */
const SLOGANS = [
  'keep coming back',
  'take what you need and leave the rest',
  'take what you like and leave the rest',
  // A group's closing words (formats/readings.ts CLOSING.family).
  'take with you what helped',
  'let go and let god',
  'fortsett å komme',
  'kom tilbake',
  'ta med deg det du trenger',
  'ta det du trenger',
  'ta det du kan bruke',
  'ta med deg det som hjalp',
  'gi slipp og la gud',
  // The bokmål cards' wording (a fresh tester, 2026-12-06, had it refused as advice).
  'slipp taket og la gud',
  'ta det med ro',
  'easy does it',
  'en dag av gangen',
  'one day at a time',
  // The short slogans read on many groups' cards (a fresh tester, 2026-12-05, had "Keep it
  // simple." and "Ta en dag av gangen." refused as advice).
  'keep it simple',
  'it works if you work it',
  'live and let live',
  'first things first',
  'just for today',
  'this too shall pass',
  'ta en dag av gangen',
  'ta \u00e9n dag av gangen',
  'hold det enkelt',
  'lev og la leve',
  'f\u00f8rst ting f\u00f8rst',
  'bare for i dag',
  'det virker hvis du jobber for det',
];
const LONGEST = Math.max(...SLOGANS.map((s) => s.length));

/**
 * Softeners a slogan may follow: "Please keep coming back", "If you are new, just keep coming
 * back", "Hvis du er ny, bare fortsett å komme" (a fresh tester, 2026-12-06, had the first two
 * refused as advice; the README says "Keep coming back" is not stopped).
 */
const SOFTENERS = /^(?:(?:please|pls|just|so|and|then|do|bare|og|s\u00e5|gjerne|n\u00e5),? )+/u;

/** Whether a slogan (SLOGANS) begins at `index` of `t` (NFC), in any case and spacing, perhaps after softeners ("please", "bare"). */
export function isSlogan(t: string, index: number): boolean {
  const at = t.slice(index, index + LONGEST * 2 + 24).toLowerCase().replace(/\s+/gu, ' ').replace(SOFTENERS, '');
  return SLOGANS.some((s) => at.startsWith(s) && !/[\p{L}\p{M}]/u.test(at.charAt(s.length)));
}
