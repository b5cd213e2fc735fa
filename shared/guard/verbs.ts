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
