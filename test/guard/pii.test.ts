import { describe, expect, it } from 'vitest';
import { HINTS } from '../../shared/guard/hints.js';
import { isContactHint, stopsShare } from '../../shared/guard/modes.js';
import { found, hints } from './helpers.js';

const hintFor = (text: string, lang: 'nb' | 'en' = 'nb') => hints(text, [], lang).find((h) => h.kind === 'pii')?.hint;

describe('pii: phone numbers', () => {
  it.each([
    ['Ring 41234567 om du vil.', '41234567'],
    ['Nummeret er 22 33 44 55.', '22 33 44 55'],
    ['mobil 412 34 567', '412 34 567'],
    ['+47 412 34 567', '+47 412 34 567'],
    ['+4741234567', '+4741234567'],
    ['0047 22334455', '0047 22334455'],
    ['Call +44 20 7946 0958 any time.', '+44 20 7946 0958'],
    ['+1-202-555-0173', '+1-202-555-0173'],
  ])('%j → %j', (text, match) => {
    expect(found('pii', text)).toEqual([match]);
    expect(hintFor(text)).toEqual(HINTS.phone);
  });

  it.each([
    'Han skyldte 10 000 000 kroner.',
    'Det skjedde 12.05.2023.',
    'Årene 2001-2005 var tunge.',
    'Jeg har vært rusfri i 1234 dager.',
    'Jeg var 45 år og han var 17.',
    'Klokka var 23:45.',
    '123456789012 er ikke et nummer.',
    'Kontonummer 1234 56 78901 (ikke telefon).',
    'Norske nummer begynner ikke på 1: 12345678.',
  ])('%j holds no phone number', (text) => {
    expect(hints(text).filter((h) => h.hint === HINTS.phone)).toEqual([]);
  });
});

describe('pii: @handles are contact details, in every mode', () => {
  it.each([
    ['Find me on instagram @kari_84', '@kari_84'],
    ['Følg meg på @stillefjord', '@stillefjord'],
    ['Jeg heter @ola.nordmann på TikTok.', '@ola.nordmann'],
    ['(@Kåre-Willy)', '@Kåre-Willy'],
    ['@Per', '@Per'],
  ])('%j → %j', (text, match) => {
    expect(found('pii', text)).toEqual([match]);
    expect(hintFor(text)).toEqual(HINTS.handle);
    expect(found('crosstalk', text)).toEqual([]);
  });

  it('an e-mail address is an e-mail, not a handle', () => {
    expect(hints('kari@example.no').map((h) => h.hint)).toEqual([HINTS.email]);
  });

  it.each(['off', 'nudge', 'hold'] as const)('a handle stops a share in mode %s', (mode) => {
    const [h] = hints('Følg meg på @stillefjord');
    expect(h && isContactHint(h)).toBe(true);
    expect(h && stopsShare(h, mode)).toBe(true);
  });
});

describe('pii: e-mail addresses and links', () => {
  it.each([
    ['Skriv til kari.nordmann@example.no.', 'kari.nordmann@example.no', HINTS.email],
    ['mail: ÅSE+test@eksempel.no', 'ÅSE+test@eksempel.no', HINTS.email],
    ['Se https://example.com/profil/kari.', 'https://example.com/profil/kari', HINTS.url],
    ['(http://example.no/x?y=1)', 'http://example.no/x?y=1', HINTS.url],
    ['Han er på www.facebook.com/ola.nordmann', 'www.facebook.com/ola.nordmann', HINTS.url],
    ['Bloggen hennes er kari-skriver.no/om-meg, der står alt.', 'kari-skriver.no/om-meg', HINTS.url],
  ])('%j → %j', (text, match, hint) => {
    expect(found('pii', text)).toEqual([match]);
    expect(hintFor(text)).toEqual(hint);
  });

  it('an e-mail address is one hint, not also a link and a mention', () => {
    const all = hints('kari@example.no', ['Kari']);
    expect(all.map((h) => [h.kind, h.match])).toEqual([['pii', 'kari@example.no']]);
  });

  it.each(['Vi snakket om f.eks. skam, osv.', 'Det var ca. tre år.', 'bl.a. mamma', 'Jeg sa ja.Nei, forresten.', 'Han sa @ meg'])(
    '%j holds no link or address',
    (text) => {
      expect(found('pii', text)).toEqual([]);
    },
  );
});

describe('pii: full names (two or three capitalised words inside a sentence)', () => {
  it.each([
    ['Sønnen min Per Olav Hansen drikker igjen.', 'Per Olav Hansen', 'nb'],
    ['Jeg møtte Kari Nordmann på butikken.', 'Kari Nordmann', 'nb'],
    ['Mannen min, Øystein Ødegård, vet ikke at jeg er her.', 'Øystein Ødegård', 'nb'],
    ['Naboen Anne-Lise Åsheim så alt.', 'Anne-Lise Åsheim', 'nb'],
    ['Jeg traff Kari Nordmann Mandag.', 'Kari Nordmann', 'nb'],
    ['My son John Smith lives with us.', 'John Smith', 'en'],
    ['We saw Mary Ann McDonald there.', 'Mary Ann McDonald', 'en'],
  ] as const)('%j → %j', (text, match, lang) => {
    expect(found('pii', text, [], lang)).toEqual([match]);
    expect(hints(text, [], lang)[0]?.hint).toEqual(HINTS.fullName);
  });

  it.each([
    'Jeg gikk på møte på Mandag og Tirsdag.',
    'Anonyme Alkoholikere hjalp meg.',
    'Jeg leste Store Boka igjen.',
    'I Went Home And Cried.',
    'My Higher Power is the group.',
    'Then I Called my mother.',
    'Kari kom hjem i går.',
    'Om Julaften var det ille.',
    'Jeg er fra Norge og bodde i Sverige.',
    'Min Kjære Lille Gode Venn Sa Det.',
    'Da Mamma kom, gråt jeg.',
    'Vi var i AA og NA i mange år.',
    'Jeg gikk til Blå Kors.',
    'Thank God for this group.',
    'Jesus Kristus var viktig for meg før.',
  ])('days, titles, faith and fellowship words are not names: %j', (text) => {
    expect(hints(text).filter((h) => h.hint === HINTS.fullName)).toEqual([]);
  });

  it('the first word of a sentence is capitalised anyway, so it starts a name only as a given name', () => {
    // A fresh tester (2026-12-05): "Kari Nordmann, I think you are brave." went out unmarked.
    expect(found('pii', 'Kari Nordmann, I think you are brave.')).toEqual(['Kari Nordmann']);
    expect(found('pii', 'Ola Nordmann kom hjem.')).toEqual(['Ola Nordmann']);
    expect(found('pii', 'Hei. Ola Nordmann kom hjem.')).toEqual(['Ola Nordmann']);
    expect(found('pii', 'Ola Per Nordmann kom hjem.')).toEqual(['Ola Per Nordmann']);
    expect(found('pii', 'Siv Ødegård: takk for i dag.')).toEqual(['Siv Ødegård']);
    expect(found('pii', 'Anne Lise Ødegård, takk.')).toEqual(['Anne Lise Ødegård']);
    // Not a given name, or one that is an everyday word too: the first word does not count.
    expect(found('pii', 'Tired Mum Wrote this.')).toEqual([]);
    expect(found('pii', 'Hope Springs eternal, they say.')).toEqual([]);
    expect(found('pii', 'Will Power got me nowhere.')).toEqual([]);
    expect(found('pii', 'Sometimes Kari Nordmann calls.')).toEqual(['Kari Nordmann']);
  });

  it('names split by a comma or a line break are not one full name', () => {
    expect(found('pii', 'Jeg ringte Kari, Ola og Per.')).toEqual([]);
    expect(found('pii', 'Jeg ringte Kari\nOla kom ikke.')).toEqual([]);
  });
});

describe('pii: places after a preposition', () => {
  it.each([
    ['Vi bor i Tromsø.', 'i Tromsø', 'nb'],
    ['Han kommer fra Bodø.', 'fra Bodø', 'nb'],
    ['Hun jobber på Stord.', 'på Stord', 'nb'],
    ['I Ålesund vet alle alt.', 'I Ålesund', 'nb'],
    ['We live in Leeds.', 'in Leeds', 'en'],
    ['She is from Hull.', 'from Hull', 'en'],
    ['Jeg flyttet fra Hamar i fjor.', 'fra Hamar', 'en'],
  ] as const)('%j → %j', (text, match, lang) => {
    expect(found('pii', text, [], lang)).toEqual([match]);
    expect(hintFor(text, lang)).toEqual(HINTS.place);
  });

  it.each([
    ['Jeg er i Al-Anon nå.', 'nb'],
    ['Jeg leste i Al-Anon-boka i går.', 'nb'],
    ['Vi var hjemme i Påske-ferien.', 'nb'],
    ['Det var i Mai, tror jeg.', 'nb'],
    ['Jeg er fra Norge.', 'nb'],
    ['Jeg fant det på Facebook.', 'nb'],
    ['Jeg fant ro i Gud.', 'nb'],
    ['Vi gikk i AA.', 'nb'],
    ['i går var tungt', 'nb'],
    ['It was in January.', 'en'],
    ['I found it in God.', 'en'],
    ['I was in Recovery for years.', 'en'],
  ] as const)('months, countries, faith and fellowship words are not places: %j', (text, lang) => {
    expect(found('pii', text, [], lang)).toEqual([]);
  });

  it('in an English meeting a lower-case "i" is the pronoun, not a preposition', () => {
    expect(found('pii', 'and then i Called', [], 'en')).toEqual([]);
    expect(found('pii', 'vi bor i Tromsø', [], 'en')).toEqual([]);
    expect(found('pii', 'vi bor i Tromsø', [], 'nb')).toEqual(['i Tromsø']);
  });

  it('"fra Kari" about a participant is crosstalk, not a place', () => {
    const all = hints('Jeg fikk en melding fra Kari.', ['Kari']);
    expect(all.map((h) => h.kind)).toEqual(['crosstalk']);
  });

  it.each([
    ['Jeg heter Kari Nordmann og er pårørende.', 'Kari Nordmann', 'nb'],
    ['Hei, jeg heter Per Olav Hansen.', 'Per Olav Hansen', 'nb'],
    ['Hi, my name is John Smith and I am an alcoholic.', 'John Smith', 'en'],
    ["Hi everyone, I'm Mary Ann McDonald.", 'Mary Ann McDonald', 'en'],
    // One softening word between (a fresh tester, 2026-12-05).
    ['Her er jeg anonym, men jeg heter egentlig Kari Nordmann.', 'Kari Nordmann', 'nb'],
    ['My name is actually John Smith.', 'John Smith', 'en'],
  ] as const)('a full name right after "jeg heter" / "my name is" is most likely the writer\'s own: no "my son" (%j)', (text, match, lang) => {
    const h = hints(text, [], lang).filter((x) => x.kind === 'pii');
    expect(h.map((x) => [x.match, x.hint])).toEqual([[match, HINTS.ownFullName]]);
    expect(HINTS.ownFullName[lang]).not.toMatch(/sønn|son/u);
  });

  it('a full name elsewhere in a share that introduces the writer still gets the "my son" hint', () => {
    expect(hints('Jeg heter Kari. Sønnen min Per Hansen drikker.', [], 'nb').map((x) => x.hint)).toEqual([HINTS.fullName]);
  });

  it('a full name after a preposition is one name hint, not also a place', () => {
    expect(found('pii', 'Jeg fikk brev fra Kari Nordmann.')).toEqual(['Kari Nordmann']);
  });

  it('the place hint suggests "hjembyen min" and "my town"; the name hint "min sønn" and "my son"', () => {
    expect(HINTS.place.nb).toContain('hjembyen min');
    expect(HINTS.place.en).toContain('my town');
    expect(HINTS.fullName.nb).toContain('min sønn');
    expect(HINTS.fullName.en).toContain('my son');
  });
});
