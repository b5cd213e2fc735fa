// The verbs the guard takes as imperatives at the start of a sentence ("Stop answering his
// calls", "Slutt å svare"), in one place: recommend.ts uses them for plain imperatives and
// impersonal.ts for orders given to the whole room ("Folks, call your sponsors tonight").
// Alternations inside a regex; multi-word entries are phrases.

export const EN_VERBS =
  'stop|quit|leave|go|take|call|ring|get|tell|change|walk|be|throw|find|pray|write|trust|keep|ask|let|focus|make|remember|stay|start|give|set|talk|block|avoid|' +
  'put|cut|move|read|listen|look|consider|accept|forgive|detach|lock|hide|pour|ignore|report|seek|speak|reach|text|break|spend|save|protect|say|lend|drive|' +
  'pack|open|close|sleep|eat|rest|breathe|drink|use|buy|sell|send|hang|join|attend|check|show|learn|practise|practice|pick|learn|kick|dump|divorce|confront|' +
  'stick|unblock|mute|delete|walk away|cut off|hold off|back off|step back|let go|bail|book';

export const NB_VERBS =
  'slutt|gå|ta|ring|skaff|si|bytt|hold|vær|kast|finn|be|skriv|stol|fortsett|la|fokuser|kutt|unngå|pass på|husk|begynn|tenk|kom deg|snakk|les|' +
  'prøv|prov|proev|sørg for|søk|hør|vurder|overvei|tenk over|tenk gjennom|spis|blokker|kjør|lås|gi|send|flytt|hell|legg|lytt|glem|godta|aksepter|tilgi|velg|vent|fortell|spør|dropp|drit i|' +
  'still|sett|meld deg|bli med|møt|pakk|anmeld|tving|sjekk|lån|slipp|la være|ikke gi|drikk|sov|pust|bruk|stopp|få|skynd deg|bestill|' +
  'blokker|blokkér|slett|dra|ha|kutt ut|trekk deg|ta avstand|gi slipp|gi deg selv|heng i|stå på|hold ut|gjør deg selv|gjør noe for deg selv|løsriv deg|pass deg|legg deg|svar';
export const NB_INF = 'krangle|låne|gi|slippe|svare|kjøre|ringe|ta|si|vente|betale|drikke|dekke|redde|tro|stole|glemme|gå';

// Norwegian imperatives spelt like an English word that starts many an English sentence: "Still
// here after the reload", "Hell of a week", "Hold on, I lost my thread", "Dra on the radio". Both
// languages' rules always run, so such a sentence read as bokmål was an order (fresh tester,
// Issue 10). Constants, not inline: see FAREWELL_NEXT in recommend.ts.
const NB_EN_HOMOGRAPH = /(?:^|\s)(?:still|hell|hold|ring|send|la|dra|finn|ha|be|sett|les)$/iu;
// What follows such a word in English and never in a bokmål order: an English function word
// (a capital "I"; a lower-case "i" is the bokmål "in"), or a pause (a comma, the sentence's end).
const CAPITAL_I = /^I(?![\p{L}'\u2019])/u;
const ENGLISH_NEXT = /^(?:[,.;:!?)]|$|(?:here|there|no|not|never|the|a|an|of|on|in|at|to|my|your|his|her|its|it|is|was|were|are|am|you|we|they|he|she|this|that|these|those|with|and|but|so|help|me|him|them|us|up|out|off|from|who|what|when|why|how|have|had|has|do|does|did|can|could|would|will|just|really|waiting|going|sober|clean|alive|standing|feel|feels|felt)(?![\p{L}'\u2019]))/u;

// "Still writing more", "Still typing", "Still married": the English "still" before a participle,
// a speaker's status line while writing (a fresh tester, 2026-12-06, was told a half-typed "Still
// writing more" looked like advice). Bokmål's order "Still" takes an object or a particle ("Still
// spørsmål", "Still opp", "Still krav"), never a word of five letters or more in -ing or -ed.
const STILL = /(?:^|\s)still$/iu;
const PARTICIPLE_NEXT = /^[a-z]{2,}(?:ing|ed)(?![\p{L}'\u2019])/u;

/**
 * True when `match` ends in a bokmål imperative spelt like an English word and the text after it
 * (`next`, trimmed, as written) reads as English: not an order in bokmål. "Still here" yes,
 * "Still writing more" yes, "Still opp på møtet" no.
 */
export function englishAfterHomograph(match: string, next: string): boolean {
  if (!NB_EN_HOMOGRAPH.test(match)) return false;
  const lower = next.toLowerCase();
  return CAPITAL_I.test(next) || ENGLISH_NEXT.test(lower) || (STILL.test(match) && PARTICIPLE_NEXT.test(lower));
}
