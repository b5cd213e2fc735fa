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
  if ((before.match(/"/gu)?.length ?? 0) % 2 === 1) return true;
  return singleQuoted(text, index, before);
}

// A straight single quote opens a quotation after a space, a bracket or a colon and before a
// letter; it closes one after a letter or a stop and before a space, a stop or the end. An
// apostrophe inside a word ("don't") does neither, so only a quote opened and closed again in
// the same line counts: "I told my son 'you need to get help' a hundred times".
const SINGLE_OPEN = /(?:^|[\s(\[:,])'(?=\p{L})/gu;
const SINGLE_CLOSE = /(?<=[\p{L}\p{N}.!?,])'(?=[\s.,!?;:)\]]|$)/u;
function singleQuoted(text: string, index: number, before: string): boolean {
  let open = -1;
  // With the finding's first letter, so a quote that opens right before it is seen.
  const scanned = before + text.slice(index, index + 1);
  // Every match holds a "'"; without one there is no quote to open. The last match is found with
  // exec on SINGLE_OPEN itself: matchAll would build (and may recompile) a new RegExp per call
  // (Issue 10: CPU per delivery). A match is never empty, so the loop always moves on.
  if (scanned.includes("'")) {
    SINGLE_OPEN.lastIndex = 0;
    for (let m = SINGLE_OPEN.exec(scanned); m; m = SINGLE_OPEN.exec(scanned)) open = m.index + m[0].length - 1;
  }
  if (open < 0 || SINGLE_CLOSE.test(before.slice(open + 1))) return false;
  const rest = text.slice(index, index + WINDOW);
  const line = rest.slice(0, rest.includes('\n') ? rest.indexOf('\n') : rest.length);
  return SINGLE_CLOSE.test(line);
}

// Besides verbs of saying, the ways advice is said to have been given to the speaker: "my sponsor
// gave me a tip: write…", "jeg fikk et råd: …", "she suggested: …"; the speaker's self-talk ("I
// keep telling myself: breathe", "jeg måtte spørre meg selv: …") and words heard elsewhere ("I
// heard someone at another meeting say the key is willingness").
const REPORTING = String.raw`(?:sa|sier|spurte|spør|tenkte|skrev|ropte|said|says|asked|asks|asking|thought|thinking|told|tells|wrote|shouted|kept saying|used to say|gave me|ga meg|gav meg|fikk (?:et |ett |noen )?(?:godt )?(?:råd|tips)|got (?:a |some |this |one )?(?:piece of )?(?:advice|tip|suggestion)|suggested|foreslo|advised|rådet|recommended|anbefalte|(?:they|we|people|folks) say|the saying goes|som det heter|say to (?:myself|my (?:younger|old|former) self)|si til meg selv|sagt til meg selv|sier til meg selv|(?:tell|tells|telling|told|remind|reminds|reminding|reminded|ask|asking|asked) myself|(?:spørre|spurte|spør|minne|minner|minnet) meg selv|(?:heard|hear|hørte|hører) (?:\p{L}+ ){1,6}(?:say|said|tell|talk about|si|sa|snakke om)|(?:har|hadde|has|had|gave me|ga meg|gav meg) (?:en|et|ei|a|an|one) (?:regel|rule|motto|mantra|huskeregel|oppskrift)(?: (?:for|til) (?:meg|me|oss|us))?)`;
// "…she said: ", "…asked me, ", "…told me that ", "…sa til meg selv: ", "…said you".
const LEAD_IN = new RegExp(String.raw`(?<![\p{L}])${REPORTING}(?![\p{L}])(?:[^.!?\n]{0,60}?[:,]\s*[«\u201C\u201E"']?\s*|[^.!?\n]{0,30}?(?:\s+(?:that|at)\s+|\s+))$`, 'iu');
// "…, they said", "», sa de", "", my brother said".
const TAIL = new RegExp(
  String.raw`^[^.!?\n]*?[»\u201D"']?\s*,\s*(?:(?:they|he|she|people|someone|everyone|(?:my|the|a|our|his|her) \p{L}+|i|we|de|han|hun|folk|noen|alle|jeg|vi|\p{L}+(?:en|a|et)) )?(?:(?:kept|keep|keeps|used to|always|still|remember|remembered|recall|husker|pleide å) )?(?:${REPORTING}|sa de|sa han|sa hun|telling|saying|reminding|found|learned|learnt|discovered|fant ut|lærte|oppdaget)(?![\p{L}])`,
  'iu',
);
// "…, that's what I'm learning", "…, det er det jeg lærer": a saying the speaker tells as their lesson.
// Not "…, that's what I tell everyone new": the speaker's advice to the listener, repeated.
const LESSON_TAIL = /^[^.!?\n]*?,\s*(?:det har jeg (?:lært|skjønt|forstått)|i(?:['\u2019]ve| have) learn(?:ed|t)|(?:that['\u2019]?s|thats|that is|that was|this is|det er|det var|det har vært) (?:my|min|mi|mitt) (?:experience|experience anyway|erfaring|opplevelse|story|historie)(?![\p{L}])|(?:that['\u2019]?s|thats|that is|this is|det er|det var|det har) (?:what|something|the thing|det|noe) (?:i|jeg)(?![\p{L}])(?!\s+(?:tell|say to|sier til|forteller) (?:everyone|everybody|all|anyone|people|you|newcomers|alle|deg|dere|nye|folk)))/iu;
// "Detach with love, that's the one I'm working on", "Let go and let God, I've got it on a magnet",
// "Gi slipp og la Gud, det står på kjøleskapet": the words named as a saying the speaker keeps.
const SAYING_TAIL = /^[^.!?\n]*?,\s*(?:(?:that['\u2019]?s|thats|that is|this is|det er|det var|den er) (?:the|my|one|den|min|mitt|et|en) (?:one|slogan|motto|saying|mantra|line|card|prayer|en|linja|setningen|slagordet|mottoet|bønnen)|(?:i['\u2019]?ve got it|i have it|it['\u2019]?s|it is|det står|den står|den henger|det henger|jeg har (?:den|det)) (?:on|in|written|up|over|stuck|på|i|skrevet|oppe|over|hengende))(?![\p{L}])/iu;
// "As I said, …", "som jeg sa, …": the speaker pointing back at their own words, still advice.
const OWN_WORDS = /(?:(?:\bas|\blike|\bsom) (?:i|jeg) (?:said|say|sa|sier)[^.!?\n]{0,4}|(?:my point is|the point is|what i['\u2019]?m saying is|what i want to say is|det jeg vil si er|poenget (?:mitt )?er|budskapet (?:mitt )?er)[:,]?\s*)$/iu;
// "…before I said no to him, so what I want to say is: don't wait": the speaker's own point after
// a story told with a reporting verb is still advice.

/** Whether the finding at `index` (`match` long) is someone's words reported in a story. */
export function isReported(text: string, index: number, match: string): boolean {
  if (quoted(text, index)) return true;
  const window = text.slice(Math.max(0, index - WINDOW), index);
  const lead = window.slice(Math.max(...['.', '!', '?', '\n'].map((c) => window.lastIndexOf(c))) + 1);
  if (LEAD_IN.test(lead) && !OWN_WORDS.test(lead)) return true;
  const rest = text.slice(index + match.length, index + match.length + 80);
  return TAIL.test(rest) || LESSON_TAIL.test(rest) || SAYING_TAIL.test(rest);
}
