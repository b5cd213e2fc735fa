// The kinds of advice and crosstalk the guard missed on sentences written blind to its patterns
// (issue 12, docs/security.md): rhetorical questions at someone, "what you need is", softened
// suggestions, crosstalk pointing at an earlier share without a name, and comfort or verdicts said
// to "you". Each case here is a new wording, not a corpus line; the look-alike first-person
// shares beside them must stay unflagged.
import { describe, expect, it } from 'vitest';
import { kinds } from './helpers.js';

describe('advice in indirect forms is nudged', () => {
  it.each([
    ['nb', 'Synes du ikke du har gitt ham nok sjanser?'],
    ['nb', 'hvor lenge orker du å holde på sånn'],
    ['nb', 'Skjønner du ikke at hun lyver?'],
    ['nb', 'Er det ikke på høy tid å tenke på seg selv?'],
    ['nb', 'Det du trenger nå er ro.'],
    ['nb', 'Kan være lurt med en pause fra ham.'],
    ['nb', 'Lite tips: skriv dagbok.'],
    ['nb', 'Et alternativ kunne vært å bo hos en venninne.'],
    ['nb', 'Jeg vil varmt anbefale Al-Anon.'],
    ['en', "Don't you think he's had enough chances?"],
    ['en', 'how long can u keep this up'],
    ['en', "Isn't it obvious she's lying?"],
    ['en', 'What you need now is rest.'],
    ['en', 'It might be worth taking a break from him.'],
    ['en', 'Quick tip: keep a journal.'],
    ['en', 'One option would be to stay with a friend.'],
    ['en', "I'd strongly suggest an open meeting."],
    ['en', 'The sooner you leave, the better.'],
    ['en', "Is there any reason you won't see a doctor?"],
    ['en', 'Forgive yourself for the past.'],
    ['en', "It wouldn't hurt to ask for help."],
    ['nb', 'Finnes det en grunn til at du ikke går til legen?'],
    ['nb', 'Tilgi deg selv for det som var.'],
    ['nb', 'Det skader ikke å be om hjelp.'],
  ] as const)('%s: %j', (lang, text) => {
    expect(kinds(text, lang)).toContain('advice');
  });
});

describe('crosstalk without a name, and words said to the listener, are nudged', () => {
  it.each([
    ['nb', 'Den som delte før meg: jeg kjenner meg igjen.'],
    ['nb', 'Som noen sa i sted, det blir bedre.'],
    ['nb', 'Jeg vil svare på den siste delingen.'],
    ['nb', 'Du er ikke alene i dette.'],
    ['nb', 'Leit å høre om sønnen din.'],
    ['en', 'The person who spoke before me, I felt that.'],
    ['en', 'As someone said earlier, it gets better.'],
    ['en', 'I want to respond to the previous share.'],
    ['en', 'You are not alone in this.'],
    ['en', 'Sorry to hear about your son.'],
    ['en', 'What a powerful share.'],
    ['nb', 'For en sterk deling.'],
  ] as const)('%s: %j', (lang, text) => {
    expect(kinds(text, lang)).toContain('crosstalk');
  });
});

describe('first-person shares that look like them are left alone', () => {
  it.each([
    ['nb', 'Jeg spurte meg selv: hva venter jeg på?'],
    ['nb', 'Det jeg trengte var ro.'],
    ['nb', 'Tipset jeg fikk var å skrive dagbok.'],
    ['nb', 'Fadderen min ga meg et tips: skriv dagbok.'],
    ['nb', 'Du går på nåler i årevis.'],
    ['nb', 'Hvordan stoler du på noen som lyver? Det vet jeg ikke ennå.'],
    ['nb', 'Jeg tenkte det kunne være lurt å ringe fadderen, og det gjorde jeg.'],
    ['nb', 'Takk for at jeg fikk dele.'],
    ['nb', 'Sist jeg delte her, var jeg redd.'],
    ['en', 'I asked myself: what am I waiting for?'],
    ['en', 'What I needed was rest.'],
    ['en', 'The tip I got was to keep a journal.'],
    ['en', 'My sponsor gave me a tip: keep a journal.'],
    ['en', 'You walk on eggshells for years.'],
    ['en', "Are you allowed to hate someone you love? I still don't know."],
    ['en', 'I thought it might be worth calling my sponsor, and I did.'],
    ['en', 'Thank you for letting me share.'],
    ['en', 'The last time I shared here I was scared.'],
    ['en', "Is there any reason I keep doing this? I don't know."],
    ['en', 'I forgave myself last year.'],
    ['nb', 'Hva med meg?'],
    ['nb', 'Min første deling var kort.'],
    // A chair's own first share, held as a reply to someone (2026-12-06).
    ['nb', 'Første deling fra meg.'],
    ['nb', 'Første deling min i kveld var kort.'],
    ['nb', 'Det som ble delt med meg i fortrolighet, blir hos meg.'],
  ] as const)('%s: %j', (lang, text) => {
    expect(kinds(text, lang)).toEqual([]);
  });
});
