// Full names written without capitals ("per hansen", "JOHN SMITH": people type on phones in lower
// case, or shout) and a full name that opens a sentence ("Anne-Lise Berg på jobben så meg"): two
// capitalised words are not enough to tell a name there, so a known given name and a surname that
// looks like one are (a fresh tester, 2026-12-03: these went to the room in every mode).
// Given names that are also everyday words ("Will", "Hope", "Per" as in "per dag") are left out.

const list = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/u));

/** Common given names in Norway and the English-speaking countries (lower case). */
const GIVEN = list(`
  anne inger kari marit ingrid liv eva berit astrid bjørg hilde anna solveig marianne randi ida
  nina maria elisabeth kristin bente heidi silje hanne gerd linda tone tove elin mona ragnhild
  camilla wenche julie ellen karin grete turid laila nora emma sara mari ingeborg aud unni siri
  anne-lise anne-marie ann-kristin kari-anne marit-elise
  jan per bjørn ole lars kjell knut arne svein thomas hans geir tor morten terje erik martin
  andreas john rune trond anders harald tore jon olav espen gunnar arild stian jørgen kristian
  magnus henrik nils tommy frode øyvind einar leif jens rolf roger helge petter sindre
  mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty
  margaret sandra ashley emily donna michelle carol amanda melissa deborah stephanie rebecca
  laura helen sharon cynthia kathleen amy shirley angela anna brenda emma catherine claire
  james robert michael david richard joseph charles christopher daniel matthew anthony donald
  steven paul andrew joshua kenneth kevin brian george edward ronald timothy jason jeffrey ryan
  gary jacob nicholas eric stephen jonathan larry justin scott brandon benjamin samuel gregory
  frank alexander raymond patrick jack dennis peter tony simon ian graham neil colin gareth
`);

/** Common surnames (lower case) that have no surname ending (SURNAME_ENDING). */
const SURNAMES = list(`
  berg haugen hagen dahl lund moen strand bakken lie eide aas holm lien hauge myhre berge moe
  nygård bakke lunde solheim næss sæther rønning ali ahmed nguyen khan
  smith jones williams brown taylor davies wilson evans thomas johnson roberts walker wright
  robinson thompson white hughes edwards green hall wood harris lewis martin jackson clarke clark
  turner hill scott cooper morris ward moore king watson baker harrison morgan patel young allen
  mitchell james anderson phillips lee bell parker davis miller garcia rodriguez martinez murphy
  kelly ryan o'brien o\u2019brien mcdonald macdonald campbell stewart
`);

/** Norwegian and Scandinavian surname endings: Hansen, Eriksson, Solstad, Kvamme-Rud. */
const SURNAME_ENDING = /(?:sen|son|ssen|stad|berg|dal|dahl|rud|vik|land|heim|haug|nes|seth|bø|li|lid|stø|gård|gaard|strand|eng|holm|mo|fjell|vold|voll)$/u;

/** Whether `word` (any case) is a known given name. */
export const isGivenName = (word: string): boolean => GIVEN.has(word.toLowerCase());

/** Everyday words with a surname ending ("kr per person"). */
const NOT_SURNAMES = list(`person personen persons reason reasons season seasons lesson lessons prison poison comparison garrison`);

/** Whether `word` (any case) looks like a surname: a common one, or one with a surname ending (five letters at least). */
export function looksLikeSurname(word: string): boolean {
  const w = word.toLowerCase();
  return SURNAMES.has(w) || (w.length >= 5 && SURNAME_ENDING.test(w) && !NOT_SURNAMES.has(w));
}

const WORD = /[\p{L}][\p{L}\p{M}'\u2019-]*/gu;

/**
 * Every "given name + surname" pair in `text` whatever its case ("per hansen", "JOHN SMITH",
 * "Anne-Lise Berg"): index and the pair as written.
 */
export function givenAndSurname(text: string): { index: number; match: string }[] {
  const out: { index: number; match: string }[] = [];
  // exec, not matchAll: matchAll builds a new RegExp per call (Issue 10, no-regexp-per-share.test.ts).
  const words: RegExpExecArray[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) words.push(m);
  for (let i = 0; i + 1 < words.length; i++) {
    const a = words[i]!;
    const b = words[i + 1]!;
    if (text.slice(a.index + a[0].length, b.index) !== ' ') continue;
    if (!isGivenName(a[0]) || !looksLikeSurname(b[0]) || isGivenName(b[0])) continue;
    out.push({ index: a.index, match: text.slice(a.index, b.index + b[0].length) });
  }
  return out;
}
