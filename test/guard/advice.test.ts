import { describe, expect, it } from 'vitest';
import { found } from './helpers.js';

describe('advice (bokmål): second-person directives are nudged', () => {
  it.each([
    ['Du bør gå på flere møter.', 'Du bør'],
    ['Jeg synes du burde ta en pause.', 'du burde'],
    // Not the idiom "du burde sett …" (a fresh tester's share passed as it, 2026-12-03).
    ['Kari, jeg tror du burde sette grenser for ham.', 'du burde'],
    ['Du burde sette ned foten.', 'Du burde'],
    ['du må sette grenser for ham', 'du må'],
    ['Du skal ikke finne deg i det.', 'Du skal'],
    ['Kanskje du skulle snakke med legen.', 'Kanskje du skulle'],
    ['Hvis jeg var deg, ville jeg flyttet.', 'Hvis jeg var deg'],
    ['Om jeg var deg hadde jeg ringt.', 'Om jeg var deg'],
    ['Var jeg deg, hadde jeg gått.', 'Var jeg deg'],
    ['Har du prøvd å sove mer?', 'Har du prøvd'],
    ['har du tenkt på å flytte?', 'har du tenkt på'],
    ['Prøv å puste med magen.', 'Prøv'],
    ['Det hjelper om man … prøv å slippe taket.', 'prøv'],
    ['Du kan jo bare si nei.', 'Du kan jo'],
    ['Da bør du si ifra.', 'bør du'],
    ['Dere må huske at dere ikke er alene.', 'Dere må'],
    ['Husk å ta vare på deg selv.', 'Husk'],
    ['Ta kontakt med fastlegen.', 'Ta kontakt'],
    ['Sørg for å sove.', 'Sørg for'],
    ['Snakk med ham om det.', 'Snakk med'],
    ['Slutt å redde ham.', 'Slutt å'],
    ['La ham ta ansvar selv.', 'La ham'],
  ])('%j → %j', (text, match) => {
    expect(found('advice', text)).toContain(match);
  });

  it('finds "du bør" across a line break and with several spaces', () => {
    expect(found('advice', 'Du\nbør sove.')).toEqual(['Du\nbør']);
    expect(found('advice', 'du   må')).toEqual(['du   må']);
  });

  it('reports each wording once however often it occurs', () => {
    expect(found('advice', 'Du bør sove. Du bør spise. du bør gå.')).toEqual(['Du bør']);
  });
});

describe('advice (bokmål): first-person experience and feelings are not advice', () => {
  it.each([
    'Da gjorde jeg slik: jeg gikk på et møte hver dag.',
    'Jeg burde ha gått tidligere.',
    // What others told the speaker, reported in their story, is experience (issue 12).
    'Jeg vet ikke. «Gå på møter», sa de.',
    'Jeg må innrømme at jeg er sliten.',
    'Jeg skulle ønske at jeg hadde sagt nei.',
    'Jeg prøvde å sette grenser, og jeg prøver fortsatt.',
    'Jeg har prøvd alt.',
    'jeg ønsket at han skulle dø',
    'Jeg var så sint at jeg ville at han skulle forsvinne for alltid.',
    'Jeg ønsket at du skulle forsvinne, sa jeg til ham i tankene.',
    'Jeg hater det. Jeg gråt hele natten og ville bare dø.',
    'Når du skal hjem etter et møte, kjennes det tomt.',
    'Hvis du må vente på svar, blir du gal, tenkte jeg.',
    'Hva skal du gjøre da?',
    'Du skulle bare visst hvor redd jeg var.',
    'Du skulle sett ansiktet hans.',
    'Han sa at han skulle slutte.',
    'Vi må alle finne vår egen vei, tror jeg.',
    'Det var en prøve for meg.',
    'Duen satt på taket og bøyde hodet.',
    'Jeg husker at det var mørkt.',
    'Det som hjalp meg var å ringe en venn.',
    'Kontakt med familien er vanskelig for meg.',
  ])('%j has no advice hint', (text) => {
    expect(found('advice', text)).toEqual([]);
  });

  it('imperatives count only at the start of a sentence', () => {
    expect(found('advice', 'Jeg ville at de skulle ring meg.')).toEqual([]);
    expect(found('advice', 'Han gikk til legen og les avisen.')).toEqual([]);
  });

  // "Ring meg", "Call me": an offer of contact (the phone number in it is the PII hint's), not
  // advice on what the listener should do; a fresh tester got both hints on "ring meg på …".
  it.each([
    ['Ring meg på 912 34 567.', 'nb'],
    ['ring meg etter møtet', 'nb'],
    ['Snakk med meg etterpå.', 'nb'],
    ['Ta kontakt med meg på e-post.', 'nb'],
    ['Talk to me after the meeting.', 'en'],
    ['Reach out to me any time.', 'en'],
  ] as const)('%j is an offer of contact, no advice hint', (text, lang) => {
    expect(found('advice', text, [], lang)).toEqual([]);
  });

  it('the same imperatives aimed elsewhere are still advice', () => {
    expect(found('advice', 'Ring sponsoren din.')).toEqual(['Ring']);
    expect(found('advice', 'Snakk med ham om det.')).toEqual(['Snakk med']);
    expect(found('advice', 'Talk to your sponsor.', [], 'en')).toEqual(['Talk to']);
  });
});

describe('advice (English): second-person directives are nudged', () => {
  it.each([
    ['You should try meditation.', 'You should'],
    ['Honestly you need to set boundaries.', 'you need to'],
    ['You must stop enabling him.', 'You must'],
    ['you have to let go', 'you have to'],
    ["You'd better leave him.", "You'd better"],
    ['You shouldn’t blame yourself.', 'You shouldn’t'],
    ['If I were you, I would leave.', 'If I were you'],
    ['if i was you i would call', 'if i was you'],
    ['Have you tried Al-Anon?', 'Have you tried'],
    ["Why don't you call your sponsor?", "Why don't you"],
    ['Why not try journaling?', 'Why not try'],
    ['Try to breathe.', 'Try to'],
    ['Try journaling.', 'Try'],
    ['Maybe try a different meeting.', 'Maybe try'],
    ['Just try to sleep.', 'Just try'],
    ['Make sure you eat.', 'Make sure'],
    ['Remember to take care of yourself.', 'Remember to'],
    ["Don't forget to breathe.", "Don't forget"],
    ['Reach out to someone.', 'Reach out'],
    ['Let him go.', 'Let him go'],
    ['You could try a walk.', 'You could try'],
    ["Don't try to fix him.", "Don't try"],
  ])('%j → %j', (text, match) => {
    expect(found('advice', text, [], 'en')).toContain(match);
  });
});

describe('advice (English): first-person experience and feelings are not advice', () => {
  it.each([
    'I tried to stop many times.',
    'I should have left years ago.',
    'I need to take care of myself.',
    'I must admit I was scared.',
    'I try to be honest every day.',
    "I'll try to come next week.",
    'We try and keep it simple.',
    'She tried to reach me.',
    'I want to try to forgive.',
    'I wanted him to die, I was so angry.',
    'I hate what this has done to us.',
    'If you have to wait, it feels endless — that is how it was for me.',
    'When you need to cry, it just comes, I find.',
    'You should have seen his face.',
    'Thank you for listening.',
    'I did try to call.',
  ])('%j has no advice hint', (text) => {
    expect(found('advice', text, [], 'en')).toEqual([]);
  });
});
