// Advice someone else gave, told as part of one's own story, is experience, not advice: "My
// brother said «just stop drinking»", "I said to myself: you have to stop this", "Stay sober,
// they said, and I tried". The meetings welcome exactly this ("you can tell about a similar
// situation: then I did this", seeds-digest R2). A finding is reported speech when it stands in
// quotation marks, after a reporting verb, or before a reporting clause in the same sentence.

/** How far back (UTF-16 units) a quotation mark or reporting verb is looked for. */
const WINDOW = 240;

const OPEN_CLOSE: [string, string][] = [
  ['«', '»'],
  ['“', '”'],
  ['„', '“'],
];

/** Whether `index` lies inside a quotation in its paragraph. */
function quoted(text: string, index: number): boolean {
  // A bounded window keeps the cost linear in the text: quotations are not that long.
  const window = text.slice(Math.max(0, index - WINDOW), index);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  for (const [open, close] of OPEN_CLOSE) {
    if (before.lastIndexOf(open) > before.lastIndexOf(close)) return true;
  }
  // Straight double quotes: an odd number before means we are inside one.
  return (before.match(/"/gu)?.length ?? 0) % 2 === 1;
}

// Besides verbs of saying, the ways advice is said to have been given to the speaker: "my sponsor
// gave me a tip: write…", "jeg fikk et råd: …", "she suggested: …"; the speaker's self-talk ("I
// keep telling myself: breathe", "jeg måtte spørre meg selv: …") and words heard elsewhere ("I
// heard someone at another meeting say the key is willingness").
const REPORTING = String.raw`(?:sa|sier|spurte|spør|tenkte|skrev|ropte|said|says|asked|asks|asking|thought|thinking|told|tells|wrote|shouted|kept saying|used to say|gave me|ga meg|gav meg|fikk (?:et |ett |noen )?(?:godt )?(?:råd|tips)|got (?:a |some |this |one )?(?:piece of )?(?:advice|tip|suggestion)|suggested|foreslo|advised|rådet|recommended|anbefalte|(?:they|we|people|folks) say|the saying goes|som det heter|say to (?:myself|my (?:younger|old|former) self)|si til meg selv|sagt til meg selv|sier til meg selv|(?:tell|tells|telling|told|remind|reminds|reminding|reminded|ask|asking|asked) myself|(?:spørre|spurte|spør|minne|minner|minnet) meg selv|(?:heard|hear|hørte|hører) (?:\p{L}+ ){1,6}(?:say|said|tell|talk about|si|sa|snakke om))`;
// "…she said: ", "…asked me, ", "…told me that ", "…sa til meg selv: ", "…said you".
const LEAD_IN = new RegExp(String.raw`(?<![\p{L}])${REPORTING}(?![\p{L}])(?:[^.!?\n]{0,60}?[:,]\s*[«“„"']?\s*|[^.!?\n]{0,30}?(?:\s+(?:that|at)\s+|\s+))$`, 'iu');
// "…, they said", "», sa de", "", my brother said".
const TAIL = new RegExp(
  String.raw`^[^.!?\n]*?[»”"']?\s*,\s*(?:(?:they|he|she|people|someone|everyone|my \p{L}+|i|we|de|han|hun|folk|noen|alle|jeg|vi|\p{L}+(?:en|a|et)) )?(?:(?:kept|keep|used to|always|still) )?(?:${REPORTING}|sa de|sa han|sa hun)(?![\p{L}])`,
  'iu',
);
// "…, that's what I'm learning", "…, det er det jeg lærer": a saying the speaker tells as their lesson.
const LESSON_TAIL = /^[^.!?\n]*?,\s*(?:that['’]?s|that is|this is|det er|det var|det har) (?:what|something|the thing|det|noe) (?:i|jeg)(?![\p{L}])/iu;
// "As I said, …", "som jeg sa, …": the speaker pointing back at their own words, still advice.
const OWN_WORDS = /(?:\bas|\blike|\bsom) (?:i|jeg) (?:said|say|sa|sier)[^.!?\n]{0,4}$/iu;

/** Whether the finding at `index` (`match` long) is someone's words reported in a story. */
export function isReported(text: string, index: number, match: string): boolean {
  if (quoted(text, index)) return true;
  const window = text.slice(Math.max(0, index - WINDOW), index);
  const lead = window.slice(Math.max(...['.', '!', '?', '\n'].map((c) => window.lastIndexOf(c))) + 1);
  if (LEAD_IN.test(lead) && !OWN_WORDS.test(lead)) return true;
  const rest = text.slice(index + match.length, index + match.length + 80);
  return TAIL.test(rest) || LESSON_TAIL.test(rest);
}
