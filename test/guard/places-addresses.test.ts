// Fresh testers (2026-12-03): place names and titles were stopped as full names ("New York",
// "Store Norske Leksikon"), while a street address and a handle with a discriminator
// ("Discord: kari#1234") went to the room in every mode. Places and works are not people; a home
// address and a handle are contact details, stopped in every mode.
import { describe, expect, it } from 'vitest';
import { analyzeShare } from '../../shared/guard/index.js';
import { HINTS } from '../../shared/guard/hints.js';
import { isContactHint, stopsShare } from '../../shared/guard/modes.js';

const hints = (text: string, lang: 'nb' | 'en') => analyzeShare(text, { otherNames: [], lang });

describe('places and works are not full names', () => {
  it.each([
    ['We went to New York last year.', 'en'],
    ['I flew to Los Angeles alone.', 'en'],
    ['Det sto i Store Norske Leksikon.', 'nb'],
    ['Hun ligger på Oslo Universitetssykehus nå.', 'nb'],
    ['Vi bodde nær Fagerborg Kirke.', 'nb'],
    ['Jeg jobber på Coop Extra på Fagernes.', 'nb'],
  ] as const)('%s: no full-name hint', (text, lang) => {
    expect(hints(text, lang).filter((h) => h.hint === HINTS.fullName)).toEqual([]);
  });

  it.each([
    ['Min bror Per Hansen drikker igjen.', 'nb', 'Per Hansen'],
    ['My neighbour John Smith saw me there.', 'en', 'John Smith'],
  ] as const)('%s: a person is still a full name', (text, lang, name) => {
    expect(hints(text, lang).filter((h) => h.hint === HINTS.fullName).map((h) => h.match)).toEqual([name]);
  });
});

describe('contact details: street addresses and handles with a discriminator', () => {
  it.each([
    ['I live at Storgata 12, 0155 Oslo.', 'en', 'Storgata 12, 0155 Oslo', HINTS.address],
    ['Postnummeret mitt er 2900 Fagernes.', 'nb', '2900 Fagernes', HINTS.address],
    ['My postcode is LS1 4AP.', 'en', 'LS1 4AP', HINTS.address],
    ['Call me on (555) 123-4567 tonight.', 'en', '(555) 123-4567', HINTS.phone],
    ['Legg meg til på snap, kari84.', 'nb', 'kari84', HINTS.handle],
    ['Add me on snapchat, kari84.', 'en', 'kari84', HINTS.handle],
    ['My reddit is u/kari84.', 'en', 'u/kari84', HINTS.handle],
    ['Eposten min er kari på gmail.', 'nb', 'kari på gmail', HINTS.email],
    ['Jeg bor i Kongens gate 7 nå.', 'nb', 'Kongens gate 7', HINTS.address],
    ['Adressen er Kirkeveien 4B.', 'nb', 'Kirkeveien 4B', HINTS.address],
    ['We lived at 221b Baker Street for years.', 'en', '221b Baker Street', HINTS.address],
    ['Discord: kari#1234 if you want to talk', 'en', 'kari#1234', HINTS.handle],
    ['legg meg til, stillefjord#0042', 'nb', 'stillefjord#0042', HINTS.handle],
  ] as const)('%s: found, and stopped in every mode', (text, lang, match, hint) => {
    const found = hints(text, lang).filter((h) => h.hint === hint);
    expect(found.map((h) => h.match)).toEqual([match]);
    for (const mode of ['off', 'nudge', 'hold'] as const) expect(stopsShare(found[0]!, mode)).toBe(true);
  });

  it.each([
    ['Jeg tok trinn 12 i fjor.', 'nb'],
    ['Det står i kapittel 5 i boka.', 'nb'],
    ['My #1 priority is my own recovery.', 'en'],
    ['I have been sober 12 years, one day at a time.', 'en'],
    ['Vi var 15 stykker på møtet i går.', 'nb'],
    ['I deleted facebook, instagram', 'en'],
    ['Vi var (12) 34 56 stykker.', 'nb'],
    ['Ta det med ro.', 'nb'],
    ['Jeg er ikke på gmail lenger.', 'nb'],
    ['Easy does it.', 'en'],
  ] as const)('%s: nothing', (text, lang) => expect(hints(text, lang)).toEqual([]));
});

// A fresh tester (2026-12-03): "You should call your sponsor tonight." got an advice hint and a
// second, crosstalk one ("looks like a reply") for "your sponsor", the advice's own object.
describe('the listener\'s people as the object of advice', () => {
  it.each([
    ['You should call your sponsor tonight.', 'en', 'You should'],
    ['Call your sponsor.', 'en', 'Call'],
    ['Du burde ringe sponsoren din i kveld.', 'nb', 'Du burde'],
  ] as const)('%s: one advice hint, no crosstalk', (text, lang, match) => {
    expect(analyzeShare(text, { otherNames: ['Grey Heron'], lang }).map((h) => [h.kind, h.match])).toEqual([['advice', match]]);
  });

  it('a name in the room, or "your son" in a sentence of its own, is still crosstalk', () => {
    expect(analyzeShare('Kari, you should call your sponsor.', { otherNames: ['Kari'], lang: 'en' }).map((h) => h.kind)).toContain('crosstalk');
    expect(analyzeShare('I am so sorry about your son. You should rest.', { otherNames: [], lang: 'en' }).map((h) => h.kind)).toEqual(['crosstalk', 'advice']);
  });
});

// Tester B (2026-12-03): the place hint quoted «in New» of "in New York".
describe('a place is quoted whole', () => {
  it.each([
    ['I lived in New York for years.', 'en', 'in New York'],
    ['Hun ligger på Oslo Universitetssykehus nå.', 'nb', 'på Oslo Universitetssykehus'],
  ] as const)('%s', (text, lang, match) => {
    expect(hints(text, lang).filter((h) => h.hint === HINTS.place).map((h) => h.match)).toEqual([match]);
  });
});

// Tester A (2026-12-03): a chair's warm word to the whole group was stopped as a reply to someone.
describe('a warm word to the whole group', () => {
  it('"glad you are all here" is not crosstalk; "glad you are here" to one person still is', () => {
    expect(analyzeShare('I am glad you are all here tonight. I am grateful for this group.', { otherNames: [], lang: 'en' })).toEqual([]);
    expect(analyzeShare('So glad you came back, Anna.', { otherNames: [], lang: 'en' }).map((h) => h.kind)).toEqual(['crosstalk']);
  });
});

// A fresh tester (2026-12-03): a street address written another way went to the room in every
// mode ("Jeg bor i nummer 12 i Storgata", "Storgata tolv", "number 12 on Elm Street"). Each is the
// address hint, quoted whole; the ordinary sentences beside them stay free of contact hints.
describe('street addresses written other ways', () => {
  it.each([
    ['Jeg bor i nummer 12 i Storgata.', 'nb', 'nummer 12 i Storgata'],
    ['Hun bor i nr. 4 i Kirkeveien nå.', 'nb', 'nr. 4 i Kirkeveien'],
    ['Jeg bor i Storgata tolv.', 'nb', 'Storgata tolv'],
    ['Jeg bor i Storgata nummer tolv, rett ved stasjonen.', 'nb', 'Storgata nummer tolv'],
    ['Adressen er Storgata nummer 12.', 'nb', 'Storgata nummer 12'],
    ['Vi bodde på Torgplassen tjuefem i Hamar.', 'nb', 'Torgplassen tjuefem'],
    ['Han bor i nummer tolv på Kongens gate.', 'nb', 'nummer tolv på Kongens gate'],
    ['Jeg bor i Storgata 12 i Oslo.', 'nb', 'Storgata 12'],
    ['Jeg bor i Storgata tolv, 0155 Oslo.', 'nb', 'Storgata tolv, 0155 Oslo'],
    ['Adressen er «Storgata tolv».', 'nb', 'Storgata tolv'],
    ['I live at number 12 on Elm Street.', 'en', 'number 12 on Elm Street'],
    ['She lives at number twelve on Elm Street.', 'en', 'number twelve on Elm Street'],
    ['I live at flat 3, 14 Church Road.', 'en', 'flat 3, 14 Church Road'],
    ['We were at No. 12 Elm Street then.', 'en', 'No. 12 Elm Street'],
  ] as const)('%s (%s): the address hint quotes %j, stopped in every mode', (text, lang, match) => {
    const found = hints(text, lang).filter((h) => h.hint === HINTS.address);
    expect(found.map((h) => h.match)).toEqual([match]);
    for (const mode of ['off', 'nudge', 'hold'] as const) expect(stopsShare(found[0]!, mode)).toBe(true);
  });

  it.each([
    ['I live near the station.', 'en'],
    ['It is my number one priority.', 'en'],
    ['I am on step 12 now.', 'en'],
    ['It is day 12 of being sober.', 'en'],
    ['I was sober 12 years before that.', 'en'],
    ['I was number one in my class.', 'en'],
    ['He lives on Elm Street.', 'en'],
    ['Storgata is where I used to drink.', 'nb'],
    ['Jeg gikk nedover Storgata en kveld i fjor.', 'nb'],
    ['Jeg gikk Storgata to ganger før jeg turte å gå inn.', 'nb'],
    ['Jeg bodde i Storgata i tolv år.', 'nb'],
    ['Jeg var nummer 12 i køen.', 'nb'],
    ['Han kom nummer tre i Birkebeinerløpet.', 'nb'],
    ['Jeg sto som nr 1 på Storgata-listen.', 'nb'],
  ] as const)('%s: no contact hint', (text, lang) => {
    expect(hints(text, lang).filter(isContactHint)).toEqual([]);
  });
});
